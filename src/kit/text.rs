//! The wording of words several screens share (buttons such as キャンセル, 印刷する, はじめの画面へ), in Japanese (the reference) and English (an unofficial
//! translation): one typed table per language, so a key missing in either does not compile;
//! `tests/i18n.rs` checks that no text is empty, that English has no Japanese and that the
//! placeholders (`{name}`, filled with `fill`) match.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.

use crate::core::lang::Lang;

/// Every text of this part of the UI.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub footer_publish: &'static str,
    pub original: &'static str,
    pub show_result: &'static str,
    pub open_history: &'static str,
    pub cancel: &'static str,
    pub to_intro: &'static str,
    pub tally_points: &'static str,
    pub open_report: &'static str,
    pub open_beyond: &'static str,
    pub back_to_result: &'static str,
    pub plan_heading: &'static str,
    pub examples_label: &'static str,
    pub company: &'static str,
    pub print: &'static str,
    pub check_date: &'static str,
    pub combine_heading: &'static str,
    pub back_to_beyond: &'static str,
    pub label_sep: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    footer_publish: "このツールを自社サイトに掲載する",
    original: "日本語の原文",
    show_result: "結果を見る",
    open_history: "履歴を見る",
    cancel: "キャンセル",
    to_intro: "はじめの画面へ",
    tally_points: "{n}点",
    open_report: "印刷用レポート（A4）",
    open_beyond: "診断の後にすること（★★・基本方針など）",
    back_to_result: "結果に戻る",
    plan_heading: "対策リスト",
    examples_label: "対策例：",
    company: "会社名",
    print: "印刷する",
    check_date: "診断日",
    combine_heading: "複数の結果をまとめる",
    back_to_beyond: "「診断の後に」へ戻る",
    label_sep: "：",
};

/// English.
pub const EN: Texts = Texts {
    footer_publish: "Put this tool on your own website",
    original: "Japanese original",
    show_result: "See the result",
    open_history: "See the history",
    cancel: "Cancel",
    to_intro: "Back to start",
    tally_points: "{n} pts",
    open_report: "Printable report (A4)",
    open_beyond: "After the check (★★, security policy and more)",
    back_to_result: "Back to the result",
    plan_heading: "Action plan",
    examples_label: "Examples of measures: ",
    company: "Company",
    print: "Print",
    check_date: "Date of the check",
    combine_heading: "Combine several results",
    back_to_beyond: "Back to “After the check”",
    label_sep: ": ",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
