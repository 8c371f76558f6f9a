//! The screen on view: the landing, a Part or the result from the main module, any other from
//! its chunk, fetched when first opened (`super::chunks`), with 「準備しています…」 meanwhile and
//! 「再試行」 if it cannot be had.

use leptos::prelude::*;

use crate::app::chunks::{self, Chunk};
use crate::features::diagnosis::intro_page::IntroPage;
use crate::features::diagnosis::question_page::QuestionPage;
use crate::features::result::result_page::ResultPage;
use crate::kit::focus_after_render;
use crate::store::Step;

/// The screen of the session's step, or the publishing page over it. `ready`: false while the
/// app is still being built (see `super::start`), when nothing is shown yet.
#[component]
pub fn CurrentScreen(
    /// Whether the screen may be built yet.
    ready: RwSignal<bool>,
) -> impl IntoView {
    let session = crate::kit::use_session();
    let step = Memo::new(move |_| session.with(|s| s.step));
    let publishing = Memo::new(move |_| session.with(|s| s.publish_page));
    // The later screens' code, fetched when one is first opened, or opened again after a fetch
    // that failed (one warmed in the background, say): the screen then says so only if this try
    // fails too.
    let loaded = RwSignal::new(Vec::<(Chunk, Fetch)>::new());
    Effect::new(move |_| {
        // Tracks the two memos only: a change of the screen, not any change of the session.
        if let Some(chunk) = Chunk::needed(step.get(), publishing.get()) {
            if matches!(
                state_of_untracked(loaded, chunk),
                None | Some(Fetch::Failed)
            ) {
                fetch(loaded, chunk);
            }
        }
    });
    // The result's next screen warmed while the member reads the result, so that
    // 「対策リストを開く」 builds the plan at once (issue 30: ≤ 150 ms from the cache): the
    // browser's form fields set up, and, once the service worker serves this build's files from
    // its cache (nothing is downloaded), the code of the plan and the report fetched and
    // instantiated. Without a worker (a first visit) no chunk is fetched before the click.
    let controlled = RwSignal::new(false);
    crate::platform::pwa::when_controlled(move || controlled.set(true));
    Effect::new(move |_| {
        if step.get() == Step::Result {
            let controlled = controlled.get();
            set_timeout(
                move || {
                    // Gone meanwhile (the language switched): the new screen warms its own.
                    let Some(plan) = loaded.try_with_untracked(|l| find(l, Chunk::Plan)) else {
                        return;
                    };
                    crate::platform::warm::form_fields();
                    if controlled && plan.is_none() {
                        fetch(loaded, Chunk::Plan);
                    }
                },
                WARM_AFTER,
            );
        }
    });
    let current = Memo::new(move |_| (ready.get() && !publishing.get()).then(|| step.get()));
    view! {
        // The publishing page needs no wait: it is never open at start (it is not saved).
        <Show when=move || publishing.get()>
            <ChunkScreen step=Step::Intro chunk=Chunk::Publish loaded=loaded />
        </Show>
        // Keyed by screen so every screen change builds fresh elements. Rebuilding in place
        // would recycle one Part's radio buttons for the next Part's, and browsers keep a
        // recycled radio's checked state, which showed stale answers. (A memo and a closure, as
        // `Show` is built: it re-runs only when the screen changes.)
        {move || {
            current.get().map(|step| match Chunk::of(step) {
                None => view! { <Screen step=step /> }.into_any(),
                Some(chunk) => view! { <ChunkScreen step=step chunk=chunk loaded=loaded /> }.into_any(),
            })
        }}
    }
}

/// How long the result is on screen before its next screens' code is warmed: past its first
/// paint and its QR code, well before a reader's click.
const WARM_AFTER: std::time::Duration = std::time::Duration::from_millis(200);

/// A screen of the main module: the landing, a Part, the result. (Every other screen is in a
/// chunk: [`ChunkScreen`].) Also rendered at build time for the static first screens.
#[component]
pub fn Screen(
    /// The step to show.
    step: Step,
) -> impl IntoView {
    match step {
        Step::Intro => view! { <IntroPage /> }.into_any(),
        Step::Part(part) => view! { <QuestionPage part=part /> }.into_any(),
        Step::Result => view! { <ResultPage /> }.into_any(),
        // In chunks (see `ChunkScreen`).
        _ => ().into_any(),
    }
}

/// Where the code of a chunk is.
#[derive(Clone, Copy)]
enum Fetch {
    /// On its way.
    Pending,
    /// Could not be had; 「再試行」 asks again.
    Failed,
    /// Here: its screens.
    Ready(chunks::Screens),
}

/// By state only: a chunk's screens, once here, never change.
impl PartialEq for Fetch {
    fn eq(&self, other: &Self) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

fn find(loaded: &[(Chunk, Fetch)], chunk: Chunk) -> Option<Fetch> {
    loaded.iter().find(|(c, _)| *c == chunk).map(|(_, f)| *f)
}

fn state_of(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk) -> Option<Fetch> {
    loaded.with(|l| find(l, chunk))
}

fn state_of_untracked(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk) -> Option<Fetch> {
    loaded.with_untracked(|l| find(l, chunk))
}

/// Records where `chunk` is. Nothing if the screen is gone meanwhile (the language switched
/// while a chunk was on its way: the new screen has its own record).
fn set_state(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk, fetch: Fetch) {
    loaded.try_update(|l| match l.iter_mut().find(|(c, _)| *c == chunk) {
        Some(entry) => entry.1 = fetch,
        None => l.push((chunk, fetch)),
    });
}

/// Fetches the code of `chunk` (nothing is lost meanwhile: every answer and record is in the
/// main module, and saved).
fn fetch(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk) {
    set_state(loaded, chunk, Fetch::Pending);
    leptos::task::spawn_local(async move {
        let state = match chunks::load(chunk).await {
            Ok(screens) => Fetch::Ready(screens),
            Err(_) => Fetch::Failed,
        };
        set_state(loaded, chunk, state);
    });
}

/// A screen whose code is in a chunk: 「準備しています…」 until it is here, then the screen; a
/// chunk that cannot be had says so, with 「再試行」.
#[component]
fn ChunkScreen(
    /// The step to show.
    step: Step,
    /// The chunk that holds its code.
    chunk: Chunk,
    /// The chunks fetched so far.
    loaded: RwSignal<Vec<(Chunk, Fetch)>>,
) -> impl IntoView {
    let state = Memo::new(move |_| state_of(loaded, chunk));
    // The screen's heading gets the focus when its code arrives after the move (the move's own
    // focus found no heading), unless the user has put it elsewhere meanwhile.
    let focused_before = document().active_element();
    Effect::new(move |prev: Option<bool>| {
        let ready = matches!(state.get(), Some(Fetch::Ready(_)));
        if prev == Some(false) && ready {
            let now = document().active_element();
            let untouched = now
                .as_ref()
                .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"))
                || now == focused_before;
            if untouched {
                focus_after_render("screen-heading".to_string());
            }
        }
        ready
    });
    let t = crate::app::text::texts(crate::kit::lang());
    move || {
        match state.get() {
        Some(Fetch::Ready(screens)) => screens(step),
        Some(Fetch::Failed) => view! {
            <div class="notices" role="alert">
                <p class="notice notice--error" data-testid="chunk-failed">{t.chunk_failed}</p>
                <button class="button" on:click=move |_| fetch(loaded, chunk)>{t.retry}</button>
            </div>
        }
        .into_any(),
        _ => view! { <p class="chunk-pending" role="status" data-testid="chunk-pending">{t.preparing}</p> }
            .into_any(),
    }
    }
}
