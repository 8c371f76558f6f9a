//! History, plan progress and profile: recording completions, task edits and sanitising.
//! Unit tests, because they call the records' own changes (`Records::record_completion`,
//! `update_task`, `record_result`, `apply`), which only `State::apply` may call from outside.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::core::lang::{Lang, Localized};
use crate::store::records::Note;
use std::collections::BTreeMap;

use crate::core::time::{CivilDate, Timestamp};
use crate::core::{share, Answers, Choice};
use crate::store::records::{
    answers_to_map, HistoryEntry, Profile, Records, StoredRecords, TaskState, MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
};

/// `records` read back as the app reads saved data: written as it writes them, read as
/// [`StoredRecords`] and checked. Returns what is kept and the notes.
fn reread(records: &Records) -> (Records, Vec<Note>) {
    reread_value(serde_json::to_value(records).unwrap())
}

/// Stored records given as JSON (to store what the app itself would never write), read and
/// checked as the app does.
fn reread_value(value: serde_json::Value) -> (Records, Vec<Note>) {
    serde_json::from_value::<StoredRecords>(value)
        .unwrap()
        .sanitize()
}

const T1: &str = "2026-05-10T09:00:00.000Z";
const T2: &str = "2026-11-25T10:15:00.000Z";
const T3: &str = "2027-05-20T08:30:00.000Z";

fn entry(answers: &Answers, at: &str) -> HistoryEntry {
    HistoryEntry::new(answers, at, &Profile::default()).unwrap()
}

#[test]
fn an_entry_knows_its_total_date_and_answers() {
    // 20 実施している (80) + 3 一部 (6) + 1 実施していない (0) + 1 わからない (−1) = 85.
    let answers = Answers::all(Choice::Done)
        .with(1, Choice::Partial)
        .with(2, Choice::Partial)
        .with(3, Choice::Partial)
        .with(4, Choice::NotDone)
        .with(5, Choice::Unknown);
    let e = entry(&answers, T2);
    assert_eq!(e.total(), 85);
    assert_eq!(e.date(), "2026-11-25");
    assert_eq!(e.answers(), answers);
    assert_eq!(e.answers.len(), 25);
}

#[test]
fn the_id_is_the_timestamp_and_the_share_code() {
    let answers = Answers::all(Choice::Done);
    let e = entry(&answers, T2);
    assert_eq!(e.id, format!("{T2}-{}", share::encode(&answers).unwrap()));
    assert_eq!(e.id, "2026-11-25T10:15:00.000Z-100000000002");
}

#[test]
fn recording_a_completion_uses_the_profile_names() {
    let mut records = Records {
        profile: Profile {
            company: "株式会社サンプル".into(),
            respondent: "山田".into(),
        },
        ..Records::default()
    };
    let e = records
        .record_completion(&Answers::all(Choice::Partial), T2)
        .unwrap();
    assert_eq!(e.company, "株式会社サンプル");
    assert_eq!(e.respondent, "山田");
    assert_eq!(records.history.len(), 1);
    assert_eq!(records.latest().unwrap().completed_at, T2);
}

#[test]
fn incomplete_answers_or_a_bad_time_are_not_recorded() {
    let mut records = Records::default();
    let mut almost = Answers::all(Choice::Done);
    almost.set(25, None);
    assert!(records.record_completion(&almost, T2).is_none());
    assert!(records
        .record_completion(&Answers::all(Choice::Done), "yesterday")
        .is_none());
    assert!(records.history.is_empty());
}

#[test]
fn recording_the_same_diagnosis_twice_keeps_one_entry() {
    let mut records = Records::default();
    let answers = Answers::all(Choice::NotDone);
    records.record_completion(&answers, T2);
    records.record_completion(&answers, T2);
    assert_eq!(records.history.len(), 1);
    // Same answers at another time is another diagnosis.
    records.record_completion(&answers, T3);
    assert_eq!(records.history.len(), 2);
}

#[test]
fn history_stays_sorted_by_completion_time() {
    let mut records = Records::default();
    records.record_completion(&Answers::all(Choice::Done), T3);
    records.record_completion(&Answers::all(Choice::Partial), T1);
    records.record_completion(&Answers::all(Choice::NotDone), T2);
    let times: Vec<&str> = records
        .history
        .iter()
        .map(|e| e.completed_at.as_str())
        .collect();
    assert_eq!(times, vec![T1, T2, T3]);
    assert_eq!(records.latest().unwrap().total(), 100);
}

