//! 「診断の後に」: what a company does once the diagnosis is done — the SECURITY ACTION ★★
//! path, the drafts (basic policy, rules sheet, staff handout), the optional step-up checklist
//! and combining several results.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::features::after::model::drafts::DraftKind;
use crate::features::after::star_two_checklist::StarTwoChecklist;
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::store::{Action, Step};

/// The overview screen after the diagnosis.
#[component]
pub fn BeyondPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let step_up = Memo::new(move |_| records.with(|r| r.beyond.step_up.summary()));
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);

    view! {
        <section class="beyond" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.beyond_heading}</h1>
            <p class="lead">{t.beyond_lead}</p>
            <StarTwoChecklist />
            <section class="beyond__section" aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">{t.drafts_heading}</h2>
                {(!t.draft_language.is_empty()).then(|| view! { <p class="beyond__hint">{t.draft_language}</p> })}
                <ul class="beyond__drafts">
                    {DraftKind::ALL
                        .into_iter()
                        .map(|kind| view! {
                            <li>
                                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::Draft(kind)))>
                                    {kind.title(lang)}
                                </button>
                                <p class="beyond__hint">{kind.purpose(lang)}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="beyond__section" aria-labelledby="step-up-heading">
                <h2 id="step-up-heading">{t.step_up_heading}</h2>
                <p>
                    {t.step_up_intro}
                    <strong>{t.step_up_no_score}</strong>
                </p>
                <p data-testid="step-up-summary">
                    {move || {
                        let s = step_up.get();
                        if s.answered == 0 {
                            t.step_up_none.to_string()
                        } else {
                            fill(
                                t.step_up_summary,
                                &[
                                    ("answered", s.answered.to_string()),
                                    ("total", s.total.to_string()),
                                    ("done", s.done.to_string()),
                                ],
                            )
                        }
                    }}
                </p>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::StepUp))>
                    {t.open_step_up}
                </button>
            </section>
            <section class="beyond__section" aria-labelledby="combine-heading">
                <h2 id="combine-heading">{t.combine_beyond_heading}</h2>
                <p>{t.combine_beyond_lead}</p>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::Combine))>
                    {crate::kit::text::texts(crate::kit::lang()).combine_heading}
                </button>
            </section>
            <section class="beyond__section" aria-labelledby="rollup-heading">
                <h2 id="rollup-heading">{t.rollup_beyond_heading}</h2>
                <p>{t.rollup_beyond_lead}</p>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::RollUp))>
                    {crate::features::rollup::text::texts(crate::kit::lang()).rollup_title}
                </button>
            </section>
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{t.back}</button>
            </div>
        </section>
    }
}
