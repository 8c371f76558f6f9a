//! What is kept besides the diagnosis in progress: the history of completed diagnoses, the
//! action plan's progress and the optional company/respondent names.
//!
//! Saved data and import files are read as [`StoredRecords`], the text as it was written (every
//! field has a default, so data written by an older or newer app still reads);
//! [`StoredRecords::sanitize`] turns it into [`Records`], with typed times, dropping what is not
//! valid and saying so. [`Records`] is only written.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::core::answers::Answers;
use crate::core::lang::{fill, Lang, Localized};
use crate::core::limit::{cut, too_long};
use crate::core::question::{Choice, QuestionNo, QUESTION_COUNT};
use crate::core::scoring::score;
use crate::core::share;
use crate::core::time::{CivilDate, Timestamp};
pub use crate::core::MAX_NAME_CHARS;
use crate::features::after::model::drafts::DraftChange;
use crate::features::after::model::star_two::StarTwoStep;
use crate::features::after::model::{AfterNote, Beyond, StoredBeyond};
pub use crate::features::plan::model::task::{
    StoredTask, TaskChange, TaskProblem, TaskState, MAX_NOTE_CHARS,
};
use crate::store::session::{Action, Session, Step};
use crate::store::text::texts;

/// Everything kept besides the current diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Records {
    /// Completed diagnoses, oldest first (sorted by `completed_at`), unique by `id`.
    pub history: History,
    /// Progress on the action plan, per question. Absent means untouched.
    pub plan: BTreeMap<QuestionNo, TaskState>,
    /// Names printed on the report and stored with each new history entry.
    pub profile: Profile,
    /// The 「診断の後に」 screens: ★★ ticks, step-up answers, drafts. Not written while empty, so
    /// data of users who never open those screens keeps its earlier shape.
    #[serde(skip_serializing_if = "Beyond::is_empty")]
    pub beyond: Beyond,
}

/// [`Records`] as saved data or an import file hold them, before [`StoredRecords::sanitize`]:
/// times are still text, and nothing has been checked.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StoredRecords {
    history: Vec<StoredEntry>,
    plan: BTreeMap<QuestionNo, StoredTask>,
    profile: Profile,
    /// Read leniently: a malformed value is dropped on its own and never makes the rest
    /// unreadable.
    #[serde(deserialize_with = "crate::features::after::model::lenient")]
    beyond: StoredBeyond,
}

/// A [`HistoryEntry`] as stored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct StoredEntry {
    pub(crate) id: String,
    completed_at: String,
    updated_at: String,
    company: String,
    respondent: String,
    pub(crate) answers: BTreeMap<QuestionNo, Choice>,
}

/// The completed diagnoses, oldest first: a list to read like any `Vec`, which tells when it has
/// changed. Every change gives it a new [`History::version`] (unique in the running app), so the
/// saved JSON of a long history can be reused until the history changes, without comparing or
/// copying it on every keystroke elsewhere (`app::persistence`). It changes only through the
/// methods below, each of which takes a new version only when an entry really changed: going
/// back to a result that is already recorded rewrites nothing. Compared and saved as the list
/// alone.
#[derive(Debug, Clone, Default)]
pub struct History {
    entries: Vec<HistoryEntry>,
    version: u64,
}

