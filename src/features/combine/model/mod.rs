//! Combining several results into one view: the departments or sites of one company, or the
//! participants of a workshop. Everything happens in the browser; nothing is sent anywhere.
//!
//! Sources are export files of this app (read by the store, `store::transfer::read_combine_file`: the file's latest completed diagnosis,
//! or its answers in progress when all 25 are given) or share codes and links ([`read_code`],
//! [`read_pasted`]). A bad source is rejected with a message naming it ([`text`]); the others
//! are kept ([`Collection::add`]). [`combine`] needs between [`MIN_SOURCES`] and
//! [`MAX_SOURCES`] sources.
//!
//! # The weakest answer
//!
//! Per question, the combined answer is the **weakest** one given by any source, by the sheet's
//! points: 実施している (4) > 一部実施している (2) > 実施していない (0) > わからない (−1). So
//! わからない counts as the weakest answer of all: a site that cannot say whether a measure is
//! in place is treated as the one most in need of attention, which is also how the sheet scores
//! it (lowest). The combined total of these weakest answers is the company's floor.

use std::fmt;

use crate::core::answers::Answers;
use crate::core::catalog;
use crate::core::exchange::{csv_field, ImportError, ReadError};
use crate::core::lang::{fill, Lang, Localized};
use crate::core::question::{Choice, Part, QuestionNo, QUESTION_COUNT};
use crate::core::scoring::score;
use crate::core::share;
use crate::core::share::ShareError;
use crate::features::combine::model::text::texts;

pub mod text;

/// Fewest sources [`combine`] accepts.
pub const MIN_SOURCES: usize = 2;
/// Most sources [`combine`] accepts (and [`Collection`] keeps).
pub const MAX_SOURCES: usize = 500;
/// Most characters of a source's label.
pub const MAX_LABEL_CHARS: usize = 100;

/// One result to combine: a label (file name or the user's) and all 25 answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    label: String,
    answers: Answers,
}

fn clean_label(label: &str) -> String {
    label
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_LABEL_CHARS)
        .collect()
}

impl Source {
    /// A source; `None` unless all 25 questions are answered. The label is trimmed, cut to
    /// [`MAX_LABEL_CHARS`] and kept on one line.
    pub fn new(label: &str, answers: Answers) -> Option<Source> {
        answers.is_complete().then(|| Source {
            label: clean_label(label),
            answers,
        })
    }

    /// The label shown for this source.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// 合計 of this source.
    pub fn total(&self) -> i32 {
        score(&self.answers).total()
    }
}

/// Why a source was not added. Names the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The file name, the label or 「貼り付け3行目」.
    pub source: String,
    /// What was wrong.
    pub problem: SourceProblem,
}

/// What was wrong with a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceProblem {
    /// Not an export file of this app (or a broken one).
    Import(ImportError),
    /// A share code or link that is not valid.
    Share(ShareError),
    /// A link without a result in it (`#r=…`).
    NoResult,
    /// An export file with no completed diagnosis.
    NoCompleted,
    /// A result without all 25 answers.
    Incomplete,
    /// [`MAX_SOURCES`] are there already.
    Full,
    /// The file could not be read at all (its size, or the browser).
    Unreadable(ReadError),
}

impl SourceError {
    /// The error for `source` (a name or label, cleaned as labels are).
    pub fn new(source: &str, problem: SourceProblem) -> SourceError {
        SourceError {
            source: clean_label(source),
            problem,
        }
    }
}

impl Localized for SourceProblem {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            SourceProblem::Import(e) => e.text(lang),
            SourceProblem::Share(e) => e.text(lang),
            SourceProblem::NoResult => t.source_no_result.to_string(),
            SourceProblem::NoCompleted => t.source_no_completed.to_string(),
            SourceProblem::Incomplete => t.source_incomplete.to_string(),
            SourceProblem::Full => fill(t.source_full, &[("max", MAX_SOURCES.to_string())]),
            SourceProblem::Unreadable(e) => e.text(lang),
        }
    }
}