#[test]
fn a_long_history_never_loses_its_oldest_diagnosis() {
    let mut records = Records::default();
    let answers = Answers::all(Choice::Done);
    // 1500 distinct days from 2020-01-01 on, added oldest first (well past the 1000 entries an
    // earlier version kept).
    let mut date = crate::core::time::CivilDate::parse("2020-01-01").unwrap();
    let first = date.to_string();
    for _ in 0..1500 {
        records.record_completion(&answers, &format!("{date}T00:00:00.000Z"));
        date = date.next_day().unwrap();
    }
    assert_eq!(records.history.len(), 1500);
    assert_eq!(records.history[0].date(), first);
}

#[test]
fn updating_a_task_stamps_it_and_keeps_it_valid() {
    let mut records = Records::default();
    assert_eq!(records.task(4), TaskState::default());
    assert!(records.update_task(4, T2, |t| {
        t.done = true;
        t.note = "あ".repeat(MAX_NOTE_CHARS + 10);
    }));
    let t = records.task(4);
    assert!(t.done);
    assert_eq!(t.note.chars().count(), MAX_NOTE_CHARS);
    assert_eq!(t.target_date, None);
    assert_eq!(t.updated_at.clone().unwrap(), T2);
    records.update_task(4, T3, |t| t.target_date = CivilDate::parse("2027-03-31"));
    assert_eq!(
        records.task(4).target_date.unwrap().to_string(),
        "2027-03-31"
    );
    assert_eq!(records.task(4).updated_at.clone().unwrap(), T3);
}

#[test]
fn tasks_outside_1_to_25_are_refused() {
    let mut records = Records::default();
    assert!(!records.update_task(0, T2, |t| t.done = true));
    assert!(!records.update_task(26, T2, |t| t.done = true));
    assert!(records.plan.is_empty());
}

