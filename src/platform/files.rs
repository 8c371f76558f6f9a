//! The only file that moves files in and out of the browser: downloads (JSON, CSV, .ics) made
//! from text in memory, and reading a file the user picked. Nothing is uploaded anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::time::{LocalTime, Timestamp};

pub use crate::store::transfer::ReadError;

/// Offers `text` as a file download named `filename`. Returns false if the browser refused.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    offer(filename, mime, &parts)
}

/// Offers `bytes` as a file download named `filename` (a zip). Returns false if refused.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> bool {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(filename, mime, &parts)
}

/// Offers the blob of `parts` (strings or byte arrays) as a download.
fn offer(filename: &str, mime: &str, parts: &js_sys::Array) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &options) else {
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

/// Why [`read_stream`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamError {
    /// More than the limit arrived (bytes received so far); the rest was cancelled.
    TooLarge(usize),
    /// The stream failed or gave something other than bytes.
    Failed,
}

/// Reads a byte stream (a response body, a picked file) up to `max_bytes`, cancelling it as soon
/// as it runs over. Asynchronous all the way: reading a picked file this way never asks for its
/// size, which costs a blocking file-system call per file on the main thread (about 1 ms each:
/// half a second for 500 files to combine, at 4× CPU slowdown).
pub async fn read_stream(
    stream: web_sys::ReadableStream,
    max_bytes: usize,
) -> Result<Vec<u8>, StreamError> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| StreamError::Failed)?;
        let done = js_sys::Reflect::get(&chunk, &wasm_bindgen::JsValue::from_str("done"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let array = js_sys::Reflect::get(&chunk, &wasm_bindgen::JsValue::from_str("value"))
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
            .ok_or(StreamError::Failed)?;
        let total = bytes.len() + array.length() as usize;
        if total > max_bytes {
            let _ = reader.cancel();
            return Err(StreamError::TooLarge(total));
        }
        bytes.extend(array.to_vec());
    }
}

/// The file input an `on:change` event came from (a picker's change hands over the chosen files).
pub fn picker(ev: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// One picked file as text, refused once it runs over `max_bytes`: UTF-8 (a leading byte-order
/// mark is not part of the text), or, when the bytes are not valid UTF-8, Shift_JIS, as Excel in
/// Japan saves a CSV (`features::rollup::model::table::detect` decides; the worker
/// `read-files.js` decides the same way).
async fn read_file(file: &web_sys::File, max_bytes: usize) -> Result<String, ReadError> {
    use crate::features::rollup::model::table::{detect, Encoding};
    let bytes = match read_stream(file.stream(), max_bytes).await {
        Ok(bytes) => bytes,
        Err(StreamError::TooLarge(_)) => return Err(ReadError::TooLarge(max_bytes)),
        Err(StreamError::Failed) => return Err(ReadError::Unreadable),
    };
    match detect(&bytes) {
        Encoding::Utf8 | Encoding::Utf8Bom => Ok(String::from_utf8_lossy(
            bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes),
        )
        .into_owned()),
        shift_jis => web_sys::TextDecoder::new_with_label(shift_jis.label())
            .and_then(|decoder| decoder.decode_with_u8_array(&bytes))
            .map_err(|_| ReadError::Unreadable),
    }
}

/// Reads the first file chosen in `input` as text, refusing files over `max_bytes` (it stops
/// reading there).
pub async fn read_picked(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<Result<(String, String), ReadError>> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    // A file that vanished or cannot be read says so instead of doing nothing.
    Some(read_file(&file, max_bytes).await.map(|text| (name, text)))
}

