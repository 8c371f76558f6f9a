//! The messages of the core, which several features show (a file that could not be read), in
//! Japanese (the reference) and English (an unofficial translation): one typed table
//! per language, so a key missing in either does not compile; `tests/i18n.rs` checks that no text
//! is empty, that English has no Japanese and that the placeholders (`{name}`, filled with
//! `fill`) match, and `tests/messages.rs` renders every message.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! The English table is registered with the English chunk (`app::english`), as every screen's
//! is: a first visit in Japanese does not download it (issue 30).

use crate::core::lang::Lang;

/// Every text of the core's messages.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub invalid_no_schema_version: &'static str,
    pub invalid_schema_version_zero: &'static str,
    pub invalid_at: &'static str,
    pub invalid_question_no: &'static str,
    pub import_too_large: &'static str,
    pub import_not_json: &'static str,
    pub import_wrong_format: &'static str,
    pub import_unsupported_version: &'static str,
    pub import_invalid: &'static str,
    pub read_too_large: &'static str,
    pub read_unreadable: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    invalid_no_schema_version: "形式のバージョン（schema_version）がないか、整数ではありません",
    invalid_schema_version_zero: "形式のバージョン（schema_version）が 0 です",
    invalid_at: "{line}行目の{column}文字目付近",
    invalid_question_no: "回答中の診断に存在しない質問番号 No.{no} があります",
    import_too_large: "ファイルが大きすぎるため読み込めません（{size} MB）。読み込めるのは {max} MB までです。このアプリでダウンロードしたファイルか確かめてください。",
    import_not_json: "ファイルを読み取れませんでした。壊れているか、別の種類のファイルです。このアプリで「ダウンロード」したファイル（.json）を選んでください。",
    import_wrong_format: "このファイルは「情報セキュリティ自社診断」アプリのダウンロードファイルではありません。",
    import_unsupported_version: "このファイルは新しいバージョンのアプリで作られています（形式 {version}）。アプリを最新版に更新してから読み込んでください。",
    import_invalid: "ファイルの中に正しくない値があるため、読み込めませんでした（{detail}）。何も変更していません。",
    read_too_large: "ファイルが大きすぎます（{limit} MB を超えています）。このアプリで書き出したファイルを選んでください。",
    read_unreadable: "ファイルを読み込めませんでした。",
};

/// English.
pub const EN: Texts = Texts {
    invalid_no_schema_version: "the format version (schema_version) is missing or not a whole number",
    invalid_schema_version_zero: "the format version (schema_version) is 0",
    invalid_at: "near line {line}, character {column}",
    invalid_question_no: "the answers in progress name question No.{no}, which does not exist",
    import_too_large: "The file is too large to load ({size} MB). Files up to {max} MB can be loaded. Check that it is a file downloaded from this app.",
    import_not_json: "The file could not be read. It is damaged or is another kind of file. Choose a file (.json) downloaded from this app.",
    import_wrong_format: "This file is not a download file of the “Information Security Self-Check” app.",
    import_unsupported_version: "This file was made by a newer version of the app (format {version}). Update the app to the latest version, then load the file again.",
    import_invalid: "The file has a value that is not valid ({detail}), so it was not loaded. Nothing was changed.",
    read_too_large: "The file is too large (over {limit} MB). Choose a file exported from this app.",
    read_unreadable: "The file could not be read.",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
