//! The result as the sheet shows it: 合計, A/B/C, the band with its next step and resources, and
//! the chart. Shared by the result, a shared link and the A4 report.

use leptos::prelude::*;

use super::result_chart::ResultChart;
use super::tally_table::TallyTable;
use crate::domain::{score, Answers, Band};

/// Total, tally, band text and resources, and the chart for a complete set of answers.
#[component]
pub fn ResultSummary(
    /// A complete set of answers.
    answers: Answers,
) -> impl IntoView {
    let tally = score(&answers);
    let total = tally.total();
    let band = Band::from_total(total);
    view! {
        <div class="result-summary">
            <div class=format!("score-card band--{}", band.as_str()) data-band=band.as_str()>
                <p class="score-card__total" data-testid="total">
                    "合計 "<strong>{total}</strong>"点"
                </p>
                <p class="score-card__max">"（100点満点）"</p>
                <TallyTable tally=tally />
            </div>
            <section class="band" aria-labelledby="band-heading" data-testid="band">
                <h2 id="band-heading">{band.range_label()}</h2>
                <p class="band__message" data-testid="band-message">{band.message()}</p>
                <p class="band__next" data-testid="band-next">
                    <span aria-hidden="true">"➔ "</span>
                    {band.next_step()}
                </p>
                <ul class="resources">
                    {band
                        .resources()
                        .iter()
                        .map(|r| view! {
                            <li>
                                {match r.url {
                                    Some(url) => view! {
                                        <a href=url target="_blank" rel="noopener noreferrer">{r.name}</a>
                                    }
                                    .into_any(),
                                    None => view! { <span>{r.name}</span> }.into_any(),
                                }}
                                <span class="resources__description">{r.description}</span>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
            <ResultChart answers=answers />
        </div>
    }
}
