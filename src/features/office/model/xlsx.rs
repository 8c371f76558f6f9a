//! The smallest honest `.xlsx` writer (Office Open XML SpreadsheetML, ECMA-376): a workbook of
//! sheets, each a few title lines, a table with a header row (filters on, the header repeated on
//! every printed page, the panes frozen under it), sized columns, and A4 printing fitted to the
//! page width. Text cells are inline strings (UTF-8 XML: Japanese opens without mojibake in Excel
//! on Windows and Mac, LibreOffice and Numbers), numbers are numbers. The zip is `core::zip`.
//!
//! Why not `rust_xlsxwriter`: it pulls in a zip crate with deflate and a whole formatting model,
//! for files of 30 rows made a few times a year; this writer adds a few KB to a chunk loaded only
//! when a user asks for a file (issue 34).
//!
//! ```
//! use jishin_shindan::features::office::model::xlsx::{xlsx, Cell, Column, Sheet};
//! let sheet = Sheet {
//!     name: "結果".into(),
//!     title: vec!["情報セキュリティ自社診断".into()],
//!     columns: vec![Column { header: "No.", width: 6.0 }, Column { header: "回答", width: 20.0 }],
//!     rows: vec![vec![Cell::Number(1), Cell::text("実施している")]],
//!     after: vec![],
//!     landscape: true,
//! };
//! let bytes = xlsx(&[sheet]);
//! assert_eq!(&bytes[..4], b"PK\x03\x04");
//! ```

use crate::core::zip::zip_text;
use crate::features::office::model::xml::{attr, text};

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text (line breaks kept; the cell wraps).
    Text(String),
    /// A whole number.
    Number(i32),
    /// Nothing.
    Empty,
}

impl Cell {
    /// A text cell; an empty text is an empty cell.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }
}

/// A column of the table: its header and its width in characters of the default font.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header cell's text.
    pub header: &'static str,
    /// The width, in Excel's character units (a Japanese character is about two).
    pub width: f32,
}

/// One sheet: title lines, then the table, then lines under it (totals), outside the filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`; [`sheet_name`] makes one safe).
    pub name: String,
    /// Lines above the table, one per row in column A (the first in bold as the title).
    pub title: Vec<String>,
    /// The table's columns.
    pub columns: Vec<Column>,
    /// The table's rows (as many cells as columns, or fewer).
    pub rows: Vec<Vec<Cell>>,
    /// Rows under the table, after an empty row (totals, notes).
    pub after: Vec<Vec<Cell>>,
    /// Printed in landscape (otherwise portrait).
    pub landscape: bool,
}

impl Sheet {
    /// The row number (1-based) of the table's header.
    pub fn header_row(&self) -> usize {
        self.title.len() + usize::from(!self.title.is_empty()) + 1
    }
}

/// A tab name Excel accepts: the characters it refuses replaced, at most 31 characters.
///
/// ```
/// use jishin_shindan::features::office::model::xlsx::sheet_name;
/// assert_eq!(sheet_name("a/b:c"), "a_b_c");
/// assert_eq!(sheet_name(&"あ".repeat(40)).chars().count(), 31);
/// ```
pub fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(31)
        .collect()
}

/// The column's letters: 0 → A, 25 → Z, 26 → AA.
///
/// ```
/// use jishin_shindan::features::office::model::xlsx::column_letters;
/// assert_eq!(column_letters(0), "A");
/// assert_eq!(column_letters(8), "I");
/// assert_eq!(column_letters(26), "AA");
/// ```
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The styles' indexes in `cellXfs` ([`STYLES`]).
const TITLE: u8 = 1;
const HEADER: u8 = 2;
const BODY: u8 = 3;
const NUMBER: u8 = 4;
const PLAIN: u8 = 5;

