//! The share link of the result on screen and the day it was completed: what the share panel,
//! the report and 「結果を○○に送る」 put in front of people (no component, no chunk, so each of
//! them can use it without importing the others).

use leptos::prelude::*;

use crate::core::{share, Answers};
use crate::store::records::Records;
use crate::store::Session;

/// The share link of `answers` completed on `date` (`YYYY-MM-DD`): this page's address (with its
/// `?org=`) and `#r=…&d=…`, so that the result can be put back into a history with its date.
pub fn share_url(answers: &Answers, date: &str) -> Option<String> {
    let code = share::encode(answers)?;
    let base = crate::platform::history::app_address()?;
    Some(format!("{base}{}", share::dated_fragment(&code, date)))
}

/// The day the diagnosis on screen was completed, in the user's time zone: that of its history
/// entry (not whatever entry is newest: a saved share link or an import can be newer), or today.
pub fn diagnosis_date(session: ReadSignal<Session>, records: ReadSignal<Records>) -> String {
    session
        .with_untracked(|s| s.entry.clone())
        .and_then(|id| {
            records.with_untracked(|r| {
                r.find(&id)
                    .map(|e| crate::platform::files::local_date(e.completed_at.as_str()))
            })
        })
        .unwrap_or_else(crate::platform::files::today)
}
