//! The session state machine, driven by sequences of [`Action`]s.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{Answers, Choice, Part};
use jishin_shindan::store::{Action, Notice, Session, Step};

mod common;

/// A fresh session after `actions`.
fn run(actions: &[Action]) -> Session {
    let mut s = Session::new();
    apply_all(&mut s, actions);
    s
}

fn apply_all(s: &mut Session, actions: &[Action]) {
    for a in actions.iter().cloned() {
        s.apply(a);
    }
}

/// Answer actions for every question in `nos` with `choice`.
fn answer_each(nos: impl IntoIterator<Item = u8>, choice: Choice) -> Vec<Action> {
    nos.into_iter()
        .map(|no| Action::Answer(no, Some(choice)))
        .collect()
}

/// A session on Part 1 with all 25 questions answered 実施している.
fn completed_session() -> Session {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=25, Choice::Done));
    assert!(s.answers.is_complete());
    s
}

// ---------------------------------------------------------------------------------------------
// Starting and walking the Parts
// ---------------------------------------------------------------------------------------------

#[test]
fn a_new_session_is_on_the_intro_with_nothing_answered() {
    let s = Session::new();
    assert_eq!(s.step, Step::Intro);
    assert!(s.answers.is_empty());
    assert_eq!(s.last_part, Part::Basic);
    assert_eq!(s.notice, None);
    assert!(!s.confirming_restart);
    assert_eq!(s.navigation, 0);
    assert_eq!(Session::default(), s);
}

#[test]
fn start_from_a_fresh_session_goes_to_part_1() {
    let s = run(&[Action::Start]);
    assert_eq!(s.step, Step::Part(Part::Basic));
    assert_eq!(s.last_part, Part::Basic);
    assert_eq!(s.navigation, 1);
}

#[test]
fn next_on_the_intro_behaves_like_start() {
    assert_eq!(run(&[Action::Next]), run(&[Action::Start]));
}

#[test]
fn next_walks_forward_through_the_parts() {
    let mut s = run(&[Action::Start]);
    s.apply(Action::Next);
    assert_eq!(s.step, Step::Part(Part::Employee));
    assert_eq!(s.last_part, Part::Employee);
    s.apply(Action::Next);
    assert_eq!(s.step, Step::Part(Part::Organization));
    assert_eq!(s.last_part, Part::Organization);
}

#[test]
fn prev_walks_back_through_the_parts_and_from_part_1_to_the_intro() {
    let mut s = run(&[Action::Start, Action::Next, Action::Next]);
    assert_eq!(s.step, Step::Part(Part::Organization));
    s.apply(Action::Prev);
    assert_eq!(s.step, Step::Part(Part::Employee));
    s.apply(Action::Prev);
    assert_eq!(s.step, Step::Part(Part::Basic));
    s.apply(Action::Prev);
    assert_eq!(s.step, Step::Intro);
    // The intro keeps the Part the user was last on.
    assert_eq!(s.last_part, Part::Basic);
}

#[test]
fn prev_on_the_intro_does_nothing() {
    let mut s = Session::new();
    s.apply(Action::Prev);
    assert_eq!(s, Session::new());
}

#[test]
fn go_to_part_jumps_directly_to_a_part() {
    let s = run(&[Action::GoToPart(Part::Organization)]);
    assert_eq!(s.step, Step::Part(Part::Organization));
    assert_eq!(s.last_part, Part::Organization);
    assert_eq!(s.navigation, 1);
}

#[test]
fn home_returns_to_the_intro_and_keeps_answers() {
    let mut s = run(&[Action::Start, Action::Answer(3, Some(Choice::Partial))]);
    s.apply(Action::Home);
    assert_eq!(s.step, Step::Intro);
    assert_eq!(s.answers.get(3), Some(Choice::Partial));
}

#[test]
fn start_after_answering_in_part_2_and_going_home_resumes_at_part_2() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=5, Choice::Done));
    s.apply(Action::Next);
    apply_all(&mut s, &answer_each(6..=9, Choice::NotDone));
    s.apply(Action::Home);
    assert_eq!(s.step, Step::Intro);
    assert_eq!(s.last_part, Part::Employee);
    s.apply(Action::Start);
    assert_eq!(s.step, Step::Part(Part::Employee));
    assert_eq!(s.answers.answered_count(), 9);
}

