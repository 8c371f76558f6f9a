//! The store's messages (saved data that could not be restored, or parts of it left out), in
//! Japanese (the reference) and English (an unofficial translation): one typed table per
//! language, so a key missing in either does not compile; `tests/i18n.rs` checks that no text is
//! empty, that English has no Japanese and that the placeholders (`{name}`, filled with `fill`)
//! match, and `tests/messages.rs` renders every message.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! The English table is registered with the English chunk (`app::english`), as every screen's
//! is: a first visit in Japanese does not download it (issue 30).

use crate::core::lang::Lang;

/// Every text of the store's messages.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub restore_unreadable: &'static str,
    pub restore_unsupported_version: &'static str,
    pub restore_invalid: &'static str,
    pub entry_bad_time: &'static str,
    pub entry_no_such_question: &'static str,
    pub entry_incomplete: &'static str,
    pub entry_name_too_long: &'static str,
    /// Names a history entry in [`Texts::note_entry`], with its date.
    pub note_entry_dated: &'static str,
    /// Names a history entry in [`Texts::note_entry`], without a date.
    pub note_entry_undated: &'static str,
    pub note_entry: &'static str,
    pub note_duplicates: &'static str,
    pub note_task_no_such_question: &'static str,
    pub note_task: &'static str,
    pub note_company_too_long: &'static str,
    pub note_respondent_too_long: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    restore_unreadable: "保存されていた回答を読み込めませんでした（データが壊れています）。新しく診断を始められます。元のデータは別に保管しています。",
    restore_unsupported_version: "保存されていた回答は、このバージョンでは読み込めない形式（形式 {version}）でした。新しく診断を始められます。元のデータは別に保管しています。",
    restore_invalid: "保存されていた回答に正しくない値が含まれていたため、読み込めませんでした。新しく診断を始められます。元のデータは別に保管しています。",
    entry_bad_time: "日時が正しくない",
    entry_no_such_question: "存在しない質問番号の回答がある",
    entry_incomplete: "回答が25問そろっていない",
    entry_name_too_long: "会社名または回答者名が長すぎる",
    note_entry_dated: "履歴の{n}件目（{date}）",
    note_entry_undated: "履歴の{n}件目",
    note_entry: "{which}は{problem}ため、読み込みませんでした。",
    note_duplicates: "同じ診断結果が重複していた{n}件を1件にまとめました。",
    note_task_no_such_question: "対策リストの存在しない質問番号（No.{no}）の記録は読み込みませんでした。",
    note_task: "対策リストのNo.{no}の記録は{problem}ため、読み込みませんでした。",
    note_company_too_long: "会社名が{max}文字を超えていたため、空欄にしました。",
    note_respondent_too_long: "回答者名が{max}文字を超えていたため、空欄にしました。",
};

/// English.
pub const EN: Texts = Texts {
    restore_unreadable: "The saved answers could not be read (the data is damaged). You can start a new check. The original data has been kept aside.",
    restore_unsupported_version: "The saved answers are in a format this version cannot read (format {version}). You can start a new check. The original data has been kept aside.",
    restore_invalid: "The saved answers contained a value that is not valid, so they could not be read. You can start a new check. The original data has been kept aside.",
    entry_bad_time: "its date and time are not valid",
    entry_no_such_question: "it answers a question that does not exist",
    entry_incomplete: "it does not have all 25 answers",
    entry_name_too_long: "its company or respondent name is too long",
    note_entry_dated: "History entry {n} ({date})",
    note_entry_undated: "History entry {n}",
    note_entry: "{which} was not loaded: {problem}.",
    note_duplicates: "{n} duplicate copies of the same diagnosis were kept once.",
    note_task_no_such_question: "The action plan's record for No.{no}, a question that does not exist, was not loaded.",
    note_task: "The action plan's record for No.{no} was not loaded: {problem}.",
    note_company_too_long: "The company name was longer than {max} characters and was cleared.",
    note_respondent_too_long: "The respondent's name was longer than {max} characters and was cleared.",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
