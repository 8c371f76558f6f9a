//! Where the app opens and how it moves: a share link opens its result read-only, an address that
//! names a screen opens it, the browser's back and forward buttons move between screens
//! (`platform::history`), and the focus follows every move.

use leptos::prelude::*;

use crate::core::share;
use crate::kit::{focus_after_render, Dispatch};
use crate::store::{Action, Notice};

/// Opens what the address asks for and keeps the browser's history in step with the session.
/// `from_static_page`: the static first screens already took the user somewhere (their screen
/// wins over the address). Returns the share link's error, if the address held a broken one.
pub fn route(dispatch: Dispatch, from_static_page: bool) -> RwSignal<Option<share::ShareError>> {
    let session = dispatch.session();
    // A share link (#r=…) opens that result read-only; a broken one says what is wrong. The same
    // when one is pasted into the open app (the history module sees the address change).
    let share_error = RwSignal::new(None::<share::ShareError>);
    let open_shared = move || match crate::platform::history::fragment()
        .as_deref()
        .and_then(share::parse_fragment)
    {
        Some(Ok(answers)) => {
            share_error.set(None);
            dispatch.send(Action::OpenShared(answers));
        }
        Some(Err(e)) => share_error.set(Some(e)),
        None => {}
    };
    open_shared();
    // An address that names a screen opens it (a bookmark, a link to 「診断の後に」, a reload).
    let shared = session.with_untracked(|s| matches!(s.step, crate::store::Step::Shared(_)));
    if !from_static_page && !shared && share_error.with_untracked(Option::is_none) {
        if let Some(requested) = crate::platform::history::requested() {
            dispatch.send(requested.action());
        }
    }
    crate::platform::history::install(session, move |action| dispatch.send(action), open_shared);

    // Focus follows navigation: the new screen's heading, or the question the user was sent to.
    Effect::new(move |prev: Option<u32>| {
        let (navigation, notice) = session.with(|s| (s.navigation, s.notice));
        if prev.is_some_and(|p| p != navigation) {
            let target = match notice {
                Some(Notice::Unanswered { first, .. }) => format!("q-{first}"),
                None => "screen-heading".to_string(),
            };
            focus_after_render(target);
        }
        navigation
    });
    share_error
}
