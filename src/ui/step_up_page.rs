//! The optional step-up checklist: ten measures from the government's notice, answered on the
//! diagnosis' scale and saved apart from it. It never changes the 100-point score.

use leptos::prelude::*;

use super::{use_dispatch, use_records};
use crate::domain::step_up::{items_of, StepUpGroup, StepUpItem, NOTICE_TITLE};
use crate::domain::{Action, Choice};

/// The step-up checklist screen.
#[component]
pub fn StepUpPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let summary = Memo::new(move |_| records.with(|r| r.beyond.step_up.summary()));

    view! {
        <section class="step-up" aria-labelledby="screen-heading" lang="ja">
            <h1 id="screen-heading" tabindex="-1">"ステップアップ・チェックリスト（任意）"</h1>
            <p class="notice" data-testid="step-up-note">
                "これは診断とは別の、任意のチェックです。ここでの回答は診断の点数（100点満点）や対策リストを変えません。"
            </p>
            <p>
                {format!("診断で100点満点に届いたら、次はここにある対策に取り組みましょう。10項目は、国が示した「{NOTICE_TITLE}」の「講じていただきたい対策」をもとにしています。答え方は診断と同じ4択です。")}
            </p>
            <p class="step-up__summary" data-testid="step-up-progress" aria-live="polite">
                {move || {
                    let s = summary.get();
                    format!(
                        "回答 {} / {} 項目　実施している {} 項目　わからない {} 項目",
                        s.answered, s.total, s.done, s.unknown
                    )
                }}
            </p>
            {StepUpGroup::ALL
                .into_iter()
                .map(|group| view! {
                    <h2 class="step-up__group">{format!("({}) {}", group.number(), group.title())}</h2>
                    {items_of(group).map(|item| view! { <StepUpCard item=item /> }).collect_view()}
                })
                .collect_view()}
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>"「診断の後に」へ戻る"</button>
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
    let id = item.id;
    let answer = Memo::new(move |_| records.with(|r| r.beyond.step_up.get(id)));
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
                <span class="step-up__title">{item.title}</span>
                "："
                <span class="question__text">{item.question}</span>
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
                                        let now = crate::files::now_iso();
                                        records.update(|r| {
                                            r.beyond.step_up.answer(id, Some(choice), &now);
                                        });
                                    }
                                />
                                <span class="choice__label">{choice.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="step-up__hint"><strong>"取り組み方："</strong>{item.hint}</p>
            <details class="original">
                <summary>"注意喚起の原文"</summary>
                <p>{item.source}</p>
            </details>
        </fieldset>
    }
}
