//! UI wording in Japanese (the default and the reference) and English (an unofficial
//! translation), as one typed table per language: a key missing in either language does not
//! compile, and `tests/i18n.rs` checks that no text is empty and that English has no Japanese.
//!
//! Content (questions, 解説, bands) lives in `catalog` / `catalog_en`; [`Lang`] picks between them.

use super::advice::Band;
use super::catalog_en;
use super::question::{Choice, Part, Question, Resource};

/// The display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 日本語 (default).
    #[default]
    Ja,
    /// English (unofficial translation).
    En,
}

impl Lang {
    /// Both languages, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 code used in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Parses `ja` / `en` (case-insensitive); anything else is `None`.
    ///
    /// ```
    /// use jishin_shindan::domain::i18n::Lang;
    /// assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_code("fr"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The name of the language in itself, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    /// The UI wording.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }

    /// A question's text (footnote marks ※1/※2 stay where they belong).
    pub fn question_text(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.text,
            _ => q.text,
        }
    }

    /// A footnote's text, by its position in the question's footnotes.
    pub fn footnote_text(self, q: &'static Question, index: usize) -> &'static str {
        let ja = q.footnotes.get(index).map_or("", |f| f.text);
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.footnote_texts.get(index).copied().unwrap_or(ja),
            _ => ja,
        }
    }

    /// 解説編 category label.
    pub fn category(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.category,
            _ => q.category,
        }
    }

    /// 解説編 heading.
    pub fn heading(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.heading,
            _ => q.heading,
        }
    }

    /// 解説編 explanation.
    pub fn explanation(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.explanation,
            _ => q.explanation,
        }
    }

    /// 解説編 対策例.
    pub fn examples(self, q: &'static Question) -> &'static [&'static str] {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.examples,
            _ => q.examples,
        }
    }

    /// A Part's title.
    pub fn part_title(self, part: Part) -> &'static str {
        match self {
            Lang::Ja => super::catalog::part_info(part).title,
            Lang::En => catalog_en::part_title_en(part),
        }
    }

    /// A Part's 解説編 introduction.
    pub fn part_intro(self, part: Part) -> &'static str {
        match self {
            Lang::Ja => super::catalog::part_info(part).intro,
            Lang::En => catalog_en::part_intro_en(part),
        }
    }

    /// A choice's label.
    pub fn choice(self, choice: Choice) -> &'static str {
        match self {
            Lang::Ja => choice.label(),
            Lang::En => catalog_en::choice_label_en(choice),
        }
    }

    /// A band's heading (「70～99点だった方」).
    pub fn band_range(self, band: Band) -> &'static str {
        match self {
            Lang::Ja => band.range_label(),
            Lang::En => catalog_en::band_range_label_en(band),
        }
    }

    /// A band's message.
    pub fn band_message(self, band: Band) -> &'static str {
        match self {
            Lang::Ja => band.message(),
            Lang::En => catalog_en::band_message_en(band),
        }
    }

    /// A band's next step.
    pub fn band_next_step(self, band: Band) -> &'static str {
        match self {
            Lang::Ja => band.next_step(),
            Lang::En => catalog_en::band_next_step_en(band),
        }
    }

    /// A resource's name and description.
    pub fn resource(self, r: &Resource) -> (&'static str, &'static str) {
        match (self, catalog_en::resource_en(r)) {
            (Lang::En, Some(en)) => en,
            _ => (r.name, r.description),
        }
    }
}