/// The next [`History::version`] (0 is the empty default's).
fn next_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl History {
    /// Changes whenever the history has changed; equal versions mean equal histories.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Puts `entry` after the last entry not later than it (stable for equal times).
    fn insert_in_order(&mut self, entry: HistoryEntry) {
        let at = self
            .entries
            .partition_point(|e| e.completed_at <= entry.completed_at);
        self.entries.insert(at, entry);
        self.version = next_version();
    }

    /// Applies `edit` to the entry `id`; a new version only if it changed it. False when there
    /// is no such entry.
    fn update(&mut self, id: &str, edit: impl FnOnce(&mut HistoryEntry)) -> bool {
        let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) else {
            return false;
        };
        let before = entry.clone();
        edit(entry);
        if *entry != before {
            self.version = next_version();
        }
        true
    }

    /// Removes the entry `id`, with a new version; `None` (and no new version) when there is no
    /// such entry.
    fn remove(&mut self, id: &str) -> Option<HistoryEntry> {
        let at = self.entries.iter().position(|e| e.id == id)?;
        self.version = next_version();
        Some(self.entries.remove(at))
    }

    /// Puts `entry` back at `index` (an undone deletion), where that keeps the list in
    /// completion order; elsewhere (the history changed meanwhile) in its place by time. Nothing,
    /// and no new version, when an entry with its id is there already. True when it was put back.
    fn restore(&mut self, index: usize, entry: HistoryEntry) -> bool {
        if self.entries.iter().any(|e| e.id == entry.id) {
            return false;
        }
        let at = index.min(self.entries.len());
        let after_previous = at == 0 || self.entries[at - 1].completed_at <= entry.completed_at;
        let before_next = self
            .entries
            .get(at)
            .is_none_or(|next| entry.completed_at <= next.completed_at);
        if after_previous && before_next {
            self.entries.insert(at, entry);
            self.version = next_version();
        } else {
            self.insert_in_order(entry);
        }
        true
    }
}

impl From<Vec<HistoryEntry>> for History {
    fn from(entries: Vec<HistoryEntry>) -> History {
        History {
            entries,
            version: next_version(),
        }
    }
}

impl std::ops::Deref for History {
    type Target = Vec<HistoryEntry>;
    fn deref(&self) -> &Vec<HistoryEntry> {
        &self.entries
    }
}

impl<'a> IntoIterator for &'a History {
    type Item = &'a HistoryEntry;
    type IntoIter = std::slice::Iter<'a, HistoryEntry>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

impl IntoIterator for History {
    type Item = HistoryEntry;
    type IntoIter = std::vec::IntoIter<HistoryEntry>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl FromIterator<HistoryEntry> for History {
    fn from_iter<I: IntoIterator<Item = HistoryEntry>>(iter: I) -> History {
        History::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl PartialEq for History {
    fn eq(&self, other: &History) -> bool {
        self.version == other.version || self.entries == other.entries
    }
}

impl Eq for History {}

impl PartialEq<Vec<HistoryEntry>> for History {
    fn eq(&self, other: &Vec<HistoryEntry>) -> bool {
        self.entries == *other
    }
}

impl Serialize for History {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entries.serialize(s)
    }
}

/// One completed diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    /// The diagnosis' own id, given when it first reached its result and never changed after
    /// (not even when its answers are reviewed): `completed_at` + `-` + the share code of the
    /// answers at that moment (see [`HistoryEntry::derive_id`]). The same diagnosis exported and
    /// imported twice keeps one id; two diagnoses never share one.
    pub id: String,
    /// When it was completed (from the UI's clock, `new Date().toISOString()`,
    /// e.g. `2026-11-25T10:15:00.000Z`).
    pub completed_at: Timestamp,
    /// When its answers were last changed by reviewing them (`None` = never since completion).
    /// Decides which copy wins when two tabs or an import bring the same id with other answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Company name at the time (may be empty).
    pub company: String,
    /// Respondent at the time (may be empty).
    pub respondent: String,
    /// All 25 answers.
    pub answers: BTreeMap<QuestionNo, Choice>,
}

/// Optional names shown on the A4 report.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// Company name (at most [`MAX_NAME_CHARS`] characters).
    pub company: String,
    /// Respondent (at most [`MAX_NAME_CHARS`] characters).
    pub respondent: String,
}

impl Profile {
    /// True when neither name is filled in.
    pub fn is_empty(&self) -> bool {
        self.company.is_empty() && self.respondent.is_empty()
    }
}

/// Most characters of a history entry's id.
pub const MAX_ID_CHARS: usize = 80;

/// True for an id this app can keep: 1 to [`MAX_ID_CHARS`] characters of ASCII letters, digits
/// and `-` `.` `:` `_` (what [`HistoryEntry::derive_id`] writes, and nothing that could be
/// mistaken for markup or a path).
///
/// ```
/// use jishin_shindan::store::records::is_entry_id;
/// assert!(is_entry_id("2026-11-25T10:15:00.000Z-100000000002"));
/// assert!(!is_entry_id(""));
/// assert!(!is_entry_id("<b>"));
/// ```
pub fn is_entry_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b':' | b'_'))
}

