//! Rolling up member companies' results (issue 32): pasted links and codes, CSV/TSV tables,
//! export results, duplicates, bad lines, the statistics with their exact values, groups, the
//! figures' CSV, and 100,000 lines.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::share::ShareError;
use jishin_shindan::core::time::CivilDate;
use jishin_shindan::core::{score, share, Answers, Band, Choice, Part};
use jishin_shindan::features::rollup::model::builder::{Problem, SourceKind};
use jishin_shindan::features::rollup::model::figures::{
    largest_remainder, GroupKey, Ratio, MAX_GROUPS,
};
use jishin_shindan::features::rollup::model::find::find_codes;
use jishin_shindan::features::rollup::model::table::{detect, Encoding, TableEvent, TableReader};
use jishin_shindan::features::rollup::model::{figures_csv, slices, RollUp, RollUpBuilder};

/// The answers whose question `no` is digit `no − 1` of `n` in base 4 (distinct for every n).
fn numbered(n: u64) -> Answers {
    let mut a = Answers::new();
    for no in 1..=25u8 {
        a.set(
            no,
            Some(Choice::ALL[((n >> (2 * (u32::from(no) - 1))) & 3) as usize]),
        );
    }
    a
}

/// Answers with the given total (Done first, then one Partial, then Unknown as needed).
fn with_total(total: i32) -> Answers {
    for done in (0..=25).rev() {
        for partial in 0..=25 - done {
            for unknown in 0..=25 - done - partial {
                if 4 * done + 2 * partial - unknown == total {
                    let mut a = Answers::all(Choice::NotDone);
                    for no in 1..=25u8 {
                        let i = i32::from(no);
                        let c = if i <= done {
                            Choice::Done
                        } else if i <= done + partial {
                            Choice::Partial
                        } else if i <= done + partial + unknown {
                            Choice::Unknown
                        } else {
                            Choice::NotDone
                        };
                        a.set(no, Some(c));
                    }
                    assert_eq!(score(&a).total(), total);
                    return a;
                }
            }
        }
    }
    panic!("no answers total {total}");
}

fn code(a: &Answers) -> String {
    share::encode(a).unwrap()
}

fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).unwrap()
}

/// A roll-up of export results with these totals, each on its own day (so none is a duplicate).
fn totals(values: &[i32]) -> RollUp {
    let mut b = RollUpBuilder::new();
    for (i, &t) in values.iter().enumerate() {
        let day = CivilDate::new(2026, 1, 1).unwrap().add_months(i as u32);
        b.add_result(&with_total(t), day, "export.json");
    }
    b.roll_up()
}

fn read_text(text: &str) -> RollUp {
    let mut b = RollUpBuilder::new();
    b.start_text("貼り付け");
    b.feed(text);
    b.roll_up()
}

fn read_table(text: &str) -> RollUp {
    let mut b = RollUpBuilder::new();
    b.start_table("回答.csv");
    b.feed(text);
    b.roll_up()
}

/// The same table fed `size` bytes (on character boundaries) at a time.
fn read_table_in(text: &str, size: usize) -> RollUp {
    let mut b = RollUpBuilder::new();
    b.start_table("回答.csv");
    let mut at = 0;
    while at < text.len() {
        let mut end = (at + size).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        b.feed(&text[at..end]);
        at = end;
    }
    b.roll_up()
}

/// A reader's event, kept (the reader lends each row's cells only until it reads on).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Event {
    Row(usize, Vec<String>),
    Broken(usize),
}

/// Every row event of a table read in one go.
fn rows(text: &str) -> Vec<Event> {
    let mut events = Vec::new();
    let mut keep = |e: TableEvent| {
        events.push(match e {
            TableEvent::Row(r) => Event::Row(r.line, r.cells.to_vec()),
            TableEvent::Broken { line } => Event::Broken(line),
        })
    };
    let mut reader = TableReader::new();
    reader.feed(text, &mut keep);
    reader.finish(&mut keep);
    events
}

fn cells(events: &[Event]) -> Vec<(usize, Vec<&str>)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Row(line, cells) => Some((*line, cells.iter().map(String::as_str).collect())),
            Event::Broken(_) => None,
        })
        .collect()
}

fn bad_lines(r: &RollUp) -> Vec<(Option<usize>, Problem)> {
    r.bad.iter().map(|b| (b.line, b.problem.clone())).collect()
}

/// found = counted + duplicates + bad entries that are links, codes or export results.
fn assert_accounted(r: &RollUp) {
    let bad_found = r
        .bad
        .iter()
        .filter(|b| b.problem != Problem::BrokenRow)
        .count();
    assert_eq!(r.found, r.figures.count + r.duplicates + bad_found);
    let kept: usize = r.sources.iter().map(|s| s.kept).sum();
    assert_eq!(kept, r.figures.count);
}

/// A code with its check character changed: it does not decode.
fn broken(code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let last = chars.len() - 1;
    chars[last] = if chars[last] == '0' { '2' } else { '0' };
    chars.into_iter().collect()
}

// --- Statistics ---

#[test]
fn quartiles_on_an_odd_count_interpolate_like_excel_quartile_inc() {
    let r = totals(&[100, -25, 30, 0, 50, 20, 10]);
    let t = r.figures.total.unwrap();
    // Sorted: -25 0 10 20 30 50 100; positions 1.5, 3, 4.5.
    assert_eq!(t.q1, Ratio::new(5, 1));
    assert_eq!(t.median, Ratio::new(20, 1));
    assert_eq!(t.q3, Ratio::new(40, 1));
    assert_eq!((t.min, t.max), (-25, 100));
    assert_eq!(t.mean, Ratio::new(185, 7));
    assert_eq!(t.mean.fixed(1), "26.4");
}

#[test]
fn quartiles_on_an_even_count_are_exact_in_quarters() {
    let r = totals(&[10, 20, 30, 40, 50, 100]);
    let t = r.figures.total.unwrap();
    // Positions 1.25, 2.5, 3.75.
    assert_eq!(t.q1, Ratio::new(45, 2));
    assert_eq!(t.median, Ratio::new(35, 1));
    assert_eq!(t.q3, Ratio::new(95, 2));
    assert_eq!(t.mean.fixed(1), "41.7");
    let t = totals(&[21, 10]).figures.total.unwrap();
    assert_eq!(
        (t.q1.trimmed(2), t.median.trimmed(2), t.q3.trimmed(2)),
        ("12.75".into(), "15.5".into(), "18.25".into())
    );
    let t = totals(&[62]).figures.total.unwrap();
    assert_eq!(
        (t.q1, t.median, t.q3),
        (Ratio::new(62, 1), Ratio::new(62, 1), Ratio::new(62, 1))
    );
}

