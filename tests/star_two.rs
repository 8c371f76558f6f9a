//! The SECURITY ACTION ★★ path: the derived diagnosis step, the user's ticks, the headline and
//! the official links from the pamphlet.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::{Answers, Choice};
use jishin_shindan::features::after::model::star_two::{
    diagnosis_done, StarTwo, StarTwoStep, LINKS, SECURITY_ACTION, SECURITY_ACTION_TEXT,
};
use jishin_shindan::store::records::Records;
use jishin_shindan::store::Snapshot;

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
fn the_security_action_paragraph_and_links_are_word_for_word_from_the_pamphlet() {
    let seed = seed();
    assert!(seed.contains(SECURITY_ACTION_TEXT.ja));
    for link in LINKS {
        assert!(
            seed.contains(&format!("<{}>", link.url)),
            "{} is printed in the pamphlet",
            link.url
        );
        assert!(link.url.starts_with("https://www.ipa.go.jp/"));
        assert!(!link.why.is_empty());
    }
    assert_eq!(
        SECURITY_ACTION.url,
        "https://www.ipa.go.jp/security/security-action/"
    );
    assert!(seed.contains(SECURITY_ACTION.name));
}

#[test]
fn the_diagnosis_step_is_derived_from_history_or_complete_answers() {
    let mut records = Records::default();
    assert!(!diagnosis_done(
        &Answers::new(),
        !records.history.is_empty()
    ));
    let mut partial = Answers::all(Choice::Done);
    partial.set(25, None);
    assert!(
        !diagnosis_done(&partial, !records.history.is_empty()),
        "24 of 25 is not done"
    );
    assert!(diagnosis_done(
        &Answers::all(Choice::Unknown),
        !records.history.is_empty()
    ));
    records
        .record_completion(&Answers::all(Choice::Partial), NOW)
        .unwrap();
    assert!(
        diagnosis_done(&Answers::new(), !records.history.is_empty()),
        "a completed diagnosis in the history counts, even after 最初からやり直す"
    );
}

#[test]
fn the_diagnosis_step_cannot_be_ticked_by_hand() {
    let mut s = StarTwo::default();
    assert!(!s.set(StarTwoStep::DiagnosisDone, true, NOW));
    assert_eq!(s, StarTwo::default(), "nothing changed, not even the time");
    assert!(!s.is_done(StarTwoStep::DiagnosisDone, false));
    assert!(s.is_done(StarTwoStep::DiagnosisDone, true));
    assert!(StarTwoStep::DiagnosisDone.is_automatic());
    assert!(StarTwoStep::ALL[1..].iter().all(|s| !s.is_automatic()));
}

#[test]
fn ticks_are_stamped_and_can_be_undone() {
    let mut s = StarTwo::default();
    assert!(s.set(StarTwoStep::PolicyPublished, true, NOW));
    assert!(s.policy_published);
    assert_eq!(s.updated_at.clone().unwrap(), NOW);
    assert!(s.set(
        StarTwoStep::PolicyPublished,
        false,
        "2026-11-26T00:00:00.000Z"
    ));
    assert!(!s.policy_published);
    assert_eq!(s.updated_at.clone().unwrap(), "2026-11-26T00:00:00.000Z");
}

#[test]
fn the_summary_counts_steps_and_names_the_next_one_in_order() {
    let mut s = StarTwo::default();
    let summary = s.summary(false);
    assert_eq!(
        (summary.done, summary.next),
        (0, Some(StarTwoStep::DiagnosisDone))
    );
    assert!(summary.headline(Lang::Ja).contains("あと4つ"));

    let summary = s.summary(true);
    assert_eq!(
        (summary.done, summary.next),
        (1, Some(StarTwoStep::PolicyDrafted))
    );
    assert_eq!(
        summary.headline(Lang::Ja),
        "★★まで、あと3つの段階があります。次は「情報セキュリティ基本方針を定めた」です。"
    );

    s.set(StarTwoStep::PolicyDrafted, true, NOW);
    s.set(StarTwoStep::PolicyPublished, true, NOW);
    let summary = s.summary(true);
    assert_eq!(
        (summary.done, summary.next),
        (3, Some(StarTwoStep::Declared))
    );
    assert!(summary.headline(Lang::Ja).contains("条件"));
    assert!(summary.headline(Lang::Ja).contains("自己宣言"));

    s.set(StarTwoStep::Declared, true, NOW);
    let summary = s.summary(true);
    assert_eq!((summary.done, summary.next), (4, None));
    assert!(summary.headline(Lang::Ja).contains("すべて済んでいます"));

    // A later step ticked before an earlier one: the first open step is still named.
    let mut skipped = StarTwo::default();
    skipped.set(StarTwoStep::Declared, true, NOW);
    let summary = skipped.summary(true);
    assert_eq!(
        (summary.done, summary.next),
        (2, Some(StarTwoStep::PolicyDrafted))
    );
}

#[test]
fn every_step_has_a_label_a_detail_and_a_unique_token() {
    let tokens: std::collections::BTreeSet<_> =
        StarTwoStep::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(tokens.len(), 4);
    for step in StarTwoStep::ALL {
        assert!(!step.label(Lang::Ja).is_empty());
        assert!(!step.detail(Lang::Ja).is_empty());
    }
}

#[test]
fn the_ticks_survive_a_save_and_restore() {
    let mut records = Records::default();
    records
        .beyond
        .star_two
        .set(StarTwoStep::PolicyDrafted, true, NOW);
    records
        .beyond
        .star_two
        .set(StarTwoStep::PolicyPublished, true, NOW);
    let json = common::stored(&jishin_shindan::core::Session::new(), &records, "test", 0);
    let restored = Snapshot::from_json(&json).unwrap();
    assert_eq!(restored.records.beyond.star_two, records.beyond.star_two);
}

#[test]
fn a_bad_timestamp_is_cleared_and_the_ticks_kept() {
    let mut records = Records::default();
    records.beyond.star_two.declared = true;
    let mut stored = serde_json::to_value(&records).unwrap();
    stored["beyond"]["star_two"]["updated_at"] = "yesterday".into();
    let (clean, notes) = common::reread_value(stored);
    assert!(clean.beyond.star_two.declared);
    assert_eq!(clean.beyond.star_two.updated_at, None);
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text(Lang::Ja).contains("★★"));
}
