//! UI wording in Japanese (the default and the reference) and English (an unofficial
//! translation), as one typed table per language: a key missing in either language does not
//! compile, and `tests/i18n.rs` checks that no text is empty and that English has no Japanese.
//!
//! Content (questions, 解説, bands) lives in `catalog` / `catalog_en`; [`Lang`] picks between them.

use crate::core::advice::Band;
use crate::core::catalog_en;
use crate::core::question::{Choice, Part, Question, QuestionNo, Resource};
use crate::core::share::ShareError;
use crate::features::after::model::drafts::{self, DraftKind, Holding};
use crate::features::after::model::star_two::{
    self, OfficialLink, StarTwoStep, Summary as StarTwoSummary,
};
use crate::features::after::model::step_up::{self, StepUpGroup, StepUpItem};
use crate::features::combine::model::{CombineError, SourceError};
use crate::features::plan::model::{self as plan, TaskKind};
use crate::store::transfer::ImportError;

/// The display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 日本語 (default).
    #[default]
    Ja,
    /// English (unofficial translation).
    En,
}

impl Lang {
    /// Both languages, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 code used in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Parses `ja` / `en` (case-insensitive); anything else is `None`.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_code("fr"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The name of the language in itself, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    /// The UI wording.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }

    /// A question's text (footnote marks ※1/※2 stay where they belong).
    pub fn question_text(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.text,
            _ => q.text,
        }
    }

    /// A footnote's text, by its position in the question's footnotes.
    pub fn footnote_text(self, q: &'static Question, index: usize) -> &'static str {
        let ja = q.footnotes.get(index).map_or("", |f| f.text);
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.footnote_texts.get(index).copied().unwrap_or(ja),
            _ => ja,
        }
    }

    /// 解説編 category label.
    pub fn category(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.category,
            _ => q.category,
        }
    }

    /// 解説編 heading.
    pub fn heading(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.heading,
            _ => q.heading,
        }
    }

    /// 解説編 explanation.
    pub fn explanation(self, q: &'static Question) -> &'static str {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.explanation,
            _ => q.explanation,
        }
    }

    /// 解説編 対策例.
    pub fn examples(self, q: &'static Question) -> &'static [&'static str] {
        match (self, catalog_en::question_en(q.no)) {
            (Lang::En, Some(en)) => en.examples,
            _ => q.examples,
        }
    }

    /// A Part's title.
    pub fn part_title(self, part: Part) -> &'static str {
        match self {
            Lang::Ja => crate::core::catalog::part_info(part).title,
            Lang::En => catalog_en::part_title_en(part),
        }
    }

    /// A Part's 解説編 introduction.
    pub fn part_intro(self, part: Part) -> &'static str {
        match self {
            Lang::Ja => crate::core::catalog::part_info(part).intro,
            Lang::En => catalog_en::part_intro_en(part),
        }
    }

    /// A choice's label.
    pub fn choice(self, choice: Choice) -> &'static str {
        match self {
            Lang::Ja => choice.label(),
            Lang::En => catalog_en::choice_label_en(choice),
        }
    }

    /// A band's heading (「70～99点だった方」).
    pub fn band_range(self, band: Band) -> &'static str {
        match self {
            Lang::Ja => band.range_label(),
            Lang::En => catalog_en::band_range_label_en(band),
        }
    }

    /// A band's message.
    pub fn band_message(self, band: Band) -> &'static str {
        match self {
            Lang::Ja => band.message(),
            Lang::En => catalog_en::band_message_en(band),
        }
    }

    /// A band's next step.
    pub fn band_next_step(self, band: Band) -> &'static str {
        match self {
            Lang::Ja => band.next_step(),
            Lang::En => catalog_en::band_next_step_en(band),
        }
    }

    /// The verb of an action-plan task (「確認する」).
    pub fn task_kind(self, kind: TaskKind) -> &'static str {
        match self {
            Lang::Ja => kind.label(),
            Lang::En => kind.label_en(),
        }
    }

    /// The heading of an action-plan priority group (1–4).
    pub fn plan_group(self, group: u8) -> &'static str {
        match self {
            Lang::Ja => plan::group_label(group),
            Lang::En => plan::group_label_en(group),
        }
    }

    /// For a わからない answer: who to ask and what to check.
    pub fn check_hint(self, no: QuestionNo) -> &'static str {
        match self {
            Lang::Ja => plan::check_hint(no),
            Lang::En => plan::check_hint_en(no),
        }
    }

    /// A share-link error for the user.
    pub fn share_error(self, e: &ShareError) -> String {
        match self {
            Lang::Ja => e.message(),
            Lang::En => e.message_en(),
        }
    }

    /// An import error for the user.
    pub fn import_error(self, e: &ImportError) -> String {
        match self {
            Lang::Ja => e.message(),
            Lang::En => e.message_en(),
        }
    }

    /// A step of the SECURITY ACTION ★★ checklist.
    pub fn star_two_label(self, step: StarTwoStep) -> &'static str {
        match self {
            Lang::Ja => step.label(),
            Lang::En => step.label_en(),
        }
    }

    /// How to do a ★★ step.
    pub fn star_two_detail(self, step: StarTwoStep) -> &'static str {
        match self {
            Lang::Ja => step.detail(),
            Lang::En => step.detail_en(),
        }
    }

    /// The sentence above the ★★ checklist.
    pub fn star_two_headline(self, summary: &StarTwoSummary) -> String {
        match self {
            Lang::Ja => summary.headline(),
            Lang::En => summary.headline_en(),
        }
    }

    /// The pamphlet's SECURITY ACTION paragraph (English: our translation).
    pub fn security_action_text(self) -> &'static str {
        match self {
            Lang::Ja => star_two::SECURITY_ACTION_TEXT,
            Lang::En => star_two::SECURITY_ACTION_TEXT_EN,
        }
    }

    /// An official page's name and why to open it.
    pub fn official_link(self, link: &OfficialLink) -> (&'static str, &'static str) {
        match self {
            Lang::Ja => (link.name, link.why),
            Lang::En => (link.name_en, link.why_en),
        }
    }

    /// A draft's title (the draft itself stays Japanese).
    pub fn draft_title(self, kind: DraftKind) -> &'static str {
        match self {
            Lang::Ja => kind.title(),
            Lang::En => kind.title_en(),
        }
    }

    /// What a draft is for.
    pub fn draft_purpose(self, kind: DraftKind) -> &'static str {
        match self {
            Lang::Ja => kind.purpose(),
            Lang::En => kind.purpose_en(),
        }
    }

    /// A kind of information on the policy form.
    pub fn holding(self, holding: Holding) -> &'static str {
        match self {
            Lang::Ja => holding.label(),
            Lang::En => holding.label_en(),
        }
    }

    /// A rule's status: mark and answer (「△ 一部実施している」 / “△ Partly implemented”).
    pub fn status_text(self, choice: Option<Choice>) -> String {
        match self {
            Lang::Ja => drafts::status_text(choice),
            Lang::En => format!(
                "{} {}",
                drafts::status_mark(choice).replace('？', "?"),
                choice.map_or(EN.not_answered, catalog_en::choice_label_en)
            ),
        }
    }

    /// A heading of the step-up checklist (without its number).
    pub fn step_up_group(self, group: StepUpGroup) -> &'static str {
        match self {
            Lang::Ja => group.title(),
            Lang::En => group.title_en(),
        }
    }

    /// A step-up item's title, question and hint.
    pub fn step_up_item(self, item: &StepUpItem) -> (&'static str, &'static str, &'static str) {
        match self {
            Lang::Ja => (item.title, item.question, item.hint),
            Lang::En => (item.title_en, item.question_en, item.hint_en),
        }
    }

    /// The name of the government alert the step-up checklist comes from.
    pub fn step_up_notice(self) -> &'static str {
        match self {
            Lang::Ja => step_up::NOTICE_TITLE,
            Lang::En => step_up::NOTICE_TITLE_EN,
        }
    }

    /// Why a result could not be added to the combined view.
    pub fn source_error(self, e: &SourceError) -> String {
        match self {
            Lang::Ja => e.message(),
            Lang::En => e.message_en(),
        }
    }

    /// Why results could not be combined.
    pub fn combine_error(self, e: &CombineError) -> String {
        match self {
            Lang::Ja => e.message(),
            Lang::En => e.message_en(),
        }
    }

    /// A resource's name and description.
    pub fn resource(self, r: &Resource) -> (&'static str, &'static str) {
        match (self, catalog_en::resource_en(r)) {
            (Lang::En, Some(en)) => en,
            _ => (r.name, r.description),
        }
    }
}

