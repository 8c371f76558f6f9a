//! 「結果を○○商工会議所に送る」 (issue 32): when the deployment's config names where results may
//! be sent (`collect`), the result screen offers to open the member's own mail app, or the
//! association's form, with the dated share link in it. The screen shows exactly what will be
//! in the message before anything opens; the app itself sends nothing. Only a deployment with
//! `collect` loads this part (a chunk, `lazy::send_result`).

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::features::publish::branding::use_branding;
use crate::features::publish::model::collect::{Collect, Letter, Words};
use crate::features::result::share_link::{diagnosis_date, share_url};
use crate::kit::{use_records, use_session};

/// The offer to send the result, with its preview; nothing without `collect` in the config.
#[component]
pub fn SendResult() -> impl IntoView {
    let branding = use_branding();
    let session = use_session();
    let t = crate::features::result::text::texts(crate::kit::lang());
    let answers = session.with_untracked(|s| s.answers);
    let date = diagnosis_date(session, use_records());
    let link = share_url(&answers, &date);
    let total = format!(
        "{}{}",
        crate::core::score(&answers).total(),
        t.total_after.trim_start()
    );
    let company = RwSignal::new(String::new());
    let size = RwSignal::new(String::new());
    let industry = RwSignal::new(String::new());
    let words = Words {
        subject: t.mail_subject,
        greeting: t.mail_greeting,
        intro: t.mail_intro,
        date: t.mail_date,
        total: t.mail_total,
        link: t.mail_link,
        company: t.mail_company,
        size: t.mail_size,
        industry: t.mail_industry,
    };
    let sizes = [
        t.send_size_1,
        t.send_size_2,
        t.send_size_3,
        t.send_size_4,
        t.send_size_5,
    ];

    move || {
        let config = branding.config.get()?;
        let collect = config.collect.clone()?;
        let link = link.clone()?;
        let org = config.organization_name().map(str::to_string);
        let heading = org.as_ref().map_or_else(
            || t.send_heading_default.to_string(),
            |org| fill(t.send_heading, &[("org", org.clone())]),
        );
        let is_mail = matches!(collect, Collect::Email(_));
        let (date, total) = (date.clone(), total.clone());
        let letter = move || {
            Letter::new(
                &collect,
                &words,
                org.as_deref(),
                &link,
                &date,
                &total,
                [&company.get(), &size.get(), &industry.get()],
            )
        };
        let letter = Memo::new(move |_| letter());
        let fields = is_mail.then(|| {
            view! {
                <p>{t.send_optional}</p>
                <div class="field">
                    <label for="send-company">{t.send_company}</label>
                    <input id="send-company" type="text" autocomplete="organization" maxlength="100"
                        prop:value=move || company.get()
                        on:input=move |ev| company.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="send-size">{t.send_size}</label>
                    <select id="send-size" on:change=move |ev| size.set(event_target_value(&ev))>
                        <option value="">{t.send_size_none}</option>
                        {sizes.iter().map(|s| view! { <option value=*s>{*s}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="send-industry">{t.send_industry}</label>
                    <input id="send-industry" type="text" maxlength="100"
                        prop:value=move || industry.get()
                        on:input=move |ev| industry.set(event_target_value(&ev)) />
                </div>
            }
        });
        let preview = if is_mail {
            view! {
                <dl class="send-result__preview" data-testid="send-preview">
                    <dt>{t.send_to}</dt>
                    <dd>{move || letter.with(|l| l.to.clone())}</dd>
                    <dt>{t.send_subject}</dt>
                    <dd>{move || letter.with(|l| l.subject.clone().unwrap_or_default())}</dd>
                    <dt>{t.send_body}</dt>
                    <dd class="send-result__body">{move || letter.with(|l| l.body.clone())}</dd>
                </dl>
                <p class="actions">
                    <a class="button" data-testid="send-open" href=move || letter.with(|l| l.href.clone())>{t.send_open_mail}</a>
                </p>
            }
            .into_any()
        } else {
            view! {
                <dl class="send-result__preview" data-testid="send-preview">
                    <dt>{t.send_form_url}</dt>
                    <dd>{move || letter.with(|l| l.to.clone())}</dd>
                    <dt>{t.send_form_value}</dt>
                    <dd class="send-result__body">{move || letter.with(|l| l.body.clone())}</dd>
                </dl>
                <p class="actions">
                    <a class="button" data-testid="send-open" target="_blank" rel="noopener noreferrer"
                        href=move || letter.with(|l| l.href.clone())>{t.send_open_form}</a>
                </p>
            }
            .into_any()
        };
        Some(view! {
            <section class="send-result no-print" data-testid="send-result" aria-labelledby="send-heading">
                <h2 id="send-heading">{heading}</h2>
                <p>{if is_mail { t.send_lead } else { t.send_form_lead }}</p>
                {fields}
                <h3>{t.send_preview}</h3>
                {preview}
            </section>
        })
    }
}
