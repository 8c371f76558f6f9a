#![allow(clippy::unwrap_used, clippy::expect_used)]
// A native test: the wasm-size rule against Unicode case mapping (clippy.toml) does not apply.
#![allow(clippy::disallowed_methods)]
//! The English catalog is complete, parallel to the Japanese one, and free of Japanese except
//! where explicitly allowed.

use jishin_shindan::core::catalog::{
    self, GUIDELINE, HANDBOOK, MYJVN, QUESTIONS, SHIORI, SUPPORT_SITE, VIDEOS,
};
use jishin_shindan::core::catalog_en::{
    self, band_message_en, band_next_step_en, band_range_label_en, choice_label_en, part_intro_en,
    part_title_en, question_en, resource_en, QuestionEn, QUESTIONS_EN,
};
use jishin_shindan::core::lang::Lang;
use jishin_shindan::core::question::Resource;
use jishin_shindan::core::{Band, Choice, Part};

const ALL_BANDS: [Band; 4] = [Band::Perfect, Band::High, Band::Middle, Band::Low];

const ALL_RESOURCES: [(&str, Resource); 6] = [
    ("SUPPORT_SITE", SUPPORT_SITE),
    ("GUIDELINE", GUIDELINE),
    ("HANDBOOK", HANDBOOK),
    ("SHIORI", SHIORI),
    ("VIDEOS", VIDEOS),
    ("MYJVN", MYJVN),
];

/// Hiragana, katakana, kanji and the CJK/full-width punctuation that comes with them
/// (「」、。（）～). The footnote mark ※ (U+203B) is general punctuation and is not in here.
fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'   // CJK symbols and punctuation
        | '\u{3040}'..='\u{309F}' // hiragana
        | '\u{30A0}'..='\u{30FF}' // katakana
        | '\u{31F0}'..='\u{31FF}' // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // half-width and full-width forms
    )
}

fn assert_no_japanese(what: &str, text: &str) {
    let found: String = text.chars().filter(|c| is_japanese(*c)).collect();
    assert!(
        found.is_empty(),
        "{what} contains Japanese characters 「{found}」: {text}"
    );
}

fn assert_clean_english(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what} is empty");
    assert_eq!(text, text.trim(), "{what} has leading or trailing space");
    assert!(!text.contains("  "), "{what} has a double space: {text}");
    assert_no_japanese(what, text);
}

/// Every English string of a question, named, paired with its Japanese counterpart.
fn question_pairs(en: &QuestionEn) -> Vec<(String, &'static str, &'static str)> {
    let ja = catalog::question(en.no).unwrap();
    let mut pairs = vec![
        (format!("No.{} text", en.no), ja.text, en.text),
        (format!("No.{} category", en.no), ja.category, en.category),
        (format!("No.{} heading", en.no), ja.heading, en.heading),
        (
            format!("No.{} explanation", en.no),
            ja.explanation,
            en.explanation,
        ),
    ];
    for (i, (f_ja, f_en)) in ja.footnotes.iter().zip(en.footnote_texts).enumerate() {
        pairs.push((format!("No.{} footnote #{}", en.no, i + 1), f_ja.text, f_en));
    }
    for (i, (x_ja, x_en)) in ja.examples.iter().zip(en.examples).enumerate() {
        pairs.push((format!("No.{} example #{}", en.no, i + 1), x_ja, x_en));
    }
    pairs
}

/// Every English string outside the resources, named, with its Japanese counterpart.
fn all_pairs() -> Vec<(String, &'static str, &'static str)> {
    let mut pairs: Vec<_> = QUESTIONS_EN.iter().flat_map(question_pairs).collect();
    for part in Part::ALL {
        let info = catalog::part_info(part);
        pairs.push((format!("{part:?} title"), info.title, part_title_en(part)));
        pairs.push((format!("{part:?} intro"), info.intro, part_intro_en(part)));
    }
    for choice in Choice::ALL {
        pairs.push((
            format!("{choice:?} label"),
            choice.label(),
            choice_label_en(choice),
        ));
    }
    for band in ALL_BANDS {
        pairs.push((
            format!("{band:?} range label"),
            band.range_label(),
            band_range_label_en(band),
        ));
        pairs.push((
            format!("{band:?} message"),
            band.message(),
            band_message_en(band),
        ));
        pairs.push((
            format!("{band:?} next step"),
            band.next_step(),
            band_next_step_en(band),
        ));
    }
    pairs
}