/// Sorts history entries oldest first; a stable sort, so entries with the same time keep their
/// order. One function for every such sort: each closure would instantiate the sort again.
fn in_completion_order(history: &mut [HistoryEntry]) {
    history.sort_by(|a, b| a.completed_at.cmp(&b.completed_at));
}

/// The answers as the map stored in records and files (unanswered questions absent).
pub fn answers_to_map(answers: &Answers) -> BTreeMap<QuestionNo, Choice> {
    // Inserted one by one: `collect` sorts first, with a sort the main module need not carry.
    let mut map = BTreeMap::new();
    for (no, choice) in answers.iter() {
        if let Some(choice) = choice {
            map.insert(no, choice);
        }
    }
    map
}

/// The map back as [`Answers`]; numbers outside 1–25 are ignored.
pub fn answers_from_map(map: &BTreeMap<QuestionNo, Choice>) -> Answers {
    let mut answers = Answers::new();
    for (&no, &choice) in map {
        answers.set(no, Some(choice));
    }
    answers
}

impl HistoryEntry {
    /// A history entry for a complete diagnosis, with the profile's names (cut to
    /// [`MAX_NAME_CHARS`]). `None` when an answer is missing or `completed_at` is not an ISO 8601
    /// timestamp.
    ///
    /// ```
    /// use jishin_shindan::store::records::{HistoryEntry, Profile};
    /// use jishin_shindan::core::{Answers, Choice};
    /// let e = HistoryEntry::new(&Answers::all(Choice::Partial), "2026-11-25T10:15:00.000Z", &Profile::default()).unwrap();
    /// assert_eq!(e.total(), 50);
    /// assert_eq!(e.date(), "2026-11-25");
    /// ```
    pub fn new(answers: &Answers, completed_at: &str, profile: &Profile) -> Option<HistoryEntry> {
        let completed_at = Timestamp::parse(completed_at)?;
        let id = Self::derive_id(&completed_at, answers)?;
        Some(HistoryEntry {
            id,
            completed_at,
            updated_at: None,
            company: cut(&profile.company, MAX_NAME_CHARS),
            respondent: cut(&profile.respondent, MAX_NAME_CHARS),
            answers: answers_to_map(answers),
        })
    }

    /// The id of a diagnosis completed at `completed_at` with `answers`:
    /// `completed_at` + `-` + the share code. `None` for incomplete answers.
    pub fn derive_id(completed_at: &Timestamp, answers: &Answers) -> Option<String> {
        Some(format!("{completed_at}-{}", share::encode(answers)?))
    }

    /// The answers as [`Answers`].
    pub fn answers(&self) -> Answers {
        answers_from_map(&self.answers)
    }

    /// 合計 (A + B + C) of this diagnosis.
    pub fn total(&self) -> i32 {
        score(&self.answers()).total()
    }

    /// The day it was completed, `YYYY-MM-DD`, as `completed_at` writes it.
    pub fn date(&self) -> &str {
        self.completed_at.as_str().get(..10).unwrap_or("")
    }

    /// When this copy of the entry last changed: `updated_at`, or `completed_at` if it was never
    /// reviewed.
    pub fn changed_at(&self) -> &Timestamp {
        self.updated_at.as_ref().unwrap_or(&self.completed_at)
    }
}

/// A stored optional time: `None` when empty, `Err(())` when it is not a timestamp.
fn optional_time(text: &str) -> Result<Option<Timestamp>, ()> {
    if text.is_empty() {
        Ok(None)
    } else {
        Timestamp::parse(text).map(Some).ok_or(())
    }
}