#[test]
fn no_result_has_no_total_and_zero_shares() {
    let r = read_text("こんにちは\n\n");
    assert_eq!(r.figures.count, 0);
    assert_eq!(r.figures.total, None);
    assert!(r.figures.bands.iter().all(|b| b.count == 0 && b.share == 0));
    assert!(r.figures.questions.iter().all(|q| q.shares == [0; 4]));
    assert!(r.figures.weakest.is_empty());
    assert_eq!(r.figures.parts[0].mean_percent, Ratio::new(0, 1));
}

#[test]
fn bands_are_counted_in_the_sheets_order_and_their_shares_add_up_to_100_as_displayed() {
    let r = totals(&[100, 98, 70, 69, 50, 49, -25]);
    let counts: Vec<(Band, usize)> = r.figures.bands.iter().map(|b| (b.band, b.count)).collect();
    assert_eq!(
        counts,
        vec![
            (Band::Perfect, 1),
            (Band::High, 2),
            (Band::Middle, 2),
            (Band::Low, 2)
        ]
    );
    // 1/7 = 14.2857 %, 2/7 = 28.5714 %: floors 142 + 285 × 3 = 997; the 3 tenths left go to the
    // largest remainders: the 1/7 (.857), then the first two 2/7 (.714, ties to the earlier).
    let shares: Vec<u32> = r.figures.bands.iter().map(|b| b.share).collect();
    assert_eq!(shares, vec![143, 286, 286, 285]);
    assert_eq!(shares.iter().sum::<u32>(), 1000);
    let r = totals(&[100, 70, 50]);
    let shares: Vec<u32> = r.figures.bands.iter().map(|b| b.share).collect();
    assert_eq!(
        shares,
        vec![334, 333, 333, 0],
        "ties go to the earlier band"
    );
}

#[test]
fn largest_remainder_rounding_adds_up_to_the_units_exactly() {
    assert_eq!(largest_remainder(&[1, 1, 1], 100), vec![34, 33, 33]);
    assert_eq!(largest_remainder(&[1, 2, 3, 4], 100), vec![10, 20, 30, 40]);
    assert_eq!(largest_remainder(&[1, 5, 1], 1000), vec![143, 714, 143]);
    assert_eq!(largest_remainder(&[2, 2, 2, 1], 100), vec![29, 29, 28, 14]);
    assert_eq!(largest_remainder(&[0, 3, 0], 1000), vec![0, 1000, 0]);
    assert_eq!(largest_remainder(&[], 100), Vec::<u32>::new());
}

#[test]
fn each_questions_four_shares_add_up_to_100_as_displayed() {
    let answers: Vec<Answers> = (0..7u64).map(|i| numbered(i * 0x0123_4567_89ab)).collect();
    let mut b = RollUpBuilder::new();
    for (i, a) in answers.iter().enumerate() {
        b.add_result(a, CivilDate::new(2026, 3, i as u8 + 1), "x.json");
    }
    let r = b.roll_up();
    assert_eq!(r.figures.count, 7);
    for q in &r.figures.questions {
        assert_eq!(q.shares.iter().sum::<u32>(), 1000, "No.{}", q.no);
        let expected: Vec<usize> = Choice::ALL
            .iter()
            .map(|&c| answers.iter().filter(|a| a.get(q.no) == Some(c)).count())
            .collect();
        assert_eq!(q.counts.to_vec(), expected, "No.{}", q.no);
        assert_eq!(
            q.shares.to_vec(),
            largest_remainder(&q.counts, 1000),
            "No.{}",
            q.no
        );
    }
}

#[test]
fn part_shares_count_unknown_as_minus_one_like_the_sheet() {
    let mut b = RollUpBuilder::new();
    // Part 1 (No.1–5): all Unknown = −5 of 20; all Done = 20 of 20. Mean (−5 + 20) / 2 / 20.
    b.add_result(&Answers::all(Choice::Unknown), None, "a.json");
    b.add_result(&Answers::all(Choice::Done), None, "a.json");
    let r = b.roll_up();
    let p1 = r.figures.parts[0];
    assert_eq!((p1.part, p1.max_points), (Part::Basic, 20));
    assert_eq!(p1.mean_points, Ratio::new(15, 2));
    assert_eq!(p1.mean_percent, Ratio::new(75, 2));
    assert_eq!(p1.mean_percent.fixed(1), "37.5");
    let p2 = r.figures.parts[1];
    assert_eq!((p2.max_points, p2.mean_points), (52, Ratio::new(39, 2)));
    let only_unknown = {
        let mut b = RollUpBuilder::new();
        b.add_result(&Answers::all(Choice::Unknown), None, "a.json");
        b.roll_up()
    };
    assert_eq!(
        only_unknown.figures.parts[2].mean_percent,
        Ratio::new(-25, 1)
    );
}

#[test]
fn the_weakest_items_have_the_lowest_mean_points_ties_by_number_and_never_all_done() {
    let mut b = RollUpBuilder::new();
    let a = Answers::all(Choice::Done)
        .with(9, Choice::Unknown)
        .with(3, Choice::NotDone)
        .with(20, Choice::NotDone)
        .with(4, Choice::Partial)
        .with(25, Choice::Partial)
        .with(7, Choice::Partial);
    b.add_result(&a, None, "a.json");
    b.add_result(
        &Answers::all(Choice::Done).with(1, Choice::Partial),
        None,
        "b.json",
    );
    let r = b.roll_up();
    let weakest: Vec<(u8, String)> = r
        .figures
        .weakest
        .iter()
        .map(|w| (w.no, w.mean_points.fixed(1)))
        .collect();
    // No.9 (−1 + 4) / 2 = 1.5; No.3, No.20: 2.0; No.1, 4, 7, 25: 3.0 → No.1 and 4 by number.
    assert_eq!(
        weakest,
        vec![
            (9, "1.5".into()),
            (3, "2.0".into()),
            (20, "2.0".into()),
            (1, "3.0".into()),
            (4, "3.0".into())
        ]
    );
    assert_eq!(r.figures.weakest[0].unknown, 1);
    let perfect = totals(&[100, 100]);
    assert!(perfect.figures.weakest.is_empty());
    let one_short = totals(&[98]);
    assert_eq!(one_short.figures.weakest.len(), 1);
}

