//! The roll-up screen (issue 32, 「会員企業の結果を集計する」): share links and codes pasted or in
//! picked files (CSV, TSV, text, the app's export files) are read in the browser only, a slice per
//! task so that 100,000 lines never freeze the page, and rolled up into the figures, optionally
//! per group of a column. Nothing is saved or sent: closing the screen drops everything.
//!
//! Opened from 「診断の後に」 and the publishing page (`Step::RollUp`); its code is a chunk of its
//! own (`app::chunks`).

use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::*;

use crate::core::answers::Answers;
use crate::core::lang::{fill, Localized};
use crate::core::time::CivilDate;
use crate::features::rollup::group_table::GroupTable;
use crate::features::rollup::model::{figures_csv, slices, RollUp, RollUpBuilder};
use crate::features::rollup::rollup_figures::RollUpFigures;
use crate::platform::files::ReadError;
use crate::store::transfer::{parse_import, MAX_IMPORT_BYTES};

/// Text fed to the builder per task: a few milliseconds on a slow phone, so the page can draw
/// the progress between two.
const SLICE_BYTES: usize = 64 * 1024;

/// Reading time per task, in milliseconds: under the 50 ms of a long task, so the page still
/// answers a tap or a scroll while 100,000 lines are read; longer turns than one frame because
/// each turn costs a timer and a frame of layout for the progress line (issue 32).
const TASK_MS: f64 = 40.0;

/// Bad lines listed on the screen; the rest are counted (「ほか N 件」).
const BAD_SHOWN: usize = 100;

/// What is still to be read, in order.
#[derive(Debug, Clone)]
enum Job {
    /// Pasted text, a text file, or a table, read from `at` on.
    Text {
        name: String,
        table: bool,
        text: String,
        at: usize,
    },
    /// The results of an export file, read by the store.
    Export {
        name: String,
        results: Vec<(Answers, Option<CivilDate>)>,
    },
}

/// The state the reading tasks share.
#[derive(Clone, Copy)]
struct Reading {
    builder: StoredValue<RollUpBuilder>,
    queue: StoredValue<VecDeque<Job>>,
    /// Lines and results read so far while reading; `None` when idle.
    progress: RwSignal<Option<(usize, usize)>>,
    rollup: RwSignal<Option<RollUp>>,
}

impl Reading {
    /// Queues a job; starts reading if idle.
    fn push(self, job: Job) {
        let idle = self.queue.with_value(VecDeque::is_empty);
        self.queue.update_value(|q| q.push_back(job));
        if idle {
            self.progress.set(Some((0, 0)));
            set_timeout(move || self.step(), Duration::ZERO);
        }
    }

    /// Reads slices for about [`TASK_MS`], then shows the progress and gives the page a turn
    /// before the next (a timer's turn costs at least 4 ms, so one slice per turn spent more time
    /// waiting than reading on a fast computer).
    fn step(self) {
        let started = crate::platform::clock::now_ms();
        loop {
            if !self.read_one() {
                self.finish();
                return;
            }
            if crate::platform::clock::now_ms() - started >= TASK_MS {
                break;
            }
        }
        let lines_results = self.builder.with_value(|b| (b.lines(), b.results()));
        self.progress.set(Some(lines_results));
        set_timeout(move || self.step(), Duration::ZERO);
    }

    /// Reads one slice of the first job; `false` when there is nothing left to read.
    fn read_one(self) -> bool {
        let Some(mut job) = self.queue.try_update_value(VecDeque::pop_front).flatten() else {
            return false;
        };
        let mut unfinished = false;
        self.builder.update_value(|b| match &mut job {
            Job::Text {
                name,
                table,
                text,
                at,
            } => {
                if *at == 0 {
                    if *table {
                        b.start_table(name);
                    } else {
                        b.start_text(name);
                    }
                }
                if let Some(slice) = text
                    .get(*at..)
                    .and_then(|rest| slices(rest, SLICE_BYTES).next())
                {
                    b.feed(slice);
                    *at += slice.len();
                }
                unfinished = *at < text.len();
            }
            Job::Export { name, results } => {
                for (answers, date) in results.iter() {
                    b.add_result(answers, *date, name);
                }
            }
        });
        if unfinished {
            self.queue.update_value(|q| q.push_front(job));
        }
        true
    }

    /// Computes the figures of everything read so far (the builder goes on, for more input).
    fn finish(self) {
        self.progress.set(None);
        self.rollup
            .set(self.builder.try_update_value(|b| b.roll_up()));
    }

    /// Stops reading: what was read so far is rolled up, the rest dropped.
    fn cancel(self) {
        self.queue.update_value(VecDeque::clear);
    }

    /// Forgets everything read.
    fn clear(self) {
        self.queue.update_value(VecDeque::clear);
        self.builder.set_value(RollUpBuilder::new());
        self.rollup.set(None);
        self.progress.set(None);
    }
}