/// Replaces `{name}` placeholders in a template.
///
/// ```
/// use jishin_shindan::domain::i18n::fill;
/// assert_eq!(fill("{n} / {total}", &[("n", "3".into()), ("total", "25".into())]), "3 / 25");
/// ```
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// Every piece of UI wording of the diagnosis screens. `{name}` marks a value filled in with
/// [`fill`].
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub app_title: &'static str,
    pub footer_source: &'static str,
    pub footer_publish: &'static str,
    pub version: &'static str,
    pub language: &'static str,
    pub unofficial: &'static str,
    pub original: &'static str,
    pub intro_heading: &'static str,
    pub intro_lead: &'static str,
    pub intro_privacy_title: &'static str,
    pub intro_privacy: &'static str,
    pub intro_who_title: &'static str,
    pub intro_who: &'static str,
    pub intro_how_title: &'static str,
    pub intro_how: &'static str,
    pub start: &'static str,
    pub saved_progress: &'static str,
    pub continue_answering: &'static str,
    pub show_result: &'static str,
    pub latest_result: &'static str,
    pub open_latest: &'static str,
    pub open_history: &'static str,
    pub restart: &'static str,
    pub restart_question: &'static str,
    pub restart_confirm: &'static str,
    pub cancel: &'static str,
    pub progress: &'static str,
    pub progress_label: &'static str,
    pub part_nav_label: &'static str,
    pub part: &'static str,
    pub range: &'static str,
    pub unanswered: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub to_intro: &'static str,
    pub points: &'static str,
    pub glossary: &'static str,
    pub result_heading: &'static str,
    pub total_before: &'static str,
    pub total_after: &'static str,
    pub out_of_100: &'static str,
    pub tally_caption: &'static str,
    pub tally_a: &'static str,
    pub tally_b: &'static str,
    pub tally_c: &'static str,
    pub tally_total: &'static str,
    pub tally_points: &'static str,
    pub tally_minus: &'static str,
    pub advice_heading: &'static str,
    pub advice_summary: &'static str,
    pub advice_check: &'static str,
    pub advice_none: &'static str,
    pub advice_no: &'static str,
    pub your_answer: &'static str,
    pub needs_check: &'static str,
    pub examples: &'static str,
    pub dated_note: &'static str,
    pub review_answers: &'static str,
    pub storage_unavailable: &'static str,
    pub save_failed: &'static str,
    pub merged: &'static str,
    pub update_available: &'static str,
    pub update_button: &'static str,
    pub update_hint: &'static str,
}

/// 日本語 (the reference wording).
pub const JA: Texts = Texts {
    app_title: "情報セキュリティ自社診断",
    footer_source: "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」。本ツールはその公開内容をもとに作成したもので、IPA が提供するものではありません。",
    footer_publish: "このツールを自社サイトに掲載する",
    version: "バージョン {v}",
    language: "表示言語",
    unofficial: "",
    original: "日本語の原文",
    intro_heading: "5分でできる！情報セキュリティ自社診断",
    intro_lead: "独立行政法人情報処理推進機構（IPA）の「新5分でできる！情報セキュリティ自社診断」を、この画面で行えます。25問の質問に答えるだけで、約5分で自社の情報セキュリティ対策の状況と、次に取り組むべき対策がわかります。",
    intro_privacy_title: "回答はこの端末の中だけに保存されます。",
    intro_privacy: "インターネット上のどこにも送信されません。途中で閉じても、同じ端末・同じブラウザで開けば続きから回答できます。",
    intro_who_title: "回答する方：",
    intro_who: "経営者の方、または社内のパソコンやネットワークなど IT の状況をよく知っている方が回答してください。",
    intro_how_title: "回答のしかた：",
    intro_how: "各質問に「実施している」「一部実施している」「実施していない」「わからない」のいずれかで答えます。",
    start: "診断を始める",
    saved_progress: "前回の回答が保存されています（{n} / {total} 問回答済み）。",
    continue_answering: "続きから回答する",
    show_result: "結果を見る",
    latest_result: "前回の結果：{date}　合計 {total}点",
    open_latest: "前回の結果を見る",
    open_history: "履歴を見る",
    restart: "最初からやり直す",
    restart_question: "すべての回答を消去して、最初からやり直しますか？この操作は取り消せません。",
    restart_confirm: "回答を消去してやり直す",
    cancel: "キャンセル",
    progress: "回答済み {n} / {total} 問",
    progress_label: "回答の進み具合",
    part_nav_label: "Part の切り替え",
    part: "Part {n}",
    range: "（No.{from}～{to}）",
    unanswered: "まだ回答していない質問が {remaining} 問あります。結果を見るには、すべての質問に回答してください。最初の未回答の質問（No.{first}）に移動しました。",
    prev: "前へ",
    next: "次へ",
    to_intro: "はじめの画面へ",
    points: "（{p}点）",
    glossary: "用語の説明",
    result_heading: "診断結果",
    total_before: "合計 ",
    total_after: "点",
    out_of_100: "（100点満点）",
    tally_caption: "集計（診断シートの集計欄）",
    tally_a: " 実施している の合計点",
    tally_b: " 一部実施している の合計点",
    tally_c: " わからない の合計点",
    tally_total: "A+B+C 合計",
    tally_points: "{n}点",
    tally_minus: "マイナス(-) {n}点",
    advice_heading: "対策を検討する項目（解説編）",
    advice_summary: "「実施している」以外と回答した {n} 項目の解説です。Part 1 の項目から順に並べています。",
    advice_check: "「わからない」と回答した {n} 項目は「確認が必要」として示しています。社内の IT 担当者や取引のある IT 業者に確認しましょう。",
    advice_none: "すべての項目を「実施している」と回答しました。今の対策を続けながら、ステップアップを検討しましょう。",
    advice_no: "診断編 No.{n}",
    your_answer: "あなたの回答：{answer}",
    needs_check: "確認が必要",
    examples: "対策例",
    dated_note: super::glossary::DATED_NOTE_LABEL_JA,
    review_answers: "回答を見直す",
    storage_unavailable: "このブラウザでは回答を保存できません（プライベートモードや設定により保存が禁止されています）。このページを閉じると回答は消えます。",
    save_failed: "回答を保存できませんでした（保存容量の不足など）。回答はこの画面を開いている間は保たれます。",
    merged: "別のタブ（ウィンドウ）でも回答が変更されていたため、両方の変更を合わせて保存しました。",
    update_available: "新しいバージョンがあります。",
    update_button: "更新",
    update_hint: "回答はそのまま引き継がれます。",
};

