//! The messages of the publishing model (why `config.json`, or a field of it or of the config
//! form, is not used), in Japanese (the reference) and English (an unofficial translation): one typed
//! table per language, so a key missing in either does not compile; `tests/i18n.rs` checks that
//! no text is empty, that English has no Japanese and that the placeholders (`{name}`, filled
//! with `fill`) match, and `tests/messages.rs` renders every message. The notes written to the
//! browser's console for the site's operator ([`super::ConsoleNote`]) are written in Japanese.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! The English table is registered with the English chunk (`app::english`), as every screen's
//! is: a first visit in Japanese does not download it (issue 30).

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
    pub config_too_large: &'static str,
    pub config_not_utf8: &'static str,
    /// A file that is not JSON of the config's shape, and where (a `malformed_…` text).
    pub config_malformed: &'static str,
    pub malformed_truncated: &'static str,
    pub malformed_syntax: &'static str,
    pub malformed_bad_key: &'static str,
    pub malformed_twice: &'static str,
    pub malformed_wrong_type: &'static str,
    /// The place named when the whole file is meant.
    pub whole_file: &'static str,
    /// Every console note starts so (the console mixes the page's messages with others').
    pub console_prefix: &'static str,
    pub console_bad_org: &'static str,
    /// The file is there but not used (a `config_…` text as `{error}`).
    pub console_refused: &'static str,
    pub console_missing: &'static str,
    /// The file could not be fetched (a `fetch_…` text as `{reason}`).
    pub console_unreadable: &'static str,
    /// A field was ignored, and why (a `problem_…` text).
    pub console_ignored: &'static str,
    pub console_pale_accent: &'static str,
    pub fetch_no_window: &'static str,
    pub fetch_bad_response: &'static str,
    pub fetch_offline: &'static str,
    pub fetch_http: &'static str,
    pub fetch_interrupted: &'static str,
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
    config_too_large: "ファイルが大きすぎるため使いません（{bytes} バイト。上限 {max} バイト）",
    config_not_utf8: "UTF-8 のテキストではないため使いません（UTF-8 で保存してください）",
    config_malformed: "JSON として読めないため使いません（{detail}）",
    malformed_truncated: "途中で終わっています、{line} 行 {column} 列",
    malformed_syntax: "書式の誤り、{line} 行 {column} 列",
    malformed_bad_key: "{within} に、文字として読めないキー（\\ud800～\\udfff の片方だけ）があります",
    malformed_twice: "項目 {field} が 2 回あります",
    malformed_wrong_type: "項目の型の誤り：{field} は {expected} の形で書きます",
    whole_file: "ファイル全体",
    console_prefix: "[情報セキュリティ自社診断] {message}",
    console_bad_org: "?org={raw} は団体 ID として使えないため無視し、config.json を読みます（半角英小文字・数字・ハイフンで 40 文字まで）",
    console_refused: "{path}: {error}。団体の表示なしで開きます。",
    console_missing: "{path} が見つからないため、団体の表示なしで開きます。",
    console_unreadable: "{path} を読み込めませんでした（{reason}）。団体の表示なしで開きます。",
    console_ignored: "{path}: {field} を無視しました：{problem}",
    console_pale_accent: "{path}: accent_color {hex} は白地の文字には明るすぎるため（コントラスト {contrast}:1、4.5:1 以上が必要）、ヘッダーだけに使います。",
    fetch_no_window: "window がありません",
    fetch_bad_response: "応答が不正です",
    fetch_offline: "通信できません",
    fetch_http: "サーバーの応答が HTTP {status}",
    fetch_interrupted: "読み込みが途中で失敗しました",
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
    config_too_large: "Not used: the file is too large ({bytes} bytes; at most {max} bytes)",
    config_not_utf8: "Not used: the file is not UTF-8 text (save it as UTF-8)",
    config_malformed: "Not used: it cannot be read as JSON ({detail})",
    malformed_truncated: "it ends too early, line {line}, column {column}",
    malformed_syntax: "a syntax error, line {line}, column {column}",
    malformed_bad_key: "{within} has a key that cannot be read as text (only half of \\ud800–\\udfff)",
    malformed_twice: "the field {field} is given twice",
    malformed_wrong_type: "a field of the wrong kind: write {field} as {expected}",
    whole_file: "the whole file",
    console_prefix: "[Information Security Self-Check] {message}",
    console_bad_org: "?org={raw} cannot be an organisation ID (lower-case letters, digits and hyphens, up to 40), so it is ignored and config.json is read",
    console_refused: "{path}: {error}. The app opens without the organisation's details.",
    console_missing: "{path} was not found, so the app opens without the organisation's details.",
    console_unreadable: "{path} could not be read ({reason}). The app opens without the organisation's details.",
    console_ignored: "{path}: {field} was ignored: {problem}",
    console_pale_accent: "{path}: accent_color {hex} is too light for text on white (contrast {contrast}:1, at least 4.5:1 is needed), so it colours only the header.",
    fetch_no_window: "no window",
    fetch_bad_response: "not a response",
    fetch_offline: "no connection",
    fetch_http: "the server answered HTTP {status}",
    fetch_interrupted: "the download broke off",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
