//! What the app starts from, decided from what storage holds: the state, the revision it was
//! saved at, what to tell the user, and whether the original bytes must be kept aside before the
//! first save may write over them. Pure (the app reads storage and writes the backup:
//! `app::shell`), tested natively in `tests/restore.rs`.

use crate::store::records::Note;
use crate::store::snapshot::{RestoreError, Snapshot};
use crate::store::state::State;

/// The start, decided.
#[derive(Debug)]
pub struct Restored {
    /// The state to start with: the saved one, or a fresh one.
    pub state: State,
    /// The revision of the saved data it comes from (0 if none).
    pub revision: u64,
    /// Restored whole from readable data (false when nothing was saved, when it was unreadable,
    /// or when a part of it was left out as not valid): the first save then rewrites the
    /// history too.
    pub whole: bool,
    /// Why the saved data could not be read, if it could not (the app starts fresh).
    pub error: Option<RestoreError>,
    /// What was left out of saved data that was read, as not valid.
    pub dropped: Vec<Note>,
    /// The saved bytes must be kept aside before anything is written (unreadable, or read with
    /// parts left out). If that fails the app must run in memory: they are never lost.
    pub keep_aside: bool,
}

/// The start from `saved`: `None` when nothing is saved, else storage's text as read.
///
/// ```
/// use jishin_shindan::store::restore::restore;
/// use jishin_shindan::store::Snapshot;
/// let fresh = restore(None);
/// assert!(!fresh.keep_aside && fresh.error.is_none() && fresh.revision == 0);
/// let broken = restore(Some(Snapshot::from_json("{broken")));
/// assert!(broken.keep_aside && broken.error.is_some() && !broken.whole);
/// ```
pub fn restore(saved: Option<Result<Snapshot, RestoreError>>) -> Restored {
    match saved {
        None => Restored {
            state: State::default(),
            revision: 0,
            whole: false,
            error: None,
            dropped: Vec::new(),
            keep_aside: false,
        },
        Some(Err(error)) => Restored {
            state: State::default(),
            revision: 0,
            whole: false,
            error: Some(error),
            dropped: Vec::new(),
            keep_aside: true,
        },
        Some(Ok(mut snapshot)) => {
            let dropped = std::mem::take(&mut snapshot.dropped);
            Restored {
                state: State {
                    session: snapshot.session(),
                    // Moved out, not copied: the records may hold years of history.
                    records: snapshot.records,
                },
                revision: snapshot.revision,
                whole: dropped.is_empty(),
                keep_aside: !dropped.is_empty(),
                error: None,
                dropped,
            }
        }
    }
}
