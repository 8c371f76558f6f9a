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

/// Read access to the session for components. A component mounted outside <App/> (a bug) stops
/// with the error screen here, rather than showing an empty state and losing what it sends.
pub fn use_session() -> RwSignal<Session> {
    expect_context::<Dispatch>().0
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

/// The records, read-only: history, action plan, profile and the after-the-diagnosis data. Outside
/// <App/> (a bug), the error screen, as [`use_session`].
pub fn use_records() -> ReadSignal<Records> {
    use_records_dispatch().0.read_only()
}

/// The dispatcher of record changes provided by <App/>. Outside it (a bug), the error screen.
pub fn use_records_dispatch() -> RecordsDispatch {
    expect_context::<RecordsDispatch>()
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
