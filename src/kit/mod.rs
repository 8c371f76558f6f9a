//! What every screen's components share: the context capabilities the app provides (the
//! session and its dispatcher, the saved records, the display language) and moving focus.
//! Components display state and dispatch actions through these; they never hold the state.

pub mod later;
pub mod text;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::lang::Lang;
use crate::core::{Action, Session};
use crate::store::records::{Records, RecordsAction};

/// Sends user intents to the session. Components get it from context instead of a raw signal.
#[derive(Clone, Copy)]
pub struct Dispatch(pub(crate) RwSignal<Session>);

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

/// Sends changes of the records (history, plan, profile, the after-the-diagnosis data).
/// Components get it from context; they read the records with [`use_records`] and never write
/// them: every change is a [`RecordsAction`], applied by `Records::apply`.
#[derive(Clone, Copy)]
pub struct RecordsDispatch(pub(crate) RwSignal<Records>);

impl RecordsDispatch {
    /// Applies one action now (the persistence effect saves the result).
    pub fn send(&self, action: RecordsAction) {
        let now = crate::platform::files::now_iso();
        self.0.update(|r| r.apply(action, &now));
    }
}

/// The records, read-only: history, action plan, profile and the after-the-diagnosis data.
pub fn use_records() -> ReadSignal<Records> {
    match use_context::<RecordsDispatch>() {
        Some(RecordsDispatch(records)) => records.read_only(),
        // Only reachable if a component is mounted outside <App/>.
        None => RwSignal::new(Records::default()).read_only(),
    }
}

/// The dispatcher of record changes provided by <App/>.
pub fn use_records_dispatch() -> RecordsDispatch {
    match use_context::<RecordsDispatch>() {
        Some(d) => d,
        None => RecordsDispatch(RwSignal::new(Records::default())),
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
