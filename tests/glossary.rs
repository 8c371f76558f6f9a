#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The glossary and the dated notes: complete, anchored in the pamphlet's Japanese text, plain.

use std::collections::HashSet;

use jishin_shindan::core::catalog::{self, QUESTIONS};
use jishin_shindan::core::glossary::{
    notes_for, terms_for, Term, DATED_NOTES, DATED_NOTE_LABEL_EN, DATED_NOTE_LABEL_JA, TERMS,
};
use jishin_shindan::core::{glossary, Question};

/// A term's English (the English chunk's table, `GLOSSARY_EN`).
fn en_of(t: &Term) -> &'static glossary::TermEn {
    glossary::GLOSSARY_EN
        .term(t.id)
        .unwrap_or_else(|| panic!("{} has no English", t.id))
}

/// A dated note's English.
fn note_en(n: &glossary::DatedNote) -> &'static str {
    glossary::GLOSSARY_EN
        .note(n)
        .unwrap_or_else(|| panic!("No.{} {} has no English", n.no, n.applies_to))
}

#[test]
fn the_english_tables_translate_every_term_and_note_once_in_the_same_order() {
    let ids: Vec<_> = glossary::TERMS.iter().map(|t| t.id).collect();
    let en: Vec<_> = glossary::TERMS_EN.iter().map(|t| t.id).collect();
    assert_eq!(ids, en);
    let notes: Vec<_> = glossary::DATED_NOTES
        .iter()
        .map(|n| (n.no, n.applies_to))
        .collect();
    let en: Vec<_> = glossary::NOTES_EN
        .iter()
        .map(|n| (n.no, n.applies_to))
        .collect();
    assert_eq!(notes, en);
}

/// The term with identifier `id`.
fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.id == id)
}

/// Whether `t` occurs in `text` by its heading or an alias, whitespace ignored on both sides:
/// the rule `glossary::QUESTION_TERMS` is checked against (through `terms_for`).
fn occurs_in(t: &Term, text: &str) -> bool {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let haystack = squash(text);
    std::iter::once(t.ja)
        .chain(t.aliases.iter().copied())
        .any(|needle| haystack.contains(&squash(needle)))
}

/// Hiragana, katakana, kanji and CJK/full-width punctuation (as in tests/catalog_en.rs).
fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{3040}'..='\u{309F}'
        | '\u{30A0}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}'
    )
}

/// The pamphlet's Japanese strings for a question: text, footnotes, category, heading,
/// explanation and 対策例.
fn pamphlet_texts(q: &Question) -> Vec<&'static str> {
    let mut texts = vec![q.text, q.category, q.heading, q.explanation];
    texts.extend(q.footnotes.iter().map(|f| f.text));
    texts.extend(q.examples.iter().copied());
    texts
}

/// The pamphlet's texts plus the Japanese of the question's dated notes: what a reader sees.
fn shown_texts(q: &Question) -> Vec<&'static str> {
    let mut texts = pamphlet_texts(q);
    texts.extend(notes_for(q.no).iter().map(|n| n.note_ja));
    texts
}

fn ids(no: u8) -> Vec<&'static str> {
    terms_for(no).iter().map(|t| t.id).collect()
}

/// Sentences end with 。 in Japanese.
fn japanese_sentences(s: &str) -> usize {
    s.matches('。').count()
}

/// Sentences end with . ? or ! followed by a space or the end.
fn english_sentences(s: &str) -> usize {
    let chars: Vec<char> = s.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| matches!(c, '.' | '?' | '!') && chars.get(i + 1).is_none_or(|n| *n == ' '))
        .count()
}

/// Terms the glossary explains although the pamphlet's questions never use them. Exact: a term
/// that starts to occur must leave this list.
const NOT_IN_ANY_QUESTION: [&str; 1] = ["vpn"];

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

