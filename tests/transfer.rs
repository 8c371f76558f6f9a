//! Export / import: round trip, preview counts, a merge that never overwrites newer data,
//! rejection of malformed, huge, future and hostile files; and the CSV of a result.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::{catalog, Answers, Choice};
use jishin_shindan::store::records::{Profile, Records, TaskChange, TaskState};
use jishin_shindan::store::transfer::{
    csv_field, export, parse_import, preview, result_csv, CurrentAction, ExportFile, ImportError,
    CSV_HEADER, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, MAX_IMPORT_BYTES,
};
use proptest::prelude::*;

mod common;

const T1: &str = "2026-05-10T09:00:00.000Z";
const T2: &str = "2026-11-25T10:15:00.000Z";
const T3: &str = "2027-05-20T08:30:00.000Z";
const NOW: &str = "2027-06-01T12:00:00.000Z";

fn records_with(history: &[(&Answers, &str)]) -> Records {
    let mut r = Records::default();
    for (a, at) in history {
        common::complete(&mut r, a, at);
    }
    r
}

fn file_of(current: &Answers, records: &Records) -> ExportFile {
    parse_import(&export(current, None, records, "0.1.0", NOW)).unwrap()
}

fn import_error(raw: &str) -> ImportError {
    let e = parse_import(raw).unwrap_err();
    assert!(!e.text(Lang::Ja).is_empty());
    e
}

// ---- round trip --------------------------------------------------------------------------

#[test]
fn export_then_import_gives_back_everything() {
    let mut records = records_with(&[
        (&Answers::all(Choice::Partial), T1),
        (&Answers::all(Choice::Done).with(3, Choice::Unknown), T2),
    ]);
    records.profile = Profile {
        company: "株式会社サンプル".into(),
        respondent: "佐藤 \"花子\"".into(),
    };
    common::task(&mut records, 3, TaskChange::Done(true), T2);
    common::task(
        &mut records,
        3,
        TaskChange::Note("IT業者に確認済み\n次回は4月".into()),
        T2,
    );
    common::task(
        &mut records,
        3,
        TaskChange::TargetDate("2027-04-30".into()),
        T2,
    );
    let current = Answers::new()
        .with(1, Choice::Done)
        .with(6, Choice::Unknown);
    let json = export(&current, None, &records, "0.1.0", NOW);
    let file = parse_import(&json).unwrap();
    assert_eq!(file.format, EXPORT_FORMAT);
    assert_eq!(file.schema_version, EXPORT_SCHEMA_VERSION);
    assert_eq!(file.app_version, "0.1.0");
    assert_eq!(file.exported_at.clone().unwrap(), NOW);
    assert_eq!(file.current_answers(), current);
    assert_eq!(file.records, records);
    assert!(file.dropped.is_empty());
}

#[test]
fn export_is_pretty_json_with_the_format_marker_first() {
    let json = export(&Answers::new(), None, &Records::default(), "0.1.0", NOW);
    assert!(
        json.starts_with("{\n  \"format\": \"jishin-shindan-export\",\n  \"schema_version\": 1,")
    );
    assert!(!json.contains("dropped"));
}

#[test]
fn importing_into_an_empty_browser_adopts_everything() {
    let theirs = records_with(&[(&Answers::all(Choice::Done), T2)]);
    let current = Answers::new().with(2, Choice::Partial);
    let file = file_of(&current, &theirs);
    let p = preview(&Answers::new(), &Records::default(), &file);
    assert_eq!(p.new_history, 1);
    assert_eq!(p.duplicate_history, 0);
    assert_eq!(p.current_answers, CurrentAction::Adopt);
    let (merged_current, merged) = common::import(&Answers::new(), &Records::default(), &file);
    assert_eq!(merged_current, current);
    assert_eq!(merged, theirs);
}

// ---- preview and merge -------------------------------------------------------------------