/// Reads the files picked in `input` as text (UTF-8, or Shift_JIS as Excel in Japan saves a CSV:
/// `platform::files`).
async fn read_picked_files(
    input: &web_sys::HtmlInputElement,
) -> Vec<(String, Result<String, ReadError>)> {
    crate::platform::files::read_all_picked(input, MAX_IMPORT_BYTES).await
}

/// The export file's results: every diagnosis in its history, dated by the day it was
/// completed (in this device's time zone, as the history shows it), or, with an empty history,
/// the answers in progress (undated). `Err` with the reason for a file that is not one.
fn export_results(text: &str) -> Result<Vec<(Answers, Option<CivilDate>)>, String> {
    let lang = crate::kit::lang();
    let file = parse_import(text).map_err(|e| e.text(lang))?;
    let mut results: Vec<(Answers, Option<CivilDate>)> = file
        .records
        .history
        .iter()
        .map(|entry| {
            let day = crate::platform::files::local_date(entry.completed_at.as_str());
            (entry.answers(), CivilDate::parse(&day))
        })
        .collect();
    if results.is_empty() {
        results.push((file.current_answers(), None));
    }
    Ok(results)
}

/// Column `i`'s name as the screen shows it: its header, or 「列3」 without one.
fn column_label(rollup: &RollUp, i: usize) -> Option<String> {
    let t = crate::features::rollup::text::texts(crate::kit::lang());
    rollup.columns.get(i).map(|c| {
        if c.name.is_empty() {
            fill(t.rollup_column, &[("n", c.number.to_string())])
        } else {
            c.name.clone()
        }
    })
}