#[test]
fn the_date_range_spans_the_dated_results_and_undated_ones_are_counted() {
    let a = code(&numbered(1));
    let b = code(&numbered(2));
    let text = format!(
        "https://x.jp/#r={a}&d=2026-11-25\n#r={b}&d=2025-04-01\n{a}\n#r={a}&d=2026-02-30\n"
    );
    let r = read_text(&text);
    assert_eq!(
        r.figures.count, 3,
        "the invalid date reads as no date, as {a} alone"
    );
    assert_eq!(r.duplicates, 1);
    assert_eq!(r.figures.first_date, Some(date("2025-04-01")));
    assert_eq!(r.figures.last_date, Some(date("2026-11-25")));
    assert_eq!(r.figures.undated, 1);
}

// --- Duplicates ---

#[test]
fn the_same_code_and_date_counts_once_and_the_dropped_are_counted() {
    let a = code(&numbered(7));
    let text =
        format!("#r={a}&d=2026-11-25\n#r={a}&d=2026-11-25\n#r={a}&d=2026-11-26\n{a}\n{a} {a}\n");
    let r = read_text(&text);
    // Kept: the 25th, the 26th, and once without a date.
    assert_eq!(r.figures.count, 3);
    assert_eq!(r.duplicates, 3);
    assert_eq!(r.sources[0].duplicates, 3);
    assert_accounted(&r);
}

#[test]
fn duplicates_across_sources_keep_the_first() {
    let a = code(&numbered(11));
    let mut b = RollUpBuilder::new();
    b.start_text("貼り付け");
    b.feed(&format!("#r={a}&d=2026-11-25\n"));
    b.start_table("回答.csv");
    b.feed(&format!(
        "業種,リンク\n建設,https://x.jp/#r={a}&d=2026-11-25\n"
    ));
    b.add_result(&numbered(11), Some(date("2026-11-25")), "本社.json");
    let r = b.roll_up();
    assert_eq!((r.figures.count, r.duplicates), (1, 2));
    let kept: Vec<(SourceKind, usize, usize)> = r
        .sources
        .iter()
        .map(|s| (s.kind, s.kept, s.duplicates))
        .collect();
    assert_eq!(
        kept,
        vec![
            (SourceKind::Text, 1, 0),
            (SourceKind::Table, 0, 1),
            (SourceKind::Export, 0, 1)
        ]
    );
    // No counted result came from the table, so none of its columns is offered.
    assert!(r.columns.is_empty());
    assert!(r.groups(0).is_empty());
}

// --- Pasted text ---

#[test]
fn several_links_on_a_line_with_prose_around_are_all_found() {
    let (a, b, c) = (code(&numbered(1)), code(&numbered(2)), code(&numbered(3)));
    let text = format!(
        "株式会社A https://example.jp/check/#r={a}&d=2026-11-25 と株式会社B（https://example.jp/check/#r={b}）、\"{c}\".\n\
         本日はありがとうございました。2026年11月25日 従業員数 120名\n\
         \n\
         メモ：https://example.jp/check/#top を見てください\n"
    );
    let r = read_text(&text);
    assert_eq!(r.figures.count, 3);
    assert_eq!(r.found, 3);
    assert!(r.bad.is_empty());
    assert_eq!(r.sources[0].lines, 4);
    assert_eq!(r.figures.undated, 2);
    let found = find_codes(&text);
    let texts: Vec<String> = found.iter().map(|f| f.text.to_string()).collect();
    assert_eq!(
        texts,
        vec![format!("#r={a}&d=2026-11-25"), format!("#r={b}"), c]
    );
}

#[test]
fn a_bare_code_has_no_date_and_r_equals_without_a_hash_is_a_bare_code() {
    let a = code(&numbered(5));
    let line = format!("コード:{a}");
    let found = find_codes(&line);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].read, Ok(numbered(5)));
    assert_eq!(found[0].date, None);
    let line = format!("r={a}&d=2026-11-25");
    let found = find_codes(&line);
    assert_eq!((found.len(), found[0].date), (1, None));
    // Sentence punctuation after a link is not part of it.
    let line = format!("こちら https://x.jp/#r={a}&d=2026-11-25.");
    let found = find_codes(&line);
    assert_eq!(found[0].read, Ok(numbered(5)));
    assert_eq!(found[0].date, Some(date("2026-11-25")));
}

#[test]
fn numbers_dates_and_words_are_not_taken_for_codes() {
    for line in [
        "2026-11-25 10:15:00",
        "電話 0312345678 / 03-1234-5678",
        "従業員数 100000000000",
        "1234567890123",
        "https://example.jp/check/",
        "#top #1 #r",
        "1st place",
        "Windows 11 と Office 2021",
    ] {
        assert!(find_codes(line).is_empty(), "{line}");
    }
}

