//! What several test files share.

use jishin_shindan::store::records::Records;
use jishin_shindan::store::snapshot::{join_history, RestoreError};
use jishin_shindan::store::Session;
use jishin_shindan::store::Snapshot;

/// The saved data of `session` and `records` at `revision`, exactly as the app writes it
/// (`app::persistence`: the head, and the history under its own key) and reads it back
/// (`platform::storage` joins the two).
#[allow(dead_code)]
pub fn stored(session: &Session, records: &Records, app_version: &str, revision: u64) -> String {
    let head = Snapshot::stored_head(session, records, app_version, revision);
    join_history(&head, Some(&Snapshot::stored_history(records)))
}

/// What the app makes of stored text when it starts (`app::shell`): the snapshot's session, or a
/// fresh session and the reason the text could not be read.
#[allow(dead_code)]
pub fn restore(raw: &str) -> (Session, Option<RestoreError>) {
    match Snapshot::from_json(raw) {
        Ok(snapshot) => (snapshot.session(), None),
        Err(e) => (Session::new(), Some(e)),
    }
}

/// What 読み込む does with a file once the user confirms it: the app's own action
/// (`store::state::Action::Import`, the one `apply` the history screen dispatches). Returns the
/// answers in progress and the records after it.
#[allow(dead_code)]
pub fn import(
    current: &jishin_shindan::core::Answers,
    local: &Records,
    file: &jishin_shindan::store::transfer::ExportFile,
) -> (jishin_shindan::core::Answers, Records) {
    let mut session = Session::new();
    session.apply(jishin_shindan::store::Action::Adopt(*current, None));
    let mut state = jishin_shindan::store::state::State {
        session,
        records: local.clone(),
    };
    state.apply(
        jishin_shindan::store::state::ImportConfirmed(file.clone()),
        "2030-01-01T00:00:00.000Z",
    );
    (state.session.answers, state.records)
}

/// `records` read back as the app reads saved data: written as it writes them, read as
/// [`jishin_shindan::store::records::StoredRecords`] and checked. Returns what is kept and the
/// notes.
#[allow(dead_code)]
pub fn reread(records: &Records) -> (Records, Vec<jishin_shindan::store::records::Note>) {
    reread_value(serde_json::to_value(records).unwrap())
}

/// Stored records given as JSON (to store what the app itself would never write), read and
/// checked as the app does.
#[allow(dead_code)]
pub fn reread_value(
    value: serde_json::Value,
) -> (Records, Vec<jishin_shindan::store::records::Note>) {
    serde_json::from_value::<jishin_shindan::store::records::StoredRecords>(value)
        .unwrap()
        .sanitize()
}
