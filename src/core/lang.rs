//! The two languages: [`Lang`] (Japanese, the default and the reference; English, an unofficial
//! translation), the content in either language (questions, 解説, choices, bands: `catalog` and
//! `catalog_en`, picked by [`Lang`]'s methods), and the one way everything else speaks both:
//!
//! - a message (an error, a note about dropped data) is a type implementing [`Localized`], next
//!   to the code that produces it;
//! - a label written down in both languages is a [`Text`] (`Text { ja, en }`);
//! - a screen's wording is its feature's `text.rs` table (`texts(lang)`), checked by
//!   `tests/i18n.rs`; words several screens share are in `kit::text`;
//! - a build without the `english` feature (the first visit's part, issue 16) has no English text:
//!   every choice of English content goes through [`Lang::in_build`], English literals in content
//!   tables are written `en!("…")`.

use crate::core::advice::Band;
use crate::core::catalog_en;
use crate::core::question::{Choice, Part, Question, Resource};

/// The display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 日本語 (default).
    #[default]
    Ja,
    /// English (unofficial translation).
    En,
}

impl Lang {
    /// Both languages, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The language content is picked in: `self`, or Japanese in a build without the `english`
    /// feature. The first visit's part is built that way (issue 16: it is Japanese only and hands
    /// English over to the whole app), and every choice of English content goes through here, so
    /// none of the English text is linked into it. English literals inside content tables are
    /// written `en!("…")` for the same reason.
    #[inline(always)]
    pub const fn in_build(self) -> Lang {
        if cfg!(feature = "english") {
            self
        } else {
            Lang::Ja
        }
    }

    /// The BCP 47 code used in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Parses `ja` / `en` (case-insensitive); anything else is `None`.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_code("fr"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The name of the language in itself, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    /// `pick()`'s English content in an English build shown in English; `None` otherwise, without
    /// calling `pick` (so a build without English does not link the English catalog).
    #[inline(always)]
    fn english<T>(self, pick: impl FnOnce() -> Option<T>) -> Option<T> {
        match self.in_build() {
            Lang::En => pick(),
            Lang::Ja => None,
        }
    }

    /// A question's text (footnote marks ※1/※2 stay where they belong).
    pub fn question_text(self, q: &'static Question) -> &'static str {
        match (
            self.in_build(),
            self.english(|| catalog_en::question_en(q.no)),
        ) {
            (Lang::En, Some(en)) => en.text,
            _ => q.text,
        }
    }

    /// A footnote's text, by its position in the question's footnotes.
    pub fn footnote_text(self, q: &'static Question, index: usize) -> &'static str {
        let ja = q.footnotes.get(index).map_or("", |f| f.text);
        match (
            self.in_build(),
            self.english(|| catalog_en::question_en(q.no)),
        ) {
            (Lang::En, Some(en)) => en.footnote_texts.get(index).copied().unwrap_or(ja),
            _ => ja,
        }
    }

    /// 解説編 category label.
    pub fn category(self, q: &'static Question) -> &'static str {
        match (
            self.in_build(),
            self.english(|| catalog_en::question_en(q.no)),
        ) {
            (Lang::En, Some(en)) => en.category,
            _ => q.category,
        }
    }

    /// 解説編 heading.
    pub fn heading(self, q: &'static Question) -> &'static str {
        match (
            self.in_build(),
            self.english(|| catalog_en::question_en(q.no)),
        ) {
            (Lang::En, Some(en)) => en.heading,
            _ => q.heading,
        }
    }

    /// 解説編 explanation.
    pub fn explanation(self, q: &'static Question) -> &'static str {
        match (
            self.in_build(),
            self.english(|| catalog_en::question_en(q.no)),
        ) {
            (Lang::En, Some(en)) => en.explanation,
            _ => q.explanation,
        }
    }

    /// 解説編 対策例.
    pub fn examples(self, q: &'static Question) -> &'static [&'static str] {
        match (
            self.in_build(),
            self.english(|| catalog_en::question_en(q.no)),
        ) {
            (Lang::En, Some(en)) => en.examples,
            _ => q.examples,
        }
    }

    /// A Part's title.
    pub fn part_title(self, part: Part) -> &'static str {
        match self.in_build() {
            Lang::Ja => crate::core::catalog::part_info(part).title,
            Lang::En => catalog_en::part_title_en(part),
        }
    }

    /// A Part's 解説編 introduction.
    pub fn part_intro(self, part: Part) -> &'static str {
        match self.in_build() {
            Lang::Ja => crate::core::catalog::part_info(part).intro,
            Lang::En => catalog_en::part_intro_en(part),
        }
    }

    /// A choice's label.
    pub fn choice(self, choice: Choice) -> &'static str {
        match self.in_build() {
            Lang::Ja => choice.label(),
            Lang::En => catalog_en::choice_label_en(choice),
        }
    }

    /// A band's heading (「70～99点だった方」).
    pub fn band_range(self, band: Band) -> &'static str {
        match self.in_build() {
            Lang::Ja => band.range_label(),
            Lang::En => catalog_en::band_range_label_en(band),
        }
    }

    /// A band's message.
    pub fn band_message(self, band: Band) -> &'static str {
        match self.in_build() {
            Lang::Ja => band.message(),
            Lang::En => catalog_en::band_message_en(band),
        }
    }

    /// A band's next step.
    pub fn band_next_step(self, band: Band) -> &'static str {
        match self.in_build() {
            Lang::Ja => band.next_step(),
            Lang::En => catalog_en::band_next_step_en(band),
        }
    }