impl StoredEntry {
    /// The entry, or why it cannot be kept. A missing or malformed id is derived from the
    /// content (see [`is_entry_id`]).
    fn check(self) -> Result<HistoryEntry, EntryProblem> {
        let completed_at = Timestamp::parse(&self.completed_at).ok_or(EntryProblem::BadTime)?;
        let updated_at = optional_time(&self.updated_at).map_err(|()| EntryProblem::BadTime)?;
        if self
            .answers
            .keys()
            .any(|no| !(1..=QUESTION_COUNT as u8).contains(no))
        {
            return Err(EntryProblem::NoSuchQuestion);
        }
        if self.answers.len() != QUESTION_COUNT {
            return Err(EntryProblem::Incomplete);
        }
        if too_long(&self.company, MAX_NAME_CHARS) || too_long(&self.respondent, MAX_NAME_CHARS) {
            return Err(EntryProblem::NameTooLong);
        }
        let id = if is_entry_id(&self.id) {
            self.id
        } else {
            // All 25 answers are there (checked above): the share code exists.
            HistoryEntry::derive_id(&completed_at, &answers_from_map(&self.answers))
                .ok_or(EntryProblem::Incomplete)?
        };
        Ok(HistoryEntry {
            id,
            completed_at,
            updated_at,
            company: self.company,
            respondent: self.respondent,
            answers: self.answers,
        })
    }

    /// Its day, `YYYY-MM-DD`, when it has a valid one (for the note when it is dropped).
    fn valid_date(&self) -> Option<String> {
        self.completed_at
            .get(..10)
            .filter(|d| CivilDate::parse(d).is_some())
            .map(str::to_string)
    }
}

/// Something reading saved data or an import dropped or changed (each is kept out of the way,
/// the rest still loads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A history entry was not loaded: its position (from 0), its date if it has a valid one,
    /// and why.
    Entry {
        /// Position in the history as read (0 = the first).
        index: usize,
        /// Its day, `YYYY-MM-DD`, when it has a valid one.
        date: Option<String>,
        /// Why.
        problem: EntryProblem,
    },
    /// Copies of the same diagnosis were kept once (how many copies were merged).
    Duplicates(usize),
    /// A plan task for a question that does not exist.
    TaskNoSuchQuestion(u8),
    /// A plan task was not loaded: which, and why.
    Task {
        /// Its question number.
        no: QuestionNo,
        /// Why.
        problem: TaskProblem,
    },
    /// The profile's company name was too long and was cleared.
    CompanyTooLong,
    /// The profile's respondent was too long and was cleared.
    RespondentTooLong,
    /// Something of the 「診断の後に」 data.
    After(AfterNote),
}

/// Why a history entry was not loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryProblem {
    /// Its time is not a valid timestamp.
    BadTime,
    /// It answers a question that does not exist.
    NoSuchQuestion,
    /// It does not have all 25 answers.
    Incomplete,
    /// Its company or respondent name is too long.
    NameTooLong,
}

impl EntryProblem {
    fn text(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            EntryProblem::BadTime => t.entry_bad_time,
            EntryProblem::NoSuchQuestion => t.entry_no_such_question,
            EntryProblem::Incomplete => t.entry_incomplete,
            EntryProblem::NameTooLong => t.entry_name_too_long,
        }
    }
}

impl Localized for Note {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        let max = || ("max", MAX_NAME_CHARS.to_string());
        match self {
            Note::Entry {
                index,
                date,
                problem,
            } => {
                let n = ("n", (index + 1).to_string());
                let which = match date {
                    Some(d) => fill(t.note_entry_dated, &[n, ("date", d.clone())]),
                    None => fill(t.note_entry_undated, &[n]),
                };
                fill(
                    t.note_entry,
                    &[
                        ("which", which),
                        ("problem", problem.text(lang).to_string()),
                    ],
                )
            }
            Note::Duplicates(n) => fill(t.note_duplicates, &[("n", n.to_string())]),
            Note::TaskNoSuchQuestion(no) => {
                fill(t.note_task_no_such_question, &[("no", no.to_string())])
            }
            Note::Task { no, problem } => fill(
                t.note_task,
                &[
                    ("no", no.to_string()),
                    ("problem", problem.text(lang).to_string()),
                ],
            ),
            Note::CompanyTooLong => fill(t.note_company_too_long, &[max()]),
            Note::RespondentTooLong => fill(t.note_respondent_too_long, &[max()]),
            Note::After(note) => note.text(lang),
        }
    }
}

