//! CSV and TSV exports of a web form (Google Forms, Microsoft Forms, Excel), read as RFC 4180
//! tables in slices, and how to decode a picked file's bytes ([`detect`]).
//!
//! # The reader
//!
//! [`TableReader`] takes decoded text in slices of any size (a slice may end inside a cell, a
//! quoted line break or between CR and LF) and hands over each record as a [`Row`] with the
//! physical line it starts on. The row's cells are lent, not given: the reader reuses their
//! buffers for the next record (no allocation per cell at 100,000 rows). It follows RFC 4180, and tolerates what spreadsheets write:
//!
//! - the delimiter is sniffed from the first line: a tab if it has more tabs than commas,
//!   otherwise a comma;
//! - a leading byte-order mark (U+FEFF) is dropped;
//! - records end with CR LF, LF or a lone CR; quoted cells keep commas, tabs, doubled quotes
//!   (`""` → `"`) and line breaks;
//! - rows may have any number of cells (ragged rows); blank lines are no rows;
//! - a quote inside an unquoted cell, or text after a closing quote, is kept as it is (Excel
//!   does the same).
//!
//! The only broken row is a quoted cell that is never closed: the file ends inside it. That row
//! is reported ([`TableEvent::Broken`], with its first line) and the lines after its first one
//! are read again one by one, each line a row on its own (a quote left open there breaks only
//! that line), so the rest of the file is kept. The text after a broken row is read twice at
//! most: the work stays linear.

/// How a picked file's bytes are to be decoded (the browser's `TextDecoder` does it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// Valid UTF-8 without a byte-order mark.
    Utf8,
    /// Valid UTF-8 starting with the byte-order mark EF BB BF (Excel's 「CSV UTF-8」).
    Utf8Bom,
    /// Not valid UTF-8: Shift_JIS, as Excel in Japan writes 「CSV (コンマ区切り)」.
    ShiftJis,
}

impl Encoding {
    /// The label `TextDecoder` takes (`utf-8`, `shift_jis`).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "utf-8",
            Encoding::ShiftJis => "shift_jis",
        }
    }
}

/// The encoding of a file's bytes: valid UTF-8 (with or without a byte-order mark), or else
/// Shift_JIS. Plain ASCII is valid UTF-8 (and reads the same in both).
///
/// ```
/// use jishin_shindan::features::rollup::model::table::{detect, Encoding};
/// assert_eq!(detect("業種,リンク".as_bytes()), Encoding::Utf8);
/// assert_eq!(detect(b"\xEF\xBB\xBFa,b"), Encoding::Utf8Bom);
/// assert_eq!(detect(&[0x8B, 0xC6, 0x8E, 0xED]), Encoding::ShiftJis); // 「業種」
/// ```
pub fn detect(bytes: &[u8]) -> Encoding {
    match std::str::from_utf8(bytes) {
        Ok(_) if bytes.starts_with(b"\xEF\xBB\xBF") => Encoding::Utf8Bom,
        Ok(_) => Encoding::Utf8,
        Err(_) => Encoding::ShiftJis,
    }
}

/// One record of a table, lent by the reader until it reads on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row<'a> {
    /// The physical line (1-based) the record starts on.
    pub line: usize,
    /// The cells, unquoted, as written (not trimmed).
    pub cells: &'a [String],
}

