//! Browser side of an organisation's branding: reads `?org=`, fetches `config.json` (or
//! `orgs/ID.json`) from the app's own folder with a size limit, hands the bytes to
//! [`crate::features::publish::model`] and reports what it ignored on the console. It also applies the
//! accent colour. The app works the same with no file, a broken file or no network. (The
//! publishing feature provides the branding to its components: `features::publish::branding`.)

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, RequestMode, Response, UrlSearchParams};

use crate::features::publish::model::{
    parse_config_bytes, Accent, ConfigError, ConsoleNote, FetchFailure, OrgConfig, OrgSelection,
    MAX_CONFIG_BYTES,
};

/// `?org=` of the page's own address (an invalid one is reported on the console).
pub fn org_selection() -> OrgSelection {
    let value = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("org"));
    let selection = OrgSelection::from_param(value.as_deref());
    if let OrgSelection::Invalid(raw) = &selection {
        warn(ConsoleNote::BadOrg(raw.clone()));
    }
    selection
}

/// What fetching the config file gave.
enum Fetched {
    /// No file (404/410, or a server's HTML fallback page).
    Absent,
    /// The file's bytes, at most [`MAX_CONFIG_BYTES`].
    Bytes(Vec<u8>),
    /// The file is larger than the limit (announced or counted).
    TooLarge(usize),
    /// The network or the server failed.
    Failed(FetchFailure),
}

/// Loads, checks and parses the selected config; logs every problem; `None` = no branding.
pub async fn load(selection: &OrgSelection) -> Option<OrgConfig> {
    let path = selection.config_path();
    let refused = |error: ConfigError| {
        let path = path.clone();
        warn(ConsoleNote::Refused { path, error });
        None
    };
    match fetch_limited(&path).await {
        Fetched::Absent => {
            // No config.json is the normal case of a plain deployment; a missing orgs/ID.json
            // is a mistake worth telling.
            if selection.org().is_some() {
                warn(ConsoleNote::Missing(path.clone()));
            }
            None
        }
        Fetched::Failed(reason) => {
            warn(ConsoleNote::Unreadable {
                path: path.clone(),
                reason,
            });
            None
        }
        Fetched::TooLarge(bytes) => refused(ConfigError::TooLarge { bytes }),
        Fetched::Bytes(bytes) => match parse_config_bytes(&bytes) {
            Err(error) => refused(error),
            Ok(parsed) => {
                for warning in parsed.warnings {
                    let path = path.clone();
                    warn(ConsoleNote::Ignored { path, warning });
                }
                if let Some(accent) = parsed.config.accent.filter(|a| !a.readable_on_white()) {
                    let path = path.clone();
                    warn(ConsoleNote::PaleAccent { path, accent });
                }
                (!parsed.config.is_empty()).then_some(parsed.config)
            }
        },
    }
}

/// GETs `path` from the app's own origin and reads at most [`MAX_CONFIG_BYTES`] of it: a
/// `Content-Length` over the limit is refused before reading, and the body is read as a stream
/// and abandoned as soon as it passes the limit (servers need not send a length).
async fn fetch_limited(path: &str) -> Fetched {
    let Some(window) = web_sys::window() else {
        return Fetched::Failed(FetchFailure::NoWindow);
    };
    let init = RequestInit::new();
    init.set_method("GET");
    // Same origin only (a redirect elsewhere fails), and revalidated so an edited file shows.
    init.set_mode(RequestMode::SameOrigin);
    init.set_cache(RequestCache::NoCache);
    let response = match JsFuture::from(window.fetch_with_str_and_init(path, &init)).await {
        Ok(value) => match value.dyn_into::<Response>() {
            Ok(response) => response,
            Err(_) => return Fetched::Failed(FetchFailure::BadResponse),
        },
        Err(_) => return Fetched::Failed(FetchFailure::Offline),
    };
    let status = response.status();
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten();
    let is_html = header("content-type").is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    if status == 404 || status == 410 || (response.ok() && is_html) {
        cancel_body(&response);
        return Fetched::Absent;
    }
    if !response.ok() {
        cancel_body(&response);
        return Fetched::Failed(FetchFailure::Http(status));
    }
    if let Some(length) = header("content-length").and_then(|v| v.trim().parse::<usize>().ok()) {
        if length > MAX_CONFIG_BYTES {
            cancel_body(&response);
            return Fetched::TooLarge(length);
        }
    }
    let Some(body) = response.body() else {
        return Fetched::Bytes(Vec::new());
    };
    match crate::platform::files::read_stream(body, MAX_CONFIG_BYTES).await {
        Ok(bytes) => Fetched::Bytes(bytes),
        Err(crate::platform::files::StreamError::TooLarge(total)) => Fetched::TooLarge(total),
        Err(crate::platform::files::StreamError::Failed) => {
            Fetched::Failed(FetchFailure::Interrupted)
        }
    }
}

/// Stops downloading a body nobody will read.
fn cancel_body(response: &Response) {
    if let Some(body) = response.body() {
        let _ = body.cancel();
    }
}

/// Gives the page the organisation's colour: `--org-accent` (with black or white text,
/// `--org-accent-contrast`) always colours the header; when it is dark enough for text on the
/// white page, the `org-accent` class makes it the accent of the light theme too (see the
/// "Organisation branding" section of style/main.css). Set through the CSS object model, which
/// the page's Content-Security-Policy allows (unlike a `style` attribute written as text).
pub fn apply_accent(accent: Accent) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    let _ = style.set_property("--org-accent", &accent.hex());
    let _ = style.set_property("--org-accent-contrast", accent.contrast_text());
    if accent.readable_on_white() {
        let _ = root.class_list().add_1("org-accent");
    }
}

/// A console warning for whoever maintains the deployment's config.
fn warn(note: ConsoleNote) {
    web_sys::console::warn_1(&JsValue::from_str(&note.to_string()));
}
