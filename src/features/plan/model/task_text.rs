//! Why a saved task of the action plan was not loaded (`TaskProblem`), inside a sentence of the
//! store's, in Japanese (the reference) and English (an unofficial translation). A table of its
//! own, apart from the plan's labels in [`super::text`]: the store reads saved records in the
//! main module, and a table is downloaded whole with the first code that names it, so the plan's
//! labels and its 25 hints stay in the plan's chunk (issue 30).
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.

use crate::core::lang::Lang;

/// Every text of a task not loaded.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub task_note_too_long: &'static str,
    pub task_bad_target_date: &'static str,
    pub task_bad_time: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    task_note_too_long: "メモが長すぎる",
    task_bad_target_date: "目標日が正しくない",
    task_bad_time: "更新日時が正しくない",
};

/// English.
pub const EN: Texts = Texts {
    task_note_too_long: "its note is too long",
    task_bad_target_date: "its target date is not valid",
    task_bad_time: "its last-changed time is not valid",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
