//! The 解説 of one question not answered 実施している.

use leptos::prelude::*;

use crate::core::glossary::notes_for;
use crate::core::lang::{fill, Lang};
use crate::core::AdviceItem;

/// Category label, heading, explanation and 対策例, with the answer given. わからない items are
/// marked 「確認が必要」.
#[component]
pub fn AdviceCard(
    /// The question and the answer given.
    item: AdviceItem,
) -> impl IntoView {
    let q = item.question;
    let lang = crate::kit::lang();
    let t = crate::features::result::text::texts(lang);
    let notes = notes_for(q.no);
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
                <span class="advice__no">{fill(t.advice_no, &[("n", q.no.to_string())])}</span>
                " "
                <span class="advice__category">{lang.category(q)}</span>
            </p>
            <h4 class="advice__heading" id=heading_id>{lang.heading(q)}</h4>
            <p class="advice__answer">
                {if item.needs_check() {
                    view! { <span class="badge badge--check">{t.needs_check}</span> }.into_any()
                } else {
                    ().into_any()
                }}
                {fill(t.your_answer, &[("answer", lang.choice(item.choice).to_string())])}
            </p>
            <p class="advice__explanation">{lang.explanation(q)}</p>
            <p class="advice__examples-title">{t.examples}</p>
            {lang.examples(q).iter().map(|e| view! { <p class="advice__example">{*e}</p> }).collect_view()}
            {notes
                .into_iter()
                .map(|note| view! {
                    <aside class="dated-note" data-testid="dated-note">
                        <p>
                            <strong>{t.dated_note}</strong>
                            {fill(t.dated_note_about, &[("subject", note.applies_to.to_string())])}
                        </p>
                        <p>{lang.dated_note(note)}</p>
                    </aside>
                })
                .collect_view()}
            {(lang != Lang::Ja).then(|| view! {
                <details class="original" lang="ja">
                    <summary>{crate::kit::text::texts(crate::kit::lang()).original}</summary>
                    <p><strong>{q.heading}</strong></p>
                    <p>{q.explanation}</p>
                    <p>{format!("対策例：{}", q.examples.join(" "))}</p>
                </details>
            })}
        </article>
    }
}
