//! The action plan: which questions become tasks, their kind and their exact order.
//!
//! The order is the issue's: Part 1 first (whatever the answer), then わからない as 「確認する」,
//! then 実施していない, then 一部実施している, number order within each group.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::Lang;
use jishin_shindan::core::{catalog, Answers, Choice};
use jishin_shindan::features::plan::model::{check_hint, progress, tasks, Group, TaskKind};
use jishin_shindan::store::records::{Records, TaskChange};

mod common;

/// A hand-built set touching every group: Part 1 with each non-done answer, and each answer in
/// Parts 2 and 3, out of number order.
fn mixed() -> Answers {
    Answers::all(Choice::Done)
        .with(5, Choice::Partial)
        .with(2, Choice::Unknown)
        .with(3, Choice::NotDone)
        .with(24, Choice::Unknown)
        .with(8, Choice::Unknown)
        .with(18, Choice::NotDone)
        .with(10, Choice::NotDone)
        .with(25, Choice::Partial)
        .with(6, Choice::Partial)
}

#[test]
fn tasks_come_in_priority_order() {
    let order: Vec<(u8, TaskKind, Group)> = tasks(&mixed())
        .iter()
        .map(|t| (t.no, t.kind, t.priority_group))
        .collect();
    assert_eq!(
        order,
        vec![
            (2, TaskKind::Check, Group::Part1),
            (3, TaskKind::Implement, Group::Part1),
            (5, TaskKind::Improve, Group::Part1),
            (8, TaskKind::Check, Group::Check),
            (24, TaskKind::Check, Group::Check),
            (10, TaskKind::Implement, Group::Implement),
            (18, TaskKind::Implement, Group::Implement),
            (6, TaskKind::Improve, Group::Improve),
            (25, TaskKind::Improve, Group::Improve),
        ]
    );
}

#[test]
fn the_four_groups_come_in_order_and_each_has_a_heading_in_both_languages() {
    jishin_shindan::app::english::register();
    assert_eq!(
        Group::ALL,
        [Group::Part1, Group::Check, Group::Implement, Group::Improve]
    );
    assert!(Group::ALL.windows(2).all(|w| w[0] < w[1]));
    for g in Group::ALL {
        assert!(!g.label(Lang::Ja).is_empty());
        assert!(!g.label(Lang::En).is_empty());
        assert_ne!(g.label(Lang::Ja), g.label(Lang::En));
    }
}

#[test]
fn done_and_unanswered_questions_give_no_task() {
    assert!(tasks(&Answers::all(Choice::Done)).is_empty());
    assert!(tasks(&Answers::new()).is_empty());
    let one = Answers::new().with(14, Choice::NotDone);
    assert_eq!(tasks(&one).len(), 1);
}

#[test]
fn all_not_done_lists_part_1_then_the_rest_in_number_order() {
    let nos: Vec<u8> = tasks(&Answers::all(Choice::NotDone))
        .iter()
        .map(|t| t.no)
        .collect();
    assert_eq!(nos, (1..=25).collect::<Vec<u8>>());
}

#[test]
fn all_unknown_gives_25_check_tasks() {
    let all = tasks(&Answers::all(Choice::Unknown));
    assert_eq!(all.len(), 25);
    assert!(all.iter().all(|t| t.kind == TaskKind::Check));
    assert!(all
        .iter()
        .all(|t| t.hint(Lang::Ja) == Some(check_hint(t.no, Lang::Ja))));
}

#[test]
fn tasks_carry_their_question_and_answer() {
    for t in tasks(&mixed()) {
        assert_eq!(t.question.no, t.no);
        assert_eq!(Some(t.choice), mixed().get(t.no));
        assert!(!t.question.examples.is_empty());
    }
}

#[test]
fn only_check_tasks_have_a_hint() {
    let all = tasks(&mixed());
    for t in &all {
        assert_eq!(
            t.hint(Lang::Ja).is_some(),
            t.kind == TaskKind::Check,
            "No.{}",
            t.no
        );
    }
}

#[test]
fn labels_are_japanese_verbs() {
    assert_eq!(TaskKind::Check.label(Lang::Ja), "確認する");
    assert_eq!(TaskKind::Implement.label(Lang::Ja), "実施する");
    assert_eq!(TaskKind::Improve.label(Lang::Ja), "改善する");
    assert_eq!(TaskKind::of(Choice::Done), None);
    assert_eq!(TaskKind::of(Choice::Unknown), Some(TaskKind::Check));
    assert_eq!(TaskKind::of(Choice::NotDone), Some(TaskKind::Implement));
    assert_eq!(TaskKind::of(Choice::Partial), Some(TaskKind::Improve));
}

#[test]
fn every_question_has_a_one_sentence_check_hint() {
    let mut seen = std::collections::HashSet::new();
    for q in &catalog::QUESTIONS {
        let hint = check_hint(q.no, Lang::Ja);
        assert!(hint.ends_with("確認する。"), "No.{}: {hint}", q.no);
        assert!(hint.contains("に確認する"), "No.{} names who to ask", q.no);
        assert_eq!(hint.matches('。').count(), 1, "No.{} is one sentence", q.no);
        assert!(hint.chars().count() <= 90, "No.{} is short", q.no);
        assert!(seen.insert(hint), "No.{} is unique", q.no);
    }
    assert_eq!(check_hint(0, Lang::Ja), "");
    assert_eq!(check_hint(26, Lang::Ja), "");
}

#[test]
fn progress_counts_only_ticked_tasks_that_are_still_tasks() {
    let mut records = Records::default();
    let now = "2026-11-25T10:15:00.000Z";
    common::task(&mut records, 2, TaskChange::Done(true), now);
    common::task(&mut records, 8, TaskChange::Done(true), now);
    common::task(&mut records, 9, TaskChange::Done(true), now); // No.9 is 実施している: no task
    common::task(&mut records, 10, TaskChange::Note("見積もり中".into()), now); // not done
    let p = progress(&mixed(), &records.plan);
    assert_eq!((p.done, p.total), (2, 9));
}