/// The roll-up screen: the inputs, the progress, what could not be read, and the figures.
#[component]
pub fn RollUpPage() -> impl IntoView {
    let lang = crate::kit::lang();
    let t = crate::features::rollup::text::texts(lang);
    let reading = Reading {
        builder: StoredValue::new(RollUpBuilder::new()),
        queue: StoredValue::new(VecDeque::new()),
        progress: RwSignal::new(None),
        rollup: RwSignal::new(None),
    };
    let pasted = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<String>::new());
    let column = RwSignal::new(None::<usize>);

    let on_paste = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            errors.set(vec![t.rollup_paste_empty.to_string()]);
            return;
        }
        errors.set(Vec::new());
        reading.push(Job::Text {
            name: t.rollup_paste_name.to_string(),
            table: false,
            text,
            at: 0,
        });
        pasted.set(String::new());
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = crate::platform::files::picker(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let picked = read_picked_files(&input).await;
            input.set_value("");
            let mut failed = Vec::new();
            for (name, read) in picked {
                let text = match read {
                    Ok(text) => text,
                    Err(e) => {
                        failed.push(fill(
                            t.rollup_file_error,
                            &[("name", name), ("reason", e.text(lang))],
                        ));
                        continue;
                    }
                };
                let lower = name.to_ascii_lowercase();
                if lower.ends_with(".json") || text.trim_start().starts_with('{') {
                    match export_results(&text) {
                        Ok(results) => reading.push(Job::Export { name, results }),
                        Err(reason) => failed.push(fill(
                            t.rollup_file_error,
                            &[("name", name), ("reason", reason)],
                        )),
                    }
                } else {
                    let table = !lower.ends_with(".txt");
                    reading.push(Job::Text {
                        name,
                        table,
                        text,
                        at: 0,
                    });
                }
            }
            errors.set(failed);
        });
    };
    let download = move |_| {
        let Some(csv) = reading.rollup.with_untracked(|r| {
            r.as_ref()
                .map(|r| figures_csv(r, column.get_untracked(), lang))
        }) else {
            return;
        };
        crate::platform::files::download(
            &format!(
                "jishin-shindan-{}-{}.csv",
                t.rollup_csv_name,
                crate::platform::files::today()
            ),
            "text/csv;charset=utf-8",
            &csv,
        );
    };

    view! {
        <section class="rollup" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.rollup_title}</h1>
            <p>{t.rollup_lead}</p>
            <p>{t.rollup_not_saved}</p>
            <section class="combine__inputs no-print">
                <label for="rollup-paste">{t.rollup_paste_label}</label>
                <textarea
                    id="rollup-paste"
                    rows="6"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <p class="combine__hint">{t.rollup_paste_hint}</p>
                <div class="actions">
                    <button class="button" on:click=on_paste>{t.rollup_read_pasted}</button>
                </div>
                <p>{t.rollup_files_lead}</p>
                <div class="actions">
                    <label class="button" for="rollup-files">{t.rollup_pick_files}</label>
                    <input
                        id="rollup-files"
                        class="visually-hidden"
                        type="file"
                        multiple
                        accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,text/plain,application/json"
                        on:change=on_pick
                    />
                </div>
                <p role="status" data-testid="rollup-progress">
                    {move || reading.progress.get().map(|(lines, results)| {
                        fill(t.rollup_reading, &[("lines", lines.to_string()), ("results", results.to_string())])
                    })}
                </p>
                <Show when=move || reading.progress.with(Option::is_some)>
                    <button class="button button--quiet" on:click=move |_| reading.cancel()>{t.rollup_cancel}</button>
                </Show>
                <div role="alert">
                    {move || {
                        let list = errors.get();
                        (!list.is_empty()).then(|| view! {
                            <ul class="notice notice--error combine__errors" data-testid="rollup-errors">
                                {list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                            </ul>
                        })
                    }}
                </div>
            </section>
            {move || match reading.rollup.get() {
                None => view! { <p data-testid="rollup-nothing">{t.rollup_nothing}</p> }.into_any(),
                Some(r) => {
                    let f = &r.figures;
                    let dates = f.first_date.zip(f.last_date).map(|(first, last)| {
                        fill(t.rollup_dates, &[("first", first.to_string()), ("last", last.to_string())])
                    });
                    let shown_bad: Vec<String> = r.bad.iter().take(BAD_SHOWN).map(|b| b.text(lang)).collect();
                    let more_bad = r.bad.len().saturating_sub(BAD_SHOWN);
                    let options: Vec<(usize, String)> = (0..r.columns.len())
                        .filter_map(|i| {
                            let distinct = r.columns.get(i).map_or(0, |c| c.distinct);
                            column_label(&r, i).map(|name| (i, fill(t.rollup_column_option, &[("name", name), ("n", distinct.to_string())])))
                        })
                        .collect();
                    view! {
                        <section class="rollup__summary" data-testid="rollup-summary">
                            <p class="combined__total" data-testid="rollup-count">{fill(t.rollup_count, &[("n", f.count.to_string())])}</p>
                            {dates.map(|d| view! { <p>{d}</p> })}
                            {(f.undated > 0).then(|| view! { <p>{fill(t.rollup_undated, &[("n", f.undated.to_string())])}</p> })}
                            {(r.duplicates > 0).then(|| view! { <p data-testid="rollup-duplicates">{fill(t.rollup_duplicates, &[("n", r.duplicates.to_string())])}</p> })}
                            {(!r.bad.is_empty()).then(|| view! {
                                <details class="rollup__bad" data-testid="rollup-bad">
                                    <summary>{fill(t.rollup_bad_heading, &[("n", r.bad.len().to_string())])}</summary>
                                    <ul>
                                        {shown_bad.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                        {(more_bad > 0).then(|| view! { <li>{fill(t.rollup_bad_more, &[("n", more_bad.to_string())])}</li> })}
                                    </ul>
                                </details>
                            })}
                            <details class="rollup__sources">
                                <summary>{t.rollup_sources}</summary>
                                <ul>
                                    {r.sources.iter().map(|s| view! {
                                        <li>{fill(t.rollup_source_row, &[
                                            ("name", s.name.to_string()),
                                            ("kept", s.kept.to_string()),
                                            ("duplicates", s.duplicates.to_string()),
                                            ("bad", s.bad.to_string()),
                                        ])}</li>
                                    }).collect_view()}
                                </ul>
                            </details>
                        </section>
                        <RollUpFigures figures=r.figures.clone() />
                        {(!options.is_empty()).then(|| view! {
                            <div class="field no-print">
                                <label for="rollup-column">{t.rollup_group_by}</label>
                                <select
                                    id="rollup-column"
                                    on:change=move |ev| column.set(event_target_value(&ev).parse::<usize>().ok())
                                >
                                    <option value="" selected=move || column.get().is_none()>{t.rollup_group_none}</option>
                                    {options.into_iter().map(|(i, label)| view! {
                                        <option value=i.to_string() selected=move || column.get() == Some(i)>{label}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        })}
                    }
                    .into_any()
                }
            }}
            {move || {
                let i = column.get()?;
                reading
                    .rollup
                    .with(|r| {
                        let r = r.as_ref()?;
                        Some((r.groups(i), column_label(r, i)?))
                    })
                    .map(|(groups, name)| view! { <GroupTable groups=groups column=name /> })
            }}
            <div class="actions no-print">
                <Show when=move || reading.rollup.with(Option::is_some)>
                    <button class="button" on:click=move |_| crate::platform::files::print()>{t.rollup_print}</button>
                    <button class="button" on:click=download>{t.rollup_csv}</button>
                    <button class="button button--quiet" on:click=move |_| {
                        reading.clear();
                        column.set(None);
                        errors.set(Vec::new());
                    }>{t.rollup_clear}</button>
                </Show>
            </div>
        </section>
    }
}
