//! Everything the app saves: the history of completed diagnoses, the action plan, the profile
//! and the after-the-diagnosis data ([`records`]), the versioned envelope that goes to storage
//! with its migrations ([`snapshot`]), and the export file that moves it all to another device
//! ([`transfer`]). Pure Rust, tested natively.

pub mod records;
pub mod snapshot;
pub mod sync;
pub mod transfer;

pub use snapshot::{RestoreError, Snapshot};
