//! 履歴: completed diagnoses with their totals, the change between two of them, and moving
//! everything to another device (ダウンロード / 読み込む) without any server.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::core::catalog;
use crate::core::lang::{fill, Lang, Localized};
use crate::features::history::model::{compare, Comparison};
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::records::{HistoryEntry, Note, Records, RecordsAction};
use crate::store::state::ImportConfirmed;
use crate::store::transfer::{self, CurrentAction, ExportFile, ImportPreview, MAX_IMPORT_BYTES};
use crate::store::{Action, Session};
use crate::APP_VERSION;

/// How many diagnoses the list shows at first, and how many more each 「さらに表示」 adds:
/// years of monthly checks stay quick to open on a slow phone.
const HISTORY_PAGE: usize = 50;

/// How long 「元に戻す」 is offered after a deletion.
const UNDO_FOR: std::time::Duration = std::time::Duration::from_secs(8);

/// A deletion the user is asked to confirm: the entry's id, its date as listed, its total, and
/// its row (to give the focus back to its button on 「キャンセル」).
#[derive(Clone)]
struct Pending {
    id: String,
    date: String,
    total: i32,
    row: usize,
}

/// The history screen.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let shown = RwSignal::new(HISTORY_PAGE);
    // The deletion waiting for its confirmation, and the one that can still be undone (where
    // the entry was, oldest first, and the entry).
    let pending = RwSignal::new(None::<Pending>);
    let undo = RwSignal::new(None::<(usize, HistoryEntry)>);
    let t = crate::features::history::text::texts(crate::kit::lang());
    let delete = move |p: Pending| {
        pending.set(None);
        let Some((index, entry)) = records.with_untracked(|r| r.position(&p.id)) else {
            return;
        };
        dispatch.send(RecordsAction::Delete(p.id.clone()));
        undo.set(Some((index, entry)));
        crate::kit::focus_after_render("history-undo".to_string());
        // Offered for a while; a later deletion has its own time.
        set_timeout(
            move || {
                let _ = undo.try_update(|u| {
                    if u.as_ref().is_some_and(|(_, e)| e.id == p.id) {
                        *u = None;
                    }
                });
            },
            UNDO_FOR,
        );
    };
    let restore = move || {
        let Some((index, entry)) = undo.get_untracked() else {
            return;
        };
        undo.set(None);
        dispatch.send(RecordsAction::Restore {
            index,
            entry: Box::new(entry),
        });
        // The focus goes to the delete button of the row that came back (newest first).
        let rows = records.with_untracked(|r| r.history.len());
        let row = rows.saturating_sub(index + 1);
        crate::kit::focus_after_render(format!("history-delete-{row}"));
    };
    // Days with more than one diagnosis: their entries are labelled with the time too.
    let shared_days = Memo::new(move |_| {
        records.with(|r| {
            let mut seen = BTreeSet::new();
            let mut shared = BTreeSet::new();
            for e in &r.history {
                let day = crate::platform::files::local_date(e.completed_at.as_str());
                if !seen.insert(day.clone()) {
                    shared.insert(day);
                }
            }
            shared
        })
    });
    let when = move |completed_at: &str| {
        let day = crate::platform::files::local_date(completed_at);
        if shared_days.with(|s| s.contains(&day)) {
            crate::platform::files::local_date_time(completed_at)
        } else {
            day
        }
    };
    let comparison = Memo::new(move |_| {
        let ids = selected.get();
        if ids.len() != 2 {
            return None;
        }
        records.with(|r| {
            let mut picked: Vec<_> = r.history.iter().filter(|e| ids.contains(&e.id)).collect();
            picked.sort_by(|a, b| a.completed_at.cmp(&b.completed_at));
            match picked.as_slice() {
                [before, after] => Some((
                    when(before.completed_at.as_str()),
                    when(after.completed_at.as_str()),
                    compare(&before.answers(), &after.answers()),
                )),
                _ => None,
            }
        })
    });

    view! {
        <section class="history" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.history_heading}</h1>
            <p>{t.history_lead}</p>
            {move || {
                let limit = shown.get();
                let (entries, total) = records.with(|r| {
                    (r.history.iter().rev().take(limit).cloned().collect::<Vec<_>>(), r.history.len())
                });
                let rest = total.saturating_sub(limit);
                if entries.is_empty() {
                    return view! { <p data-testid="history-empty">{t.history_empty}</p> }.into_any();
                }
                view! {
                    <table class="history__table" data-testid="history">
                        <caption class="visually-hidden">{t.history_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.history_compare}</th>
                                <th scope="col">{crate::kit::text::texts(crate::kit::lang()).check_date}</th>
                                <th scope="col">{crate::kit::text::texts(crate::kit::lang()).company}</th>
                                <th scope="col">{t.history_total}</th>
                                <th scope="col"><span class="visually-hidden">{t.history_actions}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {entries
                                .into_iter()
                                .enumerate()
                                .map(|(index, entry)| {
                                    let id = entry.id.clone();
                                    // The box keeps its own state (set here when the list is
                                    // built); a reactive `checked` would be one effect per row,
                                    // which made the screen slow with hundreds of diagnoses.
                                    let checked = selected.with_untracked(|s| s.contains(&id));
                                    let answers = entry.answers();
                                    let date = when(entry.completed_at.as_str());
                                    let label = fill(t.history_compare_label, &[("total", entry.total().to_string()), ("date", date.clone())]);
                                    let delete_label = fill(t.history_delete_label, &[("total", entry.total().to_string()), ("date", date.clone())]);
                                    let asked = Pending { id: id.clone(), date: date.clone(), total: entry.total(), row: index };
                                    view! {
                                        <tr data-testid="history-row">
                                            <td>
                                                <input
                                                    type="checkbox"
                                                    id=format!("history-pick-{index}")
                                                    aria-label=label
                                                    prop:checked=checked
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        let id = id.clone();
                                                        selected.update(|s| {
                                                            if on { s.insert(id); } else { s.remove(&id); }
                                                        });
                                                    }
                                                />
                                            </td>
                                            <td>{date}</td>
                                            <td>{entry.company.clone()}</td>
                                            <td data-testid="history-total">{fill(crate::kit::text::texts(crate::kit::lang()).tally_points, &[("n", entry.total().to_string())])}</td>
                                            <td>
                                                <button class="button button--small" on:click=move |_| dispatch.send(Action::OpenShared(answers))>
                                                    {crate::kit::text::texts(crate::kit::lang()).show_result}
                                                </button>
                                                " "
                                                <button
                                                    class="button button--small"
                                                    id=format!("history-delete-{index}")
                                                    aria-label=delete_label
                                                    on:click=move |_| {
                                                        pending.set(Some(asked.clone()));
                                                        crate::kit::focus_after_render("delete-confirm".to_string());
                                                    }
                                                >
                                                    {t.history_delete}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    {(rest > 0).then(|| view! {
                        <div class="actions">
                            <button
                                class="button button--small"
                                data-testid="history-more"
                                on:click=move |_| {
                                    // Keyboard focus goes to the first row that appears.
                                    let first_new = shown.get_untracked();
                                    shown.update(|n| *n += HISTORY_PAGE);
                                    crate::kit::focus_after_render(format!("history-pick-{first_new}"));
                                }
                            >
                                {fill(t.history_more, &[("n", rest.to_string())])}
                            </button>
                        </div>
                    })}
                }
                .into_any()
            }}
            {move || pending.get().map(|p| {
                let row = p.row;
                let question = fill(t.delete_confirm, &[("total", p.total.to_string()), ("date", p.date.clone())]);
                view! {
                    <div class="confirm" role="group" aria-labelledby="delete-confirm" data-testid="delete-confirm">
                        <p id="delete-confirm" tabindex="-1">{question}</p>
                        <div class="actions">
                            <button class="button button--primary" on:click=move |_| delete(p.clone())>{t.delete_yes}</button>
                            <button
                                class="button"
                                on:click=move |_| {
                                    pending.set(None);
                                    crate::kit::focus_after_render(format!("history-delete-{row}"));
                                }
                            >
                                {crate::kit::text::texts(crate::kit::lang()).cancel}
                            </button>
                        </div>
                    </div>
                }
            })}
            <div role="status" class="history__deleted">
                {move || undo.with(Option::is_some).then(|| view! {
                    <p class="notice" data-testid="deleted-status">
                        {t.deleted}
                        " "
                        <button class="button button--small" id="history-undo" on:click=move |_| restore()>{t.undo}</button>
                    </p>
                })}
            </div>
            <p role="status" class="history__hint">
                {move || match selected.with(|s| s.len()) {
                    0 | 2 => None,
                    1 => Some(t.history_pick_one_more),
                    _ => Some(t.history_pick_two),
                }}
            </p>
            {move || comparison.get().map(|(before, after, c)| view! { <ComparisonView before=before after=after comparison=c /> })}
            <DataTransfer />
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::Home)>{crate::kit::text::texts(crate::kit::lang()).to_intro}</button>
            </div>
        </section>
    }
}

