//! Entry point of the whole app: panic hook, then mount. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    jishin_shindan::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This app runs in the browser: build it with `trunk build --release` (see README).");
}
