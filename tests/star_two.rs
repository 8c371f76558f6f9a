//! The SECURITY ACTION ★★ path: the derived diagnosis step, the user's ticks, the headline and
//! the official links from the pamphlet.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::core::{Answers, Choice};
use jishin_shindan::features::after::model::star_two::{
    diagnosis_done, StarTwoStep, GUIDELINE, LINKS, NEW_APPLICATION, SECURITY_ACTION,
    SECURITY_ACTION_TEXT,
};
use jishin_shindan::features::after::text;
use jishin_shindan::store::records::Records;
use jishin_shindan::store::Snapshot;

mod common;

const NOW: &str = "2026-11-25T10:15:00.000Z";

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed.txt"
    ))
    .unwrap()
}

#[test]
fn the_security_action_paragraph_and_links_are_word_for_word_from_the_pamphlet() {
    let seed = seed();
    assert!(seed.contains(SECURITY_ACTION_TEXT.ja));
    // The two pages the pamphlet prints (the third link, IPA's notice, postdates it).
    for link in [SECURITY_ACTION, GUIDELINE] {
        assert!(
            seed.contains(&format!("<{}>", link.url)),
            "{} is printed in the pamphlet",
            link.url
        );
        assert!(link.url.starts_with("https://www.ipa.go.jp/"));
        assert!(!link.why.is_empty());
    }
    assert_eq!(
        SECURITY_ACTION.url,
        "https://www.ipa.go.jp/security/security-action/"
    );
    assert!(seed.contains(SECURITY_ACTION.name));
}

#[test]
fn the_links_are_the_pamphlets_two_and_ipas_notice_of_the_new_application() {
    let seed = seed();
    let urls: Vec<&str> = LINKS.iter().map(|l| l.url).collect();
    assert_eq!(
        urls,
        [
            "https://www.ipa.go.jp/security/security-action/",
            "https://www.ipa.go.jp/security/security-action/news/sa-notice-202602.html",
            "https://www.ipa.go.jp/security/keihatsu/sme/guideline/",
        ]
    );
    // The notice postdates the pamphlet: not in it, and the only link that is not.
    assert!(!seed.contains(NEW_APPLICATION.url));
    let outside: Vec<&str> = LINKS
        .iter()
        .filter(|l| !seed.contains(&format!("<{}>", l.url)))
        .map(|l| l.url)
        .collect();
    assert_eq!(outside, [NEW_APPLICATION.url]);
    // Why open it: the GビズID login, the ID and the logo at once, the My page.
    for word in [
        "GビズID",
        "プライム",
        "メンバー",
        "自己宣言ID",
        "ロゴマーク",
        "マイページ",
    ] {
        assert!(NEW_APPLICATION.why.contains(word), "{word}");
    }
    assert!(SECURITY_ACTION.why.contains("GビズIDでログイン"));
    // Only IPA's own pages, over https (docs/security-action.md lists each with its source).
    for link in LINKS {
        assert!(
            link.url.starts_with("https://www.ipa.go.jp/security/"),
            "{}",
            link.url
        );
    }
    let names: Vec<&str> = LINKS.iter().map(|l| l.name).collect();
    assert_eq!(
        names,
        [
            "SECURITY ACTION 二つ星",
            "SECURITY ACTION 申請方法の変更（2026年4月から）",
            "中小企業の情報セキュリティ対策ガイドライン",
        ]
    );
}

#[test]
fn the_four_steps_are_worded_as_ipas_faq_and_notice_say() {
    let labels: Vec<&str> = StarTwoStep::ALL.iter().map(|s| s.label(Lang::Ja)).collect();
    assert_eq!(
        labels,
        [
            "「5分でできる！情報セキュリティ自社診断」を実施した",
            "情報セキュリティ基本方針を定めた",
            "基本方針を外部に公開した",
            "SECURITY ACTION 二つ星の自己宣言を行った",
        ]
    );
}

