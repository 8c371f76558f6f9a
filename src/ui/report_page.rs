//! The A4 report for the browser's print → PDF: company and respondent, date, 合計 and band,
//! A/B/C, the chart, the action plan with 対策例, the share QR code and the contact desk.
//! Print CSS hides every piece of app chrome.

use leptos::prelude::*;

use super::contact_desk::ContactDesk;
use super::result_summary::ResultSummary;
use super::share_panel::{share_url, QrCode};
use super::{use_dispatch, use_records, use_session};
use crate::domain::plan::tasks;
use crate::domain::records::{answers_to_map, Profile, MAX_NAME_CHARS};
use crate::domain::Action;

/// The printable report of the current result.
#[component]
pub fn ReportPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let answers = session.with_untracked(|s| s.answers);
    let answers_map = answers_to_map(&answers);
    // The day this diagnosis was recorded (not whatever entry is newest: a saved share link or
    // an import can be newer), in the user's time zone.
    let date = records
        .with_untracked(|r| {
            r.history
                .iter()
                .rev()
                .find(|e| e.answers == answers_map)
                .map(|e| crate::files::local_date(&e.completed_at))
        })
        .unwrap_or_else(crate::files::today);
    // The names belong to this diagnosis too: its history entry is renamed with the profile.
    let set_profile = move |edit: fn(&mut Profile, String), value: String| {
        let map = answers_to_map(&answers);
        records.update(|r| {
            edit(&mut r.profile, value);
            let profile = r.profile.clone();
            if let Some(entry) = r.history.iter_mut().rev().find(|e| e.answers == map) {
                entry.company = profile.company;
                entry.respondent = profile.respondent;
            }
        });
    };
    let company = Memo::new(move |_| records.with(|r| r.profile.company.clone()));
    let respondent = Memo::new(move |_| records.with(|r| r.profile.respondent.clone()));
    let url = share_url(&answers).unwrap_or_default();
    let plan = tasks(&answers);

    view! {
        <section class="report" aria-labelledby="screen-heading">
            <div class="report__controls no-print">
                <p>"会社名と回答者は任意です。入力するとレポートに印刷されます（この端末に保存）。"</p>
                <label for="profile-company">"会社名"</label>
                <input
                    id="profile-company"
                    type="text"
                    maxlength=MAX_NAME_CHARS
                    prop:value=move || company.get()
                    on:input=move |ev| set_profile(|p, v| p.company = v, event_target_value(&ev))
                />
                <label for="profile-respondent">"回答者"</label>
                <input
                    id="profile-respondent"
                    type="text"
                    maxlength=MAX_NAME_CHARS
                    prop:value=move || respondent.get()
                    on:input=move |ev| set_profile(|p, v| p.respondent = v, event_target_value(&ev))
                />
                <div class="actions">
                    <button class="button button--primary" on:click=|_| crate::files::print()>"印刷する"</button>
                    <button class="button" on:click=move |_| dispatch.send(Action::Prev)>"結果に戻る"</button>
                </div>
            </div>
            <header class="report__header">
                <h1 id="screen-heading" tabindex="-1">"情報セキュリティ自社診断 結果レポート"</h1>
                <dl class="report__meta">
                    <dt>"会社名"</dt><dd data-testid="report-company">{move || company.get()}</dd>
                    <dt>"回答者"</dt><dd>{move || respondent.get()}</dd>
                    <dt>"診断日"</dt><dd>{date}</dd>
                </dl>
            </header>
            <ResultSummary answers=answers />
            <section class="report__plan" aria-labelledby="report-plan-heading">
                <h2 id="report-plan-heading">"対策リスト"</h2>
                <ol>
                    {plan
                        .into_iter()
                        .map(|t| {
                            let no = t.no;
                            let state = move || records.with(|r| r.task(no));
                            view! {
                                <li>
                                    <strong>{format!("【{}】No.{} {}", t.kind.label(), no, t.question.heading)}</strong>
                                    {move || state().done.then_some("（完了）")}
                                    <br />
                                    <span class="report__example">{format!("対策例：{}", t.question.examples.join(" "))}</span>
                                    {move || {
                                        let s = state();
                                        (!s.target_date.is_empty() || !s.note.is_empty()).then(|| view! {
                                            <br />
                                            <span class="report__note">{format!("目標日：{}　メモ：{}", s.target_date, s.note)}</span>
                                        })
                                    }}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
            <div class="report__footer">
                <div class="report__qr">
                    <QrCode text=url />
                    <p>"この結果の共有リンク"</p>
                </div>
                <ContactDesk />
            </div>
            <p class="report__source">
                "出典：独立行政法人情報処理推進機構（IPA）「新5分でできる！情報セキュリティ自社診断」をもとに作成"
            </p>
        </section>
    }
}
