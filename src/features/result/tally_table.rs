//! The sheet's tally box: A, B, C and A+B+C.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::Tally;

/// A/B/C subtotals and the total, laid out like the paper sheet.
#[component]
pub fn TallyTable(
    /// The computed tally.
    tally: Tally,
) -> impl IntoView {
    let t = crate::features::result::text::texts(crate::kit::lang());
    let pts = |n: i32| {
        fill(
            crate::kit::text::texts(crate::kit::lang()).tally_points,
            &[("n", n.to_string())],
        )
    };
    view! {
        <table class="tally" data-testid="tally">
            <caption class="visually-hidden">{t.tally_caption}</caption>
            <tbody>
                <tr data-testid="tally-a">
                    <th scope="row"><span class="tally__key">"A"</span>{t.tally_a}</th>
                    <td>{pts(tally.a)}</td>
                </tr>
                <tr data-testid="tally-b">
                    <th scope="row"><span class="tally__key">"B"</span>{t.tally_b}</th>
                    <td>{pts(tally.b)}</td>
                </tr>
                <tr data-testid="tally-c">
                    <th scope="row"><span class="tally__key">"C"</span>{t.tally_c}</th>
                    <td>{fill(t.tally_minus, &[("n", (-tally.c).to_string())])}</td>
                </tr>
                <tr class="tally__total" data-testid="tally-total">
                    <th scope="row">{t.tally_total}</th>
                    <td>{pts(tally.total())}</td>
                </tr>
            </tbody>
        </table>
    }
}