/// Every change to what is kept besides the diagnosis in progress, as the screens dispatch it
/// (`kit::Dispatch`). It is one kind of the app's [`Action`](crate::store::state::Action), all
/// applied by `State::apply`; the steps that touch the diagnosis too (a result reached, an import
/// confirmed) are actions of their own there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordsAction {
    /// Keep a result opened from a link in this device's history (「この結果を履歴に加える」),
    /// dated the day the link carries (`YYYY-MM-DD`, see `core::share::dated_fragment`) or, for a
    /// link without one, now. Saving the same dated result again adds nothing.
    SaveShared(Answers, Option<String>),
    /// Change a task of the action plan.
    Task(QuestionNo, TaskChange),
    /// Change a name of the profile; `entry`, the history entry of the diagnosis shown (if it is
    /// recorded), takes the new names too.
    Profile {
        /// What changes.
        change: ProfileChange,
        /// The entry renamed with it.
        entry: Option<String>,
    },
    /// Tick or untick a step of the ★★ checklist.
    StarTwo(StarTwoStep, bool),
    /// Answer (or clear) an item of the step-up checklist.
    StepUp(u8, Option<Choice>),
    /// Change the drafts.
    Draft(DraftChange),
    /// Take in the records of an import file the user confirmed: nothing newer here is
    /// overwritten (see [`import_records`]).
    Import(Box<Records>),
    /// Delete one diagnosis from the history (the user confirmed it naming its date and total).
    /// The plan, the profile and the after-the-diagnosis data stay: they belong to no entry (the
    /// plan is kept per question, not per diagnosis). An unknown id changes nothing.
    Delete(String),
    /// Undo a deletion (「元に戻す」): the same entry back at the position it had (`index`, from
    /// 0, oldest first). Nothing when an entry with its id is there already.
    Restore {
        /// Where it was.
        index: usize,
        /// The entry as it was deleted.
        entry: Box<HistoryEntry>,
    },
}

/// A change to the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileChange {
    /// The company name.
    Company(String),
    /// The respondent.
    Respondent(String),
}

impl Records {
    /// Applies one action at time `now` (ISO 8601 from the clock; stamps the change for merges).
    /// False when it surely changed nothing (a deletion of an unknown entry, a restore of one that
    /// is there); true when it may have. The records' arm of `State::apply`, the only way to
    /// change them from outside the crate.
    pub(crate) fn apply(&mut self, action: RecordsAction, now: &str) -> bool {
        match action {
            RecordsAction::SaveShared(answers, date) => {
                // Noon UTC is the same day from UTC−11 to UTC+11 (Japan: 21:00).
                let completed_at = date
                    .filter(|d| CivilDate::parse(d).is_some())
                    .map_or_else(|| now.to_string(), |d| format!("{d}T12:00:00.000Z"));
                self.record_completion(&answers, &completed_at);
            }
            RecordsAction::Task(no, change) => {
                self.update_task(no, now, |t| match change {
                    TaskChange::Done(done) => t.done = done,
                    TaskChange::Note(note) => t.note = note,
                    TaskChange::TargetDate(date) => t.target_date = CivilDate::parse(&date),
                });
            }
            RecordsAction::Profile { change, entry } => {
                let name = match &change {
                    ProfileChange::Company(v) | ProfileChange::Respondent(v) => {
                        cut(v, MAX_NAME_CHARS)
                    }
                };
                match change {
                    ProfileChange::Company(_) => self.profile.company = name,
                    ProfileChange::Respondent(_) => self.profile.respondent = name,
                }
                let profile = self.profile.clone();
                if let Some(id) = entry {
                    self.history.update(&id, |e| {
                        e.company = profile.company;
                        e.respondent = profile.respondent;
                    });
                }
            }
            RecordsAction::StarTwo(step, done) => return self.beyond.star_two.set(step, done, now),
            RecordsAction::StepUp(item, choice) => {
                return self.beyond.step_up.answer(item, choice, now)
            }
            RecordsAction::Draft(change) => self.beyond.drafts.change(change, now),
            RecordsAction::Import(incoming) => *self = import_records(self, &incoming),
            RecordsAction::Delete(id) => return self.history.remove(&id).is_some(),
            RecordsAction::Restore { index, entry } => return self.history.restore(index, *entry),
        }
        true
    }

