//! Start-up: the panic screen, then the app built and mounted in `#app` (replacing a first
//! visit's static screens or the loading indicator) in short tasks.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::shell::{App, Staged, StartFrom};
use crate::core::lang::Lang;

/// Installs the panic screen and reads the static first screens (a first visit), then mounts the
/// app in `#app`, replacing the static landing or the loading indicator, in tasks of its own
/// ([`mount`]): a slow phone can answer a tap in between.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_screen();
    }));
    // Before Leptos sets its own (which `mount_to` tries, and then keeps this one).
    let _ = any_spawner::Executor::init_custom_executor(Spawner);
    // On a first visit the static first screens may already be in use (issue 14): from here on
    // their clicks wait for the app, which starts where the user is. Read in a task of its own,
    // neither in the one that started the wasm nor in the app's first: each is long already.
    next_task(Box::new(move || {
        let handover = crate::platform::boot::take();
        // Saved data is read by a chunk of its own, and English is one (a first visit needs
        // neither): what is needed is fetched first. Without the reader, the load error screen
        // offers to reload and nothing saved is touched; without English, the app opens in
        // Japanese.
        let store = crate::platform::storage::Store::open();
        let reader = store.load().is_some();
        let english = super::language::initial_lang(&store) == Lang::En;
        if reader || english {
            leptos::task::spawn_local(async move {
                if reader && super::chunks::fetch_reader().await.is_err() {
                    show_error_screen("load");
                    return;
                }
                if english {
                    let _ = super::chunks::fetch_english().await;
                }
                next_task(Box::new(move || mount(handover)));
            });
        } else {
            next_task(Box::new(move || mount(handover)));
        }
    }));
}

/// Builds the app and puts it in `#app`.
///
/// The app is built into a detached container in three tasks: first its state (storage, session,
/// the saving and the listeners), then the frame (header, notices, footer), then the screen; a
/// fourth task shows it. A slow phone thus never runs one long task for the whole first render
/// (issue 14: a person may be answering on the static page meanwhile), and what is on screen
/// until then (the static landing or the loading indicator) stays, so nothing flashes.
fn mount(handover: Option<crate::platform::boot::Handover>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    if let Some(root) = root {
        match document
            .create_element("div")
            .ok()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            Some(staging) => {
                let staged = Staged {
                    frame: RwSignal::new(false),
                    screen: RwSignal::new(false),
                };
                let start = handover.clone();
                let container = staging.clone();
                // The app's state is built in this task; the first runs of its effects (the
                // first save, the address, the config's fetch, the service worker) in the next.
                deferring_spawns(Box::new(move || {
                    leptos::mount::mount_to(container, move || {
                        provide_context(staged);
                        if let Some(start) = start {
                            provide_context(StartFrom(start));
                        }
                        view! { <App /> }
                    })
                    .forget();
                }));
                next_task(Box::new(move || {
                    staged.frame.set(true);
                    next_task(Box::new(move || {
                        staged.screen.set(true);
                        next_task(Box::new(move || {
                            let late = handover
                                .as_ref()
                                .and_then(|_| crate::platform::boot::read_again());
                            root.set_text_content(None);
                            let _ = root.append_child(&staging);
                            if let Some(handover) = &handover {
                                crate::platform::boot::hand_back(&root, handover, late.as_ref());
                            }
                        }));
                    }));
                }));
            }
            None => {
                root.set_text_content(None);
                leptos::mount::mount_to(root, move || view! { <App /> }).forget();
            }
        }
    }
    // A panic after start, so the error screen can be checked in a real browser
    // (tests/e2e/reliability.test.mjs). Asked for through this tab's sessionStorage, which only a
    // script of this origin can set: no link can show a visitor the error screen. It touches no data.
    let forced = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(TEST_PANIC_KEY).ok().flatten());
    if forced.is_some() {
        panic!("forced panic ({TEST_PANIC_KEY}) to check the error screen");
    }
}

/// Runs `step` in a task of its own. Not generic: one copy serves every stage of [`mount`].
fn next_task(step: Box<dyn FnOnce()>) {
    set_timeout(step, std::time::Duration::ZERO);
}

thread_local! {
    /// Whether spawned tasks wait for a task of their own ([`deferring_spawns`]).
    static DEFERRING: Cell<bool> = const { Cell::new(false) };
}

/// Leptos's executor: as its own for the browser (each task runs in a microtask, so an effect
/// runs before the frame is painted), except while [`deferring_spawns`] holds the tasks spawned
/// back for a task of their own.
struct Spawner;

impl any_spawner::CustomExecutor for Spawner {
    fn spawn(&self, task: any_spawner::PinnedFuture<()>) {
        // No threads in the browser: Leptos spawns locally there, and so does this.
        self.spawn_local(task);
    }

    fn spawn_local(&self, task: any_spawner::PinnedLocalFuture<()>) {
        if DEFERRING.get() {
            set_timeout(
                move || wasm_bindgen_futures::spawn_local(task),
                std::time::Duration::ZERO,
            );
        } else {
            wasm_bindgen_futures::spawn_local(task);
        }
    }

    fn poll_local(&self) {}
}

/// Runs `build`; each task it spawns (its effects' first runs among them) starts in a task of
/// its own, after `build`'s, in the order spawned. The app's start-up is thus many short tasks
/// instead of one (issue 14: a slow phone answers a tap in between).
fn deferring_spawns(build: Box<dyn FnOnce()>) {
    DEFERRING.set(true);
    build();
    DEFERRING.set(false);
}

/// The sessionStorage key with which a browser test asks for a panic after start.
const TEST_PANIC_KEY: &str = "jishin-shindan.test-panic";

/// Replaces the page with a plain error screen. `public/boot.js` provides it (with
/// 「再読み込み」 and 「データをダウンロード」 built from localStorage alone); if that script is
/// missing, a minimal screen is built here with DOM calls (no HTML strings).
fn show_panic_screen() {
    show_error_screen("panic");
}

/// Replaces the page with public/boot.js' error screen of `kind` (`panic`, or `load`: the app's
/// files could not be had); if that script is missing, a minimal screen built here with DOM calls
/// (no HTML strings).
fn show_error_screen(kind: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(fatal) = js_sys::Reflect::get(&window, &"__jishinShindanFatal".into()) {
        if let Some(fatal) = fatal.dyn_ref::<js_sys::Function>() {
            if fatal.call1(&window, &kind.into()).is_ok() {
                return;
            }
        }
    }
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    // The language the page shows (`app::language` keeps <html lang> in step).
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::Ja);
    let t = super::text::texts(lang);
    body.set_text_content(None);
    for (tag, text) in [("h1", t.crash_title), ("p", t.crash_detail)] {
        if let Ok(el) = document.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = body.append_child(&el);
        }
    }
}
