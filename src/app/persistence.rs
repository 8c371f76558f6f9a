//! Keeps the session, the records and localStorage in step: one effect writes every change at
//! once, and changes made in another tab are merged in. A revision counter in the saved data
//! makes sure a stale tab never overwrites newer data: it merges first. What to merge is decided
//! by `store::sync` (pure, tested natively); this module reads, writes and listens.
//!
//! A write costs little however long the history is: the revision is read from its own small key,
//! the history is stored under its own key and written only when it has changed
//! (`History::version`), and what is compared to decide whether to write leaves the history out
//! (only its version). Typing a note writes the small rest.

use leptos::prelude::*;

use crate::app::chunks::{self, Reader};
use crate::app::notices::StorageStatus;
use crate::core::{Answers, Part};
use crate::features::after::model::Beyond;
use crate::kit::Dispatch;
use crate::platform::storage::{on_deleted_elsewhere, on_external_change, SaveError, Store};
use crate::store::forget::ForgetAll;
use crate::store::records::{Profile, Records, TaskState};
use crate::store::sync::{self, Base, Side};
use crate::store::Snapshot;
use crate::store::{Session, Step};
use crate::APP_VERSION;

/// What is saved, as far as deciding whether to write goes: everything but the history itself,
/// which is stood for by its version.
#[derive(Clone, PartialEq)]
struct Saved {
    answers: Answers,
    step: Step,
    last_part: Part,
    entry: Option<String>,
    history: u64,
    plan: std::collections::BTreeMap<u8, TaskState>,
    profile: Profile,
    beyond: Beyond,
}

fn saved_of(s: &Session, records: &Records) -> Saved {
    // A shared result is not saved as a screen (see Snapshot::of): compare what is saved.
    let step = match s.step {
        Step::Shared(_) => Step::Intro,
        other => other,
    };
    Saved {
        answers: s.answers,
        step,
        last_part: s.last_part,
        entry: s.entry.clone(),
        history: records.history.version(),
        plan: records.plan.clone(),
        profile: records.profile.clone(),
        beyond: records.beyond.clone(),
    }
}

/// What this tab knows about the stored data.
#[derive(Clone)]
struct Known {
    /// The stored data this tab last read or wrote: the base of a merge.
    base: Base,
    /// This tab's state as last written or adopted; a write happens only when it changes.
    saved: Saved,
    /// The version of the history that is stored (this tab wrote or adopted it), if known.
    history_written: Option<u64>,
    /// The version of this tab's history whose ids `base.history` holds, if they are this tab's:
    /// they are listed again only when the history has changed, not on every keystroke.
    base_ids_of: Option<u64>,
}

/// The ids for the base after writing `records`: those known already when its history is the
/// one they were taken from.
fn base_ids(known: &Known, records: &Records) -> std::collections::BTreeSet<String> {
    if known.base_ids_of == Some(records.history.version()) {
        known.base.history.clone()
    } else {
        Base::ids(records)
    }
}

/// What another tab has stored since this tab's `base`.
enum Stored {
    /// Nothing newer.
    Same,
    /// Newer data, read.
    Newer(Box<Snapshot>),
    /// Newer data, and the reader's chunk is not here yet.
    Unread,
}

/// Reads the stored snapshot if another tab has written a newer one than `base`. The revision
/// comes from its own key when there is one (no need to read a long history to learn it), else
/// from the saved text, without the reader (a first visit never needs it).
fn newer_stored(store: &Store, base: &Base) -> Stored {
    let revision = store
        .load_revision()
        .or_else(|| store.load().as_deref().and_then(sync::revision_in));
    if !sync::is_newer(base, revision) {
        return Stored::Same;
    }
    let Some(reader) = chunks::reader_here() else {
        return Stored::Unread;
    };
    store
        .load()
        .as_deref()
        .and_then(|raw| (reader.read)(raw).ok())
        .filter(|s| sync::is_newer(base, Some(s.revision)))
        .map_or(Stored::Same, |s| Stored::Newer(Box::new(s)))
}

/// This tab's state (`next` and `records`) merged with `theirs`, newer data another tab stored.
fn merge_into(
    reader: Reader,
    base: &Base,
    next: &Session,
    records: ReadSignal<Records>,
    theirs: Side<'_>,
) -> sync::Merged {
    records.with_untracked(|r| {
        (reader.merge)(
            base,
            Side {
                answers: &next.answers,
                entry: &next.entry,
                records: r,
            },
            theirs,
        )
    })
}