#[test]
fn preview_counts_new_and_duplicate_history_and_plan_changes() {
    let a = Answers::all(Choice::Done);
    let b = Answers::all(Choice::Partial);
    let c = Answers::all(Choice::NotDone);
    let mut ours = records_with(&[(&a, T1), (&b, T2)]);
    let mut theirs = records_with(&[(&b, T2), (&c, T3)]);
    // No.1: theirs newer → update. No.2: ours newer → kept. No.3: same time, different → kept
    // (tie keeps local). No.4: identical → neither. No.5: only theirs → update.
    common::task(
        &mut ours,
        1,
        TaskChange::Note("古い".into()),
        "2027-01-01T00:00:00.000Z",
    );
    common::task(
        &mut theirs,
        1,
        TaskChange::Note("新しい".into()),
        "2027-02-01T00:00:00.000Z",
    );
    common::task(
        &mut ours,
        2,
        TaskChange::Done(true),
        "2027-03-01T00:00:00.000Z",
    );
    common::task(
        &mut theirs,
        2,
        TaskChange::Done(false),
        "2027-02-01T00:00:00.000Z",
    );
    common::task(
        &mut ours,
        3,
        TaskChange::Note("こちら".into()),
        "2027-02-01T00:00:00.000Z",
    );
    common::task(
        &mut theirs,
        3,
        TaskChange::Note("あちら".into()),
        "2027-02-01T00:00:00.000Z",
    );
    common::task(
        &mut ours,
        4,
        TaskChange::Done(true),
        "2027-02-01T00:00:00.000Z",
    );
    common::task(
        &mut theirs,
        4,
        TaskChange::Done(true),
        "2027-02-01T00:00:00.000Z",
    );
    common::task(
        &mut theirs,
        5,
        TaskChange::Done(true),
        "2027-02-01T00:00:00.000Z",
    );
    let file = file_of(&Answers::new(), &theirs);
    let p = preview(&Answers::new(), &ours, &file);
    assert_eq!(p.new_history, 1);
    assert_eq!(p.duplicate_history, 1);
    assert_eq!(p.plan_updates, 2);
    assert_eq!(p.plan_kept_local_newer, 2);
    assert_eq!(p.current_answers, CurrentAction::Nothing);
    assert!(!p.profile_adopted);
    assert!(!p.is_noop());

    let (_, merged) = common::import(&Answers::new(), &ours, &file);
    let times: Vec<&str> = merged
        .history
        .iter()
        .map(|e| e.completed_at.as_str())
        .collect();
    assert_eq!(times, vec![T1, T2, T3]);
    assert_eq!(merged.task(1).note, "新しい");
    assert!(merged.task(2).done, "our newer tick survives");
    assert_eq!(merged.task(3).note, "こちら", "a tie keeps ours");
    assert!(merged.task(4).done);
    assert!(merged.task(5).done);
}

#[test]
fn merge_never_overwrites_newer_local_data() {
    let mut ours = records_with(&[(&Answers::all(Choice::Done), T3)]);
    ours.profile = Profile {
        company: "新社名".into(),
        respondent: String::new(),
    };
    for no in 1..=25 {
        let at = "2027-06-01T00:00:00.000Z";
        common::task(&mut ours, no, TaskChange::Done(true), at);
        common::task(&mut ours, no, TaskChange::Note(format!("最新 {no}")), at);
    }
    let mut theirs = records_with(&[(&Answers::all(Choice::Done), T3)]);
    theirs.profile = Profile {
        company: "旧社名".into(),
        respondent: "鈴木".into(),
    };
    for no in 1..=25 {
        common::task(
            &mut theirs,
            no,
            TaskChange::Note("古い".into()),
            "2027-05-31T23:59:59.999Z",
        );
    }
    let our_current = Answers::new().with(1, Choice::Done);
    let file = file_of(&Answers::all(Choice::Unknown), &theirs);

    let p = preview(&our_current, &ours, &file);
    assert_eq!(p.plan_updates, 0);
    assert_eq!(p.plan_kept_local_newer, 25);
    assert_eq!(p.current_answers, CurrentAction::KeepLocal);
    assert!(p.profile_adopted, "the empty respondent is filled in");

    let (current, merged) = common::import(&our_current, &ours, &file);
    assert_eq!(current, our_current);
    for no in 1..=25u8 {
        assert_eq!(merged.task(no), ours.task(no));
    }
    assert_eq!(merged.profile.company, "新社名");
    assert_eq!(merged.profile.respondent, "鈴木");
    assert_eq!(merged.history, ours.history);
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let theirs = records_with(&[
        (&Answers::all(Choice::Done), T1),
        (&Answers::all(Choice::NotDone), T2),
    ]);
    let file = file_of(&Answers::new().with(4, Choice::Done), &theirs);
    let (current, once) = common::import(&Answers::new(), &Records::default(), &file);
    let p = preview(&current, &once, &file);
    assert_eq!(p.new_history, 0);
    assert_eq!(p.duplicate_history, 2);
    assert_eq!(p.current_answers, CurrentAction::Nothing);
    assert!(p.is_noop());
    let (current2, twice) = common::import(&current, &once, &file);
    assert_eq!((current2, &twice), (current, &once));
}

