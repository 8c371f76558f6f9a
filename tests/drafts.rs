//! The drafts: basic policy, rules sheet and staff handout. Every input appears, nothing is
//! left as a placeholder, the output is deterministic, and HTML downloads escape every text.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::html::escape_html;
use jishin_shindan::core::lang::Lang;
use jishin_shindan::core::time::CivilDate;
use std::collections::BTreeSet;

use jishin_shindan::core::{catalog, Answers, Choice};
use jishin_shindan::features::after::model::drafts::{
    date_ja, default_rule, handout_point, handout_text, policy_text, rules_html, rules_sheet,
    rules_text, status_text, text_html, DraftChange, DraftKind, Drafts, Holding, PolicyInputs,
    HANDOUT_SECTIONS, MAX_DRAFT_CHARS, MAX_RULE_CHARS, RULE_COUNT,
};
use jishin_shindan::store::records::{Records, MAX_NAME_CHARS};

mod common;

const NOW: &str = "2026-11-25T10:15:00.000Z";
/// `d` after `change`, made the one way the app makes it: `RecordsAction::Draft` through the
/// one `State::apply`, at `NOW`.
fn change(d: &mut Drafts, change: DraftChange) {
    let mut records = Records::default();
    records.beyond.drafts = std::mem::take(d);
    common::draft(&mut records, change, NOW);
    *d = records.beyond.drafts;
}

const HOSTILE: &str = "<script>alert(\"x\")</script> & 'co' {name}";

fn full_inputs() -> PolicyInputs {
    PolicyInputs {
        company: "株式会社みなと製作所".into(),
        representative_title: "代表取締役社長".into(),
        representative_name: "港 一郎".into(),
        date: CivilDate::parse("2026-12-01"),
        holdings: Holding::ALL.into_iter().collect(),
        other_holdings: "試作品の写真".into(),
    }
}

/// Marks a template engine or a lazy writer would leave behind.
fn assert_no_placeholder(text: &str, what: &str) {
    for mark in [
        "{",
        "}",
        "○○",
        "XX",
        "ＸＸ",
        "TODO",
        "undefined",
        "null",
        "＊＊",
    ] {
        assert!(!text.contains(mark), "{what} contains {mark:?}:\n{text}");
    }
}

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed.txt"
    ))
    .unwrap()
}

// ---- escape_html --------------------------------------------------------------------------

