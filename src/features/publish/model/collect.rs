//! `collect` (issue 32): where a member may send a result, by choice. The deployment's config
//! names an e-mail address or a web form whose URL holds `{link}` where the share link goes; the
//! result screen then offers to open the member's own mail app, or the form, with the dated share
//! link filled in. The app sends nothing itself: this module only builds the link the member
//! opens, and the same words the screen shows before it is opened.
//!
//! ```
//! use jishin_shindan::features::publish::model::collect::{Collect, Letter, Words};
//! let collect = Collect::parse("desk@example.or.jp").unwrap();
//! let words = Words { subject: "診断結果（{date}）", greeting: "{org} 御中", intro: "結果を送ります。",
//!     date: "診断日", total: "合計", link: "共有リンク", company: "会社名", size: "従業員数",
//!     industry: "業種" };
//! let letter = Letter::new(&collect, &words, Some("○○商工会議所"), "https://x.jp/#r=1&d=2026-12-07",
//!     "2026-12-07", "67点", ["", "", ""]);
//! assert_eq!(letter.subject.as_deref(), Some("診断結果（2026-12-07）"));
//! assert!(letter.href.starts_with("mailto:desk@example.or.jp?subject="));
//! ```

use crate::features::publish::model::{Email, Link, Problem};

/// The longest form URL accepted, in characters (as any link in the config).
const MAX_FORM_CHARS: usize = 2048;

/// Where the text `{link}` stands in a form's URL.
pub const LINK_PLACEHOLDER: &str = "{link}";

/// Where a result may be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Collect {
    /// An e-mail address: the member's mail app opens with a message to it.
    Email(Email),
    /// A web form (`https:` only) whose URL has `{link}` where the share link goes, e.g. a
    /// pre-filled field of a Google or Microsoft form.
    Form(String),
}

impl Collect {
    /// Reads `collect`: a plain e-mail address, or an `https:` URL with `{link}` in it. Anything
    /// else is refused ([`Problem::BadCollect`]), as is a too long value.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::collect::Collect;
    /// use jishin_shindan::features::publish::model::Problem;
    /// assert!(matches!(Collect::parse("desk@example.or.jp"), Ok(Collect::Email(_))));
    /// assert!(matches!(Collect::parse("https://forms.example/f?entry.1={link}"), Ok(Collect::Form(_))));
    /// assert_eq!(Collect::parse("http://forms.example/f?entry.1={link}"), Err(Problem::BadCollect));
    /// assert_eq!(Collect::parse("https://forms.example/f"), Err(Problem::BadCollect));
    /// assert_eq!(Collect::parse("desk@example.or.jp?bcc=x@evil.example"), Err(Problem::BadCollect));
    /// ```
    pub fn parse(raw: &str) -> Result<Collect, Problem> {
        let s = raw.trim();
        if crate::core::limit::too_long(s, MAX_FORM_CHARS) {
            return Err(Problem::TooLong {
                max: MAX_FORM_CHARS,
            });
        }
        if s.get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("https://"))
        {
            let link = Link::parse(s).map_err(|_| Problem::BadCollect)?;
            // `{link}` after the host: in the path, the query or the fragment.
            let after_host = s[8..].find(['/', '?', '#']).map(|i| 8 + i);
            let placeholder = s.find(LINK_PLACEHOLDER);
            return match (after_host, placeholder) {
                (Some(host_end), Some(at)) if at > host_end => {
                    Ok(Collect::Form(link.href().to_string()))
                }
                _ => Err(Problem::BadCollect),
            };
        }
        Email::parse(s)
            .map(Collect::Email)
            .map_err(|_| Problem::BadCollect)
    }
}

/// The words of a message, from the feature's `text.rs` (`{date}` and `{org}` are filled in).
#[derive(Debug, Clone, Copy)]
#[allow(missing_docs)]
pub struct Words {
    pub subject: &'static str,
    pub greeting: &'static str,
    pub intro: &'static str,
    pub date: &'static str,
    pub total: &'static str,
    pub link: &'static str,
    pub company: &'static str,
    pub size: &'static str,
    pub industry: &'static str,
}

/// What the member is about to open: the link, and, for a mail, the message exactly as the mail
/// app will show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The `mailto:` link or the form's URL with the share link in it.
    pub href: String,
    /// The address, or the form's URL as configured.
    pub to: String,
    /// The mail's subject (`None` for a form).
    pub subject: Option<String>,
    /// The mail's body, or, for a form, the share link that goes into it.
    pub body: String,
}

impl Letter {
    /// The letter for a result: its dated share `link`, its `date` and `total` as shown, and
    /// the company's name, size band and industry, each only if the member typed it (blank ones
    /// are left out; each is cut to [`crate::core::MAX_NAME_CHARS`] characters on one line).
    pub fn new(
        collect: &Collect,
        words: &Words,
        org: Option<&str>,
        link: &str,
        date: &str,
        total: &str,
        [company, size, industry]: [&str; 3],
    ) -> Letter {
        match collect {
            Collect::Form(url) => Letter {
                href: url.replacen(LINK_PLACEHOLDER, &percent_encode(link), 1),
                to: url.clone(),
                subject: None,
                body: link.to_string(),
            },
            Collect::Email(email) => {
                let fill = |s: &str| {
                    s.replace("{date}", date)
                        .replace("{org}", org.unwrap_or(""))
                };
                let subject = fill(words.subject);
                let mut lines = Vec::new();
                if org.is_some() {
                    lines.push(fill(words.greeting));
                }
                lines.push(words.intro.to_string());
                lines.push(String::new());
                lines.push(format!("{}：{date}", words.date));
                lines.push(format!("{}：{total}", words.total));
                lines.push(format!("{}：{link}", words.link));
                for (label, value) in [
                    (words.company, company),
                    (words.size, size),
                    (words.industry, industry),
                ] {
                    let value = one_line(value);
                    if !value.is_empty() {
                        lines.push(format!("{label}：{value}"));
                    }
                }
                let body = lines.join("\n");
                let href = format!(
                    "{}?subject={}&body={}",
                    email.href(),
                    percent_encode(&subject),
                    percent_encode(&body.replace('\n', "\r\n"))
                );
                Letter {
                    href,
                    to: email.as_str().to_string(),
                    subject: Some(subject),
                    body,
                }
            }
        }
    }
}

/// A typed value as one line: control characters (line breaks) become spaces, trimmed and cut.
fn one_line(value: &str) -> String {
    let line: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut line = line.trim().to_string();
    crate::core::limit::cut_in_place(&mut line, crate::core::MAX_NAME_CHARS);
    line
}

/// Percent-encodes UTF-8 for a URL's query or a `mailto:` header (RFC 3986, RFC 6068): every
/// byte but the unreserved `A-Z a-z 0-9 - . _ ~`.
///
/// ```
/// use jishin_shindan::features::publish::model::collect::percent_encode;
/// assert_eq!(percent_encode("a b&c=#é"), "a%20b%26c%3D%23%C3%A9");
/// ```
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
