//! The result: tally, total, band with its next step and resources, and the 解説 to act on.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::{advice, Part};
use crate::features::diagnosis::restart_control::RestartControl;
use crate::features::office::lazy::OfficeFiles;
use crate::features::office::office_button::OfficeButton;
use crate::features::publish::contact_desk::ContactDesk;
use crate::features::result::advice_card::AdviceCard;
use crate::features::result::lazy::ResultFiles;
use crate::features::result::result_summary::ResultSummary;
use crate::features::result::share_link::diagnosis_date;
use crate::features::result::share_panel::SharePanel;
use crate::kit::later::Later;
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::{Action, Step};

/// The result screen (only shown when all 25 questions are answered).
#[component]
pub fn ResultPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    // The answers cannot change while this screen is shown, so compute once.
    let answers = session.with_untracked(|s| s.answers);
    let date = diagnosis_date(session, use_records());
    // A result is worth keeping: ask the browser not to delete this site's data.
    crate::platform::storage::ask_to_persist();
    let items = advice(&answers);
    let to_check = items.iter().filter(|i| i.needs_check()).count();
    let lang = crate::kit::lang();
    let t = crate::features::result::text::texts(lang);
    // Only a deployment that names where results go loads the offer to send one.
    let branding = crate::features::publish::branding::use_branding();
    let collects = Memo::new(move |_| {
        branding
            .config
            .with(|c| c.as_ref().is_some_and(|c| c.collect.is_some()))
    });

    view! {
        <section class="result" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{t.result_heading}</h1>
            <ResultSummary answers=answers />
            {crate::features::result::expiry_note::applies().then(|| view! {
                <Later load=crate::features::result::lazy::expiry_note() />
            })}
            <ResultActions />
            {move || collects.get().then(|| view! {
                <Later load=crate::features::result::lazy::send_result() />
            })}
            <ContactDesk />
            <section class="advice-list" aria-labelledby="advice-heading">
                <h2 id="advice-heading">{t.advice_heading}</h2>
                {if items.is_empty() {
                    view! {
                        <p>{t.advice_none}</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <p data-testid="advice-summary">
                            {fill(t.advice_summary, &[("n", items.len().to_string())])}
                            {(to_check > 0).then(|| fill(t.advice_check, &[("n", to_check.to_string())]))}
                        </p>
                        {Part::ALL
                            .into_iter()
                            .filter_map(|part| {
                                let in_part: Vec<_> = items.iter().copied().filter(|i| i.question.part == part).collect();
                                (!in_part.is_empty()).then(|| view! {
                                    <h3 class="advice-list__part">
                                        {format!("Part {} {}", part.number(), lang.part_title(part))}
                                    </h3>
                                    {in_part.into_iter().map(|item| view! { <AdviceCard item=item /> }).collect_view()}
                                })
                            })
                            .collect_view()}
                    }
                    .into_any()
                }}
            </section>
            <SharePanel answers=answers date=date />
            <div class="actions no-print">
                <button class="button" on:click=move |_| dispatch.send(Action::GoToPart(Part::Basic))>
                    {t.review_answers}
                </button>
                <RestartControl />
            </div>
        </section>
    }
}

