//! Combining several results (departments, sites, a workshop): export files and share links
//! are read in the browser only, and shown per question (weakest answer, spread, who answered
//! what), with the わからない hotspots and the per-Part and total ranges. Nothing is saved or
//! sent: the sources stay in memory while this screen is open.

use crate::store::transfer::read_combine_file;
use leptos::prelude::*;

use crate::core::lang::{fill, Localized};
use crate::core::{catalog, Choice};
use crate::features::combine::model::{
    combined_csv, read_pasted, Collection, Combined, Source, SourceError, SourceProblem,
    MAX_LABEL_CHARS, MAX_SOURCES, MIN_SOURCES,
};
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::transfer::MAX_IMPORT_BYTES;
use crate::store::Action;

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
    let lang = crate::kit::lang();
    let t = crate::features::combine::text::texts(lang);

    let add = move |reads: Vec<Result<Source, SourceError>>| {
        let before = collection.with_untracked(Collection::len);
        let mut failed = Vec::new();
        collection.update(|c| failed = c.add_all(reads));
        let after = collection.with_untracked(Collection::len);
        errors.set(failed.iter().map(|e| e.text(lang)).collect());
        added.set(Some(fill(
            t.combine_added,
            &[
                ("added", (after - before).to_string()),
                ("count", after.to_string()),
            ],
        )));
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = crate::platform::files::picker(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let picked = crate::platform::files::read_all_picked(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            if picked.is_empty() {
                return;
            }
            let reads = picked
                .into_iter()
                .map(|(name, text)| match text {
                    Ok(text) => read_combine_file(&name, &text),
                    Err(e) => Err(SourceError::new(&name, SourceProblem::Unreadable(e))),
                })
                .collect();
            add(reads);
        });
    };
    let on_paste = move |_| {
        let text = pasted.get_untracked();
        let reads = read_pasted(&text, lang);
        if reads.is_empty() {
            errors.set(vec![t.combine_paste_empty.to_string()]);
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
        match own.and_then(|a| Source::new(t.combine_own_label, a)) {
            Some(source) => add(vec![Ok(source)]),
            None => errors.set(vec![t.combine_own_none.to_string()]),
        }
    };
    let download = move |_| {
        if let Some(c) = combined.get_untracked() {
            let csv = combined_csv(&c, !anonymous.get_untracked());
            crate::platform::files::download(
                &format!(
                    "jishin-shindan-combined-{}.csv",
                    crate::platform::files::today()
                ),
                "text/csv;charset=utf-8",
                &csv,
            );
        }
    };

    view! {
        <section class="combine" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{crate::kit::text::texts(crate::kit::lang()).combine_heading}</h1>
            <p>
                {fill(t.combine_lead, &[("min", MIN_SOURCES.to_string()), ("max", MAX_SOURCES.to_string())])}
            </p>
            <section class="combine__inputs no-print" aria-labelledby="combine-add-heading">
                <h2 id="combine-add-heading">{t.combine_add_heading}</h2>
                <p>{t.combine_files_lead}</p>
                <div class="actions">
                    <label class="button" for="combine-files">{t.combine_pick_files}</label>
                    <input id="combine-files" class="visually-hidden" type="file" multiple accept=".json,application/json" on:change=on_pick />
                    <button class="button" on:click=add_own>{t.combine_add_own}</button>
                </div>
                <label for="combine-paste">
                    {t.combine_paste_label}
                </label>
                <textarea
                    id="combine-paste"
                    rows="4"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <p class="combine__hint">{t.combine_hint}</p>
                <div class="actions">
                    <button class="button" on:click=on_paste>{t.combine_add_pasted}</button>
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
                        {fill(t.combine_waiting, &[("n", MIN_SOURCES.saturating_sub(collection.with(Collection::len)).to_string())])}
                    </p>
                }
                .into_any(),
            }}
            <div class="actions no-print">
                <Show when=move || combined.with(Option::is_some)>
                    <button class="button" on:click=download>{t.combine_csv}</button>
                </Show>
                <Show when=move || !collection.with(Collection::is_empty)>
                    <button class="button button--quiet" on:click=move |_| {
                        collection.set(Collection::new());
                        errors.set(Vec::new());
                        added.set(None);
                    }>{t.combine_clear}</button>
                </Show>
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_beyond}</button>
            </div>
        </section>
    }
}

/// Up to this many sources the list is shown at once; a longer one (a workshop's hundreds) opens
/// on request, so reading 500 results does not build 500 rows nobody asked to see.
const LIST_SHOWN_UP_TO: usize = 20;

