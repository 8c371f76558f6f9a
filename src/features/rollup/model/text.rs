//! The messages of the roll-up's model (an entry that was not counted, and where it was) and the
//! names of its special groups, in Japanese (the reference) and English (an unofficial
//! translation): one typed table per language, so a key missing in either does not compile;
//! `tests/i18n.rs` checks that no text is empty, that English has no Japanese and that the
//! placeholders (`{name}`, filled with `fill`) match, and `tests/messages.rs` renders every
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

/// Every text of the roll-up's model.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub bad_incomplete: &'static str,
    pub bad_broken_row: &'static str,
    /// The link or code as found, after the place (empty when nothing was found).
    pub bad_found: &'static str,
    /// A bad entry on a line of a source.
    pub bad_on_line: &'static str,
    /// A bad entry of an export file (no line).
    pub bad_in_file: &'static str,
    pub group_blank: &'static str,
    pub group_others: &'static str,
    pub group_outside: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    bad_incomplete: "回答が25問そろっていません。",
    bad_broken_row: "この行から始まるセルの「\"」が閉じられないままファイルが終わっています。この行は読まず、次の行から1行ずつ読みました。",
    bad_found: "（{found}）",
    bad_on_line: "「{source}」{line}行目{found}：{reason}",
    bad_in_file: "「{source}」{found}：{reason}",
    group_blank: "(空欄)",
    group_others: "その他（{values}区分）",
    group_outside: "（この列のない入力）",
};

/// English.
pub const EN: Texts = Texts {
    bad_incomplete: "It does not have all 25 answers.",
    bad_broken_row: "A cell starting on this line opens a quote (\") that is never closed before the file ends. This row was left out and the lines after it were read one by one.",
    bad_found: " ({found})",
    bad_on_line: "Line {line} of “{source}”{found}: {reason}",
    bad_in_file: "“{source}”{found}: {reason}",
    group_blank: "(blank)",
    group_others: "Others ({values} values)",
    group_outside: "(inputs without this column)",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
