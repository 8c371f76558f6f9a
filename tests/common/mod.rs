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

/// Applies `action` to `records` the one way the app changes them: `State::apply` (with a fresh
/// diagnosis beside them). Returns what changed.
#[allow(dead_code)]
pub fn apply(
    records: &mut Records,
    action: impl jishin_shindan::store::state::Intent,
    now: &str,
) -> jishin_shindan::store::state::Changed {
    let mut state = jishin_shindan::store::state::State {
        session: Session::new(),
        records: std::mem::take(records),
    };
    let changed = state.apply(action, now);
    *records = state.records;
    changed
}

/// A diagnosis with `answers` reaching its result at `now`, as the app records it
/// (`State::apply` of `Action::ShowResult`): `entry` is the history entry it already has (`None`
/// for a new diagnosis; `Some` reviews it). Returns the id of its entry, `None` when nothing was
/// recorded (incomplete answers, `now` not a timestamp).
#[allow(dead_code)]
pub fn reach_result(
    records: &mut Records,
    entry: Option<&str>,
    answers: &jishin_shindan::core::Answers,
    now: &str,
) -> Option<String> {
    use jishin_shindan::store::state::State;
    use jishin_shindan::store::{Action, Step};
    let mut state = State {
        session: Session::new(),
        records: std::mem::take(records),
    };
    state.apply(Action::Adopt(*answers, entry.map(str::to_string)), now);
    state.apply(Action::ShowResult, now);
    *records = state.records;
    let recorded = state.session.step == Step::Result;
    state.session.entry.filter(|_| recorded)
}

/// A completed diagnosis with `answers` kept in the history at `now` (a new diagnosis reaching its
/// result, see [`reach_result`]). Returns the id of its entry.
#[allow(dead_code)]
pub fn complete(
    records: &mut Records,
    answers: &jishin_shindan::core::Answers,
    now: &str,
) -> String {
    reach_result(records, None, answers, now).expect("complete answers and a timestamp")
}

/// The plan task `no` changed at `now`, as the plan screen changes it (`RecordsAction::Task`
/// through `State::apply`).
#[allow(dead_code)]
pub fn task(
    records: &mut Records,
    no: jishin_shindan::core::QuestionNo,
    change: jishin_shindan::store::records::TaskChange,
    now: &str,
) {
    apply(
        records,
        jishin_shindan::store::records::RecordsAction::Task(no, change),
        now,
    );
}

/// Ticks (or unticks) a ★★ step as the checklist's screen does: `RecordsAction::StarTwo`
/// through the one `State::apply`. True when it changed the records.
#[allow(dead_code)]
pub fn tick(
    records: &mut Records,
    step: jishin_shindan::features::after::model::star_two::StarTwoStep,
    done: bool,
    now: &str,
) -> bool {
    let action = jishin_shindan::store::records::RecordsAction::StarTwo(step, done);
    apply(records, action, now).records
}

/// Answers (or clears) a step-up item as its screen does: `RecordsAction::StepUp` through the
/// one `State::apply`. True when it changed the records.
#[allow(dead_code)]
pub fn step_up(
    records: &mut Records,
    id: u8,
    choice: Option<jishin_shindan::core::Choice>,
    now: &str,
) -> bool {
    let action = jishin_shindan::store::records::RecordsAction::StepUp(id, choice);
    apply(records, action, now).records
}

/// Changes the drafts as their screens do: `RecordsAction::Draft` through the one
/// `State::apply`.
#[allow(dead_code)]
pub fn draft(
    records: &mut Records,
    change: jishin_shindan::features::after::model::drafts::DraftChange,
    now: &str,
) {
    apply(
        records,
        jishin_shindan::store::records::RecordsAction::Draft(change),
        now,
    );
}
