//! 「診断の後に」 as saved data and screens: kept in the records, read leniently, merged across
//! tabs and imports part by part, and reached through the session's actions.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{Answers, Choice, Part};
use jishin_shindan::features::after::model::drafts::{DraftChange, DraftKind};
use jishin_shindan::features::after::model::star_two::StarTwoStep;
use jishin_shindan::features::after::model::{status_answers, Beyond};
use jishin_shindan::store::records::merge_records;
use jishin_shindan::store::records::Records;
use jishin_shindan::store::transfer::{export, parse_import, preview};
use jishin_shindan::store::Snapshot;
use jishin_shindan::store::{Action, Session, Step};

mod common;

const T1: &str = "2026-11-25T10:00:00.000Z";
const T2: &str = "2026-11-26T10:00:00.000Z";

fn complete_session() -> Session {
    let mut s = Session::new();
    for no in 1..=25 {
        s.apply(Action::Answer(no, Some(Choice::Partial)));
    }
    s
}

#[test]
fn records_written_before_this_feature_read_with_an_empty_beyond() {
    let raw = r#"{"history":[],"plan":{},"profile":{"company":"みなと","respondent":""}}"#;
    let (records, notes) = common::reread_value(serde_json::from_str(raw).unwrap());
    assert_eq!(notes, Vec::new());
    assert!(records.beyond.is_empty());
    assert_eq!(records.profile.company, "みなと");
}

#[test]
fn a_malformed_beyond_is_dropped_alone_and_the_history_survives() {
    let mut records = Records::default();
    common::complete(&mut records, &Answers::all(Choice::Done), T1);
    let mut value = serde_json::to_value(&records).unwrap();
    for bad in [
        serde_json::json!(5),
        serde_json::json!({"star_two": "yes"}),
        serde_json::json!({"step_up": {"answers": {"1": "maybe"}}}),
    ] {
        value["beyond"] = bad;
        let snapshot = serde_json::json!({
            "version": 2, "revision": 3, "answers": {}, "step": "intro", "last_part": "basic",
            "records": value,
        });
        let restored = Snapshot::from_json(&snapshot.to_string()).unwrap();
        assert_eq!(restored.records.history.len(), 1);
        assert!(restored.records.beyond.is_empty());
    }
}

#[test]
fn two_tabs_keep_the_part_each_changed_last() {
    let mut ours = Records::default();
    common::tick(&mut ours, StarTwoStep::PolicyDrafted, true, T2);
    common::step_up(&mut ours, 1, Some(Choice::Done), T1);
    let mut theirs = Records::default();
    common::step_up(&mut theirs, 2, Some(Choice::NotDone), T2);
    common::tick(&mut theirs, StarTwoStep::Declared, true, T1);

    let merged = merge_records(&ours, &theirs);
    assert!(merged.beyond.star_two.policy_drafted, "ours is newer");
    assert!(!merged.beyond.star_two.declared);
    assert_eq!(
        merged.beyond.step_up, theirs.beyond.step_up,
        "theirs is newer"
    );

    // An untouched part takes the other side's; equal times keep ours.
    let empty = Records::default();
    assert_eq!(merge_records(&empty, &theirs).beyond, theirs.beyond);
    assert_eq!(merge_records(&theirs, &empty).beyond, theirs.beyond);
    let mut same_time = theirs.clone();
    same_time.beyond.step_up.answers.clear();
    common::step_up(&mut same_time, 3, Some(Choice::Done), T2);
    assert_eq!(
        merge_records(&theirs, &same_time).beyond.step_up,
        theirs.beyond.step_up
    );
    assert_eq!(Beyond::merge(&ours.beyond, &ours.beyond), ours.beyond);
}

#[test]
fn export_and_import_carry_the_beyond_data() {
    let mut theirs = Records::default();
    common::draft(
        &mut theirs,
        DraftChange::PolicyCompany("株式会社みなと".into()),
        T1,
    );
    common::draft(&mut theirs, DraftChange::RulesOwner("佐藤".into()), T1);
    common::tick(&mut theirs, StarTwoStep::PolicyPublished, true, T1);
    let file = parse_import(&export(&Answers::new(), None, &theirs, "1", T2)).unwrap();
    assert_eq!(file.records.beyond, theirs.beyond);

    // Only the beyond data is new: the import is not a no-op, and it is taken over.
    let local = Records::default();
    let p = preview(&Answers::new(), &local, &file);
    assert!(p.beyond_updated);
    assert!(!p.is_noop());
    let (_, merged) = common::import(&Answers::new(), &local, &file);
    assert_eq!(merged.beyond, theirs.beyond);

    // The same file again changes nothing.
    let p = preview(&Answers::new(), &merged, &file);
    assert!(!p.beyond_updated);
    assert!(p.is_noop());
}