/// Replaces `{name}` placeholders in a template.
///
/// ```
/// use jishin_shindan::core::lang::fill;
/// assert_eq!(fill("{n} / {total}", &[("n", "3".into()), ("total", "25".into())]), "3 / 25");
/// ```
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// `value` rounded to one decimal place, as text (`2.35` → `"2.4"`, `-0.04` → `"0.0"`), without
/// the float formatting machinery of `format!("{:.1}")` (about 20 KB of the wasm). Not finite:
/// `"?"`.
///
/// ```
/// use jishin_shindan::core::lang::one_decimal;
/// assert_eq!(one_decimal(5.0), "5.0");
/// assert_eq!(one_decimal(1.25), "1.3");
/// assert_eq!(one_decimal(-2.46), "-2.5");
/// ```
pub fn one_decimal(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_string();
    }
    let tenths = (value * 10.0).round();
    // Saturating conversion: anything beyond u64 prints as u64::MAX tenths.
    let magnitude = tenths.abs() as u64;
    let sign = if tenths < 0.0 && magnitude > 0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}.{}", magnitude / 10, magnitude % 10)
}

/// Every piece of UI wording of the diagnosis screens. `{name}` marks a value filled in with
/// [`fill`].
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub app_title: &'static str,
    pub footer_source: &'static str,
    pub footer_publish: &'static str,
    pub version: &'static str,
    pub language: &'static str,
    pub unofficial: &'static str,
    pub original: &'static str,
    pub intro_heading: &'static str,
    pub intro_lead: &'static str,
    pub intro_privacy_title: &'static str,
    pub intro_privacy: &'static str,
    pub intro_who_title: &'static str,
    pub intro_who: &'static str,
    pub intro_how_title: &'static str,
    pub intro_how: &'static str,
    pub start: &'static str,
    pub saved_progress: &'static str,
    pub continue_answering: &'static str,
    pub show_result: &'static str,
    pub latest_result: &'static str,
    pub open_latest: &'static str,
    pub open_history: &'static str,
    pub restart: &'static str,
    pub restart_question: &'static str,
    pub restart_confirm: &'static str,
    pub cancel: &'static str,
    pub progress: &'static str,
    pub progress_label: &'static str,
    pub part_nav_label: &'static str,
    pub part: &'static str,
    pub range: &'static str,
    pub unanswered: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub to_intro: &'static str,
    pub points: &'static str,
    pub glossary: &'static str,
    pub result_heading: &'static str,
    pub total_before: &'static str,
    pub total_after: &'static str,
    pub out_of_100: &'static str,
    pub tally_caption: &'static str,
    pub tally_a: &'static str,
    pub tally_b: &'static str,
    pub tally_c: &'static str,
    pub tally_total: &'static str,
    pub tally_points: &'static str,
    pub tally_minus: &'static str,
    pub advice_heading: &'static str,
    pub advice_summary: &'static str,
    pub advice_check: &'static str,
    pub advice_none: &'static str,
    pub advice_no: &'static str,
    pub your_answer: &'static str,
    pub needs_check: &'static str,
    pub examples: &'static str,
    pub dated_note: &'static str,
    pub review_answers: &'static str,
    pub storage_unavailable: &'static str,
    pub save_failed: &'static str,
    pub merged: &'static str,
    pub update_available: &'static str,
    pub update_button: &'static str,
    pub update_hint: &'static str,
    pub result_actions_label: &'static str,
    pub result_actions_heading: &'static str,
    pub open_plan: &'static str,
    pub open_report: &'static str,
    pub new_diagnosis: &'static str,
    pub open_beyond: &'static str,
    pub download_csv: &'static str,
    pub add_reminder: &'static str,
    pub back_to_result: &'static str,
    pub share_heading: &'static str,
    pub share_lead: &'static str,
    pub share_link: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_qr_label: &'static str,
    pub shared_heading: &'static str,
    pub shared_notice: &'static str,
    pub save_to_history: &'static str,
    pub saved_to_history: &'static str,
    pub already_in_history: &'static str,
    pub plan_heading: &'static str,
    pub plan_lead: &'static str,
    pub plan_progress: &'static str,
    pub plan_none: &'static str,
    pub task_answer: &'static str,
    pub examples_label: &'static str,
    pub note: &'static str,
    pub target_date: &'static str,
    pub task_print: &'static str,
    pub task_done: &'static str,
    pub task_not_done: &'static str,
    pub report_profile_lead: &'static str,
    pub company: &'static str,
    pub respondent: &'static str,
    pub print: &'static str,
    pub report_heading: &'static str,
    pub check_date: &'static str,
    pub report_task: &'static str,
    pub report_done: &'static str,
    pub report_note: &'static str,
    pub report_qr: &'static str,
    pub report_source: &'static str,
    pub history_heading: &'static str,
    pub history_lead: &'static str,
    pub history_empty: &'static str,
    pub history_more: &'static str,
    pub history_caption: &'static str,
    pub history_compare: &'static str,
    pub history_total: &'static str,
    pub history_actions: &'static str,
    pub history_compare_label: &'static str,
    pub history_pick_one_more: &'static str,
    pub history_pick_two: &'static str,
    pub comparison_heading: &'static str,
    pub comparison_total: &'static str,
    pub comparison_parts: &'static str,
    pub comparison_part: &'static str,
    pub improved: &'static str,
    pub worsened: &'static str,
    pub change_item: &'static str,
    pub transfer_heading: &'static str,
    pub transfer_lead: &'static str,
    pub export_data: &'static str,
    pub import_data: &'static str,
    pub import_failed: &'static str,
    pub imported: &'static str,
    pub import_preview_heading: &'static str,
    pub import_history: &'static str,
    /// Import preview: diagnoses already here whose answers the file has reviewed later.
    pub import_history_updated: &'static str,
    pub import_plan: &'static str,
    pub import_adopt: &'static str,
    pub import_keep_local: &'static str,
    pub import_nothing: &'static str,
    pub import_profile: &'static str,
    pub import_beyond: &'static str,
    pub import_dropped: &'static str,
    pub import_no_overwrite: &'static str,
    pub import_confirm: &'static str,
    pub chart_caption: &'static str,
    pub chart_bars_title: &'static str,
    pub chart_grid_title: &'static str,
    pub not_answered: &'static str,
    pub chart_table_caption: &'static str,
    pub chart_score: &'static str,
    pub chart_percent: &'static str,
    pub chart_points: &'static str,
    pub publish_org_note: &'static str,
    pub publish_lead: &'static str,
    pub publish_code_heading: &'static str,
    pub publish_code_lead: &'static str,
    pub publish_code_label: &'static str,
    pub publish_iframe_heading: &'static str,
    pub publish_iframe_lead: &'static str,
    pub publish_iframe_label: &'static str,
    pub publish_preview_heading: &'static str,
    pub publish_preview_lead: &'static str,
    pub publish_preview_title: &'static str,
    pub publish_steps_heading: &'static str,
    pub publish_step1: &'static str,
    pub publish_step2: &'static str,
    pub publish_step3: &'static str,
    pub publish_step4: &'static str,
    pub publish_step5: &'static str,
    pub publish_fields_heading: &'static str,
    pub publish_fields_lead: &'static str,
    pub publish_field: &'static str,
    pub publish_about: &'static str,
    pub cfg_org_name: &'static str,
    pub cfg_org_url: &'static str,
    pub cfg_org_logo: &'static str,
    pub cfg_message: &'static str,
    pub cfg_contact_name: &'static str,
    pub cfg_contact_phone: &'static str,
    pub cfg_contact_email: &'static str,
    pub cfg_contact_url: &'static str,
    pub cfg_contact_hours: &'static str,
    pub cfg_accent_color: &'static str,
    pub publish_readme: &'static str,
    pub publish_back: &'static str,
    pub copy: &'static str,
    pub copied_short: &'static str,
    pub copy_manual: &'static str,
    pub org_logo_alt: &'static str,
    pub org_label: &'static str,
    pub org_provided_by: &'static str,
    pub contact_heading_default: &'static str,
    pub contact_heading: &'static str,
    pub contact_lead: &'static str,
    pub contact_phone: &'static str,
    pub contact_email: &'static str,
    pub contact_hours: &'static str,
    pub beyond_heading: &'static str,
    pub beyond_lead: &'static str,
    pub drafts_heading: &'static str,
    pub draft_language: &'static str,
    pub step_up_heading: &'static str,
    pub step_up_intro: &'static str,
    pub step_up_no_score: &'static str,
    pub step_up_none: &'static str,
    pub step_up_summary: &'static str,
    pub open_step_up: &'static str,
    pub combine_beyond_heading: &'static str,
    pub combine_beyond_lead: &'static str,
    pub combine_heading: &'static str,
    pub back: &'static str,
    pub star_two_heading: &'static str,
    pub star_two_quote_source: &'static str,
    pub star_two_auto_done: &'static str,
    pub star_two_auto: &'static str,
    pub make_policy_draft: &'static str,
    pub official_links: &'static str,
    pub draft_text_label: &'static str,
    pub draft_edited: &'static str,
    pub draft_reset: &'static str,
    /// The static first screens (issue 14): the result was asked for before the app has loaded.
    pub preparing_result: &'static str,
    /// The static first screens: another button was pressed before the app has loaded.
    pub preparing: &'static str,
    /// Asked before an edited draft is thrown away.
    pub draft_reset_question: &'static str,
    /// Confirms throwing the edit away.
    pub draft_reset_confirm: &'static str,
    pub download_txt: &'static str,
    pub download_html: &'static str,
    pub back_to_beyond: &'static str,
    pub policy_heading: &'static str,
    pub policy_lead: &'static str,
    pub policy_company_blank: &'static str,
    pub policy_company_fallback: &'static str,
    pub policy_rep_title: &'static str,
    pub policy_rep_name: &'static str,
    pub adopted_date: &'static str,
    pub policy_holdings: &'static str,
    pub policy_other: &'static str,
    pub policy_drafted: &'static str,
    pub rules_heading: &'static str,
    pub rules_basis_current: &'static str,
    pub rules_basis_latest: &'static str,
    pub rules_basis_partial: &'static str,
    pub rules_lead: &'static str,
    pub rules_owner: &'static str,
    pub handout_heading: &'static str,
    pub handout_lead: &'static str,
    pub handout_contact: &'static str,
    pub step_up_note: &'static str,
    pub step_up_lead: &'static str,
    pub step_up_progress: &'static str,
    pub step_up_how: &'static str,
    pub step_up_source: &'static str,
    pub step_up_original: &'static str,
    pub label_sep: &'static str,
    pub combine_added: &'static str,
    pub combine_paste_empty: &'static str,
    pub combine_own_label: &'static str,
    pub combine_own_none: &'static str,
    pub combine_lead: &'static str,
    pub combine_add_heading: &'static str,
    pub combine_files_lead: &'static str,
    pub combine_pick_files: &'static str,
    pub combine_add_own: &'static str,
    pub combine_paste_label: &'static str,
    pub combine_hint: &'static str,
    pub combine_add_pasted: &'static str,
    pub combine_waiting: &'static str,
    pub combine_csv: &'static str,
    pub combine_clear: &'static str,
    pub combine_sources: &'static str,
    pub combine_sources_show: &'static str,
    pub combine_sources_hide: &'static str,
    pub combine_source_name: &'static str,
    pub combine_source_total: &'static str,
    pub combine_remove_label: &'static str,
    pub combine_remove: &'static str,
    pub combine_range: &'static str,
    pub combined_heading: &'static str,
    pub combined_total: &'static str,
    pub combined_weakest_total: &'static str,
    pub combined_parts: &'static str,
    pub combined_part_row: &'static str,
    pub combined_hotspots: &'static str,
    pub combined_hotspots_none: &'static str,
    pub combined_hotspot: &'static str,
    pub combined_questions: &'static str,
    pub combined_anonymous: &'static str,
    pub combined_weakest: &'static str,
    pub combined_unanimous: &'static str,
    pub combined_counts_sep: &'static str,
    pub combined_who: &'static str,
    pub combined_who_sep: &'static str,
}

