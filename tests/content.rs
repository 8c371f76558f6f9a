//! Content invariants of the catalog, and a word-for-word check of every string against the
//! source text in `tests/fixtures/seed.txt`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::catalog::{
    self, GUIDELINE, HANDBOOK, MYJVN, PARTS, QUESTIONS, SHIORI, SUPPORT_SITE, VIDEOS,
};
use jishin_shindan::core::question::Resource;
use jishin_shindan::core::{Band, Choice, Part, QUESTION_COUNT};

const SEED: &str = include_str!("fixtures/seed.txt");

const ALL_BANDS: [Band; 4] = [Band::Perfect, Band::High, Band::Middle, Band::Low];

const ALL_RESOURCES: [(&str, Resource); 6] = [
    ("SUPPORT_SITE", SUPPORT_SITE),
    ("GUIDELINE", GUIDELINE),
    ("HANDBOOK", HANDBOOK),
    ("SHIORI", SHIORI),
    ("VIDEOS", VIDEOS),
    ("MYJVN", MYJVN),
];

/// Normalises text the same way on both sides: no whitespace at all, `^{※1}` → `※1`, and the
/// pamphlet's typo 「間違っただめに」 → 「間違ったために」.
fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace("^{", "")
        .replace('}', "")
        .replace("間違っただめに", "間違ったために")
}

fn normalised_seed() -> String {
    normalise(SEED)
}

/// Asserts that `text` occurs in the seed (after normalisation), naming it on failure.
fn assert_in_seed(seed: &str, what: &str, text: &str) {
    let needle = normalise(text);
    assert!(!needle.is_empty(), "{what} is empty");
    assert!(
        seed.contains(&needle),
        "{what} does not occur word for word in tests/fixtures/seed.txt: 「{text}」"
    );
}

// ---------------------------------------------------------------------------------------------
// Shape of the catalog
// ---------------------------------------------------------------------------------------------

#[test]
fn there_are_exactly_25_questions() {
    assert_eq!(QUESTION_COUNT, 25);
    assert_eq!(QUESTIONS.len(), 25);
}

#[test]
fn question_numbers_run_from_1_to_25_in_order() {
    let numbers: Vec<u8> = QUESTIONS.iter().map(|q| q.no).collect();
    let expected: Vec<u8> = (1..=25).collect();
    assert_eq!(numbers, expected);
}

#[test]
fn questions_belong_to_the_parts_printed_on_the_sheet() {
    for q in &QUESTIONS {
        let expected = match q.no {
            1..=5 => Part::Basic,
            6..=18 => Part::Employee,
            19..=25 => Part::Organization,
            other => panic!("unexpected question number {other}"),
        };
        assert_eq!(q.part, expected, "No.{} is in the wrong Part", q.no);
        assert_eq!(
            Part::of_question(q.no),
            Some(q.part),
            "Part::of_question disagrees for No.{}",
            q.no
        );
    }
}

#[test]
fn part_of_question_is_none_outside_1_to_25() {
    assert_eq!(Part::of_question(0), None);
    assert_eq!(Part::of_question(26), None);
    assert_eq!(Part::of_question(u8::MAX), None);
}

#[test]
fn part_counts_are_5_13_and_7() {
    assert_eq!(catalog::questions_of(Part::Basic).count(), 5);
    assert_eq!(catalog::questions_of(Part::Employee).count(), 13);
    assert_eq!(catalog::questions_of(Part::Organization).count(), 7);
    for part in Part::ALL {
        let from_catalog: Vec<u8> = catalog::questions_of(part).map(|q| q.no).collect();
        let from_range: Vec<u8> = part.question_range().collect();
        assert_eq!(from_catalog, from_range, "{part:?}");
    }
}

#[test]
fn catalog_question_lookup_finds_each_number() {
    for no in 1..=25u8 {
        assert_eq!(catalog::question(no).map(|q| q.no), Some(no));
    }
    assert!(catalog::question(0).is_none());
    assert!(catalog::question(26).is_none());
}

#[test]
fn part_info_is_in_sheet_order() {
    let parts: Vec<Part> = PARTS.iter().map(|p| p.part).collect();
    assert_eq!(parts, Part::ALL.to_vec());
    for part in Part::ALL {
        assert_eq!(catalog::part_info(part).part, part);
    }
}

