//! The root component: owns the session, restores and saves it, and picks the screen.

use leptos::prelude::*;

use super::intro_page::IntroPage;
use super::notices::{StorageNotices, StorageStatus, UpdateNotice};
use super::publish_page::PublishPage;
use super::question_page::QuestionPage;
use super::result_page::ResultPage;
use super::{focus_after_render, Dispatch};
use crate::domain::{restore, Action, Notice, Snapshot, Step};
use crate::storage::Store;
use crate::APP_VERSION;

/// The whole app: header, storage notices, the current screen and the footer.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    let raw = store.load();
    let (restored, restore_error) = restore(raw.as_deref());
    let restored_snapshot = raw.as_deref().and_then(|r| Snapshot::from_json(r).ok());
    // Unreadable data is copied aside before the first save can overwrite it; if even that
    // fails, this session runs in memory so the original bytes are never lost.
    let can_write = match (&restore_error, &raw) {
        (Some(_), Some(raw)) => store.keep_backup(raw),
        _ => true,
    };
    let status = RwSignal::new(StorageStatus {
        persistent: store.is_persistent() && can_write,
        restore_error: restore_error.map(|e| e.message()),
        save_failed: false,
        merged_from_other_tab: false,
    });

    let session = RwSignal::new(restored);
    provide_context(Dispatch(session));
    super::persistence::install(session, status, store, restored_snapshot);

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
    crate::pwa::register(move || update_ready.set(true));

    // The deployment's branding (config.json or ?org=) and, inside a frame, the host bridge.
    crate::config::provide_branding();
    crate::embed::start();
    let publishing = Memo::new(move |_| session.with(|s| s.publish_page));
    let dispatch = super::use_dispatch();

    view! {
        <header class="site-header">
            <p class="site-header__title">"情報セキュリティ自社診断"</p>
        </header>
        <StorageNotices status=status />
        <UpdateNotice ready=update_ready />
        <main id="main" class="page">
            // Keyed by screen so every screen change builds fresh elements. Rebuilding in place
            // would recycle one Part's radio buttons for the next Part's, and browsers keep a
            // recycled radio's checked state, which showed stale answers.
            <Show when=move || publishing.get()>
                <PublishPage />
            </Show>
            <For each=move || (!publishing.get()).then(|| step.get()) key=|step| *step let(step)>
                {match step {
                    Step::Intro => view! { <IntroPage /> }.into_any(),
                    Step::Part(part) => view! { <QuestionPage part=part /> }.into_any(),
                    Step::Result => view! { <ResultPage /> }.into_any(),
                }}
            </For>
        </main>
        <footer class="site-footer">
            <p>
                "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」。"
                "本ツールはその公開内容をもとに作成したもので、IPA が提供するものではありません。"
            </p>
            <p class="site-footer__publish">
                <button class="link-button" on:click=move |_| dispatch.send(Action::OpenPublishPage)>
                    "このツールを自社サイトに掲載する"
                </button>
            </p>
            <p class="site-footer__version">{format!("バージョン {APP_VERSION}")}</p>
        </footer>
    }
}
