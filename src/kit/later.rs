//! A part of a screen whose code is a chunk fetched when the part is shown (issue 30): nothing
//! until it is here, and nothing if it cannot be had (only optional parts are built this way;
//! a whole screen says so instead, `app::screens::ChunkScreen`).

use std::future::Future;

use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

/// Builds a part of a screen.
pub type Part = fn() -> AnyView;

/// Shows the part `load` gives, once it has given it.
#[component]
pub fn Later<F>(
    /// Fetches the part's code (a split function).
    load: F,
) -> impl IntoView
where
    F: Future<Output = Result<Part, SplitLoaderError>> + 'static,
{
    let part = RwSignal::new(None::<Part>);
    leptos::task::spawn_local(async move {
        if let Ok(ready) = load.await {
            // The screen may be gone meanwhile: then there is nothing to show it in.
            part.try_set(Some(ready));
        }
    });
    move || part.get().map(|build| build())
}
