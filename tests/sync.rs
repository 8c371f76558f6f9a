//! Two tabs: what a tab keeps when another one wrote since it last looked (store::sync). The
//! decisions `app::persistence` follows, as pure functions: nothing either side has is dropped.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{Answers, Choice};
use jishin_shindan::store::records::{Records, RecordsAction, TaskChange};
use jishin_shindan::store::sync::{is_newer, merge, Base, Side};
use jishin_shindan::store::Snapshot;

const T1: &str = "2026-11-29T01:00:00.000Z";
const T2: &str = "2026-11-29T02:00:00.000Z";
const T3: &str = "2026-11-29T03:00:00.000Z";

fn side<'a>(answers: &'a Answers, entry: &'a Option<String>, records: &'a Records) -> Side<'a> {
    Side {
        answers,
        entry,
        records,
    }
}

fn base(answers: Answers, entry: Option<String>) -> Base {
    Base {
        revision: 4,
        answers,
        entry,
        history: Default::default(),
    }
}

#[test]
fn answers_changed_on_either_side_are_both_kept_and_ours_wins_where_both_changed() {
    let b = Answers::new().with(1, Choice::Done).with(2, Choice::Done);
    let ours = b.with(2, Choice::Partial).with(3, Choice::Unknown);
    let theirs = b.with(1, Choice::NotDone).with(2, Choice::NotDone);
    let r = Records::default();
    let m = merge(
        &base(b, None),
        side(&ours, &None, &r),
        side(&theirs, &None, &r),
    );
    assert_eq!(
        m.answers,
        Answers::new()
            .with(1, Choice::NotDone)
            .with(2, Choice::Partial)
            .with(3, Choice::Unknown)
    );
}

#[test]
fn the_other_tabs_entry_wins_only_when_it_changed_it() {
    let r = Records::default();
    let a = Answers::all(Choice::Done);
    let x = Some("x".to_string());
    let y = Some("y".to_string());
    // They recorded a result (None → y): theirs.
    let m = merge(&base(a, None), side(&a, &None, &r), side(&a, &y, &r));
    assert_eq!(m.entry, y);
    // They began a new diagnosis (x → None): theirs, so our next result is a new entry.
    let m = merge(&base(a, x.clone()), side(&a, &x, &r), side(&a, &None, &r));
    assert_eq!(m.entry, None);
    // They did not change it, we recorded ours: ours.
    let m = merge(&base(a, None), side(&a, &x, &r), side(&a, &None, &r));
    assert_eq!(m.entry, x);
}

#[test]
fn every_history_entry_of_either_side_is_kept_and_each_task_as_changed_last() {
    let mut ours = Records::default();
    common::complete(&mut ours, &Answers::all(Choice::Partial), T1);
    common::apply(
        &mut ours,
        RecordsAction::Task(3, TaskChange::Note("ours, later".into())),
        T3,
    );
    let mut theirs = Records::default();
    common::complete(&mut theirs, &Answers::all(Choice::Done), T2);
    common::apply(
        &mut theirs,
        RecordsAction::Task(3, TaskChange::Note("theirs, earlier".into())),
        T2,
    );
    common::apply(
        &mut theirs,
        RecordsAction::Task(4, TaskChange::Done(true)),
        T2,
    );
    let a = Answers::new();
    let m = merge(
        &base(a, None),
        side(&a, &None, &ours),
        side(&a, &None, &theirs),
    );
    let totals: Vec<i32> = m.records.history.iter().map(|e| e.total()).collect();
    assert_eq!(totals, vec![50, 100]);
    assert_eq!(m.records.task(3).note, "ours, later");
    assert!(m.records.task(4).done);
}

#[test]
fn a_merge_that_is_exactly_theirs_needs_no_write() {
    let mut records = Records::default();
    common::complete(&mut records, &Answers::all(Choice::Done), T1);
    let theirs = Answers::new().with(1, Choice::Done);
    let b = Answers::new();
    // We changed nothing since the base: the merge is theirs.
    let m = merge(
        &base(b, None),
        side(&b, &None, &Records::default()),
        side(&theirs, &None, &records),
    );
    assert!(m.is(side(&theirs, &None, &records)));
    // We have an answer of our own: it must be written.
    let ours = b.with(2, Choice::Partial);
    let m = merge(
        &base(b, None),
        side(&ours, &None, &Records::default()),
        side(&theirs, &None, &records),
    );
    assert!(!m.is(side(&theirs, &None, &records)));
}