#[test]
fn start_with_nothing_answered_goes_to_part_1_even_after_visiting_part_3() {
    let s = run(&[
        Action::Start,
        Action::GoToPart(Part::Organization),
        Action::Home,
        Action::Start,
    ]);
    assert_eq!(s.step, Step::Part(Part::Basic));
}

#[test]
fn start_after_prev_back_to_the_intro_resumes_at_part_1() {
    // Prev from Part 1 goes to the intro with last_part Part 1.
    let s = run(&[
        Action::Start,
        Action::Answer(1, Some(Choice::Done)),
        Action::Prev,
        Action::Start,
    ]);
    assert_eq!(s.step, Step::Part(Part::Basic));
}

// ---------------------------------------------------------------------------------------------
// Asking for the result
// ---------------------------------------------------------------------------------------------

#[test]
fn show_result_with_nothing_answered_goes_to_question_1_with_25_remaining() {
    let s = run(&[
        Action::Start,
        Action::Next,
        Action::Next,
        Action::ShowResult,
    ]);
    assert_eq!(s.step, Step::Part(Part::Basic));
    assert_eq!(s.last_part, Part::Basic);
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 1,
            remaining: 25
        })
    );
}

#[test]
fn show_result_with_unanswered_questions_goes_to_the_part_of_the_first_unanswered() {
    let mut s = run(&[Action::Start]);
    // Answer 1–9 and 11–20; leave 10 and 21–25 open.
    apply_all(&mut s, &answer_each(1..=9, Choice::Done));
    apply_all(&mut s, &answer_each(11..=20, Choice::Partial));
    s.apply(Action::GoToPart(Part::Organization));
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Part(Part::Employee));
    assert_eq!(s.last_part, Part::Employee);
    // Open: No.10 and No.21–25 = 1 + 5.
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 10,
            remaining: 6
        })
    );
}

#[test]
fn show_result_with_only_part_3_open_goes_to_part_3() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=24, Choice::Done));
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Part(Part::Organization));
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 25,
            remaining: 1
        })
    );
}

#[test]
fn show_result_with_all_answered_goes_to_the_result() {
    let mut s = completed_session();
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Result);
    assert_eq!(s.notice, None);
}

#[test]
fn next_on_part_3_behaves_like_show_result_when_questions_remain() {
    let mut base = run(&[Action::Start]);
    apply_all(&mut base, &answer_each([1, 2, 3, 7, 19], Choice::Unknown));
    base.apply(Action::GoToPart(Part::Organization));

    let mut via_next = base.clone();
    via_next.apply(Action::Next);
    let mut via_show = base.clone();
    via_show.apply(Action::ShowResult);

    assert_eq!(via_next, via_show);
    assert_eq!(via_next.step, Step::Part(Part::Basic));
    // Answered 5, so 20 remain; the first open one is No.4.
    assert_eq!(
        via_next.notice,
        Some(Notice::Unanswered {
            first: 4,
            remaining: 20
        })
    );
}

#[test]
fn next_on_part_3_shows_the_result_when_everything_is_answered() {
    let mut s = completed_session();
    s.apply(Action::GoToPart(Part::Organization));
    s.apply(Action::Next);
    assert_eq!(s.step, Step::Result);
    assert_eq!(s.last_part, Part::Organization);
}

#[test]
fn next_on_the_result_does_nothing_and_prev_goes_back_to_part_3() {
    let mut s = completed_session();
    s.apply(Action::ShowResult);
    let before = s.clone();
    s.apply(Action::Next);
    assert_eq!(s, before);
    s.apply(Action::Prev);
    assert_eq!(s.step, Step::Part(Part::Organization));
    assert_eq!(s.last_part, Part::Organization);
}

