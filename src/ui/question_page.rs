//! One Part: its title and introduction, its questions, and the navigation buttons.

use leptos::prelude::*;

use super::part_nav::PartNav;
use super::progress::Progress;
use super::question_card::QuestionCard;
use super::{use_dispatch, use_session};
use crate::domain::{catalog, Action, Notice, Part};

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

    view! {
        <section class=format!("part part--{}", part.as_str()) aria-labelledby="screen-heading">
            <div class="sticky-status">
                <Progress />
                <button class="button button--small" on:click=move |_| dispatch.send(Action::ShowResult)>
                    "結果を見る"
                </button>
            </div>
            <PartNav current=part />
            <h1 id="screen-heading" tabindex="-1" class="part__title">
                <span class="part__number">{format!("Part {}", part.number())}</span>
                " "
                {info.title}
                <span class="part__range">{format!("（No.{}～{}）", range.start(), range.end())}</span>
            </h1>
            <p class="part__intro">{info.intro}</p>
            <div role="alert" class="alert-region">
                {move || notice.get().map(|Notice::Unanswered { first, remaining }| view! {
                    <p class="notice notice--warning" data-testid="unanswered-notice">
                        {format!(
                            "まだ回答していない質問が {remaining} 問あります。結果を見るには、すべての質問に回答してください。最初の未回答の質問（No.{first}）に移動しました。"
                        )}
                    </p>
                })}
            </div>
            {catalog::questions_of(part)
                .map(|question| view! { <QuestionCard question=question /> })
                .collect_view()}
            <div class="pager">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>
                    {if part.prev().is_some() { "前へ" } else { "はじめの画面へ" }}
                </button>
                {match part.next() {
                    Some(_) => view! {
                        <button class="button button--primary" on:click=move |_| dispatch.send(Action::Next)>
                            "次へ"
                        </button>
                    }
                    .into_any(),
                    None => view! {
                        <button class="button button--primary" on:click=move |_| dispatch.send(Action::ShowResult)>
                            "結果を見る"
                        </button>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}
