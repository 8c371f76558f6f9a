//! Combining several results: the weakest-answer rule, counts, hotspots, ranges, 2 to 500
//! sources, and bad inputs rejected by name while the others are kept.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::{score, share, Answers, Choice, Part};
use jishin_shindan::features::combine::model::{
    combine, combined_csv, read_code, read_pasted, weaker, Collection, CombineError, Source,
    MAX_SOURCES,
};
use jishin_shindan::store::records::Records;
use jishin_shindan::store::transfer::export;
use jishin_shindan::store::transfer::read_combine_file;

mod common;

const T1: &str = "2026-05-10T09:00:00.000Z";
const T2: &str = "2026-11-25T10:15:00.000Z";

fn source(label: &str, answers: Answers) -> Source {
    Source::new(label, answers).unwrap()
}

/// A deterministic varied answer set: question `no` of source `seed`.
fn varied(seed: usize) -> Answers {
    let mut a = Answers::new();
    for no in 1..=25u8 {
        a.set(no, Some(Choice::ALL[(usize::from(no) * 7 + seed * 3) % 4]));
    }
    a
}

/// An export file whose history holds `history` (oldest first) and whose answers in progress
/// are `current`.
fn export_file(history: &[(&Answers, &str)], current: &Answers) -> String {
    let mut records = Records::default();
    for (answers, at) in history {
        common::complete(&mut records, answers, at);
    }
    export(current, None, &records, "test", T2)
}

#[test]
fn the_weakest_answer_follows_the_sheets_points_and_unknown_is_weakest() {
    let order = [
        Choice::Done,
        Choice::Partial,
        Choice::NotDone,
        Choice::Unknown,
    ];
    for (i, &a) in order.iter().enumerate() {
        for (j, &b) in order.iter().enumerate() {
            let expected = order[i.max(j)];
            assert_eq!(weaker(a, b), expected, "{a:?} vs {b:?}");
        }
    }
    let c = combine(&[
        source("A", Answers::all(Choice::NotDone)),
        source("B", Answers::all(Choice::Unknown).with(1, Choice::Done)),
    ])
    .unwrap();
    assert_eq!(c.questions[0].weakest, Choice::NotDone);
    assert_eq!(
        c.questions[1].weakest,
        Choice::Unknown,
        "わからない (−1) is weaker than 実施していない (0)"
    );
}

#[test]
fn per_question_weakest_counts_and_sources_match_a_hand_count() {
    let sources: Vec<Source> = (0..7)
        .map(|i| source(&format!("拠点{i}"), varied(i)))
        .collect();
    let c = combine(&sources).unwrap();
    assert_eq!(c.source_count(), 7);
    assert_eq!(c.questions.len(), 25);
    for q in &c.questions {
        let given: Vec<Choice> = (0..7).map(|i| varied(i).get(q.no).unwrap()).collect();
        assert_eq!(q.answers, given);
        let weakest = given.iter().min_by_key(|c| c.points()).copied().unwrap();
        assert_eq!(q.weakest, weakest, "No.{}", q.no);
        for choice in Choice::ALL {
            let n = given.iter().filter(|&&g| g == choice).count();
            assert_eq!(q.count(choice), n);
            assert_eq!(q.sources_with(choice).len(), n);
        }
        assert_eq!(q.counts.iter().sum::<usize>(), 7);
    }
    // The weakest answers give the floor: no source scores below it.
    let floor = c.weakest_total();
    assert!(sources.iter().all(|s| s.total() >= floor));
    assert_eq!(floor, score(&c.weakest_answers()).total());
}

#[test]
fn ranges_per_part_and_total_name_the_sources_at_each_end() {
    let high = Answers::all(Choice::Done);
    let low = Answers::all(Choice::Unknown).with(20, Choice::Done);
    let mid = Answers::all(Choice::Partial);
    let c = combine(&[source("中", mid), source("高", high), source("低", low)]).unwrap();
    assert_eq!(c.totals, vec![50, 100, -20]);
    assert_eq!((c.total.min, c.total.max), (-20, 100));
    assert_eq!((c.total.min_source, c.total.max_source), (2, 1));
    assert_eq!(c.labels[c.total.min_source], "低");
    let parts: Vec<(Part, i32, i32, i32)> = c
        .parts
        .iter()
        .map(|p| (p.part, p.max_points, p.range.min, p.range.max))
        .collect();
    assert_eq!(
        parts,
        vec![
            (Part::Basic, 20, -5, 20),
            (Part::Employee, 52, -13, 52),
            (Part::Organization, 28, -2, 28),
        ]
    );
}