/// What to do with the result: the action plan, the printable report, the history, the next
/// diagnosis, and the CSV / reminder downloads.
#[component]
fn ResultActions() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let answers = session.with_untracked(|s| s.answers);
    let records = use_records();
    // This diagnosis as recorded in the history: when it was completed and its id (now and a
    // fresh seed if it is not there). Files made from it carry its date, whatever day they are
    // downloaded.
    let recorded = move || {
        let entry = session.with_untracked(|s| s.entry.clone()).and_then(|id| {
            records.with_untracked(|r| {
                r.find(&id)
                    .map(|e| (e.completed_at.to_string(), e.id.clone()))
            })
        });
        entry.unwrap_or_else(|| {
            let now = crate::platform::files::now_iso();
            (now.clone(), now)
        })
    };
    // The files' writers are a chunk (`lazy::result_files`), fetched on the first click.
    let with_files = move |make: Box<dyn FnOnce(ResultFiles)>| {
        leptos::task::spawn_local(async move {
            if let Ok(files) = crate::features::result::lazy::result_files().await {
                make(files);
            }
        });
    };
    let download_csv = move |_| {
        let (completed_at, _) = recorded();
        // 診断日時 as the owner's clock showed it, with the offset stated (issue 34).
        let offset = crate::platform::files::utc_offset(&completed_at);
        with_files(Box::new(move |files| {
            let csv = (files.csv)(&answers, &completed_at, offset);
            crate::platform::files::download(
                &format!(
                    "jishin-shindan-result-{}.csv",
                    crate::platform::files::local_date(&completed_at)
                ),
                "text/csv;charset=utf-8",
                &csv,
            );
        }));
    };
    let t = crate::features::result::text::texts(crate::kit::lang());
    let reminder = move |months: u32| {
        // Counted from the day of this diagnosis; its id seeds the event's UID, so downloading it
        // again another day updates the same calendar entry instead of adding one.
        let (completed_at, seed) = recorded();
        let from = crate::platform::files::local_date(&completed_at);
        // The event links to the app (with its ?org=) and this result: a phone whose browser
        // deleted the site's data can still open it and put it back into the history.
        let link = crate::features::result::share_link::share_url(&answers, &from);
        let link = link.unwrap_or_default();
        with_files(Box::new(move |files| {
            if let Some(ics) = (files.reminder)(&from, months, &seed, &link) {
                crate::platform::files::download(
                    &format!("jishin-shindan-recheck-{months}months.ics"),
                    "text/calendar;charset=utf-8",
                    &ics,
                );
            }
        }));
    };
    view! {
        <nav class="result-actions no-print" aria-label=t.result_actions_label>
            <h2>{t.result_actions_heading}</h2>
            <div class="actions">
                <button class="button button--primary" on:click=move |_| dispatch.send(Action::Open(Step::Plan))>
                    {t.open_plan}
                </button>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::Report))>
                    {crate::kit::text::texts(crate::kit::lang()).open_report}
                </button>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::History))>
                    {crate::kit::text::texts(crate::kit::lang()).open_history}
                </button>
                <button class="button" on:click=move |_| dispatch.send(Action::NewDiagnosis)>
                    {t.new_diagnosis}
                </button>
                <button class="button" on:click=move |_| dispatch.send(Action::Open(Step::Beyond))>
                    {crate::kit::text::texts(crate::kit::lang()).open_beyond}
                </button>
                <button class="button" on:click=move |_| dispatch.send(Action::Home)>
                    {crate::kit::text::texts(crate::kit::lang()).to_intro}
                </button>
            </div>
            <div class="actions">
                <button class="button button--quiet" on:click=download_csv>
                    {t.download_csv}
                </button>
                // The result as an Excel sheet (issue 34), dated as the CSV is.
                <OfficeButton word=false make=move |files: OfficeFiles| {
                    let (completed_at, _) = recorded();
                    let offset = crate::platform::files::utc_offset(&completed_at);
                    let when = crate::core::time::local_time_text(&completed_at, offset);
                    let company = records.with_untracked(|r| r.profile.company.trim().to_string());
                    let bytes = (files.result)(&answers, &company, &when);
                    let date = crate::platform::files::local_date(&completed_at);
                    Some((format!("jishin-shindan-result-{date}.xlsx"), bytes))
                } />
                <button class="button button--quiet" on:click=move |_| reminder(6)>
                    {fill(t.add_reminder, &[("months", "6".to_string())])}
                </button>
                <button class="button button--quiet" on:click=move |_| reminder(12)>
                    {fill(t.add_reminder, &[("months", "12".to_string())])}
                </button>
            </div>
        </nav>
    }
}