#[test]
fn valid_records_pass_sanitize_unchanged() {
    let mut records = Records::default();
    records.record_completion(&Answers::all(Choice::Done), T1);
    records.record_completion(&Answers::all(Choice::Unknown), T2);
    records.update_task(1, T2, |t| t.note = "業者に電話".into());
    records.profile.company = "会".repeat(MAX_NAME_CHARS);
    let (clean, notes) = reread(&records);
    assert_eq!(clean, records);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn sanitize_drops_invalid_history_entries_and_says_why() {
    let good = entry(&Answers::all(Choice::Done), T2);
    let mut incomplete = entry(&Answers::all(Choice::Done), T1);
    incomplete.answers.remove(&13);
    let mut out_of_range = entry(&Answers::all(Choice::Done), T1);
    out_of_range.answers.insert(26, Choice::Done);
    let bad_date = entry(&Answers::all(Choice::Done), T1);
    let mut long_name = entry(&Answers::all(Choice::Done), T3);
    long_name.company = "x".repeat(MAX_NAME_CHARS + 1);
    let records = Records {
        history: vec![incomplete, out_of_range, bad_date, good.clone(), long_name].into(),
        ..Records::default()
    };
    let mut stored = serde_json::to_value(&records).unwrap();
    stored["history"][2]["completed_at"] = "2026-02-30T00:00:00Z".into();
    let (clean, notes) = reread_value(stored);
    assert_eq!(clean.history, vec![good]);
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(
        notes[0]
            .text(Lang::Ja)
            .contains("履歴の1件目（2026-05-10）")
            && notes[0].text(Lang::Ja).contains("25問")
    );
    assert!(notes[1].text(Lang::Ja).contains("存在しない質問番号"));
    assert!(notes[2].text(Lang::Ja).contains("日時"));
    assert!(notes[3].text(Lang::Ja).contains("長すぎる"));
}

#[test]
fn sanitize_keeps_an_entrys_own_id_even_after_its_answers_changed() {
    // A reviewed diagnosis keeps the id it got when first completed: its id no longer matches
    // its answers, and must not be recomputed (it would become another diagnosis).
    let mut reviewed = entry(&Answers::all(Choice::Partial), T2);
    reviewed.answers = answers_to_map(&Answers::all(Choice::Done));
    reviewed.updated_at = Timestamp::parse(T3);
    let id = reviewed.id.clone();
    let (clean, notes) = reread(&Records {
        history: vec![reviewed.clone()].into(),
        ..Records::default()
    });
    assert_eq!(notes, Vec::<Note>::new());
    assert_eq!(clean.history, vec![reviewed]);
    assert_eq!(clean.history[0].id, id);
}

#[test]
fn sanitize_derives_a_missing_or_malformed_id_from_the_content() {
    let good = entry(&Answers::all(Choice::Partial), T2);
    for bad in ["", "<img src=x>", "a b", &"x".repeat(81)] {
        let mut e = good.clone();
        e.id = bad.to_string();
        let (clean, notes) = reread(&Records {
            history: vec![e].into(),
            ..Records::default()
        });
        assert_eq!(clean.history, vec![good.clone()], "{bad:?}");
        assert!(notes.is_empty(), "{bad:?}: {notes:?}");
    }
}

#[test]
fn sanitize_keeps_one_of_two_copies_of_a_diagnosis_the_one_changed_last() {
    let first = entry(&Answers::all(Choice::Partial), T2);
    let mut reviewed = first.clone();
    reviewed.answers = answers_to_map(&Answers::all(Choice::Done));
    reviewed.updated_at = Timestamp::parse(T3);
    for history in [
        vec![first.clone(), reviewed.clone()],
        vec![reviewed.clone(), first.clone()],
    ] {
        let (clean, notes) = reread(&Records {
            history: history.into(),
            ..Records::default()
        });
        assert_eq!(clean.history, vec![reviewed.clone()]);
        assert_eq!(notes.len(), 1);
        assert!(notes[0].text(Lang::Ja).contains("重複"));
    }
}

#[test]
fn sanitize_drops_an_entry_with_a_bad_review_time() {
    let e = entry(&Answers::all(Choice::Partial), T2);
    let mut stored = serde_json::to_value(&Records {
        history: vec![e].into(),
        ..Records::default()
    })
    .unwrap();
    stored["history"][0]["updated_at"] = "昨日".into();
    let (clean, notes) = reread_value(stored);
    assert!(clean.history.is_empty());
    assert!(notes[0].text(Lang::Ja).contains("日時"), "{notes:?}");
}

// ---------------------------------------------------------------------------------------------
// Every completed diagnosis is its own entry (issue 17)
// ---------------------------------------------------------------------------------------------

const SAME_DAY_1: &str = "2026-11-29T01:00:00.000Z";
const SAME_DAY_2: &str = "2026-11-29T02:00:00.000Z";
const SAME_DAY_3: &str = "2026-11-29T03:00:00.000Z";

#[test]
fn two_new_diagnoses_on_one_day_are_two_entries_even_with_the_same_answers() {
    let mut records = Records::default();
    let a = records
        .record_result(None, &Answers::all(Choice::Partial), SAME_DAY_1)
        .unwrap();
    let b = records
        .record_result(None, &Answers::all(Choice::Partial), SAME_DAY_2)
        .unwrap();
    let c = records
        .record_result(None, &Answers::all(Choice::Done), SAME_DAY_3)
        .unwrap();
    assert_eq!(records.history.len(), 3);
    let ids: Vec<&str> = records.history.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec![a.as_str(), b.as_str(), c.as_str()]);
    let totals: Vec<i32> = records.history.iter().map(HistoryEntry::total).collect();
    assert_eq!(totals, vec![50, 50, 100]);
}

#[test]
fn reaching_the_result_again_unchanged_adds_and_changes_nothing() {
    let mut records = Records::default();
    let answers = Answers::all(Choice::NotDone);
    let id = records.record_result(None, &answers, SAME_DAY_1).unwrap();
    let before = records.clone();
    assert_eq!(
        records.record_result(Some(&id), &answers, SAME_DAY_2),
        Some(id.clone())
    );
    // A week later too.
    assert_eq!(
        records.record_result(Some(&id), &answers, T3),
        Some(id.clone())
    );
    assert_eq!(records, before);
}