#[test]
fn a_bad_code_is_reported_with_its_line_number_and_reason_and_the_rest_kept() {
    jishin_shindan::app::english::register();
    let a = code(&numbered(9));
    let bad = broken(&a);
    let upper = a.to_ascii_uppercase();
    let first_upper = upper.chars().position(|c| c.is_ascii_uppercase()).unwrap();
    let text = format!(
        "{a}\r\nA社 https://x.jp/#r={bad}&d=2026-11-25 B社 #r={a}&d=2026-11-25\r\n1abc\r\n#r=\r\n{upper}\r\n#r=2{}\n",
        &a[1..]
    );
    let r = read_text(&text);
    assert_eq!(r.figures.count, 2);
    assert_eq!(
        bad_lines(&r),
        vec![
            (Some(2), Problem::Share(ShareError::ChecksumMismatch)),
            (
                Some(3),
                Problem::Share(ShareError::WrongLength {
                    expected: 12,
                    found: 4
                })
            ),
            (Some(4), Problem::Share(ShareError::Empty)),
            (
                Some(5),
                Problem::Share(ShareError::InvalidCharacter {
                    position: first_upper + 1,
                    found: upper.chars().nth(first_upper).unwrap()
                })
            ),
            (Some(6), Problem::Share(ShareError::UnknownVersion('2'))),
        ]
    );
    let first = &r.bad[0];
    assert_eq!(first.found, format!("#r={bad}&d=2026-11-25"));
    assert_eq!(
        first.text(Lang::Ja),
        format!(
            "「貼り付け」2行目（#r={bad}&d=2026-11-25）：{}",
            ShareError::ChecksumMismatch.text(Lang::Ja)
        )
    );
    assert_eq!(
        first.text(Lang::En),
        format!(
            "Line 2 of “貼り付け” (#r={bad}&d=2026-11-25): {}",
            ShareError::ChecksumMismatch.text(Lang::En)
        )
    );
    assert_accounted(&r);
}

#[test]
fn text_fed_in_slices_of_any_size_reads_the_same() {
    let (a, b) = (code(&numbered(21)), code(&numbered(22)));
    let text = format!("\u{feff}{a}\r\n株式会社あ #r={b}&d=2026-11-25\n1abc\n{a} x {b}");
    let whole = read_text(&text);
    assert_eq!((whole.figures.count, whole.duplicates), (3, 1));
    for size in 1..text.len() {
        let mut builder = RollUpBuilder::new();
        builder.start_text("貼り付け");
        for slice in slices(&text, size) {
            builder.feed(slice);
        }
        assert_eq!(builder.roll_up(), whole, "slices of {size}");
    }
}

#[test]
fn slices_end_on_character_boundaries_and_prefer_line_ends() {
    let text = "あいうえお\nかきくけこ\nさしすせそ\n".repeat(10);
    let parts: Vec<&str> = slices(&text, 40).collect();
    assert_eq!(parts.concat(), text);
    assert!(parts.iter().all(|p| p.len() <= 42));
    assert!(parts[..parts.len() - 1].iter().all(|p| p.ends_with('\n')));
    assert_eq!(slices("", 10).count(), 0);
    assert_eq!(slices("あ", 1).collect::<Vec<_>>(), vec!["あ"]);
}

// --- Tables ---

#[test]
fn a_utf8_csv_is_read_with_its_header_and_links_in_any_cell() {
    let (a, b, c) = (code(&numbered(1)), code(&numbered(2)), code(&numbered(3)));
    let csv = format!(
        "タイムスタンプ,会社名,業種,共有リンク\n\
         2026/11/25 10:00:00,A社,建設,https://x.jp/#r={a}&d=2026-11-25\n\
         2026/11/25 11:00:00,B社,小売,メモ\n\
         2026/11/26 09:00:00,{c},建設,https://x.jp/#r={b}&d=2026-11-26\n"
    );
    let r = read_table(&csv);
    assert_eq!(r.figures.count, 3);
    assert_eq!(r.sources[0].lines, 4);
    let names: Vec<&str> = r.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["タイムスタンプ", "業種"],
        "columns with links or codes are not offered"
    );
    assert_eq!(r.columns[1].number, 3);
    assert_eq!(r.columns[1].distinct, 1, "only 建設 rows gave results");
}

#[test]
fn a_utf8_csv_with_a_bom_and_crlf_reads_the_same_as_without() {
    let a = code(&numbered(1));
    let plain = format!("業種,リンク\n建設,#r={a}\n");
    let bom = format!("\u{feff}業種,リンク\r\n建設,#r={a}\r\n");
    let (p, b) = (read_table(&plain), read_table(&bom));
    assert_eq!(p.figures, b.figures);
    assert_eq!(b.columns[0].name, "業種");
}

#[test]
fn quoted_cells_keep_commas_tabs_quotes_and_line_breaks_and_line_numbers_stay_right() {
    let events = rows("名前,メモ\n\"A, 株式会社\",\"1行目\r\n2行目\t\"\"引用\"\"\"\n\"B\",x\n");
    assert_eq!(
        cells(&events),
        vec![
            (1, vec!["名前", "メモ"]),
            (2, vec!["A, 株式会社", "1行目\r\n2行目\t\"引用\""]),
            (4, vec!["B", "x"]),
        ]
    );
    // A link in a row after a quoted line break is reported on its own line.
    let a = code(&numbered(1));
    let r = read_table(&format!(
        "名前,リンク\n\"A\n社\",#r={a}\nB,#r={}\n",
        broken(&a)
    ));
    assert_eq!(r.figures.count, 1);
    assert_eq!(
        bad_lines(&r),
        vec![(Some(4), Problem::Share(ShareError::ChecksumMismatch))]
    );
}

#[test]
fn ragged_rows_blank_lines_and_stray_quotes_are_tolerated() {
    let events = rows("a,b,c\n1\n\n2,3,4,5\r\nx\"y,\"z\"w\n");
    assert_eq!(
        cells(&events),
        vec![
            (1, vec!["a", "b", "c"]),
            (2, vec!["1"]),
            (4, vec!["2", "3", "4", "5"]),
            (5, vec!["x\"y", "zw"]),
        ]
    );
    assert_eq!(cells(&rows("a,")), vec![(1, vec!["a", ""])]);
    assert!(rows("").is_empty());
}

#[test]
fn a_tab_separated_file_is_sniffed_from_its_header() {
    let a = code(&numbered(1));
    let r = read_table(&format!("業種\t従業員数\tリンク\n建設\t10,000人\t#r={a}\n"));
    let names: Vec<&str> = r.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["業種", "従業員数"]);
    let groups = r.groups(1);
    assert_eq!(groups[0].key, GroupKey::Value("10,000人".into()));
}

