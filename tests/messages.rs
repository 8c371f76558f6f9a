//! Every message the app can show, and every label that comes from a feature's model, in both
//! languages (issue 15: one way to speak two languages). Each message type implements
//! `Localized`; here every variant of every one of them is rendered in Japanese and in English:
//! both must be there, the Japanese must be Japanese, the English must have no Japanese, and the
//! two must differ. A message type added without English cannot compile (the `match lang`);
//! one whose English was left in Japanese fails here.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::share::ShareError;
use jishin_shindan::core::{share, Answers, Choice};
use jishin_shindan::features::after::model::drafts::{status_text, DraftKind, Holding};
use jishin_shindan::features::after::model::star_two::{self, StarTwo, StarTwoStep};
use jishin_shindan::features::after::model::step_up::{self, StepUpGroup};
use jishin_shindan::features::after::model::{AfterNote, AfterPart, DraftField};
use jishin_shindan::features::combine::model::{
    read_code, read_pasted, Collection, CombineError, SourceError, SourceProblem,
};
use jishin_shindan::features::plan::model::{check_hint, Group, TaskKind};
use jishin_shindan::store::records::{EntryProblem, Note, TaskProblem};
use jishin_shindan::store::transfer::read_combine_file;
use jishin_shindan::store::transfer::{ImportError, Invalid, ReadError};
use jishin_shindan::store::RestoreError;

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

fn assert_english(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what}: the English is empty");
    assert!(
        !text.chars().any(is_japanese),
        "{what}: the English has Japanese: {text}"
    );
}

fn assert_japanese(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what}: the Japanese is empty");
    assert!(
        text.chars().any(is_japanese),
        "{what}: the Japanese has no Japanese: {text}"
    );
}

/// A message in both languages.
fn check(what: &str, message: &dyn Localized) {
    let (ja, en) = (message.text(Lang::Ja), message.text(Lang::En));
    assert_japanese(what, &ja);
    assert_english(what, &en);
    assert!(
        !en.starts_with(|c: char| c.is_lowercase()),
        "{what}: the English message starts in lower case: {en}"
    );
    assert_ne!(ja, en, "{what}");
}

/// A label in both languages.
fn check_label(what: &str, ja: &str, en: &str) {
    assert_japanese(what, ja);
    assert_english(what, en);
}

fn share_errors() -> Vec<ShareError> {
    vec![
        ShareError::Empty,
        ShareError::UnknownVersion('z'),
        ShareError::InvalidCharacter {
            position: 3,
            found: '!',
        },
        ShareError::WrongLength {
            expected: 12,
            found: 9,
        },
        ShareError::ChecksumMismatch,
    ]
}

fn import_errors() -> Vec<ImportError> {
    vec![
        ImportError::TooLarge { bytes: 6_000_000 },
        ImportError::NotJson,
        ImportError::WrongFormat,
        ImportError::UnsupportedVersion(9),
        ImportError::Invalid(Invalid::NoSchemaVersion),
        ImportError::Invalid(Invalid::SchemaVersionZero),
        ImportError::Invalid(Invalid::At { line: 1, column: 2 }),
        ImportError::Invalid(Invalid::QuestionNo(26)),
    ]
}

fn after_notes() -> Vec<AfterNote> {
    let fields = [
        DraftField::PolicyCompany,
        DraftField::RepresentativeTitle,
        DraftField::RepresentativeName,
        DraftField::OtherHoldings,
        DraftField::PolicyText,
        DraftField::RulesOwner,
        DraftField::HandoutContact,
        DraftField::HandoutText,
        DraftField::PolicyDate,
        DraftField::RulesDate,
    ];
    let mut notes: Vec<AfterNote> = fields.iter().map(|f| AfterNote::TooLong(*f)).collect();
    notes.extend(fields.iter().map(|f| AfterNote::BadDate(*f)));
    notes.extend([
        AfterNote::RulesDropped(2),
        AfterNote::StepUpDropped(3),
        AfterNote::BadTime(AfterPart::StarTwo),
        AfterNote::BadTime(AfterPart::StepUp),
        AfterNote::BadTime(AfterPart::Drafts),
    ]);
    notes
}

