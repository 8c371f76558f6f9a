//! What goes into each office file, as data (issue 34): the 基本方針 and the 従業員向け注意事項
//! as Word paragraphs, the 社内ルール sheet, the action plan and the result as Excel sheets. The
//! writers (`docx`, `xlsx`) only lay these out, so the native tests check the exact texts and
//! values here, and the browser test reads the files back with python-docx and openpyxl.
//!
//! The drafts are built from their text as the user sees it (edited or not), so a Word file says
//! what the screen says. The sheets are Japanese documents in either language of the app, as the
//! drafts are.

use std::collections::BTreeMap;

use crate::core::advice::Band;
use crate::core::catalog;
use crate::core::lang::Lang;
use crate::core::question::{Choice, Part, QuestionNo};
use crate::core::{score, Answers};
use crate::features::after::model::drafts::{
    body_line, draft_lines, status_text, DraftLine, RulesSheet,
};
use crate::features::office::model::docx::Block;
use crate::features::office::model::xlsx::{Cell, Column, Sheet};
use crate::features::plan::model::task::TaskState;
use crate::features::plan::model::{tasks, Group};

/// The date line to fill in by hand when the policy gives none.
pub const BLANK_ADOPTED: &str = "　　　　年　　月　　日 制定";
/// The policy's signature line, under the representative's name.
pub const SIGNATURE: &str = "署名　＿＿＿＿＿＿＿＿＿＿＿＿";
/// The handout's last paragraph: each employee signs that they read it.
pub const HANDOUT_PLEDGE: &str = "上記の注意事項を読み、守ります。";
/// The handout's signature line.
pub const HANDOUT_SIGNATURE: &str = "確認日　　　　年　　月　　日　　氏名　＿＿＿＿＿＿＿＿＿＿";

fn block(line: DraftLine<'_>) -> Block {
    match line {
        DraftLine::Title(t) => Block::Title(t.to_string()),
        DraftLine::Heading(h) => Block::Heading(h.to_string()),
        DraftLine::Item(i) => Block::Bullet(format!("・{i}")),
        DraftLine::Paragraph(p) => Block::Paragraph(p.to_string()),
    }
}

/// The 基本方針 as Word paragraphs: the title, the sections' headings and paragraphs, then the
/// closing lines set to the right (the date it was adopted, the company, the representative:
/// the last group of lines after a blank line, when it holds no heading), with a line for the
/// date to fill in by hand when none is given, and a signature line.
///
/// ```
/// use jishin_shindan::features::office::model::docx::Block;
/// use jishin_shindan::features::office::model::documents::{policy_blocks, SIGNATURE};
/// let blocks = policy_blocks("方針\n\n1. 守る\n本文\n\n2026年12月1日 制定\n株式会社みなと");
/// assert_eq!(blocks, vec![
///     Block::Title("方針".into()),
///     Block::Heading("1. 守る".into()),
///     Block::Paragraph("本文".into()),
///     Block::Right("2026年12月1日 制定".into()),
///     Block::Right("株式会社みなと".into()),
///     Block::Right(SIGNATURE.into()),
/// ]);
/// ```
pub fn policy_blocks(text: &str) -> Vec<Block> {
    let groups: Vec<&str> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|g| !g.trim().is_empty())
        .collect();
    let closing = match groups.as_slice() {
        [.., last] if groups.len() > 1 => {
            let lines: Vec<&str> = last
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            // Closing lines are neither headings nor list items (as lines after the title).
            let heading = lines
                .iter()
                .any(|l| matches!(body_line(l), DraftLine::Heading(_) | DraftLine::Item(_)));
            (!heading && lines.len() <= 4).then_some(*last)
        }
        _ => None,
    };
    let body = closing.map_or(text, |c| {
        let at = text.rfind(c).unwrap_or(text.len());
        &text[..at]
    });
    let mut blocks: Vec<Block> = draft_lines(body).into_iter().map(block).collect();
    let closing_lines: Vec<&str> = closing
        .map(|c| c.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
        .unwrap_or_default();
    if !closing_lines.iter().any(|l| l.ends_with("制定")) {
        blocks.push(Block::Right(BLANK_ADOPTED.to_string()));
    }
    blocks.extend(closing_lines.iter().map(|l| Block::Right((*l).to_string())));
    blocks.push(Block::Right(SIGNATURE.to_string()));
    blocks
}

