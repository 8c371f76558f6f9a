//! Pure diagnosis model: no UI framework, no browser bindings (checked by scripts/test.sh).
//!
//! Questions and their 解説 ([`catalog`]), answers, scoring, bands and advice, the session state
//! machine and the saved-data schema. Everything here is plain Rust, tested with `cargo test`.

pub mod advice;
pub mod answers;
pub mod beyond;
pub mod calendar;
pub mod catalog;
pub mod catalog_en;
pub mod combine;
pub mod compare;
pub mod config;
pub mod drafts;
pub mod glossary;
pub mod i18n;
pub mod plan;
pub mod qr;
pub mod question;
pub mod records;
pub mod scoring;
pub mod session;
pub mod share;
pub mod snapshot;
pub mod star_two;
pub mod step_up;
pub mod transfer;

pub use advice::{advice, AdviceItem, Band};
pub use answers::{merge_answers, Answers};
pub use question::{
    Choice, Footnote, Part, PartInfo, Question, QuestionNo, Resource, QUESTION_COUNT,
};
pub use scoring::{score, Tally};
pub use session::{Action, Notice, Session, Step};
pub use snapshot::{restore, RestoreError, Snapshot, SNAPSHOT_VERSION};