/// 日本語 (the reference wording).
pub const JA: Texts = Texts {
    app_title: "情報セキュリティ自社診断",
    footer_source: "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」。本ツールはその公開内容をもとに作成したもので、IPA が提供するものではありません。",
    footer_publish: "このツールを自社サイトに掲載する",
    version: "バージョン {v}",
    language: "表示言語",
    unofficial: "",
    original: "日本語の原文",
    intro_heading: "5分でできる！情報セキュリティ自社診断",
    intro_lead: "独立行政法人情報処理推進機構（IPA）の「新5分でできる！情報セキュリティ自社診断」を、この画面で行えます。25問の質問に答えるだけで、約5分で自社の情報セキュリティ対策の状況と、次に取り組むべき対策がわかります。",
    intro_privacy_title: "回答はこの端末の中だけに保存されます。",
    intro_privacy: "インターネット上のどこにも送信されません。途中で閉じても、同じ端末・同じブラウザで開けば続きから回答できます。",
    intro_who_title: "回答する方：",
    intro_who: "経営者の方、または社内のパソコンやネットワークなど IT の状況をよく知っている方が回答してください。",
    intro_how_title: "回答のしかた：",
    intro_how: "各質問に「実施している」「一部実施している」「実施していない」「わからない」のいずれかで答えます。",
    start: "診断を始める",
    saved_progress: "前回の回答が保存されています（{n} / {total} 問回答済み）。",
    continue_answering: "続きから回答する",
    show_result: "結果を見る",
    latest_result: "前回の結果：{date}　合計 {total}点",
    open_latest: "前回の結果を見る",
    open_history: "履歴を見る",
    restart: "最初からやり直す",
    restart_question: "すべての回答を消去して、最初からやり直しますか？この操作は取り消せません。",
    restart_confirm: "回答を消去してやり直す",
    cancel: "キャンセル",
    progress: "回答済み {n} / {total} 問",
    progress_label: "回答の進み具合",
    part_nav_label: "Part の切り替え",
    part: "Part {n}",
    range: "（No.{from}～{to}）",
    unanswered: "まだ回答していない質問が {remaining} 問あります。結果を見るには、すべての質問に回答してください。最初の未回答の質問（No.{first}）に移動しました。",
    prev: "前へ",
    next: "次へ",
    to_intro: "はじめの画面へ",
    points: "（{p}点）",
    glossary: "用語の説明",
    result_heading: "診断結果",
    total_before: "合計 ",
    total_after: "点",
    out_of_100: "（100点満点）",
    tally_caption: "集計（診断シートの集計欄）",
    tally_a: " 実施している の合計点",
    tally_b: " 一部実施している の合計点",
    tally_c: " わからない の合計点",
    tally_total: "A+B+C 合計",
    tally_points: "{n}点",
    tally_minus: "マイナス(-) {n}点",
    advice_heading: "対策を検討する項目（解説編）",
    advice_summary: "「実施している」以外と回答した {n} 項目の解説です。Part 1 の項目から順に並べています。",
    advice_check: "「わからない」と回答した {n} 項目は「確認が必要」として示しています。社内の IT 担当者や取引のある IT 業者に確認しましょう。",
    advice_none: "すべての項目を「実施している」と回答しました。今の対策を続けながら、ステップアップを検討しましょう。",
    advice_no: "診断編 No.{n}",
    your_answer: "あなたの回答：{answer}",
    needs_check: "確認が必要",
    examples: "対策例",
    dated_note: crate::core::glossary::DATED_NOTE_LABEL_JA,
    review_answers: "回答を見直す",
    storage_unavailable: "このブラウザでは回答を保存できません（プライベートモードや設定により保存が禁止されています）。このページを閉じると回答は消えます。",
    save_failed: "回答を保存できませんでした（保存容量の不足など）。回答はこの画面を開いている間は保たれます。",
    merged: "別のタブ（ウィンドウ）でも回答が変更されていたため、両方の変更を合わせて保存しました。",
    update_available: "新しいバージョンがあります。",
    update_button: "更新",
    update_hint: "回答はそのまま引き継がれます。",
    result_actions_label: "結果の活用",
    result_actions_heading: "結果を活用する",
    open_plan: "対策リストを開く",
    open_report: "印刷用レポート（A4）",
    new_diagnosis: "もう一度診断する（今回の回答から）",
    open_beyond: "診断の後にすること（★★・基本方針など）",
    download_csv: "結果をCSVでダウンロード",
    add_reminder: "{months}か月後の再チェックをカレンダーに追加（.ics）",
    back_to_result: "結果に戻る",
    share_heading: "結果を共有する",
    share_lead: "このリンクを開くと、同じ結果が表示されます。回答はリンクの「#」以降に含まれ、サーバーには送信されません。IT業者や相談先に送るとき、別の端末で開くときに使えます。",
    share_link: "共有リンク",
    copy_link: "リンクをコピー",
    copied: "コピーしました。",
    copy_failed: "コピーできませんでした。リンクを長押し（右クリック）してコピーしてください。",
    share_qr_label: "共有リンクのQRコード",
    shared_heading: "診断結果（読み取り専用）",
    shared_notice: "共有リンクまたは履歴から開いた結果です。表示するだけで、回答中の診断は変更されません。",
    save_to_history: "自分の履歴に保存",
    saved_to_history: "履歴に保存しました。「履歴を見る」から確認できます。",
    already_in_history: "この結果は履歴にあります。",
    plan_heading: "対策リスト",
    plan_lead: "「実施している」以外と回答した項目を、取り組む順に並べました。完了したら印を付け、メモや目標日を残せます（この端末に保存されます）。印を付けても診断結果は変わりません。次回の診断で回答を見直してください。",
    plan_progress: "完了 {done} / {total} 件",
    plan_none: "すべて「実施している」と回答しています。取り組む対策はありません。",
    task_answer: "回答：{answer}",
    examples_label: "対策例：",
    note: "メモ",
    target_date: "目標日",
    task_print: "{status}　目標日：{date}　メモ：{note}",
    task_done: "☑ 完了",
    task_not_done: "☐ 未完了",
    report_profile_lead: "会社名と回答者は任意です。入力するとレポートに印刷されます（この端末に保存）。",
    company: "会社名",
    respondent: "回答者",
    print: "印刷する",
    report_heading: "情報セキュリティ自社診断 結果レポート",
    check_date: "診断日",
    report_task: "【{kind}】No.{no} {heading}",
    report_done: "（完了）",
    report_note: "目標日：{date}　メモ：{note}",
    report_qr: "この結果の共有リンク",
    report_source: "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」をもとに作成",
    history_heading: "履歴",
    history_lead: "結果を表示した診断は、日付とともにこの端末に保存されます。2つを選ぶと変化を比べられます。",
    history_empty: "まだ履歴はありません。診断を最後まで行うと、ここに記録されます。",
    history_more: "さらに表示（残り{n}件）",
    history_caption: "これまでの診断",
    history_compare: "比べる",
    history_total: "合計",
    history_actions: "操作",
    history_compare_label: "{date} の診断（{total}点）を比べる",
    history_pick_one_more: "比べるには、もう1つ選んでください。",
    history_pick_two: "比べられるのは2つまでです。選択を2つにしてください。",
    comparison_heading: "{before} → {after} の変化",
    comparison_total: "合計 {before}点 → {after}点（{delta}点）",
    comparison_parts: "Part ごとの変化",
    comparison_part: "{before}点 → {after}点（{delta}）",
    improved: "良くなった項目（{n}件）",
    worsened: "悪くなった項目（{n}件）",
    change_item: "No.{no} {heading}：{before} → {after}",
    transfer_heading: "データのダウンロードと読み込み",
    transfer_lead: "回答・履歴・対策リストを1つのファイルにまとめてダウンロードし、別のブラウザや端末で読み込めます。ファイルはどこにも送信されません。",
    export_data: "すべてのデータをダウンロード（JSON）",
    import_data: "データを読み込む（インポート）",
    import_failed: "「{name}」を読み込めませんでした：{reason}",
    imported: "読み込みました。",
    import_preview_heading: "「{name}」の内容",
    import_history: "追加される履歴：{new}件（すでにある履歴：{duplicate}件）",
    import_history_updated: "すでにある履歴のうち、ファイルの方が後で回答を見直している{n}件は、ファイルの回答にします",
    import_plan: "更新される対策リストの項目：{updates}件（この端末の方が新しいため保持：{kept}件）",
    import_adopt: "回答中の診断：ファイルの回答を使います（この端末には回答中の診断がありません）。",
    import_keep_local: "回答中の診断：この端末の回答をそのまま残します。",
    import_nothing: "回答中の診断：変更はありません。",
    import_profile: "会社名・回答者：ファイルの内容を使います。",
    import_beyond: "診断の後の記録（★★・ステップアップ・下書き）：ファイルの方が新しい部分を使います。",
    import_dropped: "ファイルの中の正しくない記録 {n} 件は読み込みません。",
    import_no_overwrite: "この端末にある新しいデータが上書きされることはありません。",
    import_confirm: "読み込む",
    chart_caption: "Part ごとの得点と回答の一覧",
    chart_bars_title: "Part ごとの得点率（下の表と同じ内容）",
    chart_grid_title: "25問の回答（色分け、下の表と同じ内容）",
    not_answered: "未回答",
    chart_table_caption: "Part ごとの得点",
    chart_score: "得点",
    chart_percent: "満点に対する割合",
    chart_points: "{points}点 / {max}点",
    publish_org_note: "いま団体 ID「{id}」（orgs/{id}.json）で開いているため、コードに data-org=\"{id}\" が付いています。",
    publish_lead: "商工会議所・商工会・業界団体や自治体のサイトに、この診断をそのまま載せられます。会員企業の回答は、それぞれの端末の中だけに保存され、掲載したサイトにも送られません。",
    publish_code_heading: "1. 貼り付けるコード（1行）",
    publish_code_lead: "診断を表示したい場所に、次の1行を貼り付けます（CMS の「HTML」ブロックなど）。その場所に診断が表示され、高さは内容に合わせて自動で変わります。",
    publish_code_label: "貼り付けるコード",
    publish_iframe_heading: "2. スクリプトを使えないサイトの場合",
    publish_iframe_lead: "スクリプトを貼れないサイトでは、次の iframe を使えます。高さは固定（800 ピクセル）になり、診断は枠の中でスクロールします。",
    publish_iframe_label: "iframe のコード",
    publish_preview_heading: "3. プレビュー",
    publish_preview_lead: "掲載したときの表示です（ここでは操作できません）。",
    publish_preview_title: "プレビュー：情報セキュリティ自社診断",
    publish_steps_heading: "4. 自社のサーバーに置く手順",
    publish_step1: "ビルド済みの `dist/` フォルダの中身を、Web サーバーの任意のフォルダにそのままコピーします（例：`https://example.or.jp/security/check/`）。サーバー側のプログラムやデータベースは不要です。HTTPS で公開してください（オフラインで使えるようにするために必要です）。",
    publish_step2: "同じフォルダの `config.example.json` を `config.json` という名前でコピーし、団体名・ロゴ・メッセージ・相談窓口（電話・メール・Web・受付時間）・色を書き換えます（UTF-8 で保存）。使わない項目は消してかまいません。ロゴの画像も同じフォルダに置きます。",
    publish_step3: "ひとつの設置で複数の団体を扱う場合は、団体ごとに `orgs/団体ID.json` を置き、コードに `data-org=\"団体ID\"` を付けます（ID は半角英小文字・数字・ハイフンで 40 文字まで）。",
    publish_step4: "上のコードを、掲載したいページに貼り付けます。",
    publish_step5: "表示を確かめます。設定に誤りがあると、その項目だけが使われず、ブラウザの開発者ツールのコンソールに理由が表示されます。",
    publish_fields_heading: "5. config.json に書ける項目",
    publish_fields_lead: "すべて省略できます。値は文字としてそのまま表示され、条件に合わない項目だけが使われません。",
    publish_field: "項目",
    publish_about: "内容",
    cfg_org_name: "団体名（「提供：」として表示。100文字まで）",
    cfg_org_url: "団体のサイト（https:// などの URL）",
    cfg_org_logo: "ロゴ画像のファイル名（index.html と同じフォルダからの相対パス。例：logo.png）",
    cfg_message: "はじめの画面に表示するメッセージ（400文字まで、改行可）",
    cfg_contact_name: "相談窓口の名前（例：経営支援課）",
    cfg_contact_phone: "電話番号（数字・ハイフン・括弧）",
    cfg_contact_email: "メールアドレス",
    cfg_contact_url: "相談窓口のページの URL",
    cfg_contact_hours: "受付時間（改行可）",
    cfg_accent_color: "団体の色（#0b6e4f のような #rrggbb または #rgb）",
    publish_readme: "詳しくは、このツールのソースコードの README（Embedding kit）をご覧ください。",
    publish_back: "診断に戻る",
    copy: "コピー",
    copied_short: "コピーしました",
    copy_manual: "自動でコピーできませんでした。コードを選択しましたので、Ctrl+C（Mac は ⌘+C）でコピーしてください。",
    org_logo_alt: "提供団体のロゴ",
    org_label: "提供団体",
    org_provided_by: "提供：",
    contact_heading_default: "ご相談は、こちらの窓口へ",
    contact_heading: "ご相談は{who}へ",
    contact_lead: "対策の進め方や、「わからない」と答えた項目の確かめ方について相談できます。",
    contact_phone: "電話",
    contact_email: "メール",
    contact_hours: "受付時間",
    beyond_heading: "診断の後に",
    beyond_lead: "診断は対策の入り口です。ここでは、SECURITY ACTION「二つ星」に向けた進み具合の確認、基本方針・社内ルール・従業員向け注意事項の下書き、さらに進んだ対策のチェック、複数の部署や拠点の結果のとりまとめができます。入力した内容はこの端末の中だけに保存されます。",
    drafts_heading: "下書きを作る（編集・印刷・ダウンロード）",
    draft_language: "",
    step_up_heading: "ステップアップ・チェックリスト（任意）",
    step_up_intro: "100点満点に届いた会社が次に取り組む対策を、国の注意喚起（サイバーセキュリティ対策の強化について）から10項目にまとめました。",
    step_up_no_score: "任意のチェックで、診断の点数（100点満点）は変わりません。",
    step_up_none: "まだ回答していません。",
    step_up_summary: "回答 {answered} / {total} 項目（うち「実施している」{done} 項目）",
    open_step_up: "ステップアップ・チェックリストを開く",
    combine_beyond_heading: "複数の結果をまとめる（部署・拠点・講習会）",
    combine_beyond_lead: "部署や拠点ごとに診断した結果（ダウンロードしたファイルや共有リンク）を読み込み、質問ごとに最も弱い回答、回答の分布、「わからない」の多い質問をまとめて見られます。読み込んだ結果はどこにも送信されません。",
    combine_heading: "複数の結果をまとめる",
    back: "戻る",
    star_two_heading: "SECURITY ACTION「二つ星」（★★）までの道のり",
    star_two_quote_source: "（パンフレット「新5分でできる！情報セキュリティ自社診断」より）",
    star_two_auto_done: "自動で確認済み",
    star_two_auto: "自動",
    make_policy_draft: "基本方針の下書きを作る",
    official_links: "公式の案内（IPA）",
    draft_text_label: "{title}の文面（このまま編集できます）",
    draft_edited: "文面を編集しています。上の入力欄を変えても、この文面は変わりません。",
    draft_reset: "入力内容から作り直す（編集を取り消す）",
    preparing_result: "結果を準備しています…",
    preparing: "準備しています…",
    draft_reset_question: "編集した文面は消え、入力内容から作った文面に戻ります。よろしいですか？必要なら先に「テキストでダウンロード」で保存してください。",
    draft_reset_confirm: "編集を消して作り直す",
    download_txt: "テキストでダウンロード（.txt）",
    download_html: "HTMLでダウンロード（.html）",
    back_to_beyond: "「診断の後に」へ戻る",
    policy_heading: "情報セキュリティ基本方針の下書き",
    policy_lead: "入力した内容から基本方針の文面を作ります。文面は下の欄でそのまま編集できます。代表者が内容を確かめて決めたら、自社のウェブサイトなどで公開しましょう（★★の条件です）。",
    policy_company_blank: "空欄のときは、文面では「当社」と書きます。",
    policy_company_fallback: "空欄のときは、レポートに入力した会社名「{company}」を使います。",
    policy_rep_title: "代表者の役職（例：代表取締役）",
    policy_rep_name: "代表者の氏名",
    adopted_date: "制定日",
    policy_holdings: "会社で扱っている主な情報（当てはまるものすべて）",
    policy_other: "その他（自由に記入）",
    policy_drafted: "この基本方針を定めた（★★のチェックリストに印を付ける）",
    rules_heading: "情報セキュリティ社内ルール",
    rules_basis_current: "「現在の状況」は、いまの回答（25問）によるものです。",
    rules_basis_latest: "「現在の状況」は、{date}の診断の回答によるものです。",
    rules_basis_partial: "まだ診断を最後まで終えていないため、回答した項目の状況だけを表示しています。",
    rules_lead: "診断項目No.25「情報セキュリティ対策をルール化し、従業員に明示していますか？」のためのシートです。各ルールは自社に合わせて書き換えられます（空にすると元の文に戻ります）。会社名は基本方針の下書きで入力したもの（なければレポートの会社名）を使います。",
    rules_owner: "責任者",
    handout_heading: "従業員向け注意事項の下書き",
    handout_lead: "診断の Part 2（従業員としての対策、No.6～18）から、従業員が毎日気をつけることを1枚にまとめます。印刷して配り、机の近くに置いてもらいましょう。会社名は基本方針の下書きで入力したもの（なければレポートの会社名）を使います。",
    handout_contact: "困ったときの連絡先（例：総務部 佐藤 内線12）",
    step_up_note: "これは診断とは別の、任意のチェックです。ここでの回答は診断の点数（100点満点）や対策リストを変えません。",
    step_up_lead: "診断で100点満点に届いたら、次はここにある対策に取り組みましょう。10項目は、国が示した「{notice}」の「講じていただきたい対策」をもとにしています。答え方は診断と同じ4択です。",
    step_up_progress: "回答 {answered} / {total} 項目　実施している {done} 項目　わからない {unknown} 項目",
    step_up_how: "取り組み方：",
    step_up_source: "注意喚起の対策：",
    step_up_original: "注意喚起の原文",
    label_sep: "：",
    combine_added: "{added}件を加えました（いま{count}件）。",
    combine_paste_empty: "共有リンクまたは共有コードを1行に1件ずつ貼り付けてください。",
    combine_own_label: "この端末の結果",
    combine_own_none: "この端末には、最後まで回答した診断がまだありません。",
    combine_lead: "部署や拠点ごと、または講習会の参加者ごとの診断結果を{min}～{max}件まとめて、質問ごとに最も弱い回答と回答の分布を見られます。読み込みはこのブラウザの中だけで行い、どこにも送信しません。この画面を閉じると、読み込んだ結果は消えます（保存されません）。",
    combine_add_heading: "結果を加える",
    combine_files_lead: "各部署で「履歴」画面の「すべてのデータをダウンロード（JSON）」で作ったファイルを選びます（複数選べます）。ファイルの最新の診断を使います。",
    combine_pick_files: "結果のファイルを選ぶ（複数可）",
    combine_add_own: "この端末の結果を加える",
    combine_paste_label: "共有リンクまたは共有コードを貼り付け（1行に1件。行の先頭に名前を書くと、その名前で表示します。例：営業部 https://…#r=…）",
    combine_hint: "講習会では、参加者の結果画面のQRコードをスマホのカメラで読み取り、表示されたリンクをまとめて貼り付けられます。",
    combine_add_pasted: "貼り付けた結果を加える",
    combine_waiting: "まとめるには、あと{n}件以上の結果を加えてください。",
    combine_csv: "まとめをCSVでダウンロード",
    combine_clear: "すべて外す",
    combine_sources: "読み込んだ結果（{n}件）",
    combine_sources_show: "一覧を表示する（名前の変更・外す）",
    combine_sources_hide: "一覧を閉じる",
    combine_source_name: "{n}件目の名前",
    combine_source_total: "{total}点",
    combine_remove_label: "「{label}」を外す",
    combine_remove: "外す",
    combine_range: "最低 {min}点（{min_label}）～ 最高 {max}点（{max_label}）",
    combined_heading: "まとめた結果（{n}件）",
    combined_total: "合計点の範囲：{range}",
    combined_weakest_total: "各質問の最も弱い回答で数えた合計：{total}点（どの回答元もこれ以上です）",
    combined_parts: "Part ごとの得点の範囲",
    combined_part_row: "Part {n} {title}（{max}点満点）",
    combined_hotspots: "「わからない」が多い質問",
    combined_hotspots_none: "「わからない」と回答した質問はありません。",
    combined_hotspot: "No.{no} {heading}：わからない {unknown}件 / {n}件",
    combined_questions: "質問ごとのまとめ",
    combined_anonymous: "回答元の名前を表示しない（講習会などで匿名の分布だけを見せる）",
    combined_weakest: "最も弱い回答：",
    combined_unanimous: "（全員同じ）",
    combined_counts_sep: "・",
    combined_who: "回答元",
    combined_who_sep: "、",
};