/// Reads the first file chosen in `input` as bytes, stopping once it runs over `max_bytes`.
pub async fn read_picked_bytes(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<Result<Vec<u8>, StreamError>> {
    let file = input.files()?.get(0)?;
    Some(read_stream(file.stream(), max_bytes).await)
}

/// Reads every file chosen in `input` (a multiple-file picker) as text, in the order picked.
/// Each file gets its own result, so one unreadable or oversized file does not stop the rest.
/// The reading happens in a worker (`read-files.js`), off the main thread; if the worker cannot
/// run, here.
pub async fn read_all_picked(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Vec<(String, Result<String, ReadError>)> {
    let Some(files) = input.files() else {
        return Vec::new();
    };
    if files.length() == 0 {
        return Vec::new();
    }
    if let Some(read) = read_in_worker(&files, max_bytes).await {
        return read;
    }
    let mut out = Vec::new();
    for i in 0..files.length() {
        let Some(file) = files.get(i) else {
            continue;
        };
        let name = file.name();
        out.push((name, read_file(&file, max_bytes).await));
    }
    out
}

/// [`read_all_picked`] in the worker `read-files.js`: `None` when the worker cannot start or
/// answers something unexpected (the caller then reads on the main thread).
async fn read_in_worker(
    files: &web_sys::FileList,
    max_bytes: usize,
) -> Option<Vec<(String, Result<String, ReadError>)>> {
    use wasm_bindgen::JsValue;
    let worker = web_sys::Worker::new("read-files.js").ok()?;
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
        worker.set_onmessageerror(Some(&reject));
    });
    let request = js_sys::Object::new();
    js_sys::Reflect::set(&request, &JsValue::from_str("files"), files).ok()?;
    js_sys::Reflect::set(
        &request,
        &JsValue::from_str("max"),
        &JsValue::from_f64(max_bytes as f64),
    )
    .ok()?;
    worker.post_message(&request).ok()?;
    let message = JsFuture::from(answer).await;
    worker.terminate();
    let data = message
        .ok()?
        .dyn_into::<web_sys::MessageEvent>()
        .ok()?
        .data();
    let entries = data.dyn_into::<js_sys::Array>().ok()?;
    if entries.length() != files.length() {
        return None;
    }
    let field = |entry: &JsValue, name: &str| {
        js_sys::Reflect::get(entry, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    // The text as UTF-8 bytes (read-files.js): checked here again, as any bytes would be.
    let utf8 = |entry: &JsValue| {
        js_sys::Reflect::get(entry, &JsValue::from_str("utf8"))
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
            .map(|bytes| String::from_utf8(bytes.to_vec()))
    };
    let mut out = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let name = field(&entry, "name")?;
        let read = match (utf8(&entry), field(&entry, "error").as_deref()) {
            (Some(Ok(text)), _) => Ok(text),
            (Some(Err(_)), _) => Err(ReadError::Unreadable),
            (None, Some("too_large")) => Err(ReadError::TooLarge(max_bytes)),
            (None, _) => Err(ReadError::Unreadable),
        };
        out.push((name, read));
    }
    Some(out)
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

/// The device's time zone's offset from UTC, in minutes east (Tokyo 540, New York −300 in winter
/// and −240 in summer), at the moment `timestamp` names (summer time depends on the day); at
/// the present moment when the browser cannot read it. The one question this app asks the
/// browser about time zones: `core::time` does the rest.
pub fn utc_offset(timestamp: &str) -> i32 {
    let mut date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(timestamp));
    if date.get_time().is_nan() {
        date = js_sys::Date::new_0();
    }
    // getTimezoneOffset is UTC − local (Tokyo −540); whole minutes in every browser.
    let minutes = -date.get_timezone_offset();
    if minutes.is_finite() {
        minutes.round() as i32
    } else {
        0
    }
}

/// A timestamp written by [`now_iso`] on this device's clocks (`None` for a plain date or
/// anything unreadable).
fn local(timestamp: &str) -> Option<LocalTime> {
    Timestamp::parse(timestamp)
        .filter(Timestamp::has_time)
        .and_then(|t| t.local(utc_offset(timestamp)))
}

/// The calendar day (`YYYY-MM-DD`) of a timestamp written by [`now_iso`], in the device's time
/// zone: a diagnosis at 08:00 in Tokyo is dated that day, not the previous UTC day. A plain
/// `YYYY-MM-DD`, or anything unreadable, is returned as its first 10 characters.
pub fn local_date(timestamp: &str) -> String {
    local(timestamp).map_or_else(
        || timestamp.get(..10).unwrap_or(timestamp).to_string(),
        |t| t.date.to_string(),
    )
}

/// The local date and time (`YYYY-MM-DD HH:MM`) of a timestamp written by [`now_iso`]: how the
/// history tells apart two diagnoses of one day. Falls back like [`local_date`] (date only).
pub fn local_date_time(timestamp: &str) -> String {
    local(timestamp).map_or_else(|| local_date(timestamp), |t| t.date_time())
}

/// Today in the device's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    local_date(&now_iso())
}