#[test]
fn preview_matches_what_merge_does() {
    let ours = records_with(&[(&Answers::all(Choice::Done), T1)]);
    let theirs = records_with(&[
        (&Answers::all(Choice::Done), T1),
        (&Answers::all(Choice::Partial), T2),
        (&Answers::all(Choice::Unknown), T3),
    ]);
    let file = file_of(&Answers::new(), &theirs);
    let p = preview(&Answers::new(), &ours, &file);
    let (_, merged) = common::import(&Answers::new(), &ours, &file);
    assert_eq!(merged.history.len(), ours.history.len() + p.new_history);
}

// ---- rejected files ----------------------------------------------------------------------

// ---- same-day diagnoses and reviewed entries (issue 17) -------------------------------------

#[test]
fn three_diagnoses_of_one_day_survive_export_and_import_into_a_fresh_browser() {
    let mut records = Records::default();
    for (at, choice) in [
        ("2026-11-29T01:00:00.000Z", Choice::Partial),
        ("2026-11-29T02:00:00.000Z", Choice::Done),
        ("2026-11-29T03:00:00.000Z", Choice::Done),
    ] {
        common::complete(&mut records, &Answers::all(choice), at);
    }
    let file = file_of(&Answers::new(), &records);
    let p = preview(&Answers::new(), &Records::default(), &file);
    assert_eq!(
        (p.new_history, p.duplicate_history, p.updated_history),
        (3, 0, 0)
    );
    let (_, merged) = common::import(&Answers::new(), &Records::default(), &file);
    assert_eq!(merged.history, records.history);
    // And importing into the browser it came from adds nothing.
    let (_, again) = common::import(&Answers::new(), &records, &file);
    assert_eq!(again, records);
}

#[test]
fn an_entry_reviewed_later_in_the_file_takes_the_files_answers_and_never_the_reverse() {
    let mut here = Records::default();
    let id = common::complete(&mut here, &Answers::all(Choice::Partial), T1);
    let mut there = here.clone();
    common::reach_result(&mut there, Some(&id), &Answers::all(Choice::Done), T2);
    // The file reviewed it later: its answers win, and the preview says so.
    let file = file_of(&Answers::new(), &there);
    let p = preview(&Answers::new(), &here, &file);
    assert_eq!(
        (p.new_history, p.duplicate_history, p.updated_history),
        (0, 1, 1)
    );
    assert!(!p.is_noop());
    let (_, merged) = common::import(&Answers::new(), &here, &file);
    assert_eq!(merged.history.len(), 1);
    assert_eq!(merged.find(&id).unwrap().total(), 100);
    // This browser reviewed it later: an older file changes nothing.
    let file = file_of(&Answers::new(), &here);
    let p = preview(&Answers::new(), &there, &file);
    assert_eq!((p.duplicate_history, p.updated_history), (1, 0));
    assert!(p.is_noop());
    let (_, merged) = common::import(&Answers::new(), &there, &file);
    assert_eq!(merged, there);
}

#[test]
fn a_diagnosis_in_progress_taken_over_from_a_file_keeps_its_entry() {
    let answers = Answers::all(Choice::Partial);
    let mut records = Records::default();
    let id = common::complete(&mut records, &answers, T2);
    // Written by this app: the entry is in the file.
    let json = export(&answers, Some(&id), &records, "0.1.0", NOW);
    assert!(json.contains("\"current_entry\""));
    assert_eq!(
        parse_import(&json).unwrap().current_entry(),
        Some(id.clone())
    );
    // An id that is not one of the file's entries belongs to nothing.
    let file = parse_import(&export(&answers, Some("nope"), &records, "0.1.0", NOW)).unwrap();
    assert_eq!(file.current_entry(), None);
    // A file from before the field: the latest entry if its answers are the ones in progress.
    let older = parse_import(&export(&answers, None, &records, "0.1.0", NOW)).unwrap();
    assert_eq!(older.current_entry(), Some(id));
    let other = parse_import(&export(
        &Answers::all(Choice::Done),
        None,
        &records,
        "0.1.0",
        NOW,
    ))
    .unwrap();
    assert_eq!(other.current_entry(), None);
    let partial = parse_import(&export(
        &Answers::new().with(1, Choice::Partial),
        None,
        &records,
        "0.1.0",
        NOW,
    ))
    .unwrap();
    assert_eq!(partial.current_entry(), None);
}