#[test]
fn the_declaration_step_follows_ipas_notice_of_the_new_application() {
    let ja = StarTwoStep::Declared.detail(Lang::Ja);
    assert_eq!(
        ja,
        "SECURITY ACTIONの申込みシステムに、GビズID（gBizIDプライムまたはgBizIDメンバー。gBizIDエントリーは使えません）でログインして申し込みます。申し込むとすぐに自己宣言IDが発行され、ロゴマークもダウンロードできます。登録情報の確認・変更とロゴマークのダウンロードは、マイページでできます。宣言が済んだら印を付けてください。"
    );
    let en = StarTwoStep::Declared.detail(Lang::En);
    for word in [
        "gBizID Prime",
        "gBizID Member",
        "gBizID Entry cannot be used",
        "self-declaration ID",
        "logo",
        "My page",
    ] {
        assert!(en.contains(word), "{word}: {en}");
    }
    assert_eq!(
        en,
        "Log in to IPA's SECURITY ACTION application system with a gBizID (gBizID Prime or gBizID Member; gBizID Entry cannot be used) and apply. The self-declaration ID is issued as soon as you apply, and the logo can be downloaded straight away. Your My page lets you check and change your registered details and download the logo. Tick this once the declaration is made."
    );
    assert_eq!(
        text::JA.star_two_gbiz,
        "GビズIDのアカウント（プライムまたはメンバー）をまだお持ちでない場合は、申し込む前に用意が必要です。"
    );
    // The pamphlet's old path (a page to apply from, an ID a week later) is gone.
    assert!(!ja.contains("ページから"));
    assert!(!ja.contains("1週間"));
    // Publishing is 「外部に公開」, as IPA's FAQ defines ★★.
    assert_eq!(
        StarTwoStep::PolicyPublished.label(Lang::Ja),
        "基本方針を外部に公開した"
    );
}

#[test]
fn the_path_says_declare_never_certified_or_obtained() {
    let mut ja: Vec<String> = vec![SECURITY_ACTION_TEXT.ja.to_string()];
    let mut en: Vec<String> = vec![SECURITY_ACTION_TEXT.en.to_string()];
    for step in StarTwoStep::ALL {
        for (lang, out) in [(Lang::Ja, &mut ja), (Lang::En, &mut en)] {
            out.push(step.label(lang).to_string());
            out.push(step.detail(lang).to_string());
        }
    }
    for link in LINKS {
        ja.extend([link.name.to_string(), link.why.to_string()]);
        en.extend([link.name_en.to_string(), link.why_en.to_string()]);
    }
    let mut records = Records::default();
    for step in [
        None,
        Some(StarTwoStep::PolicyDrafted),
        Some(StarTwoStep::PolicyPublished),
        Some(StarTwoStep::Declared),
    ] {
        if let Some(step) = step {
            common::tick(&mut records, step, true, NOW);
        }
        let star = &records.beyond.star_two;
        ja.push(star.summary(true).headline(Lang::Ja));
        en.push(star.summary(true).headline(Lang::En));
    }
    for (t, out) in [(&text::JA, &mut ja), (&text::EN, &mut en)] {
        out.extend(
            [
                t.star_two_heading,
                t.star_two_auto,
                t.star_two_auto_done,
                t.star_two_gbiz,
                t.official_links,
            ]
            .map(String::from),
        );
    }
    for s in &ja {
        assert!(!s.contains("認定") && !s.contains("取得"), "{s}");
    }
    for s in &en {
        let lower = s.to_ascii_lowercase();
        assert!(
            !lower.contains("certif") && !lower.contains("obtain"),
            "{s}"
        );
    }
    // The one place the words appear is the advice against them.
    assert!(text::JA
        .star_two_wording
        .contains("「認定を受けた」「取得した」ではなく「二つ星を宣言した」"));
    assert!(text::EN
        .star_two_wording
        .contains("“declared two stars”, not that you were “certified” or “obtained”"));
}

#[test]
fn the_diagnosis_step_is_derived_from_history_or_complete_answers() {
    let mut records = Records::default();
    assert!(!diagnosis_done(
        &Answers::new(),
        !records.history.is_empty()
    ));
    let mut partial = Answers::all(Choice::Done);
    partial.set(25, None);
    assert!(
        !diagnosis_done(&partial, !records.history.is_empty()),
        "24 of 25 is not done"
    );
    assert!(diagnosis_done(
        &Answers::all(Choice::Unknown),
        !records.history.is_empty()
    ));
    common::complete(&mut records, &Answers::all(Choice::Partial), NOW);
    assert!(
        diagnosis_done(&Answers::new(), !records.history.is_empty()),
        "a completed diagnosis in the history counts, even after 最初からやり直す"
    );
}

