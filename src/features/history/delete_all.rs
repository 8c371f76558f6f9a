//! 「この端末のデータをすべて削除」: the confirmation that lists what will go, offers the export
//! file first, and deletes on 「削除する」. The footer opens it (`app::frame`); what deleting does
//! is the app's part, lent through [`DeleteAll`].

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::features::history::history_page::download_data;
use crate::kit::{focus_after_render, use_records, use_session};
use crate::store::forget::Inventory;

/// What the footer lends the confirmation (context).
#[derive(Clone, Copy)]
pub struct DeleteAll {
    /// True while the confirmation is open.
    pub open: RwSignal<bool>,
    /// Deletes everything: the saved keys, the service worker's copy of the config, the state
    /// (`app::persistence::delete_everything`), and says so.
    pub delete: Callback<()>,
}

/// The id of the footer button that opens the confirmation: the focus goes back to it.
pub const OPENER_ID: &str = "delete-all-open";

/// The confirmation of deleting everything this device keeps.
#[component]
pub fn DeleteAllDialog() -> impl IntoView {
    let Some(ctx) = use_context::<DeleteAll>() else {
        return ().into_any();
    };
    let session = use_session();
    let records = use_records();
    let t = crate::features::history::text::texts(crate::kit::lang());
    let inventory = session.with_untracked(|s| records.with_untracked(|r| Inventory::of(s, r)));
    let state = |on: bool| if on { t.present } else { t.absent };
    let count = |text: &str, n: usize| fill(text, &[("n", n.to_string())]);
    let items = [
        count(t.delete_all_history, inventory.history),
        count(t.delete_all_plan, inventory.plan),
        fill(
            t.delete_all_drafts,
            &[("state", state(inventory.drafts).to_string())],
        ),
        fill(
            t.delete_all_checklists,
            &[("state", state(inventory.checklists).to_string())],
        ),
        count(t.delete_all_answers, inventory.answers),
        fill(
            t.delete_all_profile,
            &[("state", state(inventory.profile).to_string())],
        ),
        count(
            t.delete_all_backups,
            crate::platform::storage::Store::open().backup_count(),
        ),
        t.delete_all_config.to_string(),
        t.delete_all_settings.to_string(),
    ];
    let close = move |_| {
        ctx.open.set(false);
        focus_after_render(OPENER_ID.to_string());
    };
    focus_after_render("delete-all-heading".to_string());
    view! {
        <section class="delete-all" aria-labelledby="delete-all-heading" data-testid="delete-all">
            <h2 id="delete-all-heading" tabindex="-1">{t.delete_all_heading}</h2>
            <p>{t.delete_all_lead}</p>
            <ul data-testid="delete-all-list">
                {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
            </ul>
            <p>{t.delete_all_export_lead}</p>
            <div class="actions">
                <button class="button" on:click=move |_| download_data(session, records)>
                    {t.delete_all_export}
                </button>
            </div>
            <p><strong>{t.delete_all_cannot_undo}</strong></p>
            <div class="actions">
                <button class="button button--primary" on:click=move |_| ctx.delete.run(())>
                    {t.delete_yes}
                </button>
                <button class="button" on:click=close>
                    {crate::kit::text::texts(crate::kit::lang()).cancel}
                </button>
            </div>
        </section>
    }
    .into_any()
}
