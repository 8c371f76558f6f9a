//! A small JSON reader for the config file (RFC 8259), in place of serde_json's: reading the
//! config with serde_json's reader and serde's derived visitors was about 17 KB of the first
//! visit's gzipped wasm (issue 16), for a file of a few strings. It reads any JSON text into a
//! [`Json`] tree (numbers are checked but not kept: the config has none), refuses what
//! serde_json refuses (tested side by side with serde_json in `tests/config.rs` and the fuzz
//! target `config_file`), and says where the text went wrong.
//!
//! **Text that is not Unicode** (an escaped half of a surrogate pair, `"\ud83d"`) is valid JSON
//! but not text. serde_json refuses it only where it reads it as text, and skips it in a value
//! nobody reads. This reader does the same, which is what a user of the config needs: a typo deep
//! inside a key the app does not know (reported as unknown) costs nothing else, while the same
//! in a field the app reads refuses that field's text, or, in a key of an object the app reads
//! (the top level, `organization`, `contact`), the file. So such a string value is
//! [`Json::Other`], and such a key is `None` in [`Json::Object`], refused by the config's reader
//! where it reads keys. (The fuzz target `config_file` once found this reader refusing a whole
//! file over a key nested in an unknown key's value, which serde_json accepts: kept as a
//! regression in fuzz/regressions/config_file/.)

/// A JSON value. Numbers and booleans are only recognised: nothing in the config uses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true`, `false`, a number, or a string that is not Unicode text (an escaped surrogate
    /// without its pair): valid JSON where the config ignores it, refused as a field's text.
    Other,
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object: its members in file order (a repeated key appears twice); a key that is not
    /// Unicode text is `None` (see the module's docs).
    Object(Vec<(Option<String>, Json)>),
}

/// Why a text is not JSON, and where (1-based line and column of the character at fault; a
/// column counts characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The text ends before the value does.
    pub eof: bool,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// Nesting deeper than this many arrays and objects is refused, as serde_json refuses it (it
/// counts down from 128 and fails on reaching 0), so a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Reads `text` as one JSON value, with nothing but whitespace after it.
///
/// ```
/// use jishin_shindan::features::publish::model::json::{parse, Json};
/// assert_eq!(parse(r#"{"a": ["x", null, 1.5e3]}"#).unwrap(), Json::Object(vec![(
///     Some("a".into()),
///     Json::Array(vec![Json::String("x".into()), Json::Null, Json::Other]),
/// )]));
/// assert!(parse("{\"a\": 01}").is_err());
/// ```
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut reader = Reader {
        text: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.at < reader.text.len() {
        return Err(reader.error());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    /// The error at the current position: the end of the text, or the character there.
    fn error(&self) -> JsonError {
        let eof = self.at >= self.text.len();
        // serde_json points at the last character read; at the end, that is the last one.
        let at = self.at.min(self.text.len());
        let before = &self.text[..at];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + usize::from(!eof);
        JsonError { eof, line, column }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => Err(self.error()),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(|s| s.map_or(Json::Other, Json::String)),
            Some(b'n') => self.literal(b"null").map(|_| Json::Null),
            Some(b't') => self.literal(b"true").map(|_| Json::Other),
            Some(b'f') => self.literal(b"false").map(|_| Json::Other),
            Some(b'-' | b'0'..=b'9') => self.number().map(|_| Json::Other),
            _ => Err(self.error()),
        }
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), JsonError> {
        for &byte in word {
            self.expect(byte)?;
        }
        Ok(())
    }

    fn digits(&mut self) -> Result<(), JsonError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error());
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Result<(), JsonError> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits()?;
        }
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error())?;
            value = value * 16 + digit;
            self.at += 1;
        }
        Ok(value)
    }

    /// A string; `None` when an escape stands for half a surrogate pair: not text, left for the
    /// caller to refuse where it reads it (see the module's docs).
    fn string(&mut self) -> Result<Option<String>, JsonError> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        let mut unicode = true;
        loop {
            match self.peek() {
                None => return Err(self.error()),
                Some(b'"') => {
                    self.at += 1;
                    if !unicode {
                        return Ok(None);
                    }
                    // The input is a &str and only whole characters were copied.
                    return String::from_utf8(out).map(Some).map_err(|_| self.error());
                }
                Some(0..=0x1f) => return Err(self.error()),
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            match self.unicode_escape()? {
                                Some(c) => {
                                    let mut buf = [0; 4];
                                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                                }
                                None => unicode = false,
                            }
                            continue;
                        }
                        _ => return Err(self.error()),
                    };
                    self.at += 1;
                    out.push(escaped as u8);
                }
                Some(byte) => {
                    self.at += 1;
                    out.push(byte);
                }
            }
        }
    }

    /// The character of a `\uXXXX` escape (its `\u` already read), a surrogate pair joined;
    /// `None` for half a pair (a leading surrogate not followed by an escaped trailing one is read
    /// up to where the pair should be, as serde_json reads it).
    fn unicode_escape(&mut self) -> Result<Option<char>, JsonError> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if self.text.get(self.at..self.at + 2) != Some(b"\\u") {
                    return Ok(None);
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Ok(None);
                }
                Ok(char::from_u32(
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00),
                ))
            }
            0xDC00..=0xDFFF => Ok(None),
            other => Ok(char::from_u32(other)),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.expect(b'{')?;
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            let key = self.string()?;
            self.skip_whitespace();
            self.expect(b':')?;
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error()),
            }
        }
    }
}
