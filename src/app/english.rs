//! The English text, registered as one chunk (issue 30; `core::lang::english`): the catalog's,
//! the glossary's and every screen's table. Only the English chunk (`chunks::fetch_english`)
//! names this list, so none of it is in what a first visit downloads.

use crate::core::lang::{register_english, EnglishTable};

/// Every English table of the app. A screen's `texts(lang)` finds its own here by type; a table
/// missing here reads as Japanese (`tests/i18n.rs` checks that none is).
pub static TABLES: [EnglishTable; 25] = [
    &crate::core::catalog_en::CATALOG_EN,
    &crate::core::glossary::GLOSSARY_EN,
    &crate::kit::text::EN,
    &crate::app::text::EN,
    &crate::features::diagnosis::text::EN,
    &crate::features::result::text::EN,
    &crate::features::plan::text::EN,
    &crate::features::report::text::EN,
    &crate::features::history::text::EN,
    &crate::features::after::text::EN,
    &crate::features::combine::text::EN,
    &crate::features::publish::text::EN,
    &crate::features::publish::form_text::EN,
    &crate::features::publish::brand_text::EN,
    &crate::features::rollup::text::EN,
    &crate::features::office::text::EN,
    &crate::core::text::EN,
    &crate::core::share_text::EN,
    &crate::features::after::model::text::EN,
    &crate::features::combine::model::text::EN,
    &crate::features::plan::model::text::EN,
    &crate::features::plan::model::task_text::EN,
    &crate::features::publish::model::text::EN,
    &crate::features::rollup::model::text::EN,
    &crate::store::text::EN,
];

/// Registers [`TABLES`]: from then on English reads as English.
pub fn register() {
    register_english(&TABLES);
}
