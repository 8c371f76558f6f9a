//! The diagnosis as a state machine: one [`Action`] enum and one pure [`Session::apply`], with
//! the screens ([`Step`]) and their addresses ([`SCREENS`]). Part of the app's state, not of the
//! questionnaire (`core`): the saved data (`store::snapshot`) and the address bar
//! (`platform::history`) name a screen by its token, so the table lives here, below both; the
//! app's routing (`app::routing`, `app::chunks`) maps each screen to its components.

use crate::core::answers::Answers;
use crate::core::draft::DraftKind;
use crate::core::question::{Choice, Part, QuestionNo};

/// The screen the user is on. (Not the saved form: saved data names a screen by its token,
/// `store::snapshot`, so variants can be renamed freely.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// The landing screen.
    Intro,
    /// Answering one Part.
    Part(Part),
    /// The result (only reachable with all 25 answered).
    Result,
    /// The action plan (対策リスト) of the current result.
    Plan,
    /// The A4 report of the current result, for printing.
    Report,
    /// Completed diagnoses, comparison, export and import.
    History,
    /// 「診断の後に」: the ★★ path, the drafts, the step-up checklist and combining results.
    Beyond,
    /// One of the drafts (basic policy, rules sheet, staff handout).
    Draft(DraftKind),
    /// The optional step-up checklist (never changes the score).
    StepUp,
    /// Several results combined (departments, sites, a workshop).
    Combine,
    /// Members' results rolled up for an association (issue 32).
    RollUp,
    /// A result opened from a share link: shown read-only, never saved as this screen.
    Shared(Answers),
}

impl Step {
    /// The screen's token in its address (`?screen=…`, issue 19): `start`, `part-1` … `part-3`,
    /// `result`, `plan`, `report`, `history`, `after`, `policy`, `rules`, `handout`, `step-up`,
    /// `combine`. A shared result has none: its address is the share link (`#r=…`).
    ///
    /// ```
    /// use jishin_shindan::core::Part;
    /// use jishin_shindan::store::Step;
    /// assert_eq!(Step::Part(Part::Employee).token(), Some("part-2"));
    /// assert_eq!(Step::from_token("part-2"), Some(Step::Part(Part::Employee)));
    /// ```
    pub fn token(self) -> Option<&'static str> {
        SCREENS
            .iter()
            .find(|(step, _)| *step == self)
            .map(|(_, token)| *token)
    }

    /// Whether the screen needs all 25 answers: the result and what derives from it (the plan, the
    /// report). The one place this rule is written.
    pub fn needs_all_answers(self) -> bool {
        matches!(self, Step::Result | Step::Plan | Step::Report)
    }

    /// The screen of a token (see [`Step::token`]); `None` for anything else.
    pub fn from_token(token: &str) -> Option<Step> {
        SCREENS
            .iter()
            .find(|(_, t)| *t == token)
            .map(|(step, _)| *step)
    }
}

/// Every screen with an address, and its token: the address (`?screen=…`), the browser's back
/// and forward buttons and the saved data (`store::snapshot::saved_step`) all name a screen by
/// its token, so a new screen is one row here (and never changes the saved schema). A token is
/// never renamed: it is in people's bookmarks and in saved data.
pub const SCREENS: [(Step, &str); 15] = [
    (Step::Intro, "start"),
    (Step::Part(Part::Basic), "part-1"),
    (Step::Part(Part::Employee), "part-2"),
    (Step::Part(Part::Organization), "part-3"),
    (Step::Result, "result"),
    (Step::Plan, "plan"),
    (Step::Report, "report"),
    (Step::History, "history"),
    (Step::Beyond, "after"),
    (Step::Draft(DraftKind::Policy), "policy"),
    (Step::Draft(DraftKind::Rules), "rules"),
    (Step::Draft(DraftKind::Handout), "handout"),
    (Step::StepUp, "step-up"),
    (Step::Combine, "combine"),
    (Step::RollUp, "rollup"),
];

/// The token of the publishing page's address (`?screen=publish`); it shows over the screen the
/// user was on, or over the landing when opened from its address.
pub const PUBLISH_TOKEN: &str = "publish";

