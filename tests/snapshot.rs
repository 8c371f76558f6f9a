//! The saved-data schema: round trips, the stored v1 fixture, and restores that never panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::draft::DraftKind;
use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::{Answers, Choice, Part};
use jishin_shindan::store::records::Records;
use jishin_shindan::store::snapshot::SNAPSHOT_VERSION;
use jishin_shindan::store::RestoreError;
use jishin_shindan::store::Snapshot;
use jishin_shindan::store::{Action, Session, Step};

mod common;
use common::{restore, stored};

const FIXTURE_V1: &str = include_str!("fixtures/snapshot-v1.json");
const FIXTURE_V2: &str = include_str!("fixtures/snapshot-v2.json");
const FIXTURE_V2_HISTORY: &str = include_str!("fixtures/snapshot-v2-history.json");
const FIXTURE_V3: &str = include_str!("fixtures/snapshot-v3.json");
const FIXTURE_V4: &str = include_str!("fixtures/snapshot-v4.json");

fn run(actions: &[Action]) -> Session {
    let mut s = Session::new();
    for a in actions.iter().cloned() {
        s.apply(a);
    }
    s
}

fn answer_all(s: &mut Session, nos: impl IntoIterator<Item = u8>, choice: Choice) {
    for no in nos {
        s.apply(Action::Answer(no, Some(choice)));
    }
}

/// Saves as the app does and restores through JSON.
fn round_trip(session: &Session) -> Session {
    let json = stored(session, &Records::default(), "9.9.9-test", 0);
    let parsed = Snapshot::from_json(&json).unwrap();
    assert_eq!(parsed, Snapshot::of(session, "9.9.9-test"), "JSON: {json}");
    let (restored, error) = restore(&json);
    assert_eq!(error, None, "JSON: {json}");
    assert_eq!(restored, parsed.session());
    restored
}

fn assert_round_trips(session: &Session) {
    let restored = round_trip(session);
    assert_eq!(restored.answers, session.answers);
    assert_eq!(restored.step, session.step);
    assert_eq!(restored.last_part, session.last_part);
    // Transient state is not saved.
    assert_eq!(restored.notice, None);
    assert!(!restored.confirming_restart);
    assert_eq!(restored.navigation, 0);
}

/// The session after restoring `raw`, which must fail with an error; returns the error.
fn restore_error(raw: &str) -> RestoreError {
    let (session, error) = restore(raw);
    assert_eq!(
        session,
        Session::new(),
        "corrupt input must give a fresh session: {raw}"
    );
    let error = error.unwrap_or_else(|| panic!("expected an error for {raw}"));
    assert_eq!(Snapshot::from_json(raw), Err(error.clone()));
    error
}

fn valid_json() -> String {
    let mut s = run(&[Action::Start]);
    answer_all(&mut s, 1..=5, Choice::Done);
    s.apply(Action::Next);
    answer_all(&mut s, 6..=8, Choice::Unknown);
    stored(&s, &Records::default(), "0.1.0", 0)
}

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

#[test]
fn a_fresh_session_round_trips() {
    assert_round_trips(&Session::new());
    assert_eq!(round_trip(&Session::new()), Session::new());
}

#[test]
fn a_session_in_the_middle_of_part_2_round_trips() {
    let mut s = run(&[Action::Start]);
    answer_all(&mut s, 1..=5, Choice::Done);
    s.apply(Action::Next);
    s.apply(Action::Answer(6, Some(Choice::Partial)));
    s.apply(Action::Answer(9, Some(Choice::NotDone)));
    s.apply(Action::Answer(12, Some(Choice::Unknown)));
    assert_eq!(s.step, Step::Part(Part::Employee));
    assert_round_trips(&s);
}

#[test]
fn a_session_on_the_intro_keeps_its_last_part() {
    let mut s = run(&[Action::Start, Action::Next, Action::Next]);
    answer_all(&mut s, [19, 23], Choice::Partial);
    s.apply(Action::Home);
    assert_eq!(s.step, Step::Intro);
    assert_eq!(s.last_part, Part::Organization);
    assert_round_trips(&s);

    // And 「続きから」 still resumes at Part 3 after the reload.
    let mut restored = round_trip(&s);
    restored.apply(Action::Start);
    assert_eq!(restored.step, Step::Part(Part::Organization));
}