#[test]
fn files_over_5_mb_are_rejected_before_parsing() {
    let huge = format!(
        "{{\"format\":\"{EXPORT_FORMAT}\",\"schema_version\":1,\"pad\":\"{}\"}}",
        " ".repeat(MAX_IMPORT_BYTES)
    );
    let e = import_error(&huge);
    assert!(matches!(e, ImportError::TooLarge { .. }));
    assert!(e.text(Lang::Ja).contains("5 MB"));
}

#[test]
fn non_json_is_rejected() {
    for raw in ["", "not json", "{\"format\":", "\u{0}", "<html></html>"] {
        assert_eq!(import_error(raw), ImportError::NotJson, "{raw:?}");
    }
    assert!(ImportError::NotJson
        .text(Lang::Ja)
        .contains("読み取れません"));
}

#[test]
fn json_of_another_kind_is_rejected() {
    for raw in [
        "{}",
        "[]",
        "42",
        "\"jishin-shindan-export\"",
        r#"["jishin-shindan-export", 1]"#,
        r#"{"format":"other-app","schema_version":1}"#,
        r#"{"version":1,"answers":{},"step":"intro","last_part":"basic"}"#,
    ] {
        assert_eq!(import_error(raw), ImportError::WrongFormat, "{raw}");
    }
    assert!(ImportError::WrongFormat
        .text(Lang::Ja)
        .contains("ではありません"));
}

#[test]
fn files_from_a_newer_app_are_rejected_with_the_version() {
    let e = import_error(r#"{"format":"jishin-shindan-export","schema_version":2,"new":{}}"#);
    assert_eq!(e, ImportError::UnsupportedVersion(2));
    assert!(e.text(Lang::Ja).contains("形式 2"));
    assert!(e.text(Lang::Ja).contains("更新"));
}

#[test]
fn a_missing_or_zero_schema_version_is_invalid() {
    for raw in [
        r#"{"format":"jishin-shindan-export"}"#,
        r#"{"format":"jishin-shindan-export","schema_version":"1"}"#,
        r#"{"format":"jishin-shindan-export","schema_version":0}"#,
        r#"{"format":"jishin-shindan-export","schema_version":-1}"#,
    ] {
        assert!(
            matches!(import_error(raw), ImportError::Invalid(_)),
            "{raw}"
        );
    }
}

#[test]
fn wrongly_typed_values_are_rejected_with_their_position() {
    let raw = "{\"format\":\"jishin-shindan-export\",\"schema_version\":1,\n\"current\":{\"1\":\"maybe\"}}";
    let e = import_error(raw);
    assert!(matches!(e, ImportError::Invalid(_)));
    assert!(e.text(Lang::Ja).contains("2行目"), "{}", e.text(Lang::Ja));
    let big_key =
        r#"{"format":"jishin-shindan-export","schema_version":1,"current":{"300":"done"}}"#;
    assert!(matches!(import_error(big_key), ImportError::Invalid(_)));
    let bad_records =
        r#"{"format":"jishin-shindan-export","schema_version":1,"records":{"history":"all"}}"#;
    assert!(matches!(import_error(bad_records), ImportError::Invalid(_)));
}

#[test]
fn answers_in_progress_for_question_26_are_rejected() {
    let raw = r#"{"format":"jishin-shindan-export","schema_version":1,"current":{"26":"done"}}"#;
    let e = import_error(raw);
    assert!(e.text(Lang::Ja).contains("No.26"), "{}", e.text(Lang::Ja));
}

#[test]
fn unknown_fields_are_ignored_and_a_bom_is_allowed() {
    let raw = "\u{feff}{\"format\":\"jishin-shindan-export\",\"schema_version\":1,\"from_the_future\":[1,{\"a\":null}],\"current\":{\"3\":\"partial\"}}";
    let file = parse_import(raw).unwrap();
    assert_eq!(
        file.current_answers(),
        Answers::new().with(3, Choice::Partial)
    );
    assert_eq!(file.records, Records::default());
}

#[test]
fn invalid_records_are_dropped_and_listed_not_fatal() {
    let mut theirs = records_with(&[(&Answers::all(Choice::Done), T2)]);
    theirs.plan.insert(
        9,
        TaskState {
            note: "長".repeat(501),
            ..TaskState::default()
        },
    );
    let mut json: serde_json::Value =
        serde_json::from_str(&export(&Answers::new(), None, &theirs, "0.1.0", NOW)).unwrap();
    json["records"]["history"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"completed_at": "2026-13-01T00:00:00.000Z"}));
    let file = parse_import(&json.to_string()).unwrap();
    assert_eq!(file.records.history.len(), 1);
    assert!(file.records.plan.is_empty());
    assert_eq!(file.dropped.len(), 2, "{:?}", file.dropped);
}

