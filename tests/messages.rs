//! Every message the app can show, and every label that comes from a feature's model, in both
//! languages (issue 15: one way to speak two languages). Each message type implements
//! `Localized`; here every variant of every one of them is rendered in Japanese and in English:
//! both must be there, the Japanese must be Japanese, the English must have no Japanese, and the
//! two must differ. A message type added without English cannot compile (the `match lang`);
//! one whose English was left in Japanese fails here.
//!
//! Every variant is walked: each message enum has one function here (`share_errors`,
//! `import_errors`, …) whose `match` names every variant, without a `_` arm, so a variant added
//! to an enum does not compile until it is named here, with its example and its place in the
//! walk ([`every`]).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::share::ShareError;
use jishin_shindan::core::{share, Answers, Choice};
use jishin_shindan::features::after::model::drafts::{status_text, DraftKind, Holding};
use jishin_shindan::features::after::model::star_two::{self, StarTwoStep};
use jishin_shindan::features::after::model::step_up::{self, StepUpGroup};
use jishin_shindan::features::after::model::{AfterNote, AfterPart, DraftField};
use jishin_shindan::features::combine::model::{
    read_code, read_pasted, Collection, CombineError, SourceError, SourceProblem,
};
use jishin_shindan::features::plan::model::{check_hint, Group, TaskKind};
use jishin_shindan::features::publish::model::{
    Accent, ConfigError, ConfigWarning, ConsoleNote, FetchFailure, Malformed,
    Problem as ConfigProblem,
};
use jishin_shindan::features::rollup::model::builder::{BadEntry, Problem};
use jishin_shindan::features::rollup::model::figures::GroupKey;
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

/// Walks the variants of an enum: from `first`, `next` gives the example of the variant after
/// the one it is given, `None` after the last. Each `next` is one `match` that names every
/// variant without a `_` arm, so a variant added to the enum does not compile until it is given
/// its place here. Each variant is walked once.
fn every<T: std::fmt::Debug>(first: T, next: fn(&T) -> Option<T>) -> Vec<T> {
    let mut all = Vec::new();
    let mut current = Some(first);
    while let Some(value) = current {
        current = next(&value);
        all.push(value);
        assert!(all.len() <= 100, "the walk never ends: {all:?}");
    }
    let variants: std::collections::BTreeSet<String> = all
        .iter()
        .map(|v| format!("{:?}", std::mem::discriminant(v)))
        .collect();
    assert_eq!(
        variants.len(),
        all.len(),
        "a variant is walked twice: {all:?}"
    );
    all
}

fn share_errors() -> Vec<ShareError> {
    every(ShareError::Empty, |e| match e {
        ShareError::Empty => Some(ShareError::UnknownVersion('z')),
        ShareError::UnknownVersion(_) => Some(ShareError::InvalidCharacter {
            position: 3,
            found: '!',
        }),
        ShareError::InvalidCharacter { .. } => Some(ShareError::WrongLength {
            expected: 12,
            found: 9,
        }),
        ShareError::WrongLength { .. } => Some(ShareError::ChecksumMismatch),
        ShareError::ChecksumMismatch => None,
    })
}

fn invalids() -> Vec<Invalid> {
    every(Invalid::NoSchemaVersion, |e| match e {
        Invalid::NoSchemaVersion => Some(Invalid::SchemaVersionZero),
        Invalid::SchemaVersionZero => Some(Invalid::At { line: 1, column: 2 }),
        Invalid::At { .. } => Some(Invalid::QuestionNo(26)),
        Invalid::QuestionNo(_) => None,
    })
}