#[test]
fn a_completed_session_on_the_result_round_trips() {
    let mut s = run(&[Action::Start]);
    for no in 1..=25u8 {
        let choice = match no % 4 {
            0 => Choice::Done,
            1 => Choice::Partial,
            2 => Choice::NotDone,
            _ => Choice::Unknown,
        };
        s.apply(Action::Answer(no, Some(choice)));
    }
    s.apply(Action::GoToPart(Part::Organization));
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Result);
    assert_round_trips(&s);
}

#[test]
fn a_completed_session_still_on_part_3_round_trips() {
    let mut s = run(&[Action::GoToPart(Part::Organization)]);
    answer_all(&mut s, 1..=25, Choice::Done);
    assert_eq!(s.step, Step::Part(Part::Organization));
    assert_round_trips(&s);
}

#[test]
fn every_choice_round_trips_on_every_question() {
    for choice in Choice::ALL {
        let mut s = run(&[Action::Start]);
        answer_all(&mut s, 1..=25, choice);
        s.apply(Action::ShowResult);
        assert_round_trips(&s);
    }
}

#[test]
fn a_snapshot_records_the_version_app_version_and_only_answered_questions() {
    let s = run(&[
        Action::Start,
        Action::Answer(2, Some(Choice::Done)),
        Action::Answer(17, Some(Choice::Unknown)),
    ]);
    let snapshot = Snapshot::of(&s, "1.2.3");
    assert_eq!(snapshot.version, SNAPSHOT_VERSION);
    assert_eq!(snapshot.app_version, "1.2.3");
    let saved: Vec<(u8, Choice)> = snapshot.answers.iter().map(|(k, v)| (*k, *v)).collect();
    assert_eq!(saved, vec![(2, Choice::Done), (17, Choice::Unknown)]);
}

#[test]
fn the_json_uses_snake_case_tokens_and_string_keys() {
    let s = run(&[
        Action::Start,
        Action::Answer(1, Some(Choice::Done)),
        Action::Answer(10, Some(Choice::NotDone)),
        Action::Next,
    ]);
    let json = stored(&s, &Records::default(), "0.1.0", 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["version"], SNAPSHOT_VERSION);
    assert_eq!(value["app_version"], "0.1.0");
    assert_eq!(value["revision"], 0);
    assert_eq!(value["answers"]["1"], "done");
    assert_eq!(value["answers"]["10"], "not_done");
    // The screen is saved as its address token (schema 4), never as the code's name for it.
    assert_eq!(value["step"], "part-2");
    assert_eq!(value["last_part"], "employee");
}

// ---------------------------------------------------------------------------------------------
// The stored v1 fixture
// ---------------------------------------------------------------------------------------------

#[test]
fn the_stored_v1_fixture_restores_to_the_exact_answers_and_step() {
    let (session, error) = restore(FIXTURE_V1);
    assert_eq!(error, None);
    let expected = Answers::new()
        .with(1, Choice::Done)
        .with(2, Choice::Done)
        .with(3, Choice::Partial)
        .with(4, Choice::Unknown)
        .with(5, Choice::NotDone)
        .with(6, Choice::Done)
        .with(7, Choice::Partial)
        .with(8, Choice::Done)
        .with(9, Choice::Unknown);
    assert_eq!(session.answers, expected);
    assert_eq!(session.step, Step::Part(Part::Employee));
    assert_eq!(session.last_part, Part::Employee);
    assert_eq!(session.notice, None);
    assert!(!session.confirming_restart);
}