/// The runs of ASCII digits in a string, in order.
fn numbers(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Same shape as the Japanese catalog
// ---------------------------------------------------------------------------------------------

#[test]
fn every_question_has_an_english_entry_with_the_same_number_in_the_same_order() {
    assert_eq!(QUESTIONS_EN.len(), QUESTIONS.len());
    let en: Vec<u8> = QUESTIONS_EN.iter().map(|q| q.no).collect();
    let ja: Vec<u8> = QUESTIONS.iter().map(|q| q.no).collect();
    assert_eq!(en, ja);
    assert_eq!(en, (1..=25).collect::<Vec<u8>>());
}

#[test]
fn question_en_finds_each_number_and_nothing_else() {
    for no in 1..=25u8 {
        assert_eq!(question_en(no).map(|q| q.no), Some(no));
    }
    assert!(question_en(0).is_none());
    assert!(question_en(26).is_none());
}

#[test]
fn footnote_and_example_counts_equal_the_japanese_ones() {
    for (en, ja) in QUESTIONS_EN.iter().zip(&QUESTIONS) {
        assert_eq!(
            en.footnote_texts.len(),
            ja.footnotes.len(),
            "No.{} footnotes",
            en.no
        );
        assert_eq!(en.examples.len(), ja.examples.len(), "No.{} 対策例", en.no);
    }
}

// ---------------------------------------------------------------------------------------------
// Footnote marks
// ---------------------------------------------------------------------------------------------

#[test]
fn footnote_marks_appear_in_the_english_texts_exactly_where_the_japanese_has_footnotes() {
    for (en, ja) in QUESTIONS_EN.iter().zip(&QUESTIONS) {
        assert_eq!(
            en.text.matches('※').count(),
            ja.footnotes.len(),
            "No.{} English text should carry one ※ per Japanese footnote: {}",
            en.no,
            en.text
        );
        for f in ja.footnotes {
            assert_eq!(
                en.text.matches(f.mark).count(),
                1,
                "No.{} English text should carry {} exactly once: {}",
                en.no,
                f.mark,
                en.text
            );
        }
        for text in en.footnote_texts.iter().chain(en.examples).chain([
            &en.explanation,
            &en.heading,
            &en.category,
        ]) {
            assert!(!text.contains('※'), "No.{}: stray ※ in 「{text}」", en.no);
        }
    }
}

#[test]
fn footnote_marks_follow_the_words_they_annotate() {
    // ウイルス定義ファイル※1 and 重要情報※2 on the sheet.
    assert!(question_en(2)
        .unwrap()
        .text
        .contains("virus definition files※1 "));
    assert!(question_en(4)
        .unwrap()
        .text
        .ends_with("important information※2?"));
}

#[test]
fn english_footnotes_carry_the_japanese_marks() {
    jishin_shindan::app::english::register();
    // The UI prints each footnote with the Japanese question's mark and `Lang::footnote_text`:
    // the English question must carry the same marks, one English text for each.
    for en in &QUESTIONS_EN {
        let ja = catalog::question(en.no).unwrap();
        assert_eq!(en.footnote_texts.len(), ja.footnotes.len(), "No.{}", en.no);
        for (i, f_ja) in ja.footnotes.iter().enumerate() {
            assert!(
                en.text.contains(f_ja.mark),
                "No.{} lacks {}",
                en.no,
                f_ja.mark
            );
            assert_eq!(Lang::En.footnote_text(ja, i), en.footnote_texts[i]);
            assert_eq!(Lang::Ja.footnote_text(ja, i), f_ja.text);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Every string exists, in plain English
// ---------------------------------------------------------------------------------------------

#[test]
fn no_english_string_is_empty_or_contains_japanese() {
    let pairs = all_pairs();
    // 25 × (text, category, heading, explanation) + 2 footnotes + 25 examples
    // + 3 × 2 Part strings + 4 choices + 4 × 3 band strings.
    assert_eq!(pairs.len(), 25 * 4 + 2 + 25 + 6 + 4 + 12);
    for (what, _ja, en) in &pairs {
        assert_clean_english(what, en);
    }
}

#[test]
fn every_choice_has_its_english_label() {
    let labels: Vec<&str> = Choice::ALL.into_iter().map(choice_label_en).collect();
    assert_eq!(
        labels,
        vec![
            "Implemented",
            "Partly implemented",
            "Not implemented",
            "Don't know"
        ]
    );
}

#[test]
fn every_part_has_an_english_title_and_intro_naming_its_question_range() {
    for part in Part::ALL {
        assert_clean_english(&format!("{part:?} title"), part_title_en(part));
        let range = part.question_range();
        let expected = format!("No.{}–{}", range.start(), range.end());
        assert!(
            part_intro_en(part).starts_with(&format!("Items {expected} ")),
            "{part:?} intro should open with its range {expected}"
        );
    }
}

#[test]
fn every_band_has_english_texts_and_the_range_label_names_its_scores() {
    let labels: Vec<&str> = ALL_BANDS.into_iter().map(band_range_label_en).collect();
    assert_eq!(
        labels,
        vec![
            "If you scored 100 (full marks)",
            "If you scored 70–99",
            "If you scored 50–69",
            "If you scored 49 or less"
        ]
    );
    for band in ALL_BANDS {
        assert_clean_english(&format!("{band:?} message"), band_message_en(band));
        assert_clean_english(&format!("{band:?} next step"), band_next_step_en(band));
    }
}

#[test]
fn band_next_steps_name_the_resources_listed_under_them_by_their_english_titles() {
    let title = |r: &Resource| {
        let (name, _) = resource_en(r).unwrap();
        // The English title is the name before the Japanese one in parentheses, cut at the
        // first comma ("Information Security Handbook, template").
        let before = name.split(" (").next().unwrap();
        before.split(',').next().unwrap().to_owned()
    };
    for band in ALL_BANDS {
        let step = band_next_step_en(band);
        for r in band.resources().iter().filter(|r| **r != SUPPORT_SITE) {
            let t = title(r);
            assert!(
                step.contains(&format!("\"{t}\"")),
                "{band:?} next step should name \"{t}\": {step}"
            );
        }
    }
}

#[test]
fn every_resource_has_an_english_name_and_description() {
    for (id, r) in ALL_RESOURCES {
        let (name, description) =
            resource_en(&r).unwrap_or_else(|| panic!("{id} has no English text"));
        assert!(!name.trim().is_empty(), "{id} name is empty");
        assert_clean_english(&format!("{id} description"), description);
    }
    let unknown = Resource {
        name: "どこにもない資料",
        url: None,
        description: "",
    };
    assert_eq!(resource_en(&unknown), None);
}

#[test]
fn english_resource_names_are_distinct() {
    let mut names: Vec<&str> = ALL_RESOURCES
        .iter()
        .map(|(_, r)| resource_en(r).unwrap().0)
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), ALL_RESOURCES.len());
}

/// The one allowance for Japanese in English text: a resource's English name may end with
/// " (<its own Japanese name>)", so a reader can find the Japanese-only document. The English
/// before it must be free of Japanese; nothing else may contain Japanese (checked above).
#[test]
fn japanese_appears_only_as_each_resources_own_japanese_name_in_parentheses_at_the_end() {
    for (id, r) in ALL_RESOURCES {
        let (name, _) = resource_en(&r).unwrap();
        let suffix = format!(" ({})", r.name);
        let english = name
            .strip_suffix(&suffix)
            .unwrap_or_else(|| panic!("{id} English name should end with 「{suffix}」: {name}"));
        assert_clean_english(&format!("{id} English name without its Japanese"), english);
        assert!(english.is_ascii(), "{id}: {english}");
    }
}

#[test]
fn the_japanese_allowance_is_not_a_loophole() {
    // A stray Japanese word after the allowed title is still caught.
    let r = GUIDELINE;
    let bad = format!("Guidelines ({}) です", r.name);
    let stripped = bad.strip_suffix(&format!(" ({})", r.name));
    assert!(stripped.is_none());
    assert!(bad.chars().any(is_japanese));
    assert!(!"virus definition files※1".chars().any(is_japanese));
}

// ---------------------------------------------------------------------------------------------
// Faithfulness checks that need no reader of Japanese
// ---------------------------------------------------------------------------------------------

#[test]
fn every_number_in_the_japanese_text_appears_in_the_english_text() {
    let resources = ALL_RESOURCES.iter().map(|(id, r)| {
        let (_, description) = resource_en(r).unwrap();
        (format!("{id} description"), r.description, description)
    });
    for (what, ja, en) in all_pairs().into_iter().chain(resources) {
        let en_numbers = numbers(en);
        for n in numbers(ja) {
            assert!(
                en_numbers.contains(&n),
                "{what}: the number {n} of 「{ja}」 is missing from \"{en}\""
            );
        }
    }
}

#[test]
fn proper_names_and_dated_advice_are_kept_as_printed() {
    let all_english = |no: u8| {
        let q = question_en(no).unwrap();
        let mut s = format!("{} {} {}", q.text, q.heading, q.explanation);
        for x in q.examples {
            s.push(' ');
            s.push_str(x);
        }
        s
    };
    for (no, name) in [
        (1, "Windows Update"),
        (1, "Adobe Flash Player"),
        (1, "Adobe Reader"),
        (1, "Java"),
        (4, "NAS"),
        (5, "IPA"),
        (7, "BCC"),
        (8, "SMS"),
        (9, "WPA2-PSK"),
        (10, "SNS"),
    ] {
        assert!(
            all_english(no).contains(name),
            "No.{no} English should keep 「{name}」"
        );
    }
    let (myjvn, _) = resource_en(&MYJVN).unwrap();
    assert!(myjvn.starts_with("MyJVN Version Checker"));
    assert_eq!(catalog_en::question_en(9).unwrap().examples.len(), 1);
}

#[test]
fn every_latin_word_in_the_japanese_text_survives_in_the_english_text() {
    // 「(WindowsOSの場合)」 reads "(on Windows)"; every other Latin word is kept as printed
    // (case aside: FAX → fax, Web → web).
    let renamed = [("WindowsOS", "Windows")];
    for (what, ja, en) in all_pairs() {
        let en_lower = en.to_lowercase();
        let words = ja
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()));
        for word in words {
            let expected = renamed
                .iter()
                .find(|(from, _)| *from == word)
                .map_or(word, |(_, to)| to);
            assert!(
                en_lower.contains(&expected.to_lowercase()),
                "{what}: 「{word}」 is missing from \"{en}\""
            );
        }
    }
}
