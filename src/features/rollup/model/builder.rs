//! Reading the inputs of a roll-up, source by source and slice by slice, into a [`RollUp`].
//!
//! A source is pasted text (or a text file of links), a table (CSV or TSV), or the results of
//! one of the app's export files. Text and tables are fed in slices of any size
//! ([`RollUpBuilder::feed`]), so the screen can read 100,000 lines a slice at a time and show
//! how far it is ([`RollUpBuilder::lines`]); the work is linear in the input.
//!
//! - **Text**: every share link and bare code on each line ([`find_codes`]; a line may hold
//!   several, with any text around them). A link or code that does not decode is a
//!   [`BadEntry`] with its 1-based line number and the reason; the other results of the line are
//!   kept. A line with nothing that looks like a link or code is ignored.
//! - **Table**: read as RFC 4180 ([`TableReader`]); links and codes are found in every cell. The
//!   first row is the header, unless a link or code is found in it (then the table has none).
//!   Rows without a link are ignored, rows with a bad link are reported by the line they start
//!   on, a broken row (a quote never closed) is reported and the rest kept. The header's other
//!   columns are offered as groups ([`RollUp::columns`], [`RollUp::groups`]): columns of the same
//!   name in several tables are one column; a column where a link or code was found is not
//!   offered; of two columns with the same name in one table, the first is used.
//! - **Export files**: results the caller has read with the store, each with its date and a
//!   label ([`RollUpBuilder::add_result`]); one without all 25 answers is reported.
//!
//! **Duplicates**: the same answers (the same code) with the same date, from any source, count
//! once; the first is kept and the others are counted in [`RollUp::duplicates`]. A result
//! without a date is a duplicate only of another without a date.
//!
//! So every result found is counted once, as kept, duplicate or bad:
//! [`RollUp::found`] = `figures.count` + [`RollUp::duplicates`] + the bad entries that are not
//! broken rows.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::core::answers::Answers;
use crate::core::lang::{fill, Lang, Localized};
use crate::core::share::ShareError;
use crate::core::time::CivilDate;
use crate::core::MAX_NAME_CHARS;
use crate::features::rollup::model::figures::{pack, Figures, Group, GroupKey, Tally, MAX_GROUPS};
use crate::features::rollup::model::find::{find_codes, Found};
use crate::features::rollup::model::table::{Row, TableEvent, TableReader};
use crate::features::rollup::model::text::texts;

/// Most characters of the found text a [`BadEntry`] keeps.
const MAX_FOUND_CHARS: usize = 40;

/// Why something found was not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A share link or code that does not decode.
    Share(ShareError),
    /// A result from an export file without all 25 answers.
    Incomplete,
    /// A row of a table whose quoted cell is never closed (the file ends inside it).
    BrokenRow,
}

impl Localized for Problem {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Problem::Share(e) => e.text(lang),
            Problem::Incomplete => t.bad_incomplete.to_string(),
            Problem::BrokenRow => t.bad_broken_row.to_string(),
        }
    }
}

/// Something found that was not counted, with where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEntry {
    /// The source's name (a file name, or the name given to pasted text).
    pub source: Arc<str>,
    /// The 1-based line in the source (for a table, the line its row starts on); `None` for a
    /// result of an export file.
    pub line: Option<usize>,
    /// The link or code as found (at most 40 characters), or empty.
    pub found: String,
    /// What was wrong.
    pub problem: Problem,
}

impl Localized for BadEntry {
    /// The message for the list of bad lines, naming the source and the line.
    ///
    /// ```
    /// jishin_shindan::app::english::register(); // the English chunk, natively
    /// use jishin_shindan::core::lang::{Lang, Localized};
    /// use jishin_shindan::features::rollup::model::RollUpBuilder;
    /// let mut builder = RollUpBuilder::new();
    /// builder.start_text("貼り付け");
    /// builder.feed("\n1abc\n");
    /// let bad = &builder.roll_up().bad[0];
    /// assert!(bad.text(Lang::Ja).starts_with("「貼り付け」2行目（1abc）："));
    /// assert!(bad.text(Lang::En).starts_with("Line 2 of “貼り付け” (1abc): "));
    /// ```
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        let found = if self.found.is_empty() {
            String::new()
        } else {
            fill(t.bad_found, &[("found", self.found.clone())])
        };
        let values = [
            ("source", self.source.to_string()),
            ("found", found),
            ("reason", self.problem.text(lang)),
        ];
        match self.line {
            Some(line) => fill(
                t.bad_on_line,
                &[&values[..], &[("line", line.to_string())]].concat(),
            ),
            None => fill(t.bad_in_file, &values),
        }
    }
}

