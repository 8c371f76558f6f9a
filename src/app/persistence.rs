//! Keeps the session, the records and localStorage in step: one effect writes every change at
//! once, and changes made in another tab are merged in. A revision counter in the saved data
//! makes sure a stale tab never overwrites newer data: it merges first (answers with
//! [`merge_answers`], history and plan with [`merge_records`]).

use leptos::prelude::*;

use crate::app::notices::StorageStatus;
use crate::core::{merge_answers, Action, Answers, Part, Session, Step};
use crate::platform::storage::{on_external_change, SaveError, Store};
use crate::store::records::Records;
use crate::store::transfer::merge_records;
use crate::store::Snapshot;
use crate::APP_VERSION;

/// This tab's state as far as storage is concerned.
type Local = (Answers, Step, Part, Records, Option<String>);

/// What this tab knows about the stored data.
#[derive(Clone, PartialEq)]
struct Known {
    /// Revision of the stored data this tab last read or wrote.
    revision: u64,
    /// The answers stored at that revision (the base of a three-way merge).
    stored: Answers,
    /// The diagnosis' history entry stored at that revision (likewise).
    stored_entry: Option<String>,
    /// This tab's state as last written or adopted; a write happens only when it changes.
    local: Local,
}

fn local_of(s: &Session, records: &Records) -> Local {
    // A shared result is not saved as a screen (see Snapshot::of): compare what is saved.
    let step = match s.step {
        Step::Shared(_) => Step::Intro,
        other => other,
    };
    (
        s.answers,
        step,
        s.last_part,
        records.clone(),
        s.entry.clone(),
    )
}

/// Which history entry the merged diagnosis belongs to: the other tab's if it changed it since
/// `base` (it recorded a result, or began a new diagnosis), this tab's otherwise.
fn merge_entry(
    base: &Option<String>,
    ours: &Option<String>,
    theirs: &Option<String>,
) -> Option<String> {
    if theirs != base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// Starts saving `session` and `records` to `store` and listening to other tabs.
/// `restored_revision` is the revision of the stored data they were restored from (0 if none).
pub fn install(
    session: RwSignal<Session>,
    records: RwSignal<Records>,
    status: RwSignal<StorageStatus>,
    store: Store,
    restored_revision: u64,
) {
    let known = StoredValue::new(Known {
        revision: restored_revision,
        stored: session.with_untracked(|s| s.answers),
        stored_entry: session.with_untracked(|s| s.entry.clone()),
        local: session.with_untracked(|s| records.with_untracked(|r| local_of(s, r))),
    });

    let writer = store.clone();
    Effect::new(move |_| {
        let local = session.with(|s| records.with(|r| local_of(s, r)));
        if !status.with_untracked(|s| s.persistent) || known.with_value(|k| k.local == local) {
            return;
        }
        let answers = local.0;
        let entry = local.4.clone();
        let base = known.get_value();
        // Read before writing: another tab may have written since this tab last looked. Only
        // the revision is read on every write; the whole snapshot only when it is newer.
        let stored_raw = writer.load();
        let stored_revision = stored_raw.as_deref().and_then(Snapshot::revision_of);
        let mut to_write = answers;
        let mut to_write_entry = entry.clone();
        let mut next_records = local.3.clone();
        let mut revision = base.revision.max(stored_revision.unwrap_or(0));
        let newer = stored_revision
            .filter(|r| *r > base.revision)
            .and(stored_raw.as_deref())
            .and_then(|raw| Snapshot::from_json(raw).ok());
        if let Some(stored) = newer {
            next_records = merge_records(&next_records, &stored.records);
            to_write_entry = merge_entry(&base.stored_entry, &entry, &stored.entry);
            let theirs = stored.into_session().answers;
            to_write = merge_answers(&base.stored, &answers, &theirs);
            status.update(|s| s.merged_from_other_tab = true);
        }
        revision += 1;
        let mut next = session.get_untracked();
        let adopt = to_write != answers || to_write_entry != entry;
        if adopt {
            next.apply(Action::Adopt(to_write, to_write_entry));
        }
        let snapshot = Snapshot::of(&next, APP_VERSION)
            .with_revision(revision)
            .with_records(next_records.clone());
        let nothing_kept = snapshot.answers.is_empty()
            && snapshot.step == Step::Intro
            && snapshot.records == Records::default();
        let result = if nothing_kept {
            writer.clear()
        } else {
            writer.save(&snapshot.to_json())
        };
        let failed = matches!(result, Err(SaveError::Refused));
        if !failed {
            known.set_value(Known {
                revision,
                stored: next.answers,
                stored_entry: next.entry.clone(),
                local: local_of(&next, &next_records),
            });
        }
        if status.with_untracked(|s| s.save_failed) != failed {
            status.update(|s| s.save_failed = failed);
        }
        if adopt {
            session.set(next);
        }
        if next_records != local.3 {
            records.set(next_records);
        }
    });

    on_external_change(move |raw| {
        if !status.with_untracked(|s| s.persistent) {
            return;
        }
        let base = known.get_value();
        let (theirs, their_records, their_entry, revision) =
            match raw.as_deref().map(Snapshot::from_json) {
                None => (Answers::new(), Records::default(), None, base.revision),
                Some(Ok(snapshot)) if snapshot.revision > base.revision => {
                    let revision = snapshot.revision;
                    let their_records = snapshot.records.clone();
                    let their_entry = snapshot.entry.clone();
                    (
                        snapshot.into_session().answers,
                        their_records,
                        their_entry,
                        revision,
                    )
                }
                // An older or unreadable write: ignore it; our next write wins with a higher revision.
                Some(_) => return,
            };
        let mut next = session.get_untracked();
        let (merged, merged_records, merged_entry) = if raw.is_none() {
            // Cleared in another tab (「最初からやり直す」): clear here too.
            (Answers::new(), Records::default(), None)
        } else {
            let ours = records.get_untracked();
            (
                merge_answers(&base.stored, &next.answers, &theirs),
                merge_records(&ours, &their_records),
                merge_entry(&base.stored_entry, &next.entry, &their_entry),
            )
        };
        next.apply(Action::Adopt(merged, merged_entry.clone()));
        // If nothing of ours had to be kept, the stored data already is our state: no write.
        let local =
            if merged == theirs && merged_records == their_records && merged_entry == their_entry {
                local_of(&next, &merged_records)
            } else {
                base.local.clone()
            };
        known.set_value(Known {
            revision,
            stored: theirs,
            stored_entry: their_entry,
            local,
        });
        session.set(next);
        records.set(merged_records);
    });
}
