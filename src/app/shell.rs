//! The root component: owns the session, restores and saves it, and picks the screen.

use leptos::prelude::*;

use crate::app::lang_switch::LangSwitch;
use crate::app::notices::{StorageNotices, StorageStatus, UpdateNotice};
use crate::app::persistence::{SavedData, READ_AND_WRITE};
use crate::core::lang::{fill, Lang, Localized};
use crate::core::{share, Action, Notice, Session, Step};
use crate::features::after::beyond_page::BeyondPage;
use crate::features::after::model::drafts::DraftKind;
use crate::features::after::policy_draft::PolicyDraft;
use crate::features::after::rules_sheet::RulesSheet;
use crate::features::after::staff_handout::StaffHandout;
use crate::features::after::step_up_page::StepUpPage;
use crate::features::combine::combine_page::CombinePage;
use crate::features::diagnosis::intro_page::IntroPage;
use crate::features::diagnosis::question_page::QuestionPage;
use crate::features::history::history_page::HistoryPage;
use crate::features::plan::plan_page::PlanPage;
use crate::features::publish::publish_page::PublishPage;
use crate::features::report::report_page::ReportPage;
use crate::features::result::result_page::ResultPage;
use crate::features::result::shared_page::SharedPage;
use crate::kit::focus_after_render;
use crate::kit::Dispatch;
use crate::platform::storage::Store;
use crate::store::records::Records;
use crate::store::sync::Carried;
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

/// Which screens a build of the app holds. The whole app ([`ALL`]) holds every one; the first
/// visit's smaller wasm ([`crate::app::first_visit::SCREENS`], issue 16) holds the landing, the
/// questionnaire and the result in Japanese. A build links only the screens it names, so the
/// others are not in its wasm.
#[derive(Clone, Copy)]
pub struct Screens {
    /// Whether this build has the screen of `step`.
    pub holds: fn(Step) -> bool,
    /// The screen of a step it holds.
    pub screen: fn(Step) -> AnyView,
    /// The publishing page, if this build has it.
    pub publish: Option<fn() -> AnyView>,
    /// Whether this build speaks English.
    pub english: bool,
    /// How it reads and writes saved data. The first visit's part has no reader (on a first
    /// visit nothing is saved; the reader was about 37 KB of its gzipped wasm): saved data it
    /// finds (another tab's) hands the page over to the whole app.
    pub saved: SavedData,
}

/// Every screen, in both languages: the whole app.
pub const ALL: Screens = Screens {
    holds: |_| true,
    screen: |step| view! { <Screen step=step /> }.into_any(),
    publish: Some(|| view! { <PublishPage /> }.into_any()),
    english: true,
    saved: READ_AND_WRITE,
};

