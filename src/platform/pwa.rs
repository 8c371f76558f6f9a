//! The only file that talks to the service worker: registers `sw.js` (relative, so the worker's
//! scope is wherever the app is hosted), notices a new release, and hands over on request.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Must match the message `public/sw.js` listens for.
const SKIP_WAITING: &str = "jishin-shindan:skip-waiting";
/// How often an open page asks the server for a new release.
const UPDATE_CHECK_MS: i32 = 30 * 60 * 1000;

/// `navigator.serviceWorker`, when this context has one (not in insecure contexts, some in-app
/// browsers, or sandboxed frames).
pub fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .is_some_and(|v| !v.is_undefined() && !v.is_null());
    present.then(|| navigator.service_worker())
}

/// Calls `on_controlled` once a service worker controls this page: now if one does, else when the
/// first one takes control (a first visit, once the worker has installed: it precached every file
/// of this build before it could). From then on the app's files come from the worker's cache
/// without a download. (A later change of worker, another tab's 「更新」, is not this build's.)
pub fn when_controlled(on_controlled: impl FnOnce() + 'static) {
    let Some(container) = container() else {
        return;
    };
    if container.controller().is_some() {
        on_controlled();
        return;
    }
    let mut once = Some(on_controlled);
    let listener = Closure::<dyn FnMut()>::new(move || {
        if let Some(on_controlled) = once.take() {
            on_controlled();
        }
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Registers the worker and calls `on_update_ready` once a new release is installed and waiting.
/// Checks for a release at start, every 30 minutes, and whenever the page becomes visible.
pub fn register(on_update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update_ready: Rc<dyn Fn()> = Rc::new(on_update_ready);
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else {
            return;
        };
        // Some contexts (blocked workers, odd embedders) resolve to something else: do nothing.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch_for_updates(&container, &registration, on_update_ready);
        schedule_update_checks(&registration);
    });
}

fn watch_for_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_update_ready: Rc<dyn Fn()>,
) {
    // A release may already be waiting (installed while another tab was open).
    if registration.waiting().is_some() && container.controller().is_some() {
        on_update_ready();
    }
    let reg = registration.clone();
    let container = container.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = reg.installing() else {
            return;
        };
        let installing = worker.clone();
        let container = container.clone();
        let on_update_ready = on_update_ready.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            // Installed while a worker controls this page = a new release (on the very first
            // visit there is no controller and nothing to announce).
            if installing.state() == ServiceWorkerState::Installed
                && container.controller().is_some()
            {
                on_update_ready();
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

fn schedule_update_checks(registration: &ServiceWorkerRegistration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let reg = registration.clone();
    let check = Closure::<dyn FnMut()>::new(move || {
        let _ = reg.update();
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        check.as_ref().unchecked_ref(),
        UPDATE_CHECK_MS,
    );
    check.forget();
    if let Some(document) = window.document() {
        let reg = registration.clone();
        let doc = document.clone();
        let on_visible = Closure::<dyn FnMut()>::new(move || {
            if doc.visibility_state() == web_sys::VisibilityState::Visible {
                let _ = reg.update();
            }
        });
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visible.as_ref().unchecked_ref(),
        );
        on_visible.forget();
    }
}

/// Activates the waiting release and reloads once it controls the page, so the page switches
/// from all-old files to all-new files in one step.
pub fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        match registration.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            // Nothing waiting any more (another tab already switched): just reload.
            None => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    });
}
