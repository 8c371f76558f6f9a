//! Moving data between browsers and into spreadsheets: the export file (everything as one JSON
//! file, with a preview and a merge that never overwrites newer data) and the CSV of a result.
//!
//! Flow for the UI: 「ダウンロード」 saves [`export`]; 「読み込む」 reads the file as text,
//! calls [`parse_import`] (show the error's `message()` on failure), shows [`preview`] and
//! `ExportFile::dropped`, and on confirmation dispatches `RecordsAction::Import` and adopts
//! [`taken_over`] answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::answers::Answers;
use crate::core::catalog;
pub use crate::core::exchange::{csv_field, ImportError, Invalid, ReadError, MAX_IMPORT_BYTES};
use crate::features::combine::model::{Source, SourceError, SourceProblem};

/// The `format` marker of every export file.
pub const EXPORT_FORMAT: &str = "jishin-shindan-export";
/// The schema version this app writes and the newest it reads.
pub const EXPORT_SCHEMA_VERSION: u32 = 1;
use crate::core::question::{Choice, QuestionNo, QUESTION_COUNT};
use crate::core::scoring::score;
use crate::core::time::Timestamp;
use crate::features::after::model::Beyond;
use crate::store::records::{
    answers_from_map, answers_to_map, imported_profile, Note, Records, StoredRecords,
};

/// The export file: everything the app keeps, as one JSON document. Written by [`export`], read
/// by [`parse_import`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportFile {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`EXPORT_SCHEMA_VERSION`] when written by this app.
    pub schema_version: u32,
    /// The app version that wrote it (for support; not used when reading).
    #[serde(default)]
    pub app_version: String,
    /// When it was written (informational; a file whose time is missing or not a timestamp
    /// reads as `None`, and `None` is written as `""`).
    #[serde(serialize_with = "crate::core::time::text_or_empty")]
    pub exported_at: Option<Timestamp>,
    /// The diagnosis in progress (may be partial or empty).
    #[serde(default)]
    pub current: BTreeMap<QuestionNo, Choice>,
    /// The history entry of the diagnosis in progress, once it has reached its result (files
    /// written before this field existed have none; see [`ExportFile::current_entry`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_entry: Option<String>,
    /// History, plan and profile.
    pub records: Records,
    /// What [`parse_import`] dropped from `records` as invalid. Never written to the file.
    #[serde(skip)]
    pub dropped: Vec<Note>,
}

/// An [`ExportFile`] as read, before its records are checked ([`StoredRecords::sanitize`]).
#[derive(Deserialize)]
struct StoredExport {
    format: String,
    schema_version: u32,
    #[serde(default)]
    app_version: String,
    #[serde(default, deserialize_with = "crate::core::time::lenient")]
    exported_at: Option<Timestamp>,
    #[serde(default)]
    current: BTreeMap<QuestionNo, Choice>,
    #[serde(default)]
    current_entry: Option<String>,
    #[serde(default)]
    records: StoredRecords,
}

impl ExportFile {
    /// The diagnosis in progress as [`Answers`].
    pub fn current_answers(&self) -> Answers {
        answers_from_map(&self.current)
    }

    /// The history entry the diagnosis in progress belongs to, for a browser that takes it
    /// over: the file's `current_entry` if it is one of the file's entries; in a file without
    /// that field, the latest entry when its answers are exactly the ones in progress (as when a
    /// saved v2 session is migrated). `None` otherwise: its next result will be a new entry.
    ///
    /// ```
    /// use jishin_shindan::store::state::State;
    /// use jishin_shindan::store::transfer::{export, parse_import};
    /// use jishin_shindan::store::Action;
    /// use jishin_shindan::core::{Answers, Choice};
    /// let mut state = State::default();
    /// let answers = Answers::all(Choice::Done);
    /// state.apply(Action::Adopt(answers, None), "2026-11-25T10:15:00.000Z");
    /// state.apply(Action::ShowResult, "2026-11-25T10:15:00.000Z");
    /// let (records, id) = (state.records, state.session.entry.unwrap());
    /// let file = parse_import(&export(&answers, Some(&id), &records, "1", "2026-11-26T00:00:00.000Z")).unwrap();
    /// assert_eq!(file.current_entry(), Some(id));
    /// ```
    pub fn current_entry(&self) -> Option<String> {
        match &self.current_entry {
            Some(id) => self.records.find(id).map(|e| e.id.clone()),
            None => self
                .records
                .latest()
                .filter(|e| {
                    answers_from_map(&self.current).is_complete() && e.answers == self.current
                })
                .map(|e| e.id.clone()),
        }
    }
}

