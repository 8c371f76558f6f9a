//! A task of the action plan as the user keeps it: ticked, a note, a target date, and when it
//! last changed (for merges); how it is stored and checked when read, and how it changes. The
//! store composes it into the records (`store::records::Records::plan`).

use serde::{Deserialize, Serialize};

use crate::core::lang::Lang;
use crate::core::limit::too_long;
use crate::core::time::{CivilDate, Timestamp};

/// Most characters of a task note.
pub const MAX_NOTE_CHARS: usize = 500;

/// The user's progress on one task of the action plan. Ticking a task never changes a diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct TaskState {
    /// Ticked as done.
    pub done: bool,
    /// A short note (at most [`MAX_NOTE_CHARS`] characters).
    pub note: String,
    /// Target date (stored as `YYYY-MM-DD`, `None` as `""`).
    #[serde(serialize_with = "crate::core::time::date_or_empty")]
    pub target_date: Option<CivilDate>,
    /// When it was last changed (`None` = never; stored as `""`). Decides which side wins when
    /// an import brings the same task.
    #[serde(serialize_with = "crate::core::time::text_or_empty")]
    pub updated_at: Option<Timestamp>,
}

/// A [`TaskState`] as stored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StoredTask {
    done: bool,
    note: String,
    target_date: String,
    updated_at: String,
}

impl StoredTask {
    /// The task state, or why it cannot be kept.
    pub fn check(self) -> Result<TaskState, TaskProblem> {
        if too_long(&self.note, MAX_NOTE_CHARS) {
            return Err(TaskProblem::NoteTooLong);
        }
        let target_date = CivilDate::parse(&self.target_date);
        if !self.target_date.is_empty() && target_date.is_none() {
            return Err(TaskProblem::BadTargetDate);
        }
        let updated_at = optional_time(&self.updated_at).map_err(|()| TaskProblem::BadTime)?;
        Ok(TaskState {
            done: self.done,
            note: self.note,
            target_date,
            updated_at,
        })
    }
}

/// Why a plan task was not loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskProblem {
    /// Its note is too long.
    NoteTooLong,
    /// Its target date is not a valid date.
    BadTargetDate,
    /// Its last-changed time is not valid.
    BadTime,
}

impl TaskProblem {
    pub fn text(self, lang: Lang) -> &'static str {
        let t = crate::features::plan::model::task_text::texts(lang);
        match self {
            TaskProblem::NoteTooLong => t.task_note_too_long,
            TaskProblem::BadTargetDate => t.task_bad_target_date,
            TaskProblem::BadTime => t.task_bad_time,
        }
    }
}

/// A change to one task of the action plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskChange {
    /// Ticked as done, or not.
    Done(bool),
    /// The note (cut to [`MAX_NOTE_CHARS`]).
    Note(String),
    /// The target date as the date field gives it: `YYYY-MM-DD`, or empty (anything else
    /// clears the date too).
    TargetDate(String),
}

/// A time as stored: empty is none; anything else must be a [`Timestamp`].
fn optional_time(text: &str) -> Result<Option<Timestamp>, ()> {
    if text.is_empty() {
        Ok(None)
    } else {
        Timestamp::parse(text).map(Some).ok_or(())
    }
}
