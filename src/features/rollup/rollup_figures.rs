//! The figures of a roll-up: the bands (a bar and a table), the total, the Parts, every question
//! as a stacked bar of its four answers (sortable) with the same shares in text, and the five
//! weakest items with their 解説 heading. Bars are SVG drawn in whole share units (1000 = 100 %),
//! coloured by the answer classes the result chart uses; no inline styles (the CSP forbids them).

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::{catalog, Band, Choice};
use crate::features::rollup::model::export::percent;
use crate::features::rollup::model::{Figures, QuestionStats, SHARE_UNITS};

/// The answer class (`cell--done`, …) a band's bar is drawn in.
fn band_class(band: Band) -> &'static str {
    match band {
        Band::Perfect | Band::High => "cell cell--done",
        Band::Middle => "cell cell--partial",
        Band::Low => "cell cell--not_done",
    }
}

/// How the questions are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Number,
    Weakest,
    Unknown,
}

fn sorted(questions: &[QuestionStats], order: Order) -> Vec<QuestionStats> {
    let mut list = questions.to_vec();
    match order {
        Order::Number => {}
        Order::Weakest => {
            list.sort_by(|a, b| a.mean_points.cmp(&b.mean_points).then(a.no.cmp(&b.no)))
        }
        Order::Unknown => list.sort_by(|a, b| {
            b.count(Choice::Unknown)
                .cmp(&a.count(Choice::Unknown))
                .then(a.no.cmp(&b.no))
        }),
    }
    list
}

