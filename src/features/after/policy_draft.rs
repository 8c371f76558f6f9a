//! 情報セキュリティ基本方針の下書き: a few inputs produce a complete policy (written by the
//! domain), which the user edits, prints and downloads. Step two of the ★★ path.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::time::field_text;
use crate::features::after::draft_editor::{
    draft_text, DraftDate, DraftEditor, DraftField, DraftText,
};
use crate::features::after::model::drafts::{
    DraftChange, DraftKind, Holding, MAX_SHORT_TEXT_CHARS,
};
use crate::features::after::model::star_two::StarTwoStep;
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::store::records::RecordsAction;
use crate::store::Action;

/// The basic policy screen.
#[component]
pub fn PolicyDraft() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let inputs = Memo::new(move |_| records.with(|r| r.beyond.drafts.policy.clone()));
    let profile_company = Memo::new(move |_| records.with(|r| r.profile.company.clone()));
    let edit = crate::kit::use_dispatch();
    let DraftText {
        text,
        edited,
        on_edit,
        on_reset,
    } = draft_text(DraftKind::Policy);
    let drafted = Memo::new(move |_| records.with(|r| r.beyond.star_two.policy_drafted));
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);

    view! {
        <section class="draft draft--policy" aria-labelledby="screen-heading">
            <h1 id="screen-heading" class="no-print" tabindex="-1">{t.policy_heading}</h1>
            <div class="draft-form no-print">
                <p>{t.policy_lead}</p>
                <DraftField
                    id="policy-company"
                    label=crate::kit::text::texts(lang).company
                    value=Signal::derive(move || inputs.with(|p| p.company.clone()))
                    change=DraftChange::PolicyCompany
                />
                <p class="field__hint">
                    {move || {
                        let own = inputs.with(|p| p.company.trim().is_empty());
                        let fallback = profile_company.get();
                        if !own {
                            String::new()
                        } else if fallback.trim().is_empty() {
                            t.policy_company_blank.to_string()
                        } else {
                            fill(t.policy_company_fallback, &[("company", fallback.trim().to_string())])
                        }
                    }}
                </p>
                <DraftField
                    id="policy-rep-title"
                    label=t.policy_rep_title
                    value=Signal::derive(move || inputs.with(|p| p.representative_title.clone()))
                    change=DraftChange::RepresentativeTitle
                />
                <DraftField
                    id="policy-rep-name"
                    label=t.policy_rep_name
                    value=Signal::derive(move || inputs.with(|p| p.representative_name.clone()))
                    change=DraftChange::RepresentativeName
                />
                <DraftDate
                    id="policy-date"
                    label=t.adopted_date
                    value=Signal::derive(move || inputs.with(|p| field_text(p.date)))
                    change=DraftChange::PolicyDate
                />
                <fieldset class="draft-form__holdings">
                    <legend>{t.policy_holdings}</legend>
                    {Holding::ALL
                        .into_iter()
                        .map(|h| {
                            let id = format!("policy-holding-{}", h.as_str());
                            view! {
                                <div class="check">
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=move || inputs.with(|p| p.holdings.contains(&h))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            edit.send(RecordsAction::Draft(DraftChange::Holding(h, on)));
                                        }
                                    />
                                    <label for=id>{h.label(lang)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                    <DraftField
                        id="policy-other"
                        label=t.policy_other
                        value=Signal::derive(move || inputs.with(|p| p.other_holdings.clone()))
                        change=DraftChange::OtherHoldings
                        max_chars=MAX_SHORT_TEXT_CHARS
                    />
                </fieldset>
            </div>
            <DraftEditor kind=DraftKind::Policy text=text edited=edited on_edit=on_edit on_reset=on_reset />
            <div class="draft-form no-print">
                <div class="check">
                    <input
                        type="checkbox"
                        id="policy-drafted"
                        prop:checked=move || drafted.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            edit.send(RecordsAction::StarTwo(StarTwoStep::PolicyDrafted, on));
                        }
                    />
                    <label for="policy-drafted">{t.policy_drafted}</label>
                </div>
            </div>
            <div class="actions no-print">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_beyond}</button>
            </div>
        </section>
    }
}
