//! The wording of the office files' buttons, in Japanese (the reference) and English (an
//! unofficial translation): one typed table per language, so a key missing in either does not
//! compile; `tests/i18n.rs` checks both. The files themselves are Japanese documents, as the
//! drafts are (`documents`).

use crate::core::lang::Lang;

/// Every text of this part of the UI.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub download_docx: &'static str,
    pub download_xlsx: &'static str,
    pub office_making: &'static str,
    pub office_failed: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    download_docx: "Word形式（.docx）でダウンロード",
    download_xlsx: "Excel形式（.xlsx）でダウンロード",
    office_making: "ファイルを作っています…",
    office_failed: "ファイルを作る部分を読み込めませんでした。インターネットにつながっているか確かめて、もう一度押してください。入力した内容は残っています。",
};

/// English.
pub const EN: Texts = Texts {
    download_docx: "Download as Word (.docx)",
    download_xlsx: "Download as Excel (.xlsx)",
    office_making: "Making the file…",
    office_failed: "The part of the app that makes this file could not be loaded. Check that you are online and press the button again. Nothing you entered is lost.",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
