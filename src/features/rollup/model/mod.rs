//! The pure model of the roll-up (issue 32): reading the inputs and computing the figures. No
//! browser, no Leptos: the screen feeds text in slices and shows what comes back.
//!
//! - [`find`]: share links (`…#r=<code>&d=YYYY-MM-DD`) and bare share codes anywhere in a line.
//! - [`table`]: an RFC 4180 reader for CSV and TSV exports, fed in slices, and [`table::detect`],
//!   which tells the platform layer how to decode a picked file's bytes.
//! - [`builder`]: [`RollUpBuilder`], which takes pasted text, tables and export-file results
//!   source by source, drops duplicates, lists bad lines, and [`RollUpBuilder::finish`]es into a
//!   [`RollUp`].
//! - [`figures`]: the statistics ([`Figures`]) and groups, with exact values
//!   ([`figures::Ratio`]) and shares that add up to 100 % as displayed
//!   ([`figures::largest_remainder`]).
//! - [`export`]: the figures as a CSV file for Excel.
//!
//! # Example
//!
//! ```
//! use jishin_shindan::core::{share, Answers, Choice};
//! use jishin_shindan::features::rollup::model::RollUpBuilder;
//! let done = share::encode(&Answers::all(Choice::Done)).unwrap();
//! let half = share::encode(&Answers::all(Choice::Partial)).unwrap();
//! let mut builder = RollUpBuilder::new();
//! builder.start_text("貼り付け");
//! builder.feed(&format!("株式会社A https://example.jp/#r={done}&d=2026-11-25\n"));
//! builder.feed(&format!("{half}\n{half}\n1abc\n"));
//! let rollup = builder.roll_up();
//! assert_eq!(rollup.figures.count, 2);
//! assert_eq!(rollup.duplicates, 1);
//! assert_eq!(rollup.bad.len(), 1);
//! assert_eq!(rollup.bad[0].line, Some(4));
//! assert_eq!(rollup.figures.total.unwrap().mean.fixed(1), "75.0");
//! ```

pub mod builder;
pub mod export;
pub mod figures;
pub mod find;
pub mod table;
pub mod text;

// What the screen names; everything else by its module's path.
pub use builder::{slices, RollUp, RollUpBuilder};
pub use export::figures_csv;
pub use figures::{Figures, Group, QuestionStats, SHARE_UNITS};
