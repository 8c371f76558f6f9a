#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The app's one `apply` (`store::state`): the steps that change both the diagnosis and the
//! records, as sequences of actions, with what each says it changed.

use jishin_shindan::core::{Answers, Choice, Part};
use jishin_shindan::store::records::{Records, RecordsAction, TaskChange};
use jishin_shindan::store::state::{Changed, State};
use jishin_shindan::store::sync::Merged;
use jishin_shindan::store::{Action, Step};

mod common;

const T1: &str = "2026-11-25T10:00:00.000Z";
const T2: &str = "2026-11-25T11:00:00.000Z";

fn answered(choice: Choice) -> State {
    let mut state = State::default();
    state.apply(Action::Start, T1);
    for no in 1..=25 {
        state.apply(Action::Answer(no, Some(choice)), T1);
    }
    state
}

#[test]
fn reaching_the_result_records_the_diagnosis_and_tells_the_session_its_entry() {
    let mut state = answered(Choice::Partial);
    assert!(state.records.history.is_empty());
    let changed = state.apply(Action::ShowResult, T1);
    assert_eq!(
        changed,
        Changed {
            session: true,
            records: true
        }
    );
    assert_eq!(state.session.step, Step::Result);
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(
        state.session.entry.as_deref(),
        Some(state.records.history[0].id.as_str())
    );
}

#[test]
fn back_and_forward_to_an_unchanged_result_changes_no_record() {
    let mut state = answered(Choice::Partial);
    state.apply(Action::ShowResult, T1);
    state.apply(Action::Prev, T2);
    assert_eq!(state.session.step, Step::Part(Part::Organization));
    let changed = state.apply(Action::ShowResult, T2);
    assert_eq!(
        changed,
        Changed {
            session: true,
            records: false
        }
    );
    assert_eq!(state.records.history.len(), 1);
    // A reviewed answer updates the same entry.
    state.apply(Action::Prev, T2);
    state.apply(Action::Answer(3, Some(Choice::Done)), T2);
    let changed = state.apply(Action::ShowResult, T2);
    assert!(changed.records);
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(
        state.records.history[0].answers().get(3),
        Some(Choice::Done)
    );
}

#[test]
fn a_new_diagnosis_reaching_its_result_is_a_second_entry() {
    let mut state = answered(Choice::Partial);
    state.apply(Action::ShowResult, T1);
    state.apply(Action::NewDiagnosis, T2);
    state.apply(Action::ShowResult, T2);
    assert_eq!(state.records.history.len(), 2);
}

#[test]
fn a_records_action_changes_the_records_only() {
    let mut state = answered(Choice::Partial);
    let changed = state.apply(RecordsAction::Task(4, TaskChange::Done(true)), T1);
    assert_eq!(
        changed,
        Changed {
            session: false,
            records: true
        }
    );
    assert!(state.records.task(4).done);
}

#[test]
fn another_tabs_merge_adopts_its_answers_and_replaces_the_records() {
    let mut state = answered(Choice::Partial);
    state.apply(Action::GoToPart(Part::Employee), T1);
    let mut records = Records::default();
    common::apply(
        &mut records,
        RecordsAction::Task(7, TaskChange::Note("連絡".into())),
        T2,
    );
    let changed = state.apply(
        Merged {
            answers: Answers::all(Choice::Done),
            entry: None,
            records: records.clone(),
        },
        T2,
    );
    assert_eq!(
        changed,
        Changed {
            session: true,
            records: true
        }
    );
    assert_eq!(state.session.answers, Answers::all(Choice::Done));
    assert_eq!(
        state.session.step,
        Step::Part(Part::Employee),
        "the screen stays"
    );
    assert_eq!(state.records, records);
}

// ---- Deleting (issue 34) -------------------------------------------------------------------------

use jishin_shindan::store::forget::{ForgetAll, Inventory};

#[test]
fn deleting_an_entry_through_apply_says_records_changed_and_an_unknown_one_says_nothing() {
    let mut state = answered(Choice::Partial);
    state.apply(Action::ShowResult, T1);
    let id = state.records.history[0].id.clone();
    let version = state.records.history.version();
    let changed = state.apply(RecordsAction::Delete("no-such-id".into()), T2);
    assert_eq!(changed, Changed::default());
    assert_eq!(state.records.history.version(), version);
    let changed = state.apply(RecordsAction::Delete(id.clone()), T2);
    assert_eq!(
        changed,
        Changed {
            session: false,
            records: true
        }
    );
    assert!(state.records.history.is_empty());
    // The session still names its entry: reaching the result again records it anew.
    assert_eq!(state.session.entry.as_deref(), Some(id.as_str()));
}

#[test]
fn forgetting_everything_leaves_a_first_visits_state() {
    let mut state = answered(Choice::Done);
    state.apply(Action::ShowResult, T1);
    state.apply(
        RecordsAction::Task(2, TaskChange::Note("業者に電話".into())),
        T1,
    );
    let inventory = Inventory::of(&state.session, &state.records);
    assert_eq!(
        inventory,
        Inventory {
            history: 1,
            plan: 1,
            drafts: false,
            checklists: false,
            answers: 25,
            profile: false,
        }
    );
    let changed = state.apply(ForgetAll, T2);
    assert_eq!(
        changed,
        Changed {
            session: true,
            records: true
        }
    );
    assert_eq!(state, State::default());
    assert_eq!(state.session.step, Step::Intro);
    assert_eq!(
        Inventory::of(&state.session, &state.records),
        Inventory::default()
    );
    // Nothing left to forget: nothing changes.
    assert_eq!(state.apply(ForgetAll, T2), Changed::default());
}
