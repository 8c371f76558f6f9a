//! The result: the sheet's tally, band and advice, the per-Part chart, the share link with its QR code, and a result opened from a link.

pub mod advice_card;
pub mod expiry_note;
pub mod lazy;
pub mod model;
pub mod result_chart;
pub mod result_page;
pub mod result_summary;
pub mod send_result;
pub mod share_link;
pub mod share_panel;
pub mod shared_page;
pub mod tally_table;
pub mod text;
