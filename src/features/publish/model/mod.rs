//! An organisation's branding for its deployment: `config.json` (or `orgs/ID.json` chosen with
//! `?org=ID`), parsed and validated as untrusted input, and the embed code for its web site.
//!
//! Every value here comes from a file an association edits by hand and may come from anyone
//! who can write to the server, so nothing is trusted: text is only ever shown as text, links
//! are limited to `https:` / `http:` / `mailto:` / `tel:` or relative URLs, the logo to a
//! relative path inside the deployment and the colour to `#rgb` / `#rrggbb`. A field that fails
//! its check is dropped with a [`ConfigWarning`] and the rest still applies; a file that is not
//! JSON of the documented shape, or is too large, gives a [`ConfigError`] and no branding at all.
//!
//! ```
//! use jishin_shindan::features::publish::model::parse_config;
//! let parsed = parse_config(r##"{
//!     "organization": { "name": "○○商工会議所" },
//!     "contact": { "phone": "011-000-0000", "url": "javascript:alert(1)" },
//!     "accent_color": "#0b6e4f"
//! }"##).unwrap();
//! assert_eq!(parsed.config.organization_name(), Some("○○商工会議所"));
//! let contact = parsed.config.contact.as_ref().unwrap();
//! assert_eq!(contact.phone.as_ref().unwrap().href(), "tel:011-000-0000");
//! assert!(contact.url.is_none());
//! assert_eq!(parsed.warnings.len(), 1);
//! assert_eq!(parsed.warnings[0].field, "contact.url");
//! ```

pub mod collect;
pub mod form;
pub mod json;
pub mod text;
pub mod zip;

use std::collections::BTreeSet;
use std::fmt;

use crate::core::html::escape_html;
use crate::core::lang::{fill, Lang, Localized};
use crate::features::publish::model::text::texts;
use collect::Collect;
use json::Json;

/// The largest config file accepted, in bytes (a real one is well under 2 KB).
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;
/// The config file of a deployment, beside `index.html`.
pub const DEFAULT_CONFIG_PATH: &str = "config.json";
/// The longest `?org=` / `data-org` ID accepted.
pub const MAX_ORG_ID_LEN: usize = 40;

/// Longest accepted text per field, in characters.
const MAX_MESSAGE_CHARS: usize = 400;
const MAX_HOURS_CHARS: usize = 100;
const MAX_PHONE_CHARS: usize = 40;
const MAX_EMAIL_CHARS: usize = 254;
const MAX_URL_CHARS: usize = 2048;
const MAX_LOGO_CHARS: usize = 200;

// ---------------------------------------------------------------------------------------------
// ?org=ID
// ---------------------------------------------------------------------------------------------

/// A validated organisation ID: 1 to 40 of `a-z`, `0-9` and `-`.
///
/// ```
/// use jishin_shindan::features::publish::model::OrgId;
/// assert_eq!(OrgId::parse("sapporo-cci").unwrap().config_path(), "orgs/sapporo-cci.json");
/// assert!(OrgId::parse("../x").is_none());
/// assert!(OrgId::parse("UPPER").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrgId(String);

impl OrgId {
    /// Accepts exactly `[a-z0-9-]{1,40}`; anything else (dots, slashes, capitals, spaces,
    /// percent signs) is refused, so an ID can never leave the `orgs/` folder.
    pub fn parse(raw: &str) -> Option<OrgId> {
        let ok = !raw.is_empty()
            && raw.len() <= MAX_ORG_ID_LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| OrgId(raw.to_string()))
    }

    /// The config file of this organisation, relative to `index.html`.
    pub fn config_path(&self) -> String {
        format!("orgs/{}.json", self.0)
    }
}

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which config file the page asked for with `?org=`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgSelection {
    /// No `?org=`: the deployment's own `config.json`.
    Default,
    /// A valid `?org=ID`: `orgs/ID.json`.
    Org(OrgId),
    /// An `?org=` value that is not a valid ID (ignored: `config.json` is used).
    Invalid(String),
}

impl OrgSelection {
    /// Interprets the (already URL-decoded) value of the `org` query parameter.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::OrgSelection;
    /// assert_eq!(OrgSelection::from_param(None).config_path(), "config.json");
    /// assert_eq!(OrgSelection::from_param(Some("acme")).config_path(), "orgs/acme.json");
    /// assert_eq!(OrgSelection::from_param(Some("../x")).config_path(), "config.json");
    /// ```
    pub fn from_param(value: Option<&str>) -> OrgSelection {
        match value {
            None => OrgSelection::Default,
            Some(raw) => match OrgId::parse(raw) {
                Some(id) => OrgSelection::Org(id),
                None => OrgSelection::Invalid(raw.chars().take(60).collect()),
            },
        }
    }