/// Something the user should be told about their last action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The result was asked for early; the user was taken to the first unanswered question.
    Unanswered {
        /// The question the user was taken to.
        first: QuestionNo,
        /// How many questions are still unanswered.
        remaining: usize,
    },
}

/// Every user intent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start (nothing answered yet) or continue where the user left off.
    Start,
    /// Choose an answer (or clear it with `None`).
    Answer(QuestionNo, Option<Choice>),
    /// Go to the next Part.
    Next,
    /// Go to the previous Part, or back to the landing screen from Part 1.
    Prev,
    /// Jump to a Part.
    GoToPart(Part),
    /// Show the result, or go to the first unanswered question.
    ShowResult,
    /// Go back to the landing screen.
    Home,
    /// Ask to clear everything; needs [`Action::ConfirmRestart`].
    RequestRestart,
    /// Keep the answers after all.
    CancelRestart,
    /// Clear all answers and return to the landing screen.
    ConfirmRestart,
    /// The answers were changed elsewhere (another tab, an import): take them and the history
    /// entry they belong to, stay on this screen unless it is the result and answers are now
    /// missing.
    Adopt(Answers, Option<String>),
    /// This diagnosis reached its result and is kept in the history under this id (see
    /// `Records::record_result`).
    Recorded(String),
    /// Open 「このツールを自社サイトに掲載する」 over the current screen.
    OpenPublishPage,
    /// Close it and return to the screen underneath.
    ClosePublishPage,
    /// Show a shared result read-only.
    OpenShared(Answers),
    /// Start the next diagnosis from the current answers (the user changes only what moved).
    NewDiagnosis,
    /// Open a screen: from a button, or by its address (a link, a bookmark, the browser's back
    /// and forward buttons). A screen that needs answers the device does not have opens the nearest sensible
    /// screen instead: the first unanswered question, with a note saying how many remain.
    Open(Step),
}

/// The state of one diagnosis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The answers so far.
    pub answers: Answers,
    /// The current screen.
    pub step: Step,
    /// The Part the user was last answering (where 「続きから」 goes).
    pub last_part: Part,
    /// A message about the last action, if any.
    pub notice: Option<Notice>,
    /// True while the 「最初からやり直す」 confirmation is shown.
    pub confirming_restart: bool,
    /// Counts screen changes, so the view can move focus even when the screen stays the same
    /// (for example asking for the result twice while questions remain).
    pub navigation: u32,
    /// True while 「このツールを自社サイトに掲載する」 is shown over [`Session::step`]. Not part of
    /// the diagnosis: it is never saved, and any move to another screen closes it.
    pub publish_page: bool,
    /// The id of this diagnosis' history entry, once it has reached its result (`None` before,
    /// and again after 「最初からやり直す」 or 「もう一度診断する」: the next result is a new entry).
    pub entry: Option<String>,
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

impl Session {
    /// A fresh diagnosis on the landing screen.
    pub fn new() -> Self {
        Session {
            answers: Answers::new(),
            step: Step::Intro,
            last_part: Part::Basic,
            notice: None,
            confirming_restart: false,
            navigation: 0,
            publish_page: false,
            entry: None,
        }
    }