#[test]
fn escape_html_escapes_the_five_special_characters_and_nothing_else() {
    assert_eq!(escape_html("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;");
    assert_eq!(escape_html("株式会社 A&B"), "株式会社 A&amp;B");
    assert_eq!(
        escape_html("&amp;"),
        "&amp;amp;",
        "already escaped text is escaped again"
    );
    assert_eq!(escape_html(""), "");
    let plain = "情報セキュリティ基本方針（2026年）・No.1";
    assert_eq!(escape_html(plain), plain);
}

#[test]
fn escaped_text_contains_no_markup_characters() {
    let escaped = escape_html(HOSTILE);
    assert!(!escaped.contains('<') && !escaped.contains('>') && !escaped.contains('"'));
    assert!(!escaped.contains('\''));
}

// ---- 基本方針 -----------------------------------------------------------------------------

#[test]
fn the_policy_contains_every_input() {
    let text = policy_text(&full_inputs());
    assert!(text.starts_with("情報セキュリティ基本方針\n"));
    assert!(text.contains("株式会社みなと製作所（以下「当社」）は、"));
    for h in Holding::ALL {
        assert!(text.contains(h.label(Lang::Ja)), "{}", h.label(Lang::Ja));
    }
    assert!(text.contains("試作品の写真"));
    assert!(text.contains("2026年12月1日 制定"));
    assert!(text.ends_with("2026年12月1日 制定\n株式会社みなと製作所\n代表取締役社長 港 一郎\n"));
}

#[test]
fn the_policy_has_all_eight_sections_in_order() {
    let text = policy_text(&full_inputs());
    let mut at = 0;
    for n in 1..=8 {
        let heading = format!("\n{n}. ");
        let found = text[at..].find(&heading).map(|i| i + at);
        assert!(found.is_some(), "section {n}");
        at = found.unwrap() + 1;
    }
    for topic in [
        "守る情報",
        "責任",
        "社内ルール",
        "教育",
        "法令",
        "取引先",
        "事故",
        "見直し",
    ] {
        assert!(text.contains(topic), "{topic}");
    }
}

#[test]
fn an_empty_policy_form_still_gives_a_complete_policy_without_placeholders() {
    let text = policy_text(&PolicyInputs::default());
    assert!(text.contains("当社は、お客様や取引先"));
    assert!(text.contains("当社は、業務で扱う大切な情報を守ります。"));
    assert!(!text.contains("以下「当社」"));
    assert!(!text.contains("制定"), "no date line without a date");
    assert!(
        text.ends_with("見直し、改善を続けます。\n"),
        "no empty signature block"
    );
    assert_no_placeholder(&text, "empty policy");
}

#[test]
fn the_policy_never_leaves_placeholders_for_any_combination_of_inputs() {
    let full = full_inputs();
    for mask in 0u8..64 {
        let pick = |bit: u8, s: &str| {
            if mask & (1 << bit) != 0 {
                s.to_string()
            } else {
                String::new()
            }
        };
        let inputs = PolicyInputs {
            company: pick(0, &full.company),
            representative_title: pick(1, &full.representative_title),
            representative_name: pick(2, &full.representative_name),
            date: full.date.filter(|_| mask & (1 << 3) != 0),
            holdings: if mask & 16 != 0 {
                full.holdings.clone()
            } else {
                BTreeSet::new()
            },
            other_holdings: pick(5, &full.other_holdings),
        };
        let text = policy_text(&inputs);
        assert_no_placeholder(&text, &format!("policy {mask:06b}"));
        assert!(!text.contains("\n\n\n"), "no empty sections ({mask:06b})");
        for given in [
            &inputs.company,
            &inputs.representative_title,
            &inputs.representative_name,
            &inputs.other_holdings,
        ] {
            assert!(text.contains(given.as_str()));
        }
    }
}

#[test]
fn names_with_line_breaks_stay_on_one_line() {
    let inputs = PolicyInputs {
        company: "株式会社\nみなと".into(),
        ..PolicyInputs::default()
    };
    let text = policy_text(&inputs);
    assert!(text.contains("株式会社 みなと（以下「当社」）"));
}

#[test]
fn the_policy_is_our_own_text_not_the_pamphlets() {
    // Sentences of the policy are not lifted from the source material either.
    let seed = seed();
    let text = policy_text(&full_inputs());
    for sentence in text
        .split('。')
        .map(str::trim)
        .filter(|s| s.chars().count() > 20)
    {
        assert!(!seed.contains(sentence), "copied: {sentence}");
    }
}

#[test]
fn the_policy_as_html_escapes_a_hostile_company_name() {
    let inputs = PolicyInputs {
        company: HOSTILE.into(),
        ..full_inputs()
    };
    let html = text_html(&policy_text(&inputs));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    assert!(html.contains("<title>情報セキュリティ基本方針</title>"));
    assert!(html.contains("<h1>情報セキュリティ基本方針</h1>"));
    assert!(html.contains("<h2>1. 守る情報</h2>"));
    assert!(html.contains(&escape_html(HOSTILE)));
    assert!(!html.contains("<script"));
    assert!(!html.contains("<style"), "styles are inline attributes");
    assert!(!text_html(&policy_text(&full_inputs())).contains('{'));
}

// ---- 社内ルール ---------------------------------------------------------------------------

#[test]
fn there_is_one_short_rule_for_each_item_1_to_24() {
    let rules: Vec<&str> = (1..=RULE_COUNT).map(default_rule).collect();
    let unique: BTreeSet<&&str> = rules.iter().collect();
    assert_eq!(unique.len(), 24);
    for (i, rule) in rules.iter().enumerate() {
        assert!(!rule.is_empty(), "No.{}", i + 1);
        assert!(rule.ends_with('。'), "No.{} is a sentence", i + 1);
        assert!(rule.chars().count() <= MAX_RULE_CHARS);
        assert_no_placeholder(rule, "rule");
    }
    assert_eq!(default_rule(0), "");
    assert_eq!(default_rule(25), "");
}

#[test]
fn each_rule_follows_its_items_measures() {
    // A word from each item's 対策例 (or heading) that its rule must carry.
    let anchors: [(u8, &str); 24] = [
        (1, "更新"),
        (2, "ウイルス対策ソフト"),
        (3, "10文字以上"),
        (4, "共有範囲"),
        (5, "IPA"),
        (6, "添付ファイル"),
        (7, "BCC"),
        (8, "パスワード"),
        (9, "WPA2"),
        (10, "SNS"),
        (11, "バックアップ"),
        (12, "鍵"),
        (13, "許可"),
        (14, "ロック"),
        (15, "受付"),
        (16, "引き出し"),
        (17, "退出"),
        (18, "細断"),
        (19, "守秘義務"),
        (20, "研修"),
        (21, "私物"),
        (22, "秘密保持"),
        (23, "利用規約"),
        (24, "対応手順書"),
    ];
    for (no, word) in anchors {
        assert!(default_rule(no).contains(word), "No.{no}: {word}");
        let q = catalog::question(no).unwrap();
        let source = format!("{}{}", q.heading, q.examples.join(""));
        let in_source = source.contains(word)
            || (no == 21 && source.contains("個人所有"))
            || (no == 1 && source.contains("最新"))
            || (no == 20 && source.contains("教育"));
        assert!(in_source, "No.{no}: {word} comes from the 対策例");
    }
}

#[test]
fn the_rules_sheet_marks_each_item_with_the_current_answer() {
    let answers = Answers::all(Choice::Done)
        .with(2, Choice::Partial)
        .with(9, Choice::NotDone)
        .with(20, Choice::Unknown);
    let sheet = rules_sheet(&Drafts::default(), &answers, "株式会社みなと");
    assert_eq!(sheet.rows.len(), 24);
    assert_eq!(sheet.title, "株式会社みなと 情報セキュリティ社内ルール");
    for row in &sheet.rows {
        assert_eq!(row.status, answers.get(row.no));
        assert_eq!(row.category, catalog::question(row.no).unwrap().category);
        assert_eq!(row.rule, default_rule(row.no));
    }
    let text = rules_text(&sheet);
    assert!(text.contains("No.2 ウイルス対策\nルール："));
    assert!(text.contains("現在の状況：△ 一部実施している"));
    assert!(text.contains("現在の状況：× 実施していない"));
    assert!(text.contains("現在の状況：？ わからない"));
    assert_eq!(text.matches("現在の状況：○ 実施している").count(), 21);
    assert!(!text.contains("No.25"), "No.25 is the sheet itself");
    for no in 1..=24 {
        assert!(text.contains(default_rule(no)));
    }
    assert_eq!(status_text(None, Lang::Ja), "― 未回答");
}

#[test]
fn unanswered_items_say_so_and_the_sheet_has_lines_to_fill_in_by_hand() {
    let sheet = rules_sheet(&Drafts::default(), &Answers::new(), "");
    assert_eq!(sheet.title, "情報セキュリティ社内ルール");
    assert!(sheet.rows.iter().all(|r| r.status.is_none()));
    assert_eq!(
        sheet.signature,
        "制定日：　　　　年　　月　　日　責任者：＿＿＿＿＿＿＿＿＿＿"
    );
    let text = rules_text(&sheet);
    assert_eq!(text.matches("現在の状況：― 未回答").count(), 24);
    assert_no_placeholder(&text, "empty rules sheet");
}

#[test]
fn the_rules_sheet_uses_the_users_rules_date_and_owner() {
    let mut drafts = Drafts::default();
    let rule = "パスワードは12文字以上にする。".into();
    change(&mut drafts, DraftChange::Rule { no: 3, text: rule });
    change(&mut drafts, DraftChange::RulesDate("2027-01-10".into()));
    change(
        &mut drafts,
        DraftChange::RulesOwner("情報管理責任者 佐藤".into()),
    );
    let sheet = rules_sheet(&drafts, &Answers::all(Choice::Done), "みなと");
    assert_eq!(sheet.rows[2].rule, "パスワードは12文字以上にする。");
    assert_eq!(sheet.rows[3].rule, default_rule(4));
    assert_eq!(
        sheet.signature,
        "制定日：2027年1月10日　責任者：情報管理責任者 佐藤"
    );
    let text = rules_text(&sheet);
    assert!(text.contains("パスワードは12文字以上にする。"));
    assert!(!text.contains(default_rule(3)));
    assert!(text.starts_with("みなと 情報セキュリティ社内ルール\n制定日：2027年1月10日"));
}

#[test]
fn the_rules_sheet_as_html_is_a_table_with_every_text_escaped() {
    let mut drafts = Drafts::default();
    let rule = HOSTILE.into();
    change(&mut drafts, DraftChange::Rule { no: 5, text: rule });
    change(&mut drafts, DraftChange::RulesOwner("<b>責任者</b>".into()));
    let sheet = rules_sheet(&drafts, &Answers::all(Choice::Done), HOSTILE);
    let html = rules_html(&sheet);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<tr>").count(), 25, "header + 24 rows");
    assert!(!html.contains("<script"));
    assert!(!html.contains("<b>"));
    assert!(html.contains(&escape_html(HOSTILE)));
    assert!(html.contains("&lt;b&gt;責任者&lt;/b&gt;"));
    assert!(!rules_html(&rules_sheet(&Drafts::default(), &Answers::new(), "")).contains('{'));
}

// ---- 従業員向け注意事項 --------------------------------------------------------------------

#[test]
fn the_handout_has_every_part_2_item_once_and_nothing_else() {
    let text = handout_text("株式会社みなと", "総務部 佐藤（内線12）");
    for no in 6..=18 {
        assert_eq!(
            text.matches(&format!("（No.{no}）")).count(),
            1,
            "No.{no} once"
        );
        assert!(text.contains(handout_point(no)));
    }
    for no in (1..=5).chain(19..=25) {
        assert!(
            !text.contains(&format!("（No.{no}）")),
            "No.{no} is not Part 2"
        );
        assert_eq!(handout_point(no), "");
    }
    let listed: Vec<u8> = HANDOUT_SECTIONS
        .iter()
        .flat_map(|(_, nos)| nos.iter().copied())
        .collect();
    assert_eq!(listed, (6..=18).collect::<Vec<u8>>());
    assert!(text.starts_with("従業員向け情報セキュリティ注意事項\n株式会社みなと\n"));
    assert!(text.contains("・すぐに連絡する：総務部 佐藤（内線12）"));
    assert_no_placeholder(&text, "handout");
}

#[test]
fn the_handout_without_inputs_names_a_sensible_contact() {
    let text = handout_text("", "");
    assert!(text.starts_with("従業員向け情報セキュリティ注意事項\n\n"));
    assert!(text.contains("・すぐに連絡する：上司または情報セキュリティの担当者"));
    assert_no_placeholder(&text, "empty handout");
    // Short enough for one printed page: 13 points and a few lines.
    assert!(text.lines().count() <= 35);
}

#[test]
fn the_handout_as_html_has_headings_and_lists() {
    let html = text_html(&handout_text(HOSTILE, "<i>内線</i>"));
    assert_eq!(html.matches("<h2>■ ").count(), 7);
    assert_eq!(html.matches("<li>").count(), 15);
    assert!(!html.contains("<script") && !html.contains("<i>"));
    assert!(html.contains("&lt;i&gt;内線&lt;/i&gt;"));
}

// ---- Kept state -----------------------------------------------------------------------------

#[test]
fn editing_keeps_the_drafts_valid() {
    let mut d = Drafts::default();
    change(
        &mut d,
        DraftChange::PolicyCompany("あ".repeat(MAX_NAME_CHARS + 5)),
    );
    let generated = d.generated(DraftKind::Policy, "");
    let text = "x".repeat(MAX_DRAFT_CHARS + 1);
    change(
        &mut d,
        DraftChange::Text {
            kind: DraftKind::Policy,
            text,
            generated,
        },
    );
    for (no, text) in [
        (0, "範囲外".into()),
        (25, "範囲外".into()),
        (7, "  ".into()),
        (8, "い".repeat(MAX_RULE_CHARS + 1)),
    ] {
        change(&mut d, DraftChange::Rule { no, text });
    }
    assert_eq!(d.policy.company.chars().count(), MAX_NAME_CHARS);
    assert_eq!(d.policy_text.chars().count(), MAX_DRAFT_CHARS);
    assert_eq!(d.rules.keys().copied().collect::<Vec<_>>(), vec![8]);
    assert_eq!(d.rules[&8].chars().count(), MAX_RULE_CHARS);
    assert_eq!(d.updated_at.clone().unwrap(), NOW);
}

#[test]
fn a_date_field_gives_a_date_or_none() {
    let mut d = Drafts::default();
    change(&mut d, DraftChange::PolicyDate("2026-04-01".into()));
    change(&mut d, DraftChange::RulesDate("2028-02-29".into()));
    assert_eq!(d.policy.date.unwrap().to_string(), "2026-04-01");
    assert_eq!(d.rules_date.unwrap().to_string(), "2028-02-29");
    // What is not a real YYYY-MM-DD clears the date (as emptying the field does).
    change(&mut d, DraftChange::PolicyDate("2026-02-30".into()));
    change(&mut d, DraftChange::RulesDate("1/4/2026".into()));
    assert_eq!((d.policy.date, d.rules_date), (None, None));
    change(&mut d, DraftChange::RulesDate("2027-01-10".into()));
    change(&mut d, DraftChange::RulesDate(String::new()));
    assert_eq!(d.rules_date, None);
    // Stored as the text it always was.
    change(&mut d, DraftChange::PolicyDate("2026-04-01".into()));
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["policy"]["date"], "2026-04-01");
    assert_eq!(json["rules_date"], "");
}