#[test]
fn an_unterminated_quote_is_a_broken_row_and_the_rest_is_kept() {
    let (a, b, c) = (code(&numbered(1)), code(&numbered(2)), code(&numbered(3)));
    let csv = format!(
        "業種,リンク\n建設,#r={a}\n小売,\"#r={b}\n製造,#r={c}\n\"卸売\",\"#r={a}&d=2026-11-25\n"
    );
    let r = read_table(&csv);
    assert_eq!(
        bad_lines(&r),
        vec![(Some(3), Problem::BrokenRow), (Some(5), Problem::BrokenRow)]
    );
    // Line 2 and line 4 are counted; the broken rows' links are not.
    assert_eq!(r.figures.count, 2);
    assert!(r.bad[0].text(Lang::Ja).starts_with("「回答.csv」3行目："));
    assert_accounted(&r);
    let groups = r.groups(0);
    let keys: Vec<GroupKey> = groups.iter().map(|g| g.key.clone()).collect();
    assert_eq!(
        keys,
        vec![
            GroupKey::Value("建設".into()),
            GroupKey::Value("製造".into())
        ]
    );
}

#[test]
fn a_table_fed_in_slices_of_any_size_reads_the_same() {
    let (a, b) = (code(&numbered(1)), code(&numbered(2)));
    let csv = format!(
        "\u{feff}業種,\"メモ\"\r\n建設,\"改行\r\nあり\",#r={a}\r\n\"小売\",\"\"\"x\"\"\",#r={b}&d=2026-11-25\r\n,#r={}\r\n\"未完,#r={b}\n製造,#r={a}\n",
        broken(&a)
    );
    let whole = read_table(&csv);
    assert_eq!(whole.figures.count, 2);
    assert_eq!(whole.duplicates, 1);
    assert_eq!(whole.bad.len(), 2);
    for size in 1..csv.len() {
        assert_eq!(read_table_in(&csv, size), whole, "slices of {size}");
    }
}

#[test]
fn a_first_row_with_links_is_data_and_the_columns_are_numbered() {
    let (a, b) = (code(&numbered(1)), code(&numbered(2)));
    let r = read_table(&format!("建設,#r={a}\n小売,#r={b}\n"));
    assert_eq!(r.figures.count, 2);
    assert_eq!(r.columns.len(), 1);
    assert_eq!((r.columns[0].name.as_str(), r.columns[0].number), ("", 1));
    assert_eq!(r.groups(0).len(), 2);
}

#[test]
fn detect_tells_utf8_from_shift_jis() {
    // 「業種,リンク\r\n建設,」 as Excel in Japan writes it.
    let sjis: &[u8] = &[
        0x8B, 0xC6, 0x8E, 0xED, b',', 0x83, 0x8A, 0x83, 0x93, 0x83, 0x4E, b'\r', b'\n', 0x8C, 0x9A,
        0x90, 0xDD, b',',
    ];
    assert_eq!(detect(sjis), Encoding::ShiftJis);
    assert_eq!(detect(sjis).label(), "shift_jis");
    assert_eq!(detect("業種,リンク\r\n建設,".as_bytes()), Encoding::Utf8);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend("業種".as_bytes());
    assert_eq!(detect(&bom), Encoding::Utf8Bom);
    assert_eq!(detect(&bom).label(), "utf-8");
    assert_eq!(detect(b"a,b\n"), Encoding::Utf8);
    assert_eq!(detect(b""), Encoding::Utf8);
    // A UTF-8 character cut at the end is not valid UTF-8.
    assert_eq!(detect(&"業".as_bytes()[..2]), Encoding::ShiftJis);
}

// --- Export results ---

#[test]
fn export_results_are_counted_with_their_dates_and_incomplete_ones_reported() {
    jishin_shindan::app::english::register();
    let mut b = RollUpBuilder::new();
    b.add_result(&numbered(1), Some(date("2026-05-10")), "本社.json");
    b.add_result(&numbered(2), None, "本社.json");
    b.add_result(&Answers::new().with(1, Choice::Done), None, "支社.json");
    let r = b.roll_up();
    assert_eq!(r.figures.count, 2);
    assert_eq!(r.sources.len(), 2);
    assert_eq!(bad_lines(&r), vec![(None, Problem::Incomplete)]);
    assert_eq!(
        r.bad[0].text(Lang::Ja),
        "「支社.json」：回答が25問そろっていません。"
    );
    assert_eq!(
        r.bad[0].text(Lang::En),
        "“支社.json”: It does not have all 25 answers."
    );
    assert_accounted(&r);
}

// --- Groups ---

#[test]
fn groups_by_a_column_put_the_largest_first_then_blank_and_the_rest() {
    let codes: Vec<String> = (0..6).map(|i| code(&numbered(i))).collect();
    let csv = format!(
        "業種,従業員数,リンク\n\
         小売,5,#r={}\n\
         建設,20,#r={}\n\
         建設,20,#r={}\n\
         , 5 ,#r={}\n\
         製造,,#r={}\n",
        codes[0], codes[1], codes[2], codes[3], codes[4]
    );
    let mut b = RollUpBuilder::new();
    b.start_table("回答.csv");
    b.feed(&csv);
    b.start_text("貼り付け");
    b.feed(&codes[5]);
    let r = b.roll_up();
    assert_eq!(r.figures.count, 6);
    let groups = r.groups(0);
    let summary: Vec<(String, usize)> = groups
        .iter()
        .map(|g| (g.key.label(Lang::Ja), g.figures.count))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("建設".to_string(), 2),
            ("小売".to_string(), 1),
            ("製造".to_string(), 1),
            ("(空欄)".to_string(), 1),
            ("（この列のない入力）".to_string(), 1),
        ]
    );
    let total: usize = groups.iter().map(|g| g.figures.count).sum();
    assert_eq!(total, r.figures.count);
    // The group's figures are those of its results alone.
    let construction = &groups[0].figures;
    let t1 = score(&numbered(1)).total();
    let t2 = score(&numbered(2)).total();
    assert_eq!(
        construction.total.unwrap().mean,
        Ratio::new(i64::from(t1 + t2), 2)
    );
    // Values are trimmed: " 5 " is 5; a line break reads as a space, a long value is cut.
    let long = "あ".repeat(150);
    let mut extra = RollUpBuilder::new();
    extra.start_table("回答.csv");
    extra.feed(&format!(
        "会社名,リンク\n\"A\r\n社\",#r={}\n{long},#r={}\n",
        codes[0], codes[1]
    ));
    let keys: Vec<GroupKey> = extra
        .roll_up()
        .groups(0)
        .into_iter()
        .map(|g| g.key)
        .collect();
    assert_eq!(
        keys,
        vec![
            GroupKey::Value("A  社".into()),
            GroupKey::Value("あ".repeat(100))
        ]
    );
    let by_size = r.groups(1);
    assert_eq!(by_size[0].key, GroupKey::Value("5".into()));
    assert_eq!(by_size[0].figures.count, 2);
    assert_eq!(r.columns[1].distinct, 2);
    assert!(r.groups(9).is_empty());
}

