//! 「このツールを自社サイトに掲載する」: the one-line embed code for this deployment (with
//! `data-org` when `?org=` is active), a copy button, a live preview and the hosting steps.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::use_dispatch;
use crate::config::use_branding;
use crate::domain::config::{app_url, deployment_base, iframe_snippet, script_snippet};
use crate::domain::Action;

/// The publishing guide, shown over the current screen (not saved; 「診断に戻る」 returns).
#[component]
pub fn PublishPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let branding = use_branding();
    let org = branding.org.clone();
    let page_url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = deployment_base(&page_url);
    let script = script_snippet(&base, org.as_ref());
    let iframe = iframe_snippet(&base, org.as_ref());
    // The preview is this deployment in a frame, exactly as a host page shows it. It is inert:
    // it shares this browser's saved answers, so it must not be used to answer.
    let preview_src = app_url("", org.as_ref());
    let org_note = org.as_ref().map(|id| {
        view! {
            <p data-testid="publish-org">
                {format!("いま団体 ID「{id}」（orgs/{id}.json）で開いているため、コードに data-org=\"{id}\" が付いています。")}
            </p>
        }
    });

    view! {
        <section class="publish" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">"このツールを自社サイトに掲載する"</h1>
            <p class="lead">
                "商工会議所・商工会・業界団体や自治体のサイトに、この診断をそのまま載せられます。"
                "会員企業の回答は、それぞれの端末の中だけに保存され、掲載したサイトにも送られません。"
            </p>

            <h2>"1. 貼り付けるコード（1行）"</h2>
            <p>
                "診断を表示したい場所に、次の1行を貼り付けます（CMS の「HTML」ブロックなど）。"
                "その場所に診断が表示され、高さは内容に合わせて自動で変わります。"
            </p>
            {org_note}
            {copy_box("publish-script", "貼り付けるコード", script)}

            <h2>"2. スクリプトを使えないサイトの場合"</h2>
            <p>
                "スクリプトを貼れないサイトでは、次の iframe を使えます。"
                "高さは固定（800 ピクセル）になり、診断は枠の中でスクロールします。"
            </p>
            {copy_box("publish-iframe", "iframe のコード", iframe)}

            <h2>"3. プレビュー"</h2>
            <p>"掲載したときの表示です（ここでは操作できません）。"</p>
            <div class="publish__preview-frame">
                <iframe
                    class="publish__preview"
                    data-testid="publish-preview"
                    src=preview_src
                    title="プレビュー：情報セキュリティ自社診断"
                    inert=""
                    tabindex="-1"
                ></iframe>
            </div>

            <h2>"4. 自社のサーバーに置く手順"</h2>
            <ol class="publish__steps">
                <li>
                    "ビルド済みの "<code>"dist/"</code>" フォルダの中身を、Web サーバーの任意のフォルダにそのままコピーします"
                    "（例："<code>"https://example.or.jp/security/check/"</code>"）。サーバー側のプログラムやデータベースは不要です。"
                    "HTTPS で公開してください（オフラインで使えるようにするために必要です）。"
                </li>
                <li>
                    "同じフォルダの "<code>"config.example.json"</code>" を "<code>"config.json"</code>
                    " という名前でコピーし、団体名・ロゴ・メッセージ・相談窓口（電話・メール・Web・受付時間）・色を書き換えます（UTF-8 で保存）。"
                    "使わない項目は消してかまいません。ロゴの画像も同じフォルダに置きます。"
                </li>
                <li>
                    "ひとつの設置で複数の団体を扱う場合は、団体ごとに "<code>"orgs/団体ID.json"</code>
                    " を置き、コードに "<code>"data-org=\"団体ID\""</code>" を付けます（ID は半角英小文字・数字・ハイフンで 40 文字まで）。"
                </li>
                <li>"上のコードを、掲載したいページに貼り付けます。"</li>
                <li>
                    "表示を確かめます。設定に誤りがあると、その項目だけが使われず、ブラウザの開発者ツールのコンソールに理由が表示されます。"
                </li>
            </ol>

            <h2>"5. config.json に書ける項目"</h2>
            <p>"すべて省略できます。値は文字としてそのまま表示され、条件に合わない項目だけが使われません。"</p>
            <div class="publish__table">
                <table class="publish__fields">
                    <thead>
                        <tr><th scope="col">"項目"</th><th scope="col">"内容"</th></tr>
                    </thead>
                    <tbody>
                        {CONFIG_FIELDS
                            .iter()
                            .map(|(field, about)| view! {
                                <tr><th scope="row"><code>{*field}</code></th><td>{*about}</td></tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p>"詳しくは、このツールのソースコードの README（Embedding kit）をご覧ください。"</p>

            <div class="actions">
                <button
                    class="button button--primary"
                    on:click=move |_| dispatch.send(Action::ClosePublishPage)
                >
                    "診断に戻る"
                </button>
            </div>
        </section>
    }
}

/// The fields of config.json, for the table on this page (the README has the full rules).
const CONFIG_FIELDS: [(&str, &str); 10] = [
    (
        "organization.name",
        "団体名（「提供：」として表示。100文字まで）",
    ),
    ("organization.url", "団体のサイト（https:// などの URL）"),
    (
        "organization.logo",
        "ロゴ画像のファイル名（index.html と同じフォルダからの相対パス。例：logo.png）",
    ),
    (
        "message",
        "はじめの画面に表示するメッセージ（400文字まで、改行可）",
    ),
    ("contact.name", "相談窓口の名前（例：経営支援課）"),
    ("contact.phone", "電話番号（数字・ハイフン・括弧）"),
    ("contact.email", "メールアドレス"),
    ("contact.url", "相談窓口のページの URL"),
    ("contact.hours", "受付時間（改行可）"),
    (
        "accent_color",
        "団体の色（#0b6e4f のような #rrggbb または #rgb）",
    ),
];

/// A read-only code box with a copy button and a status line.
fn copy_box(id: &'static str, label: &'static str, code: String) -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    let text = code.clone();
    let copy = move |_| {
        let text = text.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let copied = write_clipboard(&text).await;
            if !copied {
                select_code(id);
            }
            status.set(Some(if copied {
                "コピーしました"
            } else {
                "自動でコピーできませんでした。コードを選択しましたので、Ctrl+C（Mac は ⌘+C）でコピーしてください。"
            }));
        });
    };
    let status_id = format!("{id}-status");
    view! {
        <div class="copy-box">
            <label class="visually-hidden" for=id>{label}</label>
            <textarea
                id=id
                class="copy-box__code"
                readonly=true
                rows="3"
                spellcheck="false"
                aria-describedby=status_id.clone()
                prop:value=code
            ></textarea>
            <div class="copy-box__actions">
                <button class="button button--small" on:click=copy>"コピー"</button>
                <p id=status_id class="copy-box__status" role="status" aria-live="polite">
                    {move || status.get()}
                </p>
            </div>
        </div>
    }
}

/// Copies `text` with the async clipboard API; false where it is missing (insecure pages, some
/// in-app browsers) or refused.
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .is_some_and(|v| !v.is_undefined() && !v.is_null());
    present
        && JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Selects the code so the user can copy it by hand.
fn select_code(id: &str) {
    if let Some(area) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.focus();
        area.select();
    }
}
