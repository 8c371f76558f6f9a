//! 日本語 / English: the display language switch (remembered on this device).

use leptos::prelude::*;

use crate::app::chunks;
use crate::core::lang::Lang;

/// Where the English text is, once asked for (it is a chunk of its own: `chunks::fetch_english`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnglishFetch {
    /// Not asked for, or here.
    Idle,
    /// On its way: 「準備しています…」.
    Pending,
    /// Could not be had: pressing English again tries again.
    Failed,
}

/// Two toggle buttons; the current language is `aria-pressed`. English is shown once its text is
/// here: fetched on the first press, meanwhile `fetch` says so (the frame shows it).
#[component]
pub fn LangSwitch(
    /// The app's language signal.
    lang: RwSignal<Lang>,
    /// Where the English text is.
    fetch: RwSignal<EnglishFetch>,
) -> impl IntoView {
    let current = lang.get_untracked();
    let choose = move |l: Lang| {
        if l == Lang::Ja || chunks::english_here() {
            lang.set(l);
            return;
        }
        fetch.set(EnglishFetch::Pending);
        leptos::task::spawn_local(async move {
            match chunks::fetch_english().await {
                Ok(()) => {
                    fetch.set(EnglishFetch::Idle);
                    lang.set(l);
                }
                Err(_) => fetch.set(EnglishFetch::Failed),
            }
        });
    };
    view! {
        <div class="lang-switch" role="group" aria-label=crate::app::text::texts(current).language>
            {Lang::ALL
                .into_iter()
                .map(|l| view! {
                    <button
                        id=(l == current).then_some("lang-switch")
                        class="lang-switch__button"
                        lang=l.code()
                        aria-pressed=if l == current { "true" } else { "false" }
                        on:click=move |_| choose(l)
                    >
                        {l.native_name()}
                    </button>
                })
                .collect_view()}
        </div>
    }
}

/// What the frame says while the English text is fetched, or when it could not be had.
#[component]
pub fn EnglishNote(
    /// Where the English text is.
    fetch: RwSignal<EnglishFetch>,
) -> impl IntoView {
    move || {
        let t = crate::app::text::texts(crate::kit::lang());
        match fetch.get() {
            EnglishFetch::Idle => ().into_any(),
            EnglishFetch::Pending => view! {
                <div class="notices" role="status">
                    <p class="notice" data-testid="english-pending">{t.preparing}</p>
                </div>
            }
            .into_any(),
            EnglishFetch::Failed => view! {
                <div class="notices" role="alert">
                    <p class="notice notice--error" data-testid="english-failed">{t.english_failed}</p>
                </div>
            }
            .into_any(),
        }
    }
}
