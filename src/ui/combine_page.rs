//! Combining several results (departments, sites, a workshop): export files and share links
//! are read in the browser only, and shown per question (weakest answer, spread, who answered
//! what), with the わからない hotspots and the per-Part and total ranges. Nothing is saved or
//! sent: the sources stay in memory while this screen is open.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{use_dispatch, use_records, use_session};
use crate::domain::combine::{
    combined_csv, read_file, read_pasted, Collection, Combined, Source, SourceError,
    MAX_LABEL_CHARS, MAX_SOURCES, MIN_SOURCES,
};
use crate::domain::transfer::MAX_IMPORT_BYTES;
use crate::domain::{catalog, Action, Choice};

/// The combine screen.
#[component]
pub fn CombinePage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let collection = RwSignal::new(Collection::new());
    let errors = RwSignal::new(Vec::<String>::new());
    let added = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());
    let anonymous = RwSignal::new(false);
    let combined = Memo::new(move |_| collection.with(Collection::combined));

    let add = move |reads: Vec<Result<Source, SourceError>>| {
        let before = collection.with_untracked(Collection::len);
        let mut failed = Vec::new();
        collection.update(|c| failed = c.add_all(reads));
        let after = collection.with_untracked(Collection::len);
        errors.set(failed.iter().map(SourceError::message).collect());
        added.set(Some(format!(
            "{}件を加えました（いま{}件）。",
            after - before,
            after
        )));
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let picked = crate::files::read_all_picked(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            if picked.is_empty() {
                return;
            }
            let reads = picked
                .into_iter()
                .map(|(name, text)| match text {
                    Ok(text) => read_file(&name, &text),
                    Err(e) => Err(SourceError {
                        source: name,
                        reason: e.message(),
                    }),
                })
                .collect();
            add(reads);
        });
    };
    let on_paste = move |_| {
        let text = pasted.get_untracked();
        let reads = read_pasted(&text);
        if reads.is_empty() {
            errors.set(vec![
                "共有リンクまたは共有コードを1行に1件ずつ貼り付けてください。".to_string(),
            ]);
            return;
        }
        add(reads);
        pasted.set(String::new());
    };
    let add_own = move |_| {
        let own = session.with_untracked(|s| {
            records.with_untracked(|r| {
                if s.answers.is_complete() {
                    Some(s.answers)
                } else {
                    r.latest().map(|e| e.answers())
                }
            })
        });
        match own.and_then(|a| Source::new("この端末の結果", a)) {
            Some(source) => add(vec![Ok(source)]),
            None => errors.set(vec![
                "この端末には、最後まで回答した診断がまだありません。".to_string()
            ]),
        }
    };
    let download = move |_| {
        if let Some(c) = combined.get_untracked() {
            let csv = combined_csv(&c, !anonymous.get_untracked());
            crate::files::download(
                &format!("jishin-shindan-combined-{}.csv", crate::files::today()),
                "text/csv;charset=utf-8",
                &csv,
            );
        }
    };

    view! {
        <section class="combine" aria-labelledby="screen-heading" lang="ja">
            <h1 id="screen-heading" tabindex="-1">"複数の結果をまとめる"</h1>
            <p>
                {format!("部署や拠点ごと、または講習会の参加者ごとの診断結果を{MIN_SOURCES}～{MAX_SOURCES}件まとめて、質問ごとに最も弱い回答と回答の分布を見られます。読み込みはこのブラウザの中だけで行い、どこにも送信しません。この画面を閉じると、読み込んだ結果は消えます（保存されません）。")}
            </p>
            <section class="combine__inputs no-print" aria-labelledby="combine-add-heading">
                <h2 id="combine-add-heading">"結果を加える"</h2>
                <p>"各部署で「履歴」画面の「すべてのデータをダウンロード（JSON）」で作ったファイルを選びます（複数選べます）。ファイルの最新の診断を使います。"</p>
                <div class="actions">
                    <label class="button" for="combine-files">"結果のファイルを選ぶ（複数可）"</label>
                    <input id="combine-files" class="visually-hidden" type="file" multiple accept=".json,application/json" on:change=on_pick />
                    <button class="button" on:click=add_own>"この端末の結果を加える"</button>
                </div>
                <label for="combine-paste">
                    "共有リンクまたは共有コードを貼り付け（1行に1件。行の先頭に名前を書くと、その名前で表示します。例：営業部 https://…#r=…）"
                </label>
                <textarea
                    id="combine-paste"
                    rows="4"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <p class="combine__hint">"講習会では、参加者の結果画面のQRコードをスマホのカメラで読み取り、表示されたリンクをまとめて貼り付けられます。"</p>
                <div class="actions">
                    <button class="button" on:click=on_paste>"貼り付けた結果を加える"</button>
                </div>
                <p role="status" data-testid="combine-added">{move || added.get()}</p>
                <div role="alert">
                    {move || {
                        let list = errors.get();
                        (!list.is_empty()).then(|| view! {
                            <ul class="notice notice--error combine__errors" data-testid="combine-errors">
                                {list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                            </ul>
                        })
                    }}
                </div>
            </section>
            <SourceList collection=collection />
            {move || match combined.get() {
                Some(c) => view! { <CombinedView combined=c anonymous=anonymous /> }.into_any(),
                None => view! {
                    <p data-testid="combine-waiting">
                        {format!("まとめるには、あと{}件以上の結果を加えてください。", MIN_SOURCES.saturating_sub(collection.with(Collection::len)))}
                    </p>
                }
                .into_any(),
            }}
            <div class="actions no-print">
                <Show when=move || combined.with(Option::is_some)>
                    <button class="button" on:click=download>"まとめをCSVでダウンロード"</button>
                </Show>
                <Show when=move || !collection.with(Collection::is_empty)>
                    <button class="button button--quiet" on:click=move |_| {
                        collection.set(Collection::new());
                        errors.set(Vec::new());
                        added.set(None);
                    }>"すべて外す"</button>
                </Show>
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>"「診断の後に」へ戻る"</button>
            </div>
        </section>
    }
}

