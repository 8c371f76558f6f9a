//! Finding share links and bare share codes anywhere in a line of text (a pasted line, or one
//! cell of a table).
//!
//! # What is found
//!
//! - **A share link**: a `#` followed by a URL fragment with an `r` parameter, as the app writes
//!   it (`https://…/#r=<code>` or `#r=<code>&d=YYYY-MM-DD`; the parameters may come in any
//!   order, the first of each counts). The fragment ends at the first character that cannot be part of a link in running
//!   text: white space, a control character, any non-ASCII character (Japanese prose right after
//!   the link), a quote, a bracket, `<` `>` `|` `\` `^` `` ` `` `,` `;` or another `#`; trailing
//!   `.` `!` `?` `:` are left out too (the end of a sentence). The code is what
//!   [`share::parse_fragment`] reads, strictly; the date is `d=` when it is a real date
//!   ([`share::fragment_date`]), otherwise the result has no date, as when the app opens the link.
//! - **A bare code**: outside a link, a run of ASCII letters and digits (so delimited by anything
//!   else, Japanese included) that starts with `1` (the version) and is exactly 12 characters
//!   long, or 11 or 13 characters long with at least one lowercase letter (a code one character
//!   short or long; a plain 11- or 13-digit number is not taken for one). A line (or cell) that
//!   is nothing but one such run of any length with a lowercase letter is taken for a code too
//!   (`1abc` alone: a code cut short). Digits alone are taken for a code only when they decode
//!   (a valid code may be all digits, `100000000002` is 100 points; a 12-digit number that does
//!   not decode is a number). A bare code has no date. `r=<code>` without a `#` is found this way
//!   too.
//!
//! Everything else (prose, numbers, dates, other URLs) is ignored. A candidate that does not
//! decode is still returned, with its [`ShareError`], so the caller can report the line.

use crate::core::answers::Answers;
use crate::core::share::{self, ShareError, CODE_LEN};
use crate::core::time::CivilDate;

/// One share link or bare code found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'a> {
    /// The link's fragment from its `#`, or the bare code, as it stands in the line.
    pub text: &'a str,
    /// The answers, or why the code does not decode.
    pub read: Result<Answers, ShareError>,
    /// The day of the diagnosis (`d=` of a link); `None` for a bare code or a link without one.
    pub date: Option<CivilDate>,
}

/// True for a byte that ends a link's fragment in running text (see the module docs).
fn ends_fragment(b: u8) -> bool {
    !b.is_ascii()
        || b.is_ascii_whitespace()
        || b.is_ascii_control()
        || matches!(
            b,
            b'"' | b'\''
                | b'<'
                | b'>'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'|'
                | b'\\'
                | b'^'
                | b'`'
                | b','
                | b';'
                | b'#'
        )
}

/// True for a run of letters and digits that is taken for a bare code; `alone` when it is all
/// the line holds (see the module docs).
fn looks_like_code(word: &str, alone: bool) -> bool {
    let len = word.len();
    let lowercase = || word.bytes().any(|b| b.is_ascii_lowercase());
    word.starts_with('1')
        && (len == CODE_LEN
            || ((alone || (CODE_LEN - 1..=CODE_LEN + 1).contains(&len)) && lowercase()))
}

/// Every share link and bare code in `line`, in the order they stand (see the module docs).
/// Linear in the length of the line; never panics.
///
/// ```
/// use jishin_shindan::core::{share, Answers, Choice};
/// use jishin_shindan::features::rollup::model::find::find_codes;
/// let code = share::encode(&Answers::all(Choice::Done)).unwrap();
/// let line = format!("株式会社A https://example.jp/check/#r={code}&d=2026-11-25 と {code}。");
/// let found = find_codes(&line);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].date.map(|d| d.to_string()).as_deref(), Some("2026-11-25"));
/// assert_eq!(found[1].text, code);
/// assert!(find_codes("2026年11月25日 従業員数 120名").is_empty());
/// assert!(find_codes("ID 1a5enanapan").pop().unwrap().read.is_err());
/// assert!(find_codes(" 1abc ").pop().unwrap().read.is_err());
/// assert!(find_codes("ID 1abc").is_empty());
/// ```
pub fn find_codes(line: &str) -> Vec<Found<'_>> {
    let bytes = line.as_bytes();
    let trimmed = line.trim();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'#' {
            let start = i + 1;
            let end = bytes[start..]
                .iter()
                .position(|&b| ends_fragment(b))
                .map_or(bytes.len(), |n| start + n);
            // Only ASCII bytes before `end`, so every index here is a character boundary.
            let fragment = line
                .get(start..end)
                .unwrap_or_default()
                .trim_end_matches(['.', '!', '?', ':']);
            // As share::parse_fragment and share::fragment_date read it, in one pass.
            let param = |name: &str| {
                fragment
                    .split('&')
                    .find_map(|p| p.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')))
            };
            if let Some(code) = param("r") {
                let read = share::decode(code);
                let date = param("d").and_then(CivilDate::parse);
                found.push(Found {
                    text: line.get(i..start + fragment.len()).unwrap_or_default(),
                    read,
                    date,
                });
                i = end;
            } else {
                i = start;
            }
        } else if b.is_ascii_alphanumeric() {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            let word = line.get(start..i).unwrap_or_default();
            if looks_like_code(word, word.len() == trimmed.len()) {
                let read = share::decode(word);
                // Digits alone that do not decode are a number (a phone or member number), not
                // a code; a valid code may be all digits (100 points is `100000000002`).
                if read.is_ok() || !word.bytes().all(|b| b.is_ascii_digit()) {
                    found.push(Found {
                        text: word,
                        read,
                        date: None,
                    });
                }
            }
        } else {
            i += 1;
        }
    }
    found
}
