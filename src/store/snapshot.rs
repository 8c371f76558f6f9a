//! The saved-data schema: what goes to storage, and a restore that never panics.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::answers::Answers;
use crate::core::lang::{fill, Lang, Localized};
use crate::core::question::{Choice, Part, QuestionNo, QUESTION_COUNT};
use crate::store::records::{answers_from_map, is_entry_id, Note, Records, StoredRecords};
use crate::store::session::{Session, Step};
use crate::store::text::texts;

/// The current schema version of [`Snapshot`].
///
/// History: 1 = answers, step, last_part; 2 = adds `revision` (a counter that lets one tab see
/// that another wrote newer data) and `records` (history, action plan, profile); 3 = adds
/// `entry` (the history entry of the diagnosis in progress, so that each diagnosis is its own
/// entry) and `updated_at` on history entries; 4 = the screen is saved as its address token
/// (`"part-2"`, `"after"`: [`saved_step`]) instead of the code's names for it, and the history is
/// stored under its own key ([`Snapshot::stored_head`], [`join_history`]). [`Snapshot::from_json`]
/// migrates every earlier version.
pub const SNAPSHOT_VERSION: u32 = 4;

/// What is saved after every change: the answers and where the user was, and the records.
/// Written by [`Snapshot::stored_head`] (and [`Snapshot::stored_history`]), read by
/// [`Snapshot::from_json`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// Schema version; see [`SNAPSHOT_VERSION`].
    pub version: u32,
    /// The app version that wrote it (for support; not used to restore).
    pub app_version: String,
    /// Incremented on every write; a tab never overwrites a higher revision than it has seen.
    pub revision: u64,
    /// Answers by question number (unanswered questions are absent).
    pub answers: BTreeMap<QuestionNo, Choice>,
    /// The screen the user was on (saved as its token: [`saved_step`]).
    pub step: Step,
    /// The Part the user was last answering.
    pub last_part: Part,
    /// History, action plan and profile.
    pub records: Records,
    /// The id of the history entry of the diagnosis in progress, once it has reached its result
    /// (see [`Session::entry`]). Absent before.
    pub entry: Option<String>,
    /// What [`Snapshot::from_json`] left out of `records` as not valid (a history entry with a
    /// bad date, a plan note too long …). When it is not empty the stored bytes are kept aside
    /// before the next write (`app::shell`), as for unreadable data. Never written.
    pub dropped: Vec<Note>,
}

/// A snapshot of any schema version as read, before its records are checked
/// ([`StoredRecords::sanitize`]).
#[derive(Deserialize)]
struct StoredSnapshot {
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    revision: u64,
    answers: BTreeMap<QuestionNo, Choice>,
    #[serde(deserialize_with = "saved_step::deserialize")]
    step: Step,
    last_part: Part,
    #[serde(default)]
    records: StoredRecords,
    #[serde(default)]
    entry: Option<String>,
}

/// Why saved data could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON of the expected shape (bad JSON, wrong types, truncated).
    Unreadable(String),
    /// Written by a newer (or unknown) schema version.
    UnsupportedVersion(u32),
    /// Well-formed, but a value is out of range (e.g. question No.26).
    Invalid(String),
}

impl Localized for RestoreError {
    /// A message for the user (the original bytes are kept aside: `platform::storage`).
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            RestoreError::Unreadable(_) => t.restore_unreadable.to_string(),
            RestoreError::UnsupportedVersion(v) => {
                fill(t.restore_unsupported_version, &[("version", v.to_string())])
            }
            RestoreError::Invalid(_) => t.restore_invalid.to_string(),
        }
    }
}

impl Snapshot {
    /// Captures what must survive a reload.
    pub fn of(session: &Session, app_version: &str) -> Snapshot {
        Snapshot {
            version: SNAPSHOT_VERSION,
            app_version: app_version.to_string(),
            revision: 0,
            answers: crate::store::records::answers_to_map(&session.answers),
            // A shared result is only a view of someone's link: reopening the app starts from
            // the landing screen (the link itself still opens it).
            step: match session.step {
                Step::Shared(_) => Step::Intro,
                other => other,
            },
            last_part: session.last_part,
            records: Records::default(),
            entry: session.entry.clone(),
            dropped: Vec::new(),
        }
    }

