//! 「このツールを自社サイトに掲載する」 as session transitions: it opens over the current screen,
//! closes back to it, is closed by any navigation, and is never saved.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{Choice, Part};
use jishin_shindan::store::Snapshot;
use jishin_shindan::store::{Action, Session, Step};

fn run(actions: &[Action]) -> Session {
    let mut s = Session::new();
    for a in actions.iter().cloned() {
        s.apply(a);
    }
    s
}

#[test]
fn a_new_session_does_not_show_the_publish_page() {
    assert!(!Session::new().publish_page);
}

#[test]
fn opening_from_the_landing_screen_and_closing_returns_there() {
    let mut s = run(&[Action::OpenPublishPage]);
    assert!(s.publish_page);
    assert_eq!(s.step, Step::Intro);
    assert_eq!(s.navigation, 1);
    s.apply(Action::ClosePublishPage);
    assert!(!s.publish_page);
    assert_eq!(s.step, Step::Intro);
    assert_eq!(s.navigation, 2);
}

#[test]
fn closing_returns_to_the_part_and_answers_the_user_left() {
    let mut s = run(&[
        Action::Start,
        Action::Answer(1, Some(Choice::Done)),
        Action::GoToPart(Part::Employee),
        Action::OpenPublishPage,
    ]);
    assert!(s.publish_page);
    s.apply(Action::ClosePublishPage);
    assert_eq!(s.step, Step::Part(Part::Employee));
    assert_eq!(s.answers.get(1), Some(Choice::Done));
}

#[test]
fn opening_clears_a_pending_notice_and_restart_confirmation() {
    let mut s = run(&[Action::Start, Action::ShowResult]);
    assert!(s.notice.is_some());
    s.apply(Action::RequestRestart);
    s.apply(Action::OpenPublishPage);
    assert!(s.notice.is_none());
    assert!(!s.confirming_restart);
}

#[test]
fn any_navigation_closes_it() {
    for action in [
        Action::Home,
        Action::Start,
        Action::GoToPart(Part::Organization),
    ] {
        let s = run(&[Action::OpenPublishPage, action.clone()]);
        assert!(!s.publish_page, "{action:?}");
    }
}

#[test]
fn closing_when_it_is_not_open_changes_nothing() {
    let before = run(&[Action::Start]);
    let mut after = before.clone();
    after.apply(Action::ClosePublishPage);
    assert_eq!(after, before);
}

#[test]
fn a_confirmed_restart_closes_it() {
    let s = run(&[
        Action::Start,
        Action::Answer(3, Some(Choice::Partial)),
        Action::OpenPublishPage,
        Action::RequestRestart,
        Action::ConfirmRestart,
    ]);
    assert!(!s.publish_page);
    assert!(s.answers.is_empty());
}

#[test]
fn it_is_not_saved_a_reload_returns_to_the_diagnosis() {
    let s = run(&[
        Action::Start,
        Action::Answer(2, Some(Choice::NotDone)),
        Action::OpenPublishPage,
    ]);
    let restored = Snapshot::of(&s, "test").session();
    assert!(!restored.publish_page);
    assert_eq!(restored.step, Step::Part(Part::Basic));
    assert_eq!(restored.answers.get(2), Some(Choice::NotDone));
}
