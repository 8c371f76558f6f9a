//! The root component: owns the session, restores and saves it, and picks the screen.

use leptos::prelude::*;

use super::intro_page::IntroPage;
use super::notices::{StorageNotices, StorageStatus, UpdateNotice};
use super::question_page::QuestionPage;
use super::result_page::ResultPage;
use super::{focus_after_render, Dispatch};
use crate::domain::{restore, Notice, Snapshot, Step};
use crate::storage::{SaveError, Store};
use crate::APP_VERSION;

/// The whole app: header, storage notices, the current screen and the footer.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    let raw = store.load();
    let (restored, restore_error) = restore(raw.as_deref());
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
    });

    let session = RwSignal::new(restored);
    provide_context(Dispatch(session));

    // The one persistence effect: every change to what a snapshot holds is written at once.
    let last_saved = StoredValue::new(raw.unwrap_or_default());
    Effect::new(move |_| {
        let snapshot = session.with(|s| Snapshot::of(s, APP_VERSION));
        let json = snapshot.to_json();
        if !status.with_untracked(|s| s.persistent) || last_saved.with_value(|v| *v == json) {
            return;
        }
        let result = if snapshot.answers.is_empty() && snapshot.step == Step::Intro {
            store.clear()
        } else {
            store.save(&json)
        };
        let failed = matches!(result, Err(SaveError::Refused));
        if !failed {
            last_saved.set_value(json);
        }
        if status.with_untracked(|s| s.save_failed) != failed {
            status.update(|s| s.save_failed = failed);
        }
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
    crate::pwa::register(move || update_ready.set(true));

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
            <For each=move || [step.get()] key=|step| *step let(step)>
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
            <p class="site-footer__version">{format!("バージョン {APP_VERSION}")}</p>
        </footer>
    }
}
