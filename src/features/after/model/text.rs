//! The messages of the 「診断の後に」 model (saved data of its own that was dropped or cleared)
//! and the names they give its fields and parts, in Japanese (the reference) and English (an
//! unofficial translation): one typed table per language, so a key missing in either does not
//! compile; `tests/i18n.rs` checks that no text is empty, that English has no Japanese and that
//! the placeholders (`{name}`, filled with `fill`) match, and `tests/messages.rs` renders every
//! message. The drafts' documents and the checklists' items are content, next to their model.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! The English table is registered with the English chunk (`app::english`), as every screen's
//! is: a first visit in Japanese does not download it (issue 30).

use crate::core::lang::Lang;

/// Every text of the 「診断の後に」 model's messages.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub after_too_long: &'static str,
    pub after_bad_date: &'static str,
    pub after_rules_dropped: &'static str,
    pub after_step_up_dropped: &'static str,
    pub after_bad_time: &'static str,
    /// A field's name, inside a message (English: lower case, capitalized at the start).
    pub field_policy_company: &'static str,
    pub field_representative_title: &'static str,
    pub field_representative_name: &'static str,
    pub field_other_holdings: &'static str,
    pub field_policy_text: &'static str,
    pub field_rules_owner: &'static str,
    pub field_handout_contact: &'static str,
    pub field_handout_text: &'static str,
    pub field_policy_date: &'static str,
    pub field_rules_date: &'static str,
    /// A part's name, inside a message.
    pub part_star_two: &'static str,
    pub part_step_up: &'static str,
    pub part_drafts: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    after_too_long: "{field}が長すぎたため、空欄にしました。",
    after_bad_date: "{field}が正しくなかったため、空欄にしました。",
    after_rules_dropped:
        "社内ルールの編集内容のうち{n}件は正しくなかったため、読み込みませんでした。",
    after_step_up_dropped:
        "ステップアップ・チェックリストにない項目の回答{n}件は読み込みませんでした。",
    after_bad_time: "{part}の更新日時が正しくなかったため、空欄にしました。",
    field_policy_company: "基本方針の会社名",
    field_representative_title: "代表者の役職",
    field_representative_name: "代表者の氏名",
    field_other_holdings: "その他の情報",
    field_policy_text: "編集した基本方針",
    field_rules_owner: "社内ルールの責任者",
    field_handout_contact: "注意事項の連絡先",
    field_handout_text: "編集した注意事項",
    field_policy_date: "基本方針の制定日",
    field_rules_date: "社内ルールの日付",
    part_star_two: "★★チェックリスト",
    part_step_up: "ステップアップ・チェックリスト",
    part_drafts: "下書き",
};

/// English.
pub const EN: Texts = Texts {
    after_too_long: "{field} was too long and was cleared.",
    after_bad_date: "{field} was not a valid date and was cleared.",
    after_rules_dropped:
        "{n} edited rule(s) of the rules sheet were not valid and were not loaded.",
    after_step_up_dropped:
        "{n} answer(s) to items that are not on the step-up checklist were not loaded.",
    after_bad_time: "The time {part} was last changed was not valid and was cleared.",
    field_policy_company: "the company name of the basic policy",
    field_representative_title: "the representative's title",
    field_representative_name: "the representative's name",
    field_other_holdings: "the other information",
    field_policy_text: "the edited basic policy",
    field_rules_owner: "the person responsible for the rules",
    field_handout_contact: "the contact on the staff notes",
    field_handout_text: "the edited staff notes",
    field_policy_date: "the date of the basic policy",
    field_rules_date: "the date of the rules",
    part_star_two: "the ★★ checklist",
    part_step_up: "the step-up checklist",
    part_drafts: "the drafts",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
