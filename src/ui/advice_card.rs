//! The 解説 of one question not answered 実施している.

use leptos::prelude::*;

use crate::domain::AdviceItem;

/// Category label, heading, explanation and 対策例, with the answer given. わからない items are
/// marked 「確認が必要」.
#[component]
pub fn AdviceCard(
    /// The question and the answer given.
    item: AdviceItem,
) -> impl IntoView {
    let q = item.question;
    let heading_id = format!("advice-{}-heading", q.no);
    let labelled_by = heading_id.clone();
    view! {
        <article
            class=format!("advice advice--{}", item.choice.as_str())
            data-testid="advice-item"
            data-no=q.no
            aria-labelledby=labelled_by
        >
            <p class="advice__meta">
                <span class="advice__no">{format!("診断編 No.{}", q.no)}</span>
                " "
                <span class="advice__category">{q.category}</span>
            </p>
            <h4 class="advice__heading" id=heading_id>{q.heading}</h4>
            <p class="advice__answer">
                {if item.needs_check() {
                    view! { <span class="badge badge--check">"確認が必要"</span> }.into_any()
                } else {
                    ().into_any()
                }}
                {format!("あなたの回答：{}", item.choice.label())}
            </p>
            <p class="advice__explanation">{q.explanation}</p>
            <p class="advice__examples-title">"対策例"</p>
            {q.examples.iter().map(|e| view! { <p class="advice__example">{*e}</p> }).collect_view()}
        </article>
    }
}
