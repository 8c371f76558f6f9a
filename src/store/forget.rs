//! 「この端末のデータをすべて削除」: what the app keeps on this device, counted for the
//! confirmation ([`Inventory`]), and the state after the deletion ([`ForgetAll`]: a first visit's,
//! through the one `State::apply`). Removing the saved keys and the service worker's copy of the
//! config is the platform's part (`platform::forget`). Pure Rust, tested natively.

use crate::store::records::Records;
use crate::store::session::Session;
use crate::store::state::{Changed, Intent, State};

/// What a deletion of everything removes from the state, as the confirmation lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Inventory {
    /// Completed diagnoses in the history.
    pub history: usize,
    /// Tasks of the action plan with something entered (done, a note or a target date).
    pub plan: usize,
    /// True when the drafts (基本方針, 社内ルール, 注意事項) hold anything.
    pub drafts: bool,
    /// True when the ★★ or the step-up checklist has a tick or an answer.
    pub checklists: bool,
    /// Questions answered in the diagnosis in progress.
    pub answers: usize,
    /// True when a company or respondent name is kept.
    pub profile: bool,
}

impl Inventory {
    /// What `session` and `records` (the app's state) hold.
    ///
    /// ```
    /// use jishin_shindan::core::Choice;
    /// use jishin_shindan::store::Action;
    /// use jishin_shindan::store::forget::Inventory;
    /// use jishin_shindan::store::state::State;
    /// let mut state = State::default();
    /// state.apply(Action::Answer(1, Some(Choice::Done)), "2026-11-25T10:00:00.000Z");
    /// let inventory = Inventory::of(&state.session, &state.records);
    /// assert_eq!((inventory.answers, inventory.history), (1, 0));
    /// ```
    pub fn of(session: &Session, records: &Records) -> Inventory {
        let beyond = &records.beyond;
        Inventory {
            history: records.history.len(),
            plan: records
                .plan
                .values()
                .filter(|t| t.done || !t.note.is_empty() || t.target_date.is_some())
                .count(),
            drafts: beyond.drafts != Default::default(),
            checklists: beyond.star_two != Default::default()
                || beyond.step_up != Default::default(),
            answers: session.answers.answered_count(),
            profile: !records.profile.is_empty(),
        }
    }
}

/// Everything on this device deleted (the user confirmed it): the state of a first visit, the
/// landing screen with nothing answered and nothing kept. Another tab told of the deletion takes
/// the same state (`app::persistence`), and writes nothing back.
pub struct ForgetAll;

impl Intent for ForgetAll {
    fn apply_to(self, state: &mut State, _now: &str) -> Changed {
        let empty = State::default();
        let changed = Changed {
            session: state.session != empty.session,
            records: state.records != empty.records,
        };
        *state = empty;
        changed
    }
}