#[test]
fn every_question_has_text_category_heading_explanation_and_an_example() {
    for q in &QUESTIONS {
        assert!(!q.text.trim().is_empty(), "No.{} text is empty", q.no);
        assert!(
            !q.category.trim().is_empty(),
            "No.{} category is empty",
            q.no
        );
        assert!(!q.heading.trim().is_empty(), "No.{} heading is empty", q.no);
        assert!(
            !q.explanation.trim().is_empty(),
            "No.{} explanation is empty",
            q.no
        );
        assert!(!q.examples.is_empty(), "No.{} has no 対策例", q.no);
        for example in q.examples {
            assert!(
                !example.trim().is_empty(),
                "No.{} has an empty 対策例",
                q.no
            );
        }
    }
}

#[test]
fn four_choices_with_points_4_2_0_minus_1_and_the_sheets_labels() {
    let points: Vec<i32> = Choice::ALL.iter().map(|c| c.points()).collect();
    assert_eq!(points, vec![4, 2, 0, -1]);
    let labels: Vec<&str> = Choice::ALL.iter().map(|c| c.label()).collect();
    assert_eq!(
        labels,
        vec![
            "実施している",
            "一部実施している",
            "実施していない",
            "わからない"
        ]
    );
}

#[test]
fn choice_tokens_round_trip() {
    for c in Choice::ALL {
        assert_eq!(Choice::from_token(c.as_str()), Some(c));
    }
    assert_eq!(Choice::from_token("maybe"), None);
}

// ---------------------------------------------------------------------------------------------
// Footnotes
// ---------------------------------------------------------------------------------------------

#[test]
fn question_2_carries_footnote_1_and_question_4_carries_footnote_2() {
    let q2 = catalog::question(2).unwrap();
    let q4 = catalog::question(4).unwrap();
    let marks2: Vec<&str> = q2.footnotes.iter().map(|f| f.mark).collect();
    let marks4: Vec<&str> = q4.footnotes.iter().map(|f| f.mark).collect();
    assert_eq!(marks2, vec!["※1"]);
    assert_eq!(marks4, vec!["※2"]);
    assert_eq!(q2.text.matches("※1").count(), 1, "No.2 text: {}", q2.text);
    assert_eq!(q4.text.matches("※2").count(), 1, "No.4 text: {}", q4.text);
    assert_eq!(q2.text.matches('※').count(), 1);
    assert_eq!(q4.text.matches('※').count(), 1);
}

#[test]
fn no_other_question_has_a_footnote_or_a_footnote_mark() {
    for q in QUESTIONS.iter().filter(|q| q.no != 2 && q.no != 4) {
        assert!(q.footnotes.is_empty(), "No.{} has footnotes", q.no);
        assert!(
            !q.text.contains('※'),
            "No.{} text contains ※: {}",
            q.no,
            q.text
        );
    }
}

