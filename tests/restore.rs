#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The start from storage (`store::restore`): fresh, unreadable, read with parts left out, read
//! whole; and the app opening on a result records it (`store::state::Action::Opened`).

use jishin_shindan::core::{Answers, Choice};
use jishin_shindan::store::records::Records;
use jishin_shindan::store::restore::restore;
use jishin_shindan::store::state::{Opened, State};
use jishin_shindan::store::Snapshot;
use jishin_shindan::store::Step;

mod common;

const NOW: &str = "2026-11-25T10:00:00.000Z";

#[test]
fn nothing_saved_starts_fresh_and_keeps_nothing_aside() {
    let r = restore(None);
    assert_eq!(r.state, State::default());
    assert_eq!(r.revision, 0);
    assert!(!r.whole && !r.keep_aside && r.error.is_none() && r.dropped.is_empty());
}

#[test]
fn unreadable_data_starts_fresh_says_why_and_is_kept_aside() {
    let r = restore(Some(Snapshot::from_json(r#"{"version":2,"answers":"#)));
    assert_eq!(r.state, State::default());
    assert!(r.error.is_some());
    assert!(r.keep_aside, "the bytes go aside before the first save");
    assert!(!r.whole);
}

#[test]
fn data_with_an_invalid_part_keeps_the_rest_lists_what_went_and_is_kept_aside() {
    let head = r#"{"version":4,"app_version":"0.1.0","revision":5,"answers":{"1":"done"},"step":"part-2","last_part":"employee","records":{"history":[{"id":"x","completed_at":"yesterday","company":"","respondent":"","answers":{}}],"plan":{},"profile":{"company":"","respondent":""}}}"#;
    let r = restore(Some(Snapshot::from_json(head)));
    assert_eq!(r.revision, 5);
    assert_eq!(r.state.session.answers.get(1), Some(Choice::Done));
    assert_eq!(
        r.state.session.step,
        Step::Part(jishin_shindan::core::Part::Employee)
    );
    assert_eq!(r.dropped.len(), 1);
    assert!(r.keep_aside && !r.whole && r.error.is_none());
}

#[test]
fn data_read_whole_is_the_state_at_its_revision() {
    let mut state = State::default();
    state.apply(
        jishin_shindan::store::Action::Adopt(Answers::all(Choice::Partial), None),
        NOW,
    );
    state.apply(jishin_shindan::store::Action::ShowResult, NOW);
    let saved = common::stored(&state.session, &state.records, "0.2.0", 7);
    let r = restore(Some(Snapshot::from_json(&saved)));
    assert!(r.whole && !r.keep_aside && r.error.is_none());
    assert_eq!(r.revision, 7);
    assert_eq!(r.state.session.step, Step::Result);
    assert_eq!(r.state.records, state.records);
    assert_eq!(r.state.session.entry, state.session.entry);
}

#[test]
fn opening_on_a_result_not_yet_recorded_records_it_once() {
    let mut state = State::default();
    state.apply(
        jishin_shindan::store::Action::Adopt(Answers::all(Choice::Done), None),
        NOW,
    );
    state.apply(jishin_shindan::store::Action::ShowResult, NOW);
    // Saved on the result by a version that did not record it: no entry, no history.
    state.session.entry = None;
    state.records = Records::default();
    let changed = state.apply(Opened, NOW);
    assert!(changed.records && changed.session);
    assert_eq!(state.records.history.len(), 1);
    let again = state.apply(Opened, NOW);
    assert!(
        !again.records && !again.session,
        "nothing more the second time"
    );
    // Elsewhere than on the result, opening records nothing.
    let mut fresh = State::default();
    assert_eq!(fresh.apply(Opened, NOW), Default::default());
}
