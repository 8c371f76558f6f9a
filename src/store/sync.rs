//! Two tabs (or windows) of the app share one saved snapshot. Each write carries a revision; a tab
//! that finds a newer revision than it last saw (another tab wrote since) merges before it
//! writes, and a tab told that another one wrote merges that write in. These are the decisions,
//! as pure functions (`app::persistence` does the reading, writing and listening).
//!
//! The rule: nothing either side has is dropped. Per question, the answer changed since the last
//! common revision wins (this tab's when both changed it); the diagnosis' history entry is the
//! other tab's when it changed it (it recorded a result or began a new diagnosis); the records
//! are merged by [`merge_records_since`] (every history entry of either side but those one side
//! deleted since the last common revision; each plan task and each part of the
//! after-the-diagnosis data as changed last).

use std::collections::BTreeSet;

use crate::core::{merge_answers, Answers};
use crate::store::records::{merge_records_since, Records};
use crate::store::Snapshot;

/// What a tab knows of the saved data as it last read or wrote it: the base of the merge.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Base {
    /// The revision.
    pub revision: u64,
    /// The answers saved at that revision.
    pub answers: Answers,
    /// The history entry of the diagnosis saved at that revision.
    pub entry: Option<String>,
    /// The ids of the history entries saved at that revision: an entry of these that one side no
    /// longer has was deleted there, and is not brought back by the other side's copy.
    pub history: BTreeSet<String>,
}

impl Base {
    /// The ids of `records`' history, for [`Base::history`].
    pub fn ids(records: &Records) -> BTreeSet<String> {
        // Inserted one by one: `collect` sorts first, with a sort the main module need not carry.
        let mut ids = BTreeSet::new();
        for entry in records.history.iter() {
            ids.insert(entry.id.clone());
        }
        ids
    }
}

/// One side's state: the diagnosis in progress and the records.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The answers.
    pub answers: &'a Answers,
    /// The diagnosis' history entry.
    pub entry: &'a Option<String>,
    /// History, plan, profile and the after-the-diagnosis data.
    pub records: &'a Records,
}

impl<'a> Side<'a> {
    /// The side saved in `snapshot` (its answers given separately: the snapshot stores a map).
    pub fn of(snapshot: &'a Snapshot, answers: &'a Answers) -> Side<'a> {
        Side {
            answers,
            entry: &snapshot.entry,
            records: &snapshot.records,
        }
    }
}

/// The state after merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The answers.
    pub answers: Answers,
    /// The diagnosis' history entry.
    pub entry: Option<String>,
    /// The records.
    pub records: Records,
}

impl Merged {
    /// True when the merge is exactly `theirs`: nothing of this tab's had to be kept, so the
    /// saved data already is the merged state and needs no write.
    pub fn is(&self, theirs: Side) -> bool {
        self.answers == *theirs.answers
            && self.entry == *theirs.entry
            && self.records == *theirs.records
    }
}

/// Merges `theirs` (written by another tab since `base`) into `ours`.
///
/// ```
/// use jishin_shindan::core::{Answers, Choice};
/// use jishin_shindan::store::records::Records;
/// use jishin_shindan::store::sync::{merge, Base, Side};
/// let base = Base { revision: 1, answers: Answers::new().with(1, Choice::Done), ..Base::default() };
/// let ours = Answers::new().with(1, Choice::Done).with(2, Choice::Partial);
/// let theirs = Answers::new().with(1, Choice::NotDone);
/// let records = Records::default();
/// let m = merge(
///     &base,
///     Side { answers: &ours, entry: &None, records: &records },
///     Side { answers: &theirs, entry: &None, records: &records },
/// );
/// // Their change to No.1 and our answer to No.2 are both kept.
/// assert_eq!(m.answers, Answers::new().with(1, Choice::NotDone).with(2, Choice::Partial));
/// ```
pub fn merge(base: &Base, ours: Side, theirs: Side) -> Merged {
    let entry = if *theirs.entry != base.entry {
        theirs.entry.clone()
    } else {
        ours.entry.clone()
    };
    Merged {
        answers: merge_answers(&base.answers, ours.answers, theirs.answers),
        entry,
        records: merge_records_since(&base.history, ours.records, theirs.records),
    }
}

/// Whether saved data of revision `stored` is newer than what this tab knows (`base`): then it
/// must be read and merged before this tab writes, and a write from another tab is taken in.
/// An older or equal revision (this tab's own write, or a stale one) is not.
pub fn is_newer(base: &Base, stored: Option<u64>) -> bool {
    stored.is_some_and(|r| r > base.revision)
}

/// The revision written in saved data's text (`"revision":N`, as `Snapshot::stored_head` writes
/// it), found without a JSON reader, which is a chunk fetched only when there is something to read
/// (issue 30). Only to learn whether another tab wrote newer data; `None` when there is no such
/// number.
pub fn revision_in(raw: &str) -> Option<u64> {
    let at = raw.find("\"revision\":")? + "\"revision\":".len();
    let digits: String = raw[at..]
        .chars()
        .skip_while(|c| *c == ' ')
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}
