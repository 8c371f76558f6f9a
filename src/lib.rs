//! 「新5分でできる！情報セキュリティ自社診断」 as an offline single-page app.
//!
//! [`domain`] is the pure model (native-testable); the browser edge (`storage`, `ui`) only
//! exists on `wasm32`.

pub mod domain;

pub mod boot;
pub mod config;
pub mod embed;
pub mod files;
pub mod history;
pub mod pwa;
pub mod storage;
pub mod ui;

/// The version of this build, shown in the footer and written into saved data.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
