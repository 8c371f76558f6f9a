//! The browser's edges, one small module each; everything else reaches the browser through them.

pub mod boot;
pub mod clock;
pub mod config;
pub mod embed;
pub mod files;
pub mod forget;
pub mod history;
pub mod near;
pub mod pwa;
pub mod site_files;
pub mod storage;
pub mod warm;