    /// Where the entry `id` is in the history (from 0, oldest first), with a copy of it: what
    /// 「元に戻す」 needs to put it back after a deletion.
    pub fn position(&self, id: &str) -> Option<(usize, HistoryEntry)> {
        self.history
            .iter()
            .position(|e| e.id == id)
            .map(|at| (at, self.history[at].clone()))
    }

    /// The most recent completed diagnosis, if any.
    pub fn latest(&self) -> Option<&HistoryEntry> {
        self.history.last()
    }

    /// The history entry with this id.
    pub fn find(&self, id: &str) -> Option<&HistoryEntry> {
        self.history.iter().find(|e| e.id == id)
    }

    /// Keeps a completed diagnosis in the history, with the current profile's names.
    ///
    /// Returns the entry, or `None` when the answers are incomplete or `completed_at` is not an
    /// ISO 8601 timestamp. Recording the same diagnosis (same time and answers) twice keeps one
    /// entry. History stays sorted by `completed_at`. Nothing is ever dropped to make room: a
    /// completed diagnosis leaves the history only when the user deletes it.
    pub(crate) fn record_completion(
        &mut self,
        answers: &Answers,
        completed_at: &str,
    ) -> Option<&HistoryEntry> {
        let entry = HistoryEntry::new(answers, completed_at, &self.profile)?;
        let id = entry.id.clone();
        if !self.history.iter().any(|e| e.id == id) {
            self.history.insert_in_order(entry);
        }
        self.find(&id)
    }

    /// Records that a diagnosis reached its result, and returns the id of its history entry.
    ///
    /// `entry` is the id this diagnosis was given the first time it reached its result (`None`
    /// for a diagnosis that never has: a new one). The rule:
    ///
    /// - a new diagnosis always becomes a new entry, whatever the day or the answers;
    /// - the same diagnosis reaching its result again unchanged changes nothing;
    /// - the same diagnosis with reviewed answers updates its own entry (answers and
    ///   `updated_at`; its id and `completed_at` stay), never another one;
    /// - if its entry is gone (deleted, or cleared in another tab), it is recorded again as new.
    ///
    /// `None` (and nothing changes) when the answers are incomplete or `now` is not a timestamp.
    pub(crate) fn record_result(
        &mut self,
        entry: Option<&str>,
        answers: &Answers,
        now: &str,
    ) -> Option<String> {
        let now = Timestamp::parse(now)?;
        if !answers.is_complete() {
            return None;
        }
        if let Some(id) = entry.filter(|id| self.find(id).is_some()) {
            let map = answers_to_map(answers);
            self.history.update(id, |existing| {
                if existing.answers != map {
                    existing.answers = map;
                    existing.updated_at = Some(now);
                }
            });
            return Some(id.to_string());
        }
        self.record_completion(answers, now.as_str())
            .map(|e| e.id.clone())
    }

    /// Keeps `session`'s diagnosis in the history now that it is on its result (see
    /// [`Records::record_result`] for the rule) and tells the session its entry: the part of
    /// `State::apply` that records a result reached (tests: `tests/state.rs`).
    pub(crate) fn keep_result(&mut self, session: &mut Session, now: &str) {
        if session.step != Step::Result {
            return;
        }
        if let Some(id) = self.record_result(session.entry.as_deref(), &session.answers, now) {
            if session.entry.as_ref() != Some(&id) {
                session.apply(Action::Recorded(id));
            }
        }
    }

    /// The state of the task for question `no` (the default when untouched).
    pub fn task(&self, no: QuestionNo) -> TaskState {
        self.plan.get(&no).cloned().unwrap_or_default()
    }