/// What kind of source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// Pasted text, or a text file of links.
    Text,
    /// A CSV or TSV table.
    Table,
    /// Results of the app's export files.
    Export,
}

/// What one source gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSummary {
    /// The source's name.
    pub name: Arc<str>,
    /// Its kind.
    pub kind: SourceKind,
    /// Physical lines read (text and tables).
    pub lines: usize,
    /// Links, codes and export results found (good or bad).
    pub found: usize,
    /// Results counted.
    pub kept: usize,
    /// Results dropped as duplicates.
    pub duplicates: usize,
    /// Bad entries (including broken rows).
    pub bad: usize,
}

/// A column of the tables, offered to group the results by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header's text (as a group's value is kept: see [`RollUp::groups`]); empty when the
    /// header cell is empty or the table has no header (the screen then says 「列{number}」).
    pub name: String,
    /// Its position (1-based) in the first table that has it.
    pub number: usize,
    /// How many different non-empty values the counted rows have in it.
    pub distinct: usize,
}

/// One counted result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// The answers, packed ([`pack`]).
    bits: u64,
    date: Option<CivilDate>,
    /// The table row it came from ([`Sink::rows`]).
    row: Option<u32>,
}

/// The values of a table row that gave a counted result.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RowValues {
    /// Which table ([`Sink::tables`]).
    table: u32,
    /// Per column of that table, the value's index in its column's values.
    values: Box<[u32]>,
}

/// How a column is known across tables.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ColumnKey {
    Named(String),
    Numbered(usize),
}

#[derive(Debug, Clone, Default)]
struct ColumnBuild {
    name: String,
    number: usize,
    has_codes: bool,
    /// A value's id by the hash of its text: the latest value with that hash, `same` chains the
    /// earlier ones. Each value's text is kept once, in `values` (a column of company names is
    /// one new value per row: one allocation each, not two).
    ids: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    same: Vec<Option<u32>>,
    values: Vec<String>,
}

impl ColumnBuild {
    /// The id of `value` in this column, made if new.
    fn id(&mut self, value: &str) -> u32 {
        let mut hasher = KeyHasher::default();
        hasher.write(value.as_bytes());
        self.id_hashed(value, hasher.finish())
    }

    /// [`ColumnBuild::id`] with the value's hash given (tests give two values the same one).
    fn id_hashed(&mut self, value: &str, hash: u64) -> u32 {
        let head = self.ids.get(&hash).copied();
        let mut at = head;
        while let Some(id) = at {
            if self.values.get(id as usize).is_some_and(|v| v == value) {
                return id;
            }
            at = self.same.get(id as usize).copied().flatten();
        }
        let id = self.values.len() as u32;
        self.values.push(value.to_owned());
        self.same.push(head);
        self.ids.insert(hash, id);
        id
    }
}

/// The duplicate check's key: the packed answers and the date.
fn key(bits: u64, date: Option<CivilDate>) -> u128 {
    let date = date.map_or(0, |d| {
        (u32::from(d.year) << 9) | (u32::from(d.month) << 5) | u32::from(d.day)
    });
    (u128::from(bits) << 32) | u128::from(date)
}