#[test]
fn the_drafts_status_comes_from_complete_answers_then_the_latest_history() {
    let mut records = Records::default();
    common::complete(&mut records, &Answers::all(Choice::NotDone), T1);
    common::complete(&mut records, &Answers::all(Choice::Unknown), T2);
    assert_eq!(
        status_answers(
            &Answers::all(Choice::Done),
            records.latest().map(|e| e.answers())
        ),
        Answers::all(Choice::Done)
    );
    assert_eq!(
        status_answers(
            &Answers::new().with(3, Choice::Done),
            records.latest().map(|e| e.answers())
        ),
        Answers::all(Choice::Unknown)
    );
}

#[test]
fn the_screens_are_opened_by_actions_and_back_goes_where_they_came_from() {
    let mut s = complete_session();
    s.apply(Action::ShowResult);
    assert_eq!(s.step, Step::Result);
    s.apply(Action::Open(Step::Beyond));
    assert_eq!(s.step, Step::Beyond);
    for (open, step) in [
        (
            Action::Open(Step::Draft(DraftKind::Policy)),
            Step::Draft(DraftKind::Policy),
        ),
        (
            Action::Open(Step::Draft(DraftKind::Rules)),
            Step::Draft(DraftKind::Rules),
        ),
        (
            Action::Open(Step::Draft(DraftKind::Handout)),
            Step::Draft(DraftKind::Handout),
        ),
        (Action::Open(Step::StepUp), Step::StepUp),
        (Action::Open(Step::Combine), Step::Combine),
    ] {
        let before = s.navigation;
        s.apply(open);
        assert_eq!(s.step, step);
        assert_ne!(s.navigation, before, "focus moves to the new screen");
        s.apply(Action::Next);
        assert_eq!(s.step, step, "次へ does nothing here");
        s.apply(Action::Prev);
        assert_eq!(s.step, Step::Beyond);
    }
    s.apply(Action::Prev);
    assert_eq!(s.step, Step::Result);

    // From the landing screen without a complete diagnosis, back goes to the landing screen.
    let mut fresh = Session::new();
    fresh.apply(Action::Answer(1, Some(Choice::Done)));
    fresh.apply(Action::Open(Step::Beyond));
    assert_eq!(fresh.step, Step::Beyond, "no complete diagnosis is needed");
    fresh.apply(Action::Prev);
    assert_eq!(fresh.step, Step::Intro);
}

#[test]
fn a_reload_reopens_the_same_screen() {
    for step in [
        Step::Beyond,
        Step::Draft(DraftKind::Policy),
        Step::Draft(DraftKind::Rules),
        Step::Draft(DraftKind::Handout),
        Step::StepUp,
        Step::Combine,
    ] {
        let mut s = Session::new();
        s.apply(Action::Answer(1, Some(Choice::Done)));
        s.step = step;
        let json = common::stored(&s, &Default::default(), "test", 0);
        let restored = Snapshot::from_json(&json).unwrap().session();
        assert_eq!(restored.step, step);
        assert_eq!(restored.last_part, Part::Basic);
    }
    // The saved form of a draft screen: its address token (schema 4).
    let mut s = Session::new();
    s.step = Step::Draft(DraftKind::Rules);
    assert!(common::stored(&s, &Default::default(), "t", 0).contains(r#""step":"rules""#));
}

#[test]
fn other_tabs_answers_leave_these_screens_alone() {
    let mut s = complete_session();
    s.apply(Action::Open(Step::Draft(DraftKind::Rules)));
    let mut partial = Answers::all(Choice::Done);
    partial.set(4, None);
    s.apply(Action::Adopt(partial, None));
    assert_eq!(s.step, Step::Draft(DraftKind::Rules));
    s.apply(Action::Adopt(Answers::new(), None));
    assert_eq!(
        s.step,
        Step::Intro,
        "everything cleared elsewhere: back to the start"
    );
}
