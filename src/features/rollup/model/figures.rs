//! The figures of a roll-up, computed exactly: counts are integers, means and quartiles are
//! fractions ([`Ratio`]) rounded only when shown, and shares are whole units that add up to
//! exactly 100 % as displayed.
//!
//! # Definitions
//!
//! - **Bands**: the sheet's four (100 / 70–99 / 50–69 / 49 and below, [`Band::from_total`]), in
//!   that order, with their counts and shares.
//! - **Total** (合計, −25..=100): mean, minimum, maximum, and the median and quartiles by linear
//!   interpolation between the sorted totals (Hyndman & Fan's type 7, the method of Excel's
//!   `QUARTILE.INC` / `MEDIAN` and R's default): with the totals sorted x₀ ≤ … ≤ xₙ₋₁, the
//!   quantile p is xₖ + f·(xₖ₊₁ − xₖ) where k + f = (n − 1)·p. So Q1, the median and Q3 are
//!   exact in quarters of a point (62.25).
//! - **Per Part**: the mean of each result's share of the Part's points, A + B + C over the
//!   Part's maximum (4 points per question: 20, 52, 28), counted as the sheet counts them, so
//!   わからない (−1) can make it negative. As every result has the same maximum, this is the sum
//!   of the Part's points over (count × maximum).
//! - **Per question**: how many gave each of the four answers, their shares, and the mean
//!   points.
//! - **Shares** are in tenths of a percent ([`SHARE_UNITS`] = 1000 for 100.0 %), rounded by the
//!   largest-remainder method ([`largest_remainder`]): each share is rounded down, then the
//!   tenths still missing go one each to the largest remainders (ties: the earlier column), so
//!   the shares of a question, and of the bands, always add up to exactly 100.0 %.
//! - **The weakest items** ([`WEAKEST_COUNT`] = 5): the questions with the lowest mean points
//!   (the sheet's points, わからない −1), ties by question number; a question every result
//!   answered 実施している is never among them (there is nothing to improve), so there may be
//!   fewer than five.
//!
//! With no result, the counts and shares are 0, the means 0 and [`Figures::total`] is `None`.

use std::cmp::Ordering;

use crate::core::advice::Band;
use crate::core::answers::Answers;
use crate::core::question::{Choice, Part, QuestionNo, QUESTION_COUNT};
use crate::core::time::CivilDate;

/// Shares are counted in these units: 1000 = 100.0 % (tenths of a percent).
pub const SHARE_UNITS: u32 = 1000;

/// How many weakest items [`Figures::weakest`] lists at most.
pub const WEAKEST_COUNT: usize = 5;

/// Most groups of values [`crate::features::rollup::model::RollUp::groups`] shows; beyond this,
/// the smallest are put together as [`GroupKey::Others`].
pub const MAX_GROUPS: usize = 20;

/// The lowest total (25 × わからない).
const MIN_TOTAL: i32 = -25;
/// Number of possible totals, −25..=100.
const TOTALS: usize = 126;

/// An exact fraction, as every mean and quartile is computed; rounded only when shown. Always in
/// lowest terms with a positive denominator, so `==` compares values.
///
/// ```
/// use jishin_shindan::features::rollup::model::figures::Ratio;
/// let r = Ratio::new(250, 4);
/// assert_eq!(r, Ratio::new(125, 2));
/// assert_eq!(r.fixed(1), "62.5");
/// assert_eq!(Ratio::new(249, 4).trimmed(2), "62.25");
/// assert_eq!(Ratio::new(-1, 8).fixed(1), "-0.1");
/// assert_eq!(Ratio::new(-1, 40).fixed(1), "0.0");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i64,
    den: i64,
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.checked_abs().unwrap_or(1)
}

impl Ratio {
    /// `num / den` in lowest terms; a zero or negative `den` is taken as its absolute value,
    /// and `den` 0 as 0/1 (a mean of nothing).
    pub fn new(num: i64, den: i64) -> Ratio {
        if den == 0 {
            return Ratio { num: 0, den: 1 };
        }
        let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
        let g = gcd(num, den).max(1);
        Ratio {
            num: num / g,
            den: den / g,
        }
    }

    /// The value in units of 10^−`decimals`, rounded half away from zero.
    fn scaled(self, decimals: u32) -> i128 {
        let scaled = i128::from(self.num) * 10i128.pow(decimals.min(6));
        let den = i128::from(self.den);
        let (q, r) = (scaled.abs() / den, scaled.abs() % den);
        let q = if 2 * r >= den { q + 1 } else { q };
        if scaled < 0 {
            -q
        } else {
            q
        }
    }

