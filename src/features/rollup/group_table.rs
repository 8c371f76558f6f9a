//! The groups of one column side by side: a column per group (業種 建設業, 小売業, (空欄) …) and a
//! row per figure (results, mean, median, the bands' shares, the Parts' shares, and each
//! question's share of 実施している).

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::{catalog, Choice};
use crate::features::rollup::model::export::percent;
use crate::features::rollup::model::{Figures, Group};

/// One row of the table: its heading and a cell per group.
fn row(label: String, cells: Vec<String>) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
        </tr>
    }
}

/// The figures of every group of a column, side by side.
#[component]
pub fn GroupTable(
    /// The groups, in the order [`crate::features::rollup::model::RollUp::groups`] gives them.
    groups: Vec<Group>,
    /// The column's name as shown (its header, or 「列3」).
    column: String,
) -> impl IntoView {
    let lang = crate::kit::lang();
    let t = crate::features::rollup::text::texts(lang);
    let figures: Vec<&Figures> = groups.iter().map(|g| &g.figures).collect();
    let cells = |f: &dyn Fn(&Figures) -> String| figures.iter().map(|g| f(g)).collect::<Vec<_>>();
    let mut rows = vec![
        row(
            t.rollup_results.to_string(),
            cells(&|g| g.count.to_string()),
        ),
        row(
            t.rollup_mean.to_string(),
            cells(&|g| g.total.map(|s| s.mean.fixed(1)).unwrap_or_default()),
        ),
        row(
            t.rollup_median.to_string(),
            cells(&|g| g.total.map(|s| s.median.trimmed(2)).unwrap_or_default()),
        ),
    ];
    for i in 0..4 {
        let band = groups
            .first()
            .and_then(|g| g.figures.bands.get(i))
            .map(|b| b.band);
        if let Some(band) = band {
            rows.push(row(
                lang.band_range(band).to_string(),
                cells(&|g| {
                    g.bands
                        .get(i)
                        .map(|b| format!("{}%", percent(b.share)))
                        .unwrap_or_default()
                }),
            ));
        }
    }
    for i in 0..3 {
        if let Some(part) = groups
            .first()
            .and_then(|g| g.figures.parts.get(i))
            .map(|p| p.part)
        {
            rows.push(row(
                format!("Part {} {}", part.number(), lang.part_title(part)),
                cells(&|g| {
                    g.parts
                        .get(i)
                        .map(|p| format!("{}%", p.mean_percent.fixed(1)))
                        .unwrap_or_default()
                }),
            ));
        }
    }
    for q in &catalog::QUESTIONS {
        let i = usize::from(q.no) - 1;
        rows.push(row(
            fill(
                t.rollup_group_question,
                &[
                    ("no", q.no.to_string()),
                    ("heading", lang.heading(q).to_string()),
                    ("choice", lang.choice(Choice::Done).to_string()),
                ],
            ),
            cells(&|g| {
                g.questions
                    .get(i)
                    .map(|s| format!("{}%", percent(s.share(Choice::Done))))
                    .unwrap_or_default()
            }),
        ));
    }
    view! {
        <div class="rollup__groups" data-testid="rollup-groups">
            <table class="part-table">
                <caption>{fill(t.rollup_groups, &[("name", column)])}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {groups.iter().map(|g| view! { <th scope="col">{g.key.label(lang)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
