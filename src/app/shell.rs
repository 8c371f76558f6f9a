//! The root component: the providers and the page. What it puts together lives beside it: the
//! start from storage (`store::restore`), saving (`persistence`), the language (`language`),
//! the address (`routing`), the frame (`frame`) and the screen on view (`screens`).

use leptos::prelude::*;

use crate::app::chunks;
use crate::app::frame::Frame;
use crate::app::notices::StorageStatus;
use crate::app::screens::CurrentScreen;
use crate::kit::Dispatch;
use crate::platform::storage::Store;
use crate::store::restore::restore;
use crate::store::state::{Opened, State};

/// Whether <App/> may build its frame (header, notices, `<main>`, footer), and then the current
/// screen inside it, yet (see `super::start`): set one task after the other. Absent means yes.
#[derive(Clone, Copy)]
pub struct Staged {
    /// The frame may be built.
    pub frame: RwSignal<bool>,
    /// The screen may be built.
    pub screen: RwSignal<bool>,
}

/// Where a first visit already is when the app starts: what the user did on the static first
/// screens before the wasm arrived (issue 14). Absent on every other start.
#[derive(Clone)]
pub struct StartFrom(pub crate::platform::boot::Handover);

/// The whole app: the state restored from storage and saved on every change, the language, the
/// address, the app's services (updates, branding, the host page of a frame), and the frame
/// around the screen on view.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    let raw = store.load();
    // The reader's chunk is fetched before the app starts when something is saved
    // (`super::start`); were it missing, this tab keeps everything in memory and never writes
    // over that data.
    let reader = chunks::reader_here();
    let unread = raw.is_some() && reader.is_none();
    let restored = restore(raw.as_deref().zip(reader).map(|(raw, r)| (r.read)(raw)));
    // Unreadable data, or data of which a part was left out, is copied aside before the first
    // save can overwrite it; if even that fails, this session runs in memory.
    let can_write = match &raw {
        Some(raw) if restored.keep_aside => store.keep_backup(raw),
        _ => true,
    };
    let status = RwSignal::new(StorageStatus {
        persistent: store.is_persistent() && can_write && !unread,
        restore_error: restored.error,
        dropped: restored.dropped,
        save_failed: false,
        merged_from_other_tab: false,
        deleted: false,
    });
    let lang = crate::app::language::provide_language(&store);

    let State { session, records } = restored.state;
    let dispatch = Dispatch::new(RwSignal::new(session), RwSignal::new(records));
    provide_context(dispatch);
    crate::app::persistence::install(dispatch, status, store, restored.revision, restored.whole);
    dispatch.send(Opened);
    // Answers chosen on the static first screens before the wasm arrived are applied as the
    // user's own actions (so they are saved like any other), and the app opens on the Part shown.
    let from_static_page = use_context::<StartFrom>();
    if let Some(StartFrom(handover)) = &from_static_page {
        for action in handover.actions() {
            dispatch.send(action);
        }
    }
    let share_error = crate::app::routing::route(dispatch, from_static_page.is_some());

    let update_ready = RwSignal::new(false);
    crate::platform::pwa::register(move || update_ready.set(true));
    // The deployment's branding (config.json or ?org=) and, inside a frame, the host bridge.
    crate::features::publish::branding::provide_branding();
    crate::platform::embed::start();

    // The frame is built one task after the rest, and the screen one task after the frame (see
    // `super::start::mount`).
    let (frame_ready, ready) = use_context::<Staged>().map_or_else(
        || (RwSignal::new(true), RwSignal::new(true)),
        |s| (s.frame, s.screen),
    );
    // Keyed by language: switching rebuilds every screen in the other language. (A memo and a
    // closure, as `Show` is built: it re-runs, with new elements, only when the language
    // changes. `For` did the same with list-diffing code the main module need not carry.)
    let current = Memo::new(move |_| frame_ready.get().then(|| lang.get()));
    move || {
        current.get().map(|_| {
            view! {
                <Frame lang=lang status=status share_error=share_error update_ready=update_ready>
                    <CurrentScreen ready=ready />
                </Frame>
            }
        })
    }
}