#[test]
fn only_a_newer_revision_is_taken_in() {
    let b = base(Answers::new(), None);
    assert!(is_newer(&b, Some(5)));
    assert!(!is_newer(&b, Some(4)), "our own write");
    assert!(!is_newer(&b, Some(3)), "a stale write");
    assert!(!is_newer(&b, None), "nothing or unreadable");
}

#[test]
fn a_snapshot_is_one_side() {
    let mut records = Records::default();
    common::complete(&mut records, &Answers::all(Choice::Done), T1);
    let json = common::stored(&jishin_shindan::store::Session::new(), &records, "t", 0);
    let snapshot = Snapshot::from_json(&json).unwrap();
    let answers = snapshot.session().answers;
    let s = Side::of(&snapshot, &answers);
    assert_eq!(*s.records, records);
    assert_eq!(*s.entry, None);
}

// ---- The revision, read without the reader's chunk (issue 30) ------------------------------------

use jishin_shindan::store::Session;

mod common;

#[test]
fn the_revision_is_found_in_saved_text_without_reading_it_as_json() {
    use jishin_shindan::store::sync::revision_in;
    let head = Snapshot::stored_head(&Session::new(), &Records::default(), "0.1.0", 42);
    assert_eq!(revision_in(&head), Some(42));
    assert_eq!(revision_in(r#"{"version":4,"revision": 7}"#), Some(7));
    assert_eq!(revision_in(r#"{"version":4}"#), None);
    assert_eq!(revision_in(r#"{"revision":"x"}"#), None);
    assert_eq!(revision_in(""), None);
}

// ---- A deletion in one tab stays deleted (issue 34) --------------------------------------------

#[test]
fn an_entry_deleted_in_the_other_tab_is_not_brought_back_by_ours() {
    let mut ours = Records::default();
    let kept = common::complete(&mut ours, &Answers::all(Choice::Done), T1);
    let gone = common::complete(&mut ours, &Answers::all(Choice::Partial), T2);
    let mut b = base(Answers::new(), None);
    b.history = Base::ids(&ours);
    let mut theirs = ours.clone();
    common::apply(&mut theirs, RecordsAction::Delete(gone.clone()), T2);
    let none = None;
    let answers = Answers::new();
    let m = merge(
        &b,
        side(&answers, &none, &ours),
        side(&answers, &none, &theirs),
    );
    let ids: Vec<&str> = m.records.history.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [kept.as_str()]);
    assert!(m.is(side(&answers, &none, &theirs)));
    // Deleted here: their copy does not bring it back either.
    let m = merge(
        &b,
        side(&answers, &none, &theirs),
        side(&answers, &none, &ours),
    );
    assert_eq!(m.records.history.len(), 1);
}

#[test]
fn an_entry_put_back_by_undo_in_the_other_tab_is_taken_in() {
    let mut ours = Records::default();
    let id = common::complete(&mut ours, &Answers::all(Choice::Done), T1);
    let (index, entry) = ours.position(&id).unwrap();
    common::apply(&mut ours, RecordsAction::Delete(id.clone()), T2);
    // Both tabs last shared the history without it; the other tab then undid the deletion.
    let mut b = base(Answers::new(), None);
    b.history = Base::ids(&ours);
    let mut theirs = ours.clone();
    common::apply(
        &mut theirs,
        RecordsAction::Restore {
            index,
            entry: Box::new(entry),
        },
        T2,
    );
    let none = None;
    let answers = Answers::new();
    let m = merge(
        &b,
        side(&answers, &none, &ours),
        side(&answers, &none, &theirs),
    );
    assert_eq!(m.records.history.len(), 1);
    assert_eq!(m.records.history[0].id, id);
}
