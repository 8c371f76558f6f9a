//! The app's state and its one change function: the diagnosis in progress ([`Session`]) and
//! everything kept beside it ([`Records`]), changed only by [`State::apply`] with an action (an
//! [`Intent`]). A step that changes both is one action: reaching the result records the diagnosis
//! in the history (and tells the session its entry); a confirmed import takes in the file's
//! records and, where this browser has none, its answers in progress. The screens dispatch
//! actions (`kit::Dispatch`), the tests apply the same ones natively.

use crate::store::records::{Records, RecordsAction};
use crate::store::session::{self, Session, Step};
use crate::store::sync::Merged;
use crate::store::transfer::{self, ExportFile};

/// The whole state of the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    /// The diagnosis in progress and the screen on view.
    pub session: Session,
    /// The history, the plan, the profile and the after-the-diagnosis data.
    pub records: Records,
}

/// Which parts an action changed (the app tells only their readers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changed {
    /// The session.
    pub session: bool,
    /// The records.
    pub records: bool,
}

impl State {
    /// Applies one action at time `now` (ISO 8601 from the clock: the time of a result reached,
    /// of a change for merges) and says what changed.
    ///
    /// ```
    /// use jishin_shindan::core::{Answers, Choice};
    /// use jishin_shindan::store::{Action, Step};
    /// use jishin_shindan::store::state::State;
    /// let mut state = State::default();
    /// state.apply(Action::Adopt(Answers::all(Choice::Done), None), "2026-11-25T10:00:00.000Z");
    /// state.apply(Action::ShowResult, "2026-11-25T10:00:00.000Z");
    /// assert_eq!(state.session.step, Step::Result);
    /// // Reaching the result recorded the diagnosis, and the session knows its entry.
    /// assert_eq!(state.records.history.len(), 1);
    /// assert_eq!(state.session.entry.as_deref(), Some(state.records.history[0].id.as_str()));
    /// ```
    pub fn apply(&mut self, action: impl Intent, now: &str) -> Changed {
        action.apply_to(self, now)
    }

    fn apply_session(&mut self, action: session::Action, now: &str) -> Changed {
        let before = self.session.clone();
        self.session.apply(action);
        let changed = Changed {
            session: self.session != before,
            records: false,
        };
        if self.session.step == Step::Result && before.step != Step::Result {
            self.keep_result(now, changed)
        } else {
            changed
        }
    }

    fn apply_records(&mut self, action: RecordsAction, now: &str) -> Changed {
        Changed {
            session: false,
            records: self.records.apply(action, now),
        }
    }

    fn apply_import(&mut self, file: ExportFile, now: &str) -> Changed {
        let adopted = transfer::taken_over(&self.session.answers, &file);
        let entry = file.current_entry();
        self.records
            .apply(RecordsAction::Import(Box::new(file.records)), now);
        let before = self.session.clone();
        if let Some(answers) = adopted {
            self.session.apply(session::Action::Adopt(answers, entry));
        }
        Changed {
            session: self.session != before,
            records: true,
        }
    }

    fn apply_opened(&mut self, now: &str) -> Changed {
        if self.session.step == Step::Result {
            self.keep_result(now, Changed::default())
        } else {
            Changed::default()
        }
    }

    fn apply_merged(&mut self, merged: Merged) -> Changed {
        let Merged {
            answers,
            entry,
            records,
        } = merged;
        let before = self.session.clone();
        self.session.apply(session::Action::Adopt(answers, entry));
        let records_changed = self.records != records;
        self.records = records;
        Changed {
            session: self.session != before,
            records: records_changed,
        }
    }

    /// Records the diagnosis on the result (see `Records::record_result` for the rule) and tells
    /// the session its entry: when the result is reached, and when the app opens on it.
    fn keep_result(&mut self, now: &str, mut changed: Changed) -> Changed {
        let version = self.records.history.version();
        let entry = self.session.entry.clone();
        self.records.keep_result(&mut self.session, now);
        changed.records |= self.records.history.version() != version;
        changed.session |= self.session.entry != entry;
        changed
    }
}

/// An action: every change of the state is one, applied by [`State::apply`]. The diagnosis'
/// actions ([`session::Action`]), the records' ([`RecordsAction`]), and the app's own:
/// [`ImportConfirmed`], [`Opened`], another tab's [`Merged`] data. Each kind has its own arm, so
/// what a screen links is the arm of the actions it sends: the main module's screens send only
/// the diagnosis' actions, and the records' changes (the plan, the drafts, the checklists,
/// imports) stay in the chunks of the screens that make them (issue 30).
pub trait Intent {
    /// Applies itself to `state` at `now`: one arm of [`State::apply`].
    fn apply_to(self, state: &mut State, now: &str) -> Changed;
}

impl Intent for session::Action {
    fn apply_to(self, state: &mut State, now: &str) -> Changed {
        state.apply_session(self, now)
    }
}

impl Intent for RecordsAction {
    fn apply_to(self, state: &mut State, now: &str) -> Changed {
        state.apply_records(self, now)
    }
}

/// Take in an export file the user confirmed: its records merged in (nothing newer here is
/// overwritten), and its answers in progress where this browser has none, with the history entry
/// they belong to (so their result is not recorded a second time).
pub struct ImportConfirmed(pub ExportFile);

impl Intent for ImportConfirmed {
    fn apply_to(self, state: &mut State, now: &str) -> Changed {
        state.apply_import(self.0, now)
    }
}

/// The app has opened on this state (restored, or fresh): a result on screen is recorded as
/// reaching it is.
pub struct Opened;

impl Intent for Opened {
    fn apply_to(self, state: &mut State, now: &str) -> Changed {
        state.apply_opened(now)
    }
}

/// Another tab's saved data, merged with this tab's (`sync::merge`): the answers and their entry
/// adopted, the records replaced by the merge.
impl Intent for Merged {
    fn apply_to(self, state: &mut State, _now: &str) -> Changed {
        state.apply_merged(self)
    }
}
