//! A result opened from a share link (or a past result from the history): shown read-only,
//! with 「この結果を履歴に加える」 (dated the day the link carries, issue 20).

use leptos::prelude::*;

use crate::store::records::RecordsAction;

use crate::core::{advice, Answers};
use crate::features::result::advice_card::AdviceCard;
use crate::features::result::result_summary::ResultSummary;
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::store::records::answers_to_map;
use crate::store::Action;

/// The read-only result view.
#[component]
pub fn SharedPage(
    /// The 25 answers from the link.
    answers: Answers,
    /// The day of that diagnosis, when the link carries it (`YYYY-MM-DD`).
    date: Option<String>,
) -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let saved = RwSignal::new(false);
    let t = crate::features::result::text::texts(crate::kit::lang());
    // Opened from the history or 「前回の結果」, or saved already: saving again would only add a
    // copy. A dated link is in the history when a diagnosis with its answers is, that day.
    let map = answers_to_map(&answers);
    let day = date.clone();
    let in_history = Memo::new(move |_| {
        records.with(|r| {
            r.history.iter().any(|e| {
                e.answers == map
                    && day.as_ref().is_none_or(|d| {
                        *d == crate::platform::files::local_date(e.completed_at.as_str())
                    })
            })
        })
    });
    let items = advice(&answers);
    let keep = crate::kit::use_dispatch();
    let shown_date = date.clone();
    let save = move |_| {
        keep.send(RecordsAction::SaveShared(answers, date.clone()));
        saved.set(true);
    };
    // The landing's address has no share link, so a reload shows the user's own diagnosis
    // (src/history.rs); back returns here.
    let home = move |_| dispatch.send(Action::Home);
    view! {
        <section class="result result--shared" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.shared_heading}</h1>
            <p class="notice">{t.shared_notice}</p>
            {shown_date.map(|d| view! {
                <p data-testid="shared-date">{crate::core::lang::fill(t.shared_date, &[("date", d)])}</p>
            })}
            <ResultSummary answers=answers />
            <div class="actions no-print">
                <button class="button button--primary" on:click=save disabled=move || in_history.get()>
                    {t.save_to_history}
                </button>
                <button class="button" on:click=home>{crate::kit::text::texts(crate::kit::lang()).to_intro}</button>
            </div>
            <p role="status" data-testid="shared-saved">
                {move || {
                    if saved.get() {
                        Some(t.saved_to_history)
                    } else {
                        in_history.get().then_some(t.already_in_history)
                    }
                }}
            </p>
            <section class="advice-list" aria-labelledby="advice-heading">
                <h2 id="advice-heading">{t.advice_heading}</h2>
                {items.into_iter().map(|item| view! { <AdviceCard item=item /> }).collect_view()}
            </section>
        </section>
    }
}