#[test]
fn hostile_files_are_rejected_without_panicking() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(import_error(&deep), ImportError::NotJson);
    let deep_inside = format!(
        "{{\"format\":\"jishin-shindan-export\",\"schema_version\":1,\"x\":{}{}}}",
        "{\"a\":".repeat(5_000),
        "}".repeat(5_000)
    );
    assert_eq!(import_error(&deep_inside), ImportError::NotJson);
    let huge_number = r#"{"format":"jishin-shindan-export","schema_version":1e999999}"#.to_string();
    assert!(parse_import(&huge_number).is_err());
    let big_version = r#"{"format":"jishin-shindan-export","schema_version":18446744073709551615}"#;
    assert_eq!(
        import_error(big_version),
        ImportError::UnsupportedVersion(u64::MAX)
    );
}

#[test]
fn a_thousand_entry_history_with_notes_fits_well_under_the_limit() {
    let mut records = Records::default();
    records.profile.company = "社".repeat(100);
    let mut date = jishin_shindan::core::time::CivilDate::parse("2020-01-01").unwrap();
    for _ in 0..1000 {
        common::complete(
            &mut records,
            &Answers::all(Choice::Unknown),
            &format!("{date}T00:00:00.000Z"),
        );
        date = date.next_day().unwrap();
    }
    for no in 1..=25 {
        common::task(&mut records, no, TaskChange::Note("メ".repeat(500)), NOW);
    }
    let json = export(&Answers::all(Choice::Done), None, &records, "0.1.0", NOW);
    assert!(json.len() < MAX_IMPORT_BYTES / 2, "{} bytes", json.len());
    assert_eq!(parse_import(&json).unwrap().records, records);
}

// ---- CSV ---------------------------------------------------------------------------------

/// Splits CSV text into rows of fields (RFC 4180, CR LF rows).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR must be followed by LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "last row must end with CR LF"
    );
    rows
}

