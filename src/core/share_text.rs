//! Why a share link cannot be read (`core::share`), in Japanese (the reference) and English (an
//! unofficial translation). A table of its own, apart from the core's other messages in
//! [`super::text`]: a share link is opened by the main module, and a table is downloaded whole
//! with the first code that names it, so the messages about files stay in the chunks that read
//! files (issue 30).
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.

use crate::core::lang::Lang;

/// Every text of a share link not read.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    /// Ends the messages about a share link that cannot be read.
    pub share_hint: &'static str,
    pub share_empty: &'static str,
    pub share_unknown_version: &'static str,
    pub share_invalid_character: &'static str,
    pub share_wrong_length: &'static str,
    pub share_checksum: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    share_hint: "リンクを最後までそのまま開いているか、送ってくれた人に確かめてください。",
    share_empty: "共有リンクに診断結果が入っていません。{hint}",
    share_unknown_version: "この共有リンクは、このアプリでは読めない新しい形式です。アプリを最新版に更新してから開いてください。",
    share_invalid_character: "共有リンクの {position} 文字目に使えない文字があります。{hint}",
    share_wrong_length: "共有リンクの診断結果の長さが正しくありません（{expected} 文字のはずが {found} 文字）。{hint}",
    share_checksum: "共有リンクの一部が書き換わっているか、途中で切れています。{hint}",
};

/// English.
pub const EN: Texts = Texts {
    share_hint: "Make sure you opened the whole link without changes, or ask the person who sent it.",
    share_empty: "The share link has no result in it. {hint}",
    share_unknown_version: "This share link uses a newer format that this app cannot read. Update the app to the latest version, then open the link again.",
    share_invalid_character: "Character {position} of the share link is not allowed. {hint}",
    share_wrong_length: "The result in the share link has the wrong length ({found} characters instead of {expected}). {hint}",
    share_checksum: "Part of the share link has been changed or cut off. {hint}",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
