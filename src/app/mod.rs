//! The shell that puts the features together: the one screen match and the page frame
//! ([`shell`]), saving and merging with other tabs ([`persistence`]), the notices and the language
//! switch, start-up ([`start`]), and the first screens rendered to HTML at build time
//! ([`prerender`]).

pub mod chunks;
pub mod english;
pub mod frame;
pub mod lang_switch;
pub mod language;
pub mod notices;
pub mod persistence;
// Native only: run at build time by src/bin/prerender.rs, never in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routing;
pub mod screens;
pub mod shell;
pub mod start;
pub mod text;

pub use start::start;
