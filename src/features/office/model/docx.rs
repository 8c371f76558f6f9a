//! The smallest honest `.docx` writer (Office Open XML WordprocessingML, ECMA-376): a title,
//! headings, paragraphs, bullet lines and right-aligned lines (the date, the company, the
//! signature) on A4, with Word's own heading styles so the navigation pane and the table of
//! contents see them. Japanese fonts are named for East Asian text (游明朝 for the body, 游ゴシック
//! for headings, both on Windows and Mac); the text is UTF-8 XML, so nothing turns to mojibake.
//! The zip is `core::zip`.
//!
//! Why not `docx-rs`: two documents of a page or two, made a few times a year, do not need a
//! general model of Word; this writer adds a few KB to a chunk loaded only when asked (issue 34).
//!
//! ```
//! use jishin_shindan::features::office::model::docx::{docx, Block};
//! let bytes = docx(&[Block::Title("情報セキュリティ基本方針".into()), Block::Paragraph("本文".into())]);
//! assert_eq!(&bytes[..4], b"PK\x03\x04");
//! ```

use crate::core::zip::zip_text;
use crate::features::office::model::xml::text;

/// A paragraph of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title (Word's 「表題」 style).
    Title(String),
    /// A section heading (「見出し 1」).
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A line of a list, with its mark (「・」) kept as text so it stays editable as typed.
    Bullet(String),
    /// A line set to the right: the date, the company, the representative, a signature line.
    Right(String),
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// Fonts, sizes and the built-in styles the blocks use; Japanese as the East Asian language.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="游明朝" w:eastAsia="游明朝" w:hAnsi="游明朝" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="游ゴシック" w:eastAsia="游ゴシック" w:hAnsi="游ゴシック"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="游ゴシック" w:eastAsia="游ゴシック" w:hAnsi="游ゴシック"/><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style></w:styles>"#;

/// The document's files, in the order they go into the zip.
pub fn docx_parts(blocks: &[Block]) -> Vec<(String, String)> {
    let mut body = String::new();
    for block in blocks {
        let (props, content) = match block {
            Block::Title(s) => ("<w:pStyle w:val=\"Title\"/>", s),
            Block::Heading(s) => ("<w:pStyle w:val=\"1\"/>", s),
            Block::Paragraph(s) => ("", s),
            Block::Bullet(s) => ("<w:ind w:left=\"420\" w:hanging=\"210\"/>", s),
            Block::Right(s) => ("<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>", s),
        };
        body.push_str("<w:p>");
        if !props.is_empty() {
            body.push_str(&format!("<w:pPr>{props}</w:pPr>"));
        }
        body.push_str(&format!(
            "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            text(content)
        ));
    }
    // A4 (210 × 297 mm in twips), 30 mm sides and 25 mm top and bottom.
    body.push_str("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1701\" w:bottom=\"1418\" w:left=\"1701\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>");
    let document =
        format!("{XML_HEAD}<w:document xmlns:w=\"{W}\" xmlns:r=\"{RELS}\"><w:body>{body}</w:body></w:document>");
    vec![
        (
            "[Content_Types].xml".to_string(),
            format!("{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"),
        ),
        (
            "_rels/.rels".to_string(),
            format!("{XML_HEAD}<Relationships xmlns=\"{PACKAGE_RELS}\"><Relationship Id=\"rId1\" Type=\"{RELS}/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        ),
        ("word/document.xml".to_string(), document),
        (
            "word/_rels/document.xml.rels".to_string(),
            format!("{XML_HEAD}<Relationships xmlns=\"{PACKAGE_RELS}\"><Relationship Id=\"rId1\" Type=\"{RELS}/styles\" Target=\"styles.xml\"/></Relationships>"),
        ),
        ("word/styles.xml".to_string(), STYLES.to_string()),
    ]
}

/// The document as the bytes of a `.docx` file.
pub fn docx(blocks: &[Block]) -> Vec<u8> {
    zip_text(docx_parts(blocks))
}
