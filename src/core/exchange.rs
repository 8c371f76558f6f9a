//! Files a person brings in and takes away: why an export file or a picked file could not be
//! read (the messages the screens show), and CSV cells written safely for spreadsheets. The
//! readers and writers themselves are the store's (`store::transfer`) and the features'.

use std::fmt;

use crate::core::lang::{one_decimal, Lang, Localized};

/// Largest export file read (5 MiB, `store::transfer::parse_import`). A full history of 1000 diagnoses with notes is
/// well under 2 MiB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// Not JSON at all (truncated, another kind of file, nested too deeply).
    NotJson,
    /// JSON, but not an export file of this app (no or another `format` marker).
    WrongFormat,
    /// Written by a newer app with a schema this version cannot read.
    UnsupportedVersion(u64),
    /// An export file, but a value is of the wrong type or out of range: where.
    Invalid(Invalid),
}

/// Where an export file has a value that is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// `schema_version` is missing or not an integer.
    NoSchemaVersion,
    /// `schema_version` is 0.
    SchemaVersionZero,
    /// A value of the wrong type, near this line and column of the file.
    At {
        /// Line (from 1).
        line: usize,
        /// Column (from 1).
        column: usize,
    },
    /// The answers in progress name a question that does not exist.
    QuestionNo(u8),
}

impl Localized for Invalid {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Invalid::NoSchemaVersion, Lang::Ja) => {
                "形式のバージョン（schema_version）がないか、整数ではありません".to_string()
            }
            (Invalid::NoSchemaVersion, Lang::En) => {
                "the format version (schema_version) is missing or not a whole number".to_string()
            }
            (Invalid::SchemaVersionZero, Lang::Ja) => {
                "形式のバージョン（schema_version）が 0 です".to_string()
            }
            (Invalid::SchemaVersionZero, Lang::En) => {
                "the format version (schema_version) is 0".to_string()
            }
            (Invalid::At { line, column }, Lang::Ja) => format!("{line}行目の{column}文字目付近"),
            (Invalid::At { line, column }, Lang::En) => {
                format!("near line {line}, character {column}")
            }
            (Invalid::QuestionNo(no), Lang::Ja) => {
                format!("回答中の診断に存在しない質問番号 No.{no} があります")
            }
            (Invalid::QuestionNo(no), Lang::En) => {
                format!("the answers in progress name question No.{no}, which does not exist")
            }
        }
    }
}

impl Localized for ImportError {
    fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => {
                match self {
                    ImportError::TooLarge { bytes } => format!(
                        "ファイルが大きすぎるため読み込めません（{} MB）。読み込めるのは {} MB までです。このアプリでダウンロードしたファイルか確かめてください。",
                        crate::core::lang::one_decimal(*bytes as f64 / (1024.0 * 1024.0)),
                        MAX_IMPORT_BYTES / (1024 * 1024)
                    ),
                    ImportError::NotJson => {
                        "ファイルを読み取れませんでした。壊れているか、別の種類のファイルです。このアプリで「ダウンロード」したファイル（.json）を選んでください。".to_string()
                    }
                    ImportError::WrongFormat => {
                        "このファイルは「情報セキュリティ自社診断」アプリのダウンロードファイルではありません。".to_string()
                    }
                    ImportError::UnsupportedVersion(v) => format!(
                        "このファイルは新しいバージョンのアプリで作られています（形式 {v}）。アプリを最新版に更新してから読み込んでください。"
                    ),
                    ImportError::Invalid(detail) => format!(
                        "ファイルの中に正しくない値があるため、読み込めませんでした（{}）。何も変更していません。",
                        detail.text(lang)
                    ),
                }

            }
            Lang::En => {
                match self {
                    ImportError::TooLarge { bytes } => format!(
                        "The file is too large to load ({} MB). Files up to {} MB can be loaded. Check that it is a file downloaded from this app.",
                        crate::core::lang::one_decimal(*bytes as f64 / (1024.0 * 1024.0)),
                        MAX_IMPORT_BYTES / (1024 * 1024)
                    ),
                    ImportError::NotJson => {
                        "The file could not be read. It is damaged or is another kind of file. Choose a file (.json) downloaded from this app.".to_string()
                    }
                    ImportError::WrongFormat => {
                        "This file is not a download file of the “Information Security Self-Check” app.".to_string()
                    }
                    ImportError::UnsupportedVersion(v) => format!(
                        "This file was made by a newer version of the app (format {v}). Update the app to the latest version, then load the file again."
                    ),
                    ImportError::Invalid(detail) => format!(
                        "The file has a value that is not valid ({}), so it was not loaded. Nothing was changed.",
                        detail.text(lang)
                    ),
                }

            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Ja))
    }
}

impl std::error::Error for ImportError {}

/// Why a picked file could not be read (before its content is looked at).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the caller's limit (the limit, in bytes).
    TooLarge(usize),
    /// The browser could not read it (or it is not text).
    Unreadable,
}

impl Localized for ReadError {
    fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => {
                match self {
                    ReadError::TooLarge(limit) => format!(
                        "ファイルが大きすぎます（{} MB を超えています）。このアプリで書き出したファイルを選んでください。",
                        one_decimal(*limit as f64 / 1_048_576.0)
                    ),
                    ReadError::Unreadable => "ファイルを読み込めませんでした。".to_string(),
                }

            }
            Lang::En => {
                match self {
                    ReadError::TooLarge(limit) => format!(
                        "The file is too large (over {} MB). Choose a file exported from this app.",
                        one_decimal(*limit as f64 / 1_048_576.0)
                    ),
                    ReadError::Unreadable => "The file could not be read.".to_string(),
                }

            }
        }
    }
}

/// Quotes one CSV field if needed (RFC 4180: a field with a comma, quote, CR or LF is put in
/// quotes and its quotes doubled), after defusing spreadsheet formulas: a text field starting
/// with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so Excel shows it as text. Plain
/// integers such as `-1` are left alone (Excel reads them as numbers, not formulas).
///
/// ```
/// use jishin_shindan::store::transfer::csv_field;
/// assert_eq!(csv_field("a,b"), "\"a,b\"");
/// assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
/// assert_eq!(csv_field("=1+1"), "'=1+1");
/// assert_eq!(csv_field("-1"), "-1");
/// ```
pub fn csv_field(value: &str) -> String {
    let is_integer = {
        let digits = value.strip_prefix('-').unwrap_or(value);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_integer;
    let value = if risky {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}