#[test]
fn unknown_hotspots_are_ranked_by_count_then_number() {
    let a = Answers::all(Choice::Done)
        .with(7, Choice::Unknown)
        .with(3, Choice::Unknown);
    let b = Answers::all(Choice::Done)
        .with(7, Choice::Unknown)
        .with(12, Choice::Unknown);
    let c3 = Answers::all(Choice::Done)
        .with(7, Choice::Unknown)
        .with(3, Choice::Unknown);
    let c = combine(&[source("a", a), source("b", b), source("c", c3)]).unwrap();
    let hot: Vec<(u8, usize)> = c.hotspots.iter().map(|h| (h.no, h.unknown)).collect();
    assert_eq!(hot, vec![(7, 3), (3, 2), (12, 1)]);
    let none = combine(&[
        source("a", Answers::all(Choice::Done)),
        source("b", Answers::all(Choice::NotDone)),
    ])
    .unwrap();
    assert!(none.hotspots.is_empty());
    assert!(none.questions.iter().all(|q| !q.unanimous()));
}

#[test]
fn two_to_five_hundred_sources_are_combined() {
    assert_eq!(combine(&[]), Err(CombineError::TooFew(0)));
    assert_eq!(
        combine(&[source("one", Answers::all(Choice::Done))]),
        Err(CombineError::TooFew(1))
    );
    let many: Vec<Source> = (0..MAX_SOURCES)
        .map(|i| source(&format!("参加者{i}"), varied(i)))
        .collect();
    let c = combine(&many).unwrap();
    assert_eq!(c.source_count(), 500);
    for q in &c.questions {
        assert_eq!(q.counts.iter().sum::<usize>(), 500);
    }
    let mut too_many = many.clone();
    too_many.push(source("501", Answers::all(Choice::Done)));
    assert_eq!(combine(&too_many), Err(CombineError::TooMany(501)));
    assert!(CombineError::TooMany(501).text(Lang::Ja).contains("500件"));
    assert!(CombineError::TooFew(1).text(Lang::Ja).contains("2件以上"));
}

#[test]
fn the_collection_refuses_the_501st_by_name_and_keeps_the_500() {
    let code = share::encode(&Answers::all(Choice::Done)).unwrap();
    let mut c = Collection::new();
    let errors = c.add_all((0..MAX_SOURCES + 2).map(|i| read_code(&format!("参加者{i}"), &code)));
    assert_eq!(c.len(), 500);
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].source, "参加者500");
    assert!(errors[0].text(Lang::Ja).contains("「参加者500」"));
    assert!(errors[0].text(Lang::Ja).contains("500件まで"));
    assert!(c.combined().is_some());
}

#[test]
fn an_export_file_gives_its_latest_completed_diagnosis() {
    let older = Answers::all(Choice::NotDone);
    let newer = Answers::all(Choice::Partial).with(1, Choice::Unknown);
    let in_progress = Answers::new().with(1, Choice::Done);
    let json = export_file(&[(&older, T1), (&newer, T2)], &in_progress);
    let s = read_combine_file("東京支店.json", &json).unwrap();
    assert_eq!(s.label(), "東京支店.json");
    assert_eq!(s, Source::new("東京支店.json", newer).unwrap());

    // No history: the answers in progress count when all 25 are given.
    let json = export_file(&[], &Answers::all(Choice::Done));
    assert_eq!(read_combine_file("a.json", &json).unwrap().total(), 100);
    let json = export_file(&[], &in_progress);
    let e = read_combine_file("途中.json", &json).unwrap_err();
    assert_eq!(e.source, "途中.json");
    assert!(e
        .text(Lang::Ja)
        .contains("最後まで回答した診断がありません"));
}

#[test]
fn a_bad_file_is_rejected_with_its_name_and_the_others_are_kept() {
    let good_a = export_file(&[(&Answers::all(Choice::Done), T1)], &Answers::new());
    let good_b = export_file(&[(&Answers::all(Choice::Unknown), T1)], &Answers::new());
    let good_c = export_file(&[(&Answers::all(Choice::Partial), T1)], &Answers::new());
    let files = [
        ("本社.json", good_a.as_str()),
        (
            "壊れた.json",
            "{\"format\":\"jishin-shindan-export\",\"schema_",
        ),
        ("工場.json", good_b.as_str()),
        ("別アプリ.json", "{\"hello\":1}"),
        ("倉庫.json", good_c.as_str()),
        (
            "新しすぎる.json",
            r#"{"format":"jishin-shindan-export","schema_version":99}"#,
        ),
    ];
    let mut c = Collection::new();
    let errors = c.add_all(
        files
            .iter()
            .map(|(name, text)| read_combine_file(name, text)),
    );
    let bad: Vec<&str> = errors.iter().map(|e| e.source.as_str()).collect();
    assert_eq!(bad, vec!["壊れた.json", "別アプリ.json", "新しすぎる.json"]);
    for e in &errors {
        assert!(e
            .text(Lang::Ja)
            .starts_with(&format!("「{}」を加えられませんでした：", e.source)));
    }
    let kept: Vec<&str> = c.sources().iter().map(Source::label).collect();
    assert_eq!(kept, vec!["本社.json", "工場.json", "倉庫.json"]);
    let combined = c.combined().unwrap();
    assert!(combined
        .questions
        .iter()
        .all(|q| q.weakest == Choice::Unknown));
    assert_eq!(combined.weakest_total(), -25);
}