#[test]
fn an_edited_policy_is_shown_instead_of_the_generated_one_until_reset() {
    let mut d = Drafts::default();
    change(&mut d, DraftChange::PolicyCompany("みなと".into()));
    assert_eq!(d.shown(DraftKind::Policy, ""), policy_text(&d.policy));
    let generated = d.generated(DraftKind::Policy, "");
    change(
        &mut d,
        DraftChange::Text {
            kind: DraftKind::Policy,
            text: "当社の方針（自分で書いた）".into(),
            generated,
        },
    );
    assert_eq!(d.shown(DraftKind::Policy, ""), "当社の方針（自分で書いた）");
    // The form no longer changes an edited text.
    change(&mut d, DraftChange::PolicyCompany("あおば".into()));
    assert_eq!(d.shown(DraftKind::Policy, ""), "当社の方針（自分で書いた）");
    change(&mut d, DraftChange::ResetText(DraftKind::Policy));
    assert!(d
        .shown(DraftKind::Policy, "")
        .contains("あおば（以下「当社」）"));
}

#[test]
fn the_generated_texts_are_made_from_the_form_alone_not_from_the_edited_texts() {
    let mut d = Drafts::default();
    change(&mut d, DraftChange::PolicyCompany("みなと".into()));
    change(&mut d, DraftChange::HandoutContact("内線 123".into()));
    let inputs = d.generator_inputs("株式会社レポート");
    for kind in [DraftKind::Policy, DraftKind::Handout, DraftKind::Rules] {
        assert_eq!(
            inputs.text(kind),
            d.generated(kind, "株式会社レポート"),
            "{kind:?}"
        );
    }
    assert!(inputs.text(DraftKind::Handout).contains("内線 123"));
    // Typing in a draft's text leaves them as they were: a screen need not make them again.
    for kind in [DraftKind::Policy, DraftKind::Handout] {
        let generated = d.generated(kind, "株式会社レポート");
        change(
            &mut d,
            DraftChange::Text {
                kind,
                text: "自分で書いた文面".into(),
                generated,
            },
        );
    }
    assert_eq!(d.edit(DraftKind::Policy), "自分で書いた文面");
    assert_eq!(d.generator_inputs("株式会社レポート"), inputs);
    // The form, and the company name it falls back to when it has none, do change them.
    let empty = Drafts::default();
    assert_ne!(
        empty.generator_inputs("あおば"),
        empty.generator_inputs("みなと")
    );
    change(&mut d, DraftChange::HandoutContact("内線 456".into()));
    assert_ne!(d.generator_inputs("株式会社レポート"), inputs);
}

