//! 「新5分でできる！情報セキュリティ自社診断」 as an offline single-page app.
//!
//! Layers, each depending only on the ones above it in this list:
//!
//! - [`core`]: the questionnaire itself (questions, answers, scoring, advice, the session's state
//!   machine, languages, dates). Pure Rust, no browser.
//! - [`features`]: one folder per feature, each with its pure model, its wording and its
//!   components side by side.
//! - [`store`]: everything saved (history, plan, profile, the after-the-diagnosis data) as one
//!   schema, its changes as actions, its merges, migrations and export file. Pure Rust.
//! - [`platform`]: the browser's edges, one small module each (storage, service worker, host
//!   frame, files, history, the static first screens' hand-over, the organisation's config).
//! - [`kit`]: what components share (context capabilities, focus).
//! - [`app`]: the shell that puts it together (navigation, the one screen match, persistence,
//!   start-up) and the build-time rendering of the first screens.
//!
//! Natively the pure layers are tested with `cargo test`; the views render to HTML natively too
//! (the static first screens).

// The views' types nest deeply; a native build with the fuzzer's coverage flags
// (`scripts/fuzz.sh`) needs more than the default 128 to compute their layout.
#![recursion_limit = "256"]

pub mod app;
pub mod core;
pub mod features;
pub mod kit;
pub mod platform;
pub mod store;

/// The version of this build, shown in the footer and written into saved data.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
