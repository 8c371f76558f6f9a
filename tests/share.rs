//! Share codes: every answer set round-trips, invalid codes are rejected and nothing panics.
//!
//! Expected codes are worked out by hand from the format in `src/core/share.rs`: version `1`,
//! 2 bits per answer (実施している 0, 一部 1, 実施していない 2, わからない 3) packed from No.1 into
//! 10 base32 characters of `0123456789abcdefghjkmnpqrstvwxyz`, then a check character.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::share::{
    decode, encode, fragment, parse_fragment, ShareError, ALPHABET, CODE_LEN,
};
use jishin_shindan::core::{Answers, Choice, QUESTION_COUNT};
use proptest::prelude::*;

fn answers_from(choices: [Choice; QUESTION_COUNT]) -> Answers {
    let mut answers = Answers::new();
    for (i, c) in choices.into_iter().enumerate() {
        answers.set(i as u8 + 1, Some(c));
    }
    answers
}

fn any_choice() -> impl Strategy<Value = Choice> {
    prop::sample::select(Choice::ALL.to_vec())
}

fn any_answers() -> impl Strategy<Value = Answers> {
    prop::array::uniform25(any_choice()).prop_map(answers_from)
}

/// Characters worth trying as typos: the whole alphabet, its uppercase, look-alikes and URL noise.
fn candidate_chars() -> Vec<char> {
    let mut chars: Vec<char> = (0x20u8..0x7f).map(char::from).collect();
    chars.extend(['é', 'ａ', '１', '\u{0}', '\n', '\u{feff}']);
    chars
}

#[test]
fn all_done_encodes_to_zero_data_with_version_one() {
    // Data bits are all 0, so the data characters are all '0'; the check value is α¹ · 1 = 2.
    assert_eq!(
        encode(&Answers::all(Choice::Done)).as_deref(),
        Some("100000000002")
    );
}

#[test]
fn all_unknown_encodes_to_all_ones_data() {
    // 50 bits of 1 → ten times value 31 ('z').
    let code = encode(&Answers::all(Choice::Unknown)).unwrap();
    assert_eq!(&code[..11], "1zzzzzzzzzz");
    assert_eq!(code.len(), CODE_LEN);
    assert_eq!(decode(&code), Ok(Answers::all(Choice::Unknown)));
}

#[test]
fn no_25_is_in_the_lowest_bits() {
    // Only No.25 is わからない → the last data character holds value 3 ('3').
    let code = encode(&Answers::all(Choice::Done).with(25, Choice::Unknown)).unwrap();
    assert_eq!(&code[..11], "10000000003");
}

#[test]
fn every_choice_round_trips_in_every_position_on_every_background() {
    // Each question's 2 bits are independent: 25 positions × 4 choices × 4 backgrounds.
    for background in Choice::ALL {
        for no in 1..=25u8 {
            for choice in Choice::ALL {
                let answers = Answers::all(background).with(no, choice);
                let code = encode(&answers).unwrap();
                assert_eq!(
                    decode(&code),
                    Ok(answers),
                    "No.{no} {choice:?} on {background:?}"
                );
            }
        }
    }
}

#[test]
fn incomplete_answers_have_no_code() {
    assert_eq!(encode(&Answers::new()), None);
    let mut almost = Answers::all(Choice::Partial);
    almost.set(13, None);
    assert_eq!(encode(&almost), None);
}

#[test]
fn empty_code_is_rejected() {
    assert_eq!(decode(""), Err(ShareError::Empty));
}

#[test]
fn unknown_version_is_rejected() {
    let code = encode(&Answers::all(Choice::Partial)).unwrap();
    let v2 = format!("2{}", &code[1..]);
    assert_eq!(decode(&v2), Err(ShareError::UnknownVersion('2')));
}

#[test]
fn wrong_lengths_are_rejected() {
    let code = encode(&Answers::all(Choice::Partial)).unwrap();
    assert_eq!(
        decode(&code[..11]),
        Err(ShareError::WrongLength {
            expected: 12,
            found: 11
        })
    );
    assert_eq!(
        decode(&format!("{code}0")),
        Err(ShareError::WrongLength {
            expected: 12,
            found: 13
        })
    );
}

#[test]
fn trailing_garbage_is_rejected() {
    let code = encode(&Answers::all(Choice::NotDone)).unwrap();
    assert!(decode(&format!("{code} ")).is_err());
    assert!(decode(&format!("{code}&x=1")).is_err());
    assert!(decode(&format!("{code}\n")).is_err());
}

#[test]
fn bad_characters_are_rejected_with_their_position() {
    let code = encode(&Answers::all(Choice::NotDone)).unwrap();
    let mut bad = code.clone();
    bad.replace_range(4..5, "i"); // 'i' is left out of the alphabet
    assert_eq!(
        decode(&bad),
        Err(ShareError::InvalidCharacter {
            position: 5,
            found: 'i'
        })
    );
    assert_eq!(
        decode("<script>"),
        Err(ShareError::InvalidCharacter {
            position: 1,
            found: '<'
        })
    );
}