/// A fast hasher for [`key`]s (and a column's values): splitmix64's finaliser over the key's two
/// halves (or an FNV-1a-like mix over a value's bytes, a word at a time). It need not
/// resist crafted collisions (the input is the user's own, read in their own browser), and the
/// standard hasher's cost shows at 100,000 lines.
#[derive(Debug, Clone, Copy, Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time (a value is mostly a dozen bytes or more), the rest one by one.
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
            self.0 = (self.0 ^ w)
                .wrapping_mul(0x0000_0100_0000_01b3)
                .rotate_left(29);
        }
        for &b in words.remainder() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_u128(&mut self, n: u128) {
        self.0 ^= (n as u64) ^ ((n >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Everything gathered so far, apart from the source being read.
#[derive(Debug, Clone, Default)]
struct Sink {
    seen: HashSet<u128, BuildHasherDefault<KeyHasher>>,
    entries: Vec<Entry>,
    found: usize,
    duplicates: usize,
    bad: Vec<BadEntry>,
    sources: Vec<SourceSummary>,
    columns: Vec<ColumnBuild>,
    column_keys: HashMap<ColumnKey, usize>,
    /// Per table, its columns' indexes in `columns` (a table without a header grows them).
    tables: Vec<Vec<usize>>,
    rows: Vec<RowValues>,
}

/// Where a table is: before its first row, or reading rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TableState {
    BeforeHeader,
    /// Reading rows; the table's index in [`Sink::tables`], and whether it has a header.
    Rows {
        table: usize,
        header: bool,
    },
}

#[derive(Debug, Clone)]
enum Current {
    Text {
        /// The unfinished last line of the slices so far.
        carry: String,
        /// Lines completed so far.
        line: usize,
    },
    Table {
        reader: TableReader,
        state: TableState,
    },
}

/// Reads the sources of a roll-up in slices (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct RollUpBuilder {
    sink: Sink,
    current: Option<Current>,
}

/// A cell's value as a group's name: trimmed, control characters (line breaks) as spaces, at
/// most [`MAX_NAME_CHARS`] characters, like every name the app shows. Borrowed when the cell is
/// that already (nearly always: one allocation less per cell of 100,000 rows).
fn group_value(cell: &str) -> Cow<'_, str> {
    let trimmed = cell.trim();
    // Control characters are C0 (bytes below 0x20), DEL (0x7F) and C1 (U+0080–U+009F, whose
    // UTF-8 starts with the byte 0xC2): a byte scan rules them out without decoding.
    let plain = |b: u8| b >= 0x20 && b != 0x7f && b != 0xc2;
    if trimmed.len() <= MAX_NAME_CHARS
        && (trimmed.bytes().all(plain) || !trimmed.chars().any(char::is_control))
    {
        return Cow::Borrowed(trimmed);
    }
    Cow::Owned(
        trimmed
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(MAX_NAME_CHARS)
            .collect(),
    )
}

fn clip(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_FOUND_CHARS)
        .collect()
}

impl Sink {
    fn source(&mut self) -> Option<&mut SourceSummary> {
        self.sources.last_mut()
    }

    fn source_name(&self) -> Arc<str> {
        self.sources
            .last()
            .map_or_else(|| Arc::from(""), |s| s.name.clone())
    }

    fn push_bad(&mut self, line: Option<usize>, found: &str, problem: Problem) {
        let source = self.source_name();
        self.bad.push(BadEntry {
            source,
            line,
            found: clip(found),
            problem,
        });
        if let Some(s) = self.source() {
            s.bad += 1;
        }
    }

    /// Counts a result (packed) unless it is a duplicate; true when counted.
    fn keep(&mut self, bits: u64, date: Option<CivilDate>, row: Option<u32>) -> bool {
        if !self.seen.insert(key(bits, date)) {
            self.duplicates += 1;
            if let Some(s) = self.source() {
                s.duplicates += 1;
            }
            return false;
        }
        self.entries.push(Entry { bits, date, row });
        if let Some(s) = self.source() {
            s.kept += 1;
        }
        true
    }

