//! English for the wording that comes from the domain: action-plan task kinds, group headings
//! and 「確認する」 hints, share-link errors and import errors.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::domain::i18n::Lang;
use jishin_shindan::domain::plan::{self, TaskKind};
use jishin_shindan::domain::share::ShareError;
use jishin_shindan::domain::transfer::ImportError;

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

fn assert_english(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what} is empty");
    assert!(
        !text.chars().any(is_japanese),
        "{what} has Japanese: {text}"
    );
}

#[test]
fn task_kinds_and_groups_have_english() {
    for kind in [TaskKind::Check, TaskKind::Implement, TaskKind::Improve] {
        assert_english("task kind", Lang::En.task_kind(kind));
        assert_eq!(Lang::Ja.task_kind(kind), kind.label());
    }
    for group in [
        plan::GROUP_PART1,
        plan::GROUP_CHECK,
        plan::GROUP_IMPLEMENT,
        plan::GROUP_IMPROVE,
    ] {
        assert_english("group", Lang::En.plan_group(group));
        assert_eq!(Lang::Ja.plan_group(group), plan::group_label(group));
    }
    assert_eq!(plan::group_label_en(0), "");
}

#[test]
fn every_check_hint_has_english() {
    for no in 1..=25 {
        assert_english(&format!("hint {no}"), Lang::En.check_hint(no));
        assert_eq!(Lang::Ja.check_hint(no), plan::check_hint(no));
    }
    let all: std::collections::BTreeSet<_> = (1..=25).map(plan::check_hint_en).collect();
    assert_eq!(all.len(), 25, "every hint is different");
    assert_eq!(plan::check_hint_en(0), "");
    assert_eq!(plan::check_hint_en(26), "");
}

#[test]
fn share_errors_have_english() {
    for e in [
        ShareError::Empty,
        ShareError::UnknownVersion('z'),
        ShareError::InvalidCharacter {
            position: 3,
            found: '!',
        },
        ShareError::WrongLength {
            expected: 11,
            found: 9,
        },
        ShareError::ChecksumMismatch,
    ] {
        assert_english("share error", &Lang::En.share_error(&e));
        assert_eq!(Lang::Ja.share_error(&e), e.message());
    }
    assert!(ShareError::InvalidCharacter {
        position: 3,
        found: '!'
    }
    .message_en()
    .contains('3'));
}

#[test]
fn import_errors_have_english() {
    for e in [
        ImportError::TooLarge { bytes: 6_000_000 },
        ImportError::NotJson,
        ImportError::WrongFormat,
        ImportError::UnsupportedVersion(9),
        ImportError::Invalid("1行目の2文字目付近".to_string()),
    ] {
        assert_english("import error", &Lang::En.import_error(&e));
        assert_eq!(Lang::Ja.import_error(&e), e.message());
    }
    assert!(ImportError::UnsupportedVersion(9)
        .message_en()
        .contains('9'));
}