/// Every import error, with every [`Invalid`] inside `ImportError::Invalid`.
fn import_errors() -> Vec<ImportError> {
    let mut errors = every(ImportError::TooLarge { bytes: 6_000_000 }, |e| match e {
        ImportError::TooLarge { .. } => Some(ImportError::NotJson),
        ImportError::NotJson => Some(ImportError::WrongFormat),
        ImportError::WrongFormat => Some(ImportError::UnsupportedVersion(9)),
        ImportError::UnsupportedVersion(_) => Some(ImportError::Invalid(Invalid::NoSchemaVersion)),
        ImportError::Invalid(_) => None,
    });
    errors.extend(invalids().into_iter().skip(1).map(ImportError::Invalid));
    errors
}

fn read_errors() -> Vec<ReadError> {
    every(ReadError::TooLarge(5_242_880), |e| match e {
        ReadError::TooLarge(_) => Some(ReadError::Unreadable),
        ReadError::Unreadable => None,
    })
}

fn restore_errors() -> Vec<RestoreError> {
    every(RestoreError::Unreadable("x".into()), |e| match e {
        RestoreError::Unreadable(_) => Some(RestoreError::UnsupportedVersion(9)),
        RestoreError::UnsupportedVersion(_) => Some(RestoreError::Invalid("x".into())),
        RestoreError::Invalid(_) => None,
    })
}

fn draft_fields() -> Vec<DraftField> {
    every(DraftField::PolicyCompany, |f| match f {
        DraftField::PolicyCompany => Some(DraftField::RepresentativeTitle),
        DraftField::RepresentativeTitle => Some(DraftField::RepresentativeName),
        DraftField::RepresentativeName => Some(DraftField::OtherHoldings),
        DraftField::OtherHoldings => Some(DraftField::PolicyText),
        DraftField::PolicyText => Some(DraftField::RulesOwner),
        DraftField::RulesOwner => Some(DraftField::HandoutContact),
        DraftField::HandoutContact => Some(DraftField::HandoutText),
        DraftField::HandoutText => Some(DraftField::PolicyDate),
        DraftField::PolicyDate => Some(DraftField::RulesDate),
        DraftField::RulesDate => None,
    })
}

fn after_parts() -> Vec<AfterPart> {
    every(AfterPart::StarTwo, |p| match p {
        AfterPart::StarTwo => Some(AfterPart::StepUp),
        AfterPart::StepUp => Some(AfterPart::Drafts),
        AfterPart::Drafts => None,
    })
}

/// Every note about the 「診断の後に」 data, with every field and every part in it.
fn after_notes() -> Vec<AfterNote> {
    let kinds = every(AfterNote::TooLong(DraftField::PolicyCompany), |n| match n {
        AfterNote::TooLong(_) => Some(AfterNote::BadDate(DraftField::PolicyCompany)),
        AfterNote::BadDate(_) => Some(AfterNote::RulesDropped(2)),
        AfterNote::RulesDropped(_) => Some(AfterNote::StepUpDropped(3)),
        AfterNote::StepUpDropped(_) => Some(AfterNote::BadTime(AfterPart::StarTwo)),
        AfterNote::BadTime(_) => None,
    });
    let fields = draft_fields();
    let mut notes: Vec<AfterNote> = fields.iter().map(|f| AfterNote::TooLong(*f)).collect();
    notes.extend(fields.iter().map(|f| AfterNote::BadDate(*f)));
    notes.extend(
        kinds
            .into_iter()
            .filter(|n| matches!(n, AfterNote::RulesDropped(_) | AfterNote::StepUpDropped(_))),
    );
    notes.extend(after_parts().into_iter().map(AfterNote::BadTime));
    notes
}

fn entry_problems() -> Vec<EntryProblem> {
    every(EntryProblem::BadTime, |p| match p {
        EntryProblem::BadTime => Some(EntryProblem::NoSuchQuestion),
        EntryProblem::NoSuchQuestion => Some(EntryProblem::Incomplete),
        EntryProblem::Incomplete => Some(EntryProblem::NameTooLong),
        EntryProblem::NameTooLong => None,
    })
}