#[test]
fn the_diagnosis_step_cannot_be_ticked_by_hand() {
    let mut records = Records::default();
    assert!(!common::tick(
        &mut records,
        StarTwoStep::DiagnosisDone,
        true,
        NOW
    ));
    assert_eq!(
        records,
        Records::default(),
        "nothing changed, not even the time"
    );
    let s = &records.beyond.star_two;
    assert!(!s.is_done(StarTwoStep::DiagnosisDone, false));
    assert!(s.is_done(StarTwoStep::DiagnosisDone, true));
    assert!(StarTwoStep::DiagnosisDone.is_automatic());
    assert!(StarTwoStep::ALL[1..].iter().all(|s| !s.is_automatic()));
}

#[test]
fn ticks_are_stamped_and_can_be_undone() {
    let mut r = Records::default();
    assert!(common::tick(
        &mut r,
        StarTwoStep::PolicyPublished,
        true,
        NOW
    ));
    assert!(r.beyond.star_two.policy_published);
    assert_eq!(r.beyond.star_two.updated_at.clone().unwrap(), NOW);
    let later = "2026-11-26T00:00:00.000Z";
    assert!(common::tick(
        &mut r,
        StarTwoStep::PolicyPublished,
        false,
        later
    ));
    assert!(!r.beyond.star_two.policy_published);
    assert_eq!(r.beyond.star_two.updated_at.clone().unwrap(), later);
}

#[test]
fn the_summary_counts_steps_and_names_the_next_one_in_order() {
    let mut r = Records::default();
    let summary = r.beyond.star_two.summary(false);
    assert_eq!(
        (summary.done, summary.next),
        (0, Some(StarTwoStep::DiagnosisDone))
    );
    assert!(summary.headline(Lang::Ja).contains("あと4つ"));

    let summary = r.beyond.star_two.summary(true);
    assert_eq!(
        (summary.done, summary.next),
        (1, Some(StarTwoStep::PolicyDrafted))
    );
    assert_eq!(
        summary.headline(Lang::Ja),
        "★★まで、あと3つの段階があります。次は「情報セキュリティ基本方針を定めた」です。"
    );

    common::tick(&mut r, StarTwoStep::PolicyDrafted, true, NOW);
    common::tick(&mut r, StarTwoStep::PolicyPublished, true, NOW);
    let summary = r.beyond.star_two.summary(true);
    assert_eq!(
        (summary.done, summary.next),
        (3, Some(StarTwoStep::Declared))
    );
    assert!(summary.headline(Lang::Ja).contains("条件"));
    assert!(summary.headline(Lang::Ja).contains("自己宣言"));

    common::tick(&mut r, StarTwoStep::Declared, true, NOW);
    let summary = r.beyond.star_two.summary(true);
    assert_eq!((summary.done, summary.next), (4, None));
    assert!(summary.headline(Lang::Ja).contains("すべて済んでいます"));

    // A later step ticked before an earlier one: the first open step is still named.
    let mut skipped = Records::default();
    common::tick(&mut skipped, StarTwoStep::Declared, true, NOW);
    let summary = skipped.beyond.star_two.summary(true);
    assert_eq!(
        (summary.done, summary.next),
        (2, Some(StarTwoStep::PolicyDrafted))
    );
}

#[test]
fn every_step_has_a_label_a_detail_and_a_unique_token() {
    let tokens: std::collections::BTreeSet<_> =
        StarTwoStep::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(tokens.len(), 4);
    for step in StarTwoStep::ALL {
        assert!(!step.label(Lang::Ja).is_empty());
        assert!(!step.detail(Lang::Ja).is_empty());
    }
}

#[test]
fn the_ticks_survive_a_save_and_restore() {
    let mut records = Records::default();
    common::tick(&mut records, StarTwoStep::PolicyDrafted, true, NOW);
    common::tick(&mut records, StarTwoStep::PolicyPublished, true, NOW);
    let json = common::stored(&jishin_shindan::store::Session::new(), &records, "test", 0);
    let restored = Snapshot::from_json(&json).unwrap();
    assert_eq!(restored.records.beyond.star_two, records.beyond.star_two);
}

#[test]
fn a_bad_timestamp_is_cleared_and_the_ticks_kept() {
    let mut records = Records::default();
    records.beyond.star_two.declared = true;
    let mut stored = serde_json::to_value(&records).unwrap();
    stored["beyond"]["star_two"]["updated_at"] = "yesterday".into();
    let (clean, notes) = common::reread_value(stored);
    assert!(clean.beyond.star_two.declared);
    assert_eq!(clean.beyond.star_two.updated_at, None);
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text(Lang::Ja).contains("★★"));
}