#[test]
fn the_result_is_never_reached_with_unanswered_questions() {
    let mut s = completed_session();
    s.apply(Action::Answer(17, None));
    for action in [
        Action::ShowResult,
        Action::Next,
        Action::Next,
        Action::Next,
        Action::ShowResult,
    ] {
        s.apply(action.clone());
        assert_ne!(s.step, Step::Result, "after {action:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Answering and the notice
// ---------------------------------------------------------------------------------------------

#[test]
fn answering_records_and_replaces_the_choice() {
    let mut s = run(&[Action::Start, Action::Answer(4, Some(Choice::NotDone))]);
    assert_eq!(s.answers.get(4), Some(Choice::NotDone));
    s.apply(Action::Answer(4, Some(Choice::Done)));
    assert_eq!(s.answers.get(4), Some(Choice::Done));
    assert_eq!(s.answers.answered_count(), 1);
}

#[test]
fn answer_with_none_clears_the_answer() {
    let mut s = run(&[Action::Start, Action::Answer(4, Some(Choice::NotDone))]);
    s.apply(Action::Answer(4, None));
    assert_eq!(s.answers.get(4), None);
    assert!(s.answers.is_empty());
}

#[test]
fn answering_does_not_change_the_screen_or_the_navigation_counter() {
    let mut s = run(&[Action::Start, Action::Next]);
    let (step, navigation) = (s.step, s.navigation);
    s.apply(Action::Answer(12, Some(Choice::Unknown)));
    s.apply(Action::Answer(12, None));
    assert_eq!(s.step, step);
    assert_eq!(s.navigation, navigation);
}

#[test]
fn answering_question_0_or_26_is_ignored() {
    let mut s = run(&[Action::Start, Action::Answer(1, Some(Choice::Done))]);
    let before = s.clone();
    s.apply(Action::Answer(0, Some(Choice::Done)));
    s.apply(Action::Answer(26, Some(Choice::Partial)));
    s.apply(Action::Answer(0, None));
    s.apply(Action::Answer(26, None));
    s.apply(Action::Answer(u8::MAX, Some(Choice::Unknown)));
    assert_eq!(s, before);
}

#[test]
fn answering_question_0_or_26_leaves_the_notice_as_it_was() {
    let mut s = run(&[Action::Start, Action::ShowResult]);
    let before = s.clone();
    s.apply(Action::Answer(0, Some(Choice::Done)));
    s.apply(Action::Answer(26, Some(Choice::Done)));
    assert_eq!(s, before);
}

#[test]
fn answering_without_a_notice_does_not_create_one() {
    let s = run(&[Action::Start, Action::Answer(3, Some(Choice::Done))]);
    assert_eq!(s.notice, None);
}

#[test]
fn answering_the_flagged_question_moves_the_notice_to_the_next_unanswered() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=9, Choice::Done));
    apply_all(&mut s, &answer_each(11..=20, Choice::Done));
    s.apply(Action::ShowResult);
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 10,
            remaining: 6
        })
    );

    s.apply(Action::Answer(10, Some(Choice::Partial)));
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 21,
            remaining: 5
        })
    );
    // The screen does not move while answering.
    assert_eq!(s.step, Step::Part(Part::Employee));
}

#[test]
fn answering_another_open_question_keeps_the_flag_and_lowers_remaining() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=9, Choice::Done));
    s.apply(Action::ShowResult);
    // Open: 10–25 = 16.
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 10,
            remaining: 16
        })
    );
    s.apply(Action::Answer(22, Some(Choice::Done)));
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 10,
            remaining: 15
        })
    );
}

#[test]
fn changing_an_already_answered_question_keeps_the_notice() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=9, Choice::Done));
    s.apply(Action::ShowResult);
    let notice = s.notice;
    s.apply(Action::Answer(2, Some(Choice::Unknown)));
    assert_eq!(s.notice, notice);
}

#[test]
fn clearing_an_earlier_answer_moves_the_notice_back_to_it() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=9, Choice::Done));
    s.apply(Action::ShowResult);
    s.apply(Action::Answer(3, None));
    // Open: 3 and 10–25 = 1 + 16.
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 3,
            remaining: 17
        })
    );
}

#[test]
fn answering_the_last_open_question_clears_the_notice() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=24, Choice::Done));
    s.apply(Action::ShowResult);
    assert_eq!(
        s.notice,
        Some(Notice::Unanswered {
            first: 25,
            remaining: 1
        })
    );
    s.apply(Action::Answer(25, Some(Choice::NotDone)));
    assert_eq!(s.notice, None);
    // Now the result can be shown.
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Result);
}

#[test]
fn moving_to_another_screen_clears_the_notice() {
    let mut s = run(&[Action::Start, Action::ShowResult]);
    assert!(s.notice.is_some());
    s.apply(Action::Next);
    assert_eq!(s.notice, None);
}

