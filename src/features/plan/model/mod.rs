//! The action plan (対策リスト): one task per question not answered 実施している, in the order
//! an owner should work through them.
//!
//! Order: Part 1 first (the sheet asks every company to do these five), then the わからない
//! items as 「確認する」 tasks, then 実施していない, then 一部実施している; number order within
//! each group. The user's progress on each task is kept in [`Records::plan`]; ticking a task never
//! changes a diagnosis.

use std::collections::BTreeMap;

use crate::core::answers::Answers;
use crate::core::catalog;
use crate::core::lang::Lang;
use crate::core::question::{Choice, Part, Question, QuestionNo};
use crate::features::plan::model::task::TaskState;
use crate::features::plan::model::text::texts;

pub mod task;
pub mod task_text;
pub mod text;

/// What the task asks of the user, from the answer given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskKind {
    /// Answered わからない: find out first (see [`check_hint`]).
    Check,
    /// Answered 実施していない: start doing it.
    Implement,
    /// Answered 一部実施している: finish doing it.
    Improve,
}

impl TaskKind {
    /// The kind of task for an answer; `None` for 実施している (no task).
    pub fn of(choice: Choice) -> Option<TaskKind> {
        match choice {
            Choice::Done => None,
            Choice::Partial => Some(TaskKind::Improve),
            Choice::NotDone => Some(TaskKind::Implement),
            Choice::Unknown => Some(TaskKind::Check),
        }
    }

    /// The verb shown on the task.
    ///
    /// ```
    /// jishin_shindan::app::english::register(); // the English chunk, natively
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::plan::model::TaskKind;
    /// assert_eq!(TaskKind::Check.label(Lang::Ja), "確認する");
    /// assert_eq!(TaskKind::Check.label(Lang::En), "Check");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            TaskKind::Check => t.kind_check,
            TaskKind::Implement => t.kind_implement,
            TaskKind::Improve => t.kind_improve,
        }
    }

    /// Stable token for CSS classes and tests (`check`, `implement`, `improve`).
    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Check => "check",
            TaskKind::Implement => "implement",
            TaskKind::Improve => "improve",
        }
    }
}

/// The priority groups of the plan, in the order they are worked through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// Part 1 (基本的対策), whatever the answer.
    Part1,
    /// わからない, to be checked.
    Check,
    /// 実施していない.
    Implement,
    /// 一部実施している.
    Improve,
}

impl Group {
    /// Every group, in order.
    pub const ALL: [Group; 4] = [Group::Part1, Group::Check, Group::Implement, Group::Improve];

    /// The group's heading.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::plan::model::Group;
    /// assert_eq!(Group::Part1.label(Lang::Ja), "まず取り組む：Part 1 基本的対策");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Group::Part1 => t.group_part1,
            Group::Check => t.group_check,
            Group::Implement => t.group_implement,
            Group::Improve => t.group_improve,
        }
    }
}

/// One task of the action plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Task {
    /// The question number.
    pub no: QuestionNo,
    /// What to do.
    pub kind: TaskKind,
    /// Its priority group; tasks come sorted by it.
    pub priority_group: Group,
    /// The answer given.
    pub choice: Choice,
    /// The question with its 解説 and 対策例.
    pub question: &'static Question,
}

impl Task {
    /// For 「確認する」 tasks, who to ask and what to check ([`check_hint`]); `None` otherwise.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        (self.kind == TaskKind::Check).then(|| check_hint(self.no, lang))
    }
}