    /// Rounded to `decimals` places (at most 6; half away from zero), with exactly that many:
    /// `fixed(1)` → `62.0`. A value that rounds to zero has no minus sign.
    pub fn fixed(self, decimals: u32) -> String {
        let decimals = decimals.min(6);
        let q = self.scaled(decimals);
        let unit = 10i128.pow(decimals);
        let sign = if q < 0 { "-" } else { "" };
        // |num / den| ≤ |num| fits in u64, and so does the part below one: no 128-bit
        // formatting in the wasm.
        let whole = u64::try_from(q.abs() / unit).unwrap_or(u64::MAX);
        let part = u64::try_from(q.abs() % unit).unwrap_or(0);
        if decimals == 0 {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
        }
    }

    /// Like [`Ratio::fixed`] without trailing zeros: `62`, `62.5`, `62.25`.
    pub fn trimmed(self, decimals: u32) -> String {
        let text = self.fixed(decimals);
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        }
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        (i128::from(self.num) * i128::from(other.den))
            .cmp(&(i128::from(other.num) * i128::from(self.den)))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Shares of `counts` in whole `units` (e.g. [`SHARE_UNITS`] for tenths of a percent, 100 for
/// whole percents) that add up to exactly `units`, by the largest-remainder method: each share
/// rounded down, then the missing units one each to the largest remainders, ties to the earlier
/// position. All zero when the counts are. A zero count always gets zero.
///
/// ```
/// use jishin_shindan::features::rollup::model::figures::largest_remainder;
/// assert_eq!(largest_remainder(&[1, 1, 1], 100), vec![34, 33, 33]);
/// assert_eq!(largest_remainder(&[2, 1, 0, 0], 1000), vec![667, 333, 0, 0]);
/// assert_eq!(largest_remainder(&[0, 0], 100), vec![0, 0]);
/// ```
pub fn largest_remainder(counts: &[usize], units: u32) -> Vec<u32> {
    let total: u128 = counts.iter().map(|&c| c as u128).sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let units_wide = u128::from(units);
    let mut shares: Vec<u32> = Vec::with_capacity(counts.len());
    let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(counts.len());
    for (i, &c) in counts.iter().enumerate() {
        let scaled = c as u128 * units_wide;
        // scaled / total ≤ units, so it fits.
        shares.push(u32::try_from(scaled / total).unwrap_or(units));
        remainders.push((scaled % total, i));
    }
    let given: u32 = shares.iter().sum();
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in remainders.iter().take(units.saturating_sub(given) as usize) {
        if let Some(s) = shares.get_mut(i) {
            *s += 1;
        }
    }
    shares
}

/// A band's count and share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandCount {
    /// The band.
    pub band: Band,
    /// How many results are in it.
    pub count: usize,
    /// Its share in [`SHARE_UNITS`] (tenths of a percent).
    pub share: u32,
}

/// The totals (合計) of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TotalStats {
    /// The mean.
    pub mean: Ratio,
    /// The first quartile (type 7, see the module docs).
    pub q1: Ratio,
    /// The median.
    pub median: Ratio,
    /// The third quartile (type 7).
    pub q3: Ratio,
    /// The lowest total.
    pub min: i32,
    /// The highest total.
    pub max: i32,
}

/// One Part across the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartStats {
    /// The Part.
    pub part: Part,
    /// The Part's maximum per result (20, 52 or 28).
    pub max_points: i32,
    /// The mean of the Part's points (A + B + C of its questions).
    pub mean_points: Ratio,
    /// The mean share of the Part's points, in percent (may be negative).
    pub mean_percent: Ratio,
}

/// One question across the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionStats {
    /// Question number.
    pub no: QuestionNo,
    /// How many gave each answer, in [`Choice::ALL`] order (実施している, 一部実施している,
    /// 実施していない, わからない).
    pub counts: [usize; 4],
    /// The shares of the four answers in [`SHARE_UNITS`], adding up to 1000 (or all 0).
    pub shares: [u32; 4],
    /// The mean points (4, 2, 0, −1).
    pub mean_points: Ratio,
}

impl QuestionStats {
    /// How many answered `choice`.
    pub fn count(&self, choice: Choice) -> usize {
        self.counts[choice.index()]
    }

