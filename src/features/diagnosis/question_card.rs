//! One question as a fieldset of four native radio buttons, with its footnotes.

use leptos::prelude::*;

use crate::core::glossary::terms_for;
use crate::core::lang::{fill, Lang};
use crate::core::{Choice, Question};
use crate::kit::use_dispatch;
use crate::kit::use_session;
use crate::store::Action;

/// Splits the question text around footnote marks so the marks can be set as superscript.
fn text_with_marks(q: &'static Question, text: &'static str) -> Vec<AnyView> {
    let mut rest = text;
    let mut out = Vec::new();
    for note in q.footnotes {
        if let Some((before, after)) = rest.split_once(note.mark) {
            out.push(before.into_any());
            out.push(view! { <sup class="footnote-mark">{note.mark}</sup> }.into_any());
            rest = after;
        }
    }
    out.push(rest.into_any());
    out
}

/// A question (「No.N」 and its text in the legend) with its four choices.
#[component]
pub fn QuestionCard(
    /// The question to show.
    question: &'static Question,
) -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let no = question.no;
    let lang = crate::kit::lang();
    let t = crate::features::diagnosis::text::texts(lang);
    let terms = terms_for(no);
    let answer = Memo::new(move |_| session.with(|s| s.answers.get(no)));
    let flagged = Memo::new(move |_| {
        session.with(|s| {
            matches!(s.notice, Some(crate::store::Notice::Unanswered { first, .. }) if first == no)
        })
    });
    let footnote_ids = question
        .footnotes
        .iter()
        .enumerate()
        .map(|(i, _)| format!("q-{no}-note-{i}"))
        .collect::<Vec<_>>()
        .join(" ");

    view! {
        <fieldset
            id=format!("q-{no}")
            class="question"
            class:question--answered=move || answer.get().is_some()
            class:question--flagged=move || flagged.get()
            tabindex="-1"
            aria-describedby=(!footnote_ids.is_empty()).then_some(footnote_ids)
        >
            <legend class="question__legend">
                <span class="question__no">{format!("No.{no}")}</span>
                " "
                <span class="question__text">{text_with_marks(question, lang.question_text(question))}</span>
            </legend>
            <div class="choices">
                {Choice::ALL
                    .into_iter()
                    .map(|choice| {
                        let id = format!("q-{no}-{}", choice.as_str());
                        let label_for = id.clone();
                        view! {
                            <label class=format!("choice choice--{}", choice.as_str()) for=label_for>
                                <input
                                    type="radio"
                                    id=id
                                    name=format!("q-{no}")
                                    value=choice.as_str()
                                    prop:checked=move || answer.get() == Some(choice)
                                    on:change=move |_| dispatch.send(Action::Answer(no, Some(choice)))
                                />
                                <span class="choice__label">{lang.choice(choice)}</span>
                                <span class="choice__points">{fill(t.points, &[("p", choice.points().to_string())])}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            {question
                .footnotes
                .iter()
                .enumerate()
                .map(|(i, note)| {
                    view! {
                        <p class="footnote" id=format!("q-{no}-note-{i}")>
                            <span class="footnote__mark">{note.mark}</span>
                            " "
                            {lang.footnote_text(question, i)}
                        </p>
                    }
                })
                .collect_view()}
            {(lang != Lang::Ja).then(|| view! {
                <details class="original" lang="ja">
                    <summary>{crate::kit::text::texts(crate::kit::lang()).original}</summary>
                    <p>{question.text}</p>
                </details>
            })}
            {(!terms.is_empty()).then(|| view! {
                <details class="glossary" data-testid="glossary">
                    <summary>{t.glossary}</summary>
                    <dl>
                        {terms
                            .into_iter()
                            .map(|term| {
                                let (name, text) = lang.term(term);
                                view! { <dt>{name}</dt><dd>{text}</dd> }
                            })
                            .collect_view()}
                    </dl>
                </details>
            })}
        </fieldset>
    }
}
