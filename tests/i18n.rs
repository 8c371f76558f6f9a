//! Both languages are complete: every UI text of every part of the app (each feature's
//! `text.rs`, the app's frame, the shared words, and the messages of the models, the store and
//! the core: `model/text.rs`, `store::text`, `core::text`) exists in Japanese and English (each table is
//! a struct, so a missing key does not compile), none is empty, English has no Japanese,
//! placeholders match, and no key is defined twice across the tables.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{fill, Lang};
use jishin_shindan::core::{catalog, Band, Choice, Part};

/// A table's (key, text) pairs in declaration order.
type Entries = Vec<(String, String)>;

/// Every wording table as (name, Japanese entries, English entries).
fn tables() -> Vec<(&'static str, Entries, Entries)> {
    macro_rules! table {
        ($name:literal, $module:path) => {{
            use $module as m;
            ($name, entries(&m::JA), entries(&m::EN))
        }};
    }
    vec![
        table!("kit", jishin_shindan::kit::text),
        table!("app", jishin_shindan::app::text),
        table!("diagnosis", jishin_shindan::features::diagnosis::text),
        table!("result", jishin_shindan::features::result::text),
        table!("plan", jishin_shindan::features::plan::text),
        table!("report", jishin_shindan::features::report::text),
        table!("history", jishin_shindan::features::history::text),
        table!("after", jishin_shindan::features::after::text),
        table!("combine", jishin_shindan::features::combine::text),
        table!("rollup", jishin_shindan::features::rollup::text),
        table!("office", jishin_shindan::features::office::text),
        table!("publish", jishin_shindan::features::publish::text),
        table!("publish form", jishin_shindan::features::publish::form_text),
        table!(
            "publish brand",
            jishin_shindan::features::publish::brand_text
        ),
        table!("core messages", jishin_shindan::core::text),
        table!("share link messages", jishin_shindan::core::share_text),
        table!("store messages", jishin_shindan::store::text),
        table!("plan model", jishin_shindan::features::plan::model::text),
        table!(
            "plan model tasks",
            jishin_shindan::features::plan::model::task_text
        ),
        table!("after model", jishin_shindan::features::after::model::text),
        table!(
            "combine model",
            jishin_shindan::features::combine::model::text
        ),
        table!(
            "rollup model",
            jishin_shindan::features::rollup::model::text
        ),
        table!(
            "publish model",
            jishin_shindan::features::publish::model::text
        ),
    ]
}