/// The 従業員向け注意事項 as Word paragraphs: its lines as they are, the day it was made under
/// the title (`made_on`, e.g. 「2026年12月7日」), and a line where each employee signs.
///
/// ```
/// use jishin_shindan::features::office::model::docx::Block;
/// use jishin_shindan::features::office::model::documents::{handout_blocks, HANDOUT_PLEDGE, HANDOUT_SIGNATURE};
/// let blocks = handout_blocks("注意事項\n\n■ メール\n・開かない", "2026年12月7日");
/// assert_eq!(blocks, vec![
///     Block::Title("注意事項".into()),
///     Block::Right("作成日：2026年12月7日".into()),
///     Block::Heading("■ メール".into()),
///     Block::Bullet("・開かない".into()),
///     Block::Paragraph(HANDOUT_PLEDGE.into()),
///     Block::Right(HANDOUT_SIGNATURE.into()),
/// ]);
/// ```
pub fn handout_blocks(text: &str, made_on: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = draft_lines(text).into_iter().map(block).collect();
    let at = usize::from(!blocks.is_empty());
    blocks.insert(at, Block::Right(format!("作成日：{made_on}")));
    blocks.push(Block::Paragraph(HANDOUT_PLEDGE.to_string()));
    blocks.push(Block::Right(HANDOUT_SIGNATURE.to_string()));
    blocks
}

/// A column headed `header`, `width` characters wide.
const fn col(header: &'static str, width: f32) -> Column {
    Column { header, width }
}

/// The columns both the rules sheet and the plan end with: who does it, by when, done, a note.
const FOLLOW_UP: [Column; 4] = [
    col("担当者", 12.0),
    col("期限", 12.0),
    col("完了", 6.0),
    col("メモ", 30.0),
];

/// The follow-up cells of question `no` from the plan: no one named (the user fills it in), the
/// target date, 「済」 when ticked, the note.
fn follow_up(plan: &BTreeMap<QuestionNo, TaskState>, no: QuestionNo) -> [Cell; 4] {
    let state = plan.get(&no);
    [
        Cell::Empty,
        Cell::text(
            state
                .and_then(|s| s.target_date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        Cell::text(if state.is_some_and(|s| s.done) {
            "済"
        } else {
            ""
        }),
        Cell::text(state.map(|s| s.note.clone()).unwrap_or_default()),
    ]
}

fn examples(no: QuestionNo) -> String {
    catalog::question(no).map_or_else(String::new, |q| q.examples.join("\n"))
}

/// The 社内ルール sheet as an Excel sheet: its title, date and person responsible, and what it
/// is, then one row per item 1–24: No., 項目, the rule, the current answer, the 対策例, and the
/// follow-up columns (the plan's target date, tick and note for the same item).
pub fn rules_sheet(sheet: &RulesSheet, plan: &BTreeMap<QuestionNo, TaskState>) -> Sheet {
    let mut columns = vec![
        col("No.", 5.0),
        col("項目", 16.0),
        col("ルール", 44.0),
        col("現在の回答", 16.0),
        col("対策例", 50.0),
    ];
    columns.extend(FOLLOW_UP);
    let rows = sheet
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                Cell::Number(i32::from(row.no)),
                Cell::text(row.category),
                Cell::text(row.rule.as_str()),
                Cell::text(status_text(row.status, Lang::Ja)),
                Cell::text(examples(row.no)),
            ];
            cells.extend(follow_up(plan, row.no));
            cells
        })
        .collect();
    Sheet {
        name: "社内ルール".to_string(),
        title: vec![
            sheet.title.clone(),
            sheet.signature.clone(),
            sheet.intro.to_string(),
        ],
        columns,
        rows,
        after: Vec::new(),
        landscape: true,
    }
}

