//! Persistent messages about storage: not kept, unreadable data set aside, a failed save.

use leptos::prelude::*;

use crate::core::lang::Localized;
use crate::store::records::Note;
use crate::store::RestoreError;

/// What the user must know about where their answers live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageStatus {
    /// False when answers are only kept in memory (no usable storage).
    pub persistent: bool,
    /// Why saved data could not be read at start, if it could not.
    pub restore_error: Option<RestoreError>,
    /// What was left out of saved data that was read at start (set aside with the rest).
    pub dropped: Vec<Note>,
    /// True after the browser refused a write (e.g. quota); cleared by the next good write.
    pub save_failed: bool,
    /// True once changes made in another tab were merged with this tab's answers.
    pub merged_from_other_tab: bool,
    /// True once everything on this device was deleted (here or in another tab); cleared when
    /// something is saved again.
    pub deleted: bool,
}

/// The notices, in a polite live region so screen readers hear them when they appear.
#[component]
pub fn StorageNotices(
    /// Current storage status.
    status: RwSignal<StorageStatus>,
) -> impl IntoView {
    view! {
        <div class="notices" role="status" aria-live="polite">
            <Show when=move || status.with(|s| !s.persistent)>
                <p class="notice notice--warning" data-testid="storage-unavailable">
                    {crate::app::text::texts(crate::kit::lang()).storage_unavailable}
                </p>
            </Show>
            {move || status.with(|s| s.restore_error.clone()).map(|e| view! {
                <p class="notice notice--error" data-testid="restore-error">{e.text(crate::kit::lang())}</p>
            })}
            {move || status.with(|s| (!s.dropped.is_empty()).then(|| {
                let lang = crate::kit::lang();
                let notes = s.dropped.iter().map(|n| view! { <li>{n.text(lang)}</li> }).collect_view();
                view! {
                    <div class="notice notice--warning" data-testid="restore-dropped">
                        <p>{crate::app::text::texts(lang).restore_dropped}</p>
                        <ul>{notes}</ul>
                    </div>
                }
            }))}
            <Show when=move || status.with(|s| s.merged_from_other_tab)>
                <p class="notice" data-testid="merged-notice">
                    {crate::app::text::texts(crate::kit::lang()).merged}
                </p>
            </Show>
            <Show when=move || status.with(|s| s.deleted)>
                <p class="notice" data-testid="deleted-notice">
                    {crate::app::text::texts(crate::kit::lang()).deleted_all}
                </p>
            </Show>
            <Show when=move || status.with(|s| s.save_failed)>
                <p class="notice notice--warning" data-testid="save-failed">
                    {crate::app::text::texts(crate::kit::lang()).save_failed}
                </p>
            </Show>
        </div>
    }
}

/// 「新しいバージョンがあります」 with an 更新 button; non-blocking, shown when a release waits.
#[component]
pub fn UpdateNotice(
    /// True once a new release is installed and waiting.
    ready: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <div class="update-region" role="status" aria-live="polite">
            <Show when=move || ready.get()>
                <div class="update-notice" data-testid="update-notice">
                    <p>{crate::app::text::texts(crate::kit::lang()).update_available}</p>
                    <button class="button button--primary button--small" on:click=|_| crate::platform::pwa::apply_update()>
                        {crate::app::text::texts(crate::kit::lang()).update_button}
                    </button>
                    <p class="update-notice__hint">{crate::app::text::texts(crate::kit::lang()).update_hint}</p>
                </div>
            </Show>
        </div>
    }
}