    /// The file to load, relative to `index.html`.
    pub fn config_path(&self) -> String {
        match self {
            OrgSelection::Org(id) => id.config_path(),
            OrgSelection::Default | OrgSelection::Invalid(_) => DEFAULT_CONFIG_PATH.to_string(),
        }
    }

    /// The active organisation, if a valid one was asked for.
    pub fn org(&self) -> Option<&OrgId> {
        match self {
            OrgSelection::Org(id) => Some(id),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The validated config
// ---------------------------------------------------------------------------------------------

/// An organisation's branding, every part optional. [`OrgConfig::default`] is "no organisation".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgConfig {
    /// Who provides the diagnosis (shown on the landing screen as 「提供：…」).
    pub organization: Option<Organization>,
    /// Where members can ask for help (shown on the result screen as 「ご相談は…」).
    pub contact: Option<ContactDesk>,
    /// A message to members on the landing screen.
    pub message: Option<String>,
    /// The organisation's colour.
    pub accent: Option<Accent>,
    /// Where a member may send a result, by choice (`collect`, issue 32).
    pub collect: Option<Collect>,
}

impl OrgConfig {
    /// True when nothing valid is left (the app then shows no organisation).
    pub fn is_empty(&self) -> bool {
        self.organization.is_none()
            && self.contact.is_none()
            && self.message.is_none()
            && self.accent.is_none()
            && self.collect.is_none()
    }

    /// The organisation's name, if given.
    pub fn organization_name(&self) -> Option<&str> {
        self.organization.as_ref()?.name.as_deref()
    }
}

/// The organisation that provides the diagnosis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organization {
    /// Its name, e.g. 「○○商工会議所」.
    pub name: Option<String>,
    /// Its web site.
    pub url: Option<Link>,
    /// Its logo, a path inside the deployment.
    pub logo: Option<LogoPath>,
}

/// The 相談窓口 shown with the result.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactDesk {
    /// The desk's name, e.g. 「経営支援課」.
    pub name: Option<String>,
    /// Its phone number.
    pub phone: Option<Phone>,
    /// Its e-mail address.
    pub email: Option<Email>,
    /// Its web page.
    pub url: Option<Link>,
    /// When it is open, e.g. 「平日 9:00～17:00」 (may span lines).
    pub hours: Option<String>,
}

impl ContactDesk {
    fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.phone.is_none()
            && self.email.is_none()
            && self.url.is_none()
            && self.hours.is_none()
    }
}

/// A link target that is safe to put in `href`: `https:`, `http:`, `mailto:`, `tel:`, or a
/// relative URL (never `javascript:`, `data:`, protocol-relative `//host` or backslashes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link(String);

impl Link {
    /// Validates a link target.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::Link;
    /// assert_eq!(Link::parse("https://example.or.jp/").unwrap().href(), "https://example.or.jp/");
    /// assert!(Link::parse("javascript:alert(1)").is_err());
    /// assert!(Link::parse("//evil.example/").is_err());
    /// ```
    pub fn parse(raw: &str) -> Result<Link, Problem> {
        let s = raw.trim();
        check_len(s, MAX_URL_CHARS)?;
        // Browsers drop tabs and newlines inside URLs ("java\tscript:") and treat `\` like `/`,
        // so any whitespace, control character or backslash is refused outright.
        if s.is_empty()
            || s.chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
        {
            return Err(Problem::UnsafeUrl);
        }
        if s.starts_with("//") {
            return Err(Problem::UnsafeUrl);
        }
        match scheme_of(s) {
            None => Ok(Link(s.to_string())),
            Some(scheme) => {
                let rest = &s[scheme.len() + 1..];
                let ok = match scheme.to_ascii_lowercase().as_str() {
                    "https" | "http" => rest
                        .strip_prefix("//")
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| !matches!(c, '/' | '?' | '#')),
                    "mailto" | "tel" => !rest.is_empty(),
                    _ => false,
                };
                if ok {
                    Ok(Link(s.to_string()))
                } else {
                    Err(Problem::UnsafeUrl)
                }
            }
        }
    }

    /// The value for `href`.
    pub fn href(&self) -> &str {
        &self.0
    }
}

/// The URL scheme, if `s` has one: a `:` before any `/`, `?` or `#`. Anything a browser could
/// read as a scheme counts, so unknown ones are refused rather than passed as "relative".
fn scheme_of(s: &str) -> Option<&str> {
    let end = s.find([':', '/', '?', '#'])?;
    (s.as_bytes()[end] == b':').then(|| &s[..end])
}

/// A logo image inside the deployment: a relative path of ASCII letters, digits, `-`, `_`,
/// `.` and `/`, ending in an image extension, with no `..` segment, no scheme and no leading
/// `/`, so it is always fetched from the app's own folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoPath(String);

