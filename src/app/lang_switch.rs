//! 日本語 / English: the display language switch (remembered on this device).

use leptos::prelude::*;

use crate::core::lang::Lang;

/// Two toggle buttons; the current language is `aria-pressed`.
#[component]
pub fn LangSwitch(
    /// The app's language signal.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let current = lang.get_untracked();
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
                        on:click=move |_| lang.set(l)
                    >
                        {l.native_name()}
                    </button>
                })
                .collect_view()}
        </div>
    }
}