/// The sources read so far: a name the user can change, the total, and 「外す」.
#[component]
fn SourceList(
    /// The sources.
    collection: RwSignal<Collection>,
) -> impl IntoView {
    let t = crate::features::combine::text::texts(crate::kit::lang());
    let opened = RwSignal::new(false);
    let long = Memo::new(move |_| collection.with(Collection::len) > LIST_SHOWN_UP_TO);
    view! {
        <section class="combine__sources" aria-labelledby="combine-sources-heading">
            <h2 id="combine-sources-heading">{move || fill(t.combine_sources, &[("n", collection.with(Collection::len).to_string())])}</h2>
            <Show when=move || long.get()>
                <button
                    class="button button--small"
                    aria-expanded=move || if opened.get() { "true" } else { "false" }
                    aria-controls="combine-source-list"
                    data-testid="combine-sources-toggle"
                    on:click=move |_| opened.update(|o| *o = !*o)
                >
                    {move || if opened.get() { t.combine_sources_hide } else { t.combine_sources_show }}
                </button>
            </Show>
            <ol class="combine__source-list" id="combine-source-list" data-testid="combine-sources">
                {move || (!long.get() || opened.get()).then(|| collection.with(|c| {
                    c.sources()
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let id = format!("combine-source-{i}");
                            view! {
                                <li class="combine__source" data-testid="combine-source">
                                    <label for=id.clone() class="visually-hidden">{fill(t.combine_source_name, &[("n", (i + 1).to_string())])}</label>
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
                                    <span class="combine__source-total" data-testid="combine-source-total">{fill(t.combine_source_total, &[("total", s.total().to_string())])}</span>
                                    <button
                                        class="button button--small button--quiet"
                                        aria-label=fill(t.combine_remove_label, &[("label", s.label().to_string())])
                                        on:click=move |_| collection.update(|c| c.remove(i))
                                    >
                                        {t.combine_remove}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }))}
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
    let lang = crate::kit::lang();
    let t = crate::features::combine::text::texts(lang);
    let labels = combined.labels.clone();
    let range_text = |min: i32, max: i32, min_source: usize, max_source: usize| {
        fill(
            t.combine_range,
            &[
                ("min", min.to_string()),
                ("max", max.to_string()),
                (
                    "min_label",
                    labels.get(min_source).cloned().unwrap_or_default(),
                ),
                (
                    "max_label",
                    labels.get(max_source).cloned().unwrap_or_default(),
                ),
            ],
        )
    };
    let total = range_text(
        combined.total.min,
        combined.total.max,
        combined.total.min_source,
        combined.total.max_source,
    );
    let n = combined.source_count();
    let heading = move |no: u8| catalog::question(no).map_or("", |q| lang.heading(q));

    view! {
        <section class="combined" aria-labelledby="combined-heading" data-testid="combined">
            <h2 id="combined-heading">{fill(t.combined_heading, &[("n", n.to_string())])}</h2>
            <p class="combined__total" data-testid="combined-total">{fill(t.combined_total, &[("range", total)])}</p>
            <p data-testid="combined-weakest-total">
                {fill(t.combined_weakest_total, &[("total", combined.weakest_total().to_string())])}
            </p>
            <table class="part-table" data-testid="combined-parts">
                <caption>{t.combined_parts}</caption>
                <tbody>
                    {combined
                        .parts
                        .iter()
                        .map(|p| view! {
                            <tr>
                                <th scope="row">{fill(t.combined_part_row, &[("n", p.part.number().to_string()), ("title", lang.part_title(p.part).to_string()), ("max", p.max_points.to_string())])}</th>
                                <td>{range_text(p.range.min, p.range.max, p.range.min_source, p.range.max_source)}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h3>{t.combined_hotspots}</h3>
            {if combined.hotspots.is_empty() {
                view! { <p data-testid="hotspots-none">{t.combined_hotspots_none}</p> }.into_any()
            } else {
                view! {
                    <ol class="combined__hotspots" data-testid="hotspots">
                        {combined
                            .hotspots
                            .iter()
                            .map(|h| view! {
                                <li data-no=h.no>{fill(t.combined_hotspot, &[("no", h.no.to_string()), ("heading", heading(h.no).to_string()), ("unknown", h.unknown.to_string()), ("n", n.to_string())])}</li>
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
            <h3>{t.combined_questions}</h3>
            <div class="check no-print">
                <input
                    type="checkbox"
                    id="combine-anonymous"
                    prop:checked=move || anonymous.get()
                    on:change=move |ev| anonymous.set(event_target_checked(&ev))
                />
                <label for="combine-anonymous">{t.combined_anonymous}</label>
            </div>
            <ol class="combined__list">
                {combined
                    .questions
                    .iter()
                    .map(|q| {
                        let counts = Choice::ALL
                            .iter()
                            .map(|&c| format!("{} {}", lang.choice(c), q.count(c)))
                            .collect::<Vec<_>>()
                            .join(t.combined_counts_sep);
                        let by_choice: Vec<(Choice, String)> = Choice::ALL
                            .into_iter()
                            .filter_map(|c| {
                                let who = q.sources_with(c);
                                (!who.is_empty()).then(|| {
                                    (c, who.iter().filter_map(|&i| labels.get(i).cloned()).collect::<Vec<_>>().join(t.combined_who_sep))
                                })
                            })
                            .collect();
                        view! {
                            <li class="combined__item" data-testid="combine-row" data-no=q.no>
                                <p class="combined__title">{format!("No.{} {}", q.no, heading(q.no))}</p>
                                <p>
                                    {t.combined_weakest}
                                    <strong class=format!("status--{}", q.weakest.as_str()) data-testid="weakest">{lang.choice(q.weakest)}</strong>
                                    {q.unanimous().then_some(t.combined_unanimous)}
                                </p>
                                <p class="combined__counts" data-testid="counts">{counts}</p>
                                <Show when=move || !anonymous.get()>
                                    <details class="combined__who">
                                        <summary>{t.combined_who}</summary>
                                        <ul>
                                            {by_choice
                                                .iter()
                                                .map(|(c, who)| view! { <li>{format!("{}{}{who}", lang.choice(*c), crate::kit::text::texts(crate::kit::lang()).label_sep)}</li> })
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
