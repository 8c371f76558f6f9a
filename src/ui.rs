//! The Leptos view: components that display the domain and dispatch [`Action`]s.

mod advice_card;
mod app;
mod beyond_page;
mod combine_page;
mod contact_desk;
mod draft_editor;
mod history_page;
mod intro_page;
mod lang_switch;
mod notices;
mod org_banner;
mod part_nav;
mod persistence;
mod plan_page;
mod policy_draft;
pub mod prerender;
mod progress;
mod publish_page;
mod question_card;
mod question_page;
mod report_page;
mod restart_control;
mod result_chart;
mod result_page;
mod result_summary;
mod rules_sheet;
mod share_panel;
mod shared_page;
mod staff_handout;
mod star_two_checklist;
mod step_up_page;
mod tally_table;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::{Lang, Texts};
use crate::domain::records::Records;
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

/// The display language of the screen being built. The app rebuilds every screen when the
/// language changes, so components read it once.
pub fn lang() -> Lang {
    use_context::<RwSignal<Lang>>().map_or(Lang::Ja, |l| l.get_untracked())
}

/// The UI wording in the current language.
pub fn texts() -> &'static Texts {
    lang().texts()
}

/// History, action plan and profile, shared by the result screens (saved with the session).
pub fn use_records() -> RwSignal<Records> {
    match use_context::<RwSignal<Records>>() {
        Some(records) => records,
        None => RwSignal::new(Records::default()),
    }
}

/// Installs the panic screen, then mounts the app in `#app` (replacing the static landing or the
/// loading indicator) in a task of its own: the wasm's start-up and the first render are two
/// shorter tasks instead of one long one, so a slow phone can answer a tap in between.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_screen();
    }));
    set_timeout(mount, std::time::Duration::ZERO);
}

/// Whether <App/> may build the current screen yet (see [`mount`]). Absent means yes.
#[derive(Clone, Copy)]
pub struct ScreenReady(pub RwSignal<bool>);

/// Where a first visit already is when the app starts: what the user did on the static first
/// screens before the wasm arrived (issue 14). Absent on every other start.
#[derive(Clone)]
pub struct StartFrom(pub crate::boot::Handover);

/// Builds the app and puts it in `#app`.
///
/// The app is built into a detached container in two tasks: first the frame (storage, session,
/// header, notices, footer), then, in the next task, the screen; a third task shows it. A slow
/// phone thus never runs one long task for the whole first render, and what is on screen until
/// then (the static landing or the loading indicator) stays, so nothing flashes.
fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    // On a first visit the static first screens may already be in use (issue 14): from here on
    // their clicks wait for the app, which starts where the user is.
    let handover = crate::boot::take();
    if let Some(root) = root {
        match document
            .create_element("div")
            .ok()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            Some(staging) => {
                let ready = RwSignal::new(false);
                let start = handover.clone();
                leptos::mount::mount_to(staging.clone(), move || {
                    provide_context(ScreenReady(ready));
                    if let Some(start) = start {
                        provide_context(StartFrom(start));
                    }
                    view! { <App /> }
                })
                .forget();
                set_timeout(
                    move || {
                        ready.set(true);
                        set_timeout(
                            move || {
                                let late =
                                    handover.as_ref().and_then(|_| crate::boot::read_again());
                                root.set_text_content(None);
                                let _ = root.append_child(&staging);
                                if let Some(handover) = &handover {
                                    crate::boot::hand_back(&root, handover, late.as_ref());
                                }
                            },
                            std::time::Duration::ZERO,
                        );
                    },
                    std::time::Duration::ZERO,
                );
            }
            None => {
                root.set_text_content(None);
                leptos::mount::mount_to(root, App).forget();
            }
        }
    }
    // `?__panic` forces a panic after start, so the error screen can be checked in a real
    // browser (tests/e2e/reliability.test.mjs). It touches no data.
    let search = web_sys::window().and_then(|w| w.location().search().ok());
    if search.is_some_and(|s| s.contains("__panic")) {
        panic!("forced panic (?__panic) to check the error screen");
    }
}

/// Replaces the page with a plain Japanese error screen. `public/boot.js` provides it (with
/// 「再読み込み」 and 「データをダウンロード」 built from localStorage alone); if that script is
/// missing, a minimal screen is built here with DOM calls (no HTML strings).
fn show_panic_screen() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(fatal) = js_sys::Reflect::get(&window, &"__jishinShindanFatal".into()) {
        if let Some(fatal) = fatal.dyn_ref::<js_sys::Function>() {
            if fatal.call0(&window).is_ok() {
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
    body.set_text_content(None);
    for (tag, text) in [
        ("h1", "エラーが発生しました"),
        ("p", "予期しない問題が起きました。ここまでの回答はこの端末に保存されています。ページを再読み込みしてください。"),
    ] {
        if let Ok(el) = document.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = body.append_child(&el);
        }
    }
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
