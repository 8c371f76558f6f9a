//! The wording of the page around every screen: header, footer, notices, the language switch, in Japanese (the reference) and English (an unofficial
//! translation): one typed table per language, so a key missing in either does not compile;
//! `tests/i18n.rs` checks that no text is empty, that English has no Japanese and that the
//! placeholders (`{name}`, filled with `fill`) match.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.

use crate::core::lang::Lang;

/// Every text of this part of the UI.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub app_title: &'static str,
    pub footer_source: &'static str,
    pub version: &'static str,
    pub language: &'static str,
    pub unofficial: &'static str,
    pub storage_unavailable: &'static str,
    pub save_failed: &'static str,
    pub merged: &'static str,
    /// Saved data was read, but some of it was not valid and was left out (listed below it).
    pub restore_dropped: &'static str,
    pub update_available: &'static str,
    pub update_button: &'static str,
    pub update_hint: &'static str,
    /// The static first screens (issue 14): the result was asked for before the app has loaded.
    pub preparing_result: &'static str,
    /// The static first screens: another button was pressed before the app has loaded. Also
    /// said while a screen's code is fetched (`screens::ChunkScreen`).
    pub preparing: &'static str,
    /// A screen's code could not be fetched.
    pub chunk_failed: &'static str,
    /// Fetch it again.
    pub retry: &'static str,
    /// The English text could not be fetched.
    pub english_failed: &'static str,
    /// The footer's button that opens the confirmation of deleting everything.
    pub footer_delete_all: &'static str,
    /// Everything on this device was deleted (here, or in another tab).
    pub deleted_all: &'static str,
    /// The error screen built by the app itself when `public/boot.js`, which has its own, is
    /// missing from a deployment.
    pub crash_title: &'static str,
    pub crash_detail: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
    app_title: "情報セキュリティ自社診断",
    footer_source: "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」。本ツールはその公開内容をもとに作成したもので、IPA が提供するものではありません。",
    version: "バージョン {v}",
    language: "表示言語",
    unofficial: "",
    storage_unavailable: "このブラウザでは回答を保存できません（プライベートモードや設定により保存が禁止されています）。このページを閉じると回答は消えます。",
    save_failed: "回答を保存できませんでした（保存容量の不足など）。回答はこの画面を開いている間は保たれます。",
    merged: "別のタブ（ウィンドウ）でも回答が変更されていたため、両方の変更を合わせて保存しました。",
    restore_dropped: "保存されていたデータの一部は正しくないため読み込みませんでした。元のデータは別に保管しています。",
    update_available: "新しいバージョンがあります。",
    update_button: "更新",
    update_hint: "回答はそのまま引き継がれます。",
    preparing_result: "結果を準備しています…",
    preparing: "準備しています…",
    chunk_failed: "この画面を読み込めませんでした。通信できる状態で「再試行」を押してください。回答と記録はこの端末に保存されています。",
    retry: "再試行",
    english_failed: "英語の表示を読み込めませんでした。通信できる状態で、もう一度「English」を押してください。",
    footer_delete_all: "この端末のデータをすべて削除",
    deleted_all: "この端末のデータを削除しました。",
    crash_title: "エラーが発生しました",
    crash_detail: "予期しない問題が起きました。ここまでの回答はこの端末に保存されています。ページを再読み込みしてください。",
};

/// English.
pub const EN: Texts = Texts {
    app_title: "Information Security Self-Check",
    footer_source: "Source: Information-technology Promotion Agency, Japan (IPA), “5-Minute Information Security Self-Check (new edition)”. This tool is based on that published material; it is not provided by IPA.",
    version: "Version {v}",
    language: "Language",
    unofficial: "Unofficial English translation. The Japanese original by IPA is the reference: open “Japanese original” under any text to see it.",
    storage_unavailable: "This browser cannot save your answers (private mode or settings block storage). Your answers will be lost when you close this page.",
    save_failed: "Your answers could not be saved (storage may be full). They are kept while this page stays open.",
    merged: "Answers were also changed in another tab or window; both changes were combined and saved.",
    restore_dropped: "Part of the saved data was not valid and was not loaded. The original data has been kept aside.",
    update_available: "A new version is available.",
    update_button: "Update",
    update_hint: "Your answers are kept.",
    preparing_result: "Preparing the result…",
    preparing: "Getting ready…",
    chunk_failed: "This screen could not be loaded. When you are online, press “Try again”. Your answers and records are saved on this device.",
    retry: "Try again",
    english_failed: "English could not be loaded. When you are online, press “English” again.",
    footer_delete_all: "Delete all data on this device",
    deleted_all: "All data of this tool on this device was deleted.",
    crash_title: "An error occurred",
    crash_detail: "An unexpected problem occurred. Your answers so far are saved on this device. Reload the page.",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