#[test]
fn reviewing_answers_updates_only_that_diagnosis_entry() {
    let mut records = Records::default();
    let first = records
        .record_result(None, &Answers::all(Choice::Partial), SAME_DAY_1)
        .unwrap();
    let second = records
        .record_result(None, &Answers::all(Choice::NotDone), SAME_DAY_2)
        .unwrap();
    // Review the FIRST diagnosis (an older one): the newest entry must not change.
    let reviewed = Answers::all(Choice::Partial).with(1, Choice::Done);
    assert_eq!(
        records.record_result(Some(&first), &reviewed, SAME_DAY_3),
        Some(first.clone())
    );
    assert_eq!(records.history.len(), 2);
    let e1 = records.find(&first).unwrap();
    assert_eq!(e1.total(), 52);
    assert_eq!(e1.completed_at, SAME_DAY_1);
    assert_eq!(e1.updated_at.clone().unwrap(), SAME_DAY_3);
    let e2 = records.find(&second).unwrap();
    assert_eq!(e2.total(), 0);
    assert_eq!(e2.updated_at, None);
}

#[test]
fn a_diagnosis_whose_entry_is_gone_is_recorded_again_as_new() {
    let mut records = Records::default();
    let id = records
        .record_result(
            Some("2020-01-01T00:00:00.000Z-100000000002"),
            &Answers::all(Choice::Done),
            T2,
        )
        .unwrap();
    assert_ne!(id, "2020-01-01T00:00:00.000Z-100000000002");
    assert_eq!(records.history.len(), 1);
    assert_eq!(records.history[0].completed_at, T2);
}

#[test]
fn record_result_refuses_incomplete_answers_and_bad_times() {
    let mut records = Records::default();
    let mut almost = Answers::all(Choice::Done);
    almost.set(25, None);
    assert_eq!(records.record_result(None, &almost, T2), None);
    assert_eq!(
        records.record_result(None, &Answers::all(Choice::Done), "今日"),
        None
    );
    assert!(records.history.is_empty());
}

#[test]
fn sanitize_sorts_a_long_history_and_keeps_all_of_it() {
    let mut history = Vec::new();
    let mut date = crate::core::time::CivilDate::parse("2030-01-01").unwrap();
    for _ in 0..1005 {
        history.push(entry(
            &Answers::all(Choice::Done),
            &format!("{date}T00:00:00.000Z"),
        ));
        date = date.next_day().unwrap();
    }
    history.reverse();
    let (clean, notes) = reread(&Records {
        history: history.into(),
        ..Records::default()
    });
    assert_eq!(clean.history.len(), 1005);
    assert!(clean
        .history
        .windows(2)
        .all(|w| w[0].completed_at < w[1].completed_at));
    // The oldest (2030-01-01) is still there.
    assert_eq!(clean.history[0].date(), "2030-01-01");
    assert_eq!(notes, Vec::<Note>::new());
}

#[test]
fn sanitize_drops_invalid_plan_entries() {
    let ok = TaskState {
        done: true,
        note: "OK".into(),
        target_date: CivilDate::parse("2027-01-31"),
        updated_at: Timestamp::parse(T2),
    };
    let mut plan = BTreeMap::new();
    plan.insert(1, ok.clone());
    plan.insert(0, ok.clone());
    plan.insert(26, ok.clone());
    plan.insert(
        2,
        TaskState {
            note: "x".repeat(MAX_NOTE_CHARS + 1),
            ..ok.clone()
        },
    );
    plan.insert(3, ok.clone());
    plan.insert(4, ok.clone());
    plan.insert(5, TaskState::default());
    let mut stored = serde_json::to_value(&Records {
        plan,
        ..Records::default()
    })
    .unwrap();
    stored["plan"]["3"]["target_date"] = "2027-02-29".into();
    stored["plan"]["4"]["updated_at"] = "いつか".into();
    let (clean, notes) = reread_value(stored);
    assert_eq!(clean.plan.keys().copied().collect::<Vec<_>>(), vec![1, 5]);
    assert_eq!(notes.len(), 5, "{notes:?}");
    assert!(notes.iter().any(|n| n.text(Lang::Ja).contains("No.26")));
    assert!(notes
        .iter()
        .any(|n| n.text(Lang::Ja).contains("メモが長すぎる")));
    assert!(notes.iter().any(|n| n.text(Lang::Ja).contains("目標日")));
}

#[test]
fn sanitize_clears_over_long_profile_names() {
    let (clean, notes) = reread(&Records {
        profile: Profile {
            company: "社".repeat(MAX_NAME_CHARS + 1),
            respondent: "田中".into(),
        },
        ..Records::default()
    });
    assert_eq!(clean.profile.company, "");
    assert_eq!(clean.profile.respondent, "田中");
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text(Lang::Ja).contains("会社名"));
}

