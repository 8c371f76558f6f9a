//! The office files (issue 34): what goes into each, as data with exact values, and the files
//! themselves read back by real readers (openpyxl and python-docx, `tests/office/read.py`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use jishin_shindan::core::time::CivilDate;
use jishin_shindan::core::{catalog, Answers, Choice};
use jishin_shindan::features::after::model::drafts::{
    handout_text, policy_text, rules_sheet, Drafts, PolicyInputs, RULES_INTRO,
};
use jishin_shindan::features::office::model::documents::{
    handout_blocks, plan_sheet, policy_blocks, result_sheet, rules_sheet as rules_workbook,
    BLANK_ADOPTED, HANDOUT_PLEDGE, HANDOUT_SIGNATURE, SIGNATURE,
};
use jishin_shindan::features::office::model::docx::{docx, docx_parts, Block};
use jishin_shindan::features::office::model::xlsx::{xlsx, xlsx_parts, Cell};
use jishin_shindan::features::plan::model::task::TaskState;
use serde_json::{json, Value};

/// 63 points: No.1–12 実施している (A = 48), 13–20 and 25 一部実施している (B = 18), 21–23
/// わからない (C = −3), 24 実施していない.
fn answers() -> Answers {
    let mut a = Answers::all(Choice::Done);
    for no in 13..=20 {
        a = a.with(no, Choice::Partial);
    }
    for no in 21..=23 {
        a = a.with(no, Choice::Unknown);
    }
    a.with(24, Choice::NotDone).with(25, Choice::Partial)
}

fn plan() -> BTreeMap<u8, TaskState> {
    let mut plan = BTreeMap::new();
    plan.insert(
        13,
        TaskState {
            done: true,
            note: "金庫を買った\n鍵は総務".into(),
            target_date: CivilDate::parse("2026-12-31"),
            updated_at: None,
        },
    );
    plan.insert(
        24,
        TaskState {
            done: false,
            note: "<相談中> & 見積もり".into(),
            target_date: None,
            updated_at: None,
        },
    );
    plan
}

fn text(cell: &Cell) -> &str {
    match cell {
        Cell::Text(s) => s,
        _ => panic!("not text: {cell:?}"),
    }
}

#[test]
fn the_result_sheet_holds_every_answer_its_points_and_the_totals() {
    let sheet = result_sheet(&answers(), "株式会社みなと", "2026-12-07 04:44 (UTC+09:00)");
    assert_eq!(sheet.name, "診断結果");
    assert_eq!(
        sheet.title,
        [
            "情報セキュリティ自社診断 結果",
            "会社名：株式会社みなと",
            "診断日時：2026-12-07 04:44 (UTC+09:00)"
        ]
    );
    assert_eq!(sheet.header_row(), 5);
    let headers: Vec<&str> = sheet.columns.iter().map(|c| c.header).collect();
    assert_eq!(headers, ["No.", "Part", "項目", "診断内容", "回答", "点数"]);
    assert_eq!(sheet.rows.len(), 25);
    let q1 = catalog::question(1).unwrap();
    assert_eq!(
        sheet.rows[0],
        vec![
            Cell::Number(1),
            Cell::Number(1),
            Cell::Text(q1.category.into()),
            Cell::Text(q1.text.into()),
            Cell::Text("実施している".into()),
            Cell::Number(4),
        ]
    );
    assert_eq!(sheet.rows[20][4], Cell::Text("わからない".into()));
    assert_eq!(sheet.rows[20][5], Cell::Number(-1));
    assert_eq!(sheet.rows[23][5], Cell::Number(0));
    let after: Vec<(&str, Cell)> = sheet
        .after
        .iter()
        .map(|r| (text(&r[3]), r[5].clone()))
        .collect();
    // Part 1: 5 × 4; Part 2: 7 × 4 + 6 × 2; Part 3: 2 × 2 − 3 + 0 + 2.
    assert_eq!(
        after[..7],
        [
            ("Part 1 基本的対策（20点満点）", Cell::Number(20)),
            ("Part 2 従業員としての対策（52点満点）", Cell::Number(40)),
            ("Part 3 組織としての対策（28点満点）", Cell::Number(3)),
            ("A「実施している」の合計点", Cell::Number(48)),
            ("B「一部実施している」の合計点", Cell::Number(18)),
            ("C「わからない」の合計点", Cell::Number(-3)),
            ("合計（A+B+C、100点満点）", Cell::Number(63)),
        ]
    );
    assert_eq!(after[7].0, "評価：50～69点だった方");
    assert_eq!(after[8].0, "対策が行き届いていないところが目立ちます。");
    assert!(after[9]
        .0
        .starts_with("点数が低かった項目について「解説編」を参考に"));
    // Unanswered questions: 未回答 and no points.
    let partial = result_sheet(&Answers::default().with(1, Choice::Done), "", "x");
    assert_eq!(partial.title.len(), 2);
    assert_eq!(partial.rows[1][4], Cell::Text("未回答".into()));
    assert_eq!(partial.rows[1][5], Cell::Empty);
}

