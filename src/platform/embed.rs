//! The only file that talks to a host page. When the app runs inside a frame it switches to the
//! compact layout (class `is-embedded` on `<html>`) and tells the parent window its content
//! height, so `public/embed.js` can size the frame with no inner scrollbar. It sends nothing
//! else (the message carries no answers), and it reads nothing from the host.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, Window};

/// The `type` of the height message; must match `public/embed.js`.
pub const HEIGHT_MESSAGE: &str = "jishin-shindan:height";

/// How often the height is checked besides the ResizeObserver (see [`start`]).
const OFFSCREEN_CHECK_MS: i32 = 1000;

/// The parent window when this page is inside a frame.
fn parent_window(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, window)).then_some(parent)
}

/// In a frame: marks `<html>` as embedded and posts the content height to the parent whenever
/// it changes. Does nothing on a page of its own.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent_window(&window) else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.class_list().add_1("is-embedded");

    let last = Rc::new(Cell::new(0u32));
    let observed = root.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let height = content_height(&observed);
        if height == 0 || height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &f64::from(height).into());
        // '*' because the app cannot know (and does not need) the host's origin: the message
        // holds only a number. The host checks that it comes from its own frame.
        let _ = parent.post_message(&message, "*");
    });
    // ResizeObserver reports at most once per rendering frame, after layout, so changes are
    // already throttled to animation frames.
    if let Ok(observer) = ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Lives as long as the page.
        std::mem::forget(observer);
    }
    // Chromium does not render a cross-origin frame while it is scrolled out of view, and so
    // delivers no ResizeObserver reports there; a slow check keeps such a frame sized too, so
    // it has its final height before the reader scrolls to it. Unchanged heights send nothing.
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        report.as_ref().unchecked_ref(),
        OFFSCREEN_CHECK_MS,
    );
    report.forget();
}

/// The height of the whole document's content in whole CSS pixels, rounded up so the frame is
/// never a fraction too short. `<html>` is measured (not `scrollHeight`, which never drops below
/// the frame's own height and so could only grow).
fn content_height(root: &Element) -> u32 {
    let height = root.get_bounding_client_rect().height().ceil();
    if height.is_finite() && height > 0.0 {
        height.min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}