#[test]
fn records_read_from_json_with_missing_and_unknown_fields() {
    let answers: Vec<String> = (1..=25).map(|no| format!(r#""{no}":"done""#)).collect();
    let json = format!(
        r#"{{
        "history": [{{"completed_at": "2026-11-25T10:15:00.000Z", "answers": {{{}}}, "mood": "good"}}],
        "plan": {{"3": {{"done": true}}}},
        "future_field": [1, 2, 3]
    }}"#,
        answers.join(",")
    );
    let stored: StoredRecords = serde_json::from_str(&json).unwrap();
    let (records, notes) = stored.sanitize();
    assert_eq!(notes, Vec::new());
    assert_eq!(records.history.len(), 1);
    assert_eq!(records.history[0].company, "");
    assert_eq!(records.history[0].updated_at, None);
    assert!(records.plan[&3].done);
    assert_eq!(records.plan[&3].updated_at, None);
    assert_eq!(records.profile, Profile::default());
    let empty: StoredRecords = serde_json::from_str("{}").unwrap();
    assert_eq!(empty.sanitize(), (Records::default(), Vec::new()));
}

#[test]
fn records_survive_a_json_round_trip() {
    let mut records = Records::default();
    records.profile.company = "テスト商事".into();
    records.record_completion(&Answers::all(Choice::Partial).with(25, Choice::Unknown), T2);
    records.update_task(25, T3, |t| t.target_date = CivilDate::parse("2027-06-30"));
    let json = serde_json::to_string(&records).unwrap();
    let back: StoredRecords = serde_json::from_str(&json).unwrap();
    let (back, notes) = back.sanitize();
    assert_eq!((&back, notes), (&records, Vec::new()));
    assert_eq!(
        back.history[0].answers,
        answers_to_map(&Answers::all(Choice::Partial).with(25, Choice::Unknown))
    );
}

// ---------------------------------------------------------------------------------------------
// Every change through an action (issue 15)
// ---------------------------------------------------------------------------------------------

mod actions {
    use super::*;
    use crate::features::after::model::drafts::{DraftChange, DraftKind, Holding};
    use crate::features::after::model::star_two::StarTwoStep;
    use crate::store::records::{ProfileChange, RecordsAction, TaskChange};

    #[test]
    fn a_sequence_of_actions_builds_the_records_a_user_made() {
        let mut r = Records::default();
        let id = r
            .record_result(None, &Answers::all(Choice::Partial), T1)
            .unwrap();
        r.apply(RecordsAction::Task(3, TaskChange::Done(true)), T2);
        r.apply(
            RecordsAction::Task(3, TaskChange::Note("業者に電話".into())),
            T2,
        );
        r.apply(
            RecordsAction::Task(3, TaskChange::TargetDate("2026-12-31".into())),
            T2,
        );
        r.apply(
            RecordsAction::Profile {
                change: ProfileChange::Company("株式会社サンプル".into()),
                entry: Some(id.clone()),
            },
            T2,
        );
        r.apply(RecordsAction::StarTwo(StarTwoStep::PolicyDrafted, true), T2);
        r.apply(RecordsAction::StepUp(1, Some(Choice::Done)), T2);
        r.apply(
            RecordsAction::Draft(DraftChange::Holding(Holding::ALL[0], true)),
            T2,
        );
        r.apply(
            RecordsAction::SaveShared(Answers::all(Choice::Done), None),
            T3,
        );
        let task = r.task(3);
        assert!(task.done);
        assert_eq!(task.note, "業者に電話");
        assert_eq!(task.target_date.unwrap().to_string(), "2026-12-31");
        assert_eq!(task.updated_at.clone().unwrap(), T2);
        assert_eq!(r.profile.company, "株式会社サンプル");
        assert_eq!(r.find(&id).unwrap().company, "株式会社サンプル");
        assert!(r.beyond.star_two.policy_drafted);
        assert_eq!(r.beyond.step_up.get(1), Some(Choice::Done));
        assert!(r.beyond.drafts.policy.holdings.contains(&Holding::ALL[0]));
        assert_eq!(r.history.len(), 2);
        assert_eq!(r.latest().unwrap().total(), 100);
    }