/// English (unofficial translation; Japanese stays the reference).
pub const EN: Texts = Texts {
    app_title: "Information Security Self-Check",
    footer_source: "Source: Information-technology Promotion Agency, Japan (IPA), “5-Minute Information Security Self-Check (new edition)”. This tool is based on that published material; it is not provided by IPA.",
    footer_publish: "Put this tool on your own website",
    version: "Version {v}",
    language: "Language",
    unofficial: "Unofficial English translation. The Japanese original by IPA is the reference: open “Japanese original” under any text to see it.",
    original: "Japanese original",
    intro_heading: "5-Minute Information Security Self-Check",
    intro_lead: "Take IPA's “5-Minute Information Security Self-Check” for small businesses on this page. Answer 25 questions — about 5 minutes — to see how well your company is protected and what to do next.",
    intro_privacy_title: "Your answers stay on this device.",
    intro_privacy: "Nothing is sent over the internet. If you stop halfway, open this page again on the same device and browser to continue.",
    intro_who_title: "Who should answer: ",
    intro_who: "the owner, or the person who knows the company's computers, network and other IT best.",
    intro_how_title: "How to answer: ",
    intro_how: "answer each question with “Implemented”, “Partly implemented”, “Not implemented” or “Don't know”.",
    start: "Start the check",
    saved_progress: "Your earlier answers are saved ({n} of {total} answered).",
    continue_answering: "Continue where you left off",
    show_result: "See the result",
    latest_result: "Last result: {date}, total {total} points",
    open_latest: "See the last result",
    open_history: "See the history",
    restart: "Start over",
    restart_question: "Delete all answers and start over? This cannot be undone.",
    restart_confirm: "Delete answers and start over",
    cancel: "Cancel",
    progress: "Answered {n} / {total}",
    progress_label: "Progress",
    part_nav_label: "Parts",
    part: "Part {n}",
    range: "(No. {from}–{to})",
    unanswered: "{remaining} questions are still unanswered. Please answer every question to see the result. You have been taken to the first unanswered question (No. {first}).",
    prev: "Back",
    next: "Next",
    to_intro: "Back to start",
    points: "({p} pt)",
    glossary: "Terms explained",
    result_heading: "Result",
    total_before: "Total ",
    total_after: " points",
    out_of_100: "(out of 100)",
    tally_caption: "Tally (as on the paper sheet)",
    tally_a: " points for “Implemented”",
    tally_b: " points for “Partly implemented”",
    tally_c: " points for “Don't know”",
    tally_total: "A+B+C total",
    tally_points: "{n} pts",
    tally_minus: "minus (−) {n} pts",
    advice_heading: "Items to work on (explanations)",
    advice_summary: "Explanations for the {n} items you did not answer “Implemented”, Part 1 first.",
    advice_check: "The {n} items answered “Don't know” are marked “Needs checking”: ask your IT staff or IT vendor.",
    advice_none: "You answered “Implemented” for every item. Keep it up and consider stepping up.",
    advice_no: "Question {n}",
    your_answer: "Your answer: {answer}",
    needs_check: "Needs checking",
    examples: "Examples of measures",
    dated_note: crate::core::glossary::DATED_NOTE_LABEL_EN,
    review_answers: "Review answers",
    storage_unavailable: "This browser cannot save your answers (private mode or settings block storage). Your answers will be lost when you close this page.",
    save_failed: "Your answers could not be saved (storage may be full). They are kept while this page stays open.",
    merged: "Answers were also changed in another tab or window; both changes were combined and saved.",
    update_available: "A new version is available.",
    update_button: "Update",
    update_hint: "Your answers are kept.",
    result_actions_label: "Using the result",
    result_actions_heading: "Use your result",
    open_plan: "Open the action plan",
    open_report: "Printable report (A4)",
    new_diagnosis: "Check again (starting from these answers)",
    open_beyond: "After the check (★★, security policy and more)",
    download_csv: "Download the result (CSV)",
    add_reminder: "Add a check-up in {months} months to your calendar (.ics)",
    back_to_result: "Back to the result",
    share_heading: "Share the result",
    share_lead: "Opening this link shows the same result. The answers are in the part of the link after “#” and are never sent to a server. Use it to send the result to your IT vendor or adviser, or to open it on another device.",
    share_link: "Share link",
    copy_link: "Copy link",
    copied: "Copied.",
    copy_failed: "Could not copy. Press and hold (or right-click) the link to copy it.",
    share_qr_label: "QR code of the share link",
    shared_heading: "Result (read-only)",
    shared_notice: "This result was opened from a share link or from the history. It is only shown here: the check you are answering does not change.",
    save_to_history: "Save to my history",
    saved_to_history: "Saved to your history. Open it with “See the history”.",
    already_in_history: "This result is already in your history.",
    plan_heading: "Action plan",
    plan_lead: "These are the items you did not answer “Implemented”, in the order to work on them. Tick an item when it is done, and add a note or a target date (saved on this device). Ticking does not change the result: update your answers at the next check.",
    plan_progress: "Done: {done} of {total}",
    plan_none: "You answered “Implemented” for every item. There is nothing to work on.",
    task_answer: "Answer: {answer}",
    examples_label: "Examples of measures: ",
    note: "Note",
    target_date: "Target date",
    task_print: "{status} / Target date: {date} / Note: {note}",
    task_done: "☑ Done",
    task_not_done: "☐ Not done",
    report_profile_lead: "Company and respondent are optional. If you enter them, they are printed on the report (saved on this device).",
    company: "Company",
    respondent: "Respondent",
    print: "Print",
    report_heading: "Information Security Self-Check: result report",
    check_date: "Date of the check",
    report_task: "[{kind}] No. {no} {heading}",
    report_done: " (done)",
    report_note: "Target date: {date} / Note: {note}",
    report_qr: "Share link of this result",
    report_source: "Source: based on “5-Minute Information Security Self-Check (new edition)” by the Information-technology Promotion Agency, Japan (IPA)",
    history_heading: "History",
    history_lead: "Each check whose result you have seen is saved on this device with its date. Select two to compare them.",
    history_empty: "No history yet. When you finish a check, it is recorded here.",
    history_more: "Show more ({n} more)",
    history_caption: "Past checks",
    history_compare: "Compare",
    history_total: "Total",
    history_actions: "Actions",
    history_compare_label: "Compare the check of {date} ({total} points)",
    history_pick_one_more: "Select one more to compare.",
    history_pick_two: "You can compare only two. Please select two.",
    comparison_heading: "Changes from {before} to {after}",
    comparison_total: "Total {before} → {after} points ({delta})",
    comparison_parts: "Changes by Part",
    comparison_part: "{before} → {after} points ({delta})",
    improved: "Items that improved ({n})",
    worsened: "Items that got worse ({n})",
    change_item: "No. {no} {heading}: {before} → {after}",
    transfer_heading: "Download and load your data",
    transfer_lead: "Download your answers, history and action plan as one file, and load it in another browser or on another device. The file is not sent anywhere.",
    export_data: "Download all data (JSON)",
    import_data: "Load data (import)",
    import_failed: "Could not load “{name}”: {reason}",
    imported: "Loaded.",
    import_preview_heading: "What “{name}” contains",
    import_history: "History to add: {new} (already here: {duplicate})",
    import_history_updated: "Of those already here, {n} were reviewed later in the file: their answers are taken from the file",
    import_plan: "Action plan items to update: {updates} (kept because they are newer on this device: {kept})",
    import_adopt: "Check in progress: the answers in the file will be used (there is none on this device).",
    import_keep_local: "Check in progress: the answers on this device are kept.",
    import_nothing: "Check in progress: no change.",
    import_profile: "Company and respondent: the values in the file will be used.",
    import_beyond: "Records after the check (★★, step-up, drafts): the parts that are newer in the file will be used.",
    import_dropped: "{n} records in the file are not valid and will not be loaded.",
    import_no_overwrite: "Newer data on this device is never overwritten.",
    import_confirm: "Load",
    chart_caption: "Score by Part and all answers",
    chart_bars_title: "Score rate by Part (the same as the table below)",
    chart_grid_title: "Answers to the 25 questions, by colour (the same as the table below)",
    not_answered: "Not answered",
    chart_table_caption: "Score by Part",
    chart_score: "Score",
    chart_percent: "Share of the maximum",
    chart_points: "{points} / {max} points",
    publish_org_note: "This page is open with the organisation ID “{id}” (orgs/{id}.json), so the code includes data-org=\"{id}\".",
    publish_lead: "Chambers of commerce, business associations and local governments can put this check on their websites as it is. Each member company's answers are saved only on its own device and are not sent to the hosting site either.",
    publish_code_heading: "1. Code to paste (one line)",
    publish_code_lead: "Paste this line where the check should appear (for example, in an “HTML” block of your CMS). The check appears there, and its height follows the content.",
    publish_code_label: "Code to paste",
    publish_iframe_heading: "2. If your site cannot use scripts",
    publish_iframe_lead: "Sites that do not allow scripts can use this iframe instead. Its height is fixed (800 pixels), and the check scrolls inside the frame.",
    publish_iframe_label: "iframe code",
    publish_preview_heading: "3. Preview",
    publish_preview_lead: "This is how it looks on your site (it cannot be used here).",
    publish_preview_title: "Preview: Information Security Self-Check",
    publish_steps_heading: "4. How to put it on your own server",
    publish_step1: "Copy the contents of the built `dist/` folder, as they are, to any folder on your web server (for example `https://example.or.jp/security/check/`). No server-side program or database is needed. Publish it over HTTPS (this is needed for offline use).",
    publish_step2: "Copy `config.example.json` in the same folder to `config.json`, and change the organisation name, logo, message, contact desk (phone, email, web, hours) and colour (save it as UTF-8). You can delete the settings you do not use. Put the logo image in the same folder.",
    publish_step3: "If one installation serves several organisations, put an `orgs/ORG-ID.json` file for each one and add `data-org=\"ORG-ID\"` to the code (the ID uses lowercase letters, digits and hyphens, up to 40 characters).",
    publish_step4: "Paste the code above into the page where the check should appear.",
    publish_step5: "Check how it looks. If a setting is wrong, only that setting is ignored, and the reason is shown in the console of the browser's developer tools.",
    publish_fields_heading: "5. Settings in config.json",
    publish_fields_lead: "Every setting is optional. Values are shown as plain text, and only a setting that breaks the rules is ignored.",
    publish_field: "Setting",
    publish_about: "Meaning",
    cfg_org_name: "Organisation name (shown as “Provided by”; up to 100 characters)",
    cfg_org_url: "The organisation's website (a URL such as https://…)",
    cfg_org_logo: "File name of the logo image (a path relative to the folder of index.html, for example logo.png)",
    cfg_message: "Message shown on the start screen (up to 400 characters; line breaks allowed)",
    cfg_contact_name: "Name of the contact desk (for example, Business Support Section)",
    cfg_contact_phone: "Phone number (digits, hyphens and brackets)",
    cfg_contact_email: "Email address",
    cfg_contact_url: "URL of the contact desk's page",
    cfg_contact_hours: "Opening hours (line breaks allowed)",
    cfg_accent_color: "The organisation's colour (#rrggbb or #rgb, such as #0b6e4f)",
    publish_readme: "For details, see the README (Embedding kit) in this tool's source code.",
    publish_back: "Back to the check",
    copy: "Copy",
    copied_short: "Copied",
    copy_manual: "Could not copy automatically. The code is now selected: press Ctrl+C (⌘+C on a Mac) to copy it.",
    org_logo_alt: "Logo of the providing organisation",
    org_label: "Providing organisation",
    org_provided_by: "Provided by: ",
    contact_heading_default: "Where to ask for advice",
    contact_heading: "Ask {who} for advice",
    contact_lead: "You can ask how to put the measures in place, and how to check the items you answered “Don't know”.",
    contact_phone: "Phone",
    contact_email: "Email",
    contact_hours: "Opening hours",
    beyond_heading: "After the check",
    beyond_lead: "The check is where your security work begins. Here you can follow your progress towards SECURITY ACTION “two stars”, draft a basic policy, company rules and notes for staff, check further measures, and combine the results of several departments or sites. What you enter is saved on this device only.",
    drafts_heading: "Make drafts (edit, print, download)",
    draft_language: "The draft itself is written in Japanese.",
    step_up_heading: "Step-up checklist (optional)",
    step_up_intro: "Ten measures for companies that reached 100 points to take on next, taken from the government's alert (“Strengthening cybersecurity measures”). ",
    step_up_no_score: "This check is optional and does not change the check's score (out of 100).",
    step_up_none: "Not answered yet.",
    step_up_summary: "Answered {answered} of {total} items ({done} “Implemented”)",
    open_step_up: "Open the step-up checklist",
    combine_beyond_heading: "Combine several results (departments, sites, workshops)",
    combine_beyond_lead: "Load the results of each department or site (downloaded files or share links) to see, per question, the weakest answer, how the answers are spread, and the questions with many “Don't know” answers. The results you load are not sent anywhere.",
    combine_heading: "Combine several results",
    back: "Back",
    star_two_heading: "The road to SECURITY ACTION “two stars” (★★)",
    star_two_quote_source: "(from the pamphlet “5-Minute Information Security Self-Check (new edition)”; unofficial translation)",
    star_two_auto_done: "Checked automatically",
    star_two_auto: "Automatic",
    make_policy_draft: "Draft the basic policy",
    official_links: "Official pages (IPA, in Japanese)",
    draft_text_label: "Text of the {title} (you can edit it here)",
    draft_edited: "You are editing the text. Changing the fields above no longer changes it.",
    draft_reset: "Rebuild from the fields (discard the edit)",
    preparing_result: "Preparing the result…",
    preparing: "Getting ready…",
    draft_reset_question: "Your edited text will be deleted and replaced by the text built from the fields. Continue? To keep a copy, download it as text first.",
    draft_reset_confirm: "Delete the edit and rebuild",
    download_txt: "Download as text (.txt)",
    download_html: "Download as HTML (.html)",
    back_to_beyond: "Back to “After the check”",
    policy_heading: "Draft information security basic policy",
    policy_lead: "The text of the basic policy is built from what you enter, and you can edit it in the box below. Once the head of the company has checked and decided it, publish it on your website or elsewhere (a condition for ★★).",
    policy_company_blank: "If left blank, the text uses the Japanese for “our company”.",
    policy_company_fallback: "If left blank, the company name entered for the report, “{company}”, is used.",
    policy_rep_title: "Title of the head of the company (for example, President)",
    policy_rep_name: "Name of the head of the company",
    adopted_date: "Date adopted",
    policy_holdings: "Main kinds of information the company handles (tick all that apply)",
    policy_other: "Other (free text)",
    policy_drafted: "We have set this basic policy (ticks it on the ★★ checklist)",
    rules_heading: "Company information security rules (draft)",
    rules_basis_current: "“Current status” comes from your current answers (25 questions).",
    rules_basis_latest: "“Current status” comes from the answers of the check of {date}.",
    rules_basis_partial: "The check is not finished yet, so only the status of the answered items is shown.",
    rules_lead: "A sheet for check item No.25, “Have you made information security rules and shown them to your staff?”. You can rewrite each rule to suit your company (emptying a rule restores the original). The company name is the one entered in the basic policy draft (or else the one in the report).",
    rules_owner: "Person responsible",
    handout_heading: "Draft notes for staff",
    handout_lead: "Puts on one page what staff should take care of every day, from Part 2 of the check (measures for staff, No.6–18). Print it, hand it out and ask staff to keep it near their desk. The company name is the one entered in the basic policy draft (or else the one in the report).",
    handout_contact: "Who to contact when in trouble (for example, General Affairs, Sato, ext. 12)",
    step_up_note: "This is an optional check, separate from the diagnosis. Answers here do not change the check's score (out of 100) or the action plan.",
    step_up_lead: "Once you reach 100 points in the check, take on the measures here next. The ten items are based on the “measures to take” in the government's “{notice}”. You answer with the same four choices as in the check.",
    step_up_progress: "Answered {answered} of {total} items · Implemented {done} · Don't know {unknown}",
    step_up_how: "How to go about it: ",
    step_up_source: "The alert's measure (our translation): ",
    step_up_original: "Japanese original (quoted word for word from the alert)",
    label_sep: ": ",
    combine_added: "Added {added} (now {count}).",
    combine_paste_empty: "Paste share links or share codes, one per line.",
    combine_own_label: "Result on this device",
    combine_own_none: "There is no completed check on this device yet.",
    combine_lead: "Combine {min} to {max} results — one per department, site or workshop participant — to see, per question, the weakest answer and how the answers are spread. Everything is read in this browser only and sent nowhere. When you leave this screen the loaded results are gone (they are not saved).",
    combine_add_heading: "Add results",
    combine_files_lead: "Choose the files each department made with “Download all data (JSON)” on the “History” screen (you can choose several). The latest check in each file is used.",
    combine_pick_files: "Choose result files (several allowed)",
    combine_add_own: "Add the result on this device",
    combine_paste_label: "Paste share links or share codes (one per line; a name at the start of a line is shown as its name, for example: Sales https://…#r=…)",
    combine_hint: "At a workshop, scan the QR code on each participant's result screen with a phone camera and paste the links together.",
    combine_add_pasted: "Add the pasted results",
    combine_waiting: "Add at least {n} more result(s) to combine.",
    combine_csv: "Download the combined result (CSV)",
    combine_clear: "Remove all",
    combine_sources: "Loaded results ({n})",
    combine_sources_show: "Show the list (rename, remove)",
    combine_sources_hide: "Hide the list",
    combine_source_name: "Name of result {n}",
    combine_source_total: "{total} points",
    combine_remove_label: "Remove “{label}”",
    combine_remove: "Remove",
    combine_range: "Lowest {min} points ({min_label}) to highest {max} points ({max_label})",
    combined_heading: "Combined result ({n})",
    combined_total: "Range of totals: {range}",
    combined_weakest_total: "Total counting the weakest answer to each question: {total} points (every result is at least this)",
    combined_parts: "Range of scores per Part",
    combined_part_row: "Part {n} {title} (out of {max})",
    combined_hotspots: "Questions with many “Don't know” answers",
    combined_hotspots_none: "No question was answered “Don't know”.",
    combined_hotspot: "No.{no} {heading}: Don't know {unknown} of {n}",
    combined_questions: "Per question",
    combined_anonymous: "Hide the names of the results (show only the anonymous spread, for a workshop)",
    combined_weakest: "Weakest answer: ",
    combined_unanimous: " (all the same)",
    combined_counts_sep: ", ",
    combined_who: "Who answered what",
    combined_who_sep: ", ",
};
