//! 「このツールを自社サイトに掲載する」: the one-line embed code for this deployment (with
//! `data-org` when `?org=` is active), a copy button, a live preview, the hosting steps, the
//! config made in a form with its preview, and the ZIP of this deployment (issue 31).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::lang::fill;
use crate::features::publish::branding::use_branding;
use crate::features::publish::config_form::{hint, ConfigFormSection};
use crate::features::publish::form_preview::FormPreview;
use crate::features::publish::model::form::{ConfigForm, Field};
use crate::features::publish::model::{app_url, deployment_base, iframe_snippet, script_snippet};
use crate::features::publish::zip_download::ZipDownload;
use crate::kit::use_dispatch;
use crate::store::{Action, Step};

/// The publishing guide, shown over the current screen (not saved; 「診断に戻る」 returns).
#[component]
pub fn PublishPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let branding = use_branding();
    let t = crate::features::publish::text::texts(crate::kit::lang());
    let org = branding.org.clone();
    // The config being made on this page: kept while the page is open, never saved.
    let form = RwSignal::new(ConfigForm::default());
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
                {fill(t.publish_org_note, &[("id", id.to_string())])}
            </p>
        }
    });

    view! {
        <section class="publish" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{crate::kit::text::texts(crate::kit::lang()).footer_publish}</h1>
            <p class="lead">{t.publish_lead}</p>

            <h2>{t.publish_code_heading}</h2>
            <p>{t.publish_code_lead}</p>
            {org_note}
            {copy_box("publish-script", t.publish_code_label, script)}

            <h2>{t.publish_iframe_heading}</h2>
            <p>{t.publish_iframe_lead}</p>
            {copy_box("publish-iframe", t.publish_iframe_label, iframe)}

            <h2>{t.publish_preview_heading}</h2>
            <p>{t.publish_preview_lead}</p>
            <div class="publish__preview-frame">
                <iframe
                    class="publish__preview"
                    data-testid="publish-preview"
                    src=preview_src
                    title=t.publish_preview_title
                    inert=""
                    tabindex="-1"
                ></iframe>
            </div>

            <h2>{t.publish_steps_heading}</h2>
            <ol class="publish__steps">
                {[t.publish_step1, t.publish_step2, t.publish_step3, t.publish_step4, t.publish_step5]
                    .into_iter()
                    .map(|step| view! { <li>{with_code(step)}</li> })
                    .collect_view()}
            </ol>

            <h2>{t.publish_fields_heading}</h2>
            <p>{t.publish_fields_lead}</p>
            <div class="publish__table">
                <table class="publish__fields">
                    <thead>
                        <tr><th scope="col">{t.publish_field}</th><th scope="col">{t.publish_about}</th></tr>
                    </thead>
                    <tbody>
                        {Field::ALL
                            .into_iter()
                            .map(|field| view! {
                                <tr><th scope="row"><code>{field.path()}</code></th><td>{hint(field)}</td></tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p>{t.publish_readme}</p>

            <ConfigFormSection form=form />
            <FormPreview form=form />

            <ZipDownload form=form />

            <h2>{t.publish_rollup_heading}</h2>
            <p>{t.publish_rollup_lead}</p>
            <p>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::RollUp))>
                    {crate::features::rollup::text::texts(crate::kit::lang()).rollup_title}
                </button>
            </p>

            <div class="actions">
                <button
                    class="button button--primary"
                    on:click=move |_| dispatch.send(Action::ClosePublishPage)
                >
                    {t.publish_back}
                </button>
            </div>
        </section>
    }
}

/// A text with `code` marked by backticks, as text and `<code>` elements (never as HTML).
fn with_code(text: &'static str) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}

/// A read-only code box with a copy button and a status line.
fn copy_box(id: &'static str, label: &'static str, code: String) -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    let t = crate::features::publish::text::texts(crate::kit::lang());
    let text = code.clone();
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            let copied = write_clipboard(&text).await;
            if !copied {
                select_code(id);
            }
            status.set(Some(if copied {
                t.copied_short
            } else {
                t.copy_manual
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
                <button class="button button--small" on:click=copy>{t.copy}</button>
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
