//! 履歴: completed diagnoses with their totals, the change between two of them, and moving
//! everything to another device (ダウンロード / 読み込む) without any server.

use std::collections::BTreeSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{use_dispatch, use_records, use_session};
use crate::domain::compare::{compare, Comparison};
use crate::domain::transfer::{self, CurrentAction, ExportFile, ImportPreview, MAX_IMPORT_BYTES};
use crate::domain::{catalog, Action};
use crate::APP_VERSION;

/// The history screen.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let selected = RwSignal::new(BTreeSet::<String>::new());
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
                    crate::files::local_date(&before.completed_at),
                    crate::files::local_date(&after.completed_at),
                    compare(&before.answers(), &after.answers()),
                )),
                _ => None,
            }
        })
    });

    view! {
        <section class="history" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">"履歴"</h1>
            <p>"結果を表示した診断は、日付とともにこの端末に保存されます。2つを選ぶと変化を比べられます。"</p>
            {move || {
                let entries = records.with(|r| r.history.clone());
                if entries.is_empty() {
                    return view! { <p data-testid="history-empty">"まだ履歴はありません。診断を最後まで行うと、ここに記録されます。"</p> }.into_any();
                }
                view! {
                    <table class="history__table" data-testid="history">
                        <caption class="visually-hidden">"これまでの診断"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"比べる"</th>
                                <th scope="col">"診断日"</th>
                                <th scope="col">"会社名"</th>
                                <th scope="col">"合計"</th>
                                <th scope="col"><span class="visually-hidden">"操作"</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {entries
                                .into_iter()
                                .rev()
                                .map(|entry| {
                                    let id = entry.id.clone();
                                    let id_check = id.clone();
                                    let answers = entry.answers();
                                    let date = crate::files::local_date(&entry.completed_at);
                                    let label = format!("{date} の診断（{}点）を比べる", entry.total());
                                    view! {
                                        <tr data-testid="history-row">
                                            <td>
                                                <input
                                                    type="checkbox"
                                                    aria-label=label
                                                    prop:checked=move || selected.with(|s| s.contains(&id_check))
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
                                            <td data-testid="history-total">{format!("{}点", entry.total())}</td>
                                            <td>
                                                <button class="button button--small" on:click=move |_| dispatch.send(Action::OpenShared(answers))>
                                                    "結果を見る"
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }}
            <p role="status" class="history__hint">
                {move || match selected.with(|s| s.len()) {
                    0 | 2 => None,
                    1 => Some("比べるには、もう1つ選んでください。"),
                    _ => Some("比べられるのは2つまでです。選択を2つにしてください。"),
                }}
            </p>
            {move || comparison.get().map(|(before, after, c)| view! { <ComparisonView before=before after=after comparison=c /> })}
            <DataTransfer />
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::Home)>"はじめの画面へ"</button>
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
    let signed = |d: i32| {
        if d > 0 {
            format!("+{d}")
        } else {
            d.to_string()
        }
    };
    let change_list = |items: &[crate::domain::compare::ChangeItem]| {
        items
            .iter()
            .map(|c| {
                let heading = catalog::question(c.no).map_or("", |q| q.heading);
                view! { <li>{format!("No.{} {}：{} → {}", c.no, heading, c.before.label(), c.after.label())}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
            <h2 id="comparison-heading">{format!("{before} → {after} の変化")}</h2>
            <p class="comparison__total" data-testid="comparison-total">
                {format!(
                    "合計 {}点 → {}点（{}点）",
                    comparison.before_total,
                    comparison.after_total,
                    signed(comparison.total_delta)
                )}
            </p>
            <table class="part-table">
                <caption>"Part ごとの変化"</caption>
                <tbody>
                    {comparison
                        .parts
                        .iter()
                        .map(|p| view! {
                            <tr>
                                <th scope="row">{format!("Part {} {}", p.part.number(), catalog::part_info(p.part).title)}</th>
                                <td>{format!("{}点 → {}点（{}）", p.before, p.after, signed(p.delta))}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h3>{format!("良くなった項目（{}件）", comparison.improved.len())}</h3>
            <ul data-testid="improved">{change_list(&comparison.improved)}</ul>
            <h3>{format!("悪くなった項目（{}件）", comparison.worsened.len())}</h3>
            <ul data-testid="worsened">{change_list(&comparison.worsened)}</ul>
        </section>
    }
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

    let export = move |_| {
        let now = crate::files::now_iso();
        let json = records.with_untracked(|r| {
            transfer::export(&session.with_untracked(|s| s.answers), r, APP_VERSION, &now)
        });
        crate::files::download(
            &format!("jishin-shindan-{}.json", crate::files::local_date(&now)),
            "application/json",
            &json,
        );
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        message.set(None);
        pending.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            let picked = crate::files::read_picked(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            match picked {
                None => {}
                Some(Err(e)) => message.set(Some((false, e.message()))),
                Some(Ok((name, text))) => match transfer::parse_import(&text) {
                    Err(e) => message.set(Some((
                        false,
                        format!("「{name}」を読み込めませんでした：{}", e.message()),
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
        let current = session.with_untracked(|s| s.answers);
        let (answers, merged) = records.with_untracked(|r| transfer::merge(&current, r, &file));
        records.set(merged);
        if answers != current {
            dispatch.send(Action::Adopt(answers));
        }
        pending.set(None);
        message.set(Some((true, "読み込みました。".to_string())));
    };

    view! {
        <section class="transfer" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">"データのダウンロードと読み込み"</h2>
            <p>"回答・履歴・対策リストを1つのファイルにまとめてダウンロードし、別のブラウザや端末で読み込めます。ファイルはどこにも送信されません。"</p>
            <div class="actions">
                <button class="button" on:click=export>"すべてのデータをダウンロード（JSON）"</button>
                <label class="button" for="import-file">"データを読み込む（インポート）"</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_pick />
            </div>
            <div role="alert">
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "notice" } else { "notice notice--error" } data-testid="import-message">{text}</p>
                })}
            </div>
            {move || pending.get().map(|(name, file, p)| view! {
                <div class="import-preview" data-testid="import-preview">
                    <h3>{format!("「{name}」の内容")}</h3>
                    <ul>
                        <li>{format!("追加される履歴：{}件（すでにある履歴：{}件）", p.new_history, p.duplicate_history)}</li>
                        <li>{format!("更新される対策リストの項目：{}件（この端末の方が新しいため保持：{}件）", p.plan_updates, p.plan_kept_local_newer)}</li>
                        <li>{match p.current_answers {
                            CurrentAction::Adopt => "回答中の診断：ファイルの回答を使います（この端末には回答中の診断がありません）。",
                            CurrentAction::KeepLocal => "回答中の診断：この端末の回答をそのまま残します。",
                            CurrentAction::Nothing => "回答中の診断：変更はありません。",
                        }}</li>
                        {p.profile_adopted.then_some(view! { <li>"会社名・回答者：ファイルの内容を使います。"</li> })}
                        {p.beyond_updated.then_some(view! { <li>"診断の後の記録（★★・ステップアップ・下書き）：ファイルの方が新しい部分を使います。"</li> })}
                        {file.dropped.iter().map(|d| view! { <li class="import-preview__dropped">{d.clone()}</li> }).collect_view()}
                    </ul>
                    <p>"この端末にある新しいデータが上書きされることはありません。"</p>
                    <div class="actions">
                        <button class="button button--primary" on:click=confirm disabled=p.is_noop()>"読み込む"</button>
                        <button class="button" on:click=move |_| pending.set(None)>"キャンセル"</button>
                    </div>
                </div>
            })}
        </section>
    }
}
