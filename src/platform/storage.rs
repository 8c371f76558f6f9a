//! The only file that touches localStorage. It probes availability first and never panics:
//! when storage is missing, disabled or throws, the app keeps working in memory.

use web_sys::Storage;

use crate::store::snapshot::join_history;

/// Where the current diagnosis is saved.
pub const SESSION_KEY: &str = "jishin-shindan.session";
/// The revision of the saved diagnosis, beside it: a tab checks it before every write without
/// reading a long history (`app::persistence`).
pub const REVISION_KEY: &str = "jishin-shindan.revision";
/// The history of completed diagnoses, beside the saved diagnosis and written only when it
/// changes (schema 4: `store::snapshot::Snapshot::stored_head`).
pub const HISTORY_KEY: &str = "jishin-shindan.history";
/// Where unreadable saved data is set aside instead of being overwritten.
pub const BACKUP_KEY: &str = "jishin-shindan.session.unreadable-backup";

/// How many different backups are kept at most (then the app runs in memory rather than replace
/// one).
const MAX_BACKUPS: u32 = 20;

const PROBE_KEY: &str = "jishin-shindan.probe";
/// The start of every key the app writes (the keys above and below, the backups `.2`, `.3` …):
/// 「この端末のデータをすべて削除」 removes every key that starts with it, and no other.
pub const KEY_PREFIX: &str = "jishin-shindan";
/// Written and removed at once after everything was deleted: its storage event tells the other
/// tabs, which then forget their copy in memory rather than write it back.
const DELETED_KEY: &str = "jishin-shindan.deleted";
/// Set once the user closed the note about Safari deleting saved data (issue 20).
const EXPIRY_NOTE_KEY: &str = "jishin-shindan.expiry-note-closed";

/// Why a write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// No usable storage in this browser context (the user has been told already).
    Unavailable,
    /// The browser refused the write (usually QuotaExceededError).
    Refused,
}

/// Handle to the device's storage, or to nothing when it is unusable.
#[derive(Clone)]
pub struct Store {
    storage: Option<Storage>,
}

impl Store {
    /// Opens localStorage if it can really be written (private modes and sandboxed frames may
    /// expose an object whose every call throws).
    pub fn open() -> Store {
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .filter(|s| s.set_item(PROBE_KEY, "1").is_ok() && s.remove_item(PROBE_KEY).is_ok());
        Store { storage }
    }

    /// True when answers survive a reload.
    pub fn is_persistent(&self) -> bool {
        self.storage.is_some()
    }

    /// The saved data as the snapshot's whole JSON (the history joined back in), if any.
    pub fn load(&self) -> Option<String> {
        let storage = self.storage.as_ref()?;
        joined(storage, storage.get_item(SESSION_KEY).ok().flatten()?)
    }

    /// True when the saved diagnosis refers to the history under its own key (schema 4).
    pub fn head_refers_to_history(&self) -> bool {
        self.storage.as_ref().is_some_and(|s| {
            s.get_item(SESSION_KEY)
                .ok()
                .flatten()
                .is_some_and(|head| head.contains(crate::store::snapshot::HISTORY_REF))
        })
    }

    /// True when a history is stored under its own key. Looks at the key names only: the
    /// history itself may be hundreds of kilobytes, and copying it into the wasm costs time at
    /// start-up.
    pub fn has_history(&self) -> bool {
        self.storage.as_ref().is_some_and(|s| {
            let count = s.length().unwrap_or(0);
            (0..count).any(|i| s.key(i).ok().flatten().as_deref() == Some(HISTORY_KEY))
        })
    }

    /// The revision written beside the saved diagnosis by [`Store::save`]; `None` when there is
    /// none (nothing saved, or saved by a version without it: then read the diagnosis itself).
    pub fn load_revision(&self) -> Option<u64> {
        self.storage
            .as_ref()
            .and_then(|s| s.get_item(REVISION_KEY).ok().flatten())
            .and_then(|r| r.parse().ok())
    }