#[test]
fn share_codes_and_links_are_read_strictly() {
    let answers = varied(3);
    let code = share::encode(&answers).unwrap();
    assert_eq!(
        read_code("A", &code).unwrap(),
        Source::new("A", answers).unwrap()
    );
    assert_eq!(
        read_code("A", &format!("  {code}\n")).unwrap(),
        Source::new("A", answers).unwrap()
    );
    assert_eq!(
        read_code("A", &format!("r={code}")).unwrap(),
        Source::new("A", answers).unwrap()
    );
    let link = format!(
        "https://example.or.jp/check/?org=acme{}",
        share::fragment(&code)
    );
    assert_eq!(
        read_code("A", &link).unwrap(),
        Source::new("A", answers).unwrap()
    );

    let e = read_code("B", "https://example.or.jp/check/").unwrap_err();
    assert!(e.text(Lang::Ja).contains("#r="), "{}", e.text(Lang::Ja));
    let e = read_code("B", "https://example.or.jp/#top").unwrap_err();
    assert!(e.text(Lang::Ja).contains("#r="));
    // One character changed: the check character catches it.
    let mut broken: Vec<char> = code.chars().collect();
    broken[5] = if broken[5] == '0' { '1' } else { '0' };
    let broken: String = broken.into_iter().collect();
    let e = read_code("C", &broken).unwrap_err();
    assert_eq!(e.source, "C");
    assert!(e.text(Lang::Ja).contains("書き換わって"));
    assert!(read_code("D", "").is_err());
    assert!(read_code("E", "<script>").is_err());
}

#[test]
fn pasted_lines_take_their_labels_and_bad_lines_are_named() {
    let a = share::encode(&Answers::all(Choice::Done)).unwrap();
    let b = share::encode(&Answers::all(Choice::Unknown)).unwrap();
    let text = format!(
        "営業部 https://example.or.jp/#r={a}\n\n総務部\t{b}\n{a}\n大阪 支店　{b}\n倉庫 1abc\n"
    );
    let read = read_pasted(&text, Lang::Ja);
    assert_eq!(read.len(), 5);
    let labels: Vec<String> = read
        .iter()
        .map(|r| match r {
            Ok(s) => s.label().to_string(),
            Err(e) => format!("ERR {}", e.source),
        })
        .collect();
    assert_eq!(
        labels,
        vec!["営業部", "総務部", "貼り付け4行目", "大阪 支店", "ERR 倉庫"]
    );
    assert!(read_pasted("\n  \n", Lang::Ja).is_empty());
}

#[test]
fn labels_stay_unique_and_sources_can_be_renamed_and_removed() {
    let mut c = Collection::new();
    for _ in 0..3 {
        c.add(Ok(source("本社", Answers::all(Choice::Done))))
            .unwrap();
    }
    let labels = |c: &Collection| {
        c.sources()
            .iter()
            .map(|s| s.label().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(labels(&c), vec!["本社", "本社（2）", "本社（3）"]);
    c.rename(1, "大阪");
    c.rename(2, "本社");
    c.rename(0, "   ");
    assert_eq!(labels(&c), vec!["本社", "大阪", "本社（2）"]);
    c.remove(0);
    c.remove(10);
    assert_eq!(labels(&c), vec!["大阪", "本社（2）"]);
    assert!(c.combined().is_some());
    c.remove(0);
    assert!(c.combined().is_none());
    // Labels are one line and bounded.
    let long = source(
        &format!("a\nb{}", "x".repeat(200)),
        Answers::all(Choice::Done),
    );
    assert!(long.label().starts_with("a b"));
    assert_eq!(long.label().chars().count(), 100);
    assert!(Source::new("incomplete", Answers::new().with(1, Choice::Done)).is_none());
}

#[test]
fn the_combined_csv_has_one_row_per_question_and_optional_source_columns() {
    let c = combine(&[
        source("本社", Answers::all(Choice::Done).with(2, Choice::Unknown)),
        source("工場", Answers::all(Choice::Partial)),
    ])
    .unwrap();
    let csv = combined_csv(&c, true);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines.len(),
        27,
        "header, 25 rows and the final empty string"
    );
    assert_eq!(
        lines[0],
        "No,見出し,最も弱い回答,実施している,一部実施している,実施していない,わからない,本社,工場"
    );
    assert_eq!(
        lines[2],
        "2,ウイルス対策ソフトを導入し適切に利用する,わからない,0,1,0,1,わからない,一部実施している"
    );
    let anonymous = combined_csv(&c, false);
    assert!(!anonymous.contains("本社") && !anonymous.contains("工場"));
    assert!(
        anonymous.contains("\r\n2,ウイルス対策ソフトを導入し適切に利用する,わからない,0,1,0,1\r\n")
    );
}