#[test]
fn the_plan_sheet_has_a_row_per_task_in_plan_order_with_the_kept_progress() {
    let sheet = plan_sheet(&answers(), &plan(), " 株式会社みなと ", "2026年12月7日");
    assert_eq!(sheet.name, "対策リスト");
    assert_eq!(
        sheet.title,
        [
            "株式会社みなと 情報セキュリティ対策リスト",
            "作成日：2026年12月7日"
        ]
    );
    let headers: Vec<&str> = sheet.columns.iter().map(|c| c.header).collect();
    assert_eq!(
        headers,
        [
            "No.",
            "優先",
            "すること",
            "対策",
            "現在の回答",
            "対策例",
            "担当者",
            "期限",
            "完了",
            "メモ"
        ]
    );
    let order: Vec<Cell> = sheet.rows.iter().map(|r| r[0].clone()).collect();
    // わからない first, then 実施していない, then 一部実施している (Part 1 has no task here).
    let expected: Vec<Cell> = [21, 22, 23, 24, 13, 14, 15, 16, 17, 18, 19, 20, 25]
        .into_iter()
        .map(Cell::Number)
        .collect();
    assert_eq!(order, expected);
    let q13 = catalog::question(13).unwrap();
    let row13 = &sheet.rows[4];
    assert_eq!(row13[3], Cell::Text(q13.text.into()));
    assert_eq!(row13[4], Cell::Text("一部実施している".into()));
    assert_eq!(row13[5], Cell::Text(q13.examples.join("\n")));
    assert_eq!(
        row13[6..],
        [
            Cell::Empty,
            Cell::Text("2026-12-31".into()),
            Cell::Text("済".into()),
            Cell::Text("金庫を買った\n鍵は総務".into())
        ]
    );
    assert_eq!(sheet.rows[3][9], Cell::Text("<相談中> & 見積もり".into()));
    assert_eq!(sheet.rows[3][8], Cell::Empty);
    assert!(sheet.landscape);
    // No company: the plain title.
    assert_eq!(
        plan_sheet(&answers(), &plan(), "", "d").title[0],
        "情報セキュリティ対策リスト"
    );
}

#[test]
fn the_rules_sheet_has_items_1_to_24_with_the_rule_and_the_answer() {
    let drafts = Drafts {
        rules_owner: "総務部 佐藤".into(),
        ..Drafts::default()
    };
    let sheet = rules_sheet(&drafts, &answers(), "株式会社みなと");
    let book = rules_workbook(&sheet, &plan());
    assert_eq!(book.name, "社内ルール");
    assert_eq!(
        book.title,
        [
            "株式会社みなと 情報セキュリティ社内ルール".to_string(),
            sheet.signature.clone(),
            RULES_INTRO.to_string()
        ]
    );
    assert_eq!(
        sheet.signature,
        "制定日：　　　　年　　月　　日　責任者：総務部 佐藤"
    );
    assert_eq!(book.rows.len(), 24);
    let row = &book.rows[12];
    assert_eq!(row[0], Cell::Number(13));
    assert_eq!(
        row[1],
        Cell::Text(catalog::question(13).unwrap().category.into())
    );
    assert_eq!(row[2], Cell::Text(drafts.rule(13)));
    assert_eq!(row[3], Cell::Text("△ 一部実施している".into()));
    assert_eq!(row[7], Cell::Text("済".into()));
    assert_eq!(book.rows[0][3], Cell::Text("○ 実施している".into()));
    assert_eq!(
        book.rows[0][5..],
        [Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]
    );
}