/// What the reader hands over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableEvent<'a> {
    /// A record.
    Row(Row<'a>),
    /// A record whose quoted cell is never closed, by the line it starts on.
    Broken {
        /// The physical line (1-based) the record starts on.
        line: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a cell.
    CellStart,
    /// Inside an unquoted cell.
    Unquoted,
    /// Inside a quoted cell.
    Quoted,
    /// Just after a quote inside a quoted cell: the cell's end, or the first of `""`.
    QuoteInQuoted,
}

/// An RFC 4180 reader fed in slices (see the module docs).
///
/// ```
/// use jishin_shindan::features::rollup::model::table::{TableEvent, TableReader};
/// let mut reader = TableReader::new();
/// let mut rows = Vec::new();
/// let mut keep = |e: TableEvent| match e {
///     TableEvent::Row(r) => rows.push(r.cells.to_vec()),
///     TableEvent::Broken { .. } => {}
/// };
/// reader.feed("業種,\"メモ, \"\"長い\"\"\n2行目\"\r\n建設", &mut keep);
/// reader.feed(",x\n", &mut keep);
/// reader.finish(&mut keep);
/// assert_eq!(rows, vec![vec!["業種".to_string(), "メモ, \"長い\"\n2行目".to_string()],
///                        vec!["建設".to_string(), "x".to_string()]]);
/// ```
#[derive(Debug, Clone)]
pub struct TableReader {
    /// Decided on the first line; until then the text waits in `head`.
    delimiter: Option<char>,
    head: String,
    /// True once the start of the text (and its byte-order mark, if any) is behind.
    started: bool,
    state: State,
    /// The physical line of the next character.
    line: usize,
    /// The line the current record starts on.
    record_line: usize,
    /// The last character was a CR (a following LF is part of the same line break).
    after_cr: bool,
    /// Some of the current physical line has been read.
    mid_line: bool,
    cell: String,
    /// The cells of the record being read: the first `used` of them (the rest are buffers kept
    /// for the next records).
    cells: Vec<String>,
    used: usize,
    /// The current record as written, kept to read it again if its quote is never closed.
    raw: String,
}

impl Default for TableReader {
    fn default() -> Self {
        TableReader::new()
    }
}

impl TableReader {
    /// A reader at the start of a file.
    pub fn new() -> TableReader {
        TableReader {
            delimiter: None,
            head: String::new(),
            started: false,
            state: State::CellStart,
            line: 1,
            record_line: 1,
            after_cr: false,
            mid_line: false,
            cell: String::new(),
            cells: Vec::new(),
            used: 0,
            raw: String::new(),
        }
    }

    /// The physical lines read so far, the one being read included (for a progress display).
    pub fn lines(&self) -> usize {
        self.line - 1 + usize::from(self.mid_line)
    }

    /// Reads the next slice of the text, handing over every record it completes.
    pub fn feed(&mut self, mut slice: &str, out: &mut impl FnMut(TableEvent)) {
        if !self.started {
            if slice.is_empty() {
                return;
            }
            self.started = true;
            slice = slice.strip_prefix('\u{feff}').unwrap_or(slice);
        }
        let delimiter = match self.delimiter {
            Some(d) => d,
            None => {
                // The first line decides; wait for its end.
                let Some(end) = slice.find(['\n', '\r']) else {
                    self.head.push_str(slice);
                    return;
                };
                self.head.push_str(&slice[..end]);
                let d = sniff(&self.head);
                self.delimiter = Some(d);
                let head = std::mem::take(&mut self.head);
                self.read(&head, d, out);
                slice = &slice[end..];
                d
            }
        };
        self.read(slice, delimiter, out);
    }

    /// Ends the text: hands over the last record, or reports it broken and reads what follows
    /// its first line again (see the module docs).
    pub fn finish(mut self, out: &mut impl FnMut(TableEvent)) {
        let delimiter = match self.delimiter {
            Some(d) => d,
            None => {
                let d = sniff(&self.head);
                let head = std::mem::take(&mut self.head);
                self.read(&head, d, out);
                d
            }
        };
        match self.state {
            State::Quoted => {
                out(TableEvent::Broken {
                    line: self.record_line,
                });
                let raw = std::mem::take(&mut self.raw);
                let first_break = raw.find(['\n', '\r']).unwrap_or(raw.len());
                let rest = &raw[first_break..];
                let rest = rest
                    .strip_prefix("\r\n")
                    .or_else(|| rest.strip_prefix(['\n', '\r']))
                    .unwrap_or(rest);
                read_line_by_line(rest, self.record_line + 1, delimiter, out);
            }
            State::CellStart if self.at_record_start() => {}
            _ => self.end_record(out),
        }
    }

    /// Ends the cell: it goes to its place in `cells`, whose old buffer (cleared) takes the
    /// next cell's text.
    fn end_cell(&mut self) {
        match self.cells.get_mut(self.used) {
            Some(slot) => {
                std::mem::swap(slot, &mut self.cell);
                self.cell.clear();
            }
            None => self.cells.push(std::mem::take(&mut self.cell)),
        }
        self.used += 1;
        self.state = State::CellStart;
    }

    /// True while no cell of a record has ended.
    fn at_record_start(&self) -> bool {
        self.used == 0
    }

    fn end_record(&mut self, out: &mut impl FnMut(TableEvent)) {
        self.end_cell();
        out(TableEvent::Row(Row {
            line: self.record_line,
            cells: &self.cells[..self.used],
        }));
        self.used = 0;
        self.raw.clear();
    }

    fn read(&mut self, text: &str, delimiter: char, out: &mut impl FnMut(TableEvent)) {
        // The delimiter is ',' or '\t' (sniff); the bytes that change the state are ASCII, so
        // the text between two of them is whole characters and is copied in one go.
        let delimiter_byte = u8::try_from(delimiter).unwrap_or(b',');
        let special = |b: u8| b == b'"' || b == b'\r' || b == b'\n' || b == delimiter_byte;
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if !special(bytes[at]) {
                let end = bytes[at..]
                    .iter()
                    .position(|&b| special(b))
                    .map_or(bytes.len(), |n| at + n);
                let run = text.get(at..end).unwrap_or_default();
                if self.state == State::CellStart && self.at_record_start() && self.raw.is_empty() {
                    self.record_line = self.line;
                }
                self.raw.push_str(run);
                self.cell.push_str(run);
                self.after_cr = false;
                self.mid_line = true;
                if self.state != State::Quoted {
                    // Text in an unquoted cell, or after a closing quote: kept as written.
                    self.state = State::Unquoted;
                }
                at = end;
                continue;
            }
            self.read_char(char::from(bytes[at]), delimiter, out);
            at += 1;
        }
    }

    /// One character that may change the state (a quote, a line break, the delimiter).
    fn read_char(&mut self, c: char, delimiter: char, out: &mut impl FnMut(TableEvent)) {
        let line_break = c == '\r' || (c == '\n' && !self.after_cr);
        let lf_after_cr = c == '\n' && self.after_cr;
        self.after_cr = c == '\r';
        if lf_after_cr && self.state == State::CellStart && self.at_record_start() {
            // The LF of a CR LF that ended the record before.
            return;
        }
        if self.state == State::CellStart && self.at_record_start() && self.raw.is_empty() {
            self.record_line = self.line;
        }
        self.raw.push(c);
        if line_break {
            self.line += 1;
        }
        self.mid_line = !(c == '\r' || c == '\n');
        match self.state {
            State::Quoted => match c {
                '"' => self.state = State::QuoteInQuoted,
                _ => self.cell.push(c),
            },
            State::QuoteInQuoted if c == '"' => {
                self.cell.push('"');
                self.state = State::Quoted;
            }
            State::CellStart if c == '"' => self.state = State::Quoted,
            _ if c == delimiter => self.end_cell(),
            State::CellStart if (c == '\r' || c == '\n') && self.at_record_start() => {
                // A blank line: no record.
                self.raw.clear();
            }
            _ if c == '\r' || c == '\n' => self.end_record(out),
            _ => {
                // Text in an unquoted cell, or after a closing quote: kept as written.
                self.cell.push(c);
                self.state = State::Unquoted;
            }
        }
    }
}

/// The delimiter of a table whose first line is `head`: a tab if it has more tabs than commas.
fn sniff(head: &str) -> char {
    let tabs = head.matches('\t').count();
    let commas = head.matches(',').count();
    if tabs > commas {
        '\t'
    } else {
        ','
    }
}

/// Reads `text` (starting on line `first_line`) with each physical line a record of its own: a
/// quote left open breaks only its line.
fn read_line_by_line(
    text: &str,
    first_line: usize,
    delimiter: char,
    out: &mut impl FnMut(TableEvent),
) {
    let mut line = first_line;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let mut reader = TableReader {
            delimiter: Some(delimiter),
            started: true,
            line,
            record_line: line,
            ..TableReader::new()
        };
        let this = &rest[..end];
        reader.read(this, delimiter, out);
        if reader.state == State::Quoted {
            out(TableEvent::Broken { line });
        } else if !(reader.state == State::CellStart && reader.at_record_start()) {
            reader.end_record(out);
        }
        rest = &rest[end..];
        rest = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix(['\n', '\r']))
            .unwrap_or(rest);
        line += 1;
    }
}
