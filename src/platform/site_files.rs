//! The deployment's own files, read back by the page (issue 31: 「このツールをZIPでダウンロード」):
//! GETs from the app's folder, through the service worker, which answers from its caches when
//! the network is gone (the precached files, and every other file of the folder once fetched).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, RequestMode, Response};

/// The largest file read (the biggest of a deployment, its wasm, is well under 2 MB).
const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, and not in the service worker's caches.
    Offline,
    /// The server answered with this status.
    Status(u16),
    /// The server answered with a web page where a file of another kind was expected (a host
    /// that serves its index page for a missing file).
    NotThere,
    /// Larger than a deployment's file can be, or cut off while reading.
    Unreadable,
}

/// GETs `path` (relative to the app's folder) from the app's own origin.
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Offline)?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_mode(RequestMode::SameOrigin);
    // Revalidated: the deployment's files as they are now (the worker answers from its caches
    // without asking the network for the files it precached, and offline for the rest).
    init.set_cache(RequestCache::NoCache);
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| FetchError::Offline)?
        .dyn_into()
        .map_err(|_| FetchError::Offline)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let html = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.to_ascii_lowercase().contains("text/html"));
    if html && !path.ends_with(".html") && !path.ends_with('/') {
        if let Some(body) = response.body() {
            let _ = body.cancel();
        }
        return Err(FetchError::NotThere);
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    crate::platform::files::read_stream(body, MAX_FILE_BYTES)
        .await
        .map_err(|_| FetchError::Unreadable)
}

/// Waits (up to about 20 s) until the service worker controls this page, so that what it fetches
/// next is kept for offline use; false if it never does (no worker: a plain `http:` host, a
/// private window, a first visit still installing).
pub async fn until_kept_offline() -> bool {
    let Some(container) = crate::platform::pwa::container() else {
        return false;
    };
    for _ in 0..80 {
        if container.controller().is_some() {
            return true;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 250);
            }
        });
        let _ = JsFuture::from(pause).await;
    }
    false
}

/// False when the browser knows it has no network.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}
