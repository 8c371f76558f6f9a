//! Combining the results of several departments, sites or a workshop.

pub mod combine_page;
pub mod model;
pub mod text;