#[test]
fn term_ids_are_unique_lowercase_ascii_words_joined_by_hyphens() {
    let mut seen = HashSet::new();
    for t in TERMS {
        assert!(seen.insert(t.id), "duplicate term id {}", t.id);
        assert!(
            !t.id.is_empty()
                && t.id.split('-').all(|w| !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "bad term id {:?}",
            t.id
        );
        assert_eq!(term(t.id), Some(t));
    }
    assert_eq!(term("no-such-term"), None);
}

#[test]
fn japanese_headings_are_unique() {
    let mut seen = HashSet::new();
    for t in TERMS {
        assert!(seen.insert(t.ja), "duplicate ja {}", t.ja);
    }
}

#[test]
fn every_term_has_both_languages_and_english_has_no_japanese() {
    for t in TERMS {
        for (what, s) in [
            ("ja", t.ja),
            ("en", en_of(t).en),
            ("explanation_ja", t.explanation_ja),
            ("explanation_en", en_of(t).explanation_en),
        ] {
            assert!(!s.trim().is_empty(), "{} {what} is empty", t.id);
            assert_eq!(s, s.trim(), "{} {what} has outer spaces", t.id);
        }
        for alias in t.aliases {
            assert!(!alias.trim().is_empty(), "{} has an empty alias", t.id);
        }
        for (what, s) in [
            ("en", en_of(t).en),
            ("explanation_en", en_of(t).explanation_en),
        ] {
            let found: String = s.chars().filter(|c| is_japanese(*c)).collect();
            assert!(found.is_empty(), "{} {what} contains 「{found}」", t.id);
        }
        assert!(
            t.explanation_ja.chars().any(is_japanese),
            "{} explanation_ja is not Japanese",
            t.id
        );
    }
}

#[test]
fn every_explanation_is_one_or_two_sentences() {
    for t in TERMS {
        let ja = japanese_sentences(t.explanation_ja);
        let en = english_sentences(en_of(t).explanation_en);
        assert!((1..=2).contains(&ja), "{}: {ja} Japanese sentences", t.id);
        assert!((1..=2).contains(&en), "{}: {en} English sentences", t.id);
        assert!(t.explanation_ja.ends_with('。'), "{}", t.id);
        assert!(en_of(t).explanation_en.ends_with('.'), "{}", t.id);
    }
}

#[test]
fn the_glossary_covers_the_terms_the_issue_names() {
    let required = [
        "OS",
        "ウイルス対策ソフト",
        "ウイルス定義ファイル",
        "パターンファイル",
        "暗号化方式",
        "無線LAN",
        "WPA2-PSK",
        "WPA3",
        "VPN",
        "SNS",
        "クラウドサービス",
        "二要素認証",
        "多要素認証",
        "パスワード",
        "バックアップ",
        "URLリンク",
        "添付ファイル",
        "共有設定",
        "NAS",
        "Webフィルタリング",
        "脆弱性",
        "修正プログラム",
        "守秘義務",
        "秘密保持条項",
        "個人所有端末",
        "標的型攻撃",
        "ランサムウェア",
        "USBメモリ",
        "シュレッダー",
        "消去ソフト",
        "SMS",
    ];
    for word in required {
        assert!(
            TERMS
                .iter()
                .any(|t| t.ja == word || t.aliases.contains(&word)),
            "the glossary has no entry for 「{word}」"
        );
    }
    assert!(en_of(term("personal-device").unwrap()).en.contains("BYOD"));
}

#[test]
fn every_term_occurs_in_some_questions_japanese_content_or_note_except_the_listed_ones() {
    for t in TERMS {
        let occurs = QUESTIONS
            .iter()
            .any(|q| shown_texts(q).iter().any(|s| occurs_in(t, s)));
        if NOT_IN_ANY_QUESTION.contains(&t.id) {
            assert!(!occurs, "{} now occurs: remove it from the exception", t.id);
        } else {
            assert!(occurs, "「{}」 ({}) occurs in no question", t.ja, t.id);
        }
    }
    for id in NOT_IN_ANY_QUESTION {
        assert!(term(id).is_some(), "exception {id} is not a term");
    }
}

#[test]
fn almost_every_term_occurs_in_the_pamphlets_own_text_not_only_in_our_notes() {
    let only_in_notes: Vec<&str> = TERMS
        .iter()
        .filter(|t| !NOT_IN_ANY_QUESTION.contains(&t.id))
        .filter(|t| {
            !QUESTIONS
                .iter()
                .any(|q| pamphlet_texts(q).iter().any(|s| occurs_in(t, s)))
        })
        .map(|t| t.id)
        .collect();
    assert_eq!(only_in_notes, vec!["two-factor-authentication"]);
}

#[test]
fn every_alias_occurs_somewhere() {
    for t in TERMS {
        for alias in t.aliases {
            let needle: String = alias.chars().filter(|c| !c.is_whitespace()).collect();
            let occurs = QUESTIONS.iter().any(|q| {
                shown_texts(q).iter().any(|s| {
                    s.chars()
                        .filter(|c| !c.is_whitespace())
                        .collect::<String>()
                        .contains(&needle)
                })
            });
            assert!(occurs, "alias 「{alias}」 of {} occurs nowhere", t.id);
        }
    }
}

#[test]
fn matching_ignores_the_spaces_the_sheet_puts_around_latin_words() {
    // The sheet prints 「無線 LAN」 and 「URL リンク」; the glossary writes them without spaces.
    assert!(catalog::question(9).unwrap().text.contains("無線 LAN"));
    assert!(ids(9).contains(&"wireless-lan"));
    assert!(catalog::question(6).unwrap().text.contains("URL リンク"));
    assert!(ids(6).contains(&"url-link"));
}

// ---------------------------------------------------------------------------------------------
// terms_for
// ---------------------------------------------------------------------------------------------

#[test]
fn terms_for_1_is_os_updates_vulnerability_and_virus() {
    assert_eq!(
        ids(1),
        vec!["os", "security-update", "vulnerability", "virus"]
    );
}

#[test]
fn terms_for_9_is_the_wireless_lan_terms_and_password() {
    assert_eq!(
        ids(9),
        vec![
            "password",
            "encryption",
            "wireless-lan",
            "encryption-method",
            "wpa"
        ]
    );
}

#[test]
fn terms_for_7_is_bcc_only() {
    assert_eq!(ids(7), vec!["bcc"]);
}

#[test]
fn terms_for_each_question_includes_its_key_terms() {
    let expected: [(u8, &[&str]); 19] = [
        (
            2,
            &[
                "virus",
                "antivirus-software",
                "virus-definition-file",
                "ransomware",
            ],
        ),
        (3, &["password", "two-factor-authentication"]),
        (
            4,
            &[
                "access-restriction",
                "sharing-settings",
                "multifunction-printer",
                "nas",
            ],
        ),
        (5, &["targeted-attack", "cloud-service", "security-alert"]),
        (6, &["virus", "attachment", "url-link"]),
        (8, &["attachment", "sms", "password", "cloud-service"]),
        (10, &["sns", "web-filtering", "virus"]),
        (11, &["backup", "server"]),
        (12, &["electronic-media"]),
        (13, &["usb-memory", "encryption", "electronic-media"]),
        (14, &["password"]),
        (15, &["server"]),
        (16, &["usb-memory"]),
        (18, &["shredder", "erasure-software", "electronic-media"]),
        (19, &["duty-of-confidentiality"]),
        (20, &["security-alert"]),
        (21, &["personal-device"]),
        (22, &["confidentiality-clause"]),
        (23, &["cloud-service"]),
    ];
    for (no, wanted) in expected {
        let got = ids(no);
        for id in wanted {
            assert!(got.contains(id), "terms_for({no}) lacks {id}: {got:?}");
        }
    }
}

#[test]
fn terms_for_follows_glossary_order_without_duplicates() {
    let order: Vec<&str> = TERMS.iter().map(|t| t.id).collect();
    for no in 1..=25u8 {
        let got = ids(no);
        let positions: Vec<usize> = got
            .iter()
            .map(|id| order.iter().position(|o| o == id).unwrap())
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "terms_for({no}) is not in glossary order: {got:?}"
        );
    }
}

