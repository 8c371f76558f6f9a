//! The wording of the combine feature's screens, in Japanese (the reference) and English (an unofficial
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

/// 日本語.
pub const JA: Texts = Texts {
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

/// English.
pub const EN: Texts = Texts {
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

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
