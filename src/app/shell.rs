//! The root component: owns the session, restores and saves it, and picks the screen.

use leptos::prelude::*;

use crate::app::chunks::{self, Chunk};
use crate::app::lang_switch::{EnglishFetch, EnglishNote, LangSwitch};
use crate::app::notices::{StorageNotices, StorageStatus, UpdateNotice};
use crate::core::lang::{fill, Lang, Localized};
use crate::core::{share, Action, Notice, Session, Step};
use crate::features::diagnosis::intro_page::IntroPage;
use crate::features::diagnosis::question_page::QuestionPage;
use crate::features::result::result_page::ResultPage;
use crate::kit::focus_after_render;
use crate::kit::Dispatch;
use crate::platform::storage::Store;
use crate::store::records::Records;
use crate::APP_VERSION;

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

/// The language the app opens in: `?lang=` (an embedding site's choice), else the one remembered
/// on this device, else Japanese.
pub fn initial_lang(store: &Store) -> Lang {
    crate::platform::history::query_lang()
        .or_else(|| store.load_lang().as_deref().and_then(Lang::from_code))
        .unwrap_or_default()
}

/// The whole app: header, storage notices, the current screen and the footer.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    let raw = store.load();
    // Parsed once: the session, the records and the revision all come from this snapshot. The
    // reader's chunk is fetched before the app starts when something is saved (`super::start`);
    // were it missing, this tab would keep everything in memory and never write over that data.
    let reader = chunks::reader_here();
    let unread = raw.is_some() && reader.is_none();
    let parsed = raw
        .as_deref()
        .zip(reader)
        .map(|(raw, reader)| (reader.read)(raw));
    let (mut restored_snapshot, restore_error) = match parsed {
        Some(Ok(snapshot)) => (Some(snapshot), None),
        Some(Err(e)) => (None, Some(e)),
        None => (None, None),
    };
    // Unreadable data, or data of which a part was left out as not valid, is copied aside before
    // the first save can overwrite it; if even that fails, this session runs in memory so the
    // original bytes are never lost.
    let dropped = restored_snapshot
        .as_mut()
        .map(|s| std::mem::take(&mut s.dropped))
        .unwrap_or_default();
    let can_write = match &raw {
        Some(raw) if restore_error.is_some() || !dropped.is_empty() => store.keep_backup(raw),
        _ => true,
    };
    // What is left once the invalid parts are out is written whole by the first save.
    let complete = dropped.is_empty();
    let status = RwSignal::new(StorageStatus {
        persistent: store.is_persistent() && can_write && !unread,
        restore_error,
        dropped,
        save_failed: false,
        merged_from_other_tab: false,
    });

    // Display language: ?lang= (an embedding site's choice) wins, then the remembered choice.
    // English is shown once its chunk is here (`super::start` fetches it first; without it,
    // Japanese).
    let lang = RwSignal::new(match initial_lang(&store) {
        Lang::En if !chunks::english_here() => Lang::Ja,
        wanted => wanted,
    });
    provide_context(lang);
    let lang_store = store.clone();
    Effect::new(move |prev: Option<Lang>| {
        let current = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", current.code());
        }
        if prev.is_some_and(|p| p != current) {
            lang_store.save_lang(current.code());
            crate::kit::focus_after_render("lang-switch".to_string());
        }
        current
    });

    // The snapshot's parts are moved out, not copied: the records may hold years of history.
    let (restored, restored_records, restored_revision, readable) = match restored_snapshot {
        Some(snapshot) => (
            snapshot.session(),
            snapshot.records,
            snapshot.revision,
            complete,
        ),
        None => (Session::new(), Records::default(), 0, false),
    };
    let session = RwSignal::new(restored);
    let records = RwSignal::new(restored_records);
    provide_context(Dispatch(session));
    provide_context(crate::kit::RecordsDispatch(records));
    crate::app::persistence::install(session, records, status, store, restored_revision, readable);
    // Answers chosen on the static first screens before the wasm arrived are applied as the user's
    // own actions (so they are saved like any other), and the app opens on the Part shown.
    if let Some(StartFrom(handover)) = use_context::<StartFrom>() {
        session.update(|s| {
            for action in handover.actions() {
                s.apply(action);
            }
        });
    }

    // A share link (#r=…) opens that result read-only; a broken one says what is wrong. The same
    // when one is pasted into the open app (the history module sees the address change).
    let share_error = RwSignal::new(None::<share::ShareError>);
    let open_shared = move || {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok());
        match hash.as_deref().and_then(share::parse_fragment) {
            Some(Ok(answers)) => {
                share_error.set(None);
                session.update(|s| s.apply(Action::OpenShared(answers)));
            }
            Some(Err(e)) => share_error.set(Some(e)),
            None => {}
        }
    };
    open_shared();
    // An address that names a screen opens it (a bookmark, a link to 「診断の後に」, a reload), unless
    // the static first screens already took the user somewhere.
    let shared = session.with_untracked(|s| matches!(s.step, Step::Shared(_)));
    if use_context::<StartFrom>().is_none()
        && !shared
        && share_error.with_untracked(Option::is_none)
    {
        if let Some(requested) = crate::platform::history::requested() {
            session.update(|s| s.apply(requested.action()));
        }
    }
    crate::platform::history::install(session, open_shared);

    // Reaching the result records the diagnosis in the history: a new diagnosis as a new entry,
    // a reviewed one by updating its own entry (Records::record_result has the rule).
    Effect::new(move |prev: Option<Step>| {
        let step = session.with(|s| s.step);
        if step == Step::Result && prev != Some(Step::Result) {
            let now = crate::platform::files::now_iso();
            let mut next = session.get_untracked();
            records.update(|r| r.keep_result(&mut next, &now));
            if session.with_untracked(|s| s.entry != next.entry) {
                session.set(next);
            }
        }
        step
    });

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

    let step = Memo::new(move |_| session.with(|s| s.step));

    let update_ready = RwSignal::new(false);
    crate::platform::pwa::register(move || update_ready.set(true));

    // The deployment's branding (config.json or ?org=) and, inside a frame, the host bridge.
    crate::platform::config::provide_branding();
    crate::platform::embed::start();
    let publishing = Memo::new(move |_| session.with(|s| s.publish_page));
    // The frame is built one task after the rest, and the screen one task after the frame (see
    // `super::start::mount`). The publishing page needs no such wait: it is never open at start
    // (it is not saved).
    let (frame_ready, ready) = use_context::<Staged>().map_or_else(
        || (RwSignal::new(true), RwSignal::new(true)),
        |s| (s.frame, s.screen),
    );

    // The later screens' code, fetched when one is first opened (see `chunks`).
    let loaded = RwSignal::new(Vec::<(Chunk, Fetch)>::new());
    Effect::new(move |_| {
        let needed = session.with(|s| Chunk::needed(s.step, s.publish_page));
        if let Some(chunk) = needed {
            if loaded.with_untracked(|l| l.iter().all(|(c, _)| *c != chunk)) {
                fetch(loaded, chunk);
            }
        }
    });

    view! {
        // Keyed by language: switching rebuilds every screen in the other language.
        <For each=move || frame_ready.get().then(|| lang.get()) key=|l| *l let(_current)>
            <Frame lang=lang status=status share_error=share_error update_ready=update_ready>
                <Show when=move || publishing.get()>
                    <ChunkScreen step=Step::Intro chunk=Chunk::Publish loaded=loaded />
                </Show>
                // Keyed by screen so every screen change builds fresh elements. Rebuilding in
                // place would recycle one Part's radio buttons for the next Part's, and browsers
                // keep a recycled radio's checked state, which showed stale answers.
                <For
                    each=move || (ready.get() && !publishing.get()).then(|| step.get())
                    key=|step| *step
                    let(step)
                >
                    {match Chunk::of(step) {
                        None => view! { <Screen step=step /> }.into_any(),
                        Some(chunk) => view! { <ChunkScreen step=step chunk=chunk loaded=loaded /> }.into_any(),
                    }}
                </For>
            </Frame>
        </For>
    }
}