/// The export file's JSON (pretty-printed, UTF-8). Save it as e.g.
/// `jishin-shindan-YYYY-MM-DD.json` with type `application/json`.
///
/// ```
/// use jishin_shindan::store::records::Records;
/// use jishin_shindan::store::transfer::{export, parse_import};
/// use jishin_shindan::core::{Answers, Choice};
/// let current = Answers::new().with(1, Choice::Done);
/// let json = export(&current, None, &Records::default(), "1.2.3", "2026-11-25T10:15:00.000Z");
/// let file = parse_import(&json).unwrap();
/// assert_eq!(file.current_answers(), current);
/// assert_eq!(file.app_version, "1.2.3");
/// ```
pub fn export(
    current: &Answers,
    current_entry: Option<&str>,
    records: &Records,
    app_version: &str,
    exported_at: &str,
) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT.to_string(),
        schema_version: EXPORT_SCHEMA_VERSION,
        app_version: app_version.to_string(),
        exported_at: Timestamp::parse(exported_at),
        current: answers_to_map(current),
        current_entry: current_entry.map(str::to_string),
        records: records.clone(),
        dropped: Vec::new(),
    };
    // Plain data with integer map keys always serialises; never panic if it somehow did not.
    serde_json::to_string_pretty(&file).unwrap_or_else(|_| "{}".to_string())
}

/// Reads and checks an export file. Never panics.
///
/// Checks in order: size ([`MAX_IMPORT_BYTES`]), JSON syntax, the `format` marker, the
/// `schema_version` (newer → [`ImportError::UnsupportedVersion`]), the types of all known
/// fields, and question numbers of the answers in progress. Unknown fields are ignored, and a
/// leading UTF-8 BOM is allowed. Invalid history and plan entries do not fail the import: they
/// are dropped by [`StoredRecords::sanitize`] and listed in [`ExportFile::dropped`].
///
/// ```
/// use jishin_shindan::store::transfer::{parse_import, ImportError};
/// assert_eq!(parse_import("{}"), Err(ImportError::WrongFormat));
/// assert_eq!(
///     parse_import(r#"{"format":"jishin-shindan-export","schema_version":2}"#),
///     Err(ImportError::UnsupportedVersion(2))
/// );
/// ```
pub fn parse_import(raw: &str) -> Result<ExportFile, ImportError> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: raw.len() });
    }
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| ImportError::NotJson)?;
    // Checked on the generic value first: serde would also fill a struct from a JSON array.
    let object = value.as_object().ok_or(ImportError::WrongFormat)?;
    if object.get("format").and_then(|f| f.as_str()) != Some(EXPORT_FORMAT) {
        return Err(ImportError::WrongFormat);
    }
    match object.get("schema_version").and_then(|v| v.as_u64()) {
        None => return Err(ImportError::Invalid(Invalid::NoSchemaVersion)),
        Some(0) => return Err(ImportError::Invalid(Invalid::SchemaVersionZero)),
        Some(v) if v > u64::from(EXPORT_SCHEMA_VERSION) => {
            return Err(ImportError::UnsupportedVersion(v))
        }
        Some(_) => {}
    }
    let file: StoredExport = serde_json::from_str(raw).map_err(|e| {
        ImportError::Invalid(Invalid::At {
            line: e.line(),
            column: e.column(),
        })
    })?;
    if let Some(bad) = file
        .current
        .keys()
        .find(|no| !(1..=QUESTION_COUNT as u8).contains(no))
    {
        return Err(ImportError::Invalid(Invalid::QuestionNo(*bad)));
    }
    let (records, dropped) = file.records.sanitize();
    Ok(ExportFile {
        format: file.format,
        schema_version: file.schema_version,
        app_version: file.app_version,
        exported_at: file.exported_at,
        current: file.current,
        current_entry: file.current_entry,
        records,
        dropped,
    })
}

/// What happens to the diagnosis in progress on import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CurrentAction {
    /// This browser has no answers in progress: the file's are taken over.
    Adopt,
    /// This browser already has answers in progress: they are kept, the file's are ignored.
    KeepLocal,
    /// The file has no answers in progress, or the same ones as this browser.
    Nothing,
}

/// What an import would change, for the confirmation screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    /// Diagnoses in the file that are not in this browser's history (they will be added).
    pub new_history: usize,
    /// Diagnoses in the file already in this browser's history (nothing changes), counting
    /// [`ImportPreview::updated_history`] too.
    pub duplicate_history: usize,
    /// Of those, diagnoses whose answers were reviewed later in the file than here (the file's
    /// answers will be taken over for them).
    pub updated_history: usize,
    /// Plan tasks the file has a newer (or the only) record of, and that differ from this
    /// browser's (they will be taken over).
    pub plan_updates: usize,
    /// Plan tasks that differ, where this browser's record is as new or newer (kept).
    pub plan_kept_local_newer: usize,
    /// The company/respondent names will be taken from the file (this browser has none).
    pub profile_adopted: bool,
    /// What happens to the diagnosis in progress.
    pub current_answers: CurrentAction,
    /// The file's 「診断の後に」 data (★★ ticks, step-up answers, drafts) is newer in some part
    /// and will be taken over for that part.
    pub beyond_updated: bool,
}

