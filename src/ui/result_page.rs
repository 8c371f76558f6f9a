//! The result: tally, total, band with its next step and resources, and the 解説 to act on.

use leptos::prelude::*;

use super::advice_card::AdviceCard;
use super::contact_desk::ContactDesk;
use super::restart_control::RestartControl;
use super::tally_table::TallyTable;
use super::{use_dispatch, use_session};
use crate::domain::{advice, score, Action, Band, Part};

/// The result screen (only shown when all 25 questions are answered).
#[component]
pub fn ResultPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    // The answers cannot change while this screen is shown, so compute once.
    let answers = session.with_untracked(|s| s.answers);
    let tally = score(&answers);
    let total = tally.total();
    let band = Band::from_total(total);
    let items = advice(&answers);
    let to_check = items.iter().filter(|i| i.needs_check()).count();

    view! {
        <section class="result" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">"診断結果"</h1>
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
            <ContactDesk />
            <section class="advice-list" aria-labelledby="advice-heading">
                <h2 id="advice-heading">"対策を検討する項目（解説編）"</h2>
                {if items.is_empty() {
                    view! {
                        <p>"すべての項目を「実施している」と回答しました。今の対策を続けながら、ステップアップを検討しましょう。"</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <p data-testid="advice-summary">
                            {format!(
                                "「実施している」以外と回答した {} 項目の解説です。Part 1 の項目から順に並べています。",
                                items.len()
                            )}
                            {(to_check > 0).then(|| format!(
                                "「わからない」と回答した {to_check} 項目は「確認が必要」として示しています。社内の IT 担当者や取引のある IT 業者に確認しましょう。"
                            ))}
                        </p>
                        {Part::ALL
                            .into_iter()
                            .filter_map(|part| {
                                let in_part: Vec<_> = items.iter().copied().filter(|i| i.question.part == part).collect();
                                (!in_part.is_empty()).then(|| view! {
                                    <h3 class="advice-list__part">
                                        {format!("Part {} {}", part.number(), crate::domain::catalog::part_info(part).title)}
                                    </h3>
                                    {in_part.into_iter().map(|item| view! { <AdviceCard item=item /> }).collect_view()}
                                })
                            })
                            .collect_view()}
                    }
                    .into_any()
                }}
            </section>
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::GoToPart(Part::Basic))>
                    "回答を見直す"
                </button>
                <RestartControl />
            </div>
        </section>
    }
}