    /// What is stored on the device for `session` and `records` at `revision`, except the
    /// history: the snapshot's JSON with [`HISTORY_REF`] where the history's JSON goes. The history
    /// is stored under a key of its own (`platform::storage`) and written only when it changes, so
    /// that typing a note with a long history writes a few kilobytes, not the whole history;
    /// [`join_history`] puts the two back together, and [`Snapshot::from_json`] reads the joined
    /// text back as the same session, records and revision.
    ///
    /// ```
    /// use jishin_shindan::store::Session;
    /// use jishin_shindan::core::{Answers, Choice};
    /// use jishin_shindan::store::snapshot::join_history;
    /// use jishin_shindan::store::state::State;
    /// use jishin_shindan::store::{Action, Snapshot};
    /// let mut state = State::default();
    /// state.apply(Action::Adopt(Answers::all(Choice::Done), None), "2026-11-25T10:00:00.000Z");
    /// state.apply(Action::ShowResult, "2026-11-25T10:00:00.000Z");
    /// let records = state.records;
    /// let session = Session::new();
    /// let head = Snapshot::stored_head(&session, &records, "1", 7);
    /// assert!(!head.contains("2026-11-25"));
    /// let joined = join_history(&head, Some(&Snapshot::stored_history(&records)));
    /// let read = Snapshot::from_json(&joined).unwrap();
    /// assert_eq!((read.session(), read.records, read.revision), (session, records, 7));
    /// ```
    pub fn stored_head(
        session: &Session,
        records: &Records,
        app_version: &str,
        revision: u64,
    ) -> String {
        #[derive(Serialize)]
        struct RecordsRef<'a> {
            history: &'static str,
            plan: &'a BTreeMap<QuestionNo, crate::store::records::TaskState>,
            profile: &'a crate::store::records::Profile,
            #[serde(skip_serializing_if = "crate::features::after::model::Beyond::is_empty")]
            beyond: &'a crate::features::after::model::Beyond,
        }
        #[derive(Serialize)]
        struct SnapshotRef<'a> {
            version: u32,
            app_version: &'a str,
            revision: u64,
            answers: BTreeMap<QuestionNo, Choice>,
            #[serde(with = "saved_step")]
            step: Step,
            last_part: Part,
            records: RecordsRef<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            entry: &'a Option<String>,
        }
        let plain = Snapshot::of(session, app_version);
        let head = SnapshotRef {
            version: SNAPSHOT_VERSION,
            app_version,
            revision,
            answers: plain.answers,
            step: plain.step,
            last_part: plain.last_part,
            records: RecordsRef {
                history: HISTORY_VALUE,
                plan: &records.plan,
                profile: &records.profile,
                beyond: &records.beyond,
            },
            entry: &session.entry,
        };
        serde_json::to_string(&head).unwrap_or_else(|_| "{}".to_string())
    }

    /// The history as it is stored under its own key (see [`Snapshot::stored_head`]).
    pub fn stored_history(records: &Records) -> String {
        // Plain data with string keys cannot fail to serialise; an empty list rather than a panic.
        serde_json::to_string(&records.history).unwrap_or_else(|_| "[]".into())
    }

    /// Parses and validates stored JSON of any known version, migrating it to the current one.
    ///
    /// ```
    /// use jishin_shindan::store::Snapshot;
    /// use jishin_shindan::store::snapshot::SNAPSHOT_VERSION;
    /// let v1 = r#"{"version":1,"answers":{"1":"done"},"step":"intro","last_part":"basic"}"#;
    /// let snapshot = Snapshot::from_json(v1).unwrap();
    /// assert_eq!((snapshot.version, snapshot.revision), (SNAPSHOT_VERSION, 0));
    /// ```
    pub fn from_json(raw: &str) -> Result<Snapshot, RestoreError> {
        #[derive(Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        let probe: VersionOnly =
            serde_json::from_str(raw).map_err(|e| RestoreError::Unreadable(e.to_string()))?;
        let snapshot = match probe.version {
            1 => migrate_v1(raw)?,
            2 => migrate_v2(raw)?,
            // Version 3 differs only in how the screen is written, which `saved_step` reads.
            3 | SNAPSHOT_VERSION => serde_json::from_str::<StoredSnapshot>(raw)
                .map_err(|e| RestoreError::Unreadable(e.to_string()))?,
            other => return Err(RestoreError::UnsupportedVersion(other)),
        };
        if let Some(bad) = snapshot
            .answers
            .keys()
            .find(|no| !(1..=QUESTION_COUNT as u8).contains(no))
        {
            return Err(RestoreError::Invalid(format!("question No.{bad}")));
        }
        // Invalid history or plan entries are dropped one by one; the diagnosis still restores.
        let (records, dropped) = snapshot.records.sanitize();
        // An entry id that is not one this app writes is forgotten: the next result is recorded
        // as a new entry rather than matched to something else.
        let entry = snapshot.entry.filter(|id| is_entry_id(id));
        Ok(Snapshot {
            version: SNAPSHOT_VERSION,
            app_version: snapshot.app_version,
            revision: snapshot.revision,
            answers: snapshot.answers,
            step: snapshot.step,
            last_part: snapshot.last_part,
            records,
            entry,
            dropped,
        })
    }

    /// Rebuilds the session (the snapshot's records stay to be used). A saved result screen with
    /// missing answers falls back to the Part of the first unanswered question.
    pub fn session(&self) -> Session {
        let mut answers = Answers::new();
        for (&no, &choice) in &self.answers {
            answers.set(no, Some(choice));
        }
        let step = match self.step {
            step if step.needs_all_answers() && !answers.is_complete() => answers
                .first_unanswered()
                .and_then(Part::of_question)
                .map_or(Step::Intro, Step::Part),
            other => other,
        };
        let last_part = match step {
            Step::Part(part) => part,
            _ => self.last_part,
        };
        Session {
            answers,
            step,
            last_part,
            entry: self.entry.clone(),
            ..Session::new()
        }
    }
}

