//! The A4 report for the browser's print → PDF: company and respondent, date, 合計 and band,
//! A/B/C, the chart, the action plan with 対策例, the share QR code and the contact desk.
//! Print CSS hides every piece of app chrome.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::core::time::field_text;
use crate::features::plan::model::tasks;
use crate::features::publish::contact_desk::ContactDesk;
use crate::features::result::result_summary::ResultSummary;
use crate::features::result::share_link::{diagnosis_date, share_url};
use crate::features::result::share_panel::QrCode;
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::records::{ProfileChange, RecordsAction, MAX_NAME_CHARS};
use crate::store::Action;

/// The printable report of the current result.
#[component]
pub fn ReportPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let answers = session.with_untracked(|s| s.answers);
    let entry = StoredValue::new(session.with_untracked(|s| s.entry.clone()));
    // The day this diagnosis was recorded (not whatever entry is newest: a saved share link or
    // an import can be newer), in the user's time zone.
    let date = diagnosis_date(session, records);
    // The names belong to this diagnosis too: its own history entry is renamed with the profile.
    let keep = crate::kit::use_dispatch();
    let set_profile = move |change: ProfileChange| {
        keep.send(RecordsAction::Profile {
            change,
            entry: entry.get_value(),
        });
    };
    let company = Memo::new(move |_| records.with(|r| r.profile.company.clone()));
    let respondent = Memo::new(move |_| records.with(|r| r.profile.respondent.clone()));
    let url = share_url(&answers, &date).unwrap_or_default();
    let plan = tasks(&answers);
    let lang = crate::kit::lang();
    let t = crate::features::report::text::texts(lang);

    view! {
        <section class="report" aria-labelledby="screen-heading">
            <div class="report__controls no-print">
                <p>{t.report_profile_lead}</p>
                <label for="profile-company">{crate::kit::text::texts(crate::kit::lang()).company}</label>
                <input
                    id="profile-company"
                    type="text"
                    maxlength=MAX_NAME_CHARS
                    prop:value=move || company.get()
                    on:input=move |ev| set_profile(ProfileChange::Company(event_target_value(&ev)))
                />
                <label for="profile-respondent">{t.respondent}</label>
                <input
                    id="profile-respondent"
                    type="text"
                    maxlength=MAX_NAME_CHARS
                    prop:value=move || respondent.get()
                    on:input=move |ev| set_profile(ProfileChange::Respondent(event_target_value(&ev)))
                />
                <div class="actions">
                    <button class="button button--primary" on:click=|_| crate::platform::files::print()>{crate::kit::text::texts(crate::kit::lang()).print}</button>
                    <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_result}</button>
                </div>
            </div>
            <header class="report__header">
                <h1 id="screen-heading" tabindex="-1">{t.report_heading}</h1>
                <dl class="report__meta">
                    <dt>{crate::kit::text::texts(crate::kit::lang()).company}</dt><dd data-testid="report-company">{move || company.get()}</dd>
                    <dt>{t.respondent}</dt><dd>{move || respondent.get()}</dd>
                    <dt>{crate::kit::text::texts(crate::kit::lang()).check_date}</dt><dd>{date}</dd>
                </dl>
            </header>
            <ResultSummary answers=answers />
            <section class="report__plan" aria-labelledby="report-plan-heading">
                <h2 id="report-plan-heading">{crate::kit::text::texts(crate::kit::lang()).plan_heading}</h2>
                <ol>
                    {plan
                        .into_iter()
                        .map(|task| {
                            let no = task.no;
                            let state = move || records.with(|r| r.task(no));
                            view! {
                                <li>
                                    <strong>{fill(t.report_task, &[
                                        ("kind", task.kind.label(lang).to_string()),
                                        ("no", no.to_string()),
                                        ("heading", lang.heading(task.question).to_string()),
                                    ])}</strong>
                                    {move || state().done.then_some(t.report_done)}
                                    <br />
                                    <span class="report__example">{format!("{}{}", crate::kit::text::texts(crate::kit::lang()).examples_label, lang.examples(task.question).join(" "))}</span>
                                    {move || {
                                        let s = state();
                                        (s.target_date.is_some() || !s.note.is_empty()).then(|| view! {
                                            <br />
                                            <span class="report__note">{fill(t.report_note, &[("date", field_text(s.target_date)), ("note", s.note.clone())])}</span>
                                        })
                                    }}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
            // The QR code, the contact desk and the source line are one block, so print keeps
            // them together with the end of the plan (style/main.css, `.report__end`).
            <div class="report__end" data-testid="report-end">
                <div class="report__footer">
                    <div class="report__qr">
                        <QrCode text=url />
                        <p>{t.report_qr}</p>
                    </div>
                    <ContactDesk />
                </div>
                <p class="report__source">{t.report_source}</p>
            </div>
        </section>
    }
}