/// The action plan as an Excel sheet: one row per task in plan order: No., the group, what to
/// do, the item, the current answer, the 対策例, and the follow-up columns from the plan.
/// `heading` is the company's name or empty; `made_on` the day the file is made.
pub fn plan_sheet(
    answers: &Answers,
    plan: &BTreeMap<QuestionNo, TaskState>,
    company: &str,
    made_on: &str,
) -> Sheet {
    let title = if company.trim().is_empty() {
        "情報セキュリティ対策リスト".to_string()
    } else {
        format!("{} 情報セキュリティ対策リスト", company.trim())
    };
    let mut columns = vec![
        col("No.", 5.0),
        col("優先", 18.0),
        col("すること", 10.0),
        col("対策", 44.0),
        col("現在の回答", 16.0),
        col("対策例", 50.0),
    ];
    columns.extend(FOLLOW_UP);
    let rows = tasks(answers)
        .iter()
        .map(|task| {
            let mut cells = vec![
                Cell::Number(i32::from(task.no)),
                Cell::text(group_label(task.priority_group)),
                Cell::text(task.kind.label(Lang::Ja)),
                Cell::text(task.question.text),
                Cell::text(task.choice.label()),
                Cell::text(examples(task.no)),
            ];
            cells.extend(follow_up(plan, task.no));
            cells
        })
        .collect();
    Sheet {
        name: "対策リスト".to_string(),
        title: vec![title, format!("作成日：{made_on}")],
        columns,
        rows,
        after: Vec::new(),
        landscape: true,
    }
}

fn group_label(group: Group) -> &'static str {
    group.label(Lang::Ja)
}

/// The result as an Excel sheet: the company and when it was diagnosed, one row per question
/// (No., Part, 項目, the question, the answer, its points; 「未回答」 and no points when not
/// answered), then the points per Part, A, B, C, the total and the band with its next step.
/// `when` is the diagnosis's local date and time as people read it.
pub fn result_sheet(answers: &Answers, company: &str, when: &str) -> Sheet {
    let mut title = vec!["情報セキュリティ自社診断 結果".to_string()];
    if !company.trim().is_empty() {
        title.push(format!("会社名：{}", company.trim()));
    }
    title.push(format!("診断日時：{when}"));
    let columns = vec![
        col("No.", 5.0),
        col("Part", 6.0),
        col("項目", 16.0),
        col("診断内容", 60.0),
        col("回答", 16.0),
        col("点数", 7.0),
    ];
    let rows = catalog::QUESTIONS
        .iter()
        .map(|q| {
            let choice = answers.get(q.no);
            vec![
                Cell::Number(i32::from(q.no)),
                Cell::Number(i32::from(q.part.number())),
                Cell::text(q.category),
                Cell::text(q.text),
                Cell::text(choice.map_or("未回答", Choice::label)),
                choice.map_or(Cell::Empty, |c| Cell::Number(c.points())),
            ]
        })
        .collect();
    let tally = score(answers);
    let line = |label: String, value: Cell| {
        vec![
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::text(label),
            Cell::Empty,
            value,
        ]
    };
    let mut after: Vec<Vec<Cell>> = Part::ALL
        .into_iter()
        .map(|part| {
            let points: i32 = part
                .question_range()
                .filter_map(|no| answers.get(no))
                .map(Choice::points)
                .sum();
            let info = catalog::part_info(part);
            let max = 4 * part.question_range().count();
            line(
                format!("Part {} {}（{max}点満点）", part.number(), info.title),
                Cell::Number(points),
            )
        })
        .collect();
    after.extend([
        line("A「実施している」の合計点".into(), Cell::Number(tally.a)),
        line(
            "B「一部実施している」の合計点".into(),
            Cell::Number(tally.b),
        ),
        line("C「わからない」の合計点".into(), Cell::Number(tally.c)),
        line(
            "合計（A+B+C、100点満点）".into(),
            Cell::Number(tally.total()),
        ),
    ]);
    let band = Band::from_total(tally.total());
    after.push(line(format!("評価：{}", band.range_label()), Cell::Empty));
    after.push(line(band.message().to_string(), Cell::Empty));
    after.push(line(band.next_step().to_string(), Cell::Empty));
    Sheet {
        name: "診断結果".to_string(),
        title,
        columns,
        rows,
        after,
        landscape: false,
    }
}
