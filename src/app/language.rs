//! The display language: which one the app opens in, and keeping `<html lang>` and the
//! remembered choice in step with the switch.

use leptos::prelude::*;

use crate::app::chunks;
use crate::core::lang::Lang;
use crate::platform::storage::Store;

/// The language the app opens in: `?lang=` (an embedding site's choice), else the one remembered
/// on this device, else Japanese.
pub fn initial_lang(store: &Store) -> Lang {
    crate::platform::history::query_lang()
        .or_else(|| store.load_lang().as_deref().and_then(Lang::from_code))
        .unwrap_or_default()
}

/// True when the app was to open in English but its text could not be had (offline after a
/// visit in Japanese: English is not precached, scripts/on-demand.mjs): the frame says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnglishMissing(pub bool);

/// Provides the display language to every component. English is shown once its chunk is here
/// (`super::start` fetches it first; without it, Japanese, and [`EnglishMissing`]). A change sets
/// `<html lang>`, is remembered on this device and puts the focus back on the switch.
pub fn provide_language(store: &Store) -> RwSignal<Lang> {
    let wanted = initial_lang(store);
    let missing = wanted == Lang::En && !chunks::english_here();
    let lang = RwSignal::new(if missing { Lang::Ja } else { wanted });
    provide_context(lang);
    provide_context(EnglishMissing(missing));
    let store = store.clone();
    Effect::new(move |prev: Option<Lang>| {
        let current = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", current.code());
        }
        if prev.is_some_and(|p| p != current) {
            store.save_lang(current.code());
            crate::kit::focus_after_render("lang-switch".to_string());
        }
        current
    });
    lang
}
