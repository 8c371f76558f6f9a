//! The shell that puts the features together: the one screen match and the page frame
//! ([`shell`]), saving and merging with other tabs ([`persistence`]), the notices and the language
//! switch, start-up ([`start`]), and the first screens rendered to HTML at build time
//! ([`prerender`]).

pub mod lang_switch;
pub mod notices;
pub mod persistence;
pub mod prerender;
pub mod shell;
pub mod start;
pub mod text;

pub use start::start;
