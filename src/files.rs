//! The only file that moves files in and out of the browser: downloads (JSON, CSV, .ics) made
//! from text in memory, and reading a file the user picked. Nothing is uploaded anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::i18n::one_decimal;

/// Offers `text` as a file download named `filename`. Returns false if the browser refused.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // The click has started the download; the object URL can go once it is handed over.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    true
}

/// Why a picked file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Larger than the caller's limit (bytes).
    TooLarge(f64),
    /// The browser could not read it (or it is not text).
    Unreadable,
}

impl ReadError {
    /// A message for the user, in Japanese.
    pub fn message(&self) -> String {
        match self {
            ReadError::TooLarge(size) => format!(
                "ファイルが大きすぎます（{} MB）。このアプリで書き出したファイルを選んでください。",
                one_decimal(size / 1_048_576.0)
            ),
            ReadError::Unreadable => "ファイルを読み込めませんでした。".to_string(),
        }
    }

    /// The same message in English.
    pub fn message_en(&self) -> String {
        match self {
            ReadError::TooLarge(size) => format!(
                "The file is too large ({} MB). Choose a file exported from this app.",
                one_decimal(size / 1_048_576.0)
            ),
            ReadError::Unreadable => "The file could not be read.".to_string(),
        }
    }
}

/// Reads the first file chosen in `input` as text, refusing files over `max_bytes` before
/// reading them.
pub async fn read_picked(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<Result<(String, String), ReadError>> {
    let file = input.files()?.get(0)?;
    if file.size() > max_bytes as f64 {
        return Some(Err(ReadError::TooLarge(file.size())));
    }
    let name = file.name();
    // A file that vanished or cannot be read says so instead of doing nothing.
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string());
    Some(text.map(|t| (name, t)).ok_or(ReadError::Unreadable))
}

/// Reads every file chosen in `input` (a multiple-file picker) as text, in the order picked.
/// Each file gets its own result, so one unreadable or oversized file does not stop the rest.
pub async fn read_all_picked(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Vec<(String, Result<String, ReadError>)> {
    let Some(files) = input.files() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..files.length() {
        let Some(file) = files.get(i) else {
            continue;
        };
        let name = file.name();
        if file.size() > max_bytes as f64 {
            out.push((name, Err(ReadError::TooLarge(file.size()))));
            continue;
        }
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        out.push((name, text.ok_or(ReadError::Unreadable)));
    }
    out
}

/// Opens the browser's print dialog (「印刷」 → PDF on most devices).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The current time as ISO 8601 UTC (`2026-11-25T10:15:00.000Z`), the one format the records use.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The calendar day (`YYYY-MM-DD`) of a timestamp written by [`now_iso`], in the device's time
/// zone: a diagnosis at 08:00 in Tokyo is dated that day, not the previous UTC day. A plain
/// `YYYY-MM-DD`, or anything the browser cannot read, is returned as its first 10 characters.
pub fn local_date(timestamp: &str) -> String {
    let fallback = || timestamp.get(..10).unwrap_or(timestamp).to_string();
    if timestamp.len() <= 10 {
        return fallback();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(timestamp));
    if date.get_time().is_nan() {
        return fallback();
    }
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// Today in the device's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    local_date(&now_iso())
}