    /// Changes the task for question `no` and stamps it with `now` (ISO 8601 from
    /// `toISOString()`). The note is cut to [`MAX_NOTE_CHARS`] characters and a target date
    /// that is not `YYYY-MM-DD` is cleared, so the plan always stays valid. Returns false (and
    /// changes nothing) for a question number outside 1–25.
    pub(crate) fn update_task(
        &mut self,
        no: QuestionNo,
        now: &str,
        edit: impl FnOnce(&mut TaskState),
    ) -> bool {
        if !(1..=QUESTION_COUNT as u8).contains(&no) {
            return false;
        }
        let task = self.plan.entry(no).or_default();
        edit(task);
        if too_long(&task.note, MAX_NOTE_CHARS) {
            task.note = cut(&task.note, MAX_NOTE_CHARS);
        }
        task.updated_at = Timestamp::parse(now);
        true
    }
}

impl StoredRecords {
    /// Returns only what is valid, as [`Records`], and a note for everything dropped or changed.
    ///
    /// - History entries with a `completed_at` or `updated_at` that is not a [`Timestamp`],
    ///   question numbers outside 1–25, fewer than 25 answers or names over [`MAX_NAME_CHARS`]
    ///   characters are dropped; an id that is missing or malformed is derived from the content
    ///   (see [`is_entry_id`]); of entries with the same id the one changed last is kept; history
    ///   is sorted by `completed_at`. No valid entry is dropped for the length of the history.
    /// - Plan entries for question numbers outside 1–25, with a note over [`MAX_NOTE_CHARS`]
    ///   characters, a target date that is not `YYYY-MM-DD` or a bad `updated_at` are dropped.
    /// - Over-long profile names are cleared.
    /// - The 「診断の後に」 data is checked by [`StoredBeyond::sanitize`].
    ///
    /// ```
    /// use jishin_shindan::store::records::StoredRecords;
    /// let stored: StoredRecords = serde_json::from_str(r#"{"history":[{"completed_at":"昨日"}]}"#).unwrap();
    /// let (clean, notes) = stored.sanitize();
    /// assert!(clean.history.is_empty());
    /// assert_eq!(notes.len(), 1);
    /// ```
    pub fn sanitize(self) -> (Records, Vec<Note>) {
        let mut notes = Vec::new();
        let mut history: Vec<HistoryEntry> = Vec::with_capacity(self.history.len());
        let mut duplicates = 0;
        for (i, stored) in self.history.into_iter().enumerate() {
            let date = stored.valid_date();
            let entry = match stored.check() {
                Ok(entry) => entry,
                Err(problem) => {
                    notes.push(Note::Entry {
                        index: i,
                        date,
                        problem,
                    });
                    continue;
                }
            };
            if let Some(kept) = history.iter_mut().find(|e| e.id == entry.id) {
                duplicates += 1;
                if entry.changed_at() > kept.changed_at() {
                    *kept = entry;
                }
                continue;
            }
            history.push(entry);
        }
        if duplicates > 0 {
            notes.push(Note::Duplicates(duplicates));
        }
        in_completion_order(&mut history);
        let (beyond, beyond_notes) = self.beyond.sanitize();
        let mut records = Records {
            history: history.into(),
            plan: BTreeMap::new(),
            profile: self.profile,
            beyond,
        };

        for (no, task) in self.plan {
            if !(1..=QUESTION_COUNT as u8).contains(&no) {
                notes.push(Note::TaskNoSuchQuestion(no));
                continue;
            }
            match task.check() {
                Ok(task) => {
                    records.plan.insert(no, task);
                }
                Err(problem) => notes.push(Note::Task { no, problem }),
            }
        }

        if too_long(&records.profile.company, MAX_NAME_CHARS) {
            records.profile.company.clear();
            notes.push(Note::CompanyTooLong);
        }
        if too_long(&records.profile.respondent, MAX_NAME_CHARS) {
            records.profile.respondent.clear();
            notes.push(Note::RespondentTooLong);
        }
        notes.extend(beyond_notes.into_iter().map(Note::After));
        (records, notes)
    }

    /// The last entry as stored (before any check): its id and answers.
    pub(crate) fn last_stored(&self) -> Option<&StoredEntry> {
        self.history.last()
    }
}

