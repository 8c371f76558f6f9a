//! The answers given so far: one optional [`Choice`] per question.

use crate::core::question::{Choice, Part, QuestionNo, QUESTION_COUNT};

/// The answers of one diagnosis, indexed by question number. Unanswered questions are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Answers([Option<Choice>; QUESTION_COUNT]);

impl Answers {
    /// No question answered.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every question answered with `choice` (handy in tests and examples).
    pub fn all(choice: Choice) -> Self {
        Answers([Some(choice); QUESTION_COUNT])
    }

    fn index(no: QuestionNo) -> Option<usize> {
        (1..=QUESTION_COUNT as u8)
            .contains(&no)
            .then(|| usize::from(no) - 1)
    }

    /// The answer to question `no` (None when unanswered or out of range).
    pub fn get(&self, no: QuestionNo) -> Option<Choice> {
        Self::index(no).and_then(|i| self.0[i])
    }

    /// Sets or clears the answer to question `no`. Numbers outside 1–25 are ignored.
    pub fn set(&mut self, no: QuestionNo, choice: Option<Choice>) {
        if let Some(i) = Self::index(no) {
            self.0[i] = choice;
        }
    }

    /// Builder form of [`Answers::set`].
    ///
    /// ```
    /// use jishin_shindan::core::{Answers, Choice};
    /// let a = Answers::new().with(1, Choice::Done);
    /// assert_eq!(a.get(1), Some(Choice::Done));
    /// assert_eq!(a.answered_count(), 1);
    /// ```
    pub fn with(mut self, no: QuestionNo, choice: Choice) -> Self {
        self.set(no, Some(choice));
        self
    }

    /// (question number, answer) for all 25 questions in number order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionNo, Option<Choice>)> + '_ {
        self.0.iter().enumerate().map(|(i, c)| (i as u8 + 1, *c))
    }

    /// How many of the 25 are answered.
    pub fn answered_count(&self) -> usize {
        self.0.iter().filter(|c| c.is_some()).count()
    }

    /// How many questions of one Part are answered.
    pub fn answered_in(&self, part: Part) -> usize {
        part.question_range()
            .filter(|no| self.get(*no).is_some())
            .count()
    }

    /// How many of the 25 are still unanswered.
    pub fn remaining(&self) -> usize {
        QUESTION_COUNT - self.answered_count()
    }

    /// True when all 25 questions have an answer.
    pub fn is_complete(&self) -> bool {
        self.answered_count() == QUESTION_COUNT
    }

    /// The lowest-numbered unanswered question.
    pub fn first_unanswered(&self) -> Option<QuestionNo> {
        self.iter().find(|(_, c)| c.is_none()).map(|(no, _)| no)
    }

    /// True when nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0
    }
}

/// Three-way merge of answers changed in two places (two tabs) since a common `base`: a question
/// this side changed keeps this side's answer; every other question takes `theirs`.
///
/// ```
/// use jishin_shindan::core::{merge_answers, Answers, Choice};
/// let base = Answers::new().with(1, Choice::Done);
/// let ours = base.with(2, Choice::Partial);
/// let theirs = base.with(3, Choice::Unknown);
/// let merged = merge_answers(&base, &ours, &theirs);
/// assert_eq!(merged, base.with(2, Choice::Partial).with(3, Choice::Unknown));
/// ```
pub fn merge_answers(base: &Answers, ours: &Answers, theirs: &Answers) -> Answers {
    let mut merged = *theirs;
    for (no, choice) in ours.iter() {
        if choice != base.get(no) {
            merged.set(no, choice);
        }
    }
    merged
}