    /// The share of `choice` in [`SHARE_UNITS`].
    pub fn share(&self, choice: Choice) -> u32 {
        self.shares[choice.index()]
    }
}

/// One of the weakest items (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weak {
    /// Question number (the screen shows its 解説 heading from the catalog).
    pub no: QuestionNo,
    /// Its mean points.
    pub mean_points: Ratio,
    /// How many answered わからない.
    pub unknown: usize,
}

/// Every figure of a set of results (the whole roll-up, or one group).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// How many results.
    pub count: usize,
    /// The earliest date among the dated results.
    pub first_date: Option<CivilDate>,
    /// The latest date among the dated results.
    pub last_date: Option<CivilDate>,
    /// How many results have no date (bare codes, links without `d=`).
    pub undated: usize,
    /// The four bands, 100 / 70–99 / 50–69 / ≤49.
    pub bands: [BandCount; 4],
    /// The totals; `None` without results.
    pub total: Option<TotalStats>,
    /// The three Parts, in order.
    pub parts: [PartStats; 3],
    /// The 25 questions, in number order.
    pub questions: Vec<QuestionStats>,
    /// The weakest items, weakest first (at most [`WEAKEST_COUNT`]).
    pub weakest: Vec<Weak>,
}

/// The four bands in the sheet's order.
pub const BANDS: [Band; 4] = [Band::Perfect, Band::High, Band::Middle, Band::Low];

fn band_index(b: Band) -> usize {
    match b {
        Band::Perfect => 0,
        Band::High => 1,
        Band::Middle => 2,
        Band::Low => 3,
    }
}

/// Adds results up one at a time; [`Tally::figures`] turns the sums into [`Figures`].
#[derive(Debug, Clone)]
pub(crate) struct Tally {
    count: usize,
    /// How many results have each total, index total + 25.
    totals: [usize; TOTALS],
    sum: i64,
    parts: [i64; 3],
    questions: [[usize; 4]; QUESTION_COUNT],
    first: Option<CivilDate>,
    last: Option<CivilDate>,
    undated: usize,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            count: 0,
            totals: [0; TOTALS],
            sum: 0,
            parts: [0; 3],
            questions: [[0; 4]; QUESTION_COUNT],
            first: None,
            last: None,
            undated: 0,
        }
    }
}

/// The points of each answer, by its index in [`Choice::ALL`].
const POINTS: [i32; 4] = [4, 2, 0, -1];

/// The Part (0, 1, 2) of each question, No.1 first.
const PART_OF: [usize; QUESTION_COUNT] = [
    0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2,
];

/// A complete set of answers in 50 bits: question `no` in bits 2(no − 1) and up, as its index
/// in [`Choice::ALL`]. `None` unless all 25 are answered. (What the roll-up keeps of each
/// result: the duplicate check and the tally need nothing else.)
pub(crate) fn pack(answers: &Answers) -> Option<u64> {
    let mut bits = 0u64;
    for (no, choice) in answers.iter() {
        bits |= (choice?.index() as u64) << (2 * (u32::from(no) - 1));
    }
    Some(bits)
}

impl Tally {
    /// Counts one result, packed by [`pack`].
    pub(crate) fn add(&mut self, bits: u64, date: Option<CivilDate>) {
        self.count += 1;
        let mut total = 0;
        for (i, question) in self.questions.iter_mut().enumerate() {
            let choice = ((bits >> (2 * i)) & 3) as usize;
            question[choice] += 1;
            total += POINTS[choice];
            self.parts[PART_OF[i]] += i64::from(POINTS[choice]);
        }
        self.sum += i64::from(total);
        let index = usize::try_from(total - MIN_TOTAL)
            .unwrap_or(0)
            .min(TOTALS - 1);
        self.totals[index] += 1;
        match date {
            Some(d) => {
                self.first = Some(self.first.map_or(d, |f| f.min(d)));
                self.last = Some(self.last.map_or(d, |l| l.max(d)));
            }
            None => self.undated += 1,
        }
    }

    /// The `k`-th smallest total (0-based); `k` < count.
    fn kth(&self, k: usize) -> i32 {
        let mut seen = 0;
        for (i, &n) in self.totals.iter().enumerate() {
            seen += n;
            if seen > k {
                return i as i32 + MIN_TOTAL;
            }
        }
        100
    }