impl ImportPreview {
    /// True when importing would change nothing at all.
    pub fn is_noop(&self) -> bool {
        self.new_history == 0
            && self.updated_history == 0
            && self.plan_updates == 0
            && !self.profile_adopted
            && !self.beyond_updated
            && self.current_answers != CurrentAction::Adopt
    }
}

/// How the file's answers in progress compare with this browser's.
fn current_action(local: &Answers, incoming: &Answers) -> CurrentAction {
    if incoming.is_empty() || incoming == local {
        CurrentAction::Nothing
    } else if local.is_empty() {
        CurrentAction::Adopt
    } else {
        CurrentAction::KeepLocal
    }
}

/// What an import of `incoming` would do to this browser's data; importing it
/// (`RecordsAction::Import`, [`taken_over`]) does exactly this.
///
/// ```
/// use jishin_shindan::store::records::Records;
/// use jishin_shindan::store::state::State;
/// use jishin_shindan::store::transfer::{export, parse_import, preview, CurrentAction};
/// use jishin_shindan::store::Action;
/// use jishin_shindan::core::{Answers, Choice};
/// let mut state = State::default();
/// state.apply(Action::Adopt(Answers::all(Choice::Done), None), "2026-11-25T10:15:00.000Z");
/// state.apply(Action::ShowResult, "2026-11-25T10:15:00.000Z");
/// let theirs = state.records;
/// let file = parse_import(&export(&Answers::new(), None, &theirs, "1", "2026-11-26T00:00:00.000Z")).unwrap();
/// let p = preview(&Answers::new(), &Records::default(), &file);
/// assert_eq!((p.new_history, p.duplicate_history), (1, 0));
/// assert_eq!(p.current_answers, CurrentAction::Nothing);
/// ```
pub fn preview(local_current: &Answers, local: &Records, incoming: &ExportFile) -> ImportPreview {
    let mut duplicate_history = 0;
    let mut updated_history = 0;
    for theirs in &incoming.records.history {
        if let Some(ours) = local.find(&theirs.id) {
            duplicate_history += 1;
            if theirs.changed_at() > ours.changed_at() {
                updated_history += 1;
            }
        }
    }
    let mut plan_updates = 0;
    let mut plan_kept_local_newer = 0;
    for (no, theirs) in &incoming.records.plan {
        match local.plan.get(no) {
            Some(ours) if ours == theirs => {}
            Some(ours) if ours.updated_at >= theirs.updated_at => plan_kept_local_newer += 1,
            _ => plan_updates += 1,
        }
    }
    ImportPreview {
        new_history: incoming.records.history.len() - duplicate_history,
        duplicate_history,
        updated_history,
        plan_updates,
        plan_kept_local_newer,
        profile_adopted: imported_profile(local, &incoming.records) != local.profile,
        current_answers: current_action(local_current, &incoming.current_answers()),
        beyond_updated: Beyond::merge(&local.beyond, &incoming.records.beyond) != local.beyond,
    }
}

/// Importing a file, once confirmed (`features::history`): the records merge through
/// `RecordsAction::Import` ([`crate::store::records::import_records`]), and the answers in progress are this: the file's
/// when this browser has none of its own (see [`CurrentAction`]), otherwise `None` (this browser
/// keeps its own). Nothing newer is ever overwritten:
///
/// - history: the union by id, sorted by `completed_at` (an entry already here is kept unless
///   the file's copy of the same diagnosis was reviewed later);
/// - plan: per question, the record with the later `updated_at` (compared as moments:
///   [`Timestamp`]); on a tie this browser's record stays;
/// - profile: each name from this browser unless it is empty.
///
/// ```
/// use jishin_shindan::core::{Answers, Choice};
/// use jishin_shindan::store::records::{RecordsAction, TaskChange};
/// use jishin_shindan::store::state::State;
/// use jishin_shindan::store::transfer::{export, parse_import, taken_over};
/// let mut ours = State::default();
/// ours.apply(RecordsAction::Task(1, TaskChange::Note("新しい".into())), "2026-12-01T00:00:00.000Z");
/// let mut theirs = State::default();
/// theirs.apply(RecordsAction::Task(1, TaskChange::Note("古い".into())), "2026-11-01T00:00:00.000Z");
/// let file = parse_import(&export(&Answers::all(Choice::Done), None, &theirs.records, "1", "2026-11-02T00:00:00.000Z")).unwrap();
/// ours.apply(RecordsAction::Import(Box::new(file.records.clone())), "2026-12-02T00:00:00.000Z");
/// assert_eq!(ours.records.task(1).note, "新しい");
/// assert_eq!(taken_over(&Answers::new(), &file), Some(Answers::all(Choice::Done)));
/// ```
pub fn taken_over(local_current: &Answers, incoming: &ExportFile) -> Option<Answers> {
    (current_action(local_current, &incoming.current_answers()) == CurrentAction::Adopt)
        .then(|| incoming.current_answers())
}

