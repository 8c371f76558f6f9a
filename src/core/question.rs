//! The shape of the questionnaire: Parts, choices and their points, questions with their 解説.

use serde::{Deserialize, Serialize};

/// The number printed on the sheet (診断編 No.1–No.25).
pub type QuestionNo = u8;

/// Number of questions on the sheet.
pub const QUESTION_COUNT: usize = 25;

/// The three Parts of the sheet, in the order they are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Part 1 基本的対策 (No.1–5).
    Basic,
    /// Part 2 従業員としての対策 (No.6–18).
    Employee,
    /// Part 3 組織としての対策 (No.19–25).
    Organization,
}

impl Part {
    /// All Parts in sheet order.
    pub const ALL: [Part; 3] = [Part::Basic, Part::Employee, Part::Organization];

    /// 1, 2 or 3, as printed (「Part 1」).
    ///
    /// ```
    /// use jishin_shindan::core::Part;
    /// assert_eq!(Part::Employee.number(), 2);
    /// ```
    pub fn number(self) -> u8 {
        match self {
            Part::Basic => 1,
            Part::Employee => 2,
            Part::Organization => 3,
        }
    }

    /// The Part with the given printed number, if any.
    pub fn from_number(n: u8) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.number() == n)
    }

    /// The questions of this Part, as an inclusive range of question numbers.
    pub fn question_range(self) -> std::ops::RangeInclusive<QuestionNo> {
        match self {
            Part::Basic => 1..=5,
            Part::Employee => 6..=18,
            Part::Organization => 19..=25,
        }
    }

    /// The Part a question number belongs to.
    pub fn of_question(no: QuestionNo) -> Option<Part> {
        Part::ALL
            .into_iter()
            .find(|p| p.question_range().contains(&no))
    }

    /// The following Part, if any.
    pub fn next(self) -> Option<Part> {
        Part::from_number(self.number() + 1)
    }

    /// The preceding Part, if any.
    pub fn prev(self) -> Option<Part> {
        self.number().checked_sub(1).and_then(Part::from_number)
    }

    /// Stable token for CSS classes and saved data (`basic`, `employee`, `organization`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Basic => "basic",
            Part::Employee => "employee",
            Part::Organization => "organization",
        }
    }

    /// The token of this Part's screen (`part-1`, `part-2`, `part-3`): where the static first
    /// screens' buttons go before the wasm has arrived (`data-go`, public/boot-screen.js).
    pub fn go(self) -> &'static str {
        match self {
            Part::Basic => "part-1",
            Part::Employee => "part-2",
            Part::Organization => "part-3",
        }
    }
}

/// One of the four answers on the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// 実施している (4点)
    Done,
    /// 一部実施している (2点)
    Partial,
    /// 実施していない (0点)
    NotDone,
    /// わからない (−1点)
    Unknown,
}

impl Choice {
    /// The four choices in the sheet's column order.
    pub const ALL: [Choice; 4] = [
        Choice::Done,
        Choice::Partial,
        Choice::NotDone,
        Choice::Unknown,
    ];

    /// The column's place in [`Choice::ALL`] (0 to 3): an index into per-choice counts.
    ///
    /// ```
    /// use jishin_shindan::core::Choice;
    /// assert!(Choice::ALL.iter().enumerate().all(|(i, c)| c.index() == i));
    /// ```
    pub const fn index(self) -> usize {
        match self {
            Choice::Done => 0,
            Choice::Partial => 1,
            Choice::NotDone => 2,
            Choice::Unknown => 3,
        }
    }

    /// Points printed on the sheet for this column.
    ///
    /// ```
    /// use jishin_shindan::core::Choice;
    /// assert_eq!(Choice::Unknown.points(), -1);
    /// ```
    pub fn points(self) -> i32 {
        match self {
            Choice::Done => 4,
            Choice::Partial => 2,
            Choice::NotDone => 0,
            Choice::Unknown => -1,
        }
    }

    /// The column heading, word for word.
    pub fn label(self) -> &'static str {
        match self {
            Choice::Done => "実施している",
            Choice::Partial => "一部実施している",
            Choice::NotDone => "実施していない",
            Choice::Unknown => "わからない",
        }
    }

    /// Stable token for CSS classes, form values and saved data.
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Done => "done",
            Choice::Partial => "partial",
            Choice::NotDone => "not_done",
            Choice::Unknown => "unknown",
        }
    }

    /// Inverse of [`Choice::as_str`].
    pub fn from_token(s: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A footnote of the sheet (※1, ※2), shown under the question that carries its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Footnote {
    /// The mark as printed, e.g. 「※1」. It also appears inside the question text.
    pub mark: &'static str,
    /// The footnote text, word for word.
    pub text: &'static str,
}

/// One question of the 診断編 with its 解説.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// No.1–No.25.
    pub no: QuestionNo,
    /// The Part it belongs to.
    pub part: Part,
    /// 診断内容, word for word; footnote marks (※1) appear where the sheet prints them.
    pub text: &'static str,
    /// Footnotes whose marks appear in `text`.
    pub footnotes: &'static [Footnote],
    /// 解説編 category label (e.g. 「脆弱性対策」).
    pub category: &'static str,
    /// 解説編 heading (e.g. 「OSやソフトウェアは常に最新の状態にする」).
    pub heading: &'static str,
    /// 解説編 explanation.
    pub explanation: &'static str,
    /// 解説編 対策例 (one entry per printed paragraph).
    pub examples: &'static [&'static str],
}

/// A Part's heading and introduction from the 解説編.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartInfo {
    /// Which Part.
    pub part: Part,
    /// Title as printed after 「Part N」, e.g. 「基本的対策」.
    pub title: &'static str,
    /// The introduction that opens the Part in the 解説編.
    pub intro: &'static str,
}

/// A resource the pamphlet points to (a tool, a guideline, a site).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resource {
    /// Name as printed.
    pub name: &'static str,
    /// Address as printed, if the pamphlet gives one.
    pub url: Option<&'static str>,
    /// The pamphlet's description of it.
    pub description: &'static str,
}
