//! The service worker's copy of the association's config, dropped when the user deletes
//! everything this device keeps (「この端末のデータをすべて削除」). `public/sw.js` keeps the files an
//! association edits after the build (`config.json`, `orgs/ID.json`, a logo) in its runtime
//! cache, `jishin-shindan:<scope>:runtime`, for offline use; the page deletes that cache through
//! the Cache API, which needs no running worker. (The precached build is the app itself, not the
//! user's data: it stays.) The saved keys are removed by `platform::storage`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The runtime cache of the worker registered from this page (`./sw.js`: its scope is the
/// page's folder), as `public/sw.js` names it.
fn runtime_cache_name() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let scope = web_sys::Url::new_with_base("./", &href).ok()?.href();
    Some(format!("jishin-shindan:{scope}:runtime"))
}

/// Deletes the service worker's runtime copy of the config. Best effort: without the Cache API
/// (an insecure context, some embedded browsers) there is no such copy. True when the copy is
/// gone or never was.
pub async fn drop_config_copy() -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let Some(caches) = js_sys::Reflect::get(&window, &"caches".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
    else {
        return true;
    };
    let Some(name) = runtime_cache_name() else {
        return false;
    };
    let Some(delete) = js_sys::Reflect::get(&caches, &"delete".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    match delete.call1(&caches, &name.into()) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
