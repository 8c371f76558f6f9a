//! 「最初からやり直す」 with an inline confirmation.

use leptos::prelude::*;

use crate::kit::focus_after_render;
use crate::kit::use_dispatch;
use crate::kit::use_session;
use crate::store::Action;

/// A button that asks for confirmation before clearing every answer.
#[component]
pub fn RestartControl() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let confirming = Memo::new(move |_| session.with(|s| s.confirming_restart));
    let t = crate::features::diagnosis::text::texts(crate::kit::lang());

    view! {
        <div class="restart">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button
                        id="restart-button"
                        class="button button--quiet"
                        on:click=move |_| {
                            dispatch.send(Action::RequestRestart);
                            focus_after_render("restart-confirm".to_string());
                        }
                    >
                        {t.restart}
                    </button>
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="restart-question">
                    <p id="restart-question">{t.restart_question}</p>
                    <button
                        id="restart-confirm"
                        class="button button--danger"
                        on:click=move |_| dispatch.send(Action::ConfirmRestart)
                    >
                        {t.restart_confirm}
                    </button>
                    <button
                        class="button"
                        on:click=move |_| {
                            dispatch.send(Action::CancelRestart);
                            focus_after_render("restart-button".to_string());
                        }
                    >
                        {crate::kit::text::texts(crate::kit::lang()).cancel}
                    </button>
                </div>
            </Show>
        </div>
    }
}