/// Yu Gothic (游ゴシック), the default of Japanese Excel since 2016; Office on Mac has it too.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font><font><b/><sz val="14"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7EEF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FF888888"/></left><right style="thin"><color rgb="FF888888"/></right><top style="thin"><color rgb="FF888888"/></top><bottom style="thin"><color rgb="FF888888"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The workbook's files, in the order they go into the zip.
pub fn xlsx_parts(sheets: &[Sheet]) -> Vec<(String, String)> {
    let mut types = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    );
    let mut workbook_rels = format!("{XML_HEAD}<Relationships xmlns=\"{PACKAGE_RELS}\">");
    let mut list = String::new();
    let mut names = String::new();
    let mut parts = Vec::new();
    for (i, sheet) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!("<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        workbook_rels.push_str(&format!("<Relationship Id=\"rId{n}\" Type=\"{RELS}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"));
        let name = sheet_name(&sheet.name);
        list.push_str(&format!(
            "<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>",
            attr(&name)
        ));
        let quoted = format!("'{}'", name.replace('\'', "''"));
        let (first, last) = table_range(sheet);
        let header = sheet.header_row();
        names.push_str(&format!(
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">{}!{}</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{}!${header}:${header}</definedName>",
            attr(&quoted),
            absolute(&first, &last),
            attr(&quoted)
        ));
        parts.push((format!("xl/worksheets/sheet{n}.xml"), worksheet(sheet)));
    }
    types.push_str("</Types>");
    workbook_rels.push_str(&format!(
        "<Relationship Id=\"rId{}\" Type=\"{RELS}/styles\" Target=\"styles.xml\"/></Relationships>",
        sheets.len() + 1
    ));
    let workbook = format!(
        "{XML_HEAD}<workbook xmlns=\"{MAIN}\" xmlns:r=\"{RELS}\"><bookViews><workbookView/></bookViews><sheets>{list}</sheets><definedNames>{names}</definedNames></workbook>"
    );
    let root_rels = format!("{XML_HEAD}<Relationships xmlns=\"{PACKAGE_RELS}\"><Relationship Id=\"rId1\" Type=\"{RELS}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    let mut all = vec![
        ("[Content_Types].xml".to_string(), types),
        ("_rels/.rels".to_string(), root_rels),
        ("xl/workbook.xml".to_string(), workbook),
        ("xl/_rels/workbook.xml.rels".to_string(), workbook_rels),
        ("xl/styles.xml".to_string(), STYLES.to_string()),
    ];
    all.extend(parts);
    all
}

/// The workbook as the bytes of an `.xlsx` file.
pub fn xlsx(sheets: &[Sheet]) -> Vec<u8> {
    zip_text(xlsx_parts(sheets))
}

/// The table's first and last cells (header to last row), e.g. `("A3", "I27")`.
fn table_range(sheet: &Sheet) -> (String, String) {
    let header = sheet.header_row();
    let last_col = column_letters(sheet.columns.len().saturating_sub(1));
    let last_row = header + sheet.rows.len();
    (format!("A{header}"), format!("{last_col}{last_row}"))
}

/// `A3`, `I27` → `$A$3:$I$27`.
fn absolute(first: &str, last: &str) -> String {
    let split = |cell: &str| {
        let digits = cell
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(cell.len());
        format!("${}${}", &cell[..digits], &cell[digits..])
    };
    format!("{}:{}", split(first), split(last))
}

fn cell_xml(out: &mut String, reference: &str, cell: &Cell, style: u8) {
    match cell {
        Cell::Text(s) => out.push_str(&format!(
            "<c r=\"{reference}\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            text(s)
        )),
        Cell::Number(n) => out.push_str(&format!(
            "<c r=\"{reference}\" s=\"{}\"><v>{n}</v></c>",
            if style == BODY { NUMBER } else { style }
        )),
        Cell::Empty => out.push_str(&format!("<c r=\"{reference}\" s=\"{style}\"/>")),
    }
}

fn row_xml(out: &mut String, row: usize, cells: &[Cell], style: u8) {
    out.push_str(&format!("<row r=\"{row}\">"));
    for (i, cell) in cells.iter().enumerate() {
        cell_xml(out, &format!("{}{row}", column_letters(i)), cell, style);
    }
    out.push_str("</row>");
}

fn worksheet(sheet: &Sheet) -> String {
    let header = sheet.header_row();
    let (first, last) = table_range(sheet);
    let mut data = String::new();
    for (i, line) in sheet.title.iter().enumerate() {
        let style = if i == 0 { TITLE } else { PLAIN };
        row_xml(&mut data, i + 1, &[Cell::text(line.as_str())], style);
    }
    let headers: Vec<Cell> = sheet.columns.iter().map(|c| Cell::text(c.header)).collect();
    row_xml(&mut data, header, &headers, HEADER);
    for (i, row) in sheet.rows.iter().enumerate() {
        // Every cell of the table is written, so that each has its border.
        let mut cells = row.clone();
        cells.resize(sheet.columns.len().max(row.len()), Cell::Empty);
        row_xml(&mut data, header + 1 + i, &cells, BODY);
    }
    let after_start = header + sheet.rows.len() + 2;
    for (i, row) in sheet.after.iter().enumerate() {
        row_xml(&mut data, after_start + i, row, PLAIN);
    }
    let last_row = if sheet.after.is_empty() {
        header + sheet.rows.len()
    } else {
        after_start + sheet.after.len() - 1
    };
    let cols: String = sheet
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(
                "<col min=\"{n}\" max=\"{n}\" width=\"{}\" customWidth=\"1\"/>",
                c.width,
                n = i + 1
            )
        })
        .collect();
    let orientation = if sheet.landscape {
        "landscape"
    } else {
        "portrait"
    };
    format!(
        "{XML_HEAD}<worksheet xmlns=\"{MAIN}\" xmlns:r=\"{RELS}\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:{}{last_row}\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"{header}\" topLeftCell=\"A{}\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"18.75\"/><cols>{cols}</cols><sheetData>{data}</sheetData><autoFilter ref=\"{first}:{last}\"/><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"{orientation}\" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter></worksheet>",
        column_letters(sheet.columns.len().saturating_sub(1)),
        header + 1,
    )
}
