//! Completed diagnoses, the comparison of two, and moving everything to another device.

pub mod history_page;
pub mod model;
pub mod text;