/// File extensions accepted for a logo.
const LOGO_EXTENSIONS: [&str; 7] = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"];

impl LogoPath {
    /// Validates a logo path.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::LogoPath;
    /// assert_eq!(LogoPath::parse("orgs/acme-logo.png").unwrap().src(), "orgs/acme-logo.png");
    /// assert!(LogoPath::parse("../../secret.png").is_err());
    /// assert!(LogoPath::parse("https://evil.example/x.png").is_err());
    /// ```
    pub fn parse(raw: &str) -> Result<LogoPath, Problem> {
        let s = raw.trim();
        check_len(s, MAX_LOGO_CHARS)?;
        let chars_ok = s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
        // Splitting on '/' also refuses a leading '/' or '//' (an empty first segment).
        let segments_ok = s
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..");
        let extension_ok = s.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && !stem.ends_with('/')
                && LOGO_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
        });
        if chars_ok && segments_ok && extension_ok {
            Ok(LogoPath(s.to_string()))
        } else {
            Err(Problem::UnsafeLogo)
        }
    }

    /// The value for `<img src>`.
    pub fn src(&self) -> &str {
        &self.0
    }
}

/// A phone number as written (shown) and as a `tel:` link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    display: String,
    href: String,
}

impl Phone {
    /// Accepts digits (half- or full-width), `+` at the start, hyphens, parentheses and spaces,
    /// with 3 to 20 digits.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::Phone;
    /// let p = Phone::parse("０１１－０００－００００").unwrap();
    /// assert_eq!(p.display(), "０１１－０００－００００");
    /// assert_eq!(p.href(), "tel:011-000-0000");
    /// ```
    pub fn parse(raw: &str) -> Result<Phone, Problem> {
        let s = raw.trim();
        check_len(s, MAX_PHONE_CHARS)?;
        let mut href = String::from("tel:");
        let mut digits = 0;
        for (i, c) in s.chars().enumerate() {
            match c {
                '0'..='9' => {
                    href.push(c);
                    digits += 1;
                }
                '０'..='９' => {
                    href.push(char::from(b'0' + (c as u32 - '０' as u32) as u8));
                    digits += 1;
                }
                '+' | '＋' if i == 0 => href.push('+'),
                '-' | '‐' | '‑' | '–' | '−' | '－' | 'ー' => {
                    if !href.ends_with(['-', ':', '+']) {
                        href.push('-');
                    }
                }
                '(' | ')' | '（' | '）' | ' ' | '\u{3000}' => {}
                _ => return Err(Problem::BadPhone),
            }
        }
        if !(3..=20).contains(&digits) {
            return Err(Problem::BadPhone);
        }
        let href = href.trim_end_matches('-').to_string();
        Ok(Phone {
            display: s.to_string(),
            href,
        })
    }

    /// The number as the organisation wrote it.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The `tel:` link (digits, a leading `+` and hyphens only).
    pub fn href(&self) -> &str {
        &self.href
    }
}

/// An e-mail address, shown as written and linked with `mailto:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// A plain address `local@domain.tld`: no spaces, no `?`/`&`/`#` (which would add headers
    /// or a body to the `mailto:` link), exactly one `@`, a dot in the domain.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::Email;
    /// assert_eq!(Email::parse("desk@example.or.jp").unwrap().href(), "mailto:desk@example.or.jp");
    /// assert!(Email::parse("desk@example.or.jp?bcc=x@evil.example").is_err());
    /// ```
    pub fn parse(raw: &str) -> Result<Email, Problem> {
        let s = raw.trim();
        check_len(s, MAX_EMAIL_CHARS)?;
        let Some((local, domain)) = s.split_once('@') else {
            return Err(Problem::BadEmail);
        };
        let local_ok = !local.is_empty()
            && local.chars().count() <= 64
            && local.chars().all(|c| {
                !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"@?&#%/".contains(c)
            });
        let domain_ok = domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.ends_with(['.', '-'])
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if local_ok && domain_ok {
            Ok(Email(s.to_string()))
        } else {
            Err(Problem::BadEmail)
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The `mailto:` link.
    pub fn href(&self) -> String {
        format!("mailto:{}", self.0)
    }
}

/// The organisation's colour, from `#rgb` or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    rgb: [u8; 3],
}

/// WCAG's minimum contrast for normal text (AA).
const TEXT_CONTRAST: f64 = 4.5;

