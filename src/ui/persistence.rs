//! Keeps the session and localStorage in step: one effect writes every change at once, and
//! changes made in another tab are merged in. A revision counter in the saved data makes sure a
//! stale tab never overwrites newer data: it merges first (see [`merge_answers`]).

use leptos::prelude::*;

use super::notices::StorageStatus;
use crate::domain::{merge_answers, Action, Answers, Part, Session, Snapshot, Step};
use crate::storage::{on_external_change, SaveError, Store};
use crate::APP_VERSION;

/// What this tab knows about the stored data.
#[derive(Clone, Copy, PartialEq)]
struct Known {
    /// Revision of the stored data this tab last read or wrote.
    revision: u64,
    /// The answers stored at that revision (the base of a three-way merge).
    stored: Answers,
    /// This tab's state as last written or adopted; a write happens only when it changes.
    local: (Answers, Step, Part),
}

fn local_of(s: &Session) -> (Answers, Step, Part) {
    (s.answers, s.step, s.last_part)
}

/// Starts saving `session` to `store` and listening to other tabs.
/// `restored` is the snapshot the session was restored from, if any.
pub fn install(
    session: RwSignal<Session>,
    status: RwSignal<StorageStatus>,
    store: Store,
    restored: Option<Snapshot>,
) {
    let known = StoredValue::new(Known {
        revision: restored.as_ref().map_or(0, |s| s.revision),
        stored: session.with_untracked(|s| s.answers),
        local: session.with_untracked(local_of),
    });

    let writer = store.clone();
    Effect::new(move |_| {
        let local = session.with(local_of);
        if !status.with_untracked(|s| s.persistent) || known.with_value(|k| k.local == local) {
            return;
        }
        let answers = local.0;
        let base = known.get_value();
        // Read before writing: another tab may have written since this tab last looked.
        let stored = writer.load().and_then(|raw| Snapshot::from_json(&raw).ok());
        let mut to_write = answers;
        let mut revision = base.revision;
        if let Some(stored) = stored {
            revision = revision.max(stored.revision);
            if stored.revision > base.revision {
                let theirs = stored.into_session().answers;
                to_write = merge_answers(&base.stored, &answers, &theirs);
                status.update(|s| s.merged_from_other_tab = true);
            }
        }
        revision += 1;
        let mut next = session.get_untracked();
        if to_write != answers {
            next.apply(Action::Adopt(to_write));
        }
        let snapshot = Snapshot::of(&next, APP_VERSION).with_revision(revision);
        let result = if snapshot.answers.is_empty() && snapshot.step == Step::Intro {
            writer.clear()
        } else {
            writer.save(&snapshot.to_json())
        };
        let failed = matches!(result, Err(SaveError::Refused));
        if !failed {
            known.set_value(Known {
                revision,
                stored: next.answers,
                local: local_of(&next),
            });
        }
        if status.with_untracked(|s| s.save_failed) != failed {
            status.update(|s| s.save_failed = failed);
        }
        if to_write != answers {
            session.set(next);
        }
    });

    on_external_change(move |raw| {
        if !status.with_untracked(|s| s.persistent) {
            return;
        }
        let base = known.get_value();
        let (theirs, revision) = match raw.as_deref().map(Snapshot::from_json) {
            None => (Answers::new(), base.revision),
            Some(Ok(snapshot)) if snapshot.revision > base.revision => {
                let revision = snapshot.revision;
                (snapshot.into_session().answers, revision)
            }
            // An older or unreadable write: ignore it; our next write wins with a higher revision.
            Some(_) => return,
        };
        let mut next = session.get_untracked();
        let merged = if raw.is_none() {
            Answers::new()
        } else {
            merge_answers(&base.stored, &next.answers, &theirs)
        };
        next.apply(Action::Adopt(merged));
        // If nothing of ours had to be kept, the stored data already is our state: no write.
        let local = if merged == theirs {
            local_of(&next)
        } else {
            base.local
        };
        known.set_value(Known {
            revision,
            stored: theirs,
            local,
        });
        session.set(next);
    });
}
