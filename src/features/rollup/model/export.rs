//! The figures of a roll-up as a CSV file: UTF-8 with a byte-order mark (so Excel in Japan reads
//! the Japanese), CR LF line ends, sections separated by an empty line:
//!
//! 1. the summary (counts, duplicates, bad entries, the date range);
//! 2. the bands: count and share;
//! 3. the total: mean, quartiles, median, minimum, maximum;
//! 4. per Part: maximum, mean points, mean share of the points;
//! 5. per question: the heading, the mean points, the four shares and the four counts;
//! 6. the weakest items;
//! 7. with a column chosen, one row per group: count, total figures, band shares, Part shares
//!    and each question's share of 実施している.
//!
//! Shares are percents with one decimal, as on the screen (they add up to 100.0). Every cell a
//! user or a file supplied (a column's name, a group's value) is defused against spreadsheet
//! formulas, as the app's other CSV files are.

use crate::core::catalog;
use crate::core::exchange::csv_field;
use crate::core::lang::{Lang, Text};
use crate::core::question::{Choice, QuestionNo};
use crate::features::rollup::model::builder::RollUp;
use crate::features::rollup::model::figures::{Figures, Ratio};

const SUMMARY: Text = Text {
    ja: "集計の概要",
    en: "Summary",
};
const COUNT: Text = Text {
    ja: "件数",
    en: "Results",
};
const FOUND: Text = Text {
    ja: "見つかったリンク・コード",
    en: "Links and codes found",
};
const DUPLICATES: Text = Text {
    ja: "重複として除いた件数",
    en: "Duplicates left out",
};
const BAD: Text = Text {
    ja: "読めなかった件数",
    en: "Entries that could not be read",
};
const FIRST_DATE: Text = Text {
    ja: "最初の診断日",
    en: "Earliest date",
};
const LAST_DATE: Text = Text {
    ja: "最後の診断日",
    en: "Latest date",
};
const UNDATED: Text = Text {
    ja: "日付なし",
    en: "Without a date",
};
const BAND: Text = Text {
    ja: "点数の区分",
    en: "Band",
};
const SHARE: Text = Text {
    ja: "割合(%)",
    en: "Share (%)",
};
const TOTAL: Text = Text {
    ja: "合計点",
    en: "Total score",
};
const VALUE: Text = Text {
    ja: "値",
    en: "Value",
};
const MEAN: Text = Text {
    ja: "平均",
    en: "Mean",
};
const Q1: Text = Text {
    ja: "第1四分位",
    en: "First quartile",
};
const MEDIAN: Text = Text {
    ja: "中央値",
    en: "Median",
};
const Q3: Text = Text {
    ja: "第3四分位",
    en: "Third quartile",
};
const MIN: Text = Text {
    ja: "最低",
    en: "Lowest",
};
const MAX: Text = Text {
    ja: "最高",
    en: "Highest",
};
const MAX_POINTS: Text = Text {
    ja: "満点",
    en: "Maximum",
};
const MEAN_POINTS: Text = Text {
    ja: "平均点",
    en: "Mean points",
};
const MEAN_PERCENT: Text = Text {
    ja: "平均得点率(%)",
    en: "Mean share of points (%)",
};
const HEADING: Text = Text {
    ja: "見出し",
    en: "Heading",
};
const PERCENT_SUFFIX: Text = Text {
    ja: "(%)",
    en: " (%)",
};
const COUNT_SUFFIX: Text = Text {
    ja: "(件)",
    en: " (count)",
};
const WEAKEST: Text = Text {
    ja: "弱い項目の順位",
    en: "Weakest items, rank",
};
const COLUMN: Text = Text {
    ja: "列{n}",
    en: "Column {n}",
};

fn row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// A share in tenths of a percent as a percent with one decimal (`333` → `33.3`).
///
/// ```
/// use jishin_shindan::features::rollup::model::export::percent;
/// assert_eq!(percent(333), "33.3");
/// assert_eq!(percent(1000), "100.0");
/// ```
pub fn percent(share: u32) -> String {
    format!("{}.{}", share / 10, share % 10)
}

fn heading(no: QuestionNo, lang: Lang) -> String {
    catalog::question(no).map_or_else(String::new, |q| lang.heading(q).to_string())
}

