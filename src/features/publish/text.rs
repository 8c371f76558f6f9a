//! The wording of the publishing page (「このツールを自社サイトに掲載する」), in Japanese (the
//! reference) and English (an unofficial translation): one typed table per language, so a key
//! missing in either does not compile; `tests/i18n.rs` checks that no text is empty, that English
//! has no Japanese and that the placeholders (`{name}`, filled with `fill`) match. Only the
//! publishing page's chunk names it; the banner and contact desk the main module shows have
//! their own table, [`super::brand_text`] (issue 30).
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.

use crate::core::lang::Lang;

/// Every text of the publishing page.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub publish_rollup_heading: &'static str,
    pub publish_rollup_lead: &'static str,
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
}

/// 日本語.
pub const JA: Texts = Texts {
    publish_rollup_heading: "会員企業の結果を集計する",
    publish_rollup_lead: "会員企業に診断をお願いしたら、送られてきた共有リンクやフォームの回答（CSV）をこの端末の中だけで集計し、理事会やセミナー向けの資料に印刷できます。",
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
};

/// English.
pub const EN: Texts = Texts {
    publish_rollup_heading: "Roll up your members' results",
    publish_rollup_lead: "Once your members have taken the check, roll up the share links they sent or a CSV of a form's responses, on this device only, and print a summary for your board or a seminar.",
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
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
