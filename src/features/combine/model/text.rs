//! The messages of the combine feature's model (a source that could not be added, too few or too
//! many results) and the name of a pasted line, in Japanese (the reference) and English (an
//! unofficial translation): one typed table per language, so a key missing in either does not
//! compile; `tests/i18n.rs` checks that no text is empty, that English has no Japanese and that
//! the placeholders (`{name}`, filled with `fill`) match, and `tests/messages.rs` renders every
//! message.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! The English table is registered with the English chunk (`app::english`), as every screen's
//! is: a first visit in Japanese does not download it (issue 30).

use crate::core::lang::Lang;

/// Every text of the combine feature's model.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub source_no_result: &'static str,
    pub source_no_completed: &'static str,
    pub source_incomplete: &'static str,
    pub source_full: &'static str,
    /// A source not added: its name and the problem.
    pub source_error: &'static str,
    /// The label of a pasted line without one.
    pub pasted_line: &'static str,
    pub combine_too_few: &'static str,
    pub combine_too_many: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    source_no_result: "このリンクには診断結果（#r=…）が含まれていません。結果画面の「共有リンク」をそのまま貼り付けてください。",
    source_no_completed: "このファイルには最後まで回答した診断がありません（履歴が空で、回答中の診断も25問そろっていません）。",
    source_incomplete: "回答が25問そろっていません。",
    source_full: "まとめられるのは{max}件までのため、加えませんでした。",
    source_error: "「{source}」を加えられませんでした：{problem}",
    pasted_line: "貼り付け{n}行目",
    combine_too_few: "まとめるには{min}件以上の結果が必要です（いまは{n}件）。",
    combine_too_many: "まとめられるのは{max}件までです（いまは{n}件）。",
};

/// English.
pub const EN: Texts = Texts {
    source_no_result: "This link has no result in it (#r=…). Paste the “share link” from the result screen as it is.",
    source_no_completed: "This file has no completed check (its history is empty and the check in progress does not have all 25 answers).",
    source_incomplete: "It does not have all 25 answers.",
    source_full: "at most {max} results can be combined, so it was not added.",
    source_error: "Could not add “{source}”: {problem}",
    pasted_line: "Pasted line {n}",
    combine_too_few: "At least {min} results are needed to combine them (there are {n} now).",
    combine_too_many: "At most {max} results can be combined (there are {n} now).",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