    /// Issue 20: a result opened from a dated link goes back into the history with its own
    /// date, once.
    #[test]
    fn a_shared_result_with_a_date_is_kept_with_that_date_once() {
        let mut r = Records::default();
        let answers = Answers::all(Choice::Partial);
        r.apply(
            RecordsAction::SaveShared(answers, Some("2026-05-20".into())),
            T3,
        );
        r.apply(
            RecordsAction::SaveShared(answers, Some("2026-05-20".into())),
            T3,
        );
        assert_eq!(r.history.len(), 1);
        let entry = r.latest().unwrap();
        assert_eq!(entry.date(), "2026-05-20");
        assert_eq!(entry.completed_at, "2026-05-20T12:00:00.000Z");
        assert_eq!(entry.total(), 50);
        // A link without a date, or with one that is not a date, is dated now.
        r.apply(RecordsAction::SaveShared(answers, None), T3);
        r.apply(
            RecordsAction::SaveShared(answers, Some("2026-02-30".into())),
            T3,
        );
        assert_eq!(r.history.len(), 2);
        assert_eq!(r.latest().unwrap().completed_at, T3);
    }

    #[test]
    fn renaming_the_profile_renames_only_the_diagnosis_shown() {
        let mut r = Records::default();
        let first = r
            .record_result(None, &Answers::all(Choice::Done), T1)
            .unwrap();
        let second = r
            .record_result(None, &Answers::all(Choice::Done), T2)
            .unwrap();
        r.apply(
            RecordsAction::Profile {
                change: ProfileChange::Respondent("山田".into()),
                entry: Some(first.clone()),
            },
            T3,
        );
        assert_eq!(r.find(&first).unwrap().respondent, "山田");
        assert_eq!(r.find(&second).unwrap().respondent, "");
        // No entry (a diagnosis not yet recorded): the profile alone.
        r.apply(
            RecordsAction::Profile {
                change: ProfileChange::Respondent("佐藤".into()),
                entry: None,
            },
            T3,
        );
        assert_eq!(r.profile.respondent, "佐藤");
        assert_eq!(r.find(&first).unwrap().respondent, "山田");
    }

    #[test]
    fn actions_keep_the_records_valid() {
        let mut r = Records::default();
        r.apply(
            RecordsAction::Task(3, TaskChange::Note("あ".repeat(MAX_NOTE_CHARS + 5))),
            T1,
        );
        r.apply(
            RecordsAction::Task(3, TaskChange::TargetDate("来月".into())),
            T1,
        );
        r.apply(RecordsAction::Task(26, TaskChange::Done(true)), T1);
        r.apply(
            RecordsAction::Profile {
                change: ProfileChange::Company("会".repeat(MAX_NAME_CHARS + 1)),
                entry: None,
            },
            T1,
        );
        assert_eq!(r.task(3).note.chars().count(), MAX_NOTE_CHARS);
        assert_eq!(r.task(3).target_date, None);
        assert!(!r.plan.contains_key(&26));
        assert_eq!(r.profile.company.chars().count(), MAX_NAME_CHARS);
        let (clean, notes) = reread(&r);
        assert_eq!(clean, r);
        assert!(notes.is_empty());
    }

    #[test]
    fn an_import_never_overwrites_newer_data_here_and_fills_only_empty_names() {
        let mut here = Records::default();
        here.apply(
            RecordsAction::Task(5, TaskChange::Note("こちらが新しい".into())),
            T3,
        );
        here.apply(
            RecordsAction::Profile {
                change: ProfileChange::Company("こちらの会社".into()),
                entry: None,
            },
            T3,
        );
        let mut file = Records::default();
        file.record_result(None, &Answers::all(Choice::Done), T1);
        file.apply(
            RecordsAction::Task(5, TaskChange::Note("ファイルの古いメモ".into())),
            T1,
        );
        file.apply(
            RecordsAction::Profile {
                change: ProfileChange::Respondent("ファイルの回答者".into()),
                entry: None,
            },
            T1,
        );
        file.profile.company = "ファイルの会社".into();
        here.apply(RecordsAction::Import(Box::new(file)), T3);
        assert_eq!(here.history.len(), 1);
        assert_eq!(here.task(5).note, "こちらが新しい");
        assert_eq!(here.profile.company, "こちらの会社");
        assert_eq!(here.profile.respondent, "ファイルの回答者");
    }