#[test]
fn the_policy_ends_with_its_date_company_representative_and_a_signature_line() {
    let text = policy_text(&PolicyInputs {
        company: "株式会社みなと製作所".into(),
        representative_title: "代表取締役".into(),
        representative_name: "港 一郎".into(),
        date: CivilDate::parse("2026-12-01"),
        ..PolicyInputs::default()
    });
    let blocks = policy_blocks(&text);
    assert_eq!(blocks[0], Block::Title("情報セキュリティ基本方針".into()));
    assert!(
        matches!(&blocks[1], Block::Paragraph(p) if p.starts_with("株式会社みなと製作所（以下「当社」）は、"))
    );
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), 8);
    assert_eq!(headings[0], "1. 守る情報");
    assert_eq!(headings[7], "8. 見直しと改善");
    assert_eq!(
        blocks[blocks.len() - 4..],
        [
            Block::Right("2026年12月1日 制定".into()),
            Block::Right("株式会社みなと製作所".into()),
            Block::Right("代表取締役 港 一郎".into()),
            Block::Right(SIGNATURE.into()),
        ]
    );
    // Nothing given: a date to fill in by hand, and the signature line; the last section stays.
    let bare = policy_blocks(&policy_text(&PolicyInputs::default()));
    assert_eq!(
        bare[bare.len() - 4..],
        [
            Block::Heading("8. 見直しと改善".into()),
            bare[bare.len() - 3].clone(),
            Block::Right(BLANK_ADOPTED.into()),
            Block::Right(SIGNATURE.into()),
        ]
    );
    assert!(
        matches!(&bare[bare.len() - 3], Block::Paragraph(p) if p.starts_with("この方針と社内ルールは"))
    );
}

#[test]
fn the_handout_keeps_its_sections_and_ends_with_a_line_to_sign() {
    let blocks = handout_blocks(
        &handout_text("株式会社みなと", "総務部 佐藤"),
        "2026年12月7日",
    );
    assert_eq!(
        blocks[..3],
        [
            Block::Title("従業員向け情報セキュリティ注意事項".into()),
            Block::Right("作成日：2026年12月7日".into()),
            Block::Paragraph("株式会社みなと".into()),
        ]
    );
    assert!(blocks.contains(&Block::Heading("■ メール・FAX".into())));
    assert!(blocks.contains(&Block::Bullet("・すぐに連絡する：総務部 佐藤".into())));
    assert_eq!(
        blocks[blocks.len() - 2..],
        [
            Block::Paragraph(HANDOUT_PLEDGE.into()),
            Block::Right(HANDOUT_SIGNATURE.into())
        ]
    );
}

#[test]
fn the_files_parts_are_well_formed_and_say_a4() {
    let sheet = plan_sheet(&answers(), &plan(), "みなと", "2026年12月7日");
    let parts = xlsx_parts(&[sheet]);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml"
        ]
    );
    let sheet_xml = &parts[5].1;
    assert!(sheet_xml.contains("<autoFilter ref=\"A4:J17\"/>"));
    assert!(sheet_xml.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\""));
    assert!(sheet_xml.contains("&lt;相談中&gt; &amp; 見積もり"));
    assert!(parts[2].1.contains("'対策リスト'!$A$4:$J$17"));
    let doc = docx_parts(&[Block::Paragraph("a\u{1}b".into())]);
    assert!(
        doc[2].1.contains(">ab</w:t>"),
        "a control character is dropped"
    );
    assert!(doc[2].1.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
}

