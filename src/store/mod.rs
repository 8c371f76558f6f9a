//! The app's state and everything it saves: the state and its one change function ([`state`]),
//! the diagnosis with its screens and their addresses ([`session`]),
//! the history of completed diagnoses, the action plan, the profile and the after-the-diagnosis
//! data ([`records`]), the versioned envelope that goes to storage with its migrations
//! ([`snapshot`]), what to write when another tab wrote first ([`sync`]), and the export file that
//! moves it all to another device ([`transfer`]); deleting everything ([`forget`]). Pure Rust, tested natively.

pub mod forget;
pub mod records;
pub mod restore;
pub mod session;
pub mod snapshot;
pub mod state;
pub mod sync;
pub mod text;
pub mod transfer;

pub use session::{Action, Notice, Session, Step};
pub use snapshot::{RestoreError, Snapshot};