/// The whole app: header, storage notices, the current screen and the footer.
#[component]
pub fn App(
    /// The screens this build holds. Asked for one it does not hold, it hands over to the whole
    /// app: the address already names the screen and everything is saved, so the whole app,
    /// started in the same page (`crate::platform::part`, issue 16), opens it there.
    screens: Screens,
) -> impl IntoView {
    let store = Store::open();
    let raw = store.load();
    // Parsed once: the session, the records and the revision all come from this snapshot.
    // The first visit's part has no reader for saved data (see `Screens::saved`). Finding some
    // (another tab saved since this page was opened), it hands over to the whole app at once,
    // with what was done on the static first screens, and writes nothing.
    let unreadable_here = raw.is_some() && screens.saved.read.is_none();
    let parsed = match (raw.as_deref(), screens.saved.read) {
        (Some(raw), Some(read)) => Some(read(raw)),
        _ => None,
    };
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
        persistent: store.is_persistent() && can_write,
        restore_error,
        dropped,
        save_failed: false,
        merged_from_other_tab: false,
    });

    // Display language: ?lang= (an embedding site's choice) wins, then the remembered choice.
    let from_query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| {
            q.trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("lang="))
                .and_then(Lang::from_code)
        });
    let lang = RwSignal::new(
        from_query
            .or_else(|| store.load_lang().as_deref().and_then(Lang::from_code))
            .unwrap_or_default(),
    );
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
    if !unreadable_here {
        (screens.saved.install)(session, records, status, store, restored_revision, readable);
    }
    // Answers chosen on the static first screens before the wasm arrived are applied as the user's
    // own actions (so they are saved like any other), and the app opens on the Part shown.
    if let Some(StartFrom(handover)) = use_context::<StartFrom>() {
        session.update(|s| {
            for action in handover.actions() {
                s.apply(action);
            }
        });
    }

    if unreadable_here {
        // This task comes before the first runs of the effects below (see `app::start`), which
        // then find the part retired or have nothing to do: this path writes nothing.
        let carried = Carried::of(&crate::core::Answers::new(), &session.get_untracked());
        set_timeout(
            move || crate::platform::history::open_in_whole_app(None, Some(carried.to_text())),
            std::time::Duration::ZERO,
        );
    }
    // What the first visit's part handed over unsaved (it found data another tab saved) goes on
    // top of the saved data, as the user's own actions.
    if let Some(carried) =
        crate::platform::history::take_carried().and_then(|raw| Carried::from_text(&raw))
    {
        session.update(|s| {
            for action in carried.actions() {
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

    // What this build holds; anything else is handed over to the whole app (see `Screens`). The
    // hand-over waits a task, so the saving and the address effects have run.
    let holds = move |step: Step, publishing: bool, lang: Lang| {
        (if publishing {
            screens.publish.is_some()
        } else {
            (screens.holds)(step)
        }) && (screens.english || lang == Lang::Ja)
    };
    Effect::new(move |_| {
        let (step, publishing) = session.with(|s| (s.step, s.publish_page));
        let current = lang.get();
        // On the result, the first visit's part gets the whole app ready for the later screens.
        if step == Step::Result {
            crate::platform::part::prepare_whole_app();
        }
        if !holds(step, publishing, current) {
            set_timeout(
                move || crate::platform::history::open_in_whole_app(Some(current), None),
                std::time::Duration::ZERO,
            );
        }
    });
    // A build without English stays in Japanese until the whole app has taken over.
    let shown_lang = move || {
        if screens.english {
            lang.get()
        } else {
            Lang::Ja
        }
    };

    view! {
        // Keyed by language: switching rebuilds every screen in the other language.
        <For each=move || frame_ready.get().then(shown_lang) key=|l| *l let(_current)>
            <Frame lang=lang status=status share_error=share_error update_ready=update_ready>
                <Show when=move || publishing.get()>
                    {screens.publish.map(|page| page())}
                </Show>
                // Keyed by screen so every screen change builds fresh elements. Rebuilding in
                // place would recycle one Part's radio buttons for the next Part's, and browsers
                // keep a recycled radio's checked state, which showed stale answers.
                <For
                    each=move || (ready.get() && !publishing.get()).then(|| step.get()).filter(|s| (screens.holds)(*s))
                    key=|step| *step
                    let(step)
                >
                    {(screens.screen)(step)}
                </For>
            </Frame>
        </For>
    }
}

/// The screen for `step`: the one place that maps a step to its component.
#[component]
pub fn Screen(
    /// The step to show.
    step: Step,
) -> impl IntoView {
    match step {
        Step::Intro => view! { <IntroPage /> }.into_any(),
        Step::Part(part) => view! { <QuestionPage part=part /> }.into_any(),
        Step::Result => view! { <ResultPage /> }.into_any(),
        Step::Plan => view! { <PlanPage /> }.into_any(),
        Step::Report => view! { <ReportPage /> }.into_any(),
        Step::History => view! { <HistoryPage /> }.into_any(),
        Step::Shared(answers) => {
            // The day the link carries, if it was opened from one (not from the history).
            let date = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .and_then(|hash| share::fragment_date(&hash));
            view! { <SharedPage answers=answers date=date /> }.into_any()
        }
        Step::Beyond => view! { <BeyondPage /> }.into_any(),
        Step::Draft(DraftKind::Policy) => view! { <PolicyDraft /> }.into_any(),
        Step::Draft(DraftKind::Rules) => view! { <RulesSheet /> }.into_any(),
        Step::Draft(DraftKind::Handout) => view! { <StaffHandout /> }.into_any(),
        Step::StepUp => view! { <StepUpPage /> }.into_any(),
        Step::Combine => view! { <CombinePage /> }.into_any(),
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
    view! {
        <header class="site-header">
            <p class="site-header__title">{crate::app::text::texts(current).app_title}</p>
            <LangSwitch lang=lang />
        </header>
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
