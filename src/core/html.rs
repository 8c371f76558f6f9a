//! Text made safe for the HTML documents the app writes for download and printing (the drafts'
//! files, the embed code): the page itself never receives HTML strings.

/// Escapes text for HTML element content and attribute values: `&`, `<`, `>`, `"` and `'`.
///
/// ```
/// use jishin_shindan::core::html::escape_html;
/// assert_eq!(escape_html(r#"<img src=x onerror="a('&')">"#),
///            "&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;");
/// ```
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
