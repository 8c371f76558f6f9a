//! The wording of the history feature's screens, in Japanese (the reference) and English (an unofficial
//! translation): one typed table per language, so a key missing in either does not compile;
//! `tests/i18n.rs` checks that no text is empty, that English has no Japanese and that the
//! placeholders (`{name}`, filled with `fill`) match.

use crate::core::lang::Lang;

/// Every text of this part of the UI.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
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
    pub import_no_overwrite: &'static str,
    pub import_confirm: &'static str,
}

/// 日本語.
pub const JA: Texts = Texts {
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
    import_no_overwrite: "この端末にある新しいデータが上書きされることはありません。",
    import_confirm: "読み込む",
};

/// English.
pub const EN: Texts = Texts {
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
    import_no_overwrite: "Newer data on this device is never overwritten.",
    import_confirm: "Load",
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