    #[test]
    fn the_drafts_text_rule_applies_through_the_records() {
        let mut r = Records::default();
        let generated = r.beyond.drafts.generated(DraftKind::Policy, "");
        r.apply(
            RecordsAction::Draft(DraftChange::Text {
                kind: DraftKind::Policy,
                text: generated.clone(),
                generated,
            }),
            T1,
        );
        assert_eq!(r.beyond.drafts.edit(DraftKind::Policy), "");
        assert_eq!(r.beyond.drafts.updated_at.clone().unwrap(), T1);
    }
}

#[test]
fn returning_to_an_unchanged_result_leaves_the_history_as_it_is_so_nothing_is_rewritten() {
    use crate::store::state::State;
    use crate::store::Action;
    let mut records = Records::default();
    for i in 0..1000 {
        let at = format!("2026-01-01T00:00:{:02}.{:03}Z", i / 1000, i % 1000);
        records.record_completion(&Answers::all(Choice::Partial), &at);
    }
    let mut state = State {
        records,
        ..State::default()
    };
    state.apply(
        Action::Adopt(Answers::all(Choice::Done), None),
        "2026-11-25T10:00:00.000Z",
    );
    state.apply(Action::ShowResult, "2026-11-25T10:00:00.000Z");
    assert_eq!(state.records.history.len(), 1001);
    let version = state.records.history.version();
    // Back to Part 3 and forward to the same result, twice.
    for now in ["2026-11-25T10:01:00.000Z", "2026-11-25T10:02:00.000Z"] {
        state.apply(Action::Prev, now);
        state.apply(Action::ShowResult, now);
    }
    assert_eq!(
        state.records.history.version(),
        version,
        "nothing changed, so no new version"
    );
    // A reviewed answer does change it.
    state.apply(Action::Prev, "2026-11-25T10:03:00.000Z");
    state.apply(
        Action::Answer(25, Some(Choice::Partial)),
        "2026-11-25T10:03:00.000Z",
    );
    state.apply(Action::ShowResult, "2026-11-25T10:03:00.000Z");
    assert_ne!(state.records.history.version(), version);
    assert_eq!(state.records.history.len(), 1001);
}

// ---- Deleting one diagnosis, and 「元に戻す」 (issue 34) -------------------------------------------

use crate::store::records::{RecordsAction as Change, TaskChange as TaskEdit};

/// Three diagnoses, oldest first: 100, 50 and 0 points.
fn three() -> (Records, [String; 3]) {
    let mut records = Records::default();
    let ids = [
        (Choice::Done, T1),
        (Choice::Partial, T2),
        (Choice::NotDone, T3),
    ]
    .map(|(c, at)| records.record_result(None, &Answers::all(c), at).unwrap());
    (records, ids)
}

#[test]
fn deleting_an_entry_removes_it_alone_and_takes_one_new_version() {
    let (mut records, [first, second, third]) = three();
    let before = records.clone();
    let version = records.history.version();
    assert!(records.apply(Change::Delete(second.clone()), T3));
    assert_ne!(records.history.version(), version);
    let ids: Vec<&str> = records.history.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [first.as_str(), third.as_str()]);
    assert_eq!(
        records
            .history
            .iter()
            .map(HistoryEntry::total)
            .collect::<Vec<_>>(),
        [100, 0]
    );
    // Nothing else changed: the plan, the profile and the after-the-diagnosis data stay.
    assert_eq!(records.plan, before.plan);
    assert_eq!(records.profile, before.profile);
    assert_eq!(records.beyond, before.beyond);
}

#[test]
fn deleting_keeps_the_plan_which_belongs_to_no_entry() {
    let (mut records, [_, second, _]) = three();
    records.apply(Change::Task(3, TaskEdit::Done(true)), T3);
    records.apply(Change::Delete(second), T3);
    assert!(records.task(3).done);
    assert_eq!(records.history.len(), 2);
}

#[test]
fn deleting_an_unknown_id_changes_nothing_and_takes_no_new_version() {
    let (mut records, _) = three();
    let before = records.clone();
    let version = records.history.version();
    assert!(!records.apply(Change::Delete("2020-01-01T00:00:00.000Z-1".into()), T3));
    assert_eq!(records.history.version(), version);
    assert_eq!(records, before);
}

