//! The wording of the diagnosis feature's screens, in Japanese (the reference) and English (an unofficial
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
    pub latest_result: &'static str,
    pub open_latest: &'static str,
    pub restart: &'static str,
    pub restart_question: &'static str,
    pub restart_confirm: &'static str,
    pub progress: &'static str,
    pub progress_label: &'static str,
    pub part_nav_label: &'static str,
    pub range: &'static str,
    pub unanswered: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub points: &'static str,
    pub glossary: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
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
    latest_result: "前回の結果：{date}　合計 {total}点",
    open_latest: "前回の結果を見る",
    restart: "最初からやり直す",
    restart_question: "すべての回答を消去して、最初からやり直しますか？この操作は取り消せません。",
    restart_confirm: "回答を消去してやり直す",
    progress: "回答済み {n} / {total} 問",
    progress_label: "回答の進み具合",
    part_nav_label: "Part の切り替え",
    range: "（No.{from}～{to}）",
    unanswered: "まだ回答していない質問が {remaining} 問あります。結果を見るには、すべての質問に回答してください。最初の未回答の質問（No.{first}）に移動しました。",
    prev: "前へ",
    next: "次へ",
    points: "（{p}点）",
    glossary: "用語の説明",
};

/// English.
pub const EN: Texts = Texts {
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
    latest_result: "Last result: {date}, total {total} points",
    open_latest: "See the last result",
    restart: "Start over",
    restart_question: "Delete all answers and start over? This cannot be undone.",
    restart_confirm: "Delete answers and start over",
    progress: "Answered {n} / {total}",
    progress_label: "Progress",
    part_nav_label: "Parts",
    range: "(No. {from}–{to})",
    unanswered: "{remaining} questions are still unanswered. Please answer every question to see the result. You have been taken to the first unanswered question (No. {first}).",
    prev: "Back",
    next: "Next",
    points: "({p} pt)",
    glossary: "Terms explained",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