impl Accent {
    /// Parses `#rgb` or `#rrggbb` (either case); nothing else (no names, `rgb()`, or alpha).
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::Accent;
    /// assert_eq!(Accent::parse("#0B6E4F").unwrap().hex(), "#0b6e4f");
    /// assert_eq!(Accent::parse("#fa0").unwrap().hex(), "#ffaa00");
    /// assert!(Accent::parse("red").is_err());
    /// ```
    pub fn parse(raw: &str) -> Result<Accent, Problem> {
        let s = raw.trim();
        let hex = s.strip_prefix('#').ok_or(Problem::BadColor)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Problem::BadColor);
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).map_err(|_| Problem::BadColor);
        let rgb = match hex.len() {
            3 => [digit(0)? * 17, digit(1)? * 17, digit(2)? * 17],
            6 => {
                let byte = |i: usize| {
                    u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| Problem::BadColor)
                };
                [byte(0)?, byte(2)?, byte(4)?]
            }
            _ => return Err(Problem::BadColor),
        };
        Ok(Accent { rgb })
    }

    /// The colour as lower-case `#rrggbb`.
    pub fn hex(&self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// WCAG relative luminance, 0.0 (black) to 1.0 (white).
    pub fn luminance(&self) -> f64 {
        let channel = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        let [r, g, b] = self.rgb;
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// WCAG contrast ratio between this colour and white (1.0 to 21.0).
    pub fn contrast_with_white(&self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }

    /// WCAG contrast ratio between this colour and black (1.0 to 21.0).
    pub fn contrast_with_black(&self) -> f64 {
        (self.luminance() + 0.05) / 0.05
    }

    /// The text colour to put on this colour (`--accent-contrast`): black or white, whichever
    /// contrasts more.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::Accent;
    /// assert_eq!(Accent::parse("#0b6e4f").unwrap().contrast_text(), "#ffffff");
    /// assert_eq!(Accent::parse("#ffcc00").unwrap().contrast_text(), "#000000");
    /// ```
    pub fn contrast_text(&self) -> &'static str {
        if self.contrast_with_white() >= self.contrast_with_black() {
            "#ffffff"
        } else {
            "#000000"
        }
    }

    /// True when the colour is dark enough to be used for text and links on the white page
    /// (WCAG AA, 4.5:1). A lighter colour is used for the header only.
    pub fn readable_on_white(&self) -> bool {
        self.contrast_with_white() >= TEXT_CONTRAST
    }
}

// ---------------------------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------------------------

/// Why one field was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Longer than the field allows.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// Contains control or bidirectional-override characters (or line breaks in a one-line field).
    ControlCharacters,
    /// Not an `https:` / `http:` / `mailto:` / `tel:` or relative URL.
    UnsafeUrl,
    /// Not a relative image path inside the deployment.
    UnsafeLogo,
    /// Not `#rgb` / `#rrggbb`.
    BadColor,
    /// Not a phone number.
    BadPhone,
    /// Not a plain e-mail address.
    BadEmail,
    /// `collect`: neither a plain e-mail address nor an `https:` form URL with `{link}`.
    BadCollect,
    /// A key this version does not know (a typo, or a field from a newer version).
    UnknownField,
}

impl Localized for Problem {
    /// A short explanation, beside the field in the config form (in the console: Japanese).
    ///
    /// ```
    /// jishin_shindan::app::english::register(); // the English chunk, natively
    /// use jishin_shindan::core::lang::{Lang, Localized};
    /// use jishin_shindan::features::publish::model::Problem;
    /// assert_eq!(Problem::TooLong { max: 100 }.text(Lang::Ja), "長すぎます（100 文字まで）");
    /// assert_eq!(Problem::TooLong { max: 100 }.text(Lang::En), "Too long (up to 100 characters)");
    /// ```
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Problem::TooLong { max } => fill(t.problem_too_long, &[("max", max.to_string())]),
            Problem::ControlCharacters => t.problem_control_characters.to_string(),
            Problem::UnsafeUrl => t.problem_unsafe_url.to_string(),
            Problem::UnsafeLogo => t.problem_unsafe_logo.to_string(),
            Problem::BadColor => t.problem_bad_color.to_string(),
            Problem::BadPhone => t.problem_bad_phone.to_string(),
            Problem::BadEmail => t.problem_bad_email.to_string(),
            Problem::BadCollect => t.problem_bad_collect.to_string(),
            Problem::UnknownField => t.problem_unknown_field.to_string(),
        }
    }
}

/// One ignored field: where it was and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The field's path, e.g. `contact.url`.
    pub field: String,
    /// What was wrong with it.
    pub problem: Problem,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // For the site's operator, in the console: Japanese.
        f.write_str(&fill(
            texts(Lang::Ja).field_ignored,
            &[
                ("field", self.field.clone()),
                ("problem", self.problem.text(Lang::Ja)),
            ],
        ))
    }
}

