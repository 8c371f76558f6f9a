//! The wording the landing's 「提供：」 banner and the result's 相談窓口 show from an association's
//! config, in Japanese (the reference) and English (an unofficial translation). A table of its
//! own, apart from the publishing page's [`super::text`]: these screens are in the main module,
//! and a table is downloaded whole with the first code that names it, so the publishing page's
//! instructions stay in its chunk (issue 30).
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.

use crate::core::lang::Lang;

/// Every text of the banner and the contact desk.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub org_logo_alt: &'static str,
    pub org_label: &'static str,
    pub org_provided_by: &'static str,
    pub contact_heading_default: &'static str,
    pub contact_heading: &'static str,
    pub contact_lead: &'static str,
    pub contact_phone: &'static str,
    pub contact_email: &'static str,
    pub contact_hours: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    org_logo_alt: "提供団体のロゴ",
    org_label: "提供団体",
    org_provided_by: "提供：",
    contact_heading_default: "ご相談は、こちらの窓口へ",
    contact_heading: "ご相談は{who}へ",
    contact_lead: "対策の進め方や、「わからない」と答えた項目の確かめ方について相談できます。",
    contact_phone: "電話",
    contact_email: "メール",
    contact_hours: "受付時間",
};

/// English.
pub const EN: Texts = Texts {
    org_logo_alt: "Logo of the providing organisation",
    org_label: "Providing organisation",
    org_provided_by: "Provided by: ",
    contact_heading_default: "Where to ask for advice",
    contact_heading: "Ask {who} for advice",
    contact_lead: "You can ask how to put the measures in place, and how to check the items you answered “Don't know”.",
    contact_phone: "Phone",
    contact_email: "Email",
    contact_hours: "Opening hours",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