    /// Applies one user action.
    ///
    /// ```
    /// use jishin_shindan::core::{Choice, Part};
    /// use jishin_shindan::store::{Action, Session, Step};
    /// let mut s = Session::new();
    /// s.apply(Action::Start);
    /// s.apply(Action::Answer(1, Some(Choice::Done)));
    /// s.apply(Action::Next);
    /// assert_eq!(s.step, Step::Part(Part::Employee));
    /// ```
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Start => {
                let part = if self.answers.is_empty() {
                    Part::Basic
                } else {
                    self.last_part
                };
                self.go(Step::Part(part));
            }
            Action::Answer(no, choice) => {
                self.answers.set(no, choice);
                if let Some(Notice::Unanswered { .. }) = self.notice {
                    self.notice = self
                        .answers
                        .first_unanswered()
                        .map(|first| Notice::Unanswered {
                            first,
                            remaining: self.answers.remaining(),
                        });
                }
            }
            Action::Next => match self.step {
                Step::Intro => self.apply(Action::Start),
                Step::Part(p) => match p.next() {
                    Some(next) => self.go(Step::Part(next)),
                    None => self.apply(Action::ShowResult),
                },
                // Every other screen has its own way on (its buttons).
                _ => {}
            },
            Action::Prev => match self.step {
                Step::Part(p) => self.go(p.prev().map_or(Step::Intro, Step::Part)),
                Step::Result => self.go(Step::Part(Part::Organization)),
                // The plan and the report belong to the result; back goes there.
                Step::Plan | Step::Report => self.go(Step::Result),
                Step::History | Step::Shared(_) => self.go(Step::Intro),
                // 「診断の後に」 is opened from the result (or, without one, the landing screen).
                Step::Beyond if self.answers.is_complete() => self.go(Step::Result),
                Step::Beyond => self.go(Step::Intro),
                Step::Draft(_) | Step::StepUp | Step::Combine | Step::RollUp => {
                    self.go(Step::Beyond)
                }
                Step::Intro => {}
            },
            Action::GoToPart(part) => self.go(Step::Part(part)),
            Action::ShowResult => match self.answers.first_unanswered() {
                None => self.go(Step::Result),
                Some(first) => {
                    let remaining = self.answers.remaining();
                    let part = Part::of_question(first).unwrap_or(Part::Basic);
                    self.go(Step::Part(part));
                    self.notice = Some(Notice::Unanswered { first, remaining });
                }
            },
            Action::Home => self.go(Step::Intro),
            Action::RequestRestart => self.confirming_restart = true,
            Action::CancelRestart => self.confirming_restart = false,
            // Only after RequestRestart: a stray or repeated confirm must never wipe answers.
            Action::ConfirmRestart if !self.confirming_restart => {}
            Action::ConfirmRestart => {
                let navigation = self.navigation.wrapping_add(1);
                *self = Session::new();
                self.navigation = navigation;
            }
            Action::OpenPublishPage => {
                self.publish_page = true;
                self.notice = None;
                self.confirming_restart = false;
                self.navigation = self.navigation.wrapping_add(1);
            }
            Action::ClosePublishPage if self.publish_page => {
                self.publish_page = false;
                self.navigation = self.navigation.wrapping_add(1);
            }
            Action::ClosePublishPage => {}
            Action::OpenShared(answers) => {
                if answers.is_complete() {
                    self.go(Step::Shared(answers));
                }
            }
            Action::NewDiagnosis => {
                self.entry = None;
                self.go(Step::Part(Part::Basic));
            }
            Action::Recorded(id) => self.entry = Some(id),
            Action::Open(step) => match step {
                Step::Intro => self.go(Step::Intro),
                Step::Part(part) => self.go(Step::Part(part)),
                Step::Result => self.apply(Action::ShowResult),
                step if step.needs_all_answers() && !self.answers.is_complete() => {
                    self.apply(Action::ShowResult)
                }
                Step::Shared(answers) => self.apply(Action::OpenShared(answers)),
                other => self.go(other),
            },
            Action::Adopt(answers, entry) => {
                self.answers = answers;
                self.entry = entry;
                if self.step.needs_all_answers() && !answers.is_complete() {
                    let part = answers
                        .first_unanswered()
                        .and_then(Part::of_question)
                        .unwrap_or(Part::Basic);
                    self.go(Step::Part(part));
                } else if answers.is_empty() && !matches!(self.step, Step::Part(_)) {
                    self.go(Step::Intro);
                }
            }
        }
    }

    /// Moves to another screen, clearing transient state.
    fn go(&mut self, step: Step) {
        if step.needs_all_answers() && !self.answers.is_complete() {
            return;
        }
        if let Step::Part(p) = step {
            self.last_part = p;
        }
        self.step = step;
        self.publish_page = false;
        self.notice = None;
        self.confirming_restart = false;
        self.navigation = self.navigation.wrapping_add(1);
    }
}