impl Localized for SourceError {
    /// The message for the user, naming the source.
    ///
    /// ```
    /// jishin_shindan::app::english::register(); // the English chunk, natively
    /// use jishin_shindan::core::lang::{Lang, Localized};
    /// use jishin_shindan::features::combine::model::read_code;
    /// let e = read_code("営業部", "1abc").unwrap_err();
    /// assert!(e.text(Lang::Ja).starts_with("「営業部」を加えられませんでした："));
    /// assert!(e.text(Lang::En).starts_with("Could not add “営業部”: "));
    /// ```
    fn text(&self, lang: Lang) -> String {
        fill(
            texts(lang).source_error,
            &[
                ("source", self.source.clone()),
                ("problem", self.problem.text(lang)),
            ],
        )
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Ja))
    }
}

impl std::error::Error for SourceError {}

/// Reads a share code (`1…`, 12 characters) or a share link (`https://…#r=1…`), labelled
/// `label`.
///
/// ```
/// use jishin_shindan::features::combine::model::read_code;
/// use jishin_shindan::core::{share, Answers, Choice};
/// let code = share::encode(&Answers::all(Choice::Done)).unwrap();
/// assert_eq!(read_code("A", &code).unwrap().total(), 100);
/// let link = format!("https://example.jp/check/{}", share::fragment(&code));
/// assert_eq!(read_code("B", &link).unwrap().total(), 100);
/// ```
pub fn read_code(label: &str, text: &str) -> Result<Source, SourceError> {
    let text = text.trim();
    let parsed = match text.split_once('#') {
        Some((_, fragment)) => share::parse_fragment(fragment)
            .ok_or_else(|| SourceError::new(label, SourceProblem::NoResult))?,
        None if text.contains("://") => {
            return Err(SourceError::new(label, SourceProblem::NoResult))
        }
        None => share::decode(text.strip_prefix("r=").unwrap_or(text)),
    };
    let answers = parsed.map_err(|e| SourceError::new(label, SourceProblem::Share(e)))?;
    Source::new(label, answers).ok_or_else(|| SourceError::new(label, SourceProblem::Incomplete))
}

/// Reads pasted text: one share code or link per line, optionally preceded by a label
/// (「営業部 https://…#r=…」, separated by spaces or a tab). Empty lines are skipped; a line
/// without a label is called 「貼り付けN行目」.
///
/// ```
/// use jishin_shindan::features::combine::model::read_pasted;
/// use jishin_shindan::core::lang::Lang;
/// use jishin_shindan::core::{share, Answers, Choice};
/// let code = share::encode(&Answers::all(Choice::Done)).unwrap();
/// let read = read_pasted(&format!("営業部 {code}\n\n{code}\n倉庫 1xyz"), Lang::Ja);
/// assert_eq!(read.len(), 3);
/// assert_eq!(read[0].as_ref().unwrap().label(), "営業部");
/// assert_eq!(read[1].as_ref().unwrap().label(), "貼り付け3行目");
/// assert_eq!(read[2].as_ref().unwrap_err().source, "倉庫");
/// ```
///
/// A line without a label is named in `lang` (「貼り付け3行目」 / “Pasted line 3”).
///
/// ```
/// jishin_shindan::app::english::register(); // the English chunk, natively
/// use jishin_shindan::features::combine::model::read_pasted;
/// use jishin_shindan::core::lang::Lang;
/// use jishin_shindan::core::{share, Answers, Choice};
/// let code = share::encode(&Answers::all(Choice::Done)).unwrap();
/// assert_eq!(read_pasted(&code, Lang::En)[0].as_ref().unwrap().label(), "Pasted line 1");
/// ```
pub fn read_pasted(text: &str, lang: Lang) -> Vec<Result<Source, SourceError>> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let line = line.trim();
            if line.is_empty() {
                return None;
            }
            let (label, code) = match line.rsplit_once(char::is_whitespace) {
                Some((label, code)) => (label.trim().to_string(), code),
                None => (String::new(), line),
            };
            let label = if label.is_empty() {
                fill(texts(lang).pasted_line, &[("n", (i + 1).to_string())])
            } else {
                label
            };
            Some(read_code(&label, code))
        })
        .collect()
}

/// The sources gathered so far, at most [`MAX_SOURCES`], with unique labels.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Collection {
    sources: Vec<Source>,
}

