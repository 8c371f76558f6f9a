//! Which part of the app owns the page (issue 16). A first visit runs the smaller first part; asked
//! for anything it does not hold, it hands the page over to the whole app **in the same page**:
//! the page's loader (scripts/precache.mjs, `window.__jishinWhole`) starts the whole app's wasm,
//! which replaces the first part's screen, without reloading the page. The first part's listeners
//! on the window, the document and the service worker were set up for the page's life and stay
//! registered, so each asks [`retired`] first and does nothing once the page is handed over.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

static RETIRED: AtomicBool = AtomicBool::new(false);

/// Whether this part has handed the page over to the whole app.
pub fn retired() -> bool {
    RETIRED.load(Ordering::Relaxed)
}

/// Calls `window.__jishinWhole[name]()`; false when the page's loader offers no such call (the
/// whole app runs, or an older page).
fn call(name: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(loader) = js_sys::Reflect::get(&window, &"__jishinWhole".into())
        .ok()
        .filter(|v| v.is_object())
    else {
        return false;
    };
    js_sys::Reflect::get(&loader, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call0(&loader).is_ok())
}

/// Gets the whole app ready while the user reads the result: its script and wasm are fetched
/// and compiled in the background, but only once the service worker controls the page, which
/// means they come from its cache and cost no download (the loader waits for that). A no-op in
/// the whole app and after the hand-over: the loader's call is gone then.
pub fn prepare_whole_app() {
    call("prepare");
}

/// Starts the whole app in this page and retires this part (asked once: the loader removes its
/// call). False when the page cannot (no such loader): the caller reloads the page instead.
pub fn start_whole_app() -> bool {
    let started = call("start");
    if started {
        RETIRED.store(true, Ordering::Relaxed);
    }
    started
}
