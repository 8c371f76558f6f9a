//! The two languages: [`Lang`] (Japanese, the default and the reference; English, an unofficial
//! translation), the content in either language (questions, 解説, choices, bands: `catalog` and
//! `catalog_en`, picked by [`Lang`]'s methods), and the one way everything else speaks both:
//!
//! - a message (an error, a note about dropped data) is a type implementing [`Localized`], next
//!   to the code that produces it, its sentences in the `text.rs` of its layer: a model's
//!   `model/text.rs`, `store::text`, or the core's `core::text` (shared by several features);
//! - content written down in both languages (a checklist item, an official page's name) is a
//!   [`Text`] (`Text { ja, en }`);
//! - a screen's wording is its feature's `text.rs` table (`texts(lang)`), checked by
//!   `tests/i18n.rs`; words several screens share are in `kit::text`.
//!
//! **The English text is a chunk of its own** (issue 30): few visitors choose English, so the
//! English tables (the catalog's, the glossary's, every screen's) are not in what a first visit
//! downloads. Code that runs for everyone never names them: it asks [`english`] for a table by its
//! type, and the English chunk registers them all ([`register_english`], `app::english`) before the
//! app shows anything in English. Until then (and natively until registered) English content reads
//! as the Japanese it translates. Short messages ([`Localized`]) keep their English inline.

use std::any::Any;
use std::sync::OnceLock;

use crate::core::advice::Band;
use crate::core::catalog_en::CatalogEn;
use crate::core::glossary::{DatedNote, GlossaryEn, Term};
use crate::core::question::{Choice, Part, Question, Resource};

/// A table of English text, as the English chunk registers it.
pub type EnglishTable = &'static (dyn Any + Send + Sync);

static ENGLISH: OnceLock<&'static [EnglishTable]> = OnceLock::new();

/// Registers the English tables (once; later calls change nothing). The English chunk does this
/// when it arrives (`app::english::register`).
pub fn register_english(tables: &'static [EnglishTable]) {
    let _ = ENGLISH.set(tables);
}

/// The registered English table of type `T`, if the English text is here.
pub fn english<T: Any>() -> Option<&'static T> {
    ENGLISH
        .get()?
        .iter()
        .find_map(|table| table.downcast_ref::<T>())
}

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

    /// `ja`, or in English the registered table of the same type (see [`english`]): a screen's
    /// wording is `lang.pick(&JA)`.
    pub fn pick<T: Any>(self, ja: &'static T) -> &'static T {
        match self {
            Lang::Ja => ja,
            Lang::En => english::<T>().unwrap_or(ja),
        }
    }

    /// The English catalog, when English is shown and here.
    fn catalog(self) -> Option<&'static CatalogEn> {
        match self {
            Lang::Ja => None,
            Lang::En => english::<CatalogEn>(),
        }
    }

    /// A question's text (footnote marks ※1/※2 stay where they belong).
    pub fn question_text(self, q: &'static Question) -> &'static str {
        self.question_en(q).map_or(q.text, |en| en.text)
    }

    fn question_en(
        self,
        q: &'static Question,
    ) -> Option<&'static crate::core::catalog_en::QuestionEn> {
        self.catalog().and_then(|c| (c.question)(q.no))
    }

    /// A footnote's text, by its position in the question's footnotes.
    pub fn footnote_text(self, q: &'static Question, index: usize) -> &'static str {
        let ja = q.footnotes.get(index).map_or("", |f| f.text);
        self.question_en(q)
            .map_or(ja, |en| en.footnote_texts.get(index).copied().unwrap_or(ja))
    }

    /// 解説編 category label.
    pub fn category(self, q: &'static Question) -> &'static str {
        self.question_en(q).map_or(q.category, |en| en.category)
    }

    /// 解説編 heading.
    pub fn heading(self, q: &'static Question) -> &'static str {
        self.question_en(q).map_or(q.heading, |en| en.heading)
    }

    /// 解説編 explanation.
    pub fn explanation(self, q: &'static Question) -> &'static str {
        self.question_en(q)
            .map_or(q.explanation, |en| en.explanation)
    }

    /// 解説編 対策例.
    pub fn examples(self, q: &'static Question) -> &'static [&'static str] {
        self.question_en(q).map_or(q.examples, |en| en.examples)
    }

    /// A Part's title.
    pub fn part_title(self, part: Part) -> &'static str {
        self.catalog()
            .map_or(crate::core::catalog::part_info(part).title, |c| {
                (c.part_title)(part)
            })
    }

    /// A Part's 解説編 introduction.
    pub fn part_intro(self, part: Part) -> &'static str {
        self.catalog()
            .map_or(crate::core::catalog::part_info(part).intro, |c| {
                (c.part_intro)(part)
            })
    }

    /// A choice's label.
    pub fn choice(self, choice: Choice) -> &'static str {
        self.catalog()
            .map_or(choice.label(), |c| (c.choice)(choice))
    }

    /// A band's heading (「70～99点だった方」).
    pub fn band_range(self, band: Band) -> &'static str {
        self.catalog()
            .map_or(band.range_label(), |c| (c.band_range)(band))
    }

    /// A band's message.
    pub fn band_message(self, band: Band) -> &'static str {
        self.catalog()
            .map_or(band.message(), |c| (c.band_message)(band))
    }

    /// A band's next step.
    pub fn band_next_step(self, band: Band) -> &'static str {
        self.catalog()
            .map_or(band.next_step(), |c| (c.band_next_step)(band))
    }

    /// A resource's name and description.
    pub fn resource(self, r: &Resource) -> (&'static str, &'static str) {
        self.catalog()
            .and_then(|c| (c.resource)(r))
            .unwrap_or((r.name, r.description))
    }

    /// A glossary term's heading and explanation.
    pub fn term(self, t: &'static Term) -> (&'static str, &'static str) {
        match self {
            Lang::Ja => None,
            Lang::En => english::<GlossaryEn>().and_then(|g| g.term(t.id)),
        }
        .map_or((t.ja, t.explanation_ja), |en| (en.en, en.explanation_en))
    }

    /// A dated note's text.
    pub fn dated_note(self, n: &'static DatedNote) -> &'static str {
        match self {
            Lang::Ja => None,
            Lang::En => english::<GlossaryEn>().and_then(|g| g.note(n)),
        }
        .unwrap_or(n.note_ja)
    }
}

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
        match lang {
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
///
/// One pass over the template: a value is never read again, so a name or a file name that
/// happens to hold `{problem}` is shown as it is.
///
/// ```
/// use jishin_shindan::core::lang::fill;
/// let text = fill("「{source}」：{problem}", &[("source", "{problem}".into()), ("problem", "x".into())]);
/// assert_eq!(text, "「{problem}」：x");
/// ```
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
