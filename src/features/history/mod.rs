//! Completed diagnoses, the comparison of two, moving everything to another device, and deleting
//! one diagnosis or everything this device keeps.

pub mod delete_all;
pub mod history_page;
pub mod model;
pub mod text;
