//! The sheet's tally (A, B, C, A+B+C), the four bands and the advice list.
//!
//! Expected values are derived from the sheet's rules: 実施している 4点, 一部実施している 2点,
//! 実施していない 0点, わからない −1点; A/B/C are the column sums; the bands are 100点満点,
//! 70～99点, 50～69点 and 49点以下.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{advice, score, Answers, Band, Choice, Tally, QUESTION_COUNT};

/// Answers questions 1, 2, 3, … in order: the first `n1` with `c1`, the next `n2` with `c2`, etc.
/// The counts must add up to 25.
fn answers_in_blocks(blocks: &[(usize, Choice)]) -> Answers {
    let total: usize = blocks.iter().map(|(n, _)| n).sum();
    assert_eq!(total, QUESTION_COUNT, "blocks must cover all 25 questions");
    let mut answers = Answers::new();
    let mut no = 1u8;
    for &(n, choice) in blocks {
        for _ in 0..n {
            answers.set(no, Some(choice));
            no += 1;
        }
    }
    assert!(answers.is_complete());
    answers
}

/// The expected tally for `blocks`, computed from the sheet's points (not from the code).
fn expected_tally(blocks: &[(usize, Choice)]) -> Tally {
    let count = |c: Choice| -> i32 {
        blocks
            .iter()
            .filter(|(_, choice)| *choice == c)
            .map(|(n, _)| *n as i32)
            .sum()
    };
    Tally {
        a: 4 * count(Choice::Done),
        b: 2 * count(Choice::Partial),
        c: -count(Choice::Unknown),
    }
}

// ---------------------------------------------------------------------------------------------
// Uniform answer sets
// ---------------------------------------------------------------------------------------------

#[test]
fn all_done_answers_total_100_with_a_100_b_0_c_0() {
    let t = score(&Answers::all(Choice::Done));
    assert_eq!(t, Tally { a: 100, b: 0, c: 0 });
    assert_eq!(t.total(), 100);
    assert_eq!(Band::from_total(t.total()), Band::Perfect);
}

#[test]
fn all_unknown_answers_total_minus_25() {
    let t = score(&Answers::all(Choice::Unknown));
    assert_eq!(t, Tally { a: 0, b: 0, c: -25 });
    assert_eq!(t.total(), -25);
    assert_eq!(Band::from_total(t.total()), Band::Low);
}

#[test]
fn all_partial_answers_total_50_in_column_b() {
    let t = score(&Answers::all(Choice::Partial));
    assert_eq!(t, Tally { a: 0, b: 50, c: 0 });
    assert_eq!(t.total(), 50);
    assert_eq!(Band::from_total(t.total()), Band::Middle);
}

#[test]
fn all_not_done_answers_total_0() {
    let t = score(&Answers::all(Choice::NotDone));
    assert_eq!(t, Tally { a: 0, b: 0, c: 0 });
    assert_eq!(t.total(), 0);
    assert_eq!(Band::from_total(t.total()), Band::Low);
}

#[test]
fn unanswered_questions_count_nothing() {
    assert_eq!(score(&Answers::new()), Tally { a: 0, b: 0, c: 0 });
    let t = score(
        &Answers::new()
            .with(1, Choice::Done)
            .with(25, Choice::Unknown),
    );
    assert_eq!(t, Tally { a: 4, b: 0, c: -1 });
}

// ---------------------------------------------------------------------------------------------
// Mixed answer sets
// ---------------------------------------------------------------------------------------------

#[test]
fn ten_done_five_partial_five_not_done_five_unknown_total_45_in_the_lowest_band() {
    let blocks = [
        (10, Choice::Done),
        (5, Choice::Partial),
        (5, Choice::NotDone),
        (5, Choice::Unknown),
    ];
    let t = score(&answers_in_blocks(&blocks));
    // A = 10×4, B = 5×2, C = 5×(−1).
    assert_eq!(
        t,
        Tally {
            a: 40,
            b: 10,
            c: -5
        }
    );
    assert_eq!(t, expected_tally(&blocks));
    assert_eq!(t.total(), 45);
    assert_eq!(Band::from_total(t.total()), Band::Low);
}