#[test]
fn undo_puts_the_same_entry_back_at_the_same_index() {
    for at in 0..3 {
        let (mut records, ids) = three();
        let original: Vec<HistoryEntry> = records.history.to_vec();
        let (index, deleted) = records.position(&ids[at]).unwrap();
        assert_eq!(index, at);
        records.apply(Change::Delete(ids[at].clone()), T3);
        let version = records.history.version();
        let restored = records.apply(
            Change::Restore {
                index,
                entry: Box::new(deleted),
            },
            T3,
        );
        assert!(restored);
        assert_ne!(records.history.version(), version);
        assert_eq!(records.history.to_vec(), original);
    }
}

#[test]
fn undo_of_an_entry_that_is_there_changes_nothing() {
    let (mut records, [_, second, _]) = three();
    let (index, entry) = records.position(&second).unwrap();
    let version = records.history.version();
    let restored = records.apply(
        Change::Restore {
            index,
            entry: Box::new(entry),
        },
        T3,
    );
    assert!(!restored);
    assert_eq!(records.history.version(), version);
    assert_eq!(records.history.len(), 3);
}

#[test]
fn undo_after_the_history_changed_puts_the_entry_in_its_place_by_time() {
    let (mut records, [first, second, third]) = three();
    let (index, entry) = records.position(&first).unwrap();
    records.apply(Change::Delete(first.clone()), T3);
    records.apply(Change::Delete(second.clone()), T3);
    // Index 0 would still be in order; index 5 is clamped to the end, which is not: by time.
    records.apply(
        Change::Restore {
            index: 5,
            entry: Box::new(entry),
        },
        T3,
    );
    let ids: Vec<&str> = records.history.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [first.as_str(), third.as_str()]);
    assert_eq!(index, 0);
}

#[test]
fn a_deleted_diagnosis_reaching_its_result_again_is_recorded_as_new() {
    let (mut records, [_, second, _]) = three();
    records.apply(Change::Delete(second.clone()), T3);
    let again = records
        .record_result(Some(&second), &Answers::all(Choice::Partial), T3)
        .unwrap();
    assert_ne!(again, second);
    assert_eq!(records.history.len(), 3);
}

// ---- The examples that were the records' changes' documentation --------------------------------

#[test]
fn recording_the_same_completion_twice_keeps_one_entry_and_incomplete_answers_none() {
    let mut records = Records::default();
    let answers = Answers::all(Choice::Done);
    assert!(records
        .record_completion(&answers, "2026-11-25T10:15:00.000Z")
        .is_some());
    assert!(records
        .record_completion(&answers, "2026-11-25T10:15:00.000Z")
        .is_some());
    assert_eq!(records.history.len(), 1);
    assert!(records
        .record_completion(&Answers::new(), "2026-11-25T10:15:00.000Z")
        .is_none());
}

#[test]
fn a_new_diagnosis_is_a_new_entry_and_a_review_updates_its_own_entry_only() {
    let mut records = Records::default();
    let first = records
        .record_result(
            None,
            &Answers::all(Choice::Partial),
            "2026-11-25T10:00:00.000Z",
        )
        .unwrap();
    // Another diagnosis the same day, even with the same answers, is another entry.
    let second = records
        .record_result(
            None,
            &Answers::all(Choice::Partial),
            "2026-11-25T11:00:00.000Z",
        )
        .unwrap();
    assert_ne!(first, second);
    assert_eq!(records.history.len(), 2);
    // Reviewing the second diagnosis updates the second entry only.
    records.record_result(
        Some(&second),
        &Answers::all(Choice::Done),
        "2026-11-25T11:05:00.000Z",
    );
    assert_eq!(records.history.len(), 2);
    assert_eq!(records.find(&first).unwrap().total(), 50);
    assert_eq!(records.find(&second).unwrap().total(), 100);
}

#[test]
fn updating_a_task_changes_it_and_stamps_it_with_now() {
    let mut records = Records::default();
    records.update_task(3, "2026-11-25T10:15:00.000Z", |t| t.done = true);
    assert!(records.task(3).done);
    assert_eq!(
        records.task(3).updated_at.unwrap(),
        "2026-11-25T10:15:00.000Z"
    );
}

#[test]
fn applying_a_task_note_sets_the_note() {
    use crate::store::records::{RecordsAction, TaskChange};
    let mut records = Records::default();
    records.apply(
        RecordsAction::Task(3, TaskChange::Note("業者に電話".into())),
        "2026-11-25T10:00:00.000Z",
    );
    assert_eq!(records.task(3).note, "業者に電話");
}