#[test]
fn more_values_than_max_groups_put_the_smallest_together() {
    let mut csv = String::from("会社名,リンク\n");
    let n = MAX_GROUPS + 5;
    for i in 0..n {
        csv.push_str(&format!("会社{i},#r={}\n", code(&numbered(i as u64))));
    }
    // One more result for 会社7, so it comes first.
    csv.push_str(&format!("会社7,#r={}\n", code(&numbered(999))));
    let r = read_table(&csv);
    let groups = r.groups(0);
    assert_eq!(groups.len(), MAX_GROUPS);
    assert_eq!(groups[0].key, GroupKey::Value("会社7".into()));
    assert_eq!(groups[1].key, GroupKey::Value("会社0".into()));
    assert_eq!(
        groups[MAX_GROUPS - 1].key,
        GroupKey::Others {
            values: n - (MAX_GROUPS - 1)
        }
    );
    assert_eq!(groups[MAX_GROUPS - 1].figures.count, n - (MAX_GROUPS - 1));
    assert_eq!(
        GroupKey::Others { values: 6 }.label(Lang::Ja),
        "その他（6区分）"
    );
}

#[test]
fn columns_of_the_same_name_in_two_files_are_one_column() {
    let (a, b) = (code(&numbered(1)), code(&numbered(2)));
    let mut builder = RollUpBuilder::new();
    builder.start_table("4月.csv");
    builder.feed(&format!("業種,リンク\n建設,#r={a}\n"));
    builder.start_table("5月.tsv");
    builder.feed(&format!("リンク\t地域\t業種\n#r={b}\t関東\t建設\n"));
    let r = builder.roll_up();
    let names: Vec<&str> = r.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["業種", "地域"]);
    let groups = r.groups(0);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].figures.count, 2);
    let by_region = r.groups(1);
    assert_eq!(
        by_region.iter().map(|g| g.key.clone()).collect::<Vec<_>>(),
        vec![GroupKey::Value("関東".into()), GroupKey::Outside]
    );
}

// --- The figures' CSV ---

#[test]
fn the_figures_csv_has_every_section_with_exact_values() {
    let a = Answers::all(Choice::Done);
    let b = Answers::all(Choice::Partial).with(1, Choice::Unknown);
    let csv_in = format!(
        "業種,リンク\n建設,#r={}&d=2026-11-25\n\"=小売\",#r={}&d=2026-12-01\n建設,#r={}&d=2026-11-25\n,1abc\n",
        code(&a),
        code(&b),
        code(&a)
    );
    let r = read_table(&csv_in);
    // a: 100 (Perfect); b: 24 × 2 − 1 = 47 (Low).
    let csv = figures_csv(&r, Some(0), Lang::Ja);
    let mut expected = String::from("\u{feff}");
    expected.push_str(
        "集計の概要\r\n件数,2\r\n見つかったリンク・コード,4\r\n重複として除いた件数,1\r\n\
         読めなかった件数,1\r\n最初の診断日,2026-11-25\r\n最後の診断日,2026-12-01\r\n日付なし,0\r\n\r\n",
    );
    expected.push_str(
        "点数の区分,件数,割合(%)\r\n100点満点だった方,1,50.0\r\n70～99点だった方,0,0.0\r\n\
         50～69点だった方,0,0.0\r\n49点以下だった方,1,50.0\r\n\r\n",
    );
    expected.push_str(
        "合計点,値\r\n平均,73.5\r\n第1四分位,60.25\r\n中央値,73.5\r\n第3四分位,86.75\r\n最低,47\r\n最高,100\r\n\r\n",
    );
    // Part 1: (20 + 4 × 2 − 1) / 2 = 13.5 of 20 = 67.5 %; Part 2: (52 + 26) / 2 = 39 of 52 =
    // 75 %; Part 3: (28 + 14) / 2 = 21 of 28 = 75 %.
    expected.push_str(
        "Part,満点,平均点,平均得点率(%)\r\nPart 1 基本的対策,20,13.5,67.5\r\n\
         Part 2 従業員としての対策,52,39.0,75.0\r\nPart 3 組織としての対策,28,21.0,75.0\r\n\r\n",
    );
    expected.push_str(
        "No,見出し,平均点,実施している(%),一部実施している(%),実施していない(%),わからない(%),\
         実施している(件),一部実施している(件),実施していない(件),わからない(件)\r\n",
    );
    expected
        .push_str("1,OSやソフトウェアは常に最新の状態にする,1.50,50.0,0.0,0.0,50.0,1,0,0,1\r\n");
    for q in &jishin_shindan::core::catalog::QUESTIONS[1..] {
        expected.push_str(&format!(
            "{},{},3.00,50.0,50.0,0.0,0.0,1,1,0,0\r\n",
            q.no, q.heading
        ));
    }
    expected.push_str("\r\n弱い項目の順位,No,見出し,平均点,わからない(件)\r\n");
    expected.push_str("1,1,OSやソフトウェアは常に最新の状態にする,1.50,1\r\n");
    for (rank, no) in [(2, 2), (3, 3), (4, 4), (5, 5)] {
        let heading = jishin_shindan::core::catalog::question(no).unwrap().heading;
        expected.push_str(&format!("{rank},{no},{heading},3.00,0\r\n"));
    }
    expected.push_str("\r\n業種,件数,平均,第1四分位,中央値,第3四分位,最低,最高,");
    expected.push_str(
        "100点満点だった方(%),70～99点だった方(%),50～69点だった方(%),49点以下だった方(%),",
    );
    expected.push_str("Part 1(%),Part 2(%),Part 3(%)");
    for no in 1..=25 {
        expected.push_str(&format!(",No.{no} 実施している(%)"));
    }
    expected.push_str("\r\n建設,1,100.0,100,100,100,100,100,100.0,0.0,0.0,0.0,100.0,100.0,100.0");
    expected.push_str(&",100.0".repeat(25));
    expected.push_str("\r\n'=小売,1,47.0,47,47,47,47,47,0.0,0.0,0.0,100.0,35.0,50.0,50.0");
    expected.push_str(&",0.0".repeat(25));
    expected.push_str("\r\n");
    assert_eq!(csv, expected);
    assert!(!figures_csv(&r, None, Lang::Ja).contains("業種,件数"));
}

