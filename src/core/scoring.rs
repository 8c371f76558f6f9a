//! The sheet's tally: A (実施している), B (一部実施している), C (わからない, negative) and A+B+C.

use crate::core::answers::Answers;
use crate::core::question::Choice;

/// The tally box at the foot of the 診断編, for a complete set of answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// A: 実施している の合計点 (4 points each).
    pub a: i32,
    /// B: 一部実施している の合計点 (2 points each).
    pub b: i32,
    /// C: わからない の合計点 (−1 point each, so 0 or negative).
    pub c: i32,
}

impl Tally {
    /// 合計 = A + B + C, in −25..=100.
    pub fn total(&self) -> i32 {
        self.a + self.b + self.c
    }
}

/// Adds up the answers as the sheet does. Unanswered questions count nothing; the result screen
/// only calls this once all 25 are answered.
///
/// ```
/// use jishin_shindan::core::{score, Answers, Choice};
/// assert_eq!(score(&Answers::all(Choice::Done)).total(), 100);
/// assert_eq!(score(&Answers::all(Choice::Unknown)).total(), -25);
/// ```
pub fn score(answers: &Answers) -> Tally {
    let mut tally = Tally { a: 0, b: 0, c: 0 };
    for (_, choice) in answers.iter() {
        match choice {
            Some(c @ Choice::Done) => tally.a += c.points(),
            Some(c @ Choice::Partial) => tally.b += c.points(),
            Some(c @ Choice::Unknown) => tally.c += c.points(),
            Some(Choice::NotDone) | None => {}
        }
    }
    tally
}