/// Merges two sets of records without losing anything newer: history is the union by id
/// (sorted by completion time; of two copies of one diagnosis, the one whose answers were
/// reviewed later, ties keeping `local`'s), each plan task keeps the later `updated_at` (ties keep
/// `local`), the profile stays `local`'s, and the 「診断の後に」 data is merged part by part by
/// [`Beyond::merge`] (`local` stays unless the other side changed later or `local`'s is empty).
/// Used for imports and for two tabs.
pub fn merge_records(local: &Records, incoming: &Records) -> Records {
    let mut records = local.clone();
    records.beyond = Beyond::merge(&local.beyond, &incoming.beyond);
    for entry in &incoming.history {
        match records.find(&entry.id) {
            None => records.history.insert_in_order(entry.clone()),
            // The same diagnosis, reviewed since on the other side: its later answers win.
            Some(ours) if entry.changed_at() > ours.changed_at() => {
                records
                    .history
                    .update(&entry.id, |ours| *ours = entry.clone());
            }
            Some(_) => {}
        }
    }
    for (no, theirs) in &incoming.plan {
        let take = match records.plan.get(no) {
            Some(ours) => theirs.updated_at > ours.updated_at,
            None => true,
        };
        if take {
            records.plan.insert(*no, theirs.clone());
        }
    }
    records
}

/// [`merge_records`] of two tabs' records that last shared the history `base` (its ids): an entry
/// of `base` that either side no longer has was deleted there and stays deleted; every other
/// entry of either side is kept, as [`merge_records`] keeps it.
///
/// ```
/// use std::collections::BTreeSet;
/// use jishin_shindan::core::{Answers, Choice};
/// use jishin_shindan::store::records::{merge_records_since, RecordsAction};
/// use jishin_shindan::store::state::State;
/// use jishin_shindan::store::Action;
/// let mut state = State::default();
/// state.apply(Action::Adopt(Answers::all(Choice::Done), None), "2026-11-25T10:00:00.000Z");
/// state.apply(Action::ShowResult, "2026-11-25T10:00:00.000Z");
/// let ours = state.records.clone();
/// let id = ours.history[0].id.clone();
/// let base: BTreeSet<String> = [id.clone()].into();
/// state.apply(RecordsAction::Delete(id), "2026-11-25T11:00:00.000Z");
/// let theirs = state.records;
/// // Deleted in the other tab since both saw it: our copy does not bring it back.
/// assert!(merge_records_since(&base, &ours, &theirs).history.is_empty());
/// // Without a common past (an import), nothing is dropped.
/// assert_eq!(merge_records_since(&BTreeSet::new(), &ours, &theirs).history.len(), 1);
/// ```
pub fn merge_records_since(
    base: &std::collections::BTreeSet<String>,
    ours: &Records,
    theirs: &Records,
) -> Records {
    let mut records = merge_records(ours, theirs);
    let deleted =
        |id: &String| base.contains(id) && (ours.find(id).is_none() || theirs.find(id).is_none());
    if records.history.iter().any(|e| deleted(&e.id)) {
        records.history.entries.retain(|e| !deleted(&e.id));
        records.history.version = next_version();
    }
    records
}

/// The profile after an import: each name from this device, unless it has none.
pub fn imported_profile(local: &Records, incoming: &Records) -> Profile {
    let pick = |ours: &String, theirs: &String| {
        if ours.is_empty() {
            theirs.clone()
        } else {
            ours.clone()
        }
    };
    Profile {
        company: pick(&local.profile.company, &incoming.profile.company),
        respondent: pick(&local.profile.respondent, &incoming.profile.respondent),
    }
}

/// `local` with the records of an import file merged in: [`merge_records`] (nothing newer here is
/// overwritten), and each profile name taken from the file when this device has none.
pub fn import_records(local: &Records, incoming: &Records) -> Records {
    let mut records = merge_records(local, incoming);
    records.profile = imported_profile(local, incoming);
    records
}

#[cfg(test)]
#[path = "records_tests.rs"]
mod tests;