fn task_problems() -> Vec<TaskProblem> {
    every(TaskProblem::NoteTooLong, |p| match p {
        TaskProblem::NoteTooLong => Some(TaskProblem::BadTargetDate),
        TaskProblem::BadTargetDate => Some(TaskProblem::BadTime),
        TaskProblem::BadTime => None,
    })
}

/// Every note about dropped saved data, with every problem and every 「診断の後に」 note in it.
fn notes() -> Vec<Note> {
    let entry = |index: usize, date: Option<&str>, problem| Note::Entry {
        index,
        date: date.map(String::from),
        problem,
    };
    let kinds = every(
        Note::Entry {
            index: 2,
            date: Some("2026-05-10".into()),
            problem: EntryProblem::BadTime,
        },
        |n| match n {
            Note::Entry { .. } => Some(Note::Duplicates(2)),
            Note::Duplicates(_) => Some(Note::TaskNoSuchQuestion(26)),
            Note::TaskNoSuchQuestion(_) => Some(Note::Task {
                no: 3,
                problem: TaskProblem::NoteTooLong,
            }),
            Note::Task { .. } => Some(Note::CompanyTooLong),
            Note::CompanyTooLong => Some(Note::RespondentTooLong),
            Note::RespondentTooLong => Some(Note::After(AfterNote::RulesDropped(2))),
            Note::After(_) => None,
        },
    );
    let mut notes: Vec<Note> = entry_problems()
        .into_iter()
        .map(|p| entry(0, None, p))
        .collect();
    notes.extend(
        kinds
            .into_iter()
            .filter(|n| !matches!(n, Note::Entry { .. } | Note::Task { .. } | Note::After(_))),
    );
    notes.push(entry(2, Some("2026-05-10"), EntryProblem::BadTime));
    notes.extend(
        task_problems()
            .into_iter()
            .map(|problem| Note::Task { no: 3, problem }),
    );
    notes.extend(after_notes().into_iter().map(Note::After));
    notes
}

fn malformeds() -> Vec<Malformed> {
    every(
        Malformed::Truncated {
            line: 2,
            column: 16,
        },
        |m| match m {
            Malformed::Truncated { .. } => Some(Malformed::Syntax {
                line: 1,
                column: 14,
            }),
            Malformed::Syntax { .. } => Some(Malformed::BadKey(String::new())),
            Malformed::BadKey(_) => Some(Malformed::Twice("message".into())),
            Malformed::Twice(_) => Some(Malformed::WrongType {
                field: "contact.phone".into(),
                expected: "\"…\"",
            }),
            Malformed::WrongType { .. } => None,
        },
    )
}

/// Every reason a config file is not used, with every [`Malformed`] inside.
fn config_errors() -> Vec<ConfigError> {
    let kinds = every(ConfigError::TooLarge { bytes: 70_000 }, |e| match e {
        ConfigError::TooLarge { .. } => Some(ConfigError::NotUtf8),
        ConfigError::NotUtf8 => Some(ConfigError::Malformed(Malformed::BadKey(String::new()))),
        ConfigError::Malformed(_) => None,
    });
    let mut errors: Vec<ConfigError> = kinds
        .into_iter()
        .filter(|e| !matches!(e, ConfigError::Malformed(_)))
        .collect();
    errors.extend(malformeds().into_iter().map(ConfigError::Malformed));
    errors.extend([
        ConfigError::Malformed(Malformed::BadKey("organization".into())),
        ConfigError::Malformed(Malformed::WrongType {
            field: String::new(),
            expected: "{…}",
        }),
    ]);
    errors
}

