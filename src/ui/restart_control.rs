//! 「最初からやり直す」 with an inline confirmation.

use leptos::prelude::*;

use super::{focus_after_render, use_dispatch, use_session};
use crate::domain::Action;

/// A button that asks for confirmation before clearing every answer.
#[component]
pub fn RestartControl() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let confirming = Memo::new(move |_| session.with(|s| s.confirming_restart));

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
                        "最初からやり直す"
                    </button>
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="restart-question">
                    <p id="restart-question">"すべての回答を消去して、最初からやり直しますか？この操作は取り消せません。"</p>
                    <button
                        id="restart-confirm"
                        class="button button--danger"
                        on:click=move |_| dispatch.send(Action::ConfirmRestart)
                    >
                        "回答を消去してやり直す"
                    </button>
                    <button
                        class="button"
                        on:click=move |_| {
                            dispatch.send(Action::CancelRestart);
                            focus_after_render("restart-button".to_string());
                        }
                    >
                        "キャンセル"
                    </button>
                </div>
            </Show>
        </div>
    }
}
