//! The wording of the report feature's screens, in Japanese (the reference) and English (an unofficial
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
    pub report_profile_lead: &'static str,
    pub respondent: &'static str,
    pub report_heading: &'static str,
    pub report_task: &'static str,
    pub report_done: &'static str,
    pub report_note: &'static str,
    pub report_qr: &'static str,
    pub report_source: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    report_profile_lead: "会社名と回答者は任意です。入力するとレポートに印刷されます（この端末に保存）。",
    respondent: "回答者",
    report_heading: "情報セキュリティ自社診断 結果レポート",
    report_task: "【{kind}】No.{no} {heading}",
    report_done: "（完了）",
    report_note: "目標日：{date}　メモ：{note}",
    report_qr: "この結果の共有リンク",
    report_source: "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」をもとに作成",
};

/// English.
pub const EN: Texts = Texts {
    report_profile_lead: "Company and respondent are optional. If you enter them, they are printed on the report (saved on this device).",
    respondent: "Respondent",
    report_heading: "Information Security Self-Check: result report",
    report_task: "[{kind}] No. {no} {heading}",
    report_done: " (done)",
    report_note: "Target date: {date} / Note: {note}",
    report_qr: "Share link of this result",
    report_source: "Source: based on “5-Minute Information Security Self-Check (new edition)” by the Information-technology Promotion Agency, Japan (IPA)",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