// ---------------------------------------------------------------------------------------------
// Restarting
// ---------------------------------------------------------------------------------------------

#[test]
fn request_then_cancel_restart_keeps_the_answers() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=5, Choice::Partial));
    s.apply(Action::Next);
    let before = s.clone();

    s.apply(Action::RequestRestart);
    assert!(s.confirming_restart);
    assert_eq!(s.answers, before.answers);
    assert_eq!(s.step, before.step);

    s.apply(Action::CancelRestart);
    assert!(!s.confirming_restart);
    assert_eq!(s, before);
}

#[test]
fn request_then_confirm_restart_clears_answers_and_returns_to_the_intro() {
    let mut s = run(&[Action::Start]);
    apply_all(&mut s, &answer_each(1..=5, Choice::Partial));
    s.apply(Action::Next);
    apply_all(&mut s, &answer_each(6..=8, Choice::Unknown));
    s.apply(Action::ShowResult);
    let navigation = s.navigation;

    s.apply(Action::RequestRestart);
    s.apply(Action::ConfirmRestart);
    assert_eq!(s.answers, Answers::new());
    assert_eq!(s.step, Step::Intro);
    assert_eq!(s.last_part, Part::Basic);
    assert_eq!(s.notice, None);
    assert!(!s.confirming_restart);
    assert_eq!(s.navigation, navigation + 1);

    // And a new start begins at Part 1.
    s.apply(Action::Start);
    assert_eq!(s.step, Step::Part(Part::Basic));
}

#[test]
fn confirm_restart_from_the_result_clears_everything() {
    let mut s = completed_session();
    s.apply(Action::ShowResult);
    s.apply(Action::RequestRestart);
    s.apply(Action::ConfirmRestart);
    assert!(s.answers.is_empty());
    assert_eq!(s.step, Step::Intro);
}

#[test]
fn moving_to_another_screen_closes_the_restart_confirmation() {
    let mut s = run(&[Action::Start, Action::RequestRestart]);
    assert!(s.confirming_restart);
    s.apply(Action::Next);
    assert!(!s.confirming_restart);
}

// ---------------------------------------------------------------------------------------------
// Navigation counter
// ---------------------------------------------------------------------------------------------

#[test]
fn navigation_counter_increases_by_one_on_each_screen_change() {
    let mut s = Session::new();
    let moves = [
        Action::Start,
        Action::Next,
        Action::Next,
        Action::Prev,
        Action::GoToPart(Part::Organization),
        Action::Home,
        Action::Start,
        Action::ShowResult,
    ];
    for (i, action) in moves.into_iter().enumerate() {
        s.apply(action.clone());
        assert_eq!(s.navigation, i as u32 + 1, "after {action:?}");
    }
}

#[test]
fn navigation_counter_increases_when_the_result_is_asked_for_twice_on_the_same_part() {
    let mut s = run(&[Action::Start, Action::ShowResult]);
    let step = s.step;
    let navigation = s.navigation;
    s.apply(Action::ShowResult);
    assert_eq!(s.step, step);
    assert_eq!(s.navigation, navigation + 1);
}

#[test]
fn navigation_counter_stays_when_nothing_moves() {
    let mut s = run(&[Action::Start, Action::ShowResult]);
    let navigation = s.navigation;
    for action in [
        Action::Answer(1, Some(Choice::Done)),
        Action::Answer(1, None),
        Action::RequestRestart,
        Action::CancelRestart,
    ] {
        s.apply(action.clone());
        assert_eq!(s.navigation, navigation, "after {action:?}");
    }
    // Prev on the intro does not move either.
    s.apply(Action::Home);
    let navigation = s.navigation;
    s.apply(Action::Prev);
    assert_eq!(s.navigation, navigation);
}

#[test]
fn navigation_counter_reaches_the_result_screen_too() {
    let mut s = completed_session();
    let navigation = s.navigation;
    s.apply(Action::ShowResult);
    assert_eq!(s.navigation, navigation + 1);
}

#[test]
fn confirm_restart_without_a_request_keeps_the_answers() {
    let mut s = completed_session();
    s.apply(Action::ConfirmRestart);
    assert!(s.answers.is_complete());
    s.apply(Action::RequestRestart);
    s.apply(Action::CancelRestart);
    s.apply(Action::ConfirmRestart);
    assert!(
        s.answers.is_complete(),
        "a confirm after cancel must not clear"
    );
}

