//! The action plan (対策リスト): every item not answered 実施している as a task, in priority
//! order, with a done tick, a note and a target date that persist. Ticking never changes the
//! diagnosis itself.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::time::field_text;
use crate::features::office::lazy::OfficeFiles;
use crate::features::office::office_button::OfficeButton;
use crate::features::plan::model::{batch, by_group, progress, tasks, Task};
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::records::{RecordsAction, TaskChange, MAX_NOTE_CHARS};
use crate::store::{Action, Step};

/// The action plan screen.
#[component]
pub fn PlanPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let lang = crate::kit::lang();
    let t = crate::features::plan::text::texts(lang);
    let answers = session.with_untracked(|s| s.answers);
    let progress = Memo::new(move |_| records.with(|r| progress(&answers, &r.plan)));
    let groups = by_group(&tasks(&answers));
    // The first few cards come with the screen, the rest a batch per frame after it is painted
    // (`batch`): building and laying out 25 cards before the first paint took about twice the
    // 150 ms the plan has to open from the cache on a slow phone.
    let count: usize = groups.iter().map(|(_, list)| list.len()).sum();
    let last = count.checked_sub(1).map_or(0, batch);
    let built = RwSignal::new(0usize);
    build_later(built, last);
    // Whether each later batch may be built: one memo per batch, shared by its cards (the first
    // batch is built with the screen and needs none).
    let ready: Vec<Memo<bool>> = (1..=last)
        .map(|b| Memo::new(move |_| built.get() >= b))
        .collect();
    let mut index = 0;

    view! {
        <section class="plan" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{crate::kit::text::texts(crate::kit::lang()).plan_heading}</h1>
            <p>{t.plan_lead}</p>
            <p class="plan__progress" data-testid="plan-progress" aria-live="polite">
                {move || {
                    let p = progress.get();
                    fill(t.plan_progress, &[("done", p.done.to_string()), ("total", p.total.to_string())])
                }}
            </p>
            {if groups.is_empty() {
                view! { <p>{t.plan_none}</p> }.into_any()
            } else {
                // Busy until every card is built: assistive technology may wait for the whole
                // list, and tests know when it is all there.
                view! {
                    <div class="plan__tasks" aria-busy=move || (built.get() < last).then_some("true")>
                        {groups
                            .into_iter()
                            .map(|(group, list)| view! {
                                <h2 class="plan__group">{group.label(lang)}</h2>
                                <ol class="plan__list">
                                    {list
                                        .into_iter()
                                        .map(|task| {
                                            index += 1;
                                            let ready = batch(index - 1).checked_sub(1).map(|b| ready[b]);
                                            in_batch(ready, task)
                                        })
                                        .collect_view()}
                                </ol>
                            })
                            .collect_view()}
                    </div>
                }
                .into_any()
            }}
            <div class="actions no-print">
                // The plan as an Excel file (issue 34): the tasks with their dates, ticks, notes.
                <OfficeButton word=false make=move |files: OfficeFiles| {
                    let today = crate::platform::files::today();
                    let bytes = records.with_untracked(|r| {
                        (files.plan)(&answers, &r.plan, r.profile.company.trim(), &today)
                    });
                    Some((format!("jishin-shindan-plan-{today}.xlsx"), bytes))
                } />
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_result}</button>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::Report))>{crate::kit::text::texts(crate::kit::lang()).open_report}</button>
            </div>
        </section>
    }
}

