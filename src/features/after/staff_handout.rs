//! 従業員向け情報セキュリティ注意事項: a one-page handout from the Part 2 items (6–18) with the
//! company's contact for incidents; editable, printable and downloadable.

use leptos::prelude::*;

use crate::features::after::draft_editor::{draft_text, DraftEditor, DraftField, DraftText};
use crate::features::after::model::drafts::{DraftChange, DraftKind, MAX_SHORT_TEXT_CHARS};
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::store::Action;

/// The staff handout screen.
#[component]
pub fn StaffHandout() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let contact = Memo::new(move |_| records.with(|r| r.beyond.drafts.handout_contact.clone()));
    let DraftText {
        text,
        edited,
        on_edit,
        on_reset,
    } = draft_text(DraftKind::Handout);
    let t = crate::features::after::text::texts(crate::kit::lang());

    view! {
        <section class="draft draft--handout" aria-labelledby="screen-heading">
            <h1 id="screen-heading" class="no-print" tabindex="-1">{t.handout_heading}</h1>
            <div class="draft-form no-print">
                <p>{t.handout_lead}</p>
                <DraftField
                    id="handout-contact"
                    label=t.handout_contact
                    value=contact
                    change=DraftChange::HandoutContact
                    max_chars=MAX_SHORT_TEXT_CHARS
                />
            </div>
            <DraftEditor kind=DraftKind::Handout text=text edited=edited on_edit=on_edit on_reset=on_reset />
            <div class="actions no-print">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_beyond}</button>
            </div>
        </section>
    }
}
