//! Share codes: the 25 answers of a complete diagnosis in 12 URL-safe characters.
//!
//! A share link is the app's address with `#r=<code>` appended. The fragment is never sent to any
//! server, so the answers stay between the people who have the link.
//!
//! # Format (version 1)
//!
//! ```text
//! 1 ccccccccc c k
//! │ └── 10 data characters ──┘ └ check character
//! └ version
//! ```
//!
//! - Every character is from the lowercase base32 alphabet [`ALPHABET`] (`0-9` and `a-z` without
//!   `i l o u`), so a code survives URLs, chat apps and QR codes and cannot be misread as 1/0.
//! - Each answer takes 2 bits (実施している 0, 一部実施している 1, 実施していない 2,
//!   わからない 3), No.1 in the highest bits: 25 × 2 = 50 bits = exactly 10 characters, so
//!   every one of the 4^25 answer sets has exactly one code.
//! - The check character is Σ αⁱ⁺¹·vᵢ over the version and data characters in GF(32)
//!   (α a primitive element). Because the field has no zero divisors, changing any single
//!   character changes the sum, and because every position has a different weight, swapping two
//!   different characters changes it too: every single-character substitution and every
//!   transposition is rejected.
//!
//! Decoding is strict (no case folding, no whitespace trimming) and never panics.

use std::fmt;

use crate::core::answers::Answers;
use crate::core::lang::{fill, Lang, Localized};
use crate::core::question::{Choice, QUESTION_COUNT};
use crate::core::share_text::texts;
use crate::core::time::CivilDate;

/// The 32 characters a code is written in, value 0 first.
pub const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The first character of every code this version writes.
pub const VERSION_1: char = '1';

/// Length of a version-1 code in characters.
pub const CODE_LEN: usize = 12;

/// Number of data characters (50 bits).
const DATA_LEN: usize = 10;

/// Why a share code was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after `#r=`.
    Empty,
    /// The first character names a format this version does not know.
    UnknownVersion(char),
    /// A character outside [`ALPHABET`] (position counted from 1).
    InvalidCharacter {
        /// 1-based position in the code.
        position: usize,
        /// The offending character.
        found: char,
    },
    /// Too short or too long (counted in characters).
    WrongLength {
        /// How long a code must be.
        expected: usize,
        /// How long this one is.
        found: usize,
    },
    /// The check character does not match: the code was mistyped or cut.
    ChecksumMismatch,
}

impl Localized for ShareError {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        let hint = ("hint", t.share_hint.to_string());
        match self {
            ShareError::Empty => fill(t.share_empty, &[hint]),
            ShareError::UnknownVersion(_) => t.share_unknown_version.to_string(),
            ShareError::InvalidCharacter { position, .. } => fill(
                t.share_invalid_character,
                &[("position", position.to_string()), hint],
            ),
            ShareError::WrongLength { expected, found } => fill(
                t.share_wrong_length,
                &[
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                    hint,
                ],
            ),
            ShareError::ChecksumMismatch => fill(t.share_checksum, &[hint]),
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Ja))
    }
}

impl std::error::Error for ShareError {}

fn choice_bits(c: Choice) -> u64 {
    match c {
        Choice::Done => 0,
        Choice::Partial => 1,
        Choice::NotDone => 2,
        Choice::Unknown => 3,
    }
}

fn bits_choice(bits: u64) -> Choice {
    match bits & 3 {
        0 => Choice::Done,
        1 => Choice::Partial,
        2 => Choice::NotDone,
        _ => Choice::Unknown,
    }
}

fn value_of(c: char) -> Option<u8> {
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .and_then(|v| u8::try_from(v).ok())
}

/// Multiplication in GF(2⁵) modulo the primitive polynomial x⁵ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 0x20 != 0 {
            a ^= 0x25;
        }
    }
    product
}

/// The check value of the version and data values (11 values, each < 32).
fn check_value(values: &[u8]) -> u8 {
    let mut weight = 1u8;
    values.iter().fold(0, |sum, &v| {
        // α = x (2) generates all 31 non-zero elements, so the 11 weights α¹…α¹¹ are distinct.
        weight = gf_mul(weight, 2);
        sum ^ gf_mul(weight, v)
    })
}

/// The share code of a complete diagnosis; `None` while any question is unanswered.
///
/// ```
/// use jishin_shindan::core::{share, Answers, Choice};
/// let answers = Answers::all(Choice::Done).with(25, Choice::Unknown);
/// let code = share::encode(&answers).unwrap();
/// assert_eq!(code.len(), 12);
/// assert_eq!(share::decode(&code), Ok(answers));
/// assert_eq!(share::encode(&Answers::new()), None);
/// ```
pub fn encode(answers: &Answers) -> Option<String> {
    let mut bits = 0u64;
    for (_, choice) in answers.iter() {
        bits = (bits << 2) | choice_bits(choice?);
    }
    let mut values = Vec::with_capacity(DATA_LEN + 1);
    values.push(value_of(VERSION_1)?);
    for i in (0..DATA_LEN).rev() {
        // Masked to 5 bits, so the cast is lossless.
        values.push(((bits >> (5 * i)) & 31) as u8);
    }
    values.push(check_value(&values));
    Some(
        values
            .iter()
            .map(|&v| char::from(ALPHABET[usize::from(v)]))
            .collect(),
    )
}

