//! Per-Part scores and the change between two diagnoses (history comparison).
//!
//! "Better" always means more points on the sheet's scale, from best to worst: 実施している (4),
//! 一部実施している (2), 実施していない (0), わからない (−1). So わからない → 実施していない counts
//! as an improvement: knowing that something is not done yet is the first step to doing it.

use crate::core::answers::Answers;
use crate::core::question::{Choice, Part, QuestionNo};
use crate::core::scoring::score;

/// The score of one Part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartScore {
    /// Which Part.
    pub part: Part,
    /// Sum of the points of the Part's answered questions (may be negative: わからない is −1).
    pub points: i32,
    /// The Part's maximum: 4 points × its number of questions (20, 52, 28).
    pub max: i32,
    /// `points` as a percentage of `max`, rounded to the nearest integer (halves away from
    /// zero). Negative when わからない outweighs the rest (down to −25); a bar chart should
    /// draw a negative percentage as an empty bar and print the number.
    pub percent: i32,
}

/// Integer division of `n * 100` by `d`, rounded half away from zero. `d` must be positive.
fn percent_of(n: i32, d: i32) -> i32 {
    let scaled = n * 200;
    if scaled >= 0 {
        (scaled + d) / (2 * d)
    } else {
        -((-scaled + d) / (2 * d))
    }
}

/// The score of one Part. Unanswered questions count 0.
///
/// ```
/// use jishin_shindan::features::history::model::part_score;
/// use jishin_shindan::core::{Answers, Choice, Part};
/// let s = part_score(&Answers::all(Choice::Partial), Part::Basic);
/// assert_eq!((s.points, s.max, s.percent), (10, 20, 50));
/// ```
pub fn part_score(answers: &Answers, part: Part) -> PartScore {
    let points = part
        .question_range()
        .filter_map(|no| answers.get(no))
        .map(Choice::points)
        .sum();
    let max = part.question_range().count() as i32 * Choice::Done.points();
    PartScore {
        part,
        points,
        max,
        percent: percent_of(points, max),
    }
}

/// The scores of the three Parts, in sheet order.
pub fn part_scores(answers: &Answers) -> [PartScore; 3] {
    Part::ALL.map(|part| part_score(answers, part))
}

/// How one Part's points changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartDelta {
    /// Which Part.
    pub part: Part,
    /// Points before.
    pub before: i32,
    /// Points after.
    pub after: i32,
    /// `after - before`.
    pub delta: i32,
}

/// A question whose answer changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeItem {
    /// The question number.
    pub no: QuestionNo,
    /// The earlier answer.
    pub before: Choice,
    /// The later answer.
    pub after: Choice,
}

/// The change between two diagnoses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// 合計 before.
    pub before_total: i32,
    /// 合計 after.
    pub after_total: i32,
    /// `after_total - before_total`.
    pub total_delta: i32,
    /// One entry per Part, in sheet order.
    pub parts: Vec<PartDelta>,
    /// Questions whose answer is worth more points now, in number order.
    pub improved: Vec<ChangeItem>,
    /// Questions whose answer is worth fewer points now, in number order.
    pub worsened: Vec<ChangeItem>,
    /// Questions answered the same both times.
    pub unchanged_count: usize,
}

/// Compares an earlier diagnosis with a later one.
///
/// Questions unanswered on either side are counted in no list (history entries are always
/// complete, so this only matters for hand-made input).
///
/// ```
/// use jishin_shindan::features::history::model::compare;
/// use jishin_shindan::core::{Answers, Choice};
/// let before = Answers::all(Choice::Done).with(1, Choice::Unknown);
/// let after = Answers::all(Choice::Done).with(1, Choice::NotDone);
/// let c = compare(&before, &after);
/// assert_eq!(c.total_delta, 1);
/// assert_eq!(c.improved.len(), 1);
/// assert_eq!(c.unchanged_count, 24);
/// ```
pub fn compare(before: &Answers, after: &Answers) -> Comparison {
    let before_total = score(before).total();
    let after_total = score(after).total();
    let parts = Part::ALL
        .into_iter()
        .map(|part| {
            let b = part_score(before, part).points;
            let a = part_score(after, part).points;
            PartDelta {
                part,
                before: b,
                after: a,
                delta: a - b,
            }
        })
        .collect();
    let mut improved = Vec::new();
    let mut worsened = Vec::new();
    let mut unchanged_count = 0;
    for (no, b) in before.iter() {
        let (Some(b), Some(a)) = (b, after.get(no)) else {
            continue;
        };
        let item = ChangeItem {
            no,
            before: b,
            after: a,
        };
        match a.points().cmp(&b.points()) {
            std::cmp::Ordering::Greater => improved.push(item),
            std::cmp::Ordering::Less => worsened.push(item),
            std::cmp::Ordering::Equal => unchanged_count += 1,
        }
    }
    Comparison {
        before_total,
        after_total,
        total_delta: after_total - before_total,
        parts,
        improved,
        worsened,
        unchanged_count,
    }
}
