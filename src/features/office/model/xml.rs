//! Text in XML: escaped, and without the characters XML 1.0 cannot hold (a stray control
//! character typed or pasted into a note would otherwise make Excel or Word refuse the file).

/// `s` as element text: `&`, `<` and `>` escaped, characters XML cannot hold dropped.
///
/// ```
/// use jishin_shindan::features::office::model::xml::text;
/// assert_eq!(text("a<b & c>\u{1}d\te\n"), "a&lt;b &amp; c&gt;d\te\n");
/// ```
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` as an attribute's value in double quotes.
///
/// ```
/// use jishin_shindan::features::office::model::xml::attr;
/// assert_eq!(attr("'社内\"ルール'"), "'社内&quot;ルール'");
/// ```
pub fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

/// XML 1.0's `Char`: tab, line feed, carriage return, and U+0020 up, without U+FFFE and U+FFFF
/// (a Rust `char` is never a surrogate).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}