/// After everything was deleted: the state is a first visit's and nothing is stored; the next
/// change is written as a first visit's would be (with the revision counting on).
fn forgotten(
    known: StoredValue<Known, LocalStorage>,
    session: ReadSignal<Session>,
    records: ReadSignal<Records>,
) {
    known.update_value(|k| {
        k.base = Base {
            revision: k.base.revision,
            ..Base::default()
        };
        k.base_ids_of = None;
        k.saved = session.with_untracked(|s| records.with_untracked(|r| saved_of(s, r)));
        k.history_written = None;
    });
}

/// The notices after everything was deleted: that it was, and nothing about data that is gone.
fn deleted(s: &mut StorageStatus) {
    s.deleted = true;
    s.restore_error = None;
    s.dropped.clear();
    s.merged_from_other_tab = false;
}

/// Deletes everything the app keeps on this device (the user confirmed it): every saved key
/// (the backups of unreadable data too), the service worker's copy of the config, and the state,
/// which becomes a first visit's (`store::forget::ForgetAll`); the other tabs are told and do the
/// same. A tab that ran in memory to protect data it could not read may save again: that data
/// is gone.
pub fn delete_everything(dispatch: Dispatch, status: RwSignal<StorageStatus>) {
    let store = Store::open();
    store.remove_all();
    dispatch.send(ForgetAll);
    status.update(|s| {
        deleted(s);
        s.persistent = store.is_persistent();
    });
    leptos::task::spawn_local(async {
        crate::platform::forget::drop_config_copy().await;
    });
}