/// A screen of the main module: the landing, a Part, the result. (Every other screen is in a
/// chunk: [`ChunkScreen`].) Also rendered at build time for the static first screens.
#[component]
pub fn Screen(
    /// The step to show.
    step: Step,
) -> impl IntoView {
    match step {
        Step::Intro => view! { <IntroPage /> }.into_any(),
        Step::Part(part) => view! { <QuestionPage part=part /> }.into_any(),
        Step::Result => view! { <ResultPage /> }.into_any(),
        // In chunks (see `ChunkScreen`).
        _ => ().into_any(),
    }
}

/// Where the code of a chunk is.
#[derive(Clone, Copy)]
enum Fetch {
    /// On its way.
    Pending,
    /// Could not be had; 「再試行」 asks again.
    Failed,
    /// Here: its screens.
    Ready(chunks::Screens),
}

/// By state only: a chunk's screens, once here, never change.
impl PartialEq for Fetch {
    fn eq(&self, other: &Self) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

fn state_of(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk) -> Option<Fetch> {
    loaded.with(|l| l.iter().find(|(c, _)| *c == chunk).map(|(_, f)| *f))
}

fn set_state(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk, fetch: Fetch) {
    loaded.update(|l| match l.iter_mut().find(|(c, _)| *c == chunk) {
        Some(entry) => entry.1 = fetch,
        None => l.push((chunk, fetch)),
    });
}

/// Fetches the code of `chunk` (nothing is lost meanwhile: every answer and record is in the
/// main module, and saved).
fn fetch(loaded: RwSignal<Vec<(Chunk, Fetch)>>, chunk: Chunk) {
    set_state(loaded, chunk, Fetch::Pending);
    leptos::task::spawn_local(async move {
        let state = match chunks::load(chunk).await {
            Ok(screens) => Fetch::Ready(screens),
            Err(_) => Fetch::Failed,
        };
        set_state(loaded, chunk, state);
    });
}

/// A screen whose code is in a chunk: 「準備しています…」 until it is here, then the screen; a
/// chunk that cannot be had says so, with 「再試行」.
#[component]
fn ChunkScreen(
    /// The step to show.
    step: Step,
    /// The chunk that holds its code.
    chunk: Chunk,
    /// The chunks fetched so far.
    loaded: RwSignal<Vec<(Chunk, Fetch)>>,
) -> impl IntoView {
    let state = Memo::new(move |_| state_of(loaded, chunk));
    // The screen's heading gets the focus when its code arrives after the move (the move's own
    // focus found no heading), unless the user has put it elsewhere meanwhile.
    let focused_before = document().active_element();
    Effect::new(move |prev: Option<bool>| {
        let ready = matches!(state.get(), Some(Fetch::Ready(_)));
        if prev == Some(false) && ready {
            let now = document().active_element();
            let untouched = now
                .as_ref()
                .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"))
                || now == focused_before;
            if untouched {
                focus_after_render("screen-heading".to_string());
            }
        }
        ready
    });
    let t = crate::app::text::texts(crate::kit::lang());
    move || {
        match state.get() {
        Some(Fetch::Ready(screens)) => screens(step),
        Some(Fetch::Failed) => view! {
            <div class="notices" role="alert">
                <p class="notice notice--error" data-testid="chunk-failed">{t.chunk_failed}</p>
                <button class="button" on:click=move |_| fetch(loaded, chunk)>{t.retry}</button>
            </div>
        }
        .into_any(),
        _ => view! { <p class="chunk-pending" role="status" data-testid="chunk-pending">{t.preparing}</p> }
            .into_any(),
    }
    }
}

/// The page around every screen: the header with the language switch, the notices, `<main>` with
/// the screen, and the footer. Also rendered at build time around the static first screens
/// (`crate::app::prerender`), so both must stay one component.
#[component]
pub fn Frame(
    /// The display language (the header's switch sets it).
    lang: RwSignal<Lang>,
    /// Where the answers are kept, and what went wrong with it.
    status: RwSignal<StorageStatus>,
    /// A share link that could not be read.
    share_error: RwSignal<Option<share::ShareError>>,
    /// True once a new release waits.
    update_ready: RwSignal<bool>,
    /// The screen(s) inside `<main>`.
    children: Children,
) -> impl IntoView {
    let current = lang.get_untracked();
    let dispatch = crate::kit::use_dispatch();
    let english = RwSignal::new(EnglishFetch::Idle);
    view! {
        <header class="site-header">
            <p class="site-header__title">{crate::app::text::texts(current).app_title}</p>
            <LangSwitch lang=lang fetch=english />
        </header>
        <EnglishNote fetch=english />
        {(current == Lang::En).then(|| view! {
            <p class="unofficial" data-testid="unofficial">{crate::app::text::texts(current).unofficial}</p>
        })}
        <StorageNotices status=status />
        {move || share_error.get().map(|e| e.text(lang.get())).map(|message| view! {
            <div class="notices" role="alert">
                <p class="notice notice--error" data-testid="share-error">{message}</p>
            </div>
        })}
        <UpdateNotice ready=update_ready />
        <main id="main" class="page">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{crate::app::text::texts(current).footer_source}</p>
            <p class="site-footer__publish">
                <button class="link-button" on:click=move |_| dispatch.send(Action::OpenPublishPage)>
                    {crate::kit::text::texts(current).footer_publish}
                </button>
            </p>
            <p class="site-footer__version">{fill(crate::app::text::texts(current).version, &[("v", APP_VERSION.to_string())])}</p>
        </footer>
    }
}
