//! English for the wording that comes from the domain: action-plan task kinds, group headings
//! and 「確認する」 hints, share-link errors and import errors, and the 「診断の後に」 screens
//! (★★ steps, drafts' labels, step-up items, combine errors).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::Lang;
use jishin_shindan::core::share::ShareError;
use jishin_shindan::core::{share, Answers, Choice};
use jishin_shindan::features::after::model::drafts::{DraftKind, Holding};
use jishin_shindan::features::after::model::star_two::{self, StarTwo, StarTwoStep};
use jishin_shindan::features::after::model::step_up::{self, StepUpGroup};
use jishin_shindan::features::combine::model::{
    read_code, read_file, read_pasted_in, Collection, CombineError,
};
use jishin_shindan::features::plan::model::{self as plan, TaskKind};
use jishin_shindan::store::transfer::ImportError;

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

#[test]
fn star_two_steps_links_and_headlines_have_english() {
    for step in StarTwoStep::ALL {
        assert_english("step label", Lang::En.star_two_label(step));
        assert_english("step detail", Lang::En.star_two_detail(step));
        assert_eq!(Lang::Ja.star_two_label(step), step.label());
        assert_eq!(Lang::Ja.star_two_detail(step), step.detail());
    }
    assert_english("SECURITY ACTION", Lang::En.security_action_text());
    assert_eq!(
        Lang::Ja.security_action_text(),
        star_two::SECURITY_ACTION_TEXT
    );
    for link in &star_two::LINKS {
        let (name, why) = Lang::En.official_link(link);
        assert_english("link name", name);
        assert_english("link why", why);
        assert_eq!(Lang::Ja.official_link(link), (link.name, link.why));
    }
    let mut star = StarTwo::default();
    for diagnosed in [false, true] {
        assert_english(
            "headline",
            &Lang::En.star_two_headline(&star.summary(diagnosed)),
        );
    }
    for step in [
        StarTwoStep::PolicyDrafted,
        StarTwoStep::PolicyPublished,
        StarTwoStep::Declared,
    ] {
        star.set(step, true, "2026-11-25T10:15:00.000Z");
        let summary = star.summary(true);
        assert_english("headline", &Lang::En.star_two_headline(&summary));
        assert_eq!(Lang::Ja.star_two_headline(&summary), summary.headline());
    }
}

#[test]
fn drafts_labels_have_english_while_the_documents_stay_japanese() {
    for kind in DraftKind::ALL {
        assert_english("draft title", Lang::En.draft_title(kind));
        assert_english("draft purpose", Lang::En.draft_purpose(kind));
        assert_eq!(Lang::Ja.draft_title(kind), kind.title());
        assert_eq!(Lang::Ja.draft_purpose(kind), kind.purpose());
    }
    for h in Holding::ALL {
        assert_english("holding", Lang::En.holding(h));
        assert_eq!(Lang::Ja.holding(h), h.label());
    }
    for choice in Choice::ALL.into_iter().map(Some).chain([None]) {
        assert_english("status", &Lang::En.status_text(choice));
        assert_eq!(
            Lang::Ja.status_text(choice),
            jishin_shindan::features::after::model::drafts::status_text(choice)
        );
    }
    assert!(!Lang::En.texts().draft_language.is_empty());
}

#[test]
fn every_step_up_item_has_english_and_keeps_the_quoted_original() {
    for group in StepUpGroup::ALL {
        assert_english("group", Lang::En.step_up_group(group));
        assert_eq!(Lang::Ja.step_up_group(group), group.title());
    }
    assert_english("notice", Lang::En.step_up_notice());
    assert_eq!(Lang::Ja.step_up_notice(), step_up::NOTICE_TITLE);
    for item in &step_up::ITEMS {
        let (title, question, hint) = Lang::En.step_up_item(item);
        for text in [title, question, hint, item.source_en] {
            assert_english(&format!("step-up {}", item.id), text);
        }
        assert_eq!(
            Lang::Ja.step_up_item(item),
            (item.title, item.question, item.hint)
        );
        // The Japanese measure stays the notice's own words.
        assert!(item.source.chars().any(is_japanese));
    }
    let titles: std::collections::BTreeSet<_> = step_up::ITEMS.iter().map(|i| i.title_en).collect();
    assert_eq!(
        titles.len(),
        step_up::ITEM_COUNT,
        "every title is different"
    );
}

#[test]
fn combine_errors_have_english() {
    let code = share::encode(&Answers::all(Choice::Done)).unwrap();
    let mut errors = vec![
        read_code("Sales", "1abc").unwrap_err(),
        read_code("Sales", "https://example.jp/").unwrap_err(),
        read_code("Sales", "https://example.jp/#x=1").unwrap_err(),
        read_file("memo.json", "hello").unwrap_err(),
        read_file("memo.json", "{}").unwrap_err(),
    ];
    let mut full = Collection::new();
    while full.add(read_code("A", &code)).is_ok() {}
    errors.push(full.add(read_code("B", &code)).unwrap_err());
    for e in &errors {
        assert_english("source error", &Lang::En.source_error(e));
        assert_eq!(Lang::Ja.source_error(e), e.message());
    }
    for e in [CombineError::TooFew(1), CombineError::TooMany(99)] {
        assert_english("combine error", &Lang::En.combine_error(&e));
        assert_eq!(Lang::Ja.combine_error(&e), e.message());
    }
    let pasted = read_pasted_in(&code, Lang::En);
    assert_english("pasted label", pasted[0].as_ref().unwrap().label());
}
