//! The first visit's part of the app (issue 16): the landing, the three Parts and the result with
//! its advice, in Japanese. Its own wasm (`src/bin/jishin-first.rs`) links only these screens, so a
//! first visit downloads far less than the whole app. Anything else it is asked for (another
//! screen, English, the publishing page) is handed over to the whole app (`shell::App`).
//!
//! The page's loader (scripts/precache.mjs) picks this part exactly when public/boot-screen.js
//! shows the static first screens: a first visit in Japanese, nothing saved, no share link.

use leptos::prelude::*;

use crate::app::shell::Screens;
use crate::core::Step;
use crate::features::diagnosis::intro_page::IntroPage;
use crate::features::diagnosis::question_page::QuestionPage;
use crate::features::result::result_page::ResultPage;

/// Whether the first visit's part has the screen of `step`.
pub fn holds(step: Step) -> bool {
    matches!(step, Step::Intro | Step::Part(_) | Step::Result)
}

/// The landing, the questionnaire and the result; nothing in Japanese only.
pub const SCREENS: Screens = Screens {
    holds,
    screen: |step| match step {
        Step::Intro => view! { <IntroPage /> }.into_any(),
        Step::Part(part) => view! { <QuestionPage part=part /> }.into_any(),
        Step::Result => view! { <ResultPage /> }.into_any(),
        // Never asked for: `App` shows only the screens `holds` names.
        _ => ().into_any(),
    },
    publish: None,
    english: false,
    saved: crate::app::persistence::WRITE_ONLY,
};