fn date_text(date: Option<crate::core::time::CivilDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

fn stat(value: Option<Ratio>, decimals: u32) -> String {
    value.map(|v| v.trimmed(decimals)).unwrap_or_default()
}

/// The figures of `rollup` as CSV (see the module docs), in `lang`; with `group_by` (an index
/// into [`RollUp::columns`]), the groups of that column too.
///
/// ```
/// use jishin_shindan::core::lang::Lang;
/// use jishin_shindan::core::{share, Answers, Choice};
/// use jishin_shindan::features::rollup::model::{figures_csv, RollUpBuilder};
/// let mut b = RollUpBuilder::new();
/// b.start_text("貼り付け");
/// b.feed(&share::encode(&Answers::all(Choice::Done)).unwrap());
/// let csv = figures_csv(&b.roll_up(), None, Lang::Ja);
/// assert!(csv.starts_with("\u{feff}集計の概要\r\n件数,1\r\n"));
/// assert!(csv.contains("\r\n100点満点だった方,1,100.0\r\n"));
/// ```
pub fn figures_csv(rollup: &RollUp, group_by: Option<usize>, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let f = &rollup.figures;
    let t = |text: Text| text.get(lang).to_string();
    row(&mut out, &[t(SUMMARY)]);
    for (label, value) in [
        (COUNT, f.count.to_string()),
        (FOUND, rollup.found.to_string()),
        (DUPLICATES, rollup.duplicates.to_string()),
        (BAD, rollup.bad.len().to_string()),
        (FIRST_DATE, date_text(f.first_date)),
        (LAST_DATE, date_text(f.last_date)),
        (UNDATED, f.undated.to_string()),
    ] {
        row(&mut out, &[t(label), value]);
    }
    out.push_str("\r\n");
    row(&mut out, &[t(BAND), t(COUNT), t(SHARE)]);
    for b in &f.bands {
        row(
            &mut out,
            &[
                lang.band_range(b.band).to_string(),
                b.count.to_string(),
                percent(b.share),
            ],
        );
    }
    out.push_str("\r\n");
    row(&mut out, &[t(TOTAL), t(VALUE)]);
    let total = f.total;
    for (label, value) in [
        (MEAN, total.map(|s| s.mean.fixed(1)).unwrap_or_default()),
        (Q1, stat(total.map(|s| s.q1), 2)),
        (MEDIAN, stat(total.map(|s| s.median), 2)),
        (Q3, stat(total.map(|s| s.q3), 2)),
        (MIN, total.map(|s| s.min.to_string()).unwrap_or_default()),
        (MAX, total.map(|s| s.max.to_string()).unwrap_or_default()),
    ] {
        row(&mut out, &[t(label), value]);
    }
    out.push_str("\r\n");
    row(
        &mut out,
        &[
            "Part".to_string(),
            t(MAX_POINTS),
            t(MEAN_POINTS),
            t(MEAN_PERCENT),
        ],
    );
    for p in &f.parts {
        row(
            &mut out,
            &[
                format!("Part {} {}", p.part.number(), lang.part_title(p.part)),
                p.max_points.to_string(),
                p.mean_points.fixed(1),
                p.mean_percent.fixed(1),
            ],
        );
    }
    out.push_str("\r\n");
    let mut header = vec!["No".to_string(), t(HEADING), t(MEAN_POINTS)];
    header.extend(
        Choice::ALL
            .iter()
            .map(|&c| format!("{}{}", lang.choice(c), t(PERCENT_SUFFIX))),
    );
    header.extend(
        Choice::ALL
            .iter()
            .map(|&c| format!("{}{}", lang.choice(c), t(COUNT_SUFFIX))),
    );
    row(&mut out, &header);
    for q in &f.questions {
        let mut cells = vec![
            q.no.to_string(),
            heading(q.no, lang),
            q.mean_points.fixed(2),
        ];
        cells.extend(q.shares.iter().map(|&s| percent(s)));
        cells.extend(q.counts.iter().map(usize::to_string));
        row(&mut out, &cells);
    }
    out.push_str("\r\n");
    row(
        &mut out,
        &[
            t(WEAKEST),
            "No".to_string(),
            t(HEADING),
            t(MEAN_POINTS),
            format!("{}{}", lang.choice(Choice::Unknown), t(COUNT_SUFFIX)),
        ],
    );
    for (rank, w) in f.weakest.iter().enumerate() {
        row(
            &mut out,
            &[
                (rank + 1).to_string(),
                w.no.to_string(),
                heading(w.no, lang),
                w.mean_points.fixed(2),
                w.unknown.to_string(),
            ],
        );
    }
    if let Some(column) = group_by.and_then(|i| rollup.columns.get(i).map(|c| (i, c))) {
        let (index, column) = column;
        let name = if column.name.is_empty() {
            COLUMN.get(lang).replace("{n}", &column.number.to_string())
        } else {
            column.name.clone()
        };
        out.push_str("\r\n");
        let mut header = vec![
            name,
            t(COUNT),
            t(MEAN),
            t(Q1),
            t(MEDIAN),
            t(Q3),
            t(MIN),
            t(MAX),
        ];
        header.extend(
            f.bands
                .iter()
                .map(|b| format!("{}{}", lang.band_range(b.band), t(PERCENT_SUFFIX))),
        );
        header.extend(
            f.parts
                .iter()
                .map(|p| format!("Part {}{}", p.part.number(), t(PERCENT_SUFFIX))),
        );
        header.extend(
            (1..=25u8)
                .map(|no| format!("No.{no} {}{}", lang.choice(Choice::Done), t(PERCENT_SUFFIX))),
        );
        row(&mut out, &header);
        for group in rollup.groups(index) {
            row(&mut out, &group_row(&group.key.label(lang), &group.figures));
        }
    }
    out
}

/// One group's row of the last section.
fn group_row(label: &str, f: &Figures) -> Vec<String> {
    let total = f.total;
    let mut cells = vec![
        label.to_string(),
        f.count.to_string(),
        total.map(|s| s.mean.fixed(1)).unwrap_or_default(),
        stat(total.map(|s| s.q1), 2),
        stat(total.map(|s| s.median), 2),
        stat(total.map(|s| s.q3), 2),
        total.map(|s| s.min.to_string()).unwrap_or_default(),
        total.map(|s| s.max.to_string()).unwrap_or_default(),
    ];
    cells.extend(f.bands.iter().map(|b| percent(b.share)));
    cells.extend(f.parts.iter().map(|p| p.mean_percent.fixed(1)));
    cells.extend(f.questions.iter().map(|q| percent(q.share(Choice::Done))));
    cells
}
