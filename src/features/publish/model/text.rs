//! The messages of the publishing model (why a field of `config.json` or of the config form is
//! not used), in Japanese (the reference) and English (an unofficial translation): one typed
//! table per language, so a key missing in either does not compile; `tests/i18n.rs` checks that
//! no text is empty, that English has no Japanese and that the placeholders (`{name}`, filled
//! with `fill`) match, and `tests/messages.rs` renders every message. The warnings written to the
//! browser's console for the site's operator stay Japanese.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! Messages keep their English inline (`texts` picks the table itself, not through the English
//! chunk: `core::lang`), so a message reads the same natively and in the browser.

use crate::core::lang::Lang;

/// Every text of the publishing model's messages.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub problem_too_long: &'static str,
    pub problem_control_characters: &'static str,
    pub problem_unsafe_url: &'static str,
    pub problem_unsafe_logo: &'static str,
    pub problem_bad_color: &'static str,
    pub problem_bad_phone: &'static str,
    pub problem_bad_email: &'static str,
    /// `{link}` is written as it is: the form's URL must contain it.
    pub problem_bad_collect: &'static str,
    pub problem_unknown_field: &'static str,
    /// A field ignored (the console's warning): its path and the problem.
    pub field_ignored: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    problem_too_long: "長すぎます（{max} 文字まで）",
    problem_control_characters: "制御文字（改行など）を含んでいます",
    problem_unsafe_url: "使えない URL です（https:, http:, mailto:, tel: または相対 URL のみ）",
    problem_unsafe_logo: "使えないロゴの指定です（index.html からの相対パスで、英数字と - _ . / のみ、.. は不可、画像の拡張子）",
    problem_bad_color: "色は #rgb または #rrggbb で指定してください",
    problem_bad_phone: "電話番号は数字・ハイフン・括弧のみで指定してください",
    problem_bad_email: "メールアドレスの形式ではありません",
    problem_bad_collect: "送り先は、メールアドレスか、{link} を含む https: のフォームの URL で指定してください",
    problem_unknown_field: "知らない項目です（つづりを確認してください）",
    field_ignored: "{field} を無視しました：{problem}",
};

/// English.
pub const EN: Texts = Texts {
    problem_too_long: "Too long (up to {max} characters)",
    problem_control_characters: "Contains control characters (such as line breaks)",
    problem_unsafe_url: "Not a URL that can be used (only https:, http:, mailto:, tel: or a relative URL)",
    problem_unsafe_logo: "Not a logo that can be used (a path relative to index.html, with only letters, digits and - _ . /, no .., and an image file extension)",
    problem_bad_color: "Give the colour as #rgb or #rrggbb",
    problem_bad_phone: "Give the phone number with digits, hyphens and brackets only",
    problem_bad_email: "Not an e-mail address",
    problem_bad_collect: "Give the destination as an e-mail address, or as the URL of an https: form that contains {link}",
    problem_unknown_field: "Unknown field (check the spelling)",
    field_ignored: "{field} was ignored: {problem}",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}
