//! Tabs-like links between the three Parts, with how many of each are answered.

use leptos::prelude::*;

use crate::core::{catalog, Part};
use crate::kit::use_dispatch;
use crate::kit::use_session;
use crate::store::Action;

/// Jump to any Part; the current one is marked with `aria-current`.
#[component]
pub fn PartNav(
    /// The Part on screen.
    current: Part,
) -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    view! {
        <nav class="part-nav" aria-label=crate::features::diagnosis::text::texts(crate::kit::lang()).part_nav_label>
            <ul>
                {Part::ALL
                    .into_iter()
                    .map(|part| {
                        let info = catalog::part_info(part);
                        let total = part.question_range().count();
                        let answered = Memo::new(move |_| session.with(|s| s.answers.answered_in(part)));
                        view! {
                            <li>
                                <button
                                    class="part-nav__item"
                                    class:part-nav__item--current=part == current
                                    aria-current=(part == current).then_some("step")
                                    data-go=part.go()
                                    on:click=move |_| dispatch.send(Action::GoToPart(part))
                                >
                                    <span class="part-nav__part">{format!("Part {}", part.number())}</span>
                                    <span class="part-nav__title">{crate::kit::lang().part_title(info.part)}</span>
                                    <span class="part-nav__count">
                                        {move || format!("{} / {total}", answered.get())}
                                    </span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