#[test]
fn csv_starts_with_a_bom_and_the_exact_header() {
    let csv = result_csv(&Answers::all(Choice::Done), "2026-11-25", 540);
    assert!(csv.starts_with("\u{feff}No,Part,質問,回答,点数,解説見出し,対策例\r\n"));
    assert_eq!(
        CSV_HEADER,
        ["No", "Part", "質問", "回答", "点数", "解説見出し", "対策例"]
    );
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn csv_has_one_row_per_question_then_the_tally() {
    // 5 一部 (10) + 5 わからない (−5) + 15 実施している (60) → A 60, B 10, C −5, 合計 65.
    let mut answers = Answers::all(Choice::Done);
    for no in 1..=5 {
        answers.set(no, Some(Choice::Partial));
    }
    for no in 21..=25 {
        answers.set(no, Some(Choice::Unknown));
    }
    let csv = result_csv(&answers, "2026-11-25T10:15:00.000Z", 540);
    let rows = parse_csv(csv.strip_prefix('\u{feff}').unwrap());
    assert_eq!(rows.len(), 1 + 25 + 4 + 1);
    assert!(rows.iter().all(|r| r.len() == 7));
    let q1 = &catalog::QUESTIONS[0];
    assert_eq!(
        rows[1],
        vec![
            "1".to_string(),
            "1".into(),
            q1.text.into(),
            "一部実施している".into(),
            "2".into(),
            q1.heading.into(),
            q1.examples[0].into(),
        ]
    );
    assert_eq!(rows[25][0], "25");
    assert_eq!(rows[25][1], "3");
    assert_eq!(rows[25][3], "わからない");
    assert_eq!(rows[25][4], "-1");
    let tally: Vec<(&str, &str)> = rows[26..30]
        .iter()
        .map(|r| (r[0].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(
        tally,
        vec![("A", "60"), ("B", "10"), ("C", "-5"), ("合計", "65")]
    );
    assert_eq!(rows[30][0], "診断日時");
    assert_eq!(rows[30][2], "2026-11-25 19:15 (UTC+09:00)");
}

#[test]
fn csv_dates_the_diagnosis_on_the_owners_clock_with_the_offset_stated() {
    let last_cell = |completed_at: &str, offset: i32| {
        let csv = result_csv(&Answers::all(Choice::Done), completed_at, offset);
        let rows = parse_csv(csv.strip_prefix('\u{feff}').unwrap());
        assert_eq!(rows[30][0], "診断日時");
        rows[30][2].clone()
    };
    // 19:44 UTC is 04:44 the next day in Tokyo: the date changes across midnight.
    assert_eq!(
        last_cell("2026-12-06T19:44:32.083Z", 540),
        "2026-12-07 04:44 (UTC+09:00)"
    );
    // New York in winter (UTC−5): the same moment is the afternoon before.
    assert_eq!(
        last_cell("2026-12-06T19:44:32.083Z", -300),
        "2026-12-06 14:44 (UTC-05:00)"
    );
    // An early UTC morning is the previous evening in New York in summer (UTC−4).
    assert_eq!(
        last_cell("2026-07-01T02:05:59.999Z", -240),
        "2026-06-30 22:05 (UTC-04:00)"
    );
    // Half-hour zones and UTC itself.
    assert_eq!(
        last_cell("2026-12-31T18:30:00.000Z", 330),
        "2027-01-01 00:00 (UTC+05:30)"
    );
    assert_eq!(
        last_cell("2026-12-06T19:44:32.083Z", 0),
        "2026-12-06 19:44 (UTC+00:00)"
    );
    // A plain date names a day, not a moment: kept as written.
    assert_eq!(last_cell("2026-11-25", 540), "2026-11-25");
}

#[test]
fn csv_marks_unanswered_questions() {
    let csv = result_csv(&Answers::new().with(1, Choice::Done), "2026-11-25", 540);
    let rows = parse_csv(csv.strip_prefix('\u{feff}').unwrap());
    assert_eq!(rows[2][3], "未回答");
    assert_eq!(rows[2][4], "");
}

#[test]
fn csv_quotes_fields_with_commas_quotes_and_line_breaks() {
    let csv = result_csv(&Answers::all(Choice::Done), "2026-11-25 \"朝\", 10時", 540);
    assert!(
        csv.ends_with("診断日時,,\"2026-11-25 \"\"朝\"\", 10時\",,,,\r\n"),
        "{csv}"
    );
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("a\"b"), "\"a\"\"b\"");
    assert_eq!(csv_field("a\nb"), "\"a\nb\"");
    assert_eq!(csv_field("a\rb"), "\"a\rb\"");
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field(""), "");
}

#[test]
fn csv_defuses_formulas_but_keeps_negative_numbers() {
    assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_field("+1"), "'+1");
    assert_eq!(csv_field("-1+2"), "'-1+2");
    assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_field("\tx"), "'\tx");
    assert_eq!(csv_field("-"), "'-");
    assert_eq!(csv_field("-1"), "-1");
    assert_eq!(csv_field("-25"), "-25");
    let csv = result_csv(&Answers::all(Choice::Done), "=cmd|'/c calc'!A1", 540);
    assert!(csv.contains(",'=cmd|'/c calc'!A1,"), "{csv}");
}

// ---- never panics ------------------------------------------------------------------------

proptest! {
    #[test]
    fn parse_import_never_panics_on_any_string(s in any::<String>()) {
        let _ = parse_import(&s);
    }

    #[test]
    fn parse_import_never_panics_on_near_valid_files(
        version in any::<i64>(),
        key in any::<String>(),
        value in any::<String>(),
        extra in "[\\[\\]{}\",:0-9a-z ]{0,40}",
    ) {
        let raw = format!(
            "{{\"format\":\"jishin-shindan-export\",\"schema_version\":{version},\"current\":{{{}:{}}},\"records\":{extra}}}",
            serde_json::to_string(&key).unwrap(),
            serde_json::to_string(&value).unwrap(),
        );
        let _ = parse_import(&raw);
    }

    #[test]
    fn csv_fields_always_parse_back(s in "\\PC{0,30}|[=+@,\"\r\n-]{0,10}") {
        let field = csv_field(&s);
        let rows = parse_csv(&format!("{field}\r\n"));
        let back = &rows[0][0];
        let defused = format!("'{}", s);
        prop_assert!(back == &s || back == &defused);
    }
}