/// Every figure of a roll-up (or of one group), as charts and tables.
#[component]
pub fn RollUpFigures(
    /// The figures to show.
    figures: Figures,
) -> impl IntoView {
    let lang = crate::kit::lang();
    let t = crate::features::rollup::text::texts(lang);
    let order = RwSignal::new(Order::Number);
    let heading = move |no: u8| catalog::question(no).map_or("", |q| lang.heading(q));
    let points = |text: String| fill(t.rollup_points, &[("n", text)]);
    let total = figures.total;
    let stat_rows = [
        (t.rollup_mean, total.map(|s| s.mean.fixed(1))),
        (t.rollup_q1, total.map(|s| s.q1.trimmed(2))),
        (t.rollup_median, total.map(|s| s.median.trimmed(2))),
        (t.rollup_q3, total.map(|s| s.q3.trimmed(2))),
        (t.rollup_min, total.map(|s| s.min.to_string())),
        (t.rollup_max, total.map(|s| s.max.to_string())),
    ];
    let questions = figures.questions.clone();
    let width = i64::from(SHARE_UNITS);

    view! {
        <section class="rollup__figures" data-testid="rollup-figures">
            <h3>{t.rollup_bands}</h3>
            <svg class="rollup__bar" viewBox=format!("0 0 {width} 40") role="img" aria-labelledby="rollup-bands-title" preserveAspectRatio="none">
                <title id="rollup-bands-title">{t.rollup_bands}</title>
                {figures
                    .bands
                    .iter()
                    .scan(0i64, |x, b| {
                        let start = *x;
                        *x += i64::from(b.share);
                        Some((start, *b))
                    })
                    .map(|(x, b)| view! {
                        <rect x=x y="0" width=b.share height="40" class=band_class(b.band)>
                            <title>{format!("{} {}%", lang.band_range(b.band), percent(b.share))}</title>
                        </rect>
                    })
                    .collect_view()}
            </svg>
            <table class="part-table" data-testid="rollup-bands">
                <thead>
                    <tr><th scope="col">{t.rollup_band}</th><th scope="col">{t.rollup_results}</th><th scope="col">{t.rollup_share}</th></tr>
                </thead>
                <tbody>
                    {figures
                        .bands
                        .iter()
                        .map(|b| view! {
                            <tr data-band=b.band.as_str()>
                                <th scope="row">{lang.band_range(b.band)}</th>
                                <td>{b.count}</td>
                                <td>{format!("{}%", percent(b.share))}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <table class="part-table" data-testid="rollup-total">
                <caption>{t.rollup_total}</caption>
                <tbody>
                    {stat_rows
                        .into_iter()
                        .map(|(label, value)| view! {
                            <tr><th scope="row">{label}</th><td>{value.map(points).unwrap_or_default()}</td></tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="combine__hint">{t.rollup_quartile_note}</p>
            <table class="part-table" data-testid="rollup-parts">
                <caption>{t.rollup_parts}</caption>
                <tbody>
                    {figures
                        .parts
                        .iter()
                        .map(|p| view! {
                            <tr>
                                <th scope="row">{fill(t.rollup_part_row, &[("n", p.part.number().to_string()), ("title", lang.part_title(p.part).to_string()), ("max", p.max_points.to_string())])}</th>
                                <td>{fill(t.rollup_part_share, &[("percent", p.mean_percent.fixed(1)), ("points", p.mean_points.fixed(1))])}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h3>{t.rollup_weakest}</h3>
            <p class="combine__hint">{t.rollup_weakest_note}</p>
            {if figures.weakest.is_empty() {
                view! { <p data-testid="rollup-weakest-none">{t.rollup_weakest_none}</p> }.into_any()
            } else {
                view! {
                    <ol data-testid="rollup-weakest">
                        {figures
                            .weakest
                            .iter()
                            .map(|w| view! {
                                <li data-no=w.no>{fill(t.rollup_weakest_row, &[("no", w.no.to_string()), ("heading", heading(w.no).to_string()), ("points", w.mean_points.fixed(2))])}</li>
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
            <h3>{t.rollup_questions}</h3>
            <div class="field no-print">
                <label for="rollup-order">{t.rollup_sort}</label>
                <select
                    id="rollup-order"
                    on:change=move |ev| order.set(match event_target_value(&ev).as_str() {
                        "weakest" => Order::Weakest,
                        "unknown" => Order::Unknown,
                        _ => Order::Number,
                    })
                >
                    <option value="number">{t.rollup_sort_number}</option>
                    <option value="weakest">{t.rollup_sort_weakest}</option>
                    <option value="unknown">{t.rollup_sort_unknown}</option>
                </select>
            </div>
            <ul class="chart__legend">
                {Choice::ALL
                    .iter()
                    .map(|&c| view! { <li><span class=format!("swatch cell--{}", c.as_str())></span>{lang.choice(c)}</li> })
                    .collect_view()}
            </ul>
            <table class="part-table" data-testid="rollup-questions">
                <thead>
                    <tr>
                        <th scope="col">"No"</th>
                        <th scope="col">{t.rollup_mean_points}</th>
                        {Choice::ALL.iter().map(|&c| view! { <th scope="col">{lang.choice(c)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        sorted(&questions, order.get())
                            .into_iter()
                            .map(|q| {
                                let segments: Vec<(i64, Choice, u32)> = Choice::ALL
                                    .iter()
                                    .scan(0i64, |x, &c| {
                                        let start = *x;
                                        *x += i64::from(q.share(c));
                                        Some((start, c, q.share(c)))
                                    })
                                    .collect();
                                view! {
                                    <tr data-testid="rollup-question" data-no=q.no>
                                        <th scope="row">
                                            {format!("No.{} {}", q.no, heading(q.no))}
                                            <svg class="rollup__bar" viewBox=format!("0 0 {width} 20") preserveAspectRatio="none" aria-hidden="true">
                                                {segments
                                                    .into_iter()
                                                    .map(|(x, c, share)| view! {
                                                        <rect x=x y="0" width=share height="20" class=format!("cell cell--{}", c.as_str())></rect>
                                                    })
                                                    .collect_view()}
                                            </svg>
                                        </th>
                                        <td>{q.mean_points.fixed(2)}</td>
                                        {Choice::ALL
                                            .iter()
                                            .map(|&c| view! { <td>{format!("{}% ({})", percent(q.share(c)), q.count(c))}</td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}