    /// A resource's name and description.
    pub fn resource(self, r: &Resource) -> (&'static str, &'static str) {
        match (self.in_build(), self.english(|| catalog_en::resource_en(r))) {
            (Lang::En, Some(en)) => en,
            _ => (r.name, r.description),
        }
    }
}

/// An English literal in a content table: itself, or `""` in a build without the `english`
/// feature (see [`Lang::in_build`]), where it would never be shown.
macro_rules! en {
    ($text:expr) => {
        if cfg!(feature = "english") {
            $text
        } else {
            ""
        }
    };
}
pub(crate) use en;

/// A text in both languages, side by side where content is written down (a checklist item, a
/// hint, an official page's name): `Text { ja, en }`, read with [`Text::get`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Text {
    /// 日本語.
    pub ja: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    ///
    /// ```
    /// use jishin_shindan::core::lang::{Lang, Text};
    /// const HELLO: Text = Text { ja: "こんにちは", en: "Hello" };
    /// assert_eq!(HELLO.get(Lang::En), "Hello");
    /// ```
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang.in_build() {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// A message the app can show (an error, a note about dropped data), rendered in either
/// language by the type that owns it. Every message type of the app implements it; the
/// `match lang` inside makes a missing language a compile error, and `tests/messages.rs` checks
/// every variant of every message type: both languages present, English without Japanese.
pub trait Localized {
    /// The message in `lang`.
    fn text(&self, lang: Lang) -> String;
}

/// Replaces `{name}` placeholders in a template.
///
/// ```
/// use jishin_shindan::core::lang::fill;
/// assert_eq!(fill("{n} / {total}", &[("n", "3".into()), ("total", "25".into())]), "3 / 25");
/// ```
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// `value` rounded to one decimal place, as text (`2.35` → `"2.4"`, `-0.04` → `"0.0"`), without
/// the float formatting machinery of `format!("{:.1}")` (about 20 KB of the wasm). Not finite:
/// `"?"`.
///
/// ```
/// use jishin_shindan::core::lang::one_decimal;
/// assert_eq!(one_decimal(5.0), "5.0");
/// assert_eq!(one_decimal(1.25), "1.3");
/// assert_eq!(one_decimal(-2.46), "-2.5");
/// ```
pub fn one_decimal(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_string();
    }
    let tenths = (value * 10.0).round();
    // Saturating conversion: anything beyond u64 prints as u64::MAX tenths.
    let magnitude = tenths.abs() as u64;
    let sign = if tenths < 0.0 && magnitude > 0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}.{}", magnitude / 10, magnitude % 10)
}
