//! Rolling up the results of an association's member companies (issue 32,
//! 「会員企業の結果を集計する」): share links and codes pasted or read from a CSV/TSV export of a
//! web form, and the app's own export files, counted into bands, totals, Parts, questions and
//! optional groups. Everything happens in the browser; nothing is saved or sent.

pub mod group_table;
pub mod model;
pub mod rollup_figures;
pub mod rollup_page;
pub mod text;
