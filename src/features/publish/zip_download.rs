//! 「このツールをZIPでダウンロード」 (issue 31): the release zip made in the browser from this
//! deployment's own files (`kit/files.json` lists them; `model::zip` lays them out and writes the
//! zip), with the form's `config.json` in it.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::zip::{zip_stored, ZipEntry};
use crate::features::publish::form_text::FormTexts;
use crate::features::publish::model::form::ConfigForm;
use crate::features::publish::model::zip::{guide_for_zip, KitList, ListError, Source};
use crate::platform::site_files::{self, FetchError};

/// The list of the deployment's files, relative to the app's folder.
const LIST: &str = "kit/files.json";

/// The ZIP button and what it is doing. On opening, every file of the zip is fetched once, so
/// that the service worker keeps a copy of those it does not precache (the kit) and the ZIP can
/// be made offline later.
#[component]
pub fn ZipDownload(
    /// The form whose `config.json` goes into the zip.
    form: RwSignal<ConfigForm>,
) -> impl IntoView {
    let t = crate::features::publish::form_text::texts(crate::kit::lang());
    let status = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let not_kept = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        // Fetched before the worker controls the page (a first visit), a file is not kept.
        if !site_files::until_kept_offline().await {
            not_kept.set(true);
        }
        if let Ok(plan) = list(t).await.map(|list| list.plan()) {
            for planned in plan {
                if let Source::Site(path) | Source::Guide(path) = planned.source {
                    if site_files::fetch_bytes(&path).await.is_err() {
                        not_kept.set(true);
                        return;
                    }
                }
            }
        } else {
            not_kept.set(true);
        }
    });
    let offline = move || not_kept.get() && !site_files::online();

    let make = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let config = form.with_untracked(ConfigForm::to_json);
        leptos::task::spawn_local(async move {
            let outcome = build(t, config, status)
                .await
                .and_then(|(name, zip, count)| {
                    if crate::platform::files::download_bytes(&name, "application/zip", &zip) {
                        Ok(fill(
                            t.zip_done,
                            &[("name", name), ("count", count.to_string())],
                        ))
                    } else {
                        Err(t.form_download_failed.to_string())
                    }
                });
            status.set(Some(match outcome {
                Ok(done) => (false, done),
                Err(failed) => (true, failed),
            }));
            busy.set(false);
        });
    };

    view! {
        <h2>{t.zip_heading}</h2>
        <p>{t.zip_lead}</p>
        <Show when=offline>
            <p class="config-form__error" data-testid="zip-offline">{t.zip_offline_note}</p>
        </Show>
        <p>
            <button class="button" on:click=make aria-disabled=move || busy.get().then_some("true")>
                {t.zip_button}
            </button>
        </p>
        <p
            class="config-form__status"
            data-testid="zip-status"
            role="status"
            aria-live="polite"
            class:config-form__status--error=move || status.with(|s| s.as_ref().is_some_and(|s| s.0))
        >
            {move || status.get().map(|s| s.1)}
        </p>
    }
}

/// The deployment's list of files.
async fn list(t: &'static FormTexts) -> Result<KitList, String> {
    let bytes = site_files::fetch_bytes(LIST)
        .await
        .map_err(|e| failed(t, LIST, &e))?;
    KitList::parse(&String::from_utf8_lossy(&bytes)).map_err(|e| match e {
        ListError::Malformed | ListError::BadVersion => t.zip_list_bad.to_string(),
        ListError::BadPath(path) => fill(t.zip_list_path, &[("path", path)]),
    })
}

/// Fetches every file of the zip, in order, and writes it: its name, bytes and number of files.
/// The first file that cannot be read stops it, named in the error.
async fn build(
    t: &'static FormTexts,
    config: String,
    status: RwSignal<Option<(bool, String)>>,
) -> Result<(String, Vec<u8>, usize), String> {
    let list = list(t).await?;
    let plan = list.plan();
    let total = plan.len();
    let mut entries = Vec::with_capacity(total);
    for (done, planned) in plan.into_iter().enumerate() {
        status.set(Some((
            false,
            fill(
                t.zip_working,
                &[("done", done.to_string()), ("total", total.to_string())],
            ),
        )));
        let bytes = match &planned.source {
            Source::Config => config.clone().into_bytes(),
            Source::Site(path) => site_files::fetch_bytes(path)
                .await
                .map_err(|e| failed(t, path, &e))?,
            Source::Guide(path) => guide_for_zip(
                site_files::fetch_bytes(path)
                    .await
                    .map_err(|e| failed(t, path, &e))?,
            ),
        };
        entries.push(ZipEntry {
            path: planned.path,
            bytes,
        });
    }
    let zip = zip_stored(&entries).map_err(|_| t.zip_too_large.to_string())?;
    Ok((list.zip_name(), zip, total))
}

/// 「{file} を読み込めなかったため…」 with the reason.
fn failed(t: &'static FormTexts, file: &str, error: &FetchError) -> String {
    let why = match error {
        FetchError::Offline => t.why_offline.to_string(),
        FetchError::Status(status) => fill(t.why_status, &[("status", status.to_string())]),
        FetchError::NotThere => t.why_not_there.to_string(),
        FetchError::Unreadable => t.why_unreadable.to_string(),
    };
    fill(
        t.zip_file_failed,
        &[("file", file.to_string()), ("why", why)],
    )
}