    /// The quantile `quarters`/4 by type 7 (see the module docs); count > 0.
    fn quartile(&self, quarters: usize) -> Ratio {
        let position = (self.count - 1) * quarters;
        let (k, f) = (position / 4, position % 4);
        let low = self.kth(k);
        let high = if f > 0 { self.kth(k + 1) } else { low };
        Ratio::new(4 * i64::from(low) + f as i64 * i64::from(high - low), 4)
    }

    /// The figures of what was added.
    pub(crate) fn figures(&self) -> Figures {
        let n = self.count as i64;
        let mut band_counts = [0usize; 4];
        for (i, &c) in self.totals.iter().enumerate() {
            band_counts[band_index(Band::from_total(i as i32 + MIN_TOTAL))] += c;
        }
        let band_shares = largest_remainder(&band_counts, SHARE_UNITS);
        let bands = std::array::from_fn(|i| BandCount {
            band: BANDS[i],
            count: band_counts[i],
            share: band_shares.get(i).copied().unwrap_or(0),
        });
        let total = (self.count > 0).then(|| TotalStats {
            mean: Ratio::new(self.sum, n),
            q1: self.quartile(1),
            median: self.quartile(2),
            q3: self.quartile(3),
            min: self.kth(0),
            max: self.kth(self.count - 1),
        });
        let parts = std::array::from_fn(|i| {
            let part = Part::ALL[i];
            let max_points = 4 * part.question_range().count() as i32;
            PartStats {
                part,
                max_points,
                mean_points: Ratio::new(self.parts[i], n),
                mean_percent: Ratio::new(self.parts[i] * 100, n * i64::from(max_points)),
            }
        });
        let questions: Vec<QuestionStats> = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, counts)| {
                let shares = largest_remainder(counts, SHARE_UNITS);
                let points: i64 = Choice::ALL
                    .iter()
                    .map(|&c| counts[c.index()] as i64 * i64::from(c.points()))
                    .sum();
                QuestionStats {
                    no: i as QuestionNo + 1,
                    counts: *counts,
                    shares: std::array::from_fn(|j| shares.get(j).copied().unwrap_or(0)),
                    mean_points: Ratio::new(points, n),
                }
            })
            .collect();
        let mut weakest: Vec<Weak> = questions
            .iter()
            .filter(|q| q.count(Choice::Done) < self.count)
            .map(|q| Weak {
                no: q.no,
                mean_points: q.mean_points,
                unknown: q.count(Choice::Unknown),
            })
            .collect();
        weakest.sort_by(|a, b| a.mean_points.cmp(&b.mean_points).then(a.no.cmp(&b.no)));
        weakest.truncate(WEAKEST_COUNT);
        Figures {
            count: self.count,
            first_date: self.first,
            last_date: self.last,
            undated: self.undated,
            bands,
            total,
            parts,
            questions,
            weakest,
        }
    }
}

/// Which results a group holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupKey {
    /// The rows with this value in the chosen column (trimmed).
    Value(String),
    /// The rows whose cell in the chosen column is empty (「(空欄)」).
    Blank,
    /// The rows with any of the less frequent values, past [`MAX_GROUPS`] groups.
    Others {
        /// How many different values were put together.
        values: usize,
    },
    /// Results that do not come from a table with the chosen column (pasted text, export files,
    /// another table).
    Outside,
}

impl GroupKey {
    /// The group's name as shown: the value itself, or 「(空欄)」 and the like in `lang`.
    ///
    /// ```
    /// jishin_shindan::app::english::register(); // the English chunk, natively
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::rollup::model::figures::GroupKey;
    /// assert_eq!(GroupKey::Value("建設業".into()).label(Lang::En), "建設業");
    /// assert_eq!(GroupKey::Blank.label(Lang::Ja), "(空欄)");
    /// assert_eq!(GroupKey::Others { values: 7 }.label(Lang::En), "Others (7 values)");
    /// ```
    pub fn label(&self, lang: crate::core::lang::Lang) -> String {
        let t = crate::features::rollup::model::text::texts(lang);
        match self {
            GroupKey::Value(v) => v.clone(),
            GroupKey::Blank => t.group_blank.to_string(),
            GroupKey::Others { values } => {
                crate::core::lang::fill(t.group_others, &[("values", values.to_string())])
            }
            GroupKey::Outside => t.group_outside.to_string(),
        }
    }
}

/// The figures of one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Which results.
    pub key: GroupKey,
    /// Their figures.
    pub figures: Figures,
}
