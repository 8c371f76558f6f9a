//! 共有: the 25 answers in the link's fragment (never sent to any server) and the same link as
//! a QR code drawn by the app.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::Answers;
use crate::features::result::share_link::share_url;

/// The QR code of `text` as an SVG element.
#[component]
pub fn QrCode(
    /// What the code encodes.
    text: String,
    /// Drawn only once the reader nears it (the result's share panel, far below the advice);
    /// otherwise at once (the report, which is printed).
    #[prop(optional)]
    when_near: bool,
) -> impl IntoView {
    let t = crate::features::result::text::texts(crate::kit::lang());
    // The encoder is a chunk (`lazy::qr_path`): the code is drawn once it is here, in a box of
    // its size that holds its place until then, so nothing moves when it comes.
    let drawn = RwSignal::new(None::<(usize, String)>);
    let draw = move || {
        leptos::task::spawn_local(async move {
            if let Ok(Some(qr)) = crate::features::result::lazy::qr_path(text).await {
                drawn.try_set(Some(qr));
            }
        });
    };
    if when_near {
        crate::platform::near::when_near(".share .qr", draw);
    } else {
        draw();
    }
    view! {
        <div class="qr">
            {move || drawn.get().map(|(size, path)| view! {
                <svg class="qr__code" viewBox=format!("0 0 {size} {size}") role="img" aria-label=t.share_qr_label data-testid="qr">
                    <rect width=size height=size class="qr__bg"></rect>
                    <path d=path class="qr__fg"></path>
                </svg>
            })}
        </div>
    }
}

/// The share section of the result: link, copy button and QR code.
#[component]
pub fn SharePanel(
    /// A complete set of answers.
    answers: Answers,
    /// The day they were completed (`YYYY-MM-DD`).
    date: String,
) -> impl IntoView {
    let t = crate::features::result::text::texts(crate::kit::lang());
    let url = share_url(&answers, &date).unwrap_or_default();
    let copied = RwSignal::new(None::<&'static str>);
    let to_copy = url.clone();
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Without a secure context (plain http on an intranet host) there is no clipboard API.
        let navigator = window.navigator();
        if !js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined()) {
            copied.set(Some(t.copy_failed));
            return;
        }
        let promise = navigator.clipboard().write_text(&to_copy);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(if ok { t.copied } else { t.copy_failed }));
        });
    };
    let select_all = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <section class="share no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">{t.share_heading}</h2>
            <p>{t.share_lead}</p>
            <label for="share-link">{t.share_link}</label>
            <div class="share__row">
                <input id="share-link" data-testid="share-link" type="text" readonly value=url.clone() on:focus=select_all />
                <button class="button" on:click=copy>{t.copy_link}</button>
            </div>
            <p class="share__status" role="status">{move || copied.get()}</p>
            <QrCode text=url when_near=true />
        </section>
    }
}