#[test]
fn every_footnote_mark_appears_in_its_question_text() {
    for q in &QUESTIONS {
        for f in q.footnotes {
            assert!(!f.text.trim().is_empty(), "No.{} {} is empty", q.no, f.mark);
            assert_eq!(
                q.text.matches(f.mark).count(),
                1,
                "No.{} text should carry {} exactly once",
                q.no,
                f.mark
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Word for word against the seed
// ---------------------------------------------------------------------------------------------

#[test]
fn normalisation_removes_whitespace_superscript_braces_and_the_typo() {
    assert_eq!(normalise(" ファイル ^{※1} は\n"), "ファイル※1は");
    assert_eq!(normalise("間違っただめに"), "間違ったために");
}

#[test]
fn the_seed_check_rejects_a_string_that_differs_by_one_character() {
    // Guards against a normalisation so loose that everything matches.
    let seed = normalised_seed();
    let q1 = catalog::question(1).unwrap();
    assert!(seed.contains(&normalise(q1.text)));
    let altered = q1.text.replace("最新", "最先");
    assert!(!seed.contains(&normalise(&altered)));
    // The typo is mended in the normalised seed.
    assert!(!seed.contains("間違っただめに"));
    assert!(SEED.contains("間違っただめに"));
}

#[test]
fn every_question_text_occurs_in_the_seed() {
    let seed = normalised_seed();
    for q in &QUESTIONS {
        assert_in_seed(&seed, &format!("No.{} text", q.no), q.text);
    }
}

#[test]
fn every_footnote_text_occurs_in_the_seed_after_its_mark() {
    let seed = normalised_seed();
    for q in &QUESTIONS {
        for f in q.footnotes {
            assert_in_seed(&seed, &format!("No.{} footnote {}", q.no, f.mark), f.text);
            assert_in_seed(
                &seed,
                &format!("No.{} footnote {} with its mark", q.no, f.mark),
                &format!("{}{}", f.mark, f.text),
            );
        }
    }
}

#[test]
fn every_category_heading_explanation_and_example_occurs_in_the_seed() {
    let seed = normalised_seed();
    for q in &QUESTIONS {
        assert_in_seed(&seed, &format!("No.{} category", q.no), q.category);
        assert_in_seed(&seed, &format!("No.{} heading", q.no), q.heading);
        assert_in_seed(&seed, &format!("No.{} explanation", q.no), q.explanation);
        for (i, example) in q.examples.iter().enumerate() {
            assert_in_seed(&seed, &format!("No.{} 対策例 #{}", q.no, i + 1), example);
        }
    }
}

#[test]
fn every_question_explanation_sits_under_its_own_number_in_the_seed() {
    // The 解説編 prints 「診断編 NO.n」, then category, heading and explanation. Check that the
    // explanation found for a question is the one printed after its own number.
    let seed = normalised_seed();
    for q in &QUESTIONS {
        let marker = format!("診断編NO.{}", q.no);
        let block = format!(
            "{marker}{}{}{}",
            normalise(q.category),
            normalise(q.heading),
            normalise(q.explanation)
        );
        assert!(
            seed.contains(&block),
            "No.{}: category, heading and explanation are not printed together after 「診断編 NO.{}」",
            q.no,
            q.no
        );
    }
}

#[test]
fn every_question_text_sits_in_its_own_row_of_the_sheet() {
    let seed = normalised_seed();
    for q in &QUESTIONS {
        let row = format!("{}{}420-1", q.no, normalise(q.text));
        assert!(
            seed.contains(&row),
            "No.{} text is not printed in row {} of the 診断編: 「{}」",
            q.no,
            q.no,
            q.text
        );
    }
}

#[test]
fn every_part_title_and_intro_occurs_in_the_seed() {
    let seed = normalised_seed();
    for info in &PARTS {
        let n = info.part.number();
        assert_in_seed(&seed, &format!("Part {n} title"), info.title);
        assert_in_seed(
            &seed,
            &format!("Part {n} heading"),
            &format!("Part {n} {}", info.title),
        );
        assert_in_seed(&seed, &format!("Part {n} intro"), info.intro);
    }
}

#[test]
fn every_band_message_next_step_and_range_label_occurs_in_the_seed() {
    let seed = normalised_seed();
    for band in ALL_BANDS {
        assert_in_seed(&seed, &format!("{band:?} range_label"), band.range_label());
        assert_in_seed(&seed, &format!("{band:?} message"), band.message());
        assert_in_seed(&seed, &format!("{band:?} next_step"), band.next_step());
        // The row reads: range label, message, ➔, next step.
        assert_in_seed(
            &seed,
            &format!("{band:?} row"),
            &format!(
                "{}{}➔{}",
                band.range_label(),
                band.message(),
                band.next_step()
            ),
        );
    }
}

#[test]
fn every_resource_name_description_and_url_occurs_in_the_seed() {
    let seed = normalised_seed();
    for (id, r) in ALL_RESOURCES {
        assert_in_seed(&seed, &format!("{id} name"), r.name);
        assert_in_seed(&seed, &format!("{id} description"), r.description);
        if let Some(url) = r.url {
            assert_in_seed(&seed, &format!("{id} url"), &format!("<{url}>"));
        }
    }
}

#[test]
fn band_resources_end_with_the_support_site() {
    for band in ALL_BANDS {
        let resources = band.resources();
        assert!(!resources.is_empty(), "{band:?} names no resource");
        assert_eq!(resources.last(), Some(&SUPPORT_SITE), "{band:?}");
    }
}