/// Every problem of a source to combine, with every import, share and read error in it.
fn source_problems() -> Vec<SourceProblem> {
    let kinds = every(SourceProblem::Import(ImportError::NotJson), |p| match p {
        SourceProblem::Import(_) => Some(SourceProblem::Share(ShareError::Empty)),
        SourceProblem::Share(_) => Some(SourceProblem::NoResult),
        SourceProblem::NoResult => Some(SourceProblem::NoCompleted),
        SourceProblem::NoCompleted => Some(SourceProblem::Incomplete),
        SourceProblem::Incomplete => Some(SourceProblem::Full),
        SourceProblem::Full => Some(SourceProblem::Unreadable(ReadError::Unreadable)),
        SourceProblem::Unreadable(_) => None,
    });
    let mut problems: Vec<SourceProblem> = import_errors()
        .into_iter()
        .map(SourceProblem::Import)
        .collect();
    problems.extend(share_errors().into_iter().map(SourceProblem::Share));
    problems.extend(kinds.into_iter().filter(|p| {
        !matches!(
            p,
            SourceProblem::Import(_) | SourceProblem::Share(_) | SourceProblem::Unreadable(_)
        )
    }));
    problems.extend(read_errors().into_iter().map(SourceProblem::Unreadable));
    problems
}

fn combine_errors() -> Vec<CombineError> {
    every(CombineError::TooFew(1), |e| match e {
        CombineError::TooFew(_) => Some(CombineError::TooMany(99)),
        CombineError::TooMany(_) => None,
    })
}

/// Every problem of a roll-up's entry, with every share error in it.
fn rollup_problems() -> Vec<Problem> {
    let kinds = every(Problem::Share(ShareError::Empty), |p| match p {
        Problem::Share(_) => Some(Problem::Incomplete),
        Problem::Incomplete => Some(Problem::BrokenRow),
        Problem::BrokenRow => None,
    });
    let mut problems: Vec<Problem> = share_errors().into_iter().map(Problem::Share).collect();
    problems.extend(
        kinds
            .into_iter()
            .filter(|p| !matches!(p, Problem::Share(_))),
    );
    problems
}

fn group_keys() -> Vec<GroupKey> {
    every(GroupKey::Value("建設業".into()), |k| match k {
        GroupKey::Value(_) => Some(GroupKey::Blank),
        GroupKey::Blank => Some(GroupKey::Others { values: 3 }),
        GroupKey::Others { .. } => Some(GroupKey::Outside),
        GroupKey::Outside => None,
    })
}

fn task_kinds() -> Vec<TaskKind> {
    every(TaskKind::Check, |k| match k {
        TaskKind::Check => Some(TaskKind::Implement),
        TaskKind::Implement => Some(TaskKind::Improve),
        TaskKind::Improve => None,
    })
}

fn groups() -> Vec<Group> {
    every(Group::Part1, |g| match g {
        Group::Part1 => Some(Group::Check),
        Group::Check => Some(Group::Implement),
        Group::Implement => Some(Group::Improve),
        Group::Improve => None,
    })
}

fn config_problems() -> Vec<ConfigProblem> {
    every(ConfigProblem::TooLong { max: 100 }, |p| match p {
        ConfigProblem::TooLong { .. } => Some(ConfigProblem::ControlCharacters),
        ConfigProblem::ControlCharacters => Some(ConfigProblem::UnsafeUrl),
        ConfigProblem::UnsafeUrl => Some(ConfigProblem::UnsafeLogo),
        ConfigProblem::UnsafeLogo => Some(ConfigProblem::BadColor),
        ConfigProblem::BadColor => Some(ConfigProblem::BadPhone),
        ConfigProblem::BadPhone => Some(ConfigProblem::BadEmail),
        ConfigProblem::BadEmail => Some(ConfigProblem::BadCollect),
        ConfigProblem::BadCollect => Some(ConfigProblem::UnknownField),
        ConfigProblem::UnknownField => None,
    })
}

