//! The landing screen: what this is, privacy, who should answer, start or continue.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::QUESTION_COUNT;
use crate::features::diagnosis::restart_control::RestartControl;
use crate::features::publish::org_banner::OrgBanner;
use crate::kit::use_dispatch;
use crate::kit::use_session;
use crate::store::{Action, Step};

/// Explains the diagnosis and starts (or resumes) it.
#[component]
pub fn IntroPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = crate::kit::use_records();
    let answered = Memo::new(move |_| session.with(|s| s.answers.answered_count()));
    let t = crate::features::diagnosis::text::texts(crate::kit::lang());

    view! {
        <section class="intro" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.intro_heading}</h1>
            <p class="lead">{t.intro_lead}</p>
            <ul class="intro__facts">
                <li>
                    <strong>{t.intro_privacy_title}</strong>
                    {t.intro_privacy}
                </li>
                <li>
                    <strong>{t.intro_who_title}</strong>
                    {t.intro_who}
                </li>
                <li>
                    <strong>{t.intro_how_title}</strong>
                    {t.intro_how}
                </li>
            </ul>
            <div class="actions">
                {move || {
                    let n = answered.get();
                    if n == 0 {
                        // data-go: what public/boot-screen.js does with it before the wasm (issue 14).
                        view! {
                            <button class="button button--primary" data-go="start" on:click=move |_| dispatch.send(Action::Start)>
                                {t.start}
                            </button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="intro__saved" data-testid="saved-progress">
                                {fill(t.saved_progress, &[("n", n.to_string()), ("total", QUESTION_COUNT.to_string())])}
                            </p>
                            <button class="button button--primary" on:click=move |_| dispatch.send(Action::Start)>
                                {t.continue_answering}
                            </button>
                            <Show when=move || answered.get() == QUESTION_COUNT>
                                <button class="button" on:click=move |_| dispatch.send(Action::ShowResult)>
                                    {crate::kit::text::texts(crate::kit::lang()).show_result}
                                </button>
                            </Show>
                            <RestartControl />
                        }
                        .into_any()
                    }
                }}
            </div>
            // Below the buttons: the organisation's file arrives after the landing has been read
            // (the static landing in index.html cannot know it), so it must not push that text
            // and the start button down when it appears (issue 9, layout shift).
            <OrgBanner />
            {move || match records.with(|r| r.latest().map(|e| (crate::platform::files::local_date(e.completed_at.as_str()), e.total(), e.answers()))) {
                Some((date, total, answers)) => view! {
                    <div class="actions intro__history" data-testid="latest-result">
                        <p class="intro__saved">{fill(t.latest_result, &[("date", date), ("total", total.to_string())])}</p>
                        <button class="button" on:click=move |_| dispatch.send(Action::OpenShared(answers))>
                            {t.open_latest}
                        </button>
                        <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::History))>
                            {crate::kit::text::texts(crate::kit::lang()).open_history}
                        </button>
                        <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::Beyond))>
                            {crate::kit::text::texts(crate::kit::lang()).open_beyond}
                        </button>
                    </div>
                }
                .into_any(),
                // No history yet (a new device): the history screen is still where data from
                // another device is read in (読み込む), so it must be reachable from here.
                None => view! {
                    <div class="actions intro__history">
                        <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::History))>
                            {crate::kit::text::texts(crate::kit::lang()).open_history}
                        </button>
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
}