impl Collection {
    /// An empty collection.
    pub fn new() -> Collection {
        Collection::default()
    }

    /// The sources, in the order added.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Number of sources.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// True when nothing has been added.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// A label not used yet: `label`, or `label（2）`, `label（3）`, … (empty → 「結果」).
    fn unique_label(&self, label: &str, skip: Option<usize>) -> String {
        let base = if label.is_empty() { "結果" } else { label };
        let taken = |candidate: &str| {
            self.sources
                .iter()
                .enumerate()
                .any(|(i, s)| Some(i) != skip && s.label == candidate)
        };
        if !taken(base) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base}（{n}）"))
            .find(|c| !taken(c))
            .unwrap_or_default()
    }

    /// Adds a source read by [`read_file`], [`read_code`] or [`read_pasted`]. A failed read is
    /// returned as is; past [`MAX_SOURCES`] the source is refused with an error naming it. A
    /// label already in use gets 「（2）」 and so on.
    ///
    /// ```
    /// use jishin_shindan::features::combine::model::{read_code, Collection};
    /// use jishin_shindan::core::{share, Answers, Choice};
    /// let code = share::encode(&Answers::all(Choice::Done)).unwrap();
    /// let mut c = Collection::new();
    /// c.add(read_code("本社", &code)).unwrap();
    /// c.add(read_code("本社", &code)).unwrap();
    /// assert!(c.add(read_code("支社", "1zz")).is_err());
    /// let labels: Vec<&str> = c.sources().iter().map(|s| s.label()).collect();
    /// assert_eq!(labels, vec!["本社", "本社（2）"]);
    /// ```
    pub fn add(&mut self, read: Result<Source, SourceError>) -> Result<(), SourceError> {
        let mut source = read?;
        if self.sources.len() >= MAX_SOURCES {
            return Err(SourceError::new(&source.label, SourceProblem::Full));
        }
        source.label = self.unique_label(&source.label, None);
        self.sources.push(source);
        Ok(())
    }

    /// Adds every read; returns the errors (the good ones are kept).
    pub fn add_all(
        &mut self,
        reads: impl IntoIterator<Item = Result<Source, SourceError>>,
    ) -> Vec<SourceError> {
        reads
            .into_iter()
            .filter_map(|read| self.add(read).err())
            .collect()
    }

    /// Renames source `index` (kept unique; an empty label is ignored).
    pub fn rename(&mut self, index: usize, label: &str) {
        let label = clean_label(label);
        if label.is_empty() || index >= self.sources.len() {
            return;
        }
        let label = self.unique_label(&label, Some(index));
        if let Some(s) = self.sources.get_mut(index) {
            s.label = label;
        }
    }

    /// Removes source `index` (nothing happens for an index out of range).
    pub fn remove(&mut self, index: usize) {
        if index < self.sources.len() {
            self.sources.remove(index);
        }
    }

    /// The combined view, when there are at least [`MIN_SOURCES`] sources.
    pub fn combined(&self) -> Option<Combined> {
        combine(&self.sources).ok()
    }
}

/// Why [`combine`] refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CombineError {
    /// Fewer than [`MIN_SOURCES`] sources (how many there were).
    TooFew(usize),
    /// More than [`MAX_SOURCES`] sources (how many there were).
    TooMany(usize),
}

impl Localized for CombineError {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            CombineError::TooFew(n) => fill(
                t.combine_too_few,
                &[("min", MIN_SOURCES.to_string()), ("n", n.to_string())],
            ),
            CombineError::TooMany(n) => fill(
                t.combine_too_many,
                &[("max", MAX_SOURCES.to_string()), ("n", n.to_string())],
            ),
        }
    }
}

impl fmt::Display for CombineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Ja))
    }
}

impl std::error::Error for CombineError {}

/// The lower of two answers by the sheet's points (わからない is the lowest).
///
/// ```
/// use jishin_shindan::features::combine::model::weaker;
/// use jishin_shindan::core::Choice;
/// assert_eq!(weaker(Choice::Done, Choice::Partial), Choice::Partial);
/// assert_eq!(weaker(Choice::NotDone, Choice::Unknown), Choice::Unknown);
/// ```
pub fn weaker(a: Choice, b: Choice) -> Choice {
    if b.points() < a.points() {
        b
    } else {
        a
    }
}

