//! 情報セキュリティ基本方針の下書き: a few inputs produce a complete policy (written by the
//! domain), which the user edits, prints and downloads. Step two of the ★★ path.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::Action;
use crate::core::MAX_NAME_CHARS;
use crate::features::after::draft_editor::{draft_text, DraftEditor, DraftText};
use crate::features::after::model::drafts::{
    DraftChange, DraftKind, Holding, MAX_SHORT_TEXT_CHARS,
};
use crate::features::after::model::star_two::StarTwoStep;
use crate::kit::use_dispatch;
use crate::kit::{use_records, use_records_dispatch};
use crate::store::records::RecordsAction;

/// The basic policy screen.
#[component]
pub fn PolicyDraft() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let inputs = Memo::new(move |_| records.with(|r| r.beyond.drafts.policy.clone()));
    let profile_company = Memo::new(move |_| records.with(|r| r.profile.company.clone()));
    let edit = use_records_dispatch();
    let DraftText {
        text,
        edited,
        on_edit,
        on_reset,
    } = draft_text(DraftKind::Policy);
    let drafted = Memo::new(move |_| records.with(|r| r.beyond.star_two.policy_drafted));
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);

    let text_field =
        move |id: &'static str,
              label: &'static str,
              get: fn(&crate::features::after::model::drafts::PolicyInputs) -> String,
              change: fn(String) -> DraftChange| {
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <input
                        id=id
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        prop:value=move || inputs.with(get)
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            edit.send(RecordsAction::Draft(change(value)));
                        }
                    />
                </div>
            }
        };

    view! {
        <section class="draft draft--policy" aria-labelledby="screen-heading">
            <h1 id="screen-heading" class="no-print" tabindex="-1">{t.policy_heading}</h1>
            <div class="draft-form no-print">
                <p>{t.policy_lead}</p>
                {text_field("policy-company", crate::kit::text::texts(crate::kit::lang()).company, |p| p.company.clone(), DraftChange::PolicyCompany)}
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
                {text_field("policy-rep-title", t.policy_rep_title, |p| p.representative_title.clone(), DraftChange::RepresentativeTitle)}
                {text_field("policy-rep-name", t.policy_rep_name, |p| p.representative_name.clone(), DraftChange::RepresentativeName)}
                <div class="field">
                    <label for="policy-date">{t.adopted_date}</label>
                    <input
                        id="policy-date"
                        type="date"
                        prop:value=move || inputs.with(|p| p.date.clone())
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            edit.send(RecordsAction::Draft(DraftChange::PolicyDate(value)));
                        }
                    />
                </div>
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
                    <div class="field">
                        <label for="policy-other">{t.policy_other}</label>
                        <input
                            id="policy-other"
                            type="text"
                            maxlength=MAX_SHORT_TEXT_CHARS
                            prop:value=move || inputs.with(|p| p.other_holdings.clone())
                            on:input=move |ev| {
                                let value = event_target_value(&ev);
                                edit.send(RecordsAction::Draft(DraftChange::OtherHoldings(value)));
                            }
                        />
                    </div>
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