#[test]
fn the_stored_v1_fixture_migrates_to_the_current_version_with_revision_0() {
    let snapshot = Snapshot::from_json(FIXTURE_V1).unwrap();
    assert_eq!(snapshot.version, SNAPSHOT_VERSION);
    assert_eq!(snapshot.revision, 0);
    assert_eq!(snapshot.app_version, "0.1.0");
    // Migrated data is then written in the current shape: the v4 fixture's content.
    let v2 = Snapshot::from_json(FIXTURE_V4).unwrap();
    assert_eq!(snapshot.answers, v2.answers);
    assert_eq!(snapshot.step, v2.step);
    assert_eq!(snapshot.last_part, v2.last_part);
}

#[test]
fn the_stored_v4_fixture_restores_exactly_and_is_what_this_build_would_write() {
    let snapshot = Snapshot::from_json(FIXTURE_V4).unwrap();
    assert_eq!(snapshot.version, 4);
    assert_eq!(snapshot.revision, 7);
    assert_eq!(snapshot.records.profile.company, "株式会社サンプル");
    assert!(snapshot.records.plan[&3].done);
    assert_eq!(snapshot.entry, None);
    let rewritten = stored(&snapshot.session(), &snapshot.records, "0.1.0", 7);
    assert_eq!(Snapshot::from_json(&rewritten).unwrap(), snapshot);
    let a: serde_json::Value = serde_json::from_str(FIXTURE_V4).unwrap();
    let b: serde_json::Value = serde_json::from_str(&rewritten).unwrap();
    assert_eq!(a, b);
    let (session, error) = restore(FIXTURE_V4);
    assert_eq!(error, None);
    assert_eq!(session.answers.get(4), Some(Choice::Unknown));
    assert_eq!(session.answers.answered_count(), 9);
    assert_eq!(session.step, Step::Part(Part::Employee));
}

#[test]
fn the_stored_v2_fixture_migrates_to_v4_with_everything_it_had() {
    let v2 = Snapshot::from_json(FIXTURE_V2).unwrap();
    let v4 = Snapshot::from_json(FIXTURE_V4).unwrap();
    assert_eq!(v2.version, SNAPSHOT_VERSION);
    assert_eq!(v2, v4);
}

#[test]
fn the_stored_v3_fixture_migrates_to_v4_with_everything_it_had() {
    let v3 = Snapshot::from_json(FIXTURE_V3).unwrap();
    let v4 = Snapshot::from_json(FIXTURE_V4).unwrap();
    assert_eq!(v3.version, SNAPSHOT_VERSION);
    assert_eq!(v3, v4);
}