/// One question across all sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSummary {
    /// Question number.
    pub no: QuestionNo,
    /// The weakest answer given (see the module docs).
    pub weakest: Choice,
    /// How many sources gave each answer, in [`Choice::ALL`] order.
    pub counts: [usize; 4],
    /// Each source's answer, in source order.
    pub answers: Vec<Choice>,
}

impl QuestionSummary {
    /// How many sources answered `choice`.
    pub fn count(&self, choice: Choice) -> usize {
        self.counts[choice.index()]
    }

    /// The indexes of the sources that answered `choice`.
    pub fn sources_with(&self, choice: Choice) -> Vec<usize> {
        self.answers
            .iter()
            .enumerate()
            .filter(|(_, &c)| c == choice)
            .map(|(i, _)| i)
            .collect()
    }

    /// True when every source gave the same answer.
    pub fn unanimous(&self) -> bool {
        self.counts.iter().filter(|&&n| n > 0).count() == 1
    }
}

/// The lowest and highest points among the sources, and the first source with each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// Lowest.
    pub min: i32,
    /// Highest.
    pub max: i32,
    /// Index of the first source with the lowest.
    pub min_source: usize,
    /// Index of the first source with the highest.
    pub max_source: usize,
}

impl Range {
    fn of(values: &[i32]) -> Range {
        let mut r = Range {
            min: values.first().copied().unwrap_or(0),
            max: values.first().copied().unwrap_or(0),
            min_source: 0,
            max_source: 0,
        };
        for (i, &v) in values.iter().enumerate() {
            if v < r.min {
                r.min = v;
                r.min_source = i;
            }
            if v > r.max {
                r.max = v;
                r.max_source = i;
            }
        }
        r
    }
}

/// A Part's points across sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartRange {
    /// Which Part.
    pub part: Part,
    /// The Part's maximum (4 points per question: 20 / 52 / 28).
    pub max_points: i32,
    /// Lowest and highest points among the sources.
    pub range: Range,
}

/// A question some sources answered わからない.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hotspot {
    /// Question number.
    pub no: QuestionNo,
    /// How many sources answered わからない.
    pub unknown: usize,
}

/// Several results combined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Combined {
    /// The sources' labels, in source order (the index used everywhere else).
    pub labels: Vec<String>,
    /// The sources' totals, in source order.
    pub totals: Vec<i32>,
    /// The 25 questions, in number order.
    pub questions: Vec<QuestionSummary>,
    /// The three Parts' ranges, in Part order.
    pub parts: Vec<PartRange>,
    /// The totals' range.
    pub total: Range,
    /// Questions answered わからない by at least one source: most わからない first, then by
    /// number.
    pub hotspots: Vec<Hotspot>,
}

impl Combined {
    /// Number of sources.
    pub fn source_count(&self) -> usize {
        self.labels.len()
    }

    /// The weakest answer to every question, as one set of answers.
    pub fn weakest_answers(&self) -> Answers {
        let mut answers = Answers::new();
        for q in &self.questions {
            answers.set(q.no, Some(q.weakest));
        }
        answers
    }

    /// 合計 of the weakest answers: the floor every source is at or above.
    pub fn weakest_total(&self) -> i32 {
        score(&self.weakest_answers()).total()
    }
}