/// A list of texts (the plan's 25 hints) gives one entry per text, `key[i]`.
fn entries(texts: &impl serde::Serialize) -> Entries {
    let value = serde_json::to_value(texts).unwrap();
    let mut out = Entries::new();
    for (k, v) in value.as_object().unwrap() {
        match v.as_array() {
            Some(list) => out.extend(
                list.iter()
                    .enumerate()
                    .map(|(i, v)| (format!("{k}[{i}]"), v.as_str().unwrap().to_string())),
            ),
            None => out.push((k.clone(), v.as_str().unwrap().to_string())),
        }
    }
    out
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
fn every_key_is_in_one_table_only() {
    let mut seen = std::collections::BTreeMap::new();
    for (name, ja, _) in tables() {
        for (key, _) in ja {
            if let Some(other) = seen.insert(key.clone(), name) {
                panic!("{key} is in both {other} and {name}");
            }
        }
    }
    assert!(seen.len() > 250, "{} keys", seen.len());
}

#[test]
fn no_text_is_empty_except_the_translation_notice_in_japanese() {
    for (name, ja, en) in tables() {
        for (key, text) in en {
            assert!(!text.trim().is_empty(), "{name} EN.{key} is empty");
        }
        for (key, text) in ja {
            // Only Japanese needs no translation notice, nor a note that the drafts are Japanese.
            if key != "unofficial" && key != "draft_language" {
                assert!(!text.trim().is_empty(), "{name} JA.{key} is empty");
            }
        }
    }
}

#[test]
fn english_texts_contain_no_japanese() {
    for (name, _, en) in tables() {
        for (key, text) in en {
            assert!(
                !text.chars().any(is_japanese),
                "{name} EN.{key} has Japanese: {text}"
            );
        }
    }
}

#[test]
fn japanese_texts_are_japanese_and_differ_from_the_english() {
    for (name, ja, en) in tables() {
        for ((key, j), (_, e)) in ja.iter().zip(en.iter()) {
            if j.is_empty() {
                continue;
            }
            assert_ne!(j, e, "{name}.{key} is the same in both languages");
            // Words such as “Part 1”, “CSV” or an address may be the same; each Japanese text
            // has Japanese in it.
            assert!(
                j.chars().any(is_japanese),
                "{name} JA.{key} has no Japanese: {j}"
            );
        }
    }
}

#[test]
fn placeholders_are_the_same_in_both_languages() {
    for (name, ja, en) in tables() {
        for ((key, j), (_, e)) in ja.iter().zip(en.iter()) {
            assert_eq!(
                placeholders(j),
                placeholders(e),
                "placeholders of {name}.{key}"
            );
        }
    }
}

#[test]
fn every_question_part_choice_and_band_has_english_content() {
    jishin_shindan::app::english::register();
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
        fill(
            jishin_shindan::features::diagnosis::text::JA.progress,
            &[("n", "3".into()), ("total", "25".into())]
        ),
        "回答済み 3 / 25 問"
    );
    assert_eq!(
        fill(
            jishin_shindan::features::diagnosis::text::EN.progress,
            &[("n", "3".into()), ("total", "25".into())]
        ),
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

#[test]
fn the_english_chunk_registers_every_table_and_each_reads_as_its_english() {
    use jishin_shindan::core::lang::english;
    use jishin_shindan::{app, core, features, kit};
    jishin_shindan::app::english::register();
    assert_eq!(entries(app::text::texts(Lang::En)), entries(&app::text::EN));
    assert_eq!(entries(kit::text::texts(Lang::En)), entries(&kit::text::EN));
    assert_eq!(
        entries(features::diagnosis::text::texts(Lang::En)),
        entries(&features::diagnosis::text::EN)
    );
    assert_eq!(
        entries(features::result::text::texts(Lang::En)),
        entries(&features::result::text::EN)
    );
    assert_eq!(
        entries(features::plan::text::texts(Lang::En)),
        entries(&features::plan::text::EN)
    );
    assert_eq!(
        entries(features::report::text::texts(Lang::En)),
        entries(&features::report::text::EN)
    );
    assert_eq!(
        entries(features::history::text::texts(Lang::En)),
        entries(&features::history::text::EN)
    );
    assert_eq!(
        entries(features::after::text::texts(Lang::En)),
        entries(&features::after::text::EN)
    );
    assert_eq!(
        entries(features::combine::text::texts(Lang::En)),
        entries(&features::combine::text::EN)
    );
    assert_eq!(
        entries(features::publish::text::texts(Lang::En)),
        entries(&features::publish::text::EN)
    );
    assert_eq!(
        entries(features::publish::form_text::texts(Lang::En)),
        entries(&features::publish::form_text::EN)
    );
    assert_eq!(
        entries(features::publish::brand_text::texts(Lang::En)),
        entries(&features::publish::brand_text::EN)
    );
    assert_eq!(
        entries(features::office::text::texts(Lang::En)),
        entries(&features::office::text::EN)
    );
    assert_eq!(
        entries(features::plan::model::text::texts(Lang::En)),
        entries(&features::plan::model::text::EN)
    );
    assert_eq!(
        entries(features::plan::model::task_text::texts(Lang::En)),
        entries(&features::plan::model::task_text::EN)
    );
    assert_eq!(
        entries(core::share_text::texts(Lang::En)),
        entries(&core::share_text::EN)
    );
    assert!(english::<core::catalog_en::CatalogEn>().is_some());
    assert!(english::<core::glossary::GlossaryEn>().is_some());
    // Japanese is never taken from the English tables. (The tables are consts: compared by
    // content, each key and text.)
    assert_eq!(entries(app::text::texts(Lang::Ja)), entries(&app::text::JA));
}