/// Why a config file was not used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// Larger than [`MAX_CONFIG_BYTES`].
    TooLarge {
        /// The size seen (or announced), in bytes.
        bytes: usize,
    },
    /// Not UTF-8 text.
    NotUtf8,
    /// Not JSON, or not of the documented shape (e.g. a number where text belongs): where.
    Malformed(Malformed),
}

/// Where a config file is not JSON of the config's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// The text ends before the JSON does (line and column from 1).
    Truncated {
        /// Line (from 1).
        line: usize,
        /// Column (from 1).
        column: usize,
    },
    /// Not JSON from here on.
    Syntax {
        /// Line (from 1).
        line: usize,
        /// Column (from 1).
        column: usize,
    },
    /// A key that is not text (half a surrogate pair) in the object at this path (empty: the
    /// whole file).
    BadKey(String),
    /// A field given twice (its path).
    Twice(String),
    /// A field of the wrong kind: its path (empty: the whole file) and the shape it must have
    /// (`{…}`, `"…"`).
    WrongType {
        /// The field's path.
        field: String,
        /// The shape it must have.
        expected: &'static str,
    },
}

impl Localized for Malformed {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        let path = |p: &str| {
            if p.is_empty() {
                t.whole_file.to_string()
            } else {
                p.to_string()
            }
        };
        let at = |template, line: &usize, column: &usize| {
            fill(
                template,
                &[("line", line.to_string()), ("column", column.to_string())],
            )
        };
        match self {
            Malformed::Truncated { line, column } => at(t.malformed_truncated, line, column),
            Malformed::Syntax { line, column } => at(t.malformed_syntax, line, column),
            Malformed::BadKey(within) => fill(t.malformed_bad_key, &[("within", path(within))]),
            Malformed::Twice(field) => fill(t.malformed_twice, &[("field", field.clone())]),
            Malformed::WrongType { field, expected } => fill(
                t.malformed_wrong_type,
                &[("field", path(field)), ("expected", expected.to_string())],
            ),
        }
    }
}

impl Localized for ConfigError {
    /// Why the file is not used, in the config form (in the console: Japanese).
    ///
    /// ```
    /// jishin_shindan::app::english::register(); // the English chunk, natively
    /// use jishin_shindan::core::lang::{Lang, Localized};
    /// use jishin_shindan::features::publish::model::parse_config;
    /// let error = parse_config("{").unwrap_err();
    /// assert_eq!(error.text(Lang::Ja), "JSON として読めないため使いません（途中で終わっています、1 行 1 列）");
    /// assert_eq!(error.text(Lang::En), "Not used: it cannot be read as JSON (it ends too early, line 1, column 1)");
    /// ```
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            ConfigError::TooLarge { bytes } => fill(
                t.config_too_large,
                &[
                    ("bytes", bytes.to_string()),
                    ("max", MAX_CONFIG_BYTES.to_string()),
                ],
            ),
            ConfigError::NotUtf8 => t.config_not_utf8.to_string(),
            ConfigError::Malformed(detail) => {
                fill(t.config_malformed, &[("detail", detail.text(lang))])
            }
        }
    }
}

impl fmt::Display for ConfigError {
    /// For the site's operator, in the console: Japanese.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Ja))
    }
}

/// Why a config file could not be fetched (the browser side's words for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchFailure {
    /// No `window` (not a page).
    NoWindow,
    /// `fetch` gave something that is not a `Response`.
    BadResponse,
    /// The network failed.
    Offline,
    /// The server answered with this status (not 404/410, which mean no file).
    Http(u16),
    /// The body broke off while it was read.
    Interrupted,
}

/// A note for whoever maintains the deployment's config, written to the browser's console by
/// `platform::config` (in Japanese, as [`ConfigError`] is there). Its sentences live in
/// `model/text.rs` with the others.
///
/// ```
/// use jishin_shindan::features::publish::model::{ConsoleNote, FetchFailure};
/// let note = ConsoleNote::Unreadable { path: "orgs/a.json".into(), reason: FetchFailure::Http(500) };
/// assert_eq!(
///     note.to_string(),
///     "[情報セキュリティ自社診断] orgs/a.json を読み込めませんでした（サーバーの応答が HTTP 500）。団体の表示なしで開きます。"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsoleNote {
    /// `?org=` is not an organisation ID: ignored, `config.json` read.
    BadOrg(String),
    /// The file at `path` is there but not used.
    Refused {
        /// The file.
        path: String,
        /// Why.
        error: ConfigError,
    },
    /// The organisation's file (`orgs/ID.json`) is missing.
    Missing(String),
    /// The file could not be fetched.
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        reason: FetchFailure,
    },
    /// A field of the file was ignored.
    Ignored {
        /// The file.
        path: String,
        /// The field and why.
        warning: ConfigWarning,
    },
    /// The accent colour is too light for text on white: it colours only the header.
    PaleAccent {
        /// The file.
        path: String,
        /// The colour.
        accent: Accent,
    },
}