/// Combines 2 to 500 sources: per question the weakest answer, the count of each answer and
/// every source's answer; the わからない hotspots; per-Part and total ranges.
///
/// ```
/// use jishin_shindan::features::combine::model::{combine, CombineError, Source};
/// use jishin_shindan::core::{Answers, Choice};
/// let a = Source::new("本社", Answers::all(Choice::Done)).unwrap();
/// let b = Source::new("工場", Answers::all(Choice::Done).with(4, Choice::Unknown)).unwrap();
/// let c = combine(&[a.clone(), b]).unwrap();
/// assert_eq!(c.questions[3].weakest, Choice::Unknown);
/// assert_eq!((c.total.min, c.total.max), (95, 100));
/// assert_eq!(c.hotspots.len(), 1);
/// assert_eq!(combine(&[a]), Err(CombineError::TooFew(1)));
/// ```
pub fn combine(sources: &[Source]) -> Result<Combined, CombineError> {
    if sources.len() < MIN_SOURCES {
        return Err(CombineError::TooFew(sources.len()));
    }
    if sources.len() > MAX_SOURCES {
        return Err(CombineError::TooMany(sources.len()));
    }
    let questions: Vec<QuestionSummary> = (1..=QUESTION_COUNT as QuestionNo)
        .map(|no| {
            // Sources are complete by construction; a missing answer cannot occur, but would
            // count as わからない rather than panic.
            let answers: Vec<Choice> = sources
                .iter()
                .map(|s| s.answers.get(no).unwrap_or(Choice::Unknown))
                .collect();
            let mut counts = [0; 4];
            for &c in &answers {
                counts[c.index()] += 1;
            }
            let weakest = answers
                .iter()
                .copied()
                .reduce(weaker)
                .unwrap_or(Choice::Unknown);
            QuestionSummary {
                no,
                weakest,
                counts,
                answers,
            }
        })
        .collect();
    let parts = Part::ALL
        .into_iter()
        .map(|part| {
            let points: Vec<i32> = sources
                .iter()
                .map(|s| {
                    part.question_range()
                        .filter_map(|no| s.answers.get(no))
                        .map(Choice::points)
                        .sum()
                })
                .collect();
            PartRange {
                part,
                max_points: 4 * part.question_range().count() as i32,
                range: Range::of(&points),
            }
        })
        .collect();
    let totals: Vec<i32> = sources.iter().map(Source::total).collect();
    let mut hotspots: Vec<Hotspot> = questions
        .iter()
        .map(|q| Hotspot {
            no: q.no,
            unknown: q.count(Choice::Unknown),
        })
        .filter(|h| h.unknown > 0)
        .collect();
    // Stable: equal counts stay in number order.
    hotspots.sort_by_key(|h| std::cmp::Reverse(h.unknown));
    Ok(Combined {
        labels: sources.iter().map(|s| s.label.clone()).collect(),
        total: Range::of(&totals),
        totals,
        questions,
        parts,
        hotspots,
    })
}

/// The combined view as CSV (UTF-8 with BOM, CR LF, formulas defused like
/// [`crate::store::transfer::result_csv`]): one row per question with the weakest answer and
/// the count of each answer, then, with `with_sources`, one column per source with its answer
/// (leave them out for an anonymous workshop).
///
/// ```
/// use jishin_shindan::features::combine::model::{combine, combined_csv, Source};
/// use jishin_shindan::core::{Answers, Choice};
/// let c = combine(&[
///     Source::new("本社", Answers::all(Choice::Done)).unwrap(),
///     Source::new("=工場", Answers::all(Choice::Partial)).unwrap(),
/// ]).unwrap();
/// let csv = combined_csv(&c, true);
/// assert!(csv.starts_with("\u{feff}No,見出し,最も弱い回答,実施している,一部実施している,実施していない,わからない,本社,'=工場\r\n"));
/// assert!(csv.contains("\r\n1,OSやソフトウェアは常に最新の状態にする,一部実施している,1,1,0,0,実施している,一部実施している\r\n"));
/// assert!(!combined_csv(&c, false).contains("本社"));
/// ```
pub fn combined_csv(combined: &Combined, with_sources: bool) -> String {
    let mut out = String::from("\u{feff}");
    let mut header: Vec<String> = ["No", "見出し", "最も弱い回答"]
        .into_iter()
        .map(String::from)
        .collect();
    header.extend(Choice::ALL.iter().map(|c| c.label().to_string()));
    if with_sources {
        header.extend(combined.labels.iter().cloned());
    }
    let row = |out: &mut String, fields: &[String]| {
        let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    row(&mut out, &header);
    for q in &combined.questions {
        let mut fields = vec![
            q.no.to_string(),
            catalog::question(q.no)
                .map_or("", |x| x.heading)
                .to_string(),
            q.weakest.label().to_string(),
        ];
        fields.extend(q.counts.iter().map(|n| n.to_string()));
        if with_sources {
            fields.extend(q.answers.iter().map(|c| c.label().to_string()));
        }
        row(&mut out, &fields);
    }
    out
}
