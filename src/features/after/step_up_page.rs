//! The optional step-up checklist: ten measures from the government's notice, answered on the
//! diagnosis' scale and saved apart from it. It never changes the 100-point score.

use leptos::prelude::*;

use crate::core::lang::{fill, Lang};
use crate::core::Choice;
use crate::features::after::model::step_up::{items_of, StepUpGroup, StepUpItem, NOTICE_TITLE};
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::store::records::RecordsAction;
use crate::store::Action;

/// The step-up checklist screen.
#[component]
pub fn StepUpPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let summary = Memo::new(move |_| records.with(|r| r.beyond.step_up.summary()));
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);

    view! {
        <section class="step-up" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.step_up_heading}</h1>
            <p class="notice" data-testid="step-up-note">{t.step_up_note}</p>
            <p>{fill(t.step_up_lead, &[("notice", NOTICE_TITLE.get(lang).to_string())])}</p>
            <p class="step-up__summary" data-testid="step-up-progress" aria-live="polite">
                {move || {
                    let s = summary.get();
                    fill(
                        t.step_up_progress,
                        &[
                            ("answered", s.answered.to_string()),
                            ("total", s.total.to_string()),
                            ("done", s.done.to_string()),
                            ("unknown", s.unknown.to_string()),
                        ],
                    )
                }}
            </p>
            {StepUpGroup::ALL
                .into_iter()
                .map(|group| view! {
                    <h2 class="step-up__group">{format!("({}) {}", group.number(), group.title(lang))}</h2>
                    {items_of(group).map(|item| view! { <StepUpCard item=item /> }).collect_view()}
                })
                .collect_view()}
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_beyond}</button>
            </div>
        </section>
    }
}

/// One item: the question as a fieldset of four radios, what to do, and the notice's wording.
#[component]
fn StepUpCard(
    /// The item to show.
    item: &'static StepUpItem,
) -> impl IntoView {
    let records = use_records();
    let edit = crate::kit::use_dispatch();
    let id = item.id;
    let answer = Memo::new(move |_| records.with(|r| r.beyond.step_up.get(id)));
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);
    let (title, question, hint) = item.texts(lang);
    view! {
        <fieldset
            class="question step-up__item"
            class:question--answered=move || answer.get().is_some()
            data-testid="step-up-item"
            data-id=id
        >
            <legend class="question__legend">
                <span class="question__no">{format!("S{id}")}</span>
                " "
                <span class="step-up__title">{title}</span>
                {crate::kit::text::texts(crate::kit::lang()).label_sep}
                <span class="question__text">{question}</span>
            </legend>
            <div class="choices">
                {Choice::ALL
                    .into_iter()
                    .map(|choice| {
                        let input_id = format!("s-{id}-{}", choice.as_str());
                        let label_for = input_id.clone();
                        view! {
                            <label class=format!("choice choice--{}", choice.as_str()) for=label_for>
                                <input
                                    type="radio"
                                    id=input_id
                                    name=format!("s-{id}")
                                    value=choice.as_str()
                                    prop:checked=move || answer.get() == Some(choice)
                                    on:change=move |_| {
                                        edit.send(RecordsAction::StepUp(id, Some(choice)));
                                    }
                                />
                                <span class="choice__label">{lang.choice(choice)}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="step-up__hint"><strong>{t.step_up_how}</strong>{hint}</p>
            // The notice's measure is quoted word for word in Japanese; English shows our
            // translation with the quoted original one tap away.
            {(lang != Lang::Ja).then(|| view! {
                <p class="step-up__source"><strong>{t.step_up_source}</strong>{item.source_en}</p>
            })}
            <details class="original" lang="ja">
                <summary lang=lang.code()>{t.step_up_original}</summary>
                <p>{item.source}</p>
            </details>
        </fieldset>
    }
}