impl Localized for FetchFailure {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            FetchFailure::NoWindow => t.fetch_no_window.to_string(),
            FetchFailure::BadResponse => t.fetch_bad_response.to_string(),
            FetchFailure::Offline => t.fetch_offline.to_string(),
            FetchFailure::Http(status) => fill(t.fetch_http, &[("status", status.to_string())]),
            FetchFailure::Interrupted => t.fetch_interrupted.to_string(),
        }
    }
}

impl Localized for ConsoleNote {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        let message = match self {
            ConsoleNote::BadOrg(raw) => fill(t.console_bad_org, &[("raw", raw.clone())]),
            ConsoleNote::Refused { path, error } => fill(
                t.console_refused,
                &[("path", path.clone()), ("error", error.text(lang))],
            ),
            ConsoleNote::Missing(path) => fill(t.console_missing, &[("path", path.clone())]),
            ConsoleNote::Unreadable { path, reason } => fill(
                t.console_unreadable,
                &[("path", path.clone()), ("reason", reason.text(lang))],
            ),
            ConsoleNote::Ignored { path, warning } => fill(
                t.console_ignored,
                &[
                    ("path", path.clone()),
                    ("field", warning.field.clone()),
                    ("problem", warning.problem.text(lang)),
                ],
            ),
            ConsoleNote::PaleAccent { path, accent } => fill(
                t.console_pale_accent,
                &[
                    ("path", path.clone()),
                    ("hex", accent.hex()),
                    (
                        "contrast",
                        crate::core::lang::one_decimal(accent.contrast_with_white()),
                    ),
                ],
            ),
        };
        fill(t.console_prefix, &[("message", message)])
    }
}

impl fmt::Display for ConsoleNote {
    /// The console's words: Japanese.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Ja))
    }
}

/// A config that was read, and the fields that were dropped from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedConfig {
    /// What applies.
    pub config: OrgConfig,
    /// What was ignored, in file order by section.
    pub warnings: Vec<ConfigWarning>,
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// The file's shape, as read: every field optional text, unknown keys kept (by name, sorted,
/// each once) for a warning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawConfig {
    /// `organization`, if it is there (and not `null`).
    pub organization: Option<RawOrganization>,
    /// `contact`.
    pub contact: Option<RawContact>,
    /// `message`.
    pub message: Option<String>,
    /// `accent_color`.
    pub accent_color: Option<String>,
    /// `collect`.
    pub collect: Option<String>,
    /// Every other key.
    pub other: BTreeSet<String>,
}

/// `organization`, as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct RawOrganization {
    pub name: Option<String>,
    pub url: Option<String>,
    pub logo: Option<String>,
    pub other: BTreeSet<String>,
}

/// `contact`, as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct RawContact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub hours: Option<String>,
    pub other: BTreeSet<String>,
}

/// Reads a config file's text into its shape: JSON ([`json`]), an object whose known keys
/// hold text (or `null`), `organization` and `contact` objects (or `null`); a known key twice is
/// refused, as serde's derived reader refuses it. Refused: [`ConfigError::Malformed`], saying
/// where or which key.
pub fn read_raw(text: &str) -> Result<RawConfig, ConfigError> {
    let value = json::parse(text).map_err(|e| {
        let (line, column) = (e.line, e.column);
        ConfigError::Malformed(if e.eof {
            Malformed::Truncated { line, column }
        } else {
            Malformed::Syntax { line, column }
        })
    })?;
    let ([organization, contact, message, accent_color, collect], other) = members(
        value,
        "",
        [
            "organization",
            "contact",
            "message",
            "accent_color",
            "collect",
        ],
    )?;
    let organization = match organization {
        None | Some(Json::Null) => None,
        Some(value) => {
            let ([name, url, logo], other) =
                members(value, "organization.", ["name", "url", "logo"])?;
            Some(RawOrganization {
                name: string(name, "organization.name")?,
                url: string(url, "organization.url")?,
                logo: string(logo, "organization.logo")?,
                other,
            })
        }
    };
    let contact = match contact {
        None | Some(Json::Null) => None,
        Some(value) => {
            let ([name, phone, email, url, hours], other) = members(
                value,
                "contact.",
                ["name", "phone", "email", "url", "hours"],
            )?;
            Some(RawContact {
                name: string(name, "contact.name")?,
                phone: string(phone, "contact.phone")?,
                email: string(email, "contact.email")?,
                url: string(url, "contact.url")?,
                hours: string(hours, "contact.hours")?,
                other,
            })
        }
    };
    Ok(RawConfig {
        organization,
        contact,
        message: string(message, "message")?,
        accent_color: string(accent_color, "accent_color")?,
        collect: string(collect, "collect")?,
        other,
    })
}

