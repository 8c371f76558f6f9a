//! The Leptos view: components that display the domain and dispatch [`Action`]s.

mod advice_card;
mod app;
mod intro_page;
mod notices;
mod part_nav;
mod progress;
mod question_card;
mod question_page;
mod restart_control;
mod result_page;
mod tally_table;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::{Action, Session};

pub use app::App;

/// Sends user intents to the session. Components get it from context instead of a raw signal.
#[derive(Clone, Copy)]
pub struct Dispatch(RwSignal<Session>);

impl Dispatch {
    /// Applies one action to the session (the persistence effect saves the result).
    pub fn send(&self, action: Action) {
        self.0.update(|s| s.apply(action));
    }
}

/// Read access to the session for components.
pub fn use_session() -> RwSignal<Session> {
    match use_context::<Dispatch>() {
        Some(Dispatch(session)) => session,
        // Only reachable if a component is mounted outside <App/>; render an empty session.
        None => RwSignal::new(Session::new()),
    }
}

/// The dispatcher provided by <App/>.
pub fn use_dispatch() -> Dispatch {
    Dispatch(use_session())
}

/// Installs the panic screen and mounts the app in `#app`, replacing the loading indicator.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_screen();
    }));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    if let Some(root) = root {
        root.set_text_content(None);
        leptos::mount::mount_to(root, App).forget();
    }
}

/// Replaces the page with a plain Japanese error screen. Built with DOM calls only (no wasm
/// state, no HTML strings), because the app may be in any state when this runs.
fn show_panic_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    body.set_text_content(None);
    let make = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(main) = document.create_element("main").ok() else {
        return;
    };
    main.set_class_name("panic-screen");
    let _ = main.set_attribute("role", "alert");
    let parts = [
        make("h1", "エラーが発生しました"),
        make(
            "p",
            "申し訳ありません。予期しない問題が起きたため、表示を続けられません。ここまでの回答はこの端末に保存されています。再読み込みすると続きから回答できます。",
        ),
    ];
    for el in parts.into_iter().flatten() {
        let _ = main.append_child(&el);
    }
    // A link to the current page reloads it without any script (works under a strict CSP).
    if let Some(link) = make("a", "再読み込み") {
        let _ = link.set_attribute("href", "");
        link.set_class_name("button button--primary");
        let _ = main.append_child(&link);
    }
    let _ = body.append_child(&main);
}

/// Moves keyboard and screen-reader focus to the element with `id` after the DOM has updated.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