#[test]
fn every_share_import_restore_and_read_error_speaks_both_languages() {
    for e in share_errors() {
        check(&format!("{e:?}"), &e);
    }
    for e in import_errors() {
        check(&format!("{e:?}"), &e);
    }
    for e in [
        RestoreError::Unreadable("x".into()),
        RestoreError::UnsupportedVersion(9),
        RestoreError::Invalid("x".into()),
    ] {
        check(&format!("{e:?}"), &e);
    }
    for e in [ReadError::TooLarge(5_242_880), ReadError::Unreadable] {
        check(&format!("{e:?}"), &e);
    }
    // Values are carried into both languages.
    assert!(ImportError::UnsupportedVersion(9)
        .text(Lang::En)
        .contains('9'));
    assert!(ImportError::Invalid(Invalid::At { line: 7, column: 2 })
        .text(Lang::En)
        .contains('7'));
    assert!(ShareError::InvalidCharacter {
        position: 3,
        found: '!'
    }
    .text(Lang::En)
    .contains('3'));
}

#[test]
fn every_note_about_dropped_saved_data_speaks_both_languages() {
    let mut notes = vec![
        Note::Entry {
            index: 2,
            date: Some("2026-05-10".into()),
            problem: EntryProblem::BadTime,
        },
        Note::Entry {
            index: 0,
            date: None,
            problem: EntryProblem::NoSuchQuestion,
        },
        Note::Entry {
            index: 0,
            date: None,
            problem: EntryProblem::Incomplete,
        },
        Note::Entry {
            index: 0,
            date: None,
            problem: EntryProblem::NameTooLong,
        },
        Note::Duplicates(2),
        Note::TaskNoSuchQuestion(26),
        Note::Task {
            no: 3,
            problem: TaskProblem::NoteTooLong,
        },
        Note::Task {
            no: 3,
            problem: TaskProblem::BadTargetDate,
        },
        Note::Task {
            no: 3,
            problem: TaskProblem::BadTime,
        },
        Note::CompanyTooLong,
        Note::RespondentTooLong,
    ];
    notes.extend(after_notes().into_iter().map(Note::After));
    for note in &notes {
        check(&format!("{note:?}"), note);
    }
    let en = Note::Entry {
        index: 2,
        date: Some("2026-05-10".into()),
        problem: EntryProblem::BadTime,
    }
    .text(Lang::En);
    assert!(en.contains("History entry 3 (2026-05-10)"), "{en}");
}

#[test]
fn every_combine_error_speaks_both_languages() {
    let code = share::encode(&Answers::all(Choice::Done)).unwrap();
    let mut errors: Vec<SourceError> = vec![
        read_code("Sales", "1abc").unwrap_err(),
        read_code("Sales", "https://example.jp/").unwrap_err(),
        read_code("Sales", "https://example.jp/#x=1").unwrap_err(),
        read_combine_file("memo.json", "hello").unwrap_err(),
        read_combine_file("memo.json", "{}").unwrap_err(),
        SourceError::new(
            "memo.json",
            SourceProblem::Unreadable(ReadError::Unreadable),
        ),
        SourceError::new(
            "memo.json",
            SourceProblem::Unreadable(ReadError::TooLarge(1)),
        ),
        SourceError::new("Sales", SourceProblem::Incomplete),
        read_combine_file(
            "empty.json",
            &jishin_shindan::store::transfer::export(
                &Answers::new(),
                None,
                &jishin_shindan::store::records::Records::default(),
                "1",
                "2026-11-25T10:15:00.000Z",
            ),
        )
        .unwrap_err(),
    ];
    let mut full = Collection::new();
    while full.add(read_code("A", &code)).is_ok() {}
    errors.push(full.add(read_code("B", &code)).unwrap_err());
    let problems: std::collections::BTreeSet<String> = errors
        .iter()
        .map(|e| format!("{:?}", std::mem::discriminant(&e.problem)))
        .collect();
    assert_eq!(
        problems.len(),
        7,
        "the errors cover every kind of problem: {errors:?}"
    );
    for e in &errors {
        check(&format!("{e:?}"), e);
        assert!(
            e.text(Lang::En).contains(&e.source),
            "the English names the source"
        );
    }
    for e in [CombineError::TooFew(1), CombineError::TooMany(99)] {
        check(&format!("{e:?}"), &e);
    }
    assert_english(
        "pasted label",
        read_pasted(&code, Lang::En)[0].as_ref().unwrap().label(),
    );
}