/// The file read back by openpyxl or python-docx (`tests/office/read.py`).
fn read_back(name: &str, bytes: &[u8]) -> Value {
    let dir = std::env::temp_dir().join(format!("office-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let run = std::process::Command::new("/usr/bin/python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/office/read.py"))
        .arg(&path)
        .output()
        .expect("/usr/bin/python3 runs (scripts/setup.sh test installs openpyxl and python-docx)");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        run.status.success(),
        "reading {name} failed (scripts/setup.sh test installs openpyxl and python-docx): {}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap()
}

#[test]
fn openpyxl_reads_the_workbooks_cells_filter_and_a4_landscape() {
    let sheet = plan_sheet(&answers(), &plan(), "株式会社みなと", "2026年12月7日");
    let read = read_back("plan.xlsx", &xlsx(&[sheet]));
    let s = &read["sheets"][0];
    assert_eq!(s["name"], "対策リスト");
    assert_eq!(s["rows"][0][0], "株式会社みなと 情報セキュリティ対策リスト");
    assert_eq!(s["rows"][1][0], "作成日：2026年12月7日");
    assert_eq!(
        s["rows"][2],
        json!([null, null, null, null, null, null, null, null, null, null])
    );
    assert_eq!(
        s["rows"][3],
        json!([
            "No.",
            "優先",
            "すること",
            "対策",
            "現在の回答",
            "対策例",
            "担当者",
            "期限",
            "完了",
            "メモ"
        ])
    );
    assert_eq!(s["rows"][4][0], 21);
    assert_eq!(s["rows"][4][4], "わからない");
    assert_eq!(s["rows"][8][0], 13);
    assert_eq!(s["rows"][8][9], "金庫を買った\n鍵は総務");
    assert_eq!(s["rows"][7][9], "<相談中> & 見積もり");
    assert_eq!(s["rows"].as_array().unwrap().len(), 4 + 13);
    assert_eq!(s["filter"], "A4:J17");
    assert_eq!(s["paper"], 9);
    assert_eq!(s["orientation"], "landscape");
    assert_eq!(s["fit_width"], 1);
    assert_eq!(s["fit_to_page"], true);
    assert_eq!(s["freeze"], "A5");
    assert_eq!(s["print_titles"], "$4:$4");
    assert_eq!(s["widths"]["D"], 44.0);

    let result = read_back(
        "result.xlsx",
        &xlsx(&[result_sheet(&answers(), "", "2026-12-07 04:44 (UTC+09:00)")]),
    );
    let rows = result["sheets"][0]["rows"].as_array().unwrap();
    assert_eq!(rows[1][0], "診断日時：2026-12-07 04:44 (UTC+09:00)");
    assert_eq!(
        rows[4],
        json!([
            1,
            1,
            catalog::question(1).unwrap().category,
            catalog::question(1).unwrap().text,
            "実施している",
            4
        ])
    );
    let total = rows
        .iter()
        .find(|r| r[3] == "合計（A+B+C、100点満点）")
        .unwrap();
    assert_eq!(total[5], 63);
    assert_eq!(result["sheets"][0]["orientation"], "portrait");
}

#[test]
fn python_docx_reads_the_policy_with_its_styles_on_a4() {
    let text = policy_text(&PolicyInputs {
        company: "株式会社みなと製作所".into(),
        date: CivilDate::parse("2026-12-01"),
        ..PolicyInputs::default()
    });
    let read = read_back("policy.docx", &docx(&policy_blocks(&text)));
    assert_eq!(read["page_mm"], json!([210, 297]));
    let paragraphs = read["paragraphs"].as_array().unwrap();
    assert_eq!(
        paragraphs[0],
        json!({"style": "Title", "text": "情報セキュリティ基本方針", "right": false})
    );
    assert_eq!(
        paragraphs[2],
        json!({"style": "Heading 1", "text": "1. 守る情報", "right": false})
    );
    assert_eq!(paragraphs[2 + 1]["style"], "Normal");
    let last: Vec<&Value> = paragraphs.iter().rev().take(3).collect();
    assert_eq!(
        last[0],
        &json!({"style": "Normal", "text": SIGNATURE, "right": true})
    );
    assert_eq!(
        last[1],
        &json!({"style": "Normal", "text": "株式会社みなと製作所", "right": true})
    );
    assert_eq!(
        last[2],
        &json!({"style": "Normal", "text": "2026年12月1日 制定", "right": true})
    );
    let all: String = paragraphs
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(all.matches("当社").count(), text.matches("当社").count());
}
