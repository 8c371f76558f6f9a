//! The landing screen and the questions, Part by Part.

pub mod intro_page;
pub mod part_nav;
pub mod progress;
pub mod question_card;
pub mod question_page;
pub mod restart_control;
pub mod text;
