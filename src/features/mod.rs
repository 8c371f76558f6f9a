//! One folder per feature: its pure model, its wording and its components side by side.
//!
//! - [`diagnosis`]: the landing screen and the three Parts of questions.
//! - [`result`]: the result, its advice, chart, share link and QR code, and a shared result.
//! - [`plan`]: the action plan (対策リスト).
//! - [`report`]: the printable A4 report.
//! - [`history`]: completed diagnoses, comparison, export and import.
//! - [`after`]: 「診断の後に」: ★★, the step-up checklist and the drafts.
//! - [`combine`]: combining several results.
//! - [`rollup`]: rolling up many member companies' results (issue 32).
//! - [`office`]: Word and Excel files of the drafts, the plan and the result (issue 34).
//! - [`publish`]: an organisation's config, its banner and contact desk, and the embed code.

pub mod after;
pub mod combine;
pub mod diagnosis;
pub mod history;
pub mod office;
pub mod plan;
pub mod publish;
pub mod report;
pub mod result;
pub mod rollup;