#[test]
fn terms_for_matches_exactly_the_terms_shown_on_the_question() {
    for q in &QUESTIONS {
        let expected: Vec<&str> = TERMS
            .iter()
            .filter(|t| shown_texts(q).iter().any(|s| occurs_in(t, s)))
            .map(|t| t.id)
            .collect();
        assert_eq!(ids(q.no), expected, "No.{}", q.no);
    }
}

#[test]
fn terms_for_an_unknown_question_is_empty() {
    assert!(terms_for(0).is_empty());
    assert!(terms_for(26).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Dated notes
// ---------------------------------------------------------------------------------------------

#[test]
fn every_dated_note_annotates_an_exact_phrase_of_its_questions_japanese_content() {
    for n in DATED_NOTES {
        let q = catalog::question(n.no).unwrap_or_else(|| panic!("no question {}", n.no));
        assert!(!n.applies_to.trim().is_empty());
        assert!(
            pamphlet_texts(q).iter().any(|s| s.contains(n.applies_to)),
            "No.{}: 「{}」 does not occur word for word",
            n.no,
            n.applies_to
        );
    }
}

#[test]
fn dated_notes_are_short_and_in_both_languages() {
    for n in DATED_NOTES {
        let ja = japanese_sentences(n.note_ja);
        let en = english_sentences(note_en(n));
        assert!(
            (1..=2).contains(&ja),
            "No.{}: {ja} Japanese sentences",
            n.no
        );
        assert!((1..=2).contains(&en), "No.{}: {en} English sentences", n.no);
        let found: String = note_en(n).chars().filter(|c| is_japanese(*c)).collect();
        assert!(found.is_empty(), "No.{} note_en contains 「{found}」", n.no);
        // A note adds to IPA's text; it never repeats or replaces it.
        let q = catalog::question(n.no).unwrap();
        assert!(pamphlet_texts(q).iter().all(|s| !s.contains(n.note_ja)));
    }
}

#[test]
fn dated_notes_are_in_question_order_and_notes_for_finds_them() {
    let nos: Vec<u8> = DATED_NOTES.iter().map(|n| n.no).collect();
    let mut sorted = nos.clone();
    sorted.sort_unstable();
    assert_eq!(nos, sorted);
    for n in DATED_NOTES {
        assert!(notes_for(n.no).contains(&n));
    }
    assert!(notes_for(26).is_empty());
    assert_eq!(DATED_NOTES.len(), 4);
}

#[test]
fn the_flash_player_wpa2_and_emailed_password_notes_exist() {
    let flash = notes_for(1);
    assert_eq!(flash.len(), 1);
    assert_eq!(flash[0].applies_to, "Adobe Flash Player");
    assert!(flash[0].note_ja.contains("2020年末"));
    assert!(flash[0].note_ja.contains("アンインストール"));
    assert!(note_en(flash[0]).contains("end of 2020"));
    assert!(note_en(flash[0]).contains("uninstall"));

    let wpa = notes_for(9);
    assert_eq!(wpa.len(), 1);
    assert_eq!(wpa[0].applies_to, "WPA2-PSK");
    assert!(wpa[0].note_ja.contains("WPA3"));
    assert!(note_en(wpa[0]).contains("WPA3"));
    assert!(note_en(wpa[0]).contains("long passphrase"));

    let ppap = notes_for(8);
    assert_eq!(ppap.len(), 1);
    assert!(ppap[0].applies_to.contains("パスワードで保護"));
    assert!(ppap[0].note_ja.contains("PPAP"));
    assert!(ppap[0].note_ja.contains("クラウドサービス"));
    assert!(note_en(ppap[0]).contains("PPAP"));
    assert!(note_en(ppap[0]).contains("cloud services"));
}

#[test]
fn the_dated_note_labels_are_as_the_issue_prints_them() {
    assert_eq!(DATED_NOTE_LABEL_JA, "補足（2026年時点）");
    assert!(!DATED_NOTE_LABEL_EN.chars().any(is_japanese));
    assert!(DATED_NOTE_LABEL_EN.contains("2026"));
}