    /// Saves the diagnosis (`head`, from `Snapshot::stored_head`), the history when it has
    /// changed (`history`: its JSON), and the revision. The history goes first: a head is never
    /// stored without the history it was written with.
    pub fn save(&self, head: &str, history: Option<&str>, revision: u64) -> Result<(), SaveError> {
        let storage = self.storage.as_ref().ok_or(SaveError::Unavailable)?;
        if let Some(history) = history {
            storage
                .set_item(HISTORY_KEY, history)
                .map_err(|_| SaveError::Refused)?;
        }
        storage
            .set_item(SESSION_KEY, head)
            .map_err(|_| SaveError::Refused)?;
        // If this write fails the diagnosis is saved all the same; the next write reads the
        // revision from the diagnosis itself.
        if storage
            .set_item(REVISION_KEY, &revision.to_string())
            .is_err()
        {
            let _ = storage.remove_item(REVISION_KEY);
        }
        Ok(())
    }

    /// Removes the saved diagnosis (「最初からやり直す」 with nothing else kept).
    pub fn clear(&self) -> Result<(), SaveError> {
        let storage = self.storage.as_ref().ok_or(SaveError::Unavailable)?;
        let _ = storage.remove_item(REVISION_KEY);
        storage
            .remove_item(SESSION_KEY)
            .map_err(|_| SaveError::Refused)?;
        let _ = storage.remove_item(HISTORY_KEY);
        Ok(())
    }

    /// Copies saved data that could not be read whole aside before anything can overwrite it.
    /// An earlier backup is never replaced: a different one goes under the next free key
    /// (`BACKUP_KEY`, then `BACKUP_KEY.2`, `.3` …). Returns false when that was impossible; the
    /// caller must then not write over the original.
    pub fn keep_backup(&self, raw: &str) -> bool {
        let Some(storage) = self.storage.as_ref() else {
            return false;
        };
        (1..=MAX_BACKUPS).any(|n| {
            let key = match n {
                1 => BACKUP_KEY.to_string(),
                n => format!("{BACKUP_KEY}.{n}"),
            };
            match storage.get_item(&key) {
                Ok(Some(kept)) => kept == raw,
                Ok(None) => storage.set_item(&key, raw).is_ok(),
                Err(_) => false,
            }
        })
    }
}

impl Store {
    /// How many copies of unreadable saved data are kept aside ([`Store::keep_backup`]).
    pub fn backup_count(&self) -> usize {
        self.app_keys()
            .iter()
            .filter(|k| k.starts_with(BACKUP_KEY))
            .count()
    }

    /// Every key of this origin's storage that the app wrote (they start with [`KEY_PREFIX`]).
    fn app_keys(&self) -> Vec<String> {
        let Some(storage) = self.storage.as_ref() else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(KEY_PREFIX))
            .collect()
    }

    /// Removes every key the app wrote (the saved diagnosis, the history, the revision, the
    /// backups of unreadable data, the language, the closed note), and tells the other tabs
    /// (they forget theirs: [`on_deleted_elsewhere`]). Keys of other sites' apps on the same
    /// origin stay. True when no key of the app is left.
    pub fn remove_all(&self) -> bool {
        let Some(storage) = self.storage.as_ref() else {
            return true;
        };
        for key in self.app_keys() {
            let _ = storage.remove_item(&key);
        }
        if storage.set_item(DELETED_KEY, "1").is_ok() {
            let _ = storage.remove_item(DELETED_KEY);
        }
        self.app_keys().is_empty()
    }
}

