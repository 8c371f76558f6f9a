//! The questionnaire itself: questions and their 解説 ([`catalog`]), answers, scoring, bands and
//! advice, the drafts' kinds, the languages and dates, the zip writer. Plain Rust with no UI framework
//! and no browser bindings (checked by scripts/test.sh), and nothing above it: every other layer
//! builds on it.

pub mod advice;
pub mod answers;
pub mod catalog;
pub mod catalog_en;
pub mod draft;
pub mod exchange;
pub mod glossary;
pub mod html;
pub mod lang;
pub mod limit;
pub mod question;
pub mod scoring;
pub mod share;
pub mod share_text;
pub mod text;
pub mod time;
pub mod zip;

pub use limit::MAX_NAME_CHARS;

pub use advice::{advice, AdviceItem, Band};
pub use answers::{merge_answers, Answers};
pub use question::{Choice, Part, Question, QuestionNo, QUESTION_COUNT};
pub use scoring::{score, Tally};
