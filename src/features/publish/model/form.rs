//! `config.json` made in a form (issue 31): the publishing page's fields, the file they make, and
//! a file read back into them. The form checks nothing itself: its file goes through
//! [`parse_config`], the very reader the app runs at start, so every field is refused for the
//! same reasons with the same message ([`Problem::message`]).
//!
//! ```
//! use jishin_shindan::features::publish::model::form::{field_problems, ConfigForm, Field};
//! let mut form = ConfigForm::default();
//! form.set(Field::OrgName, "○○商工会議所");
//! form.set(Field::ContactUrl, "javascript:alert(1)");
//! assert_eq!(
//!     form.to_json(),
//!     "{\n  \"organization\": {\n    \"name\": \"○○商工会議所\"\n  },\n  \"contact\": {\n    \"url\": \"javascript:alert(1)\"\n  }\n}\n"
//! );
//! let problems = field_problems(&form.check().unwrap().warnings);
//! assert_eq!(problems.len(), 1);
//! assert_eq!(problems[0].0, Field::ContactUrl);
//! ```

use crate::features::publish::model::{
    parse_config, read_raw, ConfigError, ConfigWarning, ParsedConfig, Problem,
};

/// A field of the form: one text field of `config.json`, in the file's (and the page's) order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `organization.name`.
    OrgName,
    /// `organization.url`.
    OrgUrl,
    /// `organization.logo`.
    OrgLogo,
    /// `message`.
    Message,
    /// `contact.name`.
    ContactName,
    /// `contact.phone`.
    ContactPhone,
    /// `contact.email`.
    ContactEmail,
    /// `contact.url`.
    ContactUrl,
    /// `contact.hours`.
    ContactHours,
    /// `accent_color`.
    AccentColor,
    /// `collect`.
    Collect,
}

impl Field {
    /// Every field, in the page's order.
    pub const ALL: [Field; 11] = [
        Field::OrgName,
        Field::OrgUrl,
        Field::OrgLogo,
        Field::Message,
        Field::ContactName,
        Field::ContactPhone,
        Field::ContactEmail,
        Field::ContactUrl,
        Field::ContactHours,
        Field::AccentColor,
        Field::Collect,
    ];

    /// Its path in the file, as [`ConfigWarning::field`] names it.
    pub fn path(self) -> &'static str {
        match self {
            Field::OrgName => "organization.name",
            Field::OrgUrl => "organization.url",
            Field::OrgLogo => "organization.logo",
            Field::Message => "message",
            Field::ContactName => "contact.name",
            Field::ContactPhone => "contact.phone",
            Field::ContactEmail => "contact.email",
            Field::ContactUrl => "contact.url",
            Field::ContactHours => "contact.hours",
            Field::AccentColor => "accent_color",
            Field::Collect => "collect",
        }
    }

    /// True for the fields that may span lines (a text area on the page).
    pub fn multiline(self) -> bool {
        matches!(self, Field::Message | Field::ContactHours)
    }

    /// The object the field belongs to (`None`: the top level) and its key there.
    fn place(self) -> (Option<&'static str>, &'static str) {
        match self.path().split_once('.') {
            Some((object, key)) => (Some(object), key),
            None => (None, self.path()),
        }
    }
}

/// What the user typed in each field (blank: not set).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigForm {
    values: [String; 11],
}

/// The file's top-level keys in the order the form writes them (`config.example.json`'s order).
const TOP_ORDER: [&str; 5] = [
    "organization",
    "contact",
    "message",
    "accent_color",
    "collect",
];

impl ConfigForm {
    /// What `field` holds.
    pub fn get(&self, field: Field) -> &str {
        &self.values[index(field)]
    }

    /// Puts `value` in `field`, as typed.
    pub fn set(&mut self, field: Field, value: &str) {
        self.values[index(field)] = value.to_string();
    }