#[test]
fn every_share_import_restore_and_read_error_speaks_both_languages() {
    for e in share_errors() {
        check(&format!("{e:?}"), &e);
    }
    for e in import_errors() {
        check(&format!("{e:?}"), &e);
    }
    for e in restore_errors() {
        check(&format!("{e:?}"), &e);
    }
    for e in read_errors() {
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
    let notes = notes();
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
    for problem in source_problems() {
        let e = SourceError::new("Sales", problem);
        check(&format!("{e:?}"), &e);
        assert!(e.text(Lang::En).contains("“Sales”"), "names the source");
        assert!(e.text(Lang::Ja).contains("「Sales」"), "names the source");
    }
    for e in combine_errors() {
        check(&format!("{e:?}"), &e);
    }
    assert_english(
        "pasted label",
        read_pasted(&code, Lang::En)[0].as_ref().unwrap().label(),
    );
}

#[test]
fn every_rollup_problem_bad_line_and_group_name_speaks_both_languages() {
    use jishin_shindan::features::rollup::model::RollUpBuilder;
    let problems = rollup_problems();
    for p in &problems {
        check(&format!("{p:?}"), p);
    }
    // Every problem, on a line or not, with what was found or without.
    for problem in &problems {
        for line in [Some(2), None] {
            for found in ["1abc", ""] {
                let bad = BadEntry {
                    source: "members.csv".into(),
                    line,
                    found: found.into(),
                    problem: problem.clone(),
                };
                check(&format!("{bad:?}"), &bad);
                for lang in Lang::ALL {
                    let text = bad.text(lang);
                    assert!(text.contains("members.csv"), "names the source: {text}");
                    assert!(text.contains(found), "shows what was found: {text}");
                    let names_line = text.contains("2行目") || text.contains("Line 2 of");
                    assert_eq!(line.is_some(), names_line, "the line: {text}");
                }
            }
        }
    }
    let code = share::encode(&Answers::all(Choice::Done)).unwrap();
    let mut builder = RollUpBuilder::new();
    builder.start_table("members.csv");
    builder.feed(&format!("name,link\nA,#r={code}x\nB,\"#r={code}\n"));
    builder.add_result(&Answers::new(), None, "office.json");
    let rollup = builder.roll_up();
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
    for key in group_keys() {
        if let GroupKey::Value(value) = &key {
            // A value is shown as it is, in either language.
            for lang in Lang::ALL {
                assert_eq!(&key.label(lang), value);
            }
            continue;
        }
        check_label(
            &format!("{key:?}"),
            &key.label(Lang::Ja),
            &key.label(Lang::En),
        );
    }
}

#[test]
fn every_plan_label_and_hint_speaks_both_languages() {
    for kind in task_kinds() {
        check_label("task kind", kind.label(Lang::Ja), kind.label(Lang::En));
    }
    assert_eq!(groups(), Group::ALL, "Group::ALL has every group, in order");
    for group in Group::ALL {
        check_label("group", group.label(Lang::Ja), group.label(Lang::En));
    }
    for problem in task_problems() {
        check_label(
            &format!("{problem:?}"),
            problem.text(Lang::Ja),
            problem.text(Lang::En),
        );
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
    let mut state = jishin_shindan::store::state::State::default();
    for diagnosed in [false, true] {
        let s = state.records.beyond.star_two.summary(diagnosed);
        check_label("headline", &s.headline(Lang::Ja), &s.headline(Lang::En));
    }
    for step in [
        StarTwoStep::PolicyDrafted,
        StarTwoStep::PolicyPublished,
        StarTwoStep::Declared,
    ] {
        let tick = jishin_shindan::store::records::RecordsAction::StarTwo(step, true);
        state.apply(tick, "2026-11-25T10:15:00.000Z");
        let s = state.records.beyond.star_two.summary(true);
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

#[test]
fn every_config_error_speaks_both_languages() {
    for e in config_errors() {
        check(&format!("{e:?}"), &e);
        // The console's words are the Japanese.
        assert_eq!(e.to_string(), e.text(Lang::Ja));
    }
    let e = ConfigError::TooLarge { bytes: 70_000 };
    assert!(e.text(Lang::En).contains("70000") && e.text(Lang::En).contains("65536"));
    let whole = Malformed::WrongType {
        field: String::new(),
        expected: "{…}",
    };
    assert!(whole.text(Lang::Ja).contains("ファイル全体"));
    assert!(whole.text(Lang::En).contains("the whole file as {…}"));
}

/// Every reason a config file could not be fetched.
fn fetch_failures() -> Vec<FetchFailure> {
    every(FetchFailure::NoWindow, |f| match f {
        FetchFailure::NoWindow => Some(FetchFailure::BadResponse),
        FetchFailure::BadResponse => Some(FetchFailure::Offline),
        FetchFailure::Offline => Some(FetchFailure::Http(503)),
        FetchFailure::Http(_) => Some(FetchFailure::Interrupted),
        FetchFailure::Interrupted => None,
    })
}

/// Every note the app writes to the console about the deployment's config, each reason inside.
fn console_notes() -> Vec<ConsoleNote> {
    let path = || "orgs/minato.json".to_string();
    let mut notes = every(ConsoleNote::BadOrg("Bad Org!".into()), |n| match n {
        ConsoleNote::BadOrg(_) => Some(ConsoleNote::Refused {
            path: "orgs/minato.json".into(),
            error: ConfigError::NotUtf8,
        }),
        ConsoleNote::Refused { .. } => Some(ConsoleNote::Missing("orgs/minato.json".into())),
        ConsoleNote::Missing(_) => Some(ConsoleNote::Unreadable {
            path: "orgs/minato.json".into(),
            reason: FetchFailure::Offline,
        }),
        ConsoleNote::Unreadable { .. } => Some(ConsoleNote::Ignored {
            path: "orgs/minato.json".into(),
            warning: ConfigWarning {
                field: "contact.url".into(),
                problem: ConfigProblem::UnsafeUrl,
            },
        }),
        ConsoleNote::Ignored { .. } => Some(ConsoleNote::PaleAccent {
            path: "orgs/minato.json".into(),
            accent: Accent::parse("#ffdd00").unwrap(),
        }),
        ConsoleNote::PaleAccent { .. } => None,
    });
    notes.extend(
        fetch_failures()
            .into_iter()
            .map(|reason| ConsoleNote::Unreadable {
                path: path(),
                reason,
            }),
    );
    notes.extend(
        config_errors()
            .into_iter()
            .map(|error| ConsoleNote::Refused {
                path: path(),
                error,
            }),
    );
    notes
}

#[test]
fn every_console_note_about_the_config_speaks_both_languages() {
    for note in console_notes() {
        check(&format!("{note:?}"), &note);
        // The console's words are the Japanese, each note marked as the app's.
        assert_eq!(note.to_string(), note.text(Lang::Ja));
        assert!(
            note.to_string().starts_with("[情報セキュリティ自社診断] "),
            "{note:?}"
        );
        assert!(note
            .text(Lang::En)
            .starts_with("[Information Security Self-Check] "));
    }
    let pale = ConsoleNote::PaleAccent {
        path: "config.json".into(),
        accent: Accent::parse("#ffdd00").unwrap(),
    };
    assert_eq!(
        pale.to_string(),
        "[情報セキュリティ自社診断] config.json: accent_color #ffdd00 は白地の文字には明るすぎるため（コントラスト 1.3:1、4.5:1 以上が必要）、ヘッダーだけに使います。"
    );
    let ignored = &console_notes()[4];
    assert_eq!(
        ignored.to_string(),
        "[情報セキュリティ自社診断] orgs/minato.json: contact.url を無視しました：使えない URL です（https:, http:, mailto:, tel: または相対 URL のみ）"
    );
}

#[test]
fn every_config_problem_speaks_both_languages() {
    for problem in config_problems() {
        check(&format!("{problem:?}"), &problem);
    }
    assert!(ConfigProblem::TooLong { max: 100 }
        .text(Lang::En)
        .contains("100"));
    // The form's URL must hold `{link}` itself: it is shown as it is, in both languages.
    for lang in Lang::ALL {
        assert!(ConfigProblem::BadCollect.text(lang).contains("{link}"));
    }
}
