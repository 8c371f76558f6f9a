//! The result at a glance, drawn as SVG by the app: a bar per Part and a 25-cell grid coloured by
//! answer, with a text equivalent (a table) for screen readers and for everyone.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::{Answers, Choice};
use crate::features::history::model::part_scores;

/// Width of a full bar in SVG units. Coordinates are whole numbers (or tenths written by
/// [`tenths`]): no float formatting in the wasm.
const BAR_WIDTH: i32 = 200;

/// An SVG coordinate given in tenths of a unit (`135` → `"13.5"`).
fn tenths(value: i32) -> String {
    format!("{}.{}", value / 10, value % 10)
}

/// Per-Part bars, the answer grid and the same figures as a table.
#[component]
pub fn ResultChart(
    /// A complete set of answers.
    answers: Answers,
) -> impl IntoView {
    let scores = part_scores(&answers);
    let lang = crate::kit::lang();
    let t = crate::features::result::text::texts(lang);
    view! {
        <figure class="chart" data-testid="chart">
            <figcaption class="chart__caption">{t.chart_caption}</figcaption>
            <svg class="chart__bars" viewBox="0 0 320 96" role="img" aria-labelledby="chart-bars-title">
                <title id="chart-bars-title">{t.chart_bars_title}</title>
                {scores
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let y = 8 + 30 * i32::try_from(i).unwrap_or(0);
                        let width = BAR_WIDTH * s.percent.clamp(0, 100) / 100;
                        view! {
                            <text x="0" y=y + 14 class="chart__label">{format!("Part {}", s.part.number())}</text>
                            <rect x="56" y=y width=BAR_WIDTH height="18" class="chart__track" rx="3"></rect>
                            <rect x="56" y=y width=width height="18" class=format!("chart__bar chart__bar--{}", s.part.as_str()) rx="3"></rect>
                            <text x="264" y=y + 14 class="chart__value">{format!("{}%", s.percent)}</text>
                        }
                    })
                    .collect_view()}
            </svg>
            <svg class="chart__grid" viewBox="0 0 180 42" role="img" aria-labelledby="chart-grid-title">
                <title id="chart-grid-title">{t.chart_grid_title}</title>
                {answers
                    .iter()
                    .map(|(no, choice)| {
                        // In tenths: 13 cells of 13.5 units per row, rows 20 units apart.
                        let i = i32::from(no) - 1;
                        let x = (i % 13) * 135 + 10;
                        let y = (i / 13) * 200 + 10;
                        let token = choice.map_or("none", Choice::as_str);
                        view! {
                            <rect x=tenths(x) y=tenths(y) width="12" height="12" rx="2" class=format!("cell cell--{token}")>
                                <title>{format!("No.{no} {}", choice.map_or(t.not_answered, |c| lang.choice(c)))}</title>
                            </rect>
                            <text x=tenths(x + 60) y=tenths(y + 185) class="cell__no">{no}</text>
                        }
                    })
                    .collect_view()}
            </svg>
            <ul class="chart__legend" aria-hidden="true">
                {Choice::ALL
                    .into_iter()
                    .map(|c| view! {
                        <li><span class=format!("swatch cell--{}", c.as_str())></span>{lang.choice(c)}</li>
                    })
                    .collect_view()}
            </ul>
            <table class="part-table" data-testid="part-scores">
                <caption>{t.chart_table_caption}</caption>
                <thead>
                    <tr><th scope="col">"Part"</th><th scope="col">{t.chart_score}</th><th scope="col">{t.chart_percent}</th></tr>
                </thead>
                <tbody>
                    {scores
                        .iter()
                        .map(|s| view! {
                            <tr>
                                <th scope="row">{format!("Part {} {}", s.part.number(), lang.part_title(s.part))}</th>
                                <td>{fill(t.chart_points, &[("points", s.points.to_string()), ("max", s.max.to_string())])}</td>
                                <td>{format!("{}%", s.percent)}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}