#[test]
fn every_rollup_problem_bad_line_and_group_name_speaks_both_languages() {
    use jishin_shindan::features::rollup::model::builder::Problem;
    use jishin_shindan::features::rollup::model::figures::GroupKey;
    use jishin_shindan::features::rollup::model::RollUpBuilder;
    let mut problems: Vec<Problem> = share_errors().into_iter().map(Problem::Share).collect();
    problems.extend([Problem::Incomplete, Problem::BrokenRow]);
    for p in &problems {
        check(&format!("{p:?}"), p);
    }
    let code = share::encode(&Answers::all(Choice::Done)).unwrap();
    let mut builder = RollUpBuilder::new();
    builder.start_table("members.csv");
    builder.feed(&format!("name,link\nA,#r={code}x\nB,\"#r={code}\n"));
    builder.add_result(&Answers::new(), None, "office.json");
    let rollup = builder.finish();
    let kinds: Vec<Problem> = rollup.bad.iter().map(|b| b.problem.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            Problem::Share(ShareError::WrongLength {
                expected: 12,
                found: 13
            }),
            Problem::BrokenRow,
            Problem::Incomplete
        ]
    );
    for bad in &rollup.bad {
        check(&format!("{bad:?}"), bad);
        assert!(
            bad.text(Lang::En).contains(&*bad.source),
            "names the source"
        );
    }
    assert!(rollup.bad[0]
        .text(Lang::En)
        .starts_with("Line 2 of “members.csv”"));
    assert!(rollup.bad[1].text(Lang::Ja).contains("3行目"));
    for key in [
        GroupKey::Blank,
        GroupKey::Others { values: 3 },
        GroupKey::Outside,
    ] {
        check_label(
            &format!("{key:?}"),
            &key.label(Lang::Ja),
            &key.label(Lang::En),
        );
    }
}

#[test]
fn every_plan_label_and_hint_speaks_both_languages() {
    for kind in [TaskKind::Check, TaskKind::Implement, TaskKind::Improve] {
        check_label("task kind", kind.label(Lang::Ja), kind.label(Lang::En));
    }
    for group in Group::ALL {
        check_label("group", group.label(Lang::Ja), group.label(Lang::En));
    }
    for no in 1..=25 {
        check_label(
            &format!("hint {no}"),
            check_hint(no, Lang::Ja),
            check_hint(no, Lang::En),
        );
    }
    let all: std::collections::BTreeSet<_> = (1..=25).map(|n| check_hint(n, Lang::En)).collect();
    assert_eq!(all.len(), 25, "every hint is different");
    assert_eq!(check_hint(0, Lang::En), "");
    assert_eq!(check_hint(26, Lang::Ja), "");
}

#[test]
fn every_after_the_diagnosis_label_speaks_both_languages_while_the_documents_stay_japanese() {
    jishin_shindan::app::english::register();
    for step in StarTwoStep::ALL {
        check_label("step label", step.label(Lang::Ja), step.label(Lang::En));
        check_label("step detail", step.detail(Lang::Ja), step.detail(Lang::En));
    }
    check_label(
        "SECURITY ACTION",
        star_two::SECURITY_ACTION_TEXT.ja,
        star_two::SECURITY_ACTION_TEXT.en,
    );
    for link in &star_two::LINKS {
        let (name, why) = link.texts(Lang::En);
        assert_english("link name", name);
        assert_english("link why", why);
        assert_eq!(link.texts(Lang::Ja), (link.name, link.why));
    }
    let mut star = StarTwo::default();
    for diagnosed in [false, true] {
        let s = star.summary(diagnosed);
        check_label("headline", &s.headline(Lang::Ja), &s.headline(Lang::En));
    }
    for step in [
        StarTwoStep::PolicyDrafted,
        StarTwoStep::PolicyPublished,
        StarTwoStep::Declared,
    ] {
        star.set(step, true, "2026-11-25T10:15:00.000Z");
        let s = star.summary(true);
        check_label("headline", &s.headline(Lang::Ja), &s.headline(Lang::En));
    }
    for kind in DraftKind::ALL {
        check_label("draft title", kind.title(Lang::Ja), kind.title(Lang::En));
        check_label(
            "draft purpose",
            kind.purpose(Lang::Ja),
            kind.purpose(Lang::En),
        );
    }
    for h in Holding::ALL {
        check_label("holding", h.label(Lang::Ja), h.label(Lang::En));
    }
    for choice in Choice::ALL.into_iter().map(Some).chain([None]) {
        check_label(
            "status",
            &status_text(choice, Lang::Ja),
            &status_text(choice, Lang::En),
        );
    }
    for group in StepUpGroup::ALL {
        check_label(
            "step-up group",
            group.title(Lang::Ja),
            group.title(Lang::En),
        );
    }
    check_label("notice", step_up::NOTICE_TITLE.ja, step_up::NOTICE_TITLE.en);
    for item in &step_up::ITEMS {
        let (title, question, hint) = item.texts(Lang::En);
        for text in [title, question, hint, item.source_en] {
            assert_english(&format!("step-up {}", item.id), text);
        }
        assert_eq!(item.texts(Lang::Ja), (item.title, item.question, item.hint));
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
