//! Files a person brings in and takes away: why an export file or a picked file could not be
//! read (the messages the screens show), and CSV cells written safely for spreadsheets. The
//! readers and writers themselves are the store's (`store::transfer`) and the features'.

use std::fmt;

use crate::core::lang::{fill, one_decimal, Lang, Localized};
use crate::core::text::texts;

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
        let t = texts(lang);
        match self {
            Invalid::NoSchemaVersion => t.invalid_no_schema_version.to_string(),
            Invalid::SchemaVersionZero => t.invalid_schema_version_zero.to_string(),
            Invalid::At { line, column } => fill(
                t.invalid_at,
                &[("line", line.to_string()), ("column", column.to_string())],
            ),
            Invalid::QuestionNo(no) => fill(t.invalid_question_no, &[("no", no.to_string())]),
        }
    }
}

impl Localized for ImportError {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            ImportError::TooLarge { bytes } => fill(
                t.import_too_large,
                &[
                    ("size", one_decimal(*bytes as f64 / (1024.0 * 1024.0))),
                    ("max", (MAX_IMPORT_BYTES / (1024 * 1024)).to_string()),
                ],
            ),
            ImportError::NotJson => t.import_not_json.to_string(),
            ImportError::WrongFormat => t.import_wrong_format.to_string(),
            ImportError::UnsupportedVersion(v) => {
                fill(t.import_unsupported_version, &[("version", v.to_string())])
            }
            ImportError::Invalid(detail) => {
                fill(t.import_invalid, &[("detail", detail.text(lang))])
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
        let t = texts(lang);
        match self {
            ReadError::TooLarge(limit) => fill(
                t.read_too_large,
                &[("limit", one_decimal(*limit as f64 / 1_048_576.0))],
            ),
            ReadError::Unreadable => t.read_unreadable.to_string(),
        }
    }
}

/// Quotes one CSV field if needed (RFC 4180: a field with a comma, quote, CR or LF is put in
/// quotes and its quotes doubled), after defusing spreadsheet formulas: a text field starting
/// with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so Excel shows it as text. Plain
/// numbers such as `-1` or `-12.5` are left alone (Excel reads them as numbers, not formulas).
///
/// ```
/// use jishin_shindan::store::transfer::csv_field;
/// assert_eq!(csv_field("a,b"), "\"a,b\"");
/// assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
/// assert_eq!(csv_field("=1+1"), "'=1+1");
/// assert_eq!(csv_field("-1"), "-1");
/// assert_eq!(csv_field("-12.5"), "-12.5");
/// assert_eq!(csv_field("-1.5.2"), "'-1.5.2");
/// assert_eq!(csv_field("-.5"), "'-.5");
/// ```
pub fn csv_field(value: &str) -> String {
    let is_number = {
        let digits = value.strip_prefix('-').unwrap_or(value);
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
        !whole.is_empty()
            && !fraction.is_empty()
            && whole
                .bytes()
                .chain(fraction.bytes())
                .all(|b| b.is_ascii_digit())
    };
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number;
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
