//! The only file that talks to the browser's history (issue 19). Every screen the user moves to is
//! one entry of the browser's history, so the back and forward buttons move between screens as
//! the app's own buttons do, and never leave the app from inside it. Each screen has an address:
//! the app's own address with `?screen=<token>` (see `Step::token`), which any static host serves
//! without rewrite rules, under any sub-path, and offline through the service worker; a shared
//! result's address is its share link (`#r=…`). A plain visit to the app's address (no `screen`)
//! still opens where the saved progress is.
//!
//! Why not leptos_router: it routes by path, which needs the host to rewrite unknown paths to
//! index.html (a plain static host answers 404), and the app's screens are one saved state machine
//! (`Session::step`) rather than independent pages; a query parameter and this small module keep
//! both facts, and the wasm smaller.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::share;
use crate::store::session::PUBLISH_TOKEN;
use crate::store::{Action, Session, Step};

/// The query parameter that names the screen.
pub const SCREEN_PARAM: &str = "screen";

/// What an address asks to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    /// A screen (`?screen=part-2`).
    Screen(Step),
    /// The publishing page (`?screen=publish`), over the screen underneath.
    Publish,
}

impl Requested {
    /// The actions that open it.
    pub fn action(self) -> Action {
        match self {
            Requested::Screen(step) => Action::Open(step),
            Requested::Publish => Action::OpenPublishPage,
        }
    }
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The app's own address as it was opened, without the screen and without a fragment: what a
/// share link builds on (its other parameters, such as `?org=`, stay).
pub fn app_address() -> Option<String> {
    let url = web_sys::Url::new(&location()?.href().ok()?).ok()?;
    url.search_params().delete(SCREEN_PARAM);
    url.set_hash("");
    if url.search() == "?" {
        url.set_search("");
    }
    Some(url.href())
}

/// The language the address asks for (`?lang=en`, an embedding site's choice), if any.
pub fn query_lang() -> Option<crate::core::lang::Lang> {
    let url = web_sys::Url::new(&location()?.href().ok()?).ok()?;
    crate::core::lang::Lang::from_code(&url.search_params().get("lang")?)
}

/// The `screen` token of the current address, if it names a screen.
pub fn requested() -> Option<Requested> {
    let url = web_sys::Url::new(&location()?.href().ok()?).ok()?;
    parse(&url.search_params().get(SCREEN_PARAM)?)
}

fn parse(token: &str) -> Option<Requested> {
    if token == PUBLISH_TOKEN {
        return Some(Requested::Publish);
    }
    Step::from_token(token).map(Requested::Screen)
}

/// The history entry of a state: its key (also the entry's `state`) and its address.
fn entry(step: Step, publishing: bool) -> Option<(String, String)> {
    let url = web_sys::Url::new(&location()?.href().ok()?).ok()?;
    let key = if publishing {
        url.set_hash("");
        url.search_params().set(SCREEN_PARAM, PUBLISH_TOKEN);
        PUBLISH_TOKEN.to_string()
    } else if let Step::Shared(answers) = step {
        // The shared view's address is its share link.
        let code = share::encode(&answers)?;
        url.search_params().delete(SCREEN_PARAM);
        url.set_hash(&format!("r={code}"));
        format!("r={code}")
    } else {
        let token = step.token()?;
        url.set_hash("");
        url.search_params().set(SCREEN_PARAM, token);
        token.to_string()
    };
    // `Url` keeps an emptied search as `?`: drop it.
    if url.search() == "?" {
        url.set_search("");
    }
    Some((key, url.href()))
}

/// The address's fragment (`#r=…&d=…` for a share link), if any.
pub fn fragment() -> Option<String> {
    location()?.hash().ok()
}

/// Keeps the browser's history in step with the session: a new entry for every move to another
/// screen, and the session moved back and forth with the browser's buttons (`send` applies the
/// move). `on_fragment` is called when an entry's address holds a share link (`#r=…`, also when
/// one is pasted into the address bar of the open app).
pub fn install(
    session: ReadSignal<Session>,
    send: impl Fn(Action) + 'static,
    on_fragment: impl Fn() + 'static,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    // The entry the app opened on describes its screen, so coming back to it restores it. Its
    // address is only rewritten when it named a screen (that may have been refused: a result
    // without answers opens the first unanswered Part).
    let current = session.with_untracked(|s| (s.step, s.publish_page));
    let named = requested().is_some();
    let last = StoredValue::new(None::<String>);
    if let Some((key, url)) = entry(current.0, current.1) {
        let keep = location().and_then(|l| l.href().ok());
        let url = if named { Some(url) } else { keep };
        let _ = history.replace_state_with_url(&JsValue::from_str(&key), "", url.as_deref());
        last.set_value(Some(key));
    }

    // A move made by the app's own buttons is a new entry; a move made by the browser's buttons
    // (`popping`) already has one.
    let popping = StoredValue::new(false);
    let pusher = history.clone();
    Effect::new(move |_| {
        let (step, publishing) = session.with(|s| (s.step, s.publish_page));
        let Some((key, url)) = entry(step, publishing) else {
            return;
        };
        if popping.get_value() {
            popping.set_value(false);
            last.set_value(Some(key));
            return;
        }
        if last.with_value(|l| l.as_deref() == Some(key.as_str())) {
            return;
        }
        let _ = pusher.push_state_with_url(&JsValue::from_str(&key), "", Some(&url));
        last.set_value(Some(key));
    });

    let on_pop =
        Closure::<dyn FnMut(web_sys::PopStateEvent)>::new(move |event: web_sys::PopStateEvent| {
            let key = event.state().as_string();
            let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
            let shared =
                key.as_deref().is_some_and(|k| k.starts_with("r=")) || hash.starts_with("#r=");
            popping.set_value(true);
            if shared {
                on_fragment();
            } else {
                let wanted = key.as_deref().and_then(parse).or_else(requested);
                let action = wanted.map_or(Action::Open(Step::Intro), Requested::action);
                send(action);
            }
            // Nothing moved (the entry shows the screen already on view): nothing to absorb.
            let now = session.with_untracked(|s| (s.step, s.publish_page));
            if entry(now.0, now.1).map(|(k, _)| k) == last.get_value() {
                popping.set_value(false);
            }
        });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}
