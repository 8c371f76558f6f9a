//! One Part: its title and introduction, its questions, and the navigation buttons.

use leptos::prelude::*;

use crate::core::lang::{fill, Lang};
use crate::core::{catalog, Part};
use crate::features::diagnosis::part_nav::PartNav;
use crate::features::diagnosis::progress::Progress;
use crate::features::diagnosis::question_card::QuestionCard;
use crate::kit::use_dispatch;
use crate::kit::use_session;
use crate::store::{Action, Notice};

/// The screen for answering one Part.
#[component]
pub fn QuestionPage(
    /// The Part to show.
    part: Part,
) -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let info = catalog::part_info(part);
    let range = part.question_range();
    let notice = Memo::new(move |_| session.with(|s| s.notice));
    let lang = crate::kit::lang();
    let t = crate::features::diagnosis::text::texts(lang);

    view! {
        <section class=format!("part part--{}", part.as_str()) aria-labelledby="screen-heading">
            <div class="sticky-status">
                <Progress />
                <button class="button button--small" data-go="result" on:click=move |_| dispatch.send(Action::ShowResult)>
                    {crate::kit::text::texts(crate::kit::lang()).show_result}
                </button>
            </div>
            <PartNav current=part />
            <h1 id="screen-heading" tabindex="-1" class="part__title">
                <span class="part__number">{format!("Part {}", part.number())}</span>
                " "
                {lang.part_title(part)}
                <span class="part__range">{fill(t.range, &[("from", range.start().to_string()), ("to", range.end().to_string())])}</span>
            </h1>
            <div class="part__intro">
                <p>{lang.part_intro(part)}</p>
                {(lang != Lang::Ja).then(|| view! {
                    <details class="original" lang="ja">
                        <summary>{crate::kit::text::texts(crate::kit::lang()).original}</summary>
                        <p>{info.intro}</p>
                    </details>
                })}
            </div>
            <div role="alert" class="alert-region">
                {move || notice.get().map(|Notice::Unanswered { first, remaining }| view! {
                    <p class="notice notice--warning" data-testid="unanswered-notice">
                        {fill(t.unanswered, &[("remaining", remaining.to_string()), ("first", first.to_string())])}
                    </p>
                })}
            </div>
            {catalog::questions_of(part)
                .map(|question| view! { <QuestionCard question=question /> })
                .collect_view()}
            <div class="pager">
                // data-go: where public/boot-screen.js goes before the wasm has arrived (issue 14).
                <button class="button" data-go=part.prev().map_or("intro", Part::go) on:click=move |_| dispatch.send(Action::Prev)>
                    {if part.prev().is_some() { t.prev } else { crate::kit::text::texts(crate::kit::lang()).to_intro }}
                </button>
                {match part.next() {
                    Some(next) => view! {
                        <button class="button button--primary" data-go=next.go() on:click=move |_| dispatch.send(Action::Next)>
                            {t.next}
                        </button>
                    }
                    .into_any(),
                    None => view! {
                        <button class="button button--primary" data-go="result" on:click=move |_| dispatch.send(Action::ShowResult)>
                            {crate::kit::text::texts(crate::kit::lang()).show_result}
                        </button>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}