    /// The `config.json` of the form: pretty-printed with two spaces (as `JSON.stringify(v, null,
    /// 2)` writes it), the keys in `config.example.json`'s order, each value trimmed (the app trims
    /// it too), blank fields and empty objects left out, a line break at the end. An empty form
    /// is `{}`.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        let mut first_top = true;
        for top in TOP_ORDER {
            let members: Vec<(&str, &str)> = Field::ALL
                .into_iter()
                .filter_map(|field| {
                    let (object, key) = field.place();
                    let value = self.get(field).trim();
                    let here = object.unwrap_or(key) == top;
                    (here && !value.is_empty()).then_some((key, value))
                })
                .collect();
            let Some(&(key, value)) = members.first() else {
                continue;
            };
            out.push_str(if first_top { "\n  " } else { ",\n  " });
            first_top = false;
            push_string(&mut out, top);
            out.push_str(": ");
            if key == top {
                push_string(&mut out, value);
                continue;
            }
            out.push('{');
            for (i, (key, value)) in members.iter().enumerate() {
                out.push_str(if i == 0 { "\n    " } else { ",\n    " });
                push_string(&mut out, key);
                out.push_str(": ");
                push_string(&mut out, value);
            }
            out.push_str("\n  }");
        }
        out.push_str(if first_top { "}\n" } else { "\n}\n" });
        out
    }

    /// The form's file read as the app reads it at start: what applies and what is ignored.
    /// Only [`ConfigError::TooLarge`] can be refused (the form writes valid JSON).
    pub fn check(&self) -> Result<ParsedConfig, ConfigError> {
        parse_config(&self.to_json())
    }

    /// A `config.json` read into the form, every value as it is in the file (a value the app
    /// refuses stays, and shows its message). Refused as at start: a file too large or not
    /// JSON of the config's shape ([`ConfigError`]). Also returns the file's keys the form has no
    /// field for (unknown to the app: they are left out).
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::form::{ConfigForm, Field};
    /// let (form, unknown) = ConfigForm::read(r#"{"message": "ようこそ", "colour": "red"}"#).unwrap();
    /// assert_eq!(form.get(Field::Message), "ようこそ");
    /// assert_eq!(unknown, ["colour"]);
    /// assert!(ConfigForm::read("{").is_err());
    /// ```
    pub fn read(text: &str) -> Result<(ConfigForm, Vec<String>), ConfigError> {
        let parsed = parse_config(text)?;
        let raw = read_raw(text.strip_prefix('\u{feff}').unwrap_or(text))?;
        let mut form = ConfigForm::default();
        let mut put = |field: Field, value: Option<String>| {
            if let Some(value) = value {
                form.values[index(field)] = value;
            }
        };
        if let Some(org) = raw.organization {
            put(Field::OrgName, org.name);
            put(Field::OrgUrl, org.url);
            put(Field::OrgLogo, org.logo);
        }
        if let Some(contact) = raw.contact {
            put(Field::ContactName, contact.name);
            put(Field::ContactPhone, contact.phone);
            put(Field::ContactEmail, contact.email);
            put(Field::ContactUrl, contact.url);
            put(Field::ContactHours, contact.hours);
        }
        put(Field::Message, raw.message);
        put(Field::AccentColor, raw.accent_color);
        put(Field::Collect, raw.collect);
        let unknown = parsed
            .warnings
            .into_iter()
            .filter(|w| w.problem == Problem::UnknownField)
            .map(|w| w.field)
            .collect();
        Ok((form, unknown))
    }
}

/// [`ConfigForm::read`] of a file's bytes, refused as the app refuses them at start: more than
/// [`MAX_CONFIG_BYTES`](crate::features::publish::model::MAX_CONFIG_BYTES), or not UTF-8.
pub fn read_bytes(bytes: &[u8]) -> Result<(ConfigForm, Vec<String>), ConfigError> {
    crate::features::publish::model::parse_config_bytes(bytes)?;
    ConfigForm::read(std::str::from_utf8(bytes).map_err(|_| ConfigError::NotUtf8)?)
}

/// The warnings of the app's reader that belong to a field of the form, in the page's order:
/// each field the app would ignore, with why.
pub fn field_problems(warnings: &[ConfigWarning]) -> Vec<(Field, Problem)> {
    Field::ALL
        .into_iter()
        .filter_map(|field| {
            let warning = warnings.iter().find(|w| w.field == field.path())?;
            Some((field, warning.problem.clone()))
        })
        .collect()
}

fn index(field: Field) -> usize {
    Field::ALL
        .iter()
        .position(|f| *f == field)
        .unwrap_or_default()
}

