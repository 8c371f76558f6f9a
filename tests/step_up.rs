//! The optional step-up checklist: built from the governor's notice (section 1), answered on
//! the diagnosis' scale, saved with the records, and never part of the 100-point score.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use std::collections::BTreeSet;

use jishin_shindan::core::{score, Answers, Choice};
use jishin_shindan::features::after::model::step_up::{
    item, items_of, StepUpGroup, ITEMS, ITEM_COUNT, NOTICE_TITLE,
};
use jishin_shindan::store::records::Records;
use jishin_shindan::store::Snapshot;
use jishin_shindan::store::{Action, Session};

mod common;

const NOW: &str = "2026-11-25T10:15:00.000Z";

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed.txt"
    ))
    .unwrap()
}

#[test]
fn ten_items_numbered_1_to_10_in_the_notices_three_groups() {
    assert_eq!(ITEMS.len(), ITEM_COUNT);
    let ids: Vec<u8> = ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(ids, (1..=10).collect::<Vec<u8>>());
    let in_groups: usize = StepUpGroup::ALL.iter().map(|g| items_of(*g).count()).sum();
    assert_eq!(in_groups, ITEM_COUNT);
    // Groups come in the notice's order.
    let order: Vec<u8> = ITEMS.iter().map(|i| i.group.number()).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    for i in ITEMS {
        assert!(!i.title.is_empty() && !i.question.is_empty() && !i.hint.is_empty());
        assert!(i.question.ends_with('？'), "No.{} is a question", i.id);
    }
}

#[test]
fn every_source_and_heading_is_word_for_word_from_the_notice() {
    let seed = seed();
    assert!(seed.contains(NOTICE_TITLE.ja));
    for g in StepUpGroup::ALL {
        assert!(
            seed.contains(&format!("({}) {}", g.number(), g.title(Lang::Ja))),
            "{}",
            g.title(Lang::Ja)
        );
    }
    for i in ITEMS {
        assert!(seed.contains(i.source), "S{} source", i.id);
    }
    // Every measure of section 1 is used by at least one item.
    let section = &seed[seed.find("1 講じていただきたい対策").unwrap()
        ..seed.find("2 1の取組が難しい場合").unwrap()];
    let measures: Vec<&str> = section
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- ・"))
        .collect();
    assert_eq!(measures.len(), 7);
    let used: BTreeSet<&str> = ITEMS.iter().map(|i| i.source).collect();
    for m in measures {
        assert!(used.contains(m), "measure not covered: {m}");
    }
}

#[test]
fn the_items_cover_what_the_issue_lists() {
    let all: String = ITEMS
        .iter()
        .map(|i| format!("{}{}{}", i.title, i.question, i.hint))
        .collect();
    for needle in [
        "多要素認証",
        "アカウント",
        "IoT",
        "VPN",
        "添付ファイル",
        "連絡・相談",
        "ログ",
        "アクセス制御",
        "バックアップ",
        "元に戻せる",
        "対処手順",
        "連絡先",
    ] {
        assert!(all.contains(needle), "{needle}");
    }
    // Backup and a tested restore are separate items, so one cannot hide the other.
    assert!(item(8).unwrap().title.contains("バックアップ"));
    assert!(item(9).unwrap().question.contains("試した"));
}

#[test]
fn answering_uses_the_diagnosis_scale_and_can_be_cleared() {
    let mut r = Records::default();
    assert!(common::step_up(&mut r, 1, Some(Choice::Done), NOW));
    assert!(common::step_up(&mut r, 9, Some(Choice::Unknown), NOW));
    assert!(common::step_up(&mut r, 2, Some(Choice::Partial), NOW));
    let sum = r.beyond.step_up.summary();
    assert_eq!(
        (sum.answered, sum.done, sum.unknown, sum.total),
        (3, 1, 1, 10)
    );
    let later = "2026-11-26T00:00:00.000Z";
    assert!(common::step_up(&mut r, 2, None, later));
    assert_eq!(r.beyond.step_up.get(2), None);
    assert_eq!(r.beyond.step_up.updated_at.clone().unwrap(), later);
    let before = r.clone();
    assert!(!common::step_up(&mut r, 0, Some(Choice::Done), NOW));
    assert!(!common::step_up(&mut r, 11, Some(Choice::Done), NOW));
    assert_eq!(r, before, "an item not on the checklist changes nothing");
    assert_eq!(r.beyond.step_up.summary().answered, 2);
}

#[test]
fn step_up_answers_never_change_the_score_or_the_diagnosis() {
    let mut session = Session::new();
    for no in 1..=25 {
        session.apply(Action::Answer(no, Some(Choice::Done)));
    }
    let before = score(&session.answers).total();
    assert_eq!(before, 100);
    let mut records = Records::default();
    for i in ITEMS {
        common::step_up(&mut records, i.id, Some(Choice::NotDone), NOW);
    }
    let json = common::stored(&session, &records, "test", 0);
    let restored = Snapshot::from_json(&json).unwrap();
    assert_eq!(restored.records.beyond.step_up, records.beyond.step_up);
    let session = restored.session();
    assert_eq!(session.answers, Answers::all(Choice::Done));
    assert_eq!(score(&session.answers).total(), before);
}

#[test]
fn unknown_items_and_bad_timestamps_are_dropped_on_load() {
    let raw = r#"{"beyond":{"step_up":{"answers":{"3":"done","11":"unknown","0":"done"},"updated_at":"soon"}}}"#;
    let (clean, notes) = common::reread_value(serde_json::from_str(raw).unwrap());
    assert_eq!(
        clean.beyond.step_up.answers.into_iter().collect::<Vec<_>>(),
        vec![(3, Choice::Done)]
    );
    assert_eq!(clean.beyond.step_up.updated_at, None);
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].text(Lang::Ja).contains("2件"));
}