/// The change between two diagnoses: total, per Part, and the questions that moved.
#[component]
fn ComparisonView(
    /// Date of the earlier diagnosis.
    before: String,
    /// Date of the later diagnosis.
    after: String,
    /// The computed change.
    comparison: Comparison,
) -> impl IntoView {
    let lang = crate::kit::lang();
    let t = crate::features::history::text::texts(lang);
    let signed = |d: i32| {
        if d > 0 {
            format!("+{d}")
        } else {
            d.to_string()
        }
    };
    let change_list = |items: &[crate::features::history::model::ChangeItem]| {
        items
            .iter()
            .map(|c| {
                let heading = catalog::question(c.no).map_or("", |q| lang.heading(q));
                let text = fill(
                    t.change_item,
                    &[
                        ("no", c.no.to_string()),
                        ("before", lang.choice(c.before).to_string()),
                        ("after", lang.choice(c.after).to_string()),
                        ("heading", heading.to_string()),
                    ],
                );
                view! { <li>{text}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
            <h2 id="comparison-heading">{fill(t.comparison_heading, &[("before", before), ("after", after)])}</h2>
            <p class="comparison__total" data-testid="comparison-total">
                {fill(
                    t.comparison_total,
                    &[
                        ("before", comparison.before_total.to_string()),
                        ("after", comparison.after_total.to_string()),
                        ("delta", signed(comparison.total_delta)),
                    ],
                )}
            </p>
            <table class="part-table">
                <caption>{t.comparison_parts}</caption>
                <tbody>
                    {comparison
                        .parts
                        .iter()
                        .map(|p| view! {
                            <tr>
                                <th scope="row">{format!("Part {} {}", p.part.number(), lang.part_title(p.part))}</th>
                                <td>{fill(t.comparison_part, &[
                                    ("before", p.before.to_string()),
                                    ("after", p.after.to_string()),
                                    ("delta", signed(p.delta)),
                                ])}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h3>{fill(t.improved, &[("n", comparison.improved.len().to_string())])}</h3>
            <ul data-testid="improved">{change_list(&comparison.improved)}</ul>
            <h3>{fill(t.worsened, &[("n", comparison.worsened.len().to_string())])}</h3>
            <ul data-testid="worsened">{change_list(&comparison.worsened)}</ul>
        </section>
    }
}

/// Downloads everything this device keeps as the export file (「データをダウンロード」; also
/// offered by the note about Safari deleting saved data).
pub fn download_data(session: ReadSignal<Session>, records: ReadSignal<Records>) {
    let now = crate::platform::files::now_iso();
    let json = records.with_untracked(|r| {
        session.with_untracked(|s| {
            transfer::export(&s.answers, s.entry.as_deref(), r, APP_VERSION, &now)
        })
    });
    crate::platform::files::download(
        &format!(
            "jishin-shindan-{}.json",
            crate::platform::files::local_date(&now)
        ),
        "application/json",
        &json,
    );
}

/// ダウンロード (everything as one JSON file) and 読み込む (with a preview before anything
/// changes; newer data here is never overwritten).
#[component]
fn DataTransfer() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let pending = RwSignal::new(None::<(String, ExportFile, ImportPreview)>);
    let message = RwSignal::new(None::<(bool, String)>);
    let lang = crate::kit::lang();
    let t = crate::features::history::text::texts(lang);

    let export = move |_| download_data(session, records);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = crate::platform::files::picker(&ev) else {
            return;
        };
        message.set(None);
        pending.set(None);
        leptos::task::spawn_local(async move {
            let picked = crate::platform::files::read_picked(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            match picked {
                None => {}
                Some(Err(e)) => message.set(Some((false, e.text(lang)))),
                Some(Ok((name, text))) => match transfer::parse_import(&text) {
                    Err(e) => message.set(Some((
                        false,
                        fill(t.import_failed, &[("reason", e.text(lang)), ("name", name)]),
                    ))),
                    Ok(file) => {
                        let preview = records.with_untracked(|r| {
                            transfer::preview(&session.with_untracked(|s| s.answers), r, &file)
                        });
                        pending.set(Some((name, file, preview)));
                    }
                },
            }
        });
    };
    let confirm = move |_| {
        let Some((_, file, _)) = pending.get_untracked() else {
            return;
        };
        // Its records merged in, and its diagnosis in progress where this browser has none
        // (`store::state::Action::Import`).
        dispatch.send(ImportConfirmed(file));
        pending.set(None);
        message.set(Some((true, t.imported.to_string())));
    };

    view! {
        <section class="transfer" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{t.transfer_heading}</h2>
            <p>{t.transfer_lead}</p>
            <div class="actions">
                <button class="button" on:click=export>{t.export_data}</button>
                <label class="button" for="import-file">{t.import_data}</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_pick />
            </div>
            <div role="alert">
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "notice" } else { "notice notice--error" } data-testid="import-message">{text}</p>
                })}
            </div>
            {move || pending.get().map(|(name, file, p)| view! {
                <div class="import-preview" data-testid="import-preview">
                    <h3>{fill(t.import_preview_heading, &[("name", name)])}</h3>
                    <ul>
                        <li>{fill(t.import_history, &[
                            ("new", p.new_history.to_string()),
                            ("duplicate", p.duplicate_history.to_string()),
                        ])}</li>
                        {(p.updated_history > 0).then(|| view! {
                            <li>{fill(t.import_history_updated, &[("n", p.updated_history.to_string())])}</li>
                        })}
                        <li>{fill(t.import_plan, &[
                            ("updates", p.plan_updates.to_string()),
                            ("kept", p.plan_kept_local_newer.to_string()),
                        ])}</li>
                        <li>{match p.current_answers {
                            CurrentAction::Adopt => t.import_adopt,
                            CurrentAction::KeepLocal => t.import_keep_local,
                            CurrentAction::Nothing => t.import_nothing,
                        }}</li>
                        {p.profile_adopted.then_some(view! { <li>{t.import_profile}</li> })}
                        {p.beyond_updated.then_some(view! { <li>{t.import_beyond}</li> })}
                        {dropped_notes(lang, &file.dropped)}
                    </ul>
                    <p>{t.import_no_overwrite}</p>
                    <div class="actions">
                        <button class="button button--primary" on:click=confirm disabled=p.is_noop()>{t.import_confirm}</button>
                        <button class="button" on:click=move |_| pending.set(None)>{crate::kit::text::texts(crate::kit::lang()).cancel}</button>
                    </div>
                </div>
            })}
        </section>
    }
}

/// What the file had that will not be loaded, one note each.
fn dropped_notes(lang: Lang, dropped: &[Note]) -> impl IntoView {
    dropped
        .iter()
        .map(|d| view! { <li class="import-preview__dropped">{d.text(lang)}</li> })
        .collect_view()
}
