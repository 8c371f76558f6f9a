//! The page around every screen: the header with the language switch, the notices, `<main>` and
//! the footer.

use leptos::prelude::*;

use crate::app::lang_switch::{EnglishFetch, EnglishNote, LangSwitch};
use crate::app::language::EnglishMissing;
use crate::app::notices::{StorageNotices, StorageStatus, UpdateNotice};
use crate::core::lang::{fill, Lang, Localized};
use crate::core::share;
use crate::features::history::delete_all::{DeleteAll, OPENER_ID};
use crate::kit::later::Later;
use crate::store::Action;
use crate::APP_VERSION;

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
    // English asked for (`?lang=en`, or remembered) but not here: said as a failed fetch is.
    let missing = use_context::<EnglishMissing>().is_some_and(|m| m.0);
    let english = RwSignal::new(if missing {
        EnglishFetch::Failed
    } else {
        EnglishFetch::Idle
    });
    // 「この端末のデータをすべて削除」: its confirmation, in a chunk fetched when it opens.
    let open = RwSignal::new(false);
    let delete_all = DeleteAll {
        open,
        delete: Callback::new(move |()| {
            crate::app::persistence::delete_everything(dispatch, status);
            open.set(false);
            // The focus goes to the landing's heading (the notice above it, a live region, says
            // that it is done), also when the landing was on view already.
            crate::kit::focus_after_render("screen-heading".to_string());
        }),
    };
    provide_context(delete_all);
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
            <p class="site-footer__delete">
                <button
                    class="link-button"
                    id=OPENER_ID
                    aria-expanded=move || delete_all.open.get().to_string()
                    on:click=move |_| open.set(true)
                >
                    {crate::app::text::texts(current).footer_delete_all}
                </button>
            </p>
            {move || delete_all.open.get().then(|| view! { <Later load=crate::app::chunks::delete_all_dialog() /> })}
            <p class="site-footer__version">{fill(crate::app::text::texts(current).version, &[("v", APP_VERSION.to_string())])}</p>
        </footer>
    }
}
