//! The result as the sheet shows it: 合計, A/B/C, the band with its next step and resources, and
//! the chart. Shared by the result, a shared link and the A4 report.

use leptos::prelude::*;

use crate::core::{score, Answers, Band};
use crate::features::result::result_chart::ResultChart;
use crate::features::result::tally_table::TallyTable;

/// Total, tally, band text and resources, and the chart for a complete set of answers.
#[component]
pub fn ResultSummary(
    /// A complete set of answers.
    answers: Answers,
) -> impl IntoView {
    let tally = score(&answers);
    let total = tally.total();
    let band = Band::from_total(total);
    let lang = crate::kit::lang();
    let t = crate::features::result::text::texts(lang);
    view! {
        <div class="result-summary">
            <div class=format!("score-card band--{}", band.as_str()) data-band=band.as_str()>
                <p class="score-card__total" data-testid="total">
                    {t.total_before}<strong>{total}</strong>{t.total_after}
                </p>
                <p class="score-card__max">{t.out_of_100}</p>
                <TallyTable tally=tally />
            </div>
            <section class="band" aria-labelledby="band-heading" data-testid="band">
                <h2 id="band-heading">{lang.band_range(band)}</h2>
                <p class="band__message" data-testid="band-message">{lang.band_message(band)}</p>
                <p class="band__next" data-testid="band-next">
                    <span aria-hidden="true">"➔ "</span>
                    {lang.band_next_step(band)}
                </p>
                <ul class="resources">
                    {band
                        .resources()
                        .iter()
                        .map(|r| {
                            let (name, description) = lang.resource(r);
                            view! {
                                <li>
                                    {match r.url {
                                        Some(url) => view! {
                                            <a href=url target="_blank" rel="noopener noreferrer">{name}</a>
                                        }
                                        .into_any(),
                                        None => view! { <span>{name}</span> }.into_any(),
                                    }}
                                    <span class="resources__description">{description}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <ResultChart answers=answers />
        </div>
    }
}
