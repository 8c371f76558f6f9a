//! Three-way merge of answers edited in two tabs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::{merge_answers, Answers, Choice};

#[test]
fn questions_changed_only_on_their_side_take_their_answer() {
    let base = Answers::new().with(1, Choice::Done);
    let theirs = base.with(5, Choice::NotDone).with(1, Choice::Partial);
    assert_eq!(merge_answers(&base, &base, &theirs), theirs);
}

#[test]
fn questions_changed_on_our_side_keep_our_answer_even_if_they_changed_it_too() {
    let base = Answers::new().with(1, Choice::Done);
    let ours = base.with(1, Choice::Unknown);
    let theirs = base.with(1, Choice::Partial).with(2, Choice::Done);
    let merged = merge_answers(&base, &ours, &theirs);
    assert_eq!(merged.get(1), Some(Choice::Unknown));
    assert_eq!(merged.get(2), Some(Choice::Done));
    assert_eq!(merged.answered_count(), 2);
}

#[test]
fn an_answer_we_cleared_stays_cleared() {
    let base = Answers::new().with(4, Choice::Done);
    let mut ours = base;
    ours.set(4, None);
    let theirs = base.with(6, Choice::Done);
    let merged = merge_answers(&base, &ours, &theirs);
    assert_eq!(merged.get(4), None);
    assert_eq!(merged.get(6), Some(Choice::Done));
}
