//! 「新5分でできる！情報セキュリティ自社診断」 as an offline single-page app.
//!
//! [`domain`] is the pure model (native-testable); the browser edge (`storage`, `ui`) only
//! exists on `wasm32`.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The version of this build, shown in the footer and written into saved data.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