#[test]
fn uppercase_codes_are_not_accepted() {
    let code = encode(&Answers::all(Choice::Unknown)).unwrap();
    assert!(decode(&code.to_ascii_uppercase()).is_err());
}

#[test]
fn every_error_has_a_japanese_message() {
    let errors = [
        ShareError::Empty,
        ShareError::UnknownVersion('9'),
        ShareError::InvalidCharacter {
            position: 3,
            found: '!',
        },
        ShareError::WrongLength {
            expected: 12,
            found: 5,
        },
        ShareError::ChecksumMismatch,
    ];
    for e in errors {
        let m = e.text(Lang::Ja);
        assert!(m.contains("共有リンク"), "{m}");
    }
    assert!(ShareError::InvalidCharacter {
        position: 3,
        found: '!'
    }
    .text(Lang::Ja)
    .contains("3 文字目"));
}

#[test]
fn fragment_round_trips_and_ignores_other_parameters() {
    let answers = Answers::all(Choice::Done).with(7, Choice::Unknown);
    let code = encode(&answers).unwrap();
    assert_eq!(fragment(&code), format!("#r={code}"));
    assert_eq!(parse_fragment(&fragment(&code)), Some(Ok(answers)));
    assert_eq!(parse_fragment(&format!("r={code}")), Some(Ok(answers)));
    assert_eq!(
        parse_fragment(&format!("#lang=ja&r={code}&x=1")),
        Some(Ok(answers))
    );
}

#[test]
fn fragment_without_a_result_is_none() {
    assert_eq!(parse_fragment(""), None);
    assert_eq!(parse_fragment("#"), None);
    assert_eq!(parse_fragment("#main"), None);
    assert_eq!(parse_fragment("#rr=1"), None);
}

#[test]
fn fragment_with_a_broken_result_is_an_error() {
    assert_eq!(parse_fragment("#r="), Some(Err(ShareError::Empty)));
    assert!(matches!(parse_fragment("#r=1abc"), Some(Err(_))));
}

#[test]
fn alphabet_has_32_distinct_url_safe_characters() {
    let mut sorted = ALPHABET.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 32);
    assert!(ALPHABET
        .iter()
        .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
    for confusable in [b'i', b'l', b'o', b'u'] {
        assert!(!ALPHABET.contains(&confusable));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_answer_set_round_trips(answers in any_answers()) {
        let code = encode(&answers).unwrap();
        prop_assert_eq!(code.chars().count(), CODE_LEN);
        prop_assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
        prop_assert_eq!(decode(&code), Ok(answers));
        prop_assert_eq!(parse_fragment(&fragment(&code)), Some(Ok(answers)));
    }

    #[test]
    fn different_answers_give_different_codes(a in any_answers(), b in any_answers()) {
        prop_assert_eq!(a == b, encode(&a) == encode(&b));
    }

    #[test]
    fn every_single_character_substitution_is_rejected(answers in any_answers()) {
        let code: Vec<char> = encode(&answers).unwrap().chars().collect();
        for position in 0..code.len() {
            for c in candidate_chars() {
                if c == code[position] {
                    continue;
                }
                let mut typo = code.clone();
                typo[position] = c;
                let typo: String = typo.into_iter().collect();
                prop_assert!(decode(&typo).is_err(), "{} accepted", typo);
            }
        }
    }

    #[test]
    fn every_transposition_of_two_different_characters_is_rejected(answers in any_answers()) {
        let code: Vec<char> = encode(&answers).unwrap().chars().collect();
        for i in 0..code.len() {
            for j in i + 1..code.len() {
                if code[i] == code[j] {
                    continue;
                }
                let mut swapped = code.clone();
                swapped.swap(i, j);
                let swapped: String = swapped.into_iter().collect();
                prop_assert!(decode(&swapped).is_err(), "{} accepted", swapped);
            }
        }
    }

    #[test]
    fn a_dropped_or_inserted_character_is_rejected(answers in any_answers(), at in 0usize..=12, c in prop::sample::select(ALPHABET.to_vec())) {
        let code = encode(&answers).unwrap();
        let mut shorter = code.clone();
        shorter.remove(at.min(11));
        prop_assert!(decode(&shorter).is_err());
        let mut longer = code.clone();
        longer.insert(at, char::from(c));
        prop_assert!(decode(&longer).is_err());
    }

    #[test]
    fn decode_never_panics_on_any_string(s in any::<String>()) {
        let _ = decode(&s);
        let _ = parse_fragment(&s);
    }

    #[test]
    fn decode_never_panics_on_near_codes(s in "[0-9a-z]{0,14}") {
        // Strings over the right alphabet reach the length and checksum checks.
        if let Ok(answers) = decode(&s) {
            prop_assert_eq!(encode(&answers), Some(s));
        }
    }
}