/// `s` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`;
/// everything else (Japanese included) as it is.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Localized;
    use crate::features::publish::model::Accent;

    fn problems(form: &ConfigForm) -> Vec<(Field, Problem)> {
        field_problems(&form.check().unwrap().warnings)
    }

    fn filled() -> ConfigForm {
        let mut form = ConfigForm::default();
        for (field, value) in [
            (Field::OrgName, "○○商工会議所"),
            (Field::OrgUrl, "https://example.or.jp/"),
            (Field::OrgLogo, "logo.png"),
            (Field::Message, "会員企業の皆様へ：\n年に一度の診断を。"),
            (Field::ContactName, "経営支援課"),
            (Field::ContactPhone, "011-000-0000"),
            (Field::ContactEmail, "desk@example.or.jp"),
            (Field::ContactUrl, "https://example.or.jp/soudan/"),
            (Field::ContactHours, "平日 9:00～17:00"),
            (Field::AccentColor, "#0b6e4f"),
            (Field::Collect, "desk@example.or.jp"),
        ] {
            form.set(field, value);
        }
        form
    }

    #[test]
    fn an_empty_form_is_an_empty_object() {
        assert_eq!(ConfigForm::default().to_json(), "{}\n");
        let mut blank = ConfigForm::default();
        blank.set(Field::ContactName, "  \n ");
        assert_eq!(blank.to_json(), "{}\n");
    }

    #[test]
    fn every_field_is_written_pretty_in_the_examples_order() {
        assert_eq!(
            filled().to_json(),
            r##"{
  "organization": {
    "name": "○○商工会議所",
    "url": "https://example.or.jp/",
    "logo": "logo.png"
  },
  "contact": {
    "name": "経営支援課",
    "phone": "011-000-0000",
    "email": "desk@example.or.jp",
    "url": "https://example.or.jp/soudan/",
    "hours": "平日 9:00～17:00"
  },
  "message": "会員企業の皆様へ：\n年に一度の診断を。",
  "accent_color": "#0b6e4f",
  "collect": "desk@example.or.jp"
}
"##
        );
    }

    #[test]
    fn blank_fields_are_left_out_and_values_trimmed() {
        let mut form = ConfigForm::default();
        form.set(Field::ContactPhone, "  011-000-0000 ");
        form.set(Field::OrgUrl, "   ");
        form.set(Field::AccentColor, "#fa0");
        assert_eq!(
            form.to_json(),
            "{\n  \"contact\": {\n    \"phone\": \"011-000-0000\"\n  },\n  \"accent_color\": \"#fa0\"\n}\n"
        );
    }

    #[test]
    fn quotes_backslashes_and_control_characters_are_escaped() {
        let mut form = ConfigForm::default();
        form.set(Field::OrgName, "a\"b\\c\td\u{1}e");
        assert_eq!(
            form.to_json(),
            "{\n  \"organization\": {\n    \"name\": \"a\\\"b\\\\c\\td\\u0001e\"\n  }\n}\n"
        );
        // Read back by the app's reader: the same text, refused for its control characters.
        let problems = problems(&form);
        assert_eq!(problems, [(Field::OrgName, Problem::ControlCharacters)]);
    }

    #[test]
    fn a_filled_form_round_trips_through_the_apps_reader() {
        let form = filled();
        let parsed = parse_config(&form.to_json()).unwrap();
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        let config = parsed.config;
        let org = config.organization.as_ref().unwrap();
        assert_eq!(org.name.as_deref(), Some("○○商工会議所"));
        assert_eq!(org.url.as_ref().unwrap().href(), "https://example.or.jp/");
        assert_eq!(org.logo.as_ref().unwrap().src(), "logo.png");
        assert_eq!(
            config.message.as_deref(),
            Some("会員企業の皆様へ：\n年に一度の診断を。")
        );
        let desk = config.contact.as_ref().unwrap();
        assert_eq!(desk.name.as_deref(), Some("経営支援課"));
        assert_eq!(desk.phone.as_ref().unwrap().href(), "tel:011-000-0000");
        assert_eq!(desk.email.as_ref().unwrap().as_str(), "desk@example.or.jp");
        assert_eq!(
            desk.url.as_ref().unwrap().href(),
            "https://example.or.jp/soudan/"
        );
        assert_eq!(desk.hours.as_deref(), Some("平日 9:00～17:00"));
        assert_eq!(config.accent, Some(Accent::parse("#0b6e4f").unwrap()));
        assert!(config.collect.is_some());
        // And the file read back fills the same form.
        let (read, unknown) = ConfigForm::read(&form.to_json()).unwrap();
        assert_eq!(read, form);
        assert!(unknown.is_empty());
        assert_eq!(read.to_json(), form.to_json());
    }

    #[test]
    fn hostile_values_get_the_messages_the_app_gives_at_start() {
        let mut form = filled();
        form.set(Field::OrgUrl, "javascript:alert(1)");
        form.set(Field::OrgLogo, "../../secret.png");
        form.set(Field::ContactPhone, "call me");
        form.set(Field::ContactEmail, "desk@example.or.jp?bcc=x@evil.example");
        form.set(Field::ContactName, &"窓".repeat(101));
        form.set(Field::AccentColor, "red");
        form.set(Field::Collect, "http://forms.example/f?e={link}");
        let problems = problems(&form);
        assert_eq!(
            problems,
            [
                (Field::OrgUrl, Problem::UnsafeUrl),
                (Field::OrgLogo, Problem::UnsafeLogo),
                (Field::ContactName, Problem::TooLong { max: 100 }),
                (Field::ContactPhone, Problem::BadPhone),
                (Field::ContactEmail, Problem::BadEmail),
                (Field::AccentColor, Problem::BadColor),
                (Field::Collect, Problem::BadCollect),
            ]
        );
        assert_eq!(
            problems[0].1.text(crate::core::lang::Lang::Ja),
            "使えない URL です（https:, http:, mailto:, tel: または相対 URL のみ）"
        );
        // The rest still applies, as at start.
        let config = form.check().unwrap().config;
        assert_eq!(config.organization_name(), Some("○○商工会議所"));
        assert!(config.organization.unwrap().url.is_none());
    }

    #[test]
    fn a_line_break_in_a_one_line_field_is_refused_as_at_start() {
        let mut form = ConfigForm::default();
        form.set(Field::OrgName, "○○\n商工会議所");
        form.set(Field::Message, "一行目\r\n二行目");
        assert_eq!(
            problems(&form),
            [(Field::OrgName, Problem::ControlCharacters)]
        );
        assert_eq!(
            form.check().unwrap().config.message.as_deref(),
            Some("一行目\n二行目")
        );
    }

    #[test]
    fn a_form_larger_than_a_config_may_be_is_refused_whole() {
        let mut form = ConfigForm::default();
        form.set(Field::Message, &"あ".repeat(30_000));
        assert_eq!(
            form.check(),
            Err(ConfigError::TooLarge {
                bytes: form.to_json().len()
            })
        );
    }

    #[test]
    fn a_pasted_file_fills_the_form_with_its_values_as_written() {
        let text = "\u{feff}{\"organization\": {\"name\": \" ○○会 \", \"url\": \"javascript:x\", \"slogan\": \"x\"},\n\"contact\": null, \"accent_color\": \"red\", \"extra\": 1}";
        let (form, unknown) = ConfigForm::read(text).unwrap();
        assert_eq!(form.get(Field::OrgName), " ○○会 ");
        assert_eq!(form.get(Field::OrgUrl), "javascript:x");
        assert_eq!(form.get(Field::AccentColor), "red");
        assert_eq!(form.get(Field::ContactName), "");
        assert_eq!(unknown, ["extra", "organization.slogan"]);
        assert_eq!(
            problems(&form),
            [
                (Field::OrgUrl, Problem::UnsafeUrl),
                (Field::AccentColor, Problem::BadColor)
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_config_is_refused_with_the_apps_error() {
        assert_eq!(
            ConfigForm::read("{\"message\": \"a\",}")
                .unwrap_err()
                .to_string(),
            "JSON として読めないため使いません（書式の誤り、1 行 17 列）"
        );
        assert_eq!(
            ConfigForm::read("{\"message\": 5}")
                .unwrap_err()
                .to_string(),
            "JSON として読めないため使いません（項目の型の誤り：message は \"…\" の形で書きます）"
        );
    }

    #[test]
    fn a_file_is_refused_as_at_start_when_too_large_or_not_utf8() {
        assert_eq!(
            read_bytes(b"{\"message\": \"\x82\xa0\"}"),
            Err(ConfigError::NotUtf8)
        );
        let large = format!("{{\"message\": \"{}\"}}", "a".repeat(70_000));
        assert_eq!(
            read_bytes(large.as_bytes()),
            Err(ConfigError::TooLarge { bytes: 70_015 })
        );
        let (form, _) = read_bytes("\u{feff}{\"message\": \"ようこそ\"}".as_bytes()).unwrap();
        assert_eq!(form.get(Field::Message), "ようこそ");
    }

    #[test]
    fn every_field_has_its_own_path() {
        let paths: std::collections::BTreeSet<&str> = Field::ALL.iter().map(|f| f.path()).collect();
        assert_eq!(paths.len(), Field::ALL.len());
    }
}