/// English (unofficial translation; Japanese stays the reference).
pub const EN: Texts = Texts {
    app_title: "Information Security Self-Check",
    footer_source: "Source: Information-technology Promotion Agency, Japan (IPA), “5-Minute Information Security Self-Check (new edition)”. This tool is based on that published material; it is not provided by IPA.",
    footer_publish: "Put this tool on your own website",
    version: "Version {v}",
    language: "Language",
    unofficial: "Unofficial English translation. The Japanese original by IPA is the reference: open “Japanese original” under any text to see it.",
    original: "Japanese original",
    intro_heading: "5-Minute Information Security Self-Check",
    intro_lead: "Take IPA's “5-Minute Information Security Self-Check” for small businesses on this page. Answer 25 questions — about 5 minutes — to see how well your company is protected and what to do next.",
    intro_privacy_title: "Your answers stay on this device.",
    intro_privacy: "Nothing is sent over the internet. If you stop halfway, open this page again on the same device and browser to continue.",
    intro_who_title: "Who should answer: ",
    intro_who: "the owner, or the person who knows the company's computers, network and other IT best.",
    intro_how_title: "How to answer: ",
    intro_how: "answer each question with “Implemented”, “Partly implemented”, “Not implemented” or “Don't know”.",
    start: "Start the check",
    saved_progress: "Your earlier answers are saved ({n} of {total} answered).",
    continue_answering: "Continue where you left off",
    show_result: "See the result",
    latest_result: "Last result: {date}, total {total} points",
    open_latest: "See the last result",
    open_history: "See the history",
    restart: "Start over",
    restart_question: "Delete all answers and start over? This cannot be undone.",
    restart_confirm: "Delete answers and start over",
    cancel: "Cancel",
    progress: "Answered {n} / {total}",
    progress_label: "Progress",
    part_nav_label: "Parts",
    part: "Part {n}",
    range: "(No. {from}–{to})",
    unanswered: "{remaining} questions are still unanswered. Please answer every question to see the result. You have been taken to the first unanswered question (No. {first}).",
    prev: "Back",
    next: "Next",
    to_intro: "Back to start",
    points: "({p} pt)",
    glossary: "Terms explained",
    result_heading: "Result",
    total_before: "Total ",
    total_after: " points",
    out_of_100: "(out of 100)",
    tally_caption: "Tally (as on the paper sheet)",
    tally_a: " points for “Implemented”",
    tally_b: " points for “Partly implemented”",
    tally_c: " points for “Don't know”",
    tally_total: "A+B+C total",
    tally_points: "{n} pts",
    tally_minus: "minus (−) {n} pts",
    advice_heading: "Items to work on (explanations)",
    advice_summary: "Explanations for the {n} items you did not answer “Implemented”, Part 1 first.",
    advice_check: "The {n} items answered “Don't know” are marked “Needs checking”: ask your IT staff or IT vendor.",
    advice_none: "You answered “Implemented” for every item. Keep it up and consider stepping up.",
    advice_no: "Question {n}",
    your_answer: "Your answer: {answer}",
    needs_check: "Needs checking",
    examples: "Examples of measures",
    dated_note: super::glossary::DATED_NOTE_LABEL_EN,
    review_answers: "Review answers",
    storage_unavailable: "This browser cannot save your answers (private mode or settings block storage). Your answers will be lost when you close this page.",
    save_failed: "Your answers could not be saved (storage may be full). They are kept while this page stays open.",
    merged: "Answers were also changed in another tab or window; both changes were combined and saved.",
    update_available: "A new version is available.",
    update_button: "Update",
    update_hint: "Your answers are kept.",
};