/// The members `names` of the object `value` (each `None` when absent), and the names of its
/// other keys. Not an object, or one of `names` twice: refused (`prefix` names the object).
fn members<const N: usize>(
    value: Json,
    prefix: &str,
    names: [&str; N],
) -> Result<([Option<Json>; N], BTreeSet<String>), ConfigError> {
    let Json::Object(pairs) = value else {
        return Err(shape_error(prefix.trim_end_matches('.'), "{…}"));
    };
    let mut known = [const { None }; N];
    let mut other = BTreeSet::new();
    for (key, value) in pairs {
        // A key that is not text: refused where the config reads keys, as serde_json does.
        let Some(key) = key else {
            return Err(ConfigError::Malformed(Malformed::BadKey(
                prefix.trim_end_matches('.').to_string(),
            )));
        };
        match names.iter().position(|name| *name == key) {
            Some(i) if known[i].is_some() => {
                return Err(ConfigError::Malformed(Malformed::Twice(format!(
                    "{prefix}{key}"
                ))))
            }
            Some(i) => known[i] = Some(value),
            None => {
                other.insert(key);
            }
        }
    }
    Ok((known, other))
}

/// A text field's value: absent or `null` is none; anything but a string is refused.
fn string(value: Option<Json>, field: &str) -> Result<Option<String>, ConfigError> {
    match value {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s)),
        Some(_) => Err(shape_error(field, "\"…\"")),
    }
}

fn shape_error(field: &str, expected: &'static str) -> ConfigError {
    ConfigError::Malformed(Malformed::WrongType {
        field: field.to_string(),
        expected,
    })
}