#[test]
fn adopting_answers_from_another_tab_keeps_the_screen() {
    let mut s = run(&[Action::Start, Action::Next]);
    let theirs = Answers::new().with(3, Choice::Partial);
    s.apply(Action::Adopt(theirs, None));
    assert_eq!(s.answers, theirs);
    assert_eq!(s.step, Step::Part(Part::Employee));
}

#[test]
fn adopting_incomplete_answers_on_the_result_goes_to_the_first_unanswered_part() {
    let mut s = completed_session();
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Result);
    let mut theirs = s.answers;
    theirs.set(8, None);
    s.apply(Action::Adopt(theirs, None));
    assert_eq!(s.step, Step::Part(Part::Employee));
}

#[test]
fn adopting_a_cleared_diagnosis_on_the_result_goes_to_part_1() {
    let mut s = completed_session();
    s.apply(Action::ShowResult);
    s.apply(Action::Adopt(Answers::new(), None));
    assert_eq!(s.step, Step::Part(Part::Basic));
}

// ---------------------------------------------------------------------------------------------
// Every diagnosis that reaches its result is its own history entry (issue 17)
// ---------------------------------------------------------------------------------------------

mod history_entries {
    use super::*;
    use jishin_shindan::store::records::Records;

    /// One action through the app's one `apply` (`store::state`), which records the diagnosis
    /// when it reaches its result.
    fn step(s: &mut Session, records: &mut Records, action: Action, now: &str) {
        let mut state = jishin_shindan::store::state::State {
            session: std::mem::take(s),
            records: std::mem::take(records),
        };
        state.apply(action, now);
        *s = state.session;
        *records = state.records;
    }

    /// Answers every question with `choice`, moving from Part to Part, and asks for the result.
    fn answer_and_finish(s: &mut Session, records: &mut Records, choice: Choice, now: &str) {
        step(s, records, Action::Start, now);
        for no in 1..=25 {
            step(s, records, Action::Answer(no, Some(choice)), now);
        }
        step(s, records, Action::ShowResult, now);
        assert_eq!(s.step, Step::Result);
    }

    fn totals(records: &Records) -> Vec<i32> {
        records.history.iter().map(|e| e.total()).collect()
    }

