//! The action plan (対策リスト): the advice as tasks in priority order, with ticks, notes and dates.

pub mod model;
pub mod plan_page;
pub mod text;