/// Starts saving the state (`dispatch`'s) to `store` and listening to other tabs, whose data is
/// taken in through the state's one `apply` (`store::state::Action::Merged`).
/// `restored_revision` is the revision of the stored data they were restored from (0 if none);
/// `readable`: they were restored from it whole (false when nothing was stored, when it was
/// unreadable, or when a part of it was left out as not valid: the first write then rewrites the
/// history too, the original being kept aside).
pub fn install(
    dispatch: Dispatch,
    status: RwSignal<StorageStatus>,
    store: Store,
    restored_revision: u64,
    readable: bool,
) {
    let (session, records) = (dispatch.session(), dispatch.records());
    let known = StoredValue::new_local(Known {
        base: Base {
            revision: restored_revision,
            answers: session.with_untracked(|s| s.answers),
            entry: session.with_untracked(|s| s.entry.clone()),
            history: records.with_untracked(Base::ids),
        },
        base_ids_of: Some(records.with_untracked(|r| r.history.version())),
        saved: session.with_untracked(|s| records.with_untracked(|r| saved_of(s, r))),
        // The first write writes the history too, unless storage provably holds this one: the
        // history just restored from its own key, or no history at all (a missing key reads as
        // empty). After unreadable data (set aside) a stale history key is overwritten, never
        // joined to the new diagnosis; a history stored inside the diagnosis by an earlier
        // version moves to its own key.
        history_written: records.with_untracked(|r| {
            let stored = store.has_history();
            let restored_from_key = readable && stored && store.head_refers_to_history();
            let nothing_stored = r.history.is_empty() && !stored;
            (restored_from_key || nothing_stored).then(|| r.history.version())
        }),
    });

    // Rises when the reader's chunk arrives, to write what waited for it.
    let reader_arrived = RwSignal::new(0u32);
    let writer = store.clone();
    Effect::new(move |_| {
        reader_arrived.track();
        let saved = session.with(|s| records.with(|r| saved_of(s, r)));
        if !status.with_untracked(|s| s.persistent) || known.with_value(|k| k.saved == saved) {
            return;
        }
        let base = known.with_value(|k| k.base.clone());
        // Read before writing: another tab may have written since this tab last looked.
        let stored = match newer_stored(&writer, &base) {
            Stored::Same => None,
            Stored::Newer(snapshot) => Some(*snapshot),
            Stored::Unread => {
                // Another tab wrote first: nothing is written until its data is read and merged.
                // Fetched once it is needed; if it cannot be had, the notice says the answers are
                // not saved, and the next change tries again.
                leptos::task::spawn_local(async move {
                    match chunks::fetch_reader().await {
                        Ok(_) => reader_arrived.update(|n| *n += 1),
                        Err(_) => status.update(|s| s.save_failed = true),
                    }
                });
                return;
            }
        };
        let mut revision = base.revision;
        if let (Some(stored), Some(reader)) = (&stored, chunks::reader_here()) {
            let theirs = stored.session().answers;
            let ours = session.get_untracked();
            let merged = merge_into(reader, &base, &ours, records, Side::of(stored, &theirs));
            dispatch.send(merged);
            revision = stored.revision;
            status.update(|s| s.merged_from_other_tab = true);
        }
        let next = session.get_untracked();
        revision += 1;
        let (result, history) = records.with_untracked(|r| {
            let nothing_kept = next.answers.is_empty()
                && matches!(next.step, Step::Intro | Step::Shared(_))
                && *r == Records::default();
            if nothing_kept {
                return (writer.clear(), None);
            }
            // The history is written only when it has changed since this tab last wrote or
            // adopted it: typing a note writes a few kilobytes, however long the history.
            let version = r.history.version();
            let history = (known.with_value(|k| k.history_written) != Some(version))
                .then(|| Snapshot::stored_history(r));
            let head = Snapshot::stored_head(&next, r, APP_VERSION, revision);
            (
                writer.save(&head, history.as_deref(), revision),
                Some(version),
            )
        });
        let failed = matches!(result, Err(SaveError::Refused));
        // Saved again after everything was deleted: the notice about it has done its work.
        if !failed && history.is_some() && status.with_untracked(|s| s.deleted) {
            status.update(|s| s.deleted = false);
        }
        if !failed {
            // Unless another tab's data was merged in, what was written is what was compared.
            let saved = if stored.is_some() {
                records.with_untracked(|r| saved_of(&next, r))
            } else {
                saved
            };
            known.update_value(|k| {
                let (ids, ids_of) =
                    records.with_untracked(|r| (base_ids(k, r), r.history.version()));
                k.base = Base {
                    revision,
                    answers: next.answers,
                    entry: next.entry.clone(),
                    history: ids,
                };
                k.base_ids_of = Some(ids_of);
                k.saved = saved;
                // Cleared: nothing is stored, the next write writes the history.
                k.history_written = history;
            });
        }
        if status.with_untracked(|s| s.save_failed) != failed {
            status.update(|s| s.save_failed = failed);
        }
    });

    // Another tab's write, taken in: merged with this tab's changes.
    let take_in = move |raw: Option<String>| {
        let base = known.with_value(|k| k.base.clone());
        let Some(raw) = raw else {
            // Cleared in another tab (「最初からやり直す」 with nothing else kept): clear here too.
            dispatch.send(sync::Merged {
                answers: Answers::new(),
                entry: None,
                records: Records::default(),
            });
            known.update_value(|k| {
                k.base = Base {
                    revision: base.revision,
                    ..Base::default()
                };
                k.base_ids_of = None;
                k.saved = session.with_untracked(|s| records.with_untracked(|r| saved_of(s, r)));
                k.history_written = None;
            });
            return;
        };
        // Called with data only once the reader's chunk is here (below).
        let Some(reader) = chunks::reader_here() else {
            return;
        };
        // An older or unreadable write: ignore it; this tab's next write wins with a higher
        // revision.
        let Some(theirs) = (reader.read)(&raw)
            .ok()
            .filter(|s| sync::is_newer(&base, Some(s.revision)))
        else {
            return;
        };
        let their_answers = theirs.session().answers;
        let their_side = Side::of(&theirs, &their_answers);
        let ours = session.get_untracked();
        let merged = merge_into(reader, &base, &ours, records, their_side);
        let nothing_of_ours = merged.is(their_side);
        dispatch.send(merged);
        let saved_now = session.with_untracked(|s| records.with_untracked(|r| saved_of(s, r)));
        let history_now = records.with_untracked(|r| r.history.version());
        known.update_value(|k| {
            k.base = Base {
                revision: theirs.revision,
                answers: their_answers,
                entry: theirs.entry.clone(),
                history: Base::ids(&theirs.records),
            };
            k.base_ids_of = None;
            // If nothing of ours had to be kept, the stored data already is our state: no
            // write. Otherwise the effect writes the merge.
            if nothing_of_ours {
                k.saved = saved_now;
                k.history_written = Some(history_now);
            }
        });
    };
    // Everything deleted in another tab: this tab forgets its copy too, and writes nothing back.
    on_deleted_elsewhere(move || {
        if !status.with_untracked(|s| s.persistent) {
            return;
        }
        dispatch.send(ForgetAll);
        forgotten(known, session, records);
        status.update(deleted);
    });
    on_external_change(move |raw| {
        if !status.with_untracked(|s| s.persistent) {
            return;
        }
        if raw.is_none() || chunks::reader_here().is_some() {
            take_in(raw);
        } else {
            // The reader's chunk first; then the stored data as it is by then.
            let store = store.clone();
            leptos::task::spawn_local(async move {
                if chunks::fetch_reader().await.is_ok() {
                    take_in(store.load());
                }
            });
        }
    });
}
