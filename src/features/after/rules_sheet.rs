//! 情報セキュリティ社内ルール: one rule per item 1–24 (editable), each with the company's
//! current status, a line for the date and the person responsible; printable as a table and
//! downloadable as text or HTML (built and escaped by the domain), or as an Excel file.

use leptos::prelude::*;

use crate::core::catalog;
use crate::core::lang::{fill, Lang};
use crate::core::time::field_text;
use crate::features::after::draft_editor::{DraftDate, DraftField};
use crate::features::after::model::drafts::{
    rules_html, rules_sheet, rules_text, status_text, DraftChange, DraftKind, MAX_RULE_CHARS,
    RULE_COUNT,
};
use crate::features::after::model::status_answers;
use crate::features::office::lazy::OfficeFiles;
use crate::features::office::office_button::OfficeButton;
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::records::RecordsAction;
use crate::store::Action;

/// The rules sheet screen.
#[component]
pub fn RulesSheet() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);
    let answers = Memo::new(move |_| {
        session
            .with(|s| records.with(|r| status_answers(&s.answers, r.latest().map(|e| e.answers()))))
    });
    // Where the status comes from, said in words.
    let basis = Memo::new(move |_| {
        session.with(|s| {
            records.with(|r| {
                if s.answers.is_complete() {
                    t.rules_basis_current.to_string()
                } else if let Some(e) = r.latest() {
                    fill(
                        t.rules_basis_latest,
                        &[(
                            "date",
                            crate::platform::files::local_date(e.completed_at.as_str()),
                        )],
                    )
                } else {
                    t.rules_basis_partial.to_string()
                }
            })
        })
    });
    let sheet = Memo::new(move |_| {
        let answers = answers.get();
        records.with(|r| {
            let company = r.beyond.drafts.company(&r.profile.company);
            rules_sheet(&r.beyond.drafts, &answers, &company)
        })
    });
    let date = Memo::new(move |_| records.with(|r| field_text(r.beyond.drafts.rules_date)));
    let owner = Memo::new(move |_| records.with(|r| r.beyond.drafts.rules_owner.clone()));
    let edit = crate::kit::use_dispatch();
    let set_rule = move |no: u8, text: String| {
        edit.send(RecordsAction::Draft(DraftChange::Rule { no, text }));
    };
    let download = move |html: bool| {
        let sheet = sheet.get_untracked();
        let stem = format!(
            "jishin-shindan-{}-{}",
            DraftKind::Rules.as_str(),
            crate::platform::files::today()
        );
        if html {
            crate::platform::files::download(
                &format!("{stem}.html"),
                "text/html;charset=utf-8",
                &rules_html(&sheet),
            );
        } else {
            crate::platform::files::download(
                &format!("{stem}.txt"),
                "text/plain;charset=utf-8",
                &rules_text(&sheet),
            );
        }
    };

    view! {
        <section class="draft draft--rules" aria-labelledby="screen-heading">
            {if lang == Lang::Ja {
                view! {
                    <h1 id="screen-heading" tabindex="-1">{move || sheet.with(|s| s.title.clone())}</h1>
                }
                .into_any()
            } else {
                view! {
                    <h1 id="screen-heading" class="no-print" tabindex="-1">{t.rules_heading}</h1>
                    <p class="print-only rules__title" lang="ja">{move || sheet.with(|s| s.title.clone())}</p>
                }
                .into_any()
            }}
            <p class="print-only" data-testid="rules-signature" lang="ja">{move || sheet.with(|s| s.signature.clone())}</p>
            <p class=(lang != Lang::Ja).then_some("print-only") lang="ja">{move || sheet.with(|s| s.intro)}</p>
            <p class="no-print">{move || basis.get()}</p>
            <div class="draft-form no-print">
                <p>{t.rules_lead}</p>
                {(!t.draft_language.is_empty()).then(|| view! { <p>{t.draft_language}</p> })}
                <DraftDate id="rules-date" label=t.adopted_date value=date change=DraftChange::RulesDate />
                <DraftField id="rules-owner" label=t.rules_owner value=owner change=DraftChange::RulesOwner />
            </div>
            // Built once, with a signal per row: rebuilding the list on every edit would drop
            // keyboard focus when the user tabs from one rule to the next.
            <ol class="rules no-print">
                {(1..=RULE_COUNT).map(|no| {
                    let id = format!("rule-{no}");
                    let category = catalog::question(no).map_or("", |q| lang.category(q));
                    let rule = Memo::new(move |_| records.with(|r| r.beyond.drafts.rule(no)));
                    let status = Memo::new(move |_| answers.with(|a| a.get(no)));
                    view! {
                        <li class="rule" data-testid="rule" data-no=no>
                            <div class="rule__head">
                                <label for=id.clone() class="rule__title">{format!("No.{no} {category}")}</label>
                                <span
                                    class=move || format!("rule__status status--{}", status.get().map_or("none", |c| c.as_str()))
                                    data-testid="rule-status"
                                >
                                    {move || status_text(status.get(), lang)}
                                </span>
                            </div>
                            <textarea
                                id=id
                                rows="2"
                                lang="ja"
                                maxlength=MAX_RULE_CHARS
                                prop:value=move || rule.get()
                                // As in the draft editor: saved while typing; emptying the field
                                // restores the default rule once the user leaves it.
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    if !value.trim().is_empty() {
                                        set_rule(no, value);
                                    }
                                }
                                on:change=move |ev| set_rule(no, event_target_value(&ev))
                            ></textarea>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <table class="rules-print print-only" data-testid="rules-print" lang="ja">
                <thead>
                    <tr><th scope="col">"No"</th><th scope="col">"項目"</th><th scope="col">"ルール"</th><th scope="col">"現在の状況"</th></tr>
                </thead>
                <tbody>
                    {move || sheet.get().rows.into_iter().map(|row| view! {
                        <tr>
                            <td>{row.no}</td>
                            <td>{row.category}</td>
                            <td>{row.rule}</td>
                            <td>{status_text(row.status, Lang::Ja)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="actions no-print">
                <button class="button button--primary" on:click=|_| crate::platform::files::print()>{crate::kit::text::texts(crate::kit::lang()).print}</button>
                <button class="button" on:click=move |_| download(false)>{t.download_txt}</button>
                <button class="button" on:click=move |_| download(true)>{t.download_html}</button>
                // The sheet as an Excel file (issue 34), with the plan's dates, ticks and notes.
                <OfficeButton word=false make=move |files: OfficeFiles| {
                    let sheet = sheet.get_untracked();
                    let bytes = records.with_untracked(|r| (files.rules)(&sheet, &r.plan));
                    let name = format!(
                        "jishin-shindan-{}-{}.xlsx",
                        DraftKind::Rules.as_str(),
                        crate::platform::files::today()
                    );
                    Some((name, bytes))
                } />
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>{crate::kit::text::texts(crate::kit::lang()).back_to_beyond}</button>
            </div>
        </section>
    }
}