/// Version 1 had no revision counter: it becomes revision 0.
fn migrate_v1(raw: &str) -> Result<StoredSnapshot, RestoreError> {
    #[derive(Deserialize)]
    struct SnapshotV1 {
        #[serde(default)]
        app_version: String,
        answers: BTreeMap<QuestionNo, Choice>,
        #[serde(deserialize_with = "saved_step::legacy::deserialize")]
        step: Step,
        last_part: Part,
    }
    let v1: SnapshotV1 =
        serde_json::from_str(raw).map_err(|e| RestoreError::Unreadable(e.to_string()))?;
    Ok(StoredSnapshot {
        app_version: v1.app_version,
        revision: 0,
        answers: v1.answers,
        step: v1.step,
        last_part: v1.last_part,
        records: StoredRecords::default(),
        entry: None,
    })
}

/// Version 2 did not say which history entry the diagnosis in progress belonged to: a result
/// seen again the same day replaced that day's entry. Migrated, the diagnosis belongs to the
/// latest entry when it is on a screen after answering (the result, the history, …) with the
/// latest entry's answers: it is that diagnosis, and reopening its result adds nothing. On a
/// question screen it may be a new diagnosis begun from the last one's answers (「もう一度診断
/// する」), so it belongs to none, and its result will be a new entry: a possible duplicate the
/// user can see, never a lost one. Every history entry is kept as it was.
fn migrate_v2(raw: &str) -> Result<StoredSnapshot, RestoreError> {
    #[derive(Deserialize)]
    struct SnapshotV2 {
        #[serde(default)]
        app_version: String,
        #[serde(default)]
        revision: u64,
        answers: BTreeMap<QuestionNo, Choice>,
        #[serde(deserialize_with = "saved_step::legacy::deserialize")]
        step: Step,
        last_part: Part,
        #[serde(default)]
        records: StoredRecords,
    }
    let v2: SnapshotV2 =
        serde_json::from_str(raw).map_err(|e| RestoreError::Unreadable(e.to_string()))?;
    let entry = match (v2.step, v2.records.last_stored()) {
        (Step::Part(_), _) | (_, None) => None,
        (_, Some(latest)) => (answers_from_map(&v2.answers).is_complete()
            && latest.answers == v2.answers)
            .then(|| latest.id.clone()),
    };
    Ok(StoredSnapshot {
        app_version: v2.app_version,
        revision: v2.revision,
        answers: v2.answers,
        step: v2.step,
        last_part: v2.last_part,
        records: v2.records,
        entry,
    })
}