/// Reads a share code back into answers. Strict: exactly [`CODE_LEN`] characters of
/// [`ALPHABET`], version [`VERSION_1`], matching check character. Never panics.
///
/// ```
/// use jishin_shindan::core::share::{decode, ShareError};
/// assert_eq!(decode(""), Err(ShareError::Empty));
/// assert!(decode("1000000000000").is_err());
/// assert!(decode("<script>").is_err());
/// ```
pub fn decode(code: &str) -> Result<Answers, ShareError> {
    let first = code.chars().next().ok_or(ShareError::Empty)?;
    if first != VERSION_1 {
        return Err(if first.is_ascii_alphanumeric() {
            ShareError::UnknownVersion(first)
        } else {
            ShareError::InvalidCharacter {
                position: 1,
                found: first,
            }
        });
    }
    // Report the first bad character before the length, so a code cut at a stray character
    // points at it; only count up to one past the limit to bound the work on huge input.
    let mut values = Vec::with_capacity(CODE_LEN);
    for (i, c) in code.chars().enumerate().take(CODE_LEN + 1) {
        match value_of(c) {
            Some(v) => values.push(v),
            None => {
                return Err(ShareError::InvalidCharacter {
                    position: i + 1,
                    found: c,
                })
            }
        }
    }
    if values.len() != CODE_LEN {
        return Err(ShareError::WrongLength {
            expected: CODE_LEN,
            found: code.chars().count(),
        });
    }
    let (payload, check) = values.split_at(CODE_LEN - 1);
    if check != [check_value(payload)] {
        return Err(ShareError::ChecksumMismatch);
    }
    let bits = payload[1..]
        .iter()
        .fold(0u64, |bits, &v| (bits << 5) | u64::from(v));
    let mut answers = Answers::new();
    for i in 0..QUESTION_COUNT {
        let shift = 2 * (QUESTION_COUNT - 1 - i);
        // i < 25, so the question number fits in u8.
        answers.set(i as u8 + 1, Some(bits_choice(bits >> shift)));
    }
    Ok(answers)
}

/// The URL fragment that carries `code`, e.g. `#r=1…`. Append it to the app's address.
pub fn fragment(code: &str) -> String {
    format!("#r={code}")
}

/// The URL fragment that carries `code` and the day of that diagnosis (`YYYY-MM-DD`), e.g.
/// `#r=1…&d=2026-11-25`: a link that can put the result back into a history with its date (a
/// phone whose browser deleted the site's data, issue 20). Without a valid date, [`fragment`].
///
/// ```
/// use jishin_shindan::core::share;
/// assert_eq!(share::dated_fragment("1abc", "2026-11-25"), "#r=1abc&d=2026-11-25");
/// assert_eq!(share::dated_fragment("1abc", "2026-02-30"), "#r=1abc");
/// ```
pub fn dated_fragment(code: &str, date: &str) -> String {
    match CivilDate::parse(date) {
        Some(date) => format!("#r={code}&d={date}"),
        None => fragment(code),
    }
}

/// The day of the diagnosis a share link carries (`d=YYYY-MM-DD`, see [`dated_fragment`]);
/// `None` when it carries none or one that is not a valid date.
///
/// ```
/// use jishin_shindan::core::share;
/// assert_eq!(share::fragment_date("#r=1abc&d=2026-11-25").as_deref(), Some("2026-11-25"));
/// assert_eq!(share::fragment_date("#r=1abc&d=2026-13-01"), None);
/// assert_eq!(share::fragment_date("#r=1abc"), None);
/// ```
pub fn fragment_date(fragment: &str) -> Option<String> {
    fragment_param(fragment, "d")
        .and_then(CivilDate::parse)
        .map(|date| date.to_string())
}

/// The value of parameter `name` in a URL fragment (`#r=…&d=…`, the `#` optional).
fn fragment_param<'a>(fragment: &'a str, name: &str) -> Option<&'a str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|param| {
        param
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix('='))
    })
}

/// Reads the answers from a URL fragment such as `#r=1…` (the leading `#` is optional; other
/// `&`-separated parameters are ignored). `None` when there is no `r` parameter, so the app
/// starts as usual; `Some(Err(_))` when there is one but it is not a valid code.
///
/// ```
/// use jishin_shindan::core::{share, Answers, Choice};
/// let answers = Answers::all(Choice::Partial);
/// let link = share::fragment(&share::encode(&answers).unwrap());
/// assert_eq!(share::parse_fragment(&link), Some(Ok(answers)));
/// assert_eq!(share::parse_fragment("#top"), None);
/// assert_eq!(share::parse_fragment(""), None);
/// ```
pub fn parse_fragment(fragment: &str) -> Option<Result<Answers, ShareError>> {
    fragment_param(fragment, "r").map(decode)
}