#[test]
fn an_edit_equal_to_the_generated_text_or_emptied_is_no_edit() {
    for text in [None, Some(""), Some("   \n ")] {
        let mut d = Drafts::default();
        let generated = d.generated(DraftKind::Handout, "みなと");
        change(
            &mut d,
            DraftChange::Text {
                kind: DraftKind::Handout,
                text: text.map_or(generated.clone(), str::to_string),
                generated,
            },
        );
        assert_eq!(d.edit(DraftKind::Handout), "", "{text:?}");
        // So the text still follows the form.
        change(&mut d, DraftChange::HandoutContact("内線 123".into()));
        assert!(d.shown(DraftKind::Handout, "みなと").contains("内線 123"));
    }
}

#[test]
fn a_rule_equal_to_its_default_or_emptied_is_the_default() {
    let mut d = Drafts::default();
    change(
        &mut d,
        DraftChange::Rule {
            no: 8,
            text: "独自のルール".into(),
        },
    );
    assert_eq!(d.rule(8), "独自のルール");
    change(
        &mut d,
        DraftChange::Rule {
            no: 8,
            text: default_rule(8).into(),
        },
    );
    assert!(d.rules.is_empty());
    change(
        &mut d,
        DraftChange::Rule {
            no: 8,
            text: "独自のルール".into(),
        },
    );
    change(
        &mut d,
        DraftChange::Rule {
            no: 8,
            text: " ".into(),
        },
    );
    assert!(d.rules.is_empty());
    assert_eq!(d.rule(8), default_rule(8));
}