/// How a screen is saved. Since schema 4 it is the screen's address token ([`Step::token`]:
/// `"start"`, `"part-2"`, `"after"`, `"policy"` …), a contract of its own: the code may rename
/// its screens without changing stored data, and a new screen needs nothing here. A token this
/// version does not know (a newer version's screen) restores the landing screen rather than
/// failing. Schemas 1–3 wrote the code's own names (`"intro"`, `{"part":"employee"}`,
/// `"beyond"`, `{"draft":"policy"}`, `"step_up"` …): they are read here too, frozen as they were.
pub mod saved_step {
    use std::fmt;

    use serde::de::{self, MapAccess, Visitor};
    use serde::{Deserializer, Serializer};

    use crate::core::draft::DraftKind;
    use crate::core::question::Part;
    use crate::store::session::Step;

    /// Writes the screen's token (a shared result, which has none, is saved as the landing).
    pub fn serialize<S: Serializer>(step: &Step, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(step.token().unwrap_or("start"))
    }

    /// Reads a token, or a name written by schema 3.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Step, D::Error> {
        deserializer.deserialize_any(StepVisitor { legacy_only: false })
    }

    /// Schemas 1 and 2: only the names they wrote (they knew every screen that existed then, so
    /// any other name is damaged data).
    pub mod legacy {
        use super::*;

        /// Reads a name written by schemas 1–3.
        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Step, D::Error> {
            deserializer.deserialize_any(StepVisitor { legacy_only: true })
        }
    }

    /// A screen as schemas 1–3 wrote a screen without data (serde's snake_case variant names).
    fn legacy_name(name: &str) -> Option<Step> {
        Some(match name {
            "intro" => Step::Intro,
            "result" => Step::Result,
            "plan" => Step::Plan,
            "report" => Step::Report,
            "history" => Step::History,
            "beyond" => Step::Beyond,
            "step_up" => Step::StepUp,
            "combine" => Step::Combine,
            _ => return None,
        })
    }

    struct StepVisitor {
        legacy_only: bool,
    }

    impl<'de> Visitor<'de> for StepVisitor {
        type Value = Step;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a screen")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Step, E> {
            if self.legacy_only {
                return legacy_name(v).ok_or_else(|| E::custom("an unknown screen"));
            }
            Ok(Step::from_token(v)
                .or_else(|| legacy_name(v))
                .unwrap_or(Step::Intro))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Step, A::Error> {
            let step = match map.next_key::<String>()?.as_deref() {
                Some("part") => Step::Part(map.next_value::<Part>()?),
                Some("draft") => Step::Draft(map.next_value::<DraftKind>()?),
                _ => return Err(de::Error::custom("an unknown screen")),
            };
            if map.next_key::<String>()?.is_some() {
                return Err(de::Error::custom("an unknown screen"));
            }
            Ok(step)
        }
    }
}

/// The string that stands for the history in a stored head ([`Snapshot::stored_head`]).
const HISTORY_VALUE: &str = "@history";

/// Where the history's JSON goes in a stored head: the history's own key, right after the records'
/// opening brace. Only the app writes this sequence there: anything the user typed comes later in
/// the JSON and is escaped.
pub const HISTORY_REF: &str = "\"records\":{\"history\":\"@history\"";

/// The snapshot's whole JSON from a stored head and the history stored beside it. A head from
/// before the history had its own key (schemas 1–3, or written by a test) is returned as it is.
/// A head whose history is missing gets an empty one (only possible if that key alone was removed):
/// the rest still restores.
pub fn join_history(head: &str, history_json: Option<&str>) -> String {
    if !head.contains(HISTORY_REF) {
        return head.to_string();
    }
    let history = history_json.unwrap_or("[]");
    head.replacen(
        HISTORY_REF,
        &format!("\"records\":{{\"history\":{history}"),
        1,
    )
}