/// Calls `on_deleted` when another tab has deleted everything the app keeps on this device
/// ([`Store::remove_all`]).
pub fn on_deleted_elsewhere(on_deleted: impl Fn() + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(DELETED_KEY) && event.new_value().is_some() {
                on_deleted();
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// The whole JSON of a stored head: with the history stored beside it joined in.
fn joined(storage: &Storage, head: String) -> Option<String> {
    if !head.contains(crate::store::snapshot::HISTORY_REF) {
        return Some(head);
    }
    let history = storage.get_item(HISTORY_KEY).ok().flatten();
    Some(join_history(&head, history.as_deref()))
}

/// Calls `on_change` with the new saved data (the snapshot's whole JSON) whenever another tab or
/// window of this app changes the saved diagnosis (`None` when it was removed). Browsers do not
/// fire this for own writes. (The history is written before the diagnosis, so a change of the
/// diagnosis finds the history it goes with.)
pub fn on_external_change(on_change: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            // key is null when another tab cleared all storage of this origin.
            match event.key() {
                Some(key) if key == SESSION_KEY => {
                    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
                    on_change(match (event.new_value(), storage) {
                        (Some(head), Some(storage)) => joined(&storage, head),
                        (head, _) => head,
                    })
                }
                None => on_change(None),
                Some(_) => {}
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Where the chosen display language is remembered.
pub const LANG_KEY: &str = "jishin-shindan.lang";

impl Store {
    /// The remembered display language code, if any.
    pub fn load_lang(&self) -> Option<String> {
        self.storage
            .as_ref()
            .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
    }

    /// True once the user closed the note about Safari deleting saved data.
    pub fn expiry_note_closed(&self) -> bool {
        self.storage
            .as_ref()
            .is_some_and(|s| s.get_item(EXPIRY_NOTE_KEY).ok().flatten().is_some())
    }

    /// Remembers that the note about Safari deleting saved data was closed (best effort).
    pub fn close_expiry_note(&self) {
        if let Some(s) = self.storage.as_ref() {
            let _ = s.set_item(EXPIRY_NOTE_KEY, "1");
        }
    }

    /// Remembers the display language (best effort: a failure only means it is not remembered).
    pub fn save_lang(&self, code: &str) {
        if let Some(s) = self.storage.as_ref() {
            let _ = s.set_item(LANG_KEY, code);
        }
    }
}

/// The property `name` of `target`, when it is there.
fn property(target: &wasm_bindgen::JsValue, name: &str) -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls the method `name` of `target` with `args`; `None` when it is not there or throws.
fn call(
    target: &wasm_bindgen::JsValue,
    name: &str,
    args: &js_sys::Array,
) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let method = property(target, name)?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    method.apply(target, args).ok()
}

/// True where saved data is deleted after seven days without a visit: Safari's engine (WebKit's
/// Intelligent Tracking Prevention; on an iPhone or iPad every browser is Safari's engine, and
/// on a Mac Safari itself) in a browser tab. Web apps added to the home screen are exempt.
pub fn expires_unvisited() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let apple = ["iPhone", "iPad", "iPod", "Macintosh"]
        .iter()
        .any(|d| agent.contains(d));
    let webkit_only = agent.contains("AppleWebKit")
        && !["Chrome/", "Chromium/", "Edg/", "Android"]
            .iter()
            .any(|other| agent.contains(other));
    // Opened from the home screen: `navigator.standalone` (iOS) or the standalone display mode.
    let standalone = property(&navigator, "standalone").is_some_and(|v| v.is_truthy())
        || call(
            &window,
            "matchMedia",
            &js_sys::Array::of1(&"(display-mode: standalone)".into()),
        )
        .and_then(|query| property(&query, "matches"))
        .is_some_and(|v| v.is_truthy());
    apple && webkit_only && !standalone
}

/// Asks the browser to keep this site's data when it needs space, where it offers that
/// (`navigator.storage.persist()`; Firefox asks the user, Chromium decides by itself, Safari
/// may grant it to a site used often). Best effort: the answer is not needed. Asked at most once
/// per page load.
pub fn ask_to_persist() {
    // Once per page load: Firefox asks the user each time it is called.
    static ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ASKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(manager) = property(&window.navigator(), "storage") {
        let _ = call(&manager, "persist", &js_sys::Array::new());
    }
}