#[test]
fn the_figures_csv_of_nothing_has_empty_statistics() {
    let csv = figures_csv(&read_text(""), None, Lang::Ja);
    assert!(csv.contains("\r\n合計点,値\r\n平均,\r\n第1四分位,\r\n"));
    assert!(csv.contains("\r\n最初の診断日,\r\n"));
}

// --- Scale (the time is scripts/bench.sh's) ---

#[test]
fn a_hundred_thousand_lines_roll_up_exactly() {
    const LINES: usize = 100_000;
    let mut text = String::with_capacity(LINES * 70);
    let mut expected_bands = [0usize; 4];
    let mut expected_done = [0usize; 25];
    let mut expected_sum = 0i64;
    let mut kept = 0usize;
    let mut bad_lines_expected = Vec::new();
    let answers_of = |i: usize| numbered((i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 14);
    for i in 0..LINES {
        let line = i + 1;
        if i % 1000 == 999 {
            // 100 bad lines.
            text.push_str(&format!(
                "会員{i} #r={}\n",
                broken(&code(&numbered(i as u64)))
            ));
            bad_lines_expected.push(line);
        } else if i % 100 == 50 {
            // 1000 duplicates of the line before.
            let prev = answers_of(i - 1);
            let day = (i - 1) % 28 + 1;
            text.push_str(&format!(
                "会員{i} https://example.jp/check/#r={}&d=2026-02-{day:02}\n",
                code(&prev)
            ));
        } else {
            let answers = answers_of(i);
            let day = i % 28 + 1;
            text.push_str(&format!(
                "会員{i} https://example.jp/check/#r={}&d=2026-02-{day:02}\n",
                code(&answers)
            ));
            let total = score(&answers).total();
            expected_bands[match Band::from_total(total) {
                Band::Perfect => 0,
                Band::High => 1,
                Band::Middle => 2,
                Band::Low => 3,
            }] += 1;
            for no in 1..=25u8 {
                if answers.get(no) == Some(Choice::Done) {
                    expected_done[usize::from(no) - 1] += 1;
                }
            }
            expected_sum += i64::from(total);
            kept += 1;
        }
    }
    // The duplicates repeat lines that are kept (i − 1 is never a bad or duplicate line).
    let started = Instant::now();
    let mut builder = RollUpBuilder::new();
    builder.start_text("貼り付け");
    for slice in slices(&text, 64 * 1024) {
        builder.feed(slice);
    }
    let r = builder.roll_up();
    let elapsed = started.elapsed();
    eprintln!(
        "100,000 lines ({} bytes) rolled up in {elapsed:?}",
        text.len()
    );
    assert_eq!(kept, 98_900);
    assert_eq!(r.figures.count, kept);
    assert_eq!(r.duplicates, 1000);
    assert_eq!(r.bad.len(), 100);
    let lines: Vec<usize> = r.bad.iter().filter_map(|b| b.line).collect();
    assert_eq!(lines, bad_lines_expected);
    assert_eq!(r.sources[0].lines, LINES);
    let bands: Vec<usize> = r.figures.bands.iter().map(|b| b.count).collect();
    assert_eq!(bands, expected_bands.to_vec());
    let done: Vec<usize> = r
        .figures
        .questions
        .iter()
        .map(|q| q.count(Choice::Done))
        .collect();
    assert_eq!(done, expected_done.to_vec());
    assert_eq!(
        r.figures.total.unwrap().mean,
        Ratio::new(expected_sum, kept as i64)
    );
    assert_eq!(
        (r.figures.first_date, r.figures.last_date),
        (Some(date("2026-02-01")), Some(date("2026-02-28")))
    );
    assert_accounted(&r);
    // The time is printed, not asserted: speed is measured by scripts/bench.sh (in the browser,
    // at 4x CPU), where a loaded machine cannot fail the test command.
}

// --- Properties ---

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A piece of pasted text or of a cell: codes, links, bad codes, prose and separators.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<u64>().prop_map(|n| code(&numbered(n % 64))),
            (any::<u64>(), 1u8..=31).prop_map(|(n, d)| format!(
                "https://example.jp/check/#r={}&d=2026-01-{d:02}",
                code(&numbered(n % 64))
            )),
            any::<u64>().prop_map(|n| format!("#r={}", broken(&code(&numbered(n))))),
            Just("1abc".to_string()),
            Just("#r=".to_string()),
            Just("#r=1".to_string()),
            Just("株式会社A".to_string()),
            Just("建設".to_string()),
            Just(" ".to_string()),
            Just(",".to_string()),
            Just("\t".to_string()),
            Just("\"".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just("\u{feff}".to_string()),
            "[ -~]{0,8}",
            ".{0,4}",
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(piece(), 0..40).prop_map(|p| p.concat())
    }

    /// Everything a roll-up promises, whatever it read.
    fn check(r: &RollUp) {
        assert_accounted(r);
        let f = &r.figures;
        let shares: u32 = f.bands.iter().map(|b| b.share).sum();
        assert_eq!(shares, if f.count > 0 { 1000 } else { 0 });
        assert_eq!(f.bands.iter().map(|b| b.count).sum::<usize>(), f.count);
        for q in &f.questions {
            assert_eq!(q.counts.iter().sum::<usize>(), f.count);
            assert_eq!(
                q.shares.iter().sum::<u32>(),
                if f.count > 0 { 1000 } else { 0 }
            );
        }
        if let Some(t) = f.total {
            assert!(Ratio::new(i64::from(t.min), 1) <= t.q1);
            assert!(t.q1 <= t.median && t.median <= t.q3);
            assert!(t.q3 <= Ratio::new(i64::from(t.max), 1));
            assert!(Ratio::new(i64::from(t.min), 1) <= t.mean);
            assert!(t.mean <= Ratio::new(i64::from(t.max), 1));
        }
        assert!(f.weakest.len() <= 5);
        for column in 0..r.columns.len() {
            let groups = r.groups(column);
            assert!(groups.len() <= MAX_GROUPS + 2);
            assert_eq!(
                groups.iter().map(|g| g.figures.count).sum::<usize>(),
                f.count
            );
        }
        let csv = figures_csv(r, Some(0), Lang::En);
        assert!(csv.starts_with('\u{feff}'));
    }

    fn table_in_two(text: &str, at: usize) -> RollUp {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut b = RollUpBuilder::new();
        b.start_table("回答.csv");
        b.feed(&text[..at]);
        b.feed(&text[at..]);
        b.roll_up()
    }

    fn text_in_two(text: &str, at: usize) -> RollUp {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut b = RollUpBuilder::new();
        b.start_text("貼り付け");
        b.feed(&text[..at]);
        b.feed(&text[at..]);
        b.roll_up()
    }

    /// A cell as a spreadsheet writes it: quoted when it must be.
    fn quoted(cell: &str, delimiter: char) -> String {
        if cell.contains([delimiter, '"', '\r', '\n']) || cell.is_empty() {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_string()
        }
    }

    proptest! {
        #[test]
        fn any_pasted_text_gives_a_roll_up_that_accounts_for_every_link(
            text in text(),
            at in any::<usize>(),
        ) {
            let r = read_text(&text);
            check(&r);
            prop_assert_eq!(text_in_two(&text, at % (text.len() + 1)), r);
        }

        #[test]
        fn any_table_gives_a_roll_up_that_accounts_for_every_link(
            text in text(),
            at in any::<usize>(),
        ) {
            let r = read_table(&text);
            check(&r);
            prop_assert_eq!(table_in_two(&text, at % (text.len() + 1)), r);
        }

        #[test]
        fn arbitrary_bytes_lossily_decoded_never_panic(
            bytes in proptest::collection::vec(any::<u8>(), 0..600),
        ) {
            let _ = detect(&bytes);
            let text = String::from_utf8_lossy(&bytes);
            check(&read_text(&text));
            check(&read_table(&text));
        }

        #[test]
        fn arbitrary_unicode_text_never_panics(text in ".{0,300}") {
            check(&read_text(&text));
            check(&read_table(&text));
        }

        #[test]
        fn csv_rows_written_by_a_spreadsheet_read_back_cell_for_cell_on_their_lines(
            // Two columns at least, so the header shows its delimiter.
            header in proptest::collection::vec("[a-z業種]{1,6}", 2..5),
            rows in proptest::collection::vec(proptest::collection::vec(piece(), 1..6), 0..12),
            tab in any::<bool>(),
            crlf in any::<bool>(),
        ) {
            let delimiter = if tab { '\t' } else { ',' };
            let end = if crlf { "\r\n" } else { "\n" };
            let mut all = vec![header];
            all.extend(rows);
            let mut text = String::new();
            let mut expected = Vec::new();
            let mut line = 1;
            for row in &all {
                let written: Vec<String> = row.iter().map(|c| quoted(c, delimiter)).collect();
                let written = written.join(&delimiter.to_string());
                // A BOM is only dropped at the very start, where the header is.
                expected.push((line, row.clone()));
                text.push_str(&written);
                text.push_str(end);
                // Line breaks inside quoted cells: CR LF, LF and a lone CR count one each.
                line += 1 + written.replace("\r\n", "\n").matches(['\n', '\r']).count();
            }
            let events = rows_of(&text);
            let got: Vec<(usize, Vec<String>)> = events
                .into_iter()
                .map(|e| match e {
                    super::Event::Row(line, cells) => (line, cells),
                    super::Event::Broken(line) => (line, vec!["<broken>".to_string()]),
                })
                .collect();
            prop_assert_eq!(got, expected);
            check(&read_table(&text));
        }

        #[test]
        fn quartiles_match_a_sorted_list_interpolated_by_type_7(
            seeds in proptest::collection::vec(any::<u64>(), 1..40),
        ) {
            let mut b = RollUpBuilder::new();
            let mut totals = Vec::new();
            for (i, s) in seeds.iter().enumerate() {
                let a = numbered(*s);
                totals.push(i64::from(score(&a).total()));
                b.add_result(&a, CivilDate::new(2000 + i as u16, 1, 1), "x.json");
            }
            totals.sort_unstable();
            let n = totals.len();
            let quantile = |p4: usize| {
                let (k, f) = ((n - 1) * p4 / 4, ((n - 1) * p4 % 4) as i64);
                let lo = totals[k];
                let hi = totals[(k + 1).min(n - 1)];
                Ratio::new(4 * lo + f * (hi - lo), 4)
            };
            let t = b.roll_up().figures.total.unwrap();
            prop_assert_eq!(t.q1, quantile(1));
            prop_assert_eq!(t.median, quantile(2));
            prop_assert_eq!(t.q3, quantile(3));
            prop_assert_eq!(t.mean, Ratio::new(totals.iter().sum(), n as i64));
            prop_assert_eq!(i64::from(t.min), totals[0]);
            prop_assert_eq!(i64::from(t.max), totals[n - 1]);
        }

        #[test]
        fn largest_remainder_shares_add_up_and_stay_within_one_unit(
            counts in proptest::collection::vec(0usize..10_000, 0..12),
            units in prop_oneof![Just(100u32), Just(1000u32)],
        ) {
            let shares = largest_remainder(&counts, units);
            let total: usize = counts.iter().sum();
            prop_assert_eq!(shares.len(), counts.len());
            if total == 0 {
                prop_assert!(shares.iter().all(|&s| s == 0));
            } else {
                prop_assert_eq!(shares.iter().sum::<u32>(), units);
                for (&c, &s) in counts.iter().zip(&shares) {
                    let floor = (c as u64 * u64::from(units) / total as u64) as u32;
                    prop_assert!(s == floor || s == floor + 1);
                    if c == 0 {
                        prop_assert_eq!(s, 0);
                    }
                }
            }
        }
    }

    fn rows_of(text: &str) -> Vec<super::Event> {
        super::rows(text)
    }
}