/// The sources read so far: a name the user can change, the total, and 「外す」.
#[component]
fn SourceList(
    /// The sources.
    collection: RwSignal<Collection>,
) -> impl IntoView {
    view! {
        <section class="combine__sources" aria-labelledby="combine-sources-heading">
            <h2 id="combine-sources-heading">{move || format!("読み込んだ結果（{}件）", collection.with(Collection::len))}</h2>
            <ol class="combine__source-list" data-testid="combine-sources">
                {move || collection.with(|c| {
                    c.sources()
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let id = format!("combine-source-{i}");
                            view! {
                                <li class="combine__source" data-testid="combine-source">
                                    <label for=id.clone() class="visually-hidden">{format!("{}件目の名前", i + 1)}</label>
                                    <input
                                        id=id
                                        type="text"
                                        maxlength=MAX_LABEL_CHARS
                                        prop:value=s.label().to_string()
                                        on:change=move |ev| {
                                            let value = event_target_value(&ev);
                                            collection.update(|c| c.rename(i, &value));
                                        }
                                    />
                                    <span class="combine__source-total" data-testid="combine-source-total">{format!("{}点", s.total())}</span>
                                    <button
                                        class="button button--small button--quiet"
                                        aria-label=format!("「{}」を外す", s.label())
                                        on:click=move |_| collection.update(|c| c.remove(i))
                                    >
                                        "外す"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                })}
            </ol>
        </section>
    }
}

/// The combined view: ranges, hotspots and every question.
#[component]
fn CombinedView(
    /// The combined result.
    combined: Combined,
    /// Hide which source answered what (a workshop's anonymous view).
    anonymous: RwSignal<bool>,
) -> impl IntoView {
    let labels = combined.labels.clone();
    let range_text = |min: i32, max: i32, min_source: usize, max_source: usize| {
        format!(
            "最低 {min}点（{}）～ 最高 {max}点（{}）",
            labels.get(min_source).map_or("", String::as_str),
            labels.get(max_source).map_or("", String::as_str)
        )
    };
    let total = range_text(
        combined.total.min,
        combined.total.max,
        combined.total.min_source,
        combined.total.max_source,
    );
    let n = combined.source_count();
    let heading = |no: u8| catalog::question(no).map_or("", |q| q.heading);

    view! {
        <section class="combined" aria-labelledby="combined-heading" data-testid="combined">
            <h2 id="combined-heading">{format!("まとめた結果（{n}件）")}</h2>
            <p class="combined__total" data-testid="combined-total">{format!("合計点の範囲：{total}")}</p>
            <p data-testid="combined-weakest-total">
                {format!("各質問の最も弱い回答で数えた合計：{}点（どの回答元もこれ以上です）", combined.weakest_total())}
            </p>
            <table class="part-table" data-testid="combined-parts">
                <caption>"Part ごとの得点の範囲"</caption>
                <tbody>
                    {combined
                        .parts
                        .iter()
                        .map(|p| view! {
                            <tr>
                                <th scope="row">{format!("Part {} {}（{}点満点）", p.part.number(), catalog::part_info(p.part).title, p.max_points)}</th>
                                <td>{range_text(p.range.min, p.range.max, p.range.min_source, p.range.max_source)}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h3>"「わからない」が多い質問"</h3>
            {if combined.hotspots.is_empty() {
                view! { <p data-testid="hotspots-none">"「わからない」と回答した質問はありません。"</p> }.into_any()
            } else {
                view! {
                    <ol class="combined__hotspots" data-testid="hotspots">
                        {combined
                            .hotspots
                            .iter()
                            .map(|h| view! {
                                <li data-no=h.no>{format!("No.{} {}：わからない {}件 / {n}件", h.no, heading(h.no), h.unknown)}</li>
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
            <h3>"質問ごとのまとめ"</h3>
            <div class="check no-print">
                <input
                    type="checkbox"
                    id="combine-anonymous"
                    prop:checked=move || anonymous.get()
                    on:change=move |ev| anonymous.set(event_target_checked(&ev))
                />
                <label for="combine-anonymous">"回答元の名前を表示しない（講習会などで匿名の分布だけを見せる）"</label>
            </div>
            <ol class="combined__list">
                {combined
                    .questions
                    .iter()
                    .map(|q| {
                        let counts = Choice::ALL
                            .iter()
                            .map(|&c| format!("{} {}", c.label(), q.count(c)))
                            .collect::<Vec<_>>()
                            .join("・");
                        let by_choice: Vec<(Choice, String)> = Choice::ALL
                            .into_iter()
                            .filter_map(|c| {
                                let who = q.sources_with(c);
                                (!who.is_empty()).then(|| {
                                    (c, who.iter().filter_map(|&i| labels.get(i).cloned()).collect::<Vec<_>>().join("、"))
                                })
                            })
                            .collect();
                        view! {
                            <li class="combined__item" data-testid="combine-row" data-no=q.no>
                                <p class="combined__title">{format!("No.{} {}", q.no, heading(q.no))}</p>
                                <p>
                                    "最も弱い回答："
                                    <strong class=format!("status--{}", q.weakest.as_str()) data-testid="weakest">{q.weakest.label()}</strong>
                                    {q.unanimous().then_some("（全員同じ）")}
                                </p>
                                <p class="combined__counts" data-testid="counts">{counts}</p>
                                <Show when=move || !anonymous.get()>
                                    <details class="combined__who">
                                        <summary>"回答元"</summary>
                                        <ul>
                                            {by_choice
                                                .iter()
                                                .map(|(c, who)| view! { <li>{format!("{}：{who}", c.label())}</li> })
                                                .collect_view()}
                                        </ul>
                                    </details>
                                </Show>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