/// The plan's tasks under their group's heading: each group that has a task, in [`Group::ALL`]
/// order, with its tasks in plan order.
///
/// ```
/// use jishin_shindan::features::plan::model::{by_group, tasks, Group};
/// use jishin_shindan::core::{Answers, Choice};
/// let answers = Answers::all(Choice::Done).with(20, Choice::Partial).with(4, Choice::Partial);
/// let groups: Vec<(Group, Vec<u8>)> = by_group(&tasks(&answers))
///     .into_iter()
///     .map(|(g, list)| (g, list.iter().map(|t| t.no).collect()))
///     .collect();
/// assert_eq!(groups, vec![(Group::Part1, vec![4]), (Group::Improve, vec![20])]);
/// ```
pub fn by_group(tasks: &[Task]) -> Vec<(Group, Vec<Task>)> {
    Group::ALL
        .into_iter()
        .map(|group| {
            let list = tasks.iter().copied().filter(|t| t.priority_group == group);
            (group, list.collect::<Vec<_>>())
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// How many tasks of the plan are built with its screen: what the first screen shows (the first
/// two cards start at about 370 and 810 px on a 412 × 823 phone, 320 and 680 px on a 1280 × 800
/// laptop).
pub const FIRST_TASKS: usize = 2;
/// How many more are built in each frame after that.
pub const TASKS_PER_FRAME: usize = 6;

/// The batch the plan builds its task at `index` (its place in the whole plan) in: 0 with the
/// screen, then one batch per frame once the frame before is painted, so that the first paint
/// does not wait for 25 cards (issue 30: the plan opened from the service worker's cache).
///
/// ```
/// use jishin_shindan::features::plan::model::batch;
/// assert_eq!((0..25).map(batch).collect::<Vec<_>>(), [
///     0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4,
/// ]);
/// ```
pub fn batch(index: usize) -> usize {
    match index.checked_sub(FIRST_TASKS) {
        None => 0,
        Some(later) => 1 + later / TASKS_PER_FRAME,
    }
}

/// The action plan for a set of answers: every answered question not answered 実施している,
/// in priority order (Part 1; わからない; 実施していない; 一部実施している — number order within
/// each). Unanswered questions give no task.
///
/// ```
/// use jishin_shindan::features::plan::model::{tasks, TaskKind};
/// use jishin_shindan::core::{Answers, Choice};
/// let answers = Answers::all(Choice::Done)
///     .with(20, Choice::Partial)
///     .with(9, Choice::Unknown)
///     .with(4, Choice::Partial);
/// let order: Vec<(u8, TaskKind)> = tasks(&answers).iter().map(|t| (t.no, t.kind)).collect();
/// assert_eq!(order, vec![(4, TaskKind::Improve), (9, TaskKind::Check), (20, TaskKind::Improve)]);
/// ```
pub fn tasks(answers: &Answers) -> Vec<Task> {
    let mut tasks: Vec<Task> = catalog::QUESTIONS
        .iter()
        .filter_map(|question| {
            let choice = answers.get(question.no)?;
            let kind = TaskKind::of(choice)?;
            let priority_group = if question.part == Part::Basic {
                Group::Part1
            } else {
                match kind {
                    TaskKind::Check => Group::Check,
                    TaskKind::Implement => Group::Implement,
                    TaskKind::Improve => Group::Improve,
                }
            };
            Some(Task {
                no: question.no,
                kind,
                priority_group,
                choice,
                question,
            })
        })
        .collect();
    // Stable: the catalog is in number order, so each group stays in number order.
    tasks.sort_by_key(|t| t.priority_group);
    tasks
}

/// How far the user has got with the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Tasks ticked as done.
    pub done: usize,
    /// All tasks.
    pub total: usize,
}

/// Counts the tasks of `answers` that are ticked in `plan` (ticks for questions that are no
/// longer tasks do not count).
///
/// ```
/// use jishin_shindan::features::plan::model::progress;
/// use jishin_shindan::store::records::{RecordsAction, TaskChange};
/// use jishin_shindan::store::state::State;
/// use jishin_shindan::core::{Answers, Choice};
/// let mut state = State::default();
/// state.apply(RecordsAction::Task(2, TaskChange::Done(true)), "2026-11-25T10:15:00.000Z");
/// let p = progress(&Answers::all(Choice::NotDone), &state.records.plan);
/// assert_eq!((p.done, p.total), (1, 25));
/// ```
pub fn progress(answers: &Answers, plan: &BTreeMap<QuestionNo, TaskState>) -> Progress {
    let all = tasks(answers);
    Progress {
        done: all
            .iter()
            .filter(|t| plan.get(&t.no).is_some_and(|s| s.done))
            .count(),
        total: all.len(),
    }
}

/// For a わからない answer: who to ask and what to check, as a short instruction ([`Task`]'s
/// 「確認する」). Empty for numbers outside 1–25.
///
/// ```
/// jishin_shindan::app::english::register(); // the English chunk, natively
/// use jishin_shindan::core::lang::Lang;
/// use jishin_shindan::features::plan::model::check_hint;
/// assert!(check_hint(1, Lang::Ja).contains("IT業者"));
/// assert!(check_hint(1, Lang::En).contains("IT vendor"));
/// assert_eq!(check_hint(26, Lang::Ja), "");
/// ```
pub fn check_hint(no: QuestionNo, lang: Lang) -> &'static str {
    usize::from(no)
        .checked_sub(1)
        .and_then(|i| texts(lang).check_hints.get(i))
        .copied()
        .unwrap_or("")
}