    /// Takes what was found on `line`; `row` is the table row it was found in.
    fn take(&mut self, line: usize, found: Vec<Found<'_>>, row: Option<(usize, &[String])>) {
        self.found += found.len();
        if let Some(s) = self.source() {
            s.found += found.len();
        }
        let mut row_id: Option<u32> = None;
        for f in found {
            match f.read {
                Err(e) => self.push_bad(Some(line), f.text, Problem::Share(e)),
                Ok(answers) => {
                    // A decoded code is always complete.
                    let Some(bits) = pack(&answers) else { continue };
                    if self.seen.contains(&key(bits, f.date)) {
                        self.keep(bits, f.date, None);
                        continue;
                    }
                    let id = match (row_id, row) {
                        (Some(id), _) => Some(id),
                        (None, Some((table, cells))) => {
                            row_id = self.store_row(table, cells);
                            row_id
                        }
                        (None, None) => None,
                    };
                    self.keep(bits, f.date, id);
                }
            }
        }
    }

    /// The index of the column `key`, made if new (named `name`, at `number`).
    fn column(&mut self, key: ColumnKey, name: &str, number: usize) -> usize {
        if let Some(&i) = self.column_keys.get(&key) {
            return i;
        }
        self.columns.push(ColumnBuild {
            name: name.to_string(),
            number,
            ..ColumnBuild::default()
        });
        let i = self.columns.len() - 1;
        self.column_keys.insert(key, i);
        i
    }

    /// Keeps the values of a row that gave a counted result; its index.
    fn store_row(&mut self, table: usize, cells: &[String]) -> Option<u32> {
        let count = self.tables.get(table)?.len();
        let values = (0..count)
            .map(|j| {
                let c = self.tables[table][j];
                let value = group_value(cells.get(j).map_or("", String::as_str));
                self.columns[c].id(&value)
            })
            .collect();
        self.rows.push(RowValues {
            table: table as u32,
            values,
        });
        u32::try_from(self.rows.len() - 1).ok()
    }