#[test]
fn the_report_company_name_is_used_when_the_form_has_none() {
    let d = Drafts::default();
    assert_eq!(d.company("株式会社レポート"), "株式会社レポート");
    assert!(d
        .shown(DraftKind::Policy, "株式会社レポート")
        .contains("株式会社レポート（以下「当社」）"));
    assert!(d
        .shown(DraftKind::Handout, "株式会社レポート")
        .contains("株式会社レポート\n"));
    let mut own = Drafts::default();
    change(&mut own, DraftChange::PolicyCompany("  自社名  ".into()));
    assert_eq!(own.company("株式会社レポート"), "自社名");
}

#[test]
fn drafts_survive_a_save_and_bad_values_are_dropped_on_load() {
    let mut records = Records::default();
    let drafts = &mut records.beyond.drafts;
    drafts.policy = full_inputs();
    change(
        drafts,
        DraftChange::Rule {
            no: 4,
            text: "共有は部署内だけにする。".into(),
        },
    );
    change(drafts, DraftChange::HandoutContact("総務部".into()));
    assert_eq!(
        common::reread(&records).0.beyond.drafts,
        records.beyond.drafts
    );

    let raw = format!(
        r#"{{"beyond":{{"drafts":{{"policy":{{"company":"{}","date":"tomorrow","holdings":["customer_personal","from_a_newer_app"]}},"rules":{{"4":"ok","30":"no"}},"rules_date":"2026-13-01"}}}}}}"#,
        "長".repeat(MAX_NAME_CHARS + 1)
    );
    let (clean, notes) = common::reread_value(serde_json::from_str(&raw).unwrap());
    let d = &clean.beyond.drafts;
    assert_eq!(d.policy.company, "");
    assert_eq!(d.policy.date, None);
    assert_eq!(d.rules_date, None);
    assert_eq!(
        d.policy.holdings.iter().copied().collect::<Vec<_>>(),
        vec![Holding::CustomerPersonal],
        "a kind this version does not know is skipped, not fatal"
    );
    assert_eq!(d.rules.keys().copied().collect::<Vec<_>>(), vec![4]);
    assert_eq!(notes.len(), 4, "{notes:?}");
}

#[test]
fn dates_read_in_japanese_and_kinds_have_titles() {
    assert_eq!(
        CivilDate::parse("2026-11-25").map(date_ja).as_deref(),
        Some("2026年11月25日")
    );
    assert_eq!(CivilDate::parse("2026-11-31").map(date_ja), None);
    let tokens: BTreeSet<&str> = DraftKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(tokens.len(), 3);
    for k in DraftKind::ALL {
        assert!(!k.title(Lang::Ja).is_empty() && !k.purpose(Lang::Ja).is_empty());
    }
    for h in Holding::ALL {
        assert_eq!(Holding::from_token(h.as_str()), Some(h));
    }
}
