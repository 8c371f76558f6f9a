//! What every screen's components share: the context capabilities the app provides (the
//! session and its dispatcher, the saved records, the display language) and moving focus.
//! Components display state and dispatch actions through these; they never hold the state.

pub mod later;
pub mod text;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::lang::Lang;
use crate::store::records::Records;
use crate::store::state::{Changed, Intent, State};
use crate::store::Session;

/// Sends user intents: every change of the app's state is an [`Action`] applied by the one
/// `State::apply` (`store::state`). Components get it from context instead of raw signals. The
/// state lives in two signals, the session and the records, so that a change of one does not
/// wake the readers of the other (typing a note re-renders no question).
#[derive(Clone, Copy)]
pub struct Dispatch {
    session: RwSignal<Session>,
    records: RwSignal<Records>,
}

impl Dispatch {
    /// The dispatcher of the state held in `session` and `records` (the app provides it).
    pub fn new(session: RwSignal<Session>, records: RwSignal<Records>) -> Dispatch {
        Dispatch { session, records }
    }

    /// Applies one action now (the persistence effect saves the result) and tells the readers
    /// of what changed: a diagnosis' action, a records' action, or one of the app's own
    /// (`store::state::Intent`).
    pub fn send(&self, action: impl Intent) {
        let now = crate::platform::files::now_iso();
        let mut changed = Changed::default();
        self.session.update_untracked(|session| {
            self.records.update_untracked(|records| {
                // Moved into a whole state for `apply` and back: two moves, no copy.
                let mut state = State {
                    session: std::mem::take(session),
                    records: std::mem::take(records),
                };
                changed = state.apply(action, &now);
                *session = state.session;
                *records = state.records;
            })
        });
        if changed.session {
            self.session.notify();
        }
        if changed.records {
            self.records.notify();
        }
    }

    /// The session, to read (it changes only through [`Dispatch::send`]).
    pub fn session(&self) -> ReadSignal<Session> {
        self.session.read_only()
    }

    /// The records, to read.
    pub fn records(&self) -> ReadSignal<Records> {
        self.records.read_only()
    }
}

/// Read access to the session for components. A component mounted outside <App/> (a bug) stops
/// with the error screen here, rather than showing an empty state and losing what it sends.
pub fn use_session() -> ReadSignal<Session> {
    use_dispatch().session()
}

/// The dispatcher provided by <App/>. Outside it (a bug), the error screen.
pub fn use_dispatch() -> Dispatch {
    expect_context::<Dispatch>()
}

/// The display language of the screen being built. The app rebuilds every screen when the
/// language changes, so components read it once.
pub fn lang() -> Lang {
    use_context::<RwSignal<Lang>>().map_or(Lang::Ja, |l| l.get_untracked())
}

/// The records, read-only: history, action plan, profile and the after-the-diagnosis data. Outside
/// <App/> (a bug), the error screen, as [`use_session`].
pub fn use_records() -> ReadSignal<Records> {
    use_dispatch().records()
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