fn csv_row(out: &mut String, fields: &[&str]) {
    let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// The header row of [`result_csv`].
pub const CSV_HEADER: [&str; 7] = ["No", "Part", "質問", "回答", "点数", "解説見出し", "対策例"];

/// A result as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Japanese), CR LF line
/// ends, the [`CSV_HEADER`] row, one row per question (unanswered: 回答 「未回答」, 点数 empty;
/// several 対策例 are joined by line breaks), then the rows `A`, `B`, `C` and `合計` with their
/// points in the 点数 column, and a last row `診断日時` with `completed_at` in the 質問 column,
/// written for the people who read it: the device's local time with its offset stated
/// (`2026-12-07 04:44 (UTC+09:00)`, `offset_minutes` east of UTC; see
/// [`crate::core::time::local_time_text`]). Save it as e.g. `jishin-shindan-YYYY-MM-DD.csv`
/// with type `text/csv`.
///
/// ```
/// use jishin_shindan::store::transfer::result_csv;
/// use jishin_shindan::core::{Answers, Choice};
/// let csv = result_csv(&Answers::all(Choice::Done), "2026-12-06T19:44:32.083Z", 540);
/// assert!(csv.starts_with("\u{feff}No,Part,質問,回答,点数,解説見出し,対策例\r\n"));
/// assert!(csv.contains("\r\n合計,,,,100,,\r\n"));
/// assert!(csv.ends_with("\r\n診断日時,,2026-12-07 04:44 (UTC+09:00),,,,\r\n"));
/// ```
pub fn result_csv(answers: &Answers, completed_at: &str, offset_minutes: i32) -> String {
    let mut out = String::from("\u{feff}");
    csv_row(&mut out, &CSV_HEADER);
    for q in &catalog::QUESTIONS {
        let choice = answers.get(q.no);
        let no = q.no.to_string();
        let part = q.part.number().to_string();
        let points = choice.map(|c| c.points().to_string()).unwrap_or_default();
        let examples = q.examples.join("\n");
        csv_row(
            &mut out,
            &[
                &no,
                &part,
                q.text,
                choice.map_or("未回答", Choice::label),
                &points,
                q.heading,
                &examples,
            ],
        );
    }
    let tally = score(answers);
    for (label, text, value) in [
        ("A", "「実施している」の合計点", tally.a),
        ("B", "「一部実施している」の合計点", tally.b),
        ("C", "「わからない」の合計点", tally.c),
        ("合計", "", tally.total()),
    ] {
        csv_row(&mut out, &[label, "", text, "", &value.to_string(), "", ""]);
    }
    let when = crate::core::time::local_time_text(completed_at, offset_minutes);
    csv_row(&mut out, &["診断日時", "", &when, "", "", "", ""]);
    out
}

/// Reads an export file of this app as a source of 「複数の結果をまとめる」 (`text`, named `name`):
/// its latest completed diagnosis,
/// or, when its history is empty, its answers in progress if all 25 are given.
///
/// ```
/// use jishin_shindan::store::transfer::read_combine_file;
/// use jishin_shindan::store::records::Records;
/// use jishin_shindan::store::transfer::export;
/// use jishin_shindan::core::{Answers, Choice};
/// let json = export(&Answers::all(Choice::Partial), None, &Records::default(), "1", "2026-11-25T10:15:00.000Z");
/// let source = read_combine_file("本社.json", &json).unwrap();
/// assert_eq!((source.label(), source.total()), ("本社.json", 50));
/// assert!(read_combine_file("memo.txt", "hello").unwrap_err().to_string().contains("「memo.txt」"));
/// ```
pub fn read_combine_file(name: &str, text: &str) -> Result<Source, SourceError> {
    let file = parse_import(text).map_err(|e| SourceError::new(name, SourceProblem::Import(e)))?;
    let answers = match file.records.latest() {
        Some(entry) => entry.answers(),
        None => file.current_answers(),
    };
    Source::new(name, answers).ok_or_else(|| SourceError::new(name, SourceProblem::NoCompleted))
}