    #[test]
    fn three_diagnoses_on_one_day_after_restart_and_new_diagnosis_are_three_entries() {
        let mut records = Records::default();
        let mut s = Session::new();
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Partial,
            "2026-11-29T01:00:00.000Z",
        );
        // 「最初からやり直す」 then another diagnosis with other answers.
        step(
            &mut s,
            &mut records,
            Action::RequestRestart,
            "2026-11-29T02:00:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::ConfirmRestart,
            "2026-11-29T02:00:00.000Z",
        );
        assert_eq!(s.entry, None);
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Done,
            "2026-11-29T02:30:00.000Z",
        );
        // 「もう一度診断する（今回の回答から）」 with the answers left as they were.
        step(
            &mut s,
            &mut records,
            Action::NewDiagnosis,
            "2026-11-29T03:00:00.000Z",
        );
        assert_eq!(s.entry, None);
        step(
            &mut s,
            &mut records,
            Action::ShowResult,
            "2026-11-29T03:05:00.000Z",
        );
        assert_eq!(totals(&records), vec![50, 100, 100]);
        let ids: std::collections::BTreeSet<_> = records.history.iter().map(|e| &e.id).collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(s.entry.as_deref(), Some(records.history[2].id.as_str()));
    }

    #[test]
    fn reviewing_an_answer_of_the_latest_changes_only_the_latest() {
        let mut records = Records::default();
        let mut s = Session::new();
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Partial,
            "2026-11-29T01:00:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::NewDiagnosis,
            "2026-11-29T02:00:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::Answer(1, Some(Choice::Done)),
            "2026-11-29T02:00:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::ShowResult,
            "2026-11-29T02:01:00.000Z",
        );
        assert_eq!(totals(&records), vec![50, 52]);
        // 「回答を見直す」, change No.2, back to the result.
        step(
            &mut s,
            &mut records,
            Action::GoToPart(Part::Basic),
            "2026-11-29T02:02:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::Answer(2, Some(Choice::Done)),
            "2026-11-29T02:02:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::ShowResult,
            "2026-11-29T02:03:00.000Z",
        );
        assert_eq!(totals(&records), vec![50, 54]);
        assert_eq!(
            records.history[1].updated_at.clone().unwrap(),
            "2026-11-29T02:03:00.000Z"
        );
        assert_eq!(records.history[0].updated_at, None);
    }

    #[test]
    fn looking_at_the_result_again_adds_nothing() {
        let mut records = Records::default();
        let mut s = Session::new();
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Done,
            "2026-11-29T01:00:00.000Z",
        );
        let before = records.clone();
        for action in [
            Action::Open(Step::Plan),
            Action::Prev,
            Action::Open(Step::Report),
            Action::Prev,
            Action::Home,
            Action::ShowResult,
            Action::Open(Step::History),
            Action::ShowResult,
        ] {
            step(&mut s, &mut records, action, "2026-12-29T01:00:00.000Z");
        }
        assert_eq!(s.step, Step::Result);
        assert_eq!(records, before);
    }

    #[test]
    fn the_entry_survives_a_reload_and_a_later_review_still_updates_it() {
        use jishin_shindan::store::Snapshot;
        let mut records = Records::default();
        let mut s = Session::new();
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Partial,
            "2026-11-29T01:00:00.000Z",
        );
        let json = common::stored(&s, &records, "t", 0);
        let restored = Snapshot::from_json(&json).unwrap();
        let mut records = restored.records.clone();
        let mut s = restored.session();
        assert_eq!(s.entry.as_deref(), Some(records.history[0].id.as_str()));
        step(
            &mut s,
            &mut records,
            Action::GoToPart(Part::Organization),
            "2026-11-30T01:00:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::Answer(25, Some(Choice::Done)),
            "2026-11-30T01:00:00.000Z",
        );
        step(
            &mut s,
            &mut records,
            Action::ShowResult,
            "2026-11-30T01:00:00.000Z",
        );
        assert_eq!(totals(&records), vec![52]);
    }

    #[test]
    fn adopting_another_tabs_diagnosis_takes_its_entry() {
        let mut records = Records::default();
        let mut s = Session::new();
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Partial,
            "2026-11-29T01:00:00.000Z",
        );
        // The other tab restarted: no entry, no answers. A result reached here afterwards is new.
        s.apply(Action::Adopt(Answers::new(), None));
        assert_eq!(s.entry, None);
        answer_and_finish(
            &mut s,
            &mut records,
            Choice::Done,
            "2026-11-29T02:00:00.000Z",
        );
        assert_eq!(totals(&records), vec![50, 100]);
    }
}

mod screen_tokens {
    use super::*;
    use jishin_shindan::core::draft::DraftKind;
    use jishin_shindan::store::session::SCREENS;
    use std::collections::BTreeSet;

    /// Every kind of screen; a new `Step` variant stops this compiling until it is decided here
    /// whether it has an address (and so a row in `SCREENS`).
    fn has_address(step: Step) -> bool {
        match step {
            Step::Intro
            | Step::Part(_)
            | Step::Result
            | Step::Plan
            | Step::Report
            | Step::History
            | Step::Beyond
            | Step::Draft(_)
            | Step::StepUp
            | Step::Combine
            | Step::RollUp => true,
            Step::Shared(_) => false,
        }
    }

    #[test]
    fn every_screen_has_one_token_that_round_trips() {
        let tokens: BTreeSet<&str> = SCREENS.iter().map(|(_, t)| *t).collect();
        assert_eq!(tokens.len(), SCREENS.len(), "tokens are unique");
        for (step, token) in SCREENS {
            assert!(has_address(step));
            assert_eq!(step.token(), Some(token));
            assert_eq!(Step::from_token(token), Some(step));
            assert!(token
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
        for part in Part::ALL {
            assert_eq!(
                Step::Part(part).token(),
                Some(part.go()),
                "the static screens' links"
            );
        }
        for kind in DraftKind::ALL {
            assert_eq!(Step::Draft(kind).token(), Some(kind.as_str()));
        }
        assert_eq!(Step::Shared(Answers::new()).token(), None);
        assert!(!has_address(Step::Shared(Answers::new())));
        assert_eq!(Step::from_token("shared"), None);
        assert_eq!(Step::from_token(""), None);
    }
}
