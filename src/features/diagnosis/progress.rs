//! The answered/25 indicator shown on every question screen.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::QUESTION_COUNT;
use crate::kit::use_session;

/// 「回答済み N / 25 問」 with a progress bar.
#[component]
pub fn Progress() -> impl IntoView {
    let session = use_session();
    let answered = Memo::new(move |_| session.with(|s| s.answers.answered_count()));
    let t = crate::features::diagnosis::text::texts(crate::kit::lang());
    view! {
        <div class="progress">
            <p class="progress__text" data-testid="progress" aria-live="polite">
                {move || fill(t.progress, &[("n", answered.get().to_string()), ("total", QUESTION_COUNT.to_string())])}
            </p>
            <progress
                class="progress__bar"
                max=QUESTION_COUNT
                value=move || answered.get()
                aria-label=t.progress_label
            ></progress>
        </div>
    }
}