/// Builds the plan's later batches, one per frame, each once the frame before it is painted (a
/// timeout from an animation frame runs after that frame's paint). Stops when the plan is gone.
fn build_later(built: RwSignal<usize>, last: usize) {
    if built.get_untracked() >= last {
        return;
    }
    request_animation_frame(move || {
        set_timeout(
            move || {
                if built.try_update(|b| *b += 1).is_some() {
                    build_later(built, last);
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// The card of `task`: built now (the first batch, no `ready`), else once its batch is `ready`.
fn in_batch(ready: Option<Memo<bool>>, task: Task) -> AnyView {
    match ready {
        None => view! { <TaskItem task=task /> }.into_any(),
        Some(ready) => (move || ready.get().then(|| view! { <TaskItem task=task /> })).into_any(),
    }
}

/// One task: what to do, the 対策例, and the user's tick, note and date.
#[component]
fn TaskItem(
    /// The task to show.
    task: Task,
) -> impl IntoView {
    let records = use_records();
    let lang = crate::kit::lang();
    let t = crate::features::plan::text::texts(lang);
    let no = task.no;
    let state = Memo::new(move |_| records.with(|r| r.task(no)));
    // One memo per field: a keystroke in the note then sets only the note back on its field,
    // not the tick and the date too (docs/performance.md, History: issue 15).
    let done = Memo::new(move |_| state.with(|s| s.done));
    let date = Memo::new(move |_| state.with(|s| field_text(s.target_date)));
    let dispatch = crate::kit::use_dispatch();
    let edit = move |change: TaskChange| dispatch.send(RecordsAction::Task(no, change));
    let id = format!("task-{no}");
    let q = task.question;
    view! {
        <li class=format!("task task--{}", task.kind.as_str()) data-testid="task" data-no=no>
            <div class="task__head">
                <input
                    type="checkbox"
                    id=format!("{id}-done")
                    prop:checked=move || done.get()
                    on:change=move |ev| {
                        let done = event_target_checked(&ev);
                        edit(TaskChange::Done(done));
                    }
                />
                <label for=format!("{id}-done") class="task__title">
                    <span class="badge">{task.kind.label(lang)}</span>
                    {format!(" No.{no} {}", lang.heading(q))}
                </label>
            </div>
            <p class="task__answer">{fill(t.task_answer, &[("answer", lang.choice(task.choice).to_string())])}</p>
            {task.hint(lang).map(|hint| view! { <p class="task__hint">{hint}</p> })}
            <p class="task__examples"><strong>{crate::kit::text::texts(crate::kit::lang()).examples_label}</strong>{lang.examples(q).join(" ")}</p>
            // A form of its own per card: the browser's autofill, which runs on every keystroke,
            // then looks at this card's two fields instead of every field of the page. It is
            // never submitted: nothing in it submits (Enter in the date field does not, in
            // Chromium), and the handler and the CSP's form-action 'none' would stop it.
            // With `.task { position: relative }` (style/main.css: each card is painted on its
            // own, not the whole long page) about a quarter less work per keystroke
            // (docs/performance.md, History: issue 15).
            <form class="task__fields no-print" on:submit=|ev| ev.prevent_default()>
                <label for=format!("{id}-note")>{t.note}</label>
                <textarea
                    id=format!("{id}-note")
                    maxlength=MAX_NOTE_CHARS
                    rows="2"
                    prop:value=move || state.with(|s| s.note.clone())
                    // Saved as it is typed: a note written just before the tab closes is kept.
                    on:input=move |ev| {
                        let note = event_target_value(&ev);
                        edit(TaskChange::Note(note));
                    }
                ></textarea>
                <label for=format!("{id}-date")>{t.target_date}</label>
                <input
                    type="date"
                    id=format!("{id}-date")
                    prop:value=move || date.get()
                    on:change=move |ev| {
                        let date = event_target_value(&ev);
                        edit(TaskChange::TargetDate(date));
                    }
                />
            </form>
            <p class="task__print print-only">
                {move || state.with(|s| {
                    fill(
                        t.task_print,
                        &[
                            ("status", (if s.done { t.task_done } else { t.task_not_done }).to_string()),
                            ("date", s.target_date.map_or_else(|| "―".to_string(), |d| d.to_string())),
                            ("note", s.note.clone()),
                        ],
                    )
                })}
            </p>
        </li>
    }
}
