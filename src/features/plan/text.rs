//! The wording of the plan feature's screens, in Japanese (the reference) and English (an unofficial
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
    pub plan_lead: &'static str,
    pub plan_progress: &'static str,
    pub plan_none: &'static str,
    pub task_answer: &'static str,
    pub note: &'static str,
    pub target_date: &'static str,
    pub task_print: &'static str,
    pub task_done: &'static str,
    pub task_not_done: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    plan_lead: "「実施している」以外と回答した項目を、取り組む順に並べました。完了したら印を付け、メモや目標日を残せます（この端末に保存されます）。印を付けても診断結果は変わりません。次回の診断で回答を見直してください。",
    plan_progress: "完了 {done} / {total} 件",
    plan_none: "すべて「実施している」と回答しています。取り組む対策はありません。",
    task_answer: "回答：{answer}",
    note: "メモ",
    target_date: "目標日",
    task_print: "{status}　目標日：{date}　メモ：{note}",
    task_done: "☑ 完了",
    task_not_done: "☐ 未完了",
};

/// English.
pub const EN: Texts = Texts {
    plan_lead: "These are the items you did not answer “Implemented”, in the order to work on them. Tick an item when it is done, and add a note or a target date (saved on this device). Ticking does not change the result: update your answers at the next check.",
    plan_progress: "Done: {done} of {total}",
    plan_none: "You answered “Implemented” for every item. There is nothing to work on.",
    task_answer: "Answer: {answer}",
    note: "Note",
    target_date: "Target date",
    task_print: "{status} / Target date: {date} / Note: {note}",
    task_done: "☑ Done",
    task_not_done: "☐ Not done",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
