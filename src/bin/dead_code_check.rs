//! Not a program to run: the app's modules compiled as a program (as the wasm's main does), so that the
//! compiler can say which items the app never uses (a library's public items always count as
//! used). `scripts/test.sh` runs it with the dead-code lints forced on; allowed here otherwise.
// Clippy checks these modules in the library already; here their visibility differs.
#![allow(dead_code, unused_imports, missing_docs, clippy::all)]
#[path = "../app/mod.rs"]
mod app;
#[path = "../core/mod.rs"]
mod core;
#[path = "../features/mod.rs"]
mod features;
#[path = "../kit/mod.rs"]
mod kit;
#[path = "../platform/mod.rs"]
mod platform;
#[path = "../store/mod.rs"]
mod store;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
fn main() {
    app::start();
}