#[test]
fn order_of_answers_does_not_change_the_tally() {
    // Same counts as above, interleaved instead of in blocks.
    let mut answers = Answers::new();
    for no in 1..=25u8 {
        let choice = match no % 5 {
            0 | 1 => Choice::Done,
            2 => Choice::Partial,
            3 => Choice::NotDone,
            _ => Choice::Unknown,
        };
        answers.set(no, Some(choice));
    }
    assert_eq!(
        score(&answers),
        Tally {
            a: 40,
            b: 10,
            c: -5
        }
    );
}

#[test]
fn all_done_except_one_not_done_totals_96_in_the_70_to_99_band() {
    let answers = Answers::all(Choice::Done).with(13, Choice::NotDone);
    let t = score(&answers);
    // 24×4.
    assert_eq!(t, Tally { a: 96, b: 0, c: 0 });
    assert_eq!(t.total(), 96);
    assert_eq!(Band::from_total(t.total()), Band::High);
}

#[test]
fn all_done_except_one_unknown_totals_95() {
    let t = score(&Answers::all(Choice::Done).with(1, Choice::Unknown));
    // 24×4 − 1.
    assert_eq!(t, Tally { a: 96, b: 0, c: -1 });
    assert_eq!(t.total(), 95);
    assert_eq!(Band::from_total(t.total()), Band::High);
}

#[test]
fn an_answer_set_worth_exactly_70_is_in_the_70_to_99_band() {
    // 17×4 + 1×2 + 7×0 = 70.
    let blocks = [
        (17, Choice::Done),
        (1, Choice::Partial),
        (7, Choice::NotDone),
    ];
    let t = score(&answers_in_blocks(&blocks));
    assert_eq!(t, expected_tally(&blocks));
    assert_eq!(t.total(), 70);
    assert_eq!(Band::from_total(t.total()), Band::High);
}

#[test]
fn an_answer_set_worth_exactly_69_is_in_the_50_to_69_band() {
    // 18×4 + 3×(−1) + 4×0 = 69.
    let blocks = [
        (18, Choice::Done),
        (3, Choice::Unknown),
        (4, Choice::NotDone),
    ];
    let t = score(&answers_in_blocks(&blocks));
    assert_eq!(t, expected_tally(&blocks));
    assert_eq!(t.total(), 69);
    assert_eq!(Band::from_total(t.total()), Band::Middle);
}

#[test]
fn an_answer_set_worth_exactly_50_is_in_the_50_to_69_band() {
    // 12×4 + 1×2 + 12×0 = 50.
    let blocks = [
        (12, Choice::Done),
        (1, Choice::Partial),
        (12, Choice::NotDone),
    ];
    let t = score(&answers_in_blocks(&blocks));
    assert_eq!(t, expected_tally(&blocks));
    assert_eq!(t.total(), 50);
    assert_eq!(Band::from_total(t.total()), Band::Middle);
}

#[test]
fn an_answer_set_worth_exactly_49_is_in_the_lowest_band() {
    // 13×4 + 3×(−1) + 9×0 = 49.
    let blocks = [
        (13, Choice::Done),
        (3, Choice::Unknown),
        (9, Choice::NotDone),
    ];
    let t = score(&answers_in_blocks(&blocks));
    assert_eq!(t, expected_tally(&blocks));
    assert_eq!(t.total(), 49);
    assert_eq!(Band::from_total(t.total()), Band::Low);
}

#[test]
fn the_highest_total_below_100_is_98_and_in_the_70_to_99_band() {
    // 99 cannot be reached: with 24 実施している (96点) the last question adds 2, 0 or −1
    // (98, 96, 95), and with 23 or fewer the total is at most 23×4 + 2×2 = 96.
    let t = score(&Answers::all(Choice::Done).with(25, Choice::Partial));
    assert_eq!(t, Tally { a: 96, b: 2, c: 0 });
    assert_eq!(t.total(), 98);
    assert_eq!(Band::from_total(t.total()), Band::High);
}

