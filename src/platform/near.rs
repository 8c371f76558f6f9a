//! Work that waits until the reader nears a part of the page: an `IntersectionObserver` that
//! fires once (issue 30: the QR code's chunk is not part of the bytes before the result).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverInit};

/// How far below the screen `element` may be and still count as near: one screen's height, so
/// what it waits for is usually there before the reader scrolls to it.
const AHEAD: &str = "0px 0px 100% 0px";

/// Runs `then` once, as soon as the element `selector` finds, looked for in the next frame (after
/// the view that makes it is mounted), is within a screen's height below the viewport, or in it or
/// above it (at once if it already is). Where the browser has no `IntersectionObserver`, `then`
/// runs at once; if no element matches, never.
///
/// A selector rather than a `NodeRef`: a node reference in the main module cost 1 KB gzipped.
pub fn when_near(selector: &'static str, then: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(element) = found {
            observe(&element, then);
        }
    });
}

/// [`when_near`] for `element`.
fn observe(element: &Element, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return then();
    };
    if !js_sys::Reflect::has(&window, &"IntersectionObserver".into()).unwrap_or(false) {
        return then();
    }
    let then = Rc::new(Cell::new(Some(then)));
    let later = then.clone();
    let observer = Rc::new(RefCell::new(None::<IntersectionObserver>));
    let target = element.clone();
    let held = observer.clone();
    // The observer calls back when it starts and whenever the element crosses the margin; the
    // element's place is read here rather than from the entries, which keeps the glue small
    // (the main module's size budget).
    let seen = Closure::<dyn FnMut()>::new(move || {
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if target.get_bounding_client_rect().top() > 2.0 * height {
            return;
        }
        if let Some(observer) = held.borrow_mut().take() {
            observer.disconnect();
        }
        if let Some(then) = later.take() {
            then();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    let Ok(made) = IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &options)
    else {
        // Only a margin the browser cannot read throws; AHEAD is fixed, so this is not expected.
        if let Some(then) = then.take() {
            then();
        }
        return;
    };
    made.observe(element);
    *observer.borrow_mut() = Some(made);
    // The callback lives as long as the page: one small closure per QR code the share panel
    // shows, which does nothing once it has fired.
    seen.forget();
}