/// Every screen as schema 3 wrote it (the code's names of that version, frozen), beside the
/// token schema 4 writes for it.
const SCREENS_V3_AND_V4: [(&str, &str, Step); 14] = [
    (r#""intro""#, "start", Step::Intro),
    (r#"{"part":"basic"}"#, "part-1", Step::Part(Part::Basic)),
    (
        r#"{"part":"employee"}"#,
        "part-2",
        Step::Part(Part::Employee),
    ),
    (
        r#"{"part":"organization"}"#,
        "part-3",
        Step::Part(Part::Organization),
    ),
    (r#""result""#, "result", Step::Result),
    (r#""plan""#, "plan", Step::Plan),
    (r#""report""#, "report", Step::Report),
    (r#""history""#, "history", Step::History),
    (r#""beyond""#, "after", Step::Beyond),
    (
        r#"{"draft":"policy"}"#,
        "policy",
        Step::Draft(DraftKind::Policy),
    ),
    (
        r#"{"draft":"rules"}"#,
        "rules",
        Step::Draft(DraftKind::Rules),
    ),
    (
        r#"{"draft":"handout"}"#,
        "handout",
        Step::Draft(DraftKind::Handout),
    ),
    (r#""step_up""#, "step-up", Step::StepUp),
    (r#""combine""#, "combine", Step::Combine),
];

fn with_step(version: u32, step_json: &str) -> String {
    let all = (1..=25)
        .map(|no| format!(r#""{no}":"done""#))
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"{{"version":{version},"revision":3,"answers":{{{all}}},"step":{step_json},"last_part":"organization"}}"#
    )
}

#[test]
fn every_screen_saved_by_schema_3_restores_to_the_same_screen_and_is_written_as_its_token() {
    for (v3, token, step) in SCREENS_V3_AND_V4 {
        let restored = Snapshot::from_json(&with_step(3, v3)).unwrap();
        assert_eq!(restored.step, step, "{v3}");
        let json = stored(&restored.session(), &restored.records, "0.1.0", 4);
        let written: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(written["version"], 4, "{v3}");
        assert_eq!(written["step"], token, "{v3}");
        let again = Snapshot::from_json(&json).unwrap();
        assert_eq!(again.step, step, "{token}");
    }
    // Schemas 1 and 2 wrote the same names.
    for version in [1, 2] {
        for (v3, _, step) in SCREENS_V3_AND_V4 {
            assert_eq!(
                Snapshot::from_json(&with_step(version, v3)).unwrap().step,
                step
            );
        }
    }
}

#[test]
fn every_screen_with_an_address_is_in_the_schema_table() {
    // A new screen is saved by its token with no change to the schema; this keeps the table of
    // old names above honest about the screens that existed when schema 3 was current.
    // Screens added since (issue 32's roll-up) are listed here instead, so that a screen can
    // be in neither only by being forgotten.
    const ADDED_AFTER_V4: [Step; 1] = [Step::RollUp];
    let tokens: Vec<_> = SCREENS_V3_AND_V4.iter().map(|(_, t, _)| *t).collect();
    for (step, _) in jishin_shindan::store::session::SCREENS {
        assert!(
            tokens.contains(&step.token().unwrap()) != ADDED_AFTER_V4.contains(&step),
            "{step:?}"
        );
    }
}

#[test]
fn a_screen_this_version_does_not_know_restores_the_landing_and_keeps_the_answers() {
    // Written by a newer version with a screen this one lacks: nothing is lost.
    let restored = Snapshot::from_json(&with_step(4, r#""a-future-screen""#)).unwrap();
    assert_eq!(restored.step, Step::Intro);
    assert_eq!(restored.answers.len(), 25);
    assert_eq!(restored.revision, 3);
    // Not a string or a known shape: damaged data, reported.
    assert!(matches!(
        Snapshot::from_json(&with_step(4, "7")),
        Err(RestoreError::Unreadable(_))
    ));
    assert!(matches!(
        Snapshot::from_json(&with_step(4, r#"{"part":"extra"}"#)),
        Err(RestoreError::Unreadable(_))
    ));
}

#[test]
fn a_v2_snapshot_with_same_day_history_keeps_every_entry_and_links_the_result_shown() {
    let snapshot = Snapshot::from_json(FIXTURE_V2_HISTORY).unwrap();
    assert_eq!(snapshot.version, SNAPSHOT_VERSION);
    assert_eq!(snapshot.revision, 12);
    let ids: Vec<&str> = snapshot
        .records
        .history
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        ids,
        vec![
            "2026-11-20T01:00:00.000Z-12nanananand",
            "2026-11-20T05:30:00.000Z-10000000003b"
        ]
    );
    let totals: Vec<i32> = snapshot.records.history.iter().map(|e| e.total()).collect();
    assert_eq!(totals, vec![52, 95]);
    assert_eq!(snapshot.records.history[0].company, "総務部");
    // On the result, with the latest entry's answers: it is that diagnosis.
    assert_eq!(
        snapshot.entry.as_deref(),
        Some("2026-11-20T05:30:00.000Z-10000000003b")
    );
    // Opening that result again adds nothing; a new diagnosis the same day adds a third entry.
    let mut state = jishin_shindan::store::state::State {
        session: snapshot.session(),
        records: snapshot.records.clone(),
    };
    use jishin_shindan::store::state::Opened;
    state.apply(Opened, "2026-11-20T06:00:00.000Z");
    assert_eq!(state.records.history.len(), 2);
    state.apply(Action::NewDiagnosis, "2026-11-20T06:05:00.000Z");
    state.apply(Action::ShowResult, "2026-11-20T06:10:00.000Z");
    let records = state.records;
    assert_eq!(records.history.len(), 3);
    assert_eq!(records.history[1].total(), 95);
    assert_eq!(records.history[2].total(), 95);
}

#[test]
fn a_v2_snapshot_on_a_question_screen_belongs_to_no_entry() {
    // It may be a new diagnosis begun from the last one's answers: its result must not replace
    // the last entry.
    let mut value: serde_json::Value = serde_json::from_str(FIXTURE_V2_HISTORY).unwrap();
    value["step"] = serde_json::json!({ "part": "organization" });
    let snapshot = Snapshot::from_json(&value.to_string()).unwrap();
    assert_eq!(snapshot.entry, None);
    assert_eq!(snapshot.records.history.len(), 2);
    // With other answers than the latest entry's, on the result: no entry either.
    let mut value: serde_json::Value = serde_json::from_str(FIXTURE_V2_HISTORY).unwrap();
    value["answers"]["25"] = serde_json::json!("done");
    let snapshot = Snapshot::from_json(&value.to_string()).unwrap();
    assert_eq!(snapshot.entry, None);
}

#[test]
fn a_v3_entry_id_that_this_app_would_not_write_is_forgotten() {
    let mut value: serde_json::Value = serde_json::from_str(FIXTURE_V3).unwrap();
    value["entry"] = serde_json::json!("<script>");
    let snapshot = Snapshot::from_json(&value.to_string()).unwrap();
    assert_eq!(snapshot.entry, None);
    assert_eq!(snapshot.answers.len(), 9);
}

#[test]
fn a_v1_snapshot_without_app_version_still_restores() {
    let raw = r#"{"version":1,"answers":{"3":"partial"},"step":"intro","last_part":"basic"}"#;
    let (session, error) = restore(raw);
    assert_eq!(error, None);
    assert_eq!(session.answers, Answers::new().with(3, Choice::Partial));
    assert_eq!(session.step, Step::Intro);
}

// ---------------------------------------------------------------------------------------------
// Nothing saved, corrupt data
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_json_gives_a_fresh_session_and_an_unreadable_error() {
    for raw in ["{not json", "", "   ", "null", "[]", "42", "\"text\"", "{}"] {
        let error = restore_error(raw);
        assert!(
            matches!(error, RestoreError::Unreadable(_)),
            "{raw:?} gave {error:?}"
        );
    }
}

#[test]
fn truncated_json_gives_a_fresh_session_and_an_unreadable_error() {
    let json = valid_json();
    assert!(json.is_ascii());
    let half = &json[..json.len() / 2];
    let error = restore_error(half);
    assert!(matches!(error, RestoreError::Unreadable(_)), "{error:?}");
    // Losing only the closing brace is just as unreadable.
    let error = restore_error(&json[..json.len() - 1]);
    assert!(matches!(error, RestoreError::Unreadable(_)), "{error:?}");
}

#[test]
fn answers_stored_as_a_string_give_an_unreadable_error() {
    let raw = r#"{"version":1,"app_version":"0.1.0","answers":"1:done","step":"intro","last_part":"basic"}"#;
    let error = restore_error(raw);
    assert!(matches!(error, RestoreError::Unreadable(_)), "{error:?}");
}

#[test]
fn other_wrong_types_give_an_unreadable_error() {
    let cases = [
        // version as a string
        r#"{"version":"1","answers":{},"step":"intro","last_part":"basic"}"#,
        // negative version
        r#"{"version":-1,"answers":{},"step":"intro","last_part":"basic"}"#,
        // answers as an array
        r#"{"version":1,"answers":["done"],"step":"intro","last_part":"basic"}"#,
        // choice as a number
        r#"{"version":1,"answers":{"1":4},"step":"intro","last_part":"basic"}"#,
        // unknown step
        r#"{"version":1,"answers":{},"step":"summary","last_part":"basic"}"#,
        // unknown Part inside the step
        r#"{"version":1,"answers":{},"step":{"part":"extra"},"last_part":"basic"}"#,
        // unknown last_part
        r#"{"version":1,"answers":{},"step":"intro","last_part":"part4"}"#,
        // missing answers
        r#"{"version":1,"step":"intro","last_part":"basic"}"#,
        // missing step
        r#"{"version":1,"answers":{},"last_part":"basic"}"#,
        // a key that is not a number
        r#"{"version":1,"answers":{"one":"done"},"step":"intro","last_part":"basic"}"#,
        // a key too large for a question number
        r#"{"version":1,"answers":{"256":"done"},"step":"intro","last_part":"basic"}"#,
    ];
    for raw in cases {
        let error = restore_error(raw);
        assert!(
            matches!(error, RestoreError::Unreadable(_)),
            "{raw} gave {error:?}"
        );
    }
}

#[test]
fn an_unknown_future_version_gives_unsupported_version_99() {
    let json = valid_json().replacen(
        &format!("\"version\":{SNAPSHOT_VERSION}"),
        "\"version\":99",
        1,
    );
    assert!(json.contains("\"version\":99"));
    assert_eq!(restore_error(&json), RestoreError::UnsupportedVersion(99));
    // A future version may have a different shape; the version alone decides.
    assert_eq!(
        restore_error(r#"{"version":99,"answers":"whatever"}"#),
        RestoreError::UnsupportedVersion(99)
    );
}

#[test]
fn question_number_26_in_answers_gives_an_invalid_error() {
    let raw = r#"{"version":1,"app_version":"0.1.0","answers":{"1":"done","26":"done"},"step":"intro","last_part":"basic"}"#;
    let error = restore_error(raw);
    assert!(matches!(error, RestoreError::Invalid(_)), "{error:?}");
}

#[test]
fn question_number_0_in_answers_gives_an_invalid_error() {
    let raw = r#"{"version":1,"app_version":"0.1.0","answers":{"0":"partial"},"step":{"part":"basic"},"last_part":"basic"}"#;
    let error = restore_error(raw);
    assert!(matches!(error, RestoreError::Invalid(_)), "{error:?}");
}

#[test]
fn an_unknown_choice_token_gives_an_unreadable_error() {
    let raw = r#"{"version":1,"app_version":"0.1.0","answers":{"1":"maybe"},"step":"intro","last_part":"basic"}"#;
    let error = restore_error(raw);
    assert!(matches!(error, RestoreError::Unreadable(_)), "{error:?}");
}

// ---------------------------------------------------------------------------------------------
// A saved result that no longer holds
// ---------------------------------------------------------------------------------------------

#[test]
fn a_saved_result_with_incomplete_answers_restores_to_the_part_of_the_first_unanswered() {
    // Everything answered except No.13 (Part 2) and No.20 (Part 3).
    let answers: String = (1..=25u8)
        .filter(|no| *no != 13 && *no != 20)
        .map(|no| format!("\"{no}\":\"done\""))
        .collect::<Vec<_>>()
        .join(",");
    let raw = format!(
        r#"{{"version":1,"app_version":"0.1.0","answers":{{{answers}}},"step":"result","last_part":"organization"}}"#
    );
    let (session, error) = restore(&raw);
    assert_eq!(error, None);
    assert_eq!(session.answers.answered_count(), 23);
    assert_eq!(session.step, Step::Part(Part::Employee));
}

#[test]
fn a_saved_result_with_no_answers_restores_to_part_1() {
    let raw = r#"{"version":1,"app_version":"0.1.0","answers":{},"step":"result","last_part":"organization"}"#;
    let (session, error) = restore(raw);
    assert_eq!(error, None);
    assert!(session.answers.is_empty());
    assert_eq!(session.step, Step::Part(Part::Basic));
}

#[test]
fn a_saved_result_with_only_question_25_missing_restores_to_part_3() {
    let mut s = run(&[Action::Start]);
    answer_all(&mut s, 1..=24, Choice::Partial);
    s.step = Step::Result;
    let session = Snapshot::from_json(&stored(&s, &Records::default(), "0.1.0", 0))
        .unwrap()
        .session();
    assert_eq!(session.step, Step::Part(Part::Organization));
    assert_eq!(session.answers, s.answers);
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
}

#[test]
fn every_restore_error_has_a_non_empty_japanese_message() {
    let errors = [
        RestoreError::Unreadable("expected value at line 1 column 1".to_string()),
        RestoreError::UnsupportedVersion(99),
        RestoreError::Invalid("question No.26".to_string()),
    ];
    for error in errors {
        let message = error.text(Lang::Ja);
        assert!(!message.trim().is_empty(), "{error:?}");
        assert!(
            message.chars().any(is_japanese),
            "{error:?} message is not Japanese: {message}"
        );
    }
}

#[test]
fn the_unsupported_version_message_names_the_version() {
    assert!(RestoreError::UnsupportedVersion(99)
        .text(Lang::Ja)
        .contains("99"));
}

#[test]
fn restore_errors_from_real_inputs_have_japanese_messages() {
    let json = valid_json();
    let inputs = [
        "{not json".to_string(),
        json.replacen(
            &format!("\"version\":{SNAPSHOT_VERSION}"),
            "\"version\":99",
            1,
        ),
        r#"{"version":1,"answers":{"26":"done"},"step":"intro","last_part":"basic"}"#.to_string(),
    ];
    for raw in &inputs {
        let (_, error) = restore(raw);
        let message = error.unwrap().text(Lang::Ja);
        assert!(message.chars().any(is_japanese), "{raw}: {message}");
    }
}

#[test]
fn a_saved_result_with_missing_answers_resumes_at_that_part_and_remembers_it() {
    let raw = r#"{"version":1,"answers":{"1":"done","2":"done","3":"done","4":"done","5":"done","6":"done"},"step":"result","last_part":"organization"}"#;
    let (session, error) = restore(raw);
    assert_eq!(error, None);
    assert_eq!(session.step, Step::Part(Part::Employee));
    assert_eq!(session.last_part, Part::Employee);
}

#[test]
fn records_with_history_round_trip_through_the_envelope() {
    let mut records = Records::default();
    records.profile.company = "テスト商店".to_string();
    let answers = Answers::all(Choice::Partial);
    common::complete(&mut records, &answers, "2026-11-25T10:15:00.000Z");
    let mut s = run(&[Action::Start]);
    answer_all(&mut s, 1..=25, Choice::Partial);
    let json = stored(&s, &records, "0.1.0", 3);
    let back = Snapshot::from_json(&json).unwrap();
    assert_eq!(back.records, records);
    assert_eq!(back.records.history[0].total(), 50);
    assert_eq!(back.records.history[0].company, "テスト商店");
}

#[test]
fn the_revision_is_read_without_the_reader_and_matches_the_full_parse() {
    use jishin_shindan::store::sync::revision_in;
    let json = valid_json();
    let full = Snapshot::from_json(&json).unwrap();
    assert_eq!(revision_in(&json), Some(full.revision));
    let v2 = Snapshot::from_json(FIXTURE_V2).unwrap();
    assert_eq!(revision_in(FIXTURE_V2), Some(v2.revision));
    // Schema 1 had no revision: none is found, which never counts as newer (revision 0).
    assert_eq!(Snapshot::from_json(FIXTURE_V1).unwrap().revision, 0);
    assert_eq!(revision_in(FIXTURE_V1), None);
    assert_eq!(revision_in(r#"{"revision":-1}"#), None);
    assert_eq!(revision_in("not json"), None);
}

// ---------------------------------------------------------------------------------------------
// The history under its own key (schema 4)
// ---------------------------------------------------------------------------------------------

mod history_beside {
    use super::*;
    use jishin_shindan::store::records::{Records, RecordsAction, TaskChange};
    use jishin_shindan::store::snapshot::{join_history, HISTORY_REF};

    const NOW: &str = "2026-11-25T10:00:00.000Z";

    /// Records with a history of `n` and a note that imitates the stored reference.
    fn records(n: usize) -> Records {
        let mut records = Records::default();
        for i in 0..n {
            let choice = [Choice::Done, Choice::Partial][i % 2];
            let at = format!("2026-11-{:02}T10:00:00.000Z", 1 + i % 28);
            crate::common::complete(
                &mut records,
                &Answers::all(choice).with(1 + (i % 25) as u8, Choice::Unknown),
                &at,
            );
        }
        crate::common::apply(
            &mut records,
            RecordsAction::Task(
                3,
                TaskChange::Note(format!("{HISTORY_REF} and \"@history\"")),
            ),
            NOW,
        );
        records
    }

    fn session() -> Session {
        run(&[Action::Start, Action::Answer(1, Some(Choice::Done))])
    }

    #[test]
    fn the_head_leaves_the_history_out_and_joined_is_the_whole_snapshot() {
        let records = records(30);
        assert!(records.history.len() > 1);
        let head = Snapshot::stored_head(&session(), &records, "0.1.0", 5);
        for entry in records.history.iter() {
            assert!(
                !head.contains(&entry.id),
                "the head holds history entry {}",
                entry.id
            );
        }
        assert_eq!(
            head.matches(HISTORY_REF).count(),
            1,
            "the user's note is escaped"
        );
        let joined = join_history(&head, Some(&Snapshot::stored_history(&records)));
        let restored = Snapshot::from_json(&joined).unwrap();
        let whole = Snapshot {
            revision: 5,
            records: records.clone(),
            ..Snapshot::of(&session(), "0.1.0")
        };
        assert_eq!(restored, whole);
        assert_eq!(restored.records, records);
        assert_eq!(
            restored.records.plan[&3].note,
            format!("{HISTORY_REF} and \"@history\"")
        );
    }

    #[test]
    fn a_head_whose_history_is_missing_restores_everything_else() {
        let records = records(3);
        let head = Snapshot::stored_head(&session(), &records, "0.1.0", 5);
        let restored = Snapshot::from_json(&join_history(&head, None)).unwrap();
        assert!(restored.records.history.is_empty());
        assert_eq!(restored.records.plan, records.plan);
        assert_eq!(restored.answers.len(), 1);
    }

    #[test]
    fn data_from_before_the_history_had_its_own_key_is_read_as_it_was() {
        for fixture in [FIXTURE_V1, FIXTURE_V2, FIXTURE_V2_HISTORY, FIXTURE_V3] {
            assert_eq!(join_history(fixture, Some("[]")), fixture);
        }
    }
}

/// Issue 18 (the fuzzing property "nothing read is lost silently"): invalid history entries and plan tasks were left out of saved
/// data without a word, so the app never kept the original and the next write lost them. They
/// are still left out (the rest restores), and the snapshot now says what it left out.
#[test]
fn what_saved_data_leaves_out_as_not_valid_is_reported() {
    use jishin_shindan::store::records::{EntryProblem, Note, TaskProblem};
    let answers: String = (1..=25)
        .map(|no| format!("\"{no}\":\"done\""))
        .collect::<Vec<_>>()
        .join(",");
    let raw = format!(
        r#"{{"version":4,"revision":2,"answers":{{}},"step":"start","last_part":"basic","records":{{"history":[
            {{"id":"x","completed_at":"yesterday","answers":{{{answers}}}}},
            {{"id":"y","completed_at":"2026-11-20T09:00:00.000Z","answers":{{{answers}}}}}],
          "plan":{{"3":{{"done":true,"note":"","target_date":"2026-13-45","updated_at":""}}}}}}}}"#
    );
    let snapshot = Snapshot::from_json(&raw).unwrap();
    assert_eq!(snapshot.records.history.len(), 1);
    assert_eq!(snapshot.records.history[0].date(), "2026-11-20");
    assert!(snapshot.records.plan.is_empty());
    assert_eq!(
        snapshot.dropped,
        vec![
            Note::Entry {
                index: 0,
                date: None,
                problem: EntryProblem::BadTime
            },
            Note::Task {
                no: 3,
                problem: TaskProblem::BadTargetDate
            },
        ]
    );
    // Saved data that is valid throughout leaves nothing out.
    assert_eq!(Snapshot::from_json(&valid_json()).unwrap().dropped, vec![]);
}