#[test]
fn every_reachable_total_lies_between_minus_25_and_100() {
    // Enumerate every (done, partial, unknown) split of 25 questions.
    for done in 0..=25i32 {
        for partial in 0..=(25 - done) {
            for unknown in 0..=(25 - done - partial) {
                let not_done = 25 - done - partial - unknown;
                let blocks = [
                    (done as usize, Choice::Done),
                    (partial as usize, Choice::Partial),
                    (unknown as usize, Choice::Unknown),
                    (not_done as usize, Choice::NotDone),
                ];
                let t = score(&answers_in_blocks(&blocks));
                assert_eq!(t, expected_tally(&blocks));
                assert!((-25..=100).contains(&t.total()), "{t:?}");
                assert_eq!(
                    Band::from_total(t.total()) == Band::Perfect,
                    done == 25,
                    "only all 実施している reaches 100: {t:?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Band boundaries
// ---------------------------------------------------------------------------------------------

#[test]
fn band_boundaries_follow_the_pamphlet() {
    let cases = [
        (100, Band::Perfect),
        (99, Band::High),
        (70, Band::High),
        (69, Band::Middle),
        (50, Band::Middle),
        (49, Band::Low),
        (0, Band::Low),
        (-1, Band::Low),
        (-25, Band::Low),
    ];
    for (total, band) in cases {
        assert_eq!(Band::from_total(total), band, "total {total}");
    }
}

#[test]
fn every_total_from_minus_25_to_100_falls_in_the_band_its_range_label_names() {
    for total in -25..=100 {
        let band = Band::from_total(total);
        let expected = if total == 100 {
            Band::Perfect
        } else if (70..=99).contains(&total) {
            Band::High
        } else if (50..=69).contains(&total) {
            Band::Middle
        } else {
            Band::Low
        };
        assert_eq!(band, expected, "total {total}");
    }
}

// ---------------------------------------------------------------------------------------------
// Advice
// ---------------------------------------------------------------------------------------------

#[test]
fn advice_is_empty_when_everything_is_done() {
    assert!(advice(&Answers::all(Choice::Done)).is_empty());
}

#[test]
fn advice_is_empty_when_nothing_is_answered() {
    assert!(advice(&Answers::new()).is_empty());
}

#[test]
fn advice_lists_exactly_the_non_done_questions_in_number_order() {
    // Set in scrambled order, across all three Parts.
    let answers = Answers::all(Choice::Done)
        .with(20, Choice::Unknown)
        .with(3, Choice::Partial)
        .with(11, Choice::NotDone)
        .with(25, Choice::Partial)
        .with(1, Choice::Unknown)
        .with(6, Choice::NotDone);
    let items = advice(&answers);
    let listed: Vec<(u8, Choice)> = items.iter().map(|i| (i.question.no, i.choice)).collect();
    assert_eq!(
        listed,
        vec![
            (1, Choice::Unknown),
            (3, Choice::Partial),
            (6, Choice::NotDone),
            (11, Choice::NotDone),
            (20, Choice::Unknown),
            (25, Choice::Partial),
        ]
    );
    // Part 1 items come first.
    assert_eq!(
        items.first().map(|i| i.question.part),
        Some(jishin_shindan::core::Part::Basic)
    );
}

#[test]
fn advice_lists_all_25_when_nothing_is_done() {
    for choice in [Choice::Partial, Choice::NotDone, Choice::Unknown] {
        let items = advice(&Answers::all(choice));
        let nos: Vec<u8> = items.iter().map(|i| i.question.no).collect();
        assert_eq!(nos, (1..=25).collect::<Vec<u8>>(), "{choice:?}");
        assert!(items.iter().all(|i| i.choice == choice));
    }
}

#[test]
fn advice_never_contains_a_done_answer() {
    let blocks = [
        (10, Choice::Done),
        (5, Choice::Partial),
        (5, Choice::NotDone),
        (5, Choice::Unknown),
    ];
    let answers = answers_in_blocks(&blocks);
    let items = advice(&answers);
    assert_eq!(items.len(), 15);
    for item in &items {
        assert_ne!(item.choice, Choice::Done);
        assert_eq!(answers.get(item.question.no), Some(item.choice));
    }
}

#[test]
fn advice_needs_check_only_for_unknown() {
    let answers = Answers::all(Choice::Done)
        .with(2, Choice::Partial)
        .with(9, Choice::NotDone)
        .with(22, Choice::Unknown);
    let checks: Vec<(u8, bool)> = advice(&answers)
        .iter()
        .map(|i| (i.question.no, i.needs_check()))
        .collect();
    assert_eq!(checks, vec![(2, false), (9, false), (22, true)]);
}

#[test]
fn advice_skips_unanswered_questions() {
    let answers = Answers::new()
        .with(4, Choice::NotDone)
        .with(5, Choice::Done)
        .with(18, Choice::Unknown);
    let nos: Vec<u8> = advice(&answers).iter().map(|i| i.question.no).collect();
    assert_eq!(nos, vec![4, 18]);
}
