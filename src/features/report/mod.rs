//! The printable A4 report of a result.

pub mod report_page;
pub mod text;
