//! The result's parts that few visits use, each in a chunk fetched when needed (issue 30): the QR
//! code's encoder (the code is drawn once it arrives), Safari's note about deleted data (only in
//! Safari), and the files made from the result (the CSV, the calendar reminder).

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::core::Answers;
use crate::features::result::expiry_note::ExpiryNote;
use crate::features::result::model::qr;
use crate::features::result::send_result::SendResult;
use crate::kit::later::Part;

/// The QR code of `text` as SVG path data (`qr::qr_svg_path`).
#[wasm_split(qr, fallible)]
pub fn qr_path(text: String) -> Result<Option<(usize, String)>, SplitLoaderError> {
    Ok(qr::qr_svg_path(&text))
}

/// Safari's note about saved data deleted after seven days.
#[wasm_split(history, fallible)]
pub fn expiry_note() -> Result<Part, SplitLoaderError> {
    Ok(|| view! { <ExpiryNote /> }.into_any())
}

/// 「結果を○○に送る」, for a deployment whose config names where results go (`collect`).
#[wasm_split(result_more, fallible)]
pub fn send_result() -> Result<Part, SplitLoaderError> {
    Ok(|| view! { <SendResult /> }.into_any())
}

/// The files made from a result.
#[derive(Clone, Copy)]
pub struct ResultFiles {
    /// The result as CSV (`store::transfer::result_csv`): the answers, when they were completed
    /// and the device's offset from UTC then, in minutes.
    pub csv: fn(&Answers, &str, i32) -> String,
    /// The reminder to check again (`core::time::reminder_ics`).
    pub reminder: fn(&str, u32, &str, &str) -> Option<String>,
}

/// The files' writers.
#[wasm_split(result_more, fallible)]
pub fn result_files() -> Result<ResultFiles, SplitLoaderError> {
    Ok(ResultFiles {
        csv: crate::store::transfer::result_csv,
        reminder: crate::core::time::reminder_ics,
    })
}
