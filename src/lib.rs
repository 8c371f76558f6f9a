//! 「新5分でできる！情報セキュリティ自社診断」 as an offline single-page app.
//!
//! **Layers.** Imports point one way: `core` ← each feature's `model` ← `store` ← `platform` ←
//! `kit` ← each feature's components ← `app`; a layer uses only those to its left, and
//! `scripts/test.sh` checks it.
//!
//! - [`core`]: the questionnaire itself (questions, answers, scoring, advice, languages, dates,
//!   limits). Pure Rust, no browser.
//! - [`features`]: one folder per feature; its `model` (pure: its saved types, changes, checks
//!   and wording) beside its components (one per file) and its `text.rs`.
//! - [`store`]: the app's state and its one `apply`, composed of the diagnosis' state machine
//!   with its screens and addresses (`session`) and the features' saved parts; the
//!   versioned envelope saved to storage, its migrations, merges and the export file. Pure Rust.
//! - [`platform`]: the browser's edges, one small module each (storage, service worker, host
//!   frame, files, history, the static first screens' take-over, the organisation's config).
//! - [`kit`]: what components share (the dispatcher of actions, focus, a part of a screen in a
//!   chunk).
//! - [`app`]: the shell that puts it together (start-up, saving, the address, the chunks of the
//!   later screens, the frame) and the build-time rendering of the first screens.
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
