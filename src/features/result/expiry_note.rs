//! Where Safari deletes saved data after seven days without a visit (issue 20): a short note
//! after the result with the two remedies, add to the home screen or keep the data file. Not
//! shown in other browsers, in the installed app, or once closed.

use leptos::prelude::*;

use crate::kit::{use_records, use_session};
use crate::platform::storage::{expires_unvisited, Store};

/// Whether the note applies: in Safari, not in the installed app, not closed. (Asked before its
/// chunk is fetched: other browsers never fetch it.)
pub fn applies() -> bool {
    // Storage is opened (a probe write) only where the note can apply.
    expires_unvisited() && !Store::open().expiry_note_closed()
}

/// The note (shown where it [`applies`]).
#[component]
pub fn ExpiryNote() -> impl IntoView {
    let open = RwSignal::new(true);
    let session = use_session();
    let records = use_records();
    let t = crate::features::result::text::texts(crate::kit::lang());
    let close = move |_| {
        Store::open().close_expiry_note();
        open.set(false);
    };
    let download = move |_| crate::features::history::history_page::download_data(session, records);
    view! {
        <Show when=move || open.get()>
            <aside class="notice notice--warning expiry-note no-print" aria-labelledby="expiry-note-heading" data-testid="expiry-note">
                <h2 id="expiry-note-heading">{t.expiry_heading}</h2>
                <p>{t.expiry_lead}</p>
                <ol>
                    <li>{t.expiry_home_screen}</li>
                    <li>
                        {t.expiry_data_file}" "
                        <button class="button button--small" on:click=download>{t.expiry_download}</button>
                    </li>
                </ol>
                <button class="button button--small" on:click=close>{t.expiry_close}</button>
            </aside>
        </Show>
    }
}
