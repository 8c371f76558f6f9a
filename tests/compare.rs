//! Per-Part scores and the comparison of two diagnoses.
//!
//! Expected values come from the sheet's points (4 / 2 / 0 / −1), the Part ranges (No.1–5,
//! 6–18, 19–25 → maxima 20, 52, 28) and the documented order 4 > 2 > 0 > −1 for "improved".

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{Answers, Choice, Part};
use jishin_shindan::features::history::model::{
    compare, part_score, part_scores, ChangeItem, PartDelta,
};

#[test]
fn part_maxima_are_four_points_per_question() {
    let all_done = Answers::all(Choice::Done);
    let maxima: Vec<(i32, i32, i32)> = part_scores(&all_done)
        .iter()
        .map(|s| (s.points, s.max, s.percent))
        .collect();
    assert_eq!(maxima, vec![(20, 20, 100), (52, 52, 100), (28, 28, 100)]);
}

#[test]
fn all_unknown_gives_minus_25_percent_in_every_part() {
    let scores = part_scores(&Answers::all(Choice::Unknown));
    assert_eq!(
        scores.map(|s| (s.points, s.percent)),
        [(-5, -25), (-13, -25), (-7, -25)]
    );
}

#[test]
fn percent_is_rounded_to_the_nearest_integer() {
    // Part 3: one 実施している, rest 実施していない → 4 / 28 = 14.28…% → 14.
    let answers = Answers::all(Choice::NotDone).with(19, Choice::Done);
    assert_eq!(part_score(&answers, Part::Organization).percent, 14);
    // Part 3: three 一部 → 6 / 28 = 21.43…% → 21.
    let three = Answers::all(Choice::NotDone)
        .with(19, Choice::Partial)
        .with(20, Choice::Partial)
        .with(21, Choice::Partial);
    assert_eq!(part_score(&three, Part::Organization).percent, 21);
    // Part 2: one 一部 → 2 / 52 = 3.846…% → 4.
    let one = Answers::all(Choice::NotDone).with(6, Choice::Partial);
    assert_eq!(part_score(&one, Part::Employee).percent, 4);
    // Part 2: one わからない → −1 / 52 = −1.92…% → −2.
    let minus = Answers::all(Choice::NotDone).with(6, Choice::Unknown);
    assert_eq!(part_score(&minus, Part::Employee).percent, -2);
    // Part 1: 9 points of 20 = 45% exactly.
    let nine = Answers::all(Choice::NotDone)
        .with(1, Choice::Done)
        .with(2, Choice::Done)
        .with(3, Choice::Unknown)
        .with(4, Choice::Partial);
    let s = part_score(&nine, Part::Basic);
    assert_eq!((s.points, s.percent), (9, 45));
}

#[test]
fn negative_percentages_are_kept() {
    // Part 1: one わからない, rest 実施していない → −1 / 20 = −5% exactly.
    let a = Answers::all(Choice::NotDone).with(1, Choice::Unknown);
    let s = part_score(&a, Part::Basic);
    assert_eq!((s.points, s.percent), (-1, -5));
    // Part 3: three わからない → −3 / 28 = −10.71…% → −11.
    let b = Answers::all(Choice::NotDone)
        .with(19, Choice::Unknown)
        .with(20, Choice::Unknown)
        .with(21, Choice::Unknown);
    assert_eq!(part_score(&b, Part::Organization).percent, -11);
}

#[test]
fn unanswered_questions_count_zero() {
    let partial = Answers::new().with(1, Choice::Done);
    let s = part_score(&partial, Part::Basic);
    assert_eq!((s.points, s.max, s.percent), (4, 20, 20));
}

#[test]
fn comparison_reports_exact_deltas() {
    // Before: all 実施していない except No.1 わからない, No.7 実施している, No.20 一部.
    let before = Answers::all(Choice::NotDone)
        .with(1, Choice::Unknown)
        .with(7, Choice::Done)
        .with(20, Choice::Partial);
    // After: No.1 実施している (−1 → 4), No.7 一部 (4 → 2), No.20 実施している (2 → 4),
    // No.25 わからない (0 → −1), No.12 一部 (0 → 2).
    let after = Answers::all(Choice::NotDone)
        .with(1, Choice::Done)
        .with(7, Choice::Partial)
        .with(20, Choice::Done)
        .with(25, Choice::Unknown)
        .with(12, Choice::Partial);
    let c = compare(&before, &after);
    // Before: −1 + 4 + 2 = 5. After: 4 + 2 + 4 − 1 + 2 = 11.
    assert_eq!(c.before_total, 5);
    assert_eq!(c.after_total, 11);
    assert_eq!(c.total_delta, 6);
    assert_eq!(
        c.parts,
        vec![
            PartDelta {
                part: Part::Basic,
                before: -1,
                after: 4,
                delta: 5
            },
            PartDelta {
                part: Part::Employee,
                before: 4,
                after: 4,
                delta: 0
            },
            PartDelta {
                part: Part::Organization,
                before: 2,
                after: 3,
                delta: 1
            },
        ]
    );
    assert_eq!(
        c.improved,
        vec![
            ChangeItem {
                no: 1,
                before: Choice::Unknown,
                after: Choice::Done
            },
            ChangeItem {
                no: 12,
                before: Choice::NotDone,
                after: Choice::Partial
            },
            ChangeItem {
                no: 20,
                before: Choice::Partial,
                after: Choice::Done
            },
        ]
    );
    assert_eq!(
        c.worsened,
        vec![
            ChangeItem {
                no: 7,
                before: Choice::Done,
                after: Choice::Partial
            },
            ChangeItem {
                no: 25,
                before: Choice::NotDone,
                after: Choice::Unknown
            },
        ]
    );
    assert_eq!(c.unchanged_count, 20);
}

#[test]
fn unknown_to_not_done_counts_as_improved() {
    let before = Answers::all(Choice::Unknown);
    let after = Answers::all(Choice::Unknown).with(3, Choice::NotDone);
    let c = compare(&before, &after);
    assert_eq!(
        c.improved,
        vec![ChangeItem {
            no: 3,
            before: Choice::Unknown,
            after: Choice::NotDone
        }]
    );
    assert!(c.worsened.is_empty());
    assert_eq!(c.total_delta, 1);
}

#[test]
fn comparing_a_diagnosis_with_itself_shows_no_change() {
    let a = Answers::all(Choice::Partial).with(9, Choice::Unknown);
    let c = compare(&a, &a);
    assert_eq!(c.total_delta, 0);
    assert!(c.improved.is_empty() && c.worsened.is_empty());
    assert_eq!(c.unchanged_count, 25);
    assert!(c.parts.iter().all(|p| p.delta == 0));
}

#[test]
fn from_worst_to_best_improves_all_25_by_125_points() {
    let c = compare(&Answers::all(Choice::Unknown), &Answers::all(Choice::Done));
    assert_eq!(
        (c.before_total, c.after_total, c.total_delta),
        (-25, 100, 125)
    );
    assert_eq!(c.improved.len(), 25);
    assert_eq!(
        c.parts.iter().map(|p| p.delta).collect::<Vec<_>>(),
        vec![25, 65, 35]
    );
}

#[test]
fn unanswered_questions_are_in_no_list() {
    let before = Answers::new().with(1, Choice::Done).with(2, Choice::Done);
    let after = Answers::new().with(1, Choice::NotDone);
    let c = compare(&before, &after);
    assert_eq!(c.worsened.len(), 1);
    assert_eq!(c.improved.len(), 0);
    assert_eq!(c.unchanged_count, 0);
}
