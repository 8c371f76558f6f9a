//! Both languages are complete: every UI text exists in Japanese and English (the struct makes a
//! missing key a compile error), none is empty, English has no Japanese, placeholders match.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{fill, Lang, Texts, EN, JA};
use jishin_shindan::core::{catalog, Band, Choice, Part};

fn entries(texts: &Texts) -> Vec<(String, String)> {
    let value = serde_json::to_value(texts).unwrap();
    value
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect()
}

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

fn placeholders(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    out.sort();
    out
}

#[test]
fn both_languages_have_the_same_keys() {
    let ja: Vec<String> = entries(&JA).into_iter().map(|(k, _)| k).collect();
    let en: Vec<String> = entries(&EN).into_iter().map(|(k, _)| k).collect();
    assert_eq!(ja, en);
    assert!(ja.len() > 50);
}

#[test]
fn no_text_is_empty_except_the_translation_notice_in_japanese() {
    for (key, text) in entries(&EN) {
        assert!(!text.trim().is_empty(), "EN.{key} is empty");
    }
    for (key, text) in entries(&JA) {
        // Only Japanese needs no translation notice, nor a note that the drafts are Japanese.
        if key != "unofficial" && key != "draft_language" {
            assert!(!text.trim().is_empty(), "JA.{key} is empty");
        }
    }
}

#[test]
fn english_texts_contain_no_japanese() {
    for (key, text) in entries(&EN) {
        assert!(
            !text.chars().any(is_japanese),
            "EN.{key} has Japanese: {text}"
        );
    }
}

#[test]
fn placeholders_are_the_same_in_both_languages() {
    let ja = entries(&JA);
    let en = entries(&EN);
    for ((key, j), (_, e)) in ja.iter().zip(en.iter()) {
        assert_eq!(placeholders(j), placeholders(e), "placeholders of {key}");
    }
}

#[test]
fn every_question_part_choice_and_band_has_english_content() {
    for q in &catalog::QUESTIONS {
        for text in [
            Lang::En.question_text(q),
            Lang::En.category(q),
            Lang::En.heading(q),
            Lang::En.explanation(q),
        ] {
            assert!(!text.is_empty() && !text.chars().any(|c| is_japanese(c) && c != '※'));
        }
        assert_ne!(Lang::En.question_text(q), Lang::Ja.question_text(q));
        assert_eq!(Lang::En.examples(q).len(), q.examples.len());
        for i in 0..q.footnotes.len() {
            assert_ne!(Lang::En.footnote_text(q, i), Lang::Ja.footnote_text(q, i));
        }
    }
    for part in Part::ALL {
        assert_ne!(Lang::En.part_title(part), Lang::Ja.part_title(part));
        assert_ne!(Lang::En.part_intro(part), Lang::Ja.part_intro(part));
    }
    for choice in Choice::ALL {
        assert_ne!(Lang::En.choice(choice), choice.label());
    }
    for band in [Band::Perfect, Band::High, Band::Middle, Band::Low] {
        assert_ne!(Lang::En.band_message(band), band.message());
        assert_ne!(Lang::En.band_next_step(band), band.next_step());
    }
}

#[test]
fn japanese_content_is_the_catalog_word_for_word() {
    let q = catalog::question(2).unwrap();
    assert_eq!(Lang::Ja.question_text(q), q.text);
    assert_eq!(Lang::Ja.choice(Choice::Done), "実施している");
    assert_eq!(Lang::Ja.band_range(Band::High), "70～99点だった方");
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill(JA.progress, &[("n", "3".into()), ("total", "25".into())]),
        "回答済み 3 / 25 問"
    );
    assert_eq!(
        fill(EN.progress, &[("n", "3".into()), ("total", "25".into())]),
        "Answered 3 / 25"
    );
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::default(), Lang::Ja);
}

#[test]
fn one_decimal_rounds_to_tenths_like_the_messages_need() {
    use jishin_shindan::core::lang::one_decimal;
    assert_eq!(one_decimal(0.0), "0.0");
    assert_eq!(one_decimal(5.0), "5.0");
    assert_eq!(one_decimal(2.04), "2.0");
    assert_eq!(one_decimal(2.06), "2.1");
    assert_eq!(one_decimal(4.5), "4.5");
    assert_eq!(one_decimal(21.0), "21.0");
    assert_eq!(one_decimal(5_242_880.0 / 1_048_576.0), "5.0");
    assert_eq!(one_decimal(1_572_864.0 / 1_048_576.0), "1.5");
    assert_eq!(one_decimal(-0.04), "0.0");
    assert_eq!(one_decimal(-1.26), "-1.3");
    assert_eq!(one_decimal(f64::NAN), "?");
    assert_eq!(one_decimal(f64::INFINITY), "?");
}