    /// One event of the table being read.
    fn table_event(&mut self, state: &mut TableState, event: TableEvent) {
        let row = match event {
            TableEvent::Broken { line } => {
                self.push_bad(Some(line), "", Problem::BrokenRow);
                return;
            }
            TableEvent::Row(row) => row,
        };
        let Row { line, cells } = row;
        let found: Vec<(usize, Vec<Found<'_>>)> = cells
            .iter()
            .enumerate()
            // A link has a '#', a code starts with '1': most cells have neither.
            .filter(|(_, cell)| cell.bytes().any(|b| b == b'#' || b == b'1'))
            .map(|(j, cell)| (j, find_codes(cell)))
            .filter(|(_, f)| !f.is_empty())
            .collect();
        let (table, header) = match *state {
            TableState::Rows { table, header } => (table, header),
            TableState::BeforeHeader => {
                let header = found.is_empty();
                let columns = if header {
                    cells
                        .iter()
                        .enumerate()
                        .map(|(j, name)| {
                            let name = group_value(name);
                            let key = if name.is_empty() {
                                ColumnKey::Numbered(j + 1)
                            } else {
                                ColumnKey::Named(name.to_string())
                            };
                            self.column(key, &name, j + 1)
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                self.tables.push(columns);
                let table = self.tables.len() - 1;
                *state = TableState::Rows { table, header };
                if header {
                    return;
                }
                (table, header)
            }
        };
        if found.is_empty() {
            return;
        }
        if !header {
            // No header: the columns are known by their numbers, as far as rows reach.
            let known = self.tables.get(table).map_or(0, Vec::len);
            for j in known..cells.len() {
                let c = self.column(ColumnKey::Numbered(j + 1), "", j + 1);
                if let Some(t) = self.tables.get_mut(table) {
                    t.push(c);
                }
            }
        }
        let mut all = Vec::new();
        for (j, f) in found {
            if let Some(&c) = self.tables.get(table).and_then(|t| t.get(j)) {
                self.columns[c].has_codes = true;
            }
            all.extend(f);
        }
        self.take(line, all, Some((table, cells)));
    }
}

impl RollUpBuilder {
    /// A roll-up with nothing read yet.
    pub fn new() -> RollUpBuilder {
        RollUpBuilder::default()
    }

    /// Starts a source of pasted text (or a text file of links) named `name`; ends the one
    /// before.
    pub fn start_text(&mut self, name: &str) {
        self.start(name, SourceKind::Text);
        self.current = Some(Current::Text {
            carry: String::new(),
            line: 0,
        });
    }

    /// Starts a table (CSV or TSV) named `name`; ends the source before.
    pub fn start_table(&mut self, name: &str) {
        self.start(name, SourceKind::Table);
        self.current = Some(Current::Table {
            reader: TableReader::new(),
            state: TableState::BeforeHeader,
        });
    }

    fn start(&mut self, name: &str, kind: SourceKind) {
        self.end_source();
        self.sink.sources.push(SourceSummary {
            name: Arc::from(name),
            kind,
            lines: 0,
            found: 0,
            kept: 0,
            duplicates: 0,
            bad: 0,
        });
    }

    /// Reads the next slice of the current source (a slice may end anywhere, even inside a
    /// line). Without a started source, starts a text source without a name.
    pub fn feed(&mut self, slice: &str) {
        if self.current.is_none() {
            self.start_text("");
        }
        let sink = &mut self.sink;
        match &mut self.current {
            Some(Current::Text { carry, line }) => {
                let mut rest = slice;
                while let Some(end) = rest.find('\n') {
                    *line += 1;
                    if carry.is_empty() {
                        text_line(sink, *line, &rest[..end]);
                    } else {
                        carry.push_str(&rest[..end]);
                        text_line(sink, *line, carry);
                        carry.clear();
                    }
                    rest = &rest[end + 1..];
                }
                carry.push_str(rest);
            }
            Some(Current::Table { reader, state }) => {
                reader.feed(slice, &mut |event| sink.table_event(state, event));
            }
            None => {}
        }
    }

    /// Adds a result of one of the app's export files (read by the caller with the store), with
    /// its date and a label (the file's name). One without all 25 answers is a bad entry.
    pub fn add_result(&mut self, answers: &Answers, date: Option<CivilDate>, label: &str) {
        let same = self
            .sink
            .sources
            .last()
            .is_some_and(|s| s.kind == SourceKind::Export && &*s.name == label);
        if !same || self.current.is_some() {
            self.start(label, SourceKind::Export);
        }
        self.sink.found += 1;
        if let Some(s) = self.sink.source() {
            s.found += 1;
        }
        match pack(answers) {
            Some(bits) => {
                self.sink.keep(bits, date, None);
            }
            None => self.sink.push_bad(None, "", Problem::Incomplete),
        }
    }

    /// Physical lines read so far in the current source (for a progress display).
    pub fn lines(&self) -> usize {
        match &self.current {
            Some(Current::Text { line, .. }) => *line,
            Some(Current::Table { reader, .. }) => reader.lines(),
            None => 0,
        }
    }

    /// Results counted so far.
    pub fn results(&self) -> usize {
        self.sink.entries.len()
    }

    /// Ends the current source: its last line, or its table's last row.
    fn end_source(&mut self) {
        let sink = &mut self.sink;
        match self.current.take() {
            Some(Current::Text { carry, mut line }) => {
                if !carry.is_empty() {
                    line += 1;
                    text_line(sink, line, &carry);
                }
                if let Some(s) = sink.source() {
                    s.lines = line;
                }
            }
            Some(Current::Table { reader, mut state }) => {
                let lines = reader.lines();
                reader.finish(&mut |event| sink.table_event(&mut state, event));
                if let Some(s) = sink.source() {
                    s.lines = lines;
                }
            }
            None => {}
        }
    }

    /// Ends the source being read and computes the figures of everything read so far; more
    /// sources may follow. Copies only what the figures need: not the duplicate check's keys
    /// nor the columns' value indexes (half of what a whole copy of the builder would copy at
    /// 100,000 rows).
    pub fn roll_up(&mut self) -> RollUp {
        self.end_source();
        let sink = &self.sink;
        let mut tally = Tally::default();
        for e in &sink.entries {
            tally.add(e.bits, e.date);
        }
        let mut columns = Vec::new();
        let mut column_ids = Vec::new();
        for (i, c) in sink.columns.iter().enumerate() {
            if c.has_codes || c.values.is_empty() {
                continue;
            }
            columns.push(Column {
                name: c.name.clone(),
                number: c.number,
                distinct: c.values.iter().filter(|v| !v.is_empty()).count(),
            });
            column_ids.push(i);
        }
        RollUp {
            figures: tally.figures(),
            found: sink.found,
            duplicates: sink.duplicates,
            bad: sink.bad.clone(),
            sources: sink.sources.clone(),
            columns,
            column_ids,
            column_values: sink.columns.iter().map(|c| c.values.clone()).collect(),
            entries: sink.entries.clone(),
            rows: sink.rows.clone(),
            tables: sink.tables.clone(),
        }
    }
}

/// One line of text (without its line break): its links and codes.
fn text_line(sink: &mut Sink, number: usize, line: &str) {
    let line = if number == 1 {
        line.strip_prefix('\u{feff}').unwrap_or(line)
    } else {
        line
    };
    let line = line.strip_suffix('\r').unwrap_or(line);
    let found = find_codes(line);
    if !found.is_empty() {
        sink.take(number, found, None);
    }
}

/// The roll-up: the figures of every counted result, what was dropped and why, and the columns
/// the results can be grouped by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollUp {
    /// The figures of all counted results.
    pub figures: Figures,
    /// Links, codes and export results found, good or bad.
    pub found: usize,
    /// Results dropped because the same code with the same date came before.
    pub duplicates: usize,
    /// What was not counted, in the order read.
    pub bad: Vec<BadEntry>,
    /// What each source gave, in the order read.
    pub sources: Vec<SourceSummary>,
    /// The columns offered as groups, in the order first seen.
    pub columns: Vec<Column>,
    column_ids: Vec<usize>,
    column_values: Vec<Vec<String>>,
    entries: Vec<Entry>,
    rows: Vec<RowValues>,
    tables: Vec<Vec<usize>>,
}

/// Which group a result falls in, while grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Value(u32),
    Blank,
    Outside,
}

impl RollUp {
    /// The figures per value of column `column` (an index into [`RollUp::columns`]; a value is
    /// the cell trimmed, with line breaks and other control characters as spaces, cut to
    /// [`MAX_NAME_CHARS`] characters): the values
    /// with the most results first (ties: the value seen first), at most [`MAX_GROUPS`] of them
    /// (the rest together as [`GroupKey::Others`]), then 「(空欄)」 ([`GroupKey::Blank`]) and the
    /// results from elsewhere ([`GroupKey::Outside`]); groups without results are left out. The
    /// groups' counts add up to `figures.count`. Empty for a column that does not exist.
    ///
    /// ```
    /// use jishin_shindan::core::{share, Answers, Choice};
    /// use jishin_shindan::features::rollup::model::figures::GroupKey;
    /// use jishin_shindan::features::rollup::model::RollUpBuilder;
    /// let code = |c| share::encode(&Answers::all(c)).unwrap();
    /// let mut b = RollUpBuilder::new();
    /// b.start_table("回答.csv");
    /// b.feed(&format!("業種,リンク\n建設,{}\n,{}\n", code(Choice::Done), code(Choice::Partial)));
    /// let rollup = b.roll_up();
    /// assert_eq!(rollup.columns[0].name, "業種");
    /// let groups = rollup.groups(0);
    /// assert_eq!(groups[0].key, GroupKey::Value("建設".into()));
    /// assert_eq!(groups[1].key, GroupKey::Blank);
    /// assert_eq!(groups[1].figures.total.unwrap().mean.fixed(0), "50");
    /// ```
    pub fn groups(&self, column: usize) -> Vec<Group> {
        let Some(&global) = self.column_ids.get(column) else {
            return Vec::new();
        };
        let values = self
            .column_values
            .get(global)
            .map_or(&[][..], Vec::as_slice);
        // Per table, where the column is in it.
        let local: Vec<Option<usize>> = self
            .tables
            .iter()
            .map(|t| t.iter().position(|&c| c == global))
            .collect();
        let slot = |e: &Entry| -> Slot {
            let Some(row) = e.row.and_then(|r| self.rows.get(r as usize)) else {
                return Slot::Outside;
            };
            let value = local
                .get(row.table as usize)
                .copied()
                .flatten()
                .and_then(|j| row.values.get(j));
            match value {
                None => Slot::Outside,
                Some(&v) if values.get(v as usize).is_none_or(String::is_empty) => Slot::Blank,
                Some(&v) => Slot::Value(v),
            }
        };
        let mut counts = vec![0usize; values.len()];
        for e in &self.entries {
            if let Slot::Value(v) = slot(e) {
                counts[v as usize] += 1;
            }
        }
        let mut order: Vec<usize> = (0..values.len()).filter(|&v| counts[v] > 0).collect();
        order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
        let (shown, rest) = if order.len() > MAX_GROUPS {
            order.split_at(MAX_GROUPS - 1)
        } else {
            (&order[..], &[][..])
        };
        // Tallies: the shown values in order, then the others, blank and outside.
        let others = shown.len();
        let (blank, outside) = (others + 1, others + 2);
        let mut target = vec![others; values.len()];
        for (i, &v) in shown.iter().enumerate() {
            target[v] = i;
        }
        let mut tallies = vec![Tally::default(); others + 3];
        for e in &self.entries {
            let i = match slot(e) {
                Slot::Value(v) => target[v as usize],
                Slot::Blank => blank,
                Slot::Outside => outside,
            };
            tallies[i].add(e.bits, e.date);
        }
        let mut keys: Vec<GroupKey> = shown
            .iter()
            .map(|&v| GroupKey::Value(values[v].clone()))
            .collect();
        keys.push(GroupKey::Others { values: rest.len() });
        keys.push(GroupKey::Blank);
        keys.push(GroupKey::Outside);
        keys.into_iter()
            .zip(tallies.iter())
            .map(|(key, tally)| Group {
                key,
                figures: tally.figures(),
            })
            .filter(|g| g.figures.count > 0)
            .collect()
    }
}

/// `text` cut into slices of about `bytes` bytes (at least one character each), each ending
/// just after a line break where one is near enough (in the last quarter of the slice), and
/// always on a character boundary: what the screen feeds [`RollUpBuilder::feed`] between
/// frames.
///
/// ```
/// use jishin_shindan::features::rollup::model::slices;
/// let text = "あいう\nえお\n";
/// let parts: Vec<&str> = slices(text, 8).collect();
/// assert_eq!(parts.concat(), text);
/// assert!(parts.iter().all(|p| !p.is_empty()));
/// ```
pub fn slices(text: &str, bytes: usize) -> impl Iterator<Item = &str> {
    let bytes = bytes.max(1);
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = bytes.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        if end < rest.len() {
            let near = end - end / 4;
            // A byte search: just after a '\n' is always a character boundary.
            if let Some(nl) = rest.as_bytes()[near..end].iter().rposition(|&b| b == b'\n') {
                end = near + nl + 1;
            }
        }
        let (slice, tail) = rest.split_at(end);
        rest = tail;
        Some(slice)
    })
}

#[cfg(test)]
mod tests {
    use super::ColumnBuild;

    #[test]
    fn values_with_the_same_hash_keep_their_own_ids_in_first_seen_order() {
        let mut column = ColumnBuild::default();
        assert_eq!(column.id_hashed("製造業", 7), 0);
        assert_eq!(column.id_hashed("小売業", 7), 1);
        assert_eq!(column.id_hashed("建設業", 9), 2);
        assert_eq!(column.id_hashed("製造業", 7), 0);
        assert_eq!(column.id_hashed("小売業", 7), 1);
        assert_eq!(column.id("運輸業"), 3);
        assert_eq!(column.id("運輸業"), 3);
        assert_eq!(column.values, ["製造業", "小売業", "建設業", "運輸業"]);
    }
}