/// Reads a config file's bytes: refuses more than [`MAX_CONFIG_BYTES`], requires UTF-8 (a
/// leading byte-order mark, as Windows Notepad writes, is fine) and then [`parse_config`].
pub fn parse_config_bytes(bytes: &[u8]) -> Result<ParsedConfig, ConfigError> {
    if bytes.len() > MAX_CONFIG_BYTES {
        return Err(ConfigError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ConfigError::NotUtf8)?;
    parse_config(text)
}

/// Parses and validates a config file. Never panics, whatever the input.
pub fn parse_config(text: &str) -> Result<ParsedConfig, ConfigError> {
    if text.len() > MAX_CONFIG_BYTES {
        return Err(ConfigError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw = read_raw(text)?;

    let mut warnings = Vec::new();
    let w = &mut warnings;

    let organization = raw.organization.map(|o| {
        let org = Organization {
            name: check(
                w,
                "organization.name",
                text_field(o.name, crate::core::MAX_NAME_CHARS, false),
            ),
            url: check(w, "organization.url", optional(o.url, Link::parse)),
            logo: check(w, "organization.logo", optional(o.logo, LogoPath::parse)),
        };
        (org, unknown("organization.", o.other))
    });
    let contact = raw.contact.map(|c| {
        let desk = ContactDesk {
            name: check(
                w,
                "contact.name",
                text_field(c.name, crate::core::MAX_NAME_CHARS, false),
            ),
            phone: check(w, "contact.phone", optional(c.phone, Phone::parse)),
            email: check(w, "contact.email", optional(c.email, Email::parse)),
            url: check(w, "contact.url", optional(c.url, Link::parse)),
            hours: check(
                w,
                "contact.hours",
                text_field(c.hours, MAX_HOURS_CHARS, true),
            ),
        };
        (desk, unknown("contact.", c.other))
    });
    let message = check(
        w,
        "message",
        text_field(raw.message, MAX_MESSAGE_CHARS, true),
    );
    let accent = check(w, "accent_color", optional(raw.accent_color, Accent::parse));
    let collect = check(w, "collect", optional(raw.collect, Collect::parse));

    let mut unknown_fields = unknown("", raw.other);
    let organization = organization.and_then(|(org, other)| {
        unknown_fields.extend(other);
        (org != Organization::default()).then_some(org)
    });
    let contact = contact.and_then(|(desk, other)| {
        unknown_fields.extend(other);
        (!desk.is_empty()).then_some(desk)
    });
    warnings.extend(unknown_fields);

    Ok(ParsedConfig {
        config: OrgConfig {
            organization,
            contact,
            message,
            accent,
            collect,
        },
        warnings,
    })
}

/// The value, or `None` with a warning for `field`.
fn check<T>(
    warnings: &mut Vec<ConfigWarning>,
    field: &str,
    result: Result<Option<T>, Problem>,
) -> Option<T> {
    match result {
        Ok(value) => value,
        Err(problem) => {
            warnings.push(ConfigWarning {
                field: field.to_string(),
                problem,
            });
            None
        }
    }
}

/// Warnings for keys nobody reads.
fn unknown(prefix: &str, other: BTreeSet<String>) -> Vec<ConfigWarning> {
    other
        .into_iter()
        .map(|key| ConfigWarning {
            field: format!("{prefix}{}", key.chars().take(60).collect::<String>()),
            problem: Problem::UnknownField,
        })
        .collect()
}

/// Applies `parse` to a present, non-blank value; blank means "not set".
fn optional<T>(
    value: Option<String>,
    parse: impl Fn(&str) -> Result<T, Problem>,
) -> Result<Option<T>, Problem> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse(s).map(Some),
    }
}

/// Plain text shown as-is: trimmed, blank = not set, limited in length, no control or
/// bidirectional-override characters; line breaks only where `multiline`.
fn text_field(
    value: Option<String>,
    max: usize,
    multiline: bool,
) -> Result<Option<String>, Problem> {
    optional(value, |s| {
        let s = s.replace("\r\n", "\n");
        check_len(&s, max)?;
        let bad = s.chars().any(|c| {
            (c.is_control() && !(multiline && c == '\n'))
                // Right-to-left overrides and isolates can make text read differently
                // from what it is (e.g. a reversed phone number).
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        });
        if bad {
            Err(Problem::ControlCharacters)
        } else {
            Ok(s)
        }
    })
}

fn check_len(s: &str, max: usize) -> Result<(), Problem> {
    if crate::core::limit::too_long(s, max) {
        Err(Problem::TooLong { max })
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Embed code
// ---------------------------------------------------------------------------------------------

/// The title of the embedded frame (also set by `public/embed.js`).
pub const FRAME_TITLE: &str = "情報セキュリティ自社診断";

/// The folder of the page at `page_url` (query and fragment dropped), where `index.html`,
/// `embed.js` and `config.json` live.
///
/// ```
/// use jishin_shindan::features::publish::model::deployment_base;
/// assert_eq!(
///     deployment_base("https://example.or.jp/security/check/index.html?org=a#top"),
///     "https://example.or.jp/security/check/"
/// );
/// ```
pub fn deployment_base(page_url: &str) -> String {
    let end = page_url.find(['?', '#']).unwrap_or(page_url.len());
    let path = &page_url[..end];
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => format!("{path}/"),
    }
}

/// The one-line snippet a host pastes into its page.
///
/// ```
/// use jishin_shindan::features::publish::model::{script_snippet, OrgId};
/// assert_eq!(
///     script_snippet("https://example.or.jp/check/", None),
///     r#"<script src="https://example.or.jp/check/embed.js" async></script>"#
/// );
/// let org = OrgId::parse("acme").unwrap();
/// assert_eq!(
///     script_snippet("https://example.or.jp/check/", Some(&org)),
///     r#"<script src="https://example.or.jp/check/embed.js" async data-org="acme"></script>"#
/// );
/// ```
pub fn script_snippet(base: &str, org: Option<&OrgId>) -> String {
    let src = escape_html(&format!("{base}embed.js"));
    match org {
        Some(id) => format!(r#"<script src="{src}" async data-org="{id}"></script>"#),
        None => format!(r#"<script src="{src}" async></script>"#),
    }
}

/// The app's address for a plain `<iframe>` (with `?org=` when an organisation is active).
pub fn app_url(base: &str, org: Option<&OrgId>) -> String {
    match org {
        Some(id) => format!("{base}index.html?org={id}"),
        None => format!("{base}index.html"),
    }
}

/// A plain `<iframe>` for sites that forbid scripts: a fixed height with its own scrollbar.
pub fn iframe_snippet(base: &str, org: Option<&OrgId>) -> String {
    format!(
        r#"<iframe src="{}" title="{FRAME_TITLE}" width="100%" height="800" style="border:0" loading="lazy"></iframe>"#,
        escape_html(&app_url(base, org))
    )
}

/// `x` to the power 2.4 for `x` in 0..=1 (sRGB's curve), as `x² · ⁵√(x²)`, the fifth root by
/// Newton's method. The same value as `x.powf(2.4)` to within 1e-12, as `tests/config.rs` checks
/// for every 8-bit channel, without libm's general `pow`, which is 2 KB of code in the main module.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    // From 1.0, above the root for every square up to 1, Newton's steps fall towards the root
    // and then converge quadratically; 60 steps are far more than any 8-bit channel needs.
    let mut root = 1.0f64;
    for _ in 0..60 {
        let fourth = root * root * root * root;
        let next = (4.0 * root + square / fourth) / 5.0;
        if next >= root {
            break;
        }
        root = next;
    }
    square * root
}
