//! The sheet's tally box: A, B, C and A+B+C.

use leptos::prelude::*;

use crate::domain::Tally;

/// A/B/C subtotals and the total, laid out like the paper sheet.
#[component]
pub fn TallyTable(
    /// The computed tally.
    tally: Tally,
) -> impl IntoView {
    view! {
        <table class="tally" data-testid="tally">
            <caption class="visually-hidden">"集計（診断シートの集計欄）"</caption>
            <tbody>
                <tr data-testid="tally-a">
                    <th scope="row"><span class="tally__key">"A"</span>" 実施している の合計点"</th>
                    <td>{format!("{}点", tally.a)}</td>
                </tr>
                <tr data-testid="tally-b">
                    <th scope="row"><span class="tally__key">"B"</span>" 一部実施している の合計点"</th>
                    <td>{format!("{}点", tally.b)}</td>
                </tr>
                <tr data-testid="tally-c">
                    <th scope="row"><span class="tally__key">"C"</span>" わからない の合計点"</th>
                    <td>{format!("マイナス(-) {}点", -tally.c)}</td>
                </tr>
                <tr class="tally__total" data-testid="tally-total">
                    <th scope="row">"A+B+C 合計"</th>
                    <td>{format!("{}点", tally.total())}</td>
                </tr>
            </tbody>
        </table>
    }
}
