//! What the result means: the score band with its next step, and the 解説 for every weak item.

use crate::core::answers::Answers;
use crate::core::catalog::{self, GUIDELINE, HANDBOOK, SHIORI, SUPPORT_SITE, VIDEOS};
use crate::core::question::{Choice, Question, Resource};

/// The four bands of 「回答結果をもとに採点し、対策を検討しましょう」.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Band {
    /// 100点満点
    Perfect,
    /// 70～99点
    High,
    /// 50～69点
    Middle,
    /// 49点以下
    Low,
}

impl Band {
    /// The band a total falls in.
    ///
    /// ```
    /// use jishin_shindan::core::Band;
    /// assert_eq!(Band::from_total(100), Band::Perfect);
    /// assert_eq!(Band::from_total(70), Band::High);
    /// assert_eq!(Band::from_total(69), Band::Middle);
    /// assert_eq!(Band::from_total(49), Band::Low);
    /// ```
    pub fn from_total(total: i32) -> Band {
        match total {
            100.. => Band::Perfect,
            70..=99 => Band::High,
            50..=69 => Band::Middle,
            _ => Band::Low,
        }
    }

    /// Who the band is for, as the pamphlet heads its row.
    pub fn range_label(self) -> &'static str {
        match self {
            Band::Perfect => "100点満点だった方",
            Band::High => "70～99点だった方",
            Band::Middle => "50～69点だった方",
            Band::Low => "49点以下だった方",
        }
    }

    /// The band's assessment, word for word.
    pub fn message(self) -> &'static str {
        match self {
            Band::Perfect => {
                "入門レベルのセキュリティ対策は達成です。ステップアップを検討しましょう。"
            }
            Band::High => "ほぼ、出来ていますが、部分的に対策が不十分な点があるようです。",
            Band::Middle => "対策が行き届いていないところが目立ちます。",
            Band::Low => "いつ情報流出などの事故が起きても不思議ではありません。",
        }
    }

    /// The band's next step (after the ➔), word for word.
    pub fn next_step(self) -> &'static str {
        match self {
            Band::Perfect => "「中小企業の情報セキュリティ対策ガイドライン」を参照して、情報セキュリティ対策の強化に取り組みましょう。",
            Band::High => "小さな隙間から情報が漏えいすることもあります。100点満点を目指しつつ、「中小企業の情報セキュリティ対策ガイドライン」を参照して対策の強化に取り組みましょう。",
            Band::Middle => "点数が低かった項目について「解説編」を参考に対策を検討し、「情報セキュリティハンドブック」を活用して周知しましょう。",
            Band::Low => "「解説編」や「対策のしおり」「映像で知る情報セキュリティ」を利用して、分からなかった部分や点数が低かった項目を確認し、対策を施しましょう。",
        }
    }

    /// The resources the next step names (the 解説編 itself is shown in the app), followed by
    /// the pamphlet's support site.
    pub fn resources(self) -> &'static [Resource] {
        match self {
            Band::Perfect | Band::High => &[GUIDELINE, SUPPORT_SITE],
            Band::Middle => &[HANDBOOK, SUPPORT_SITE],
            Band::Low => &[SHIORI, VIDEOS, SUPPORT_SITE],
        }
    }

    /// Stable token for CSS classes (`sd-band--high`) and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Perfect => "perfect",
            Band::High => "high",
            Band::Middle => "middle",
            Band::Low => "low",
        }
    }
}

/// One item of advice: a question not answered 実施している, with the answer given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdviceItem {
    /// The question and its 解説.
    pub question: &'static Question,
    /// What was answered (never [`Choice::Done`]).
    pub choice: Choice,
}

impl AdviceItem {
    /// わからない answers need someone to check first (「確認が必要」).
    pub fn needs_check(&self) -> bool {
        self.choice == Choice::Unknown
    }
}

/// The 解説 for every answered question not answered 実施している, Part 1 first, then in number
/// order — the order of the 解説編.
///
/// ```
/// use jishin_shindan::core::{advice, Answers, Choice};
/// let answers = Answers::all(Choice::Done).with(7, Choice::Unknown).with(2, Choice::Partial);
/// let nos: Vec<u8> = advice(&answers).iter().map(|i| i.question.no).collect();
/// assert_eq!(nos, vec![2, 7]);
/// ```
pub fn advice(answers: &Answers) -> Vec<AdviceItem> {
    catalog::QUESTIONS
        .iter()
        .filter_map(|question| match answers.get(question.no) {
            Some(Choice::Done) | None => None,
            Some(choice) => Some(AdviceItem { question, choice }),
        })
        .collect()
}
