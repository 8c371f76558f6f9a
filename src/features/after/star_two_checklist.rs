//! The SECURITY ACTION ★★ checklist: the diagnosis step ticks itself, the other three are the
//! user's ticks (saved with the records); the official pages are plain links.

use leptos::prelude::*;

use crate::core::lang::Lang;
use crate::features::after::model::drafts::DraftKind;
use crate::features::after::model::star_two::{
    diagnosis_done, StarTwoStep, LINKS, SECURITY_ACTION_TEXT,
};
use crate::kit::use_dispatch;
use crate::kit::use_records;
use crate::kit::use_session;
use crate::store::records::RecordsAction;
use crate::store::{Action, Step};

/// The four steps to ★★ with their ticks.
#[component]
pub fn StarTwoChecklist() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let edit = crate::kit::use_dispatch();
    let diagnosed = Memo::new(move |_| {
        session.with(|s| records.with(|r| diagnosis_done(&s.answers, !r.history.is_empty())))
    });
    let star = Memo::new(move |_| records.with(|r| r.beyond.star_two.clone()));
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);
    let headline = Memo::new(move |_| star.get().summary(diagnosed.get()).headline(lang));

    view! {
        <section class="star-two" aria-labelledby="star-two-heading" data-testid="star-two">
            <h2 id="star-two-heading">{t.star_two_heading}</h2>
            <blockquote class="star-two__quote">
                <p>{SECURITY_ACTION_TEXT.get(lang)}</p>
                <footer>{t.star_two_quote_source}</footer>
            </blockquote>
            {(lang != Lang::Ja).then(|| view! {
                <details class="original" lang="ja">
                    <summary lang=lang.code()>{crate::kit::text::texts(crate::kit::lang()).original}</summary>
                    <p>{SECURITY_ACTION_TEXT.ja}</p>
                </details>
            })}
            <p class="star-two__headline" role="status" data-testid="star-two-headline">{move || headline.get()}</p>
            <ol class="star-two__steps">
                {StarTwoStep::ALL
                    .into_iter()
                    .map(|step| {
                        let id = format!("star-two-{}", step.as_str());
                        let done = Memo::new(move |_| star.get().is_done(step, diagnosed.get()));
                        let toggle = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            edit.send(RecordsAction::StarTwo(step, on));
                        };
                        view! {
                            <li class="star-two__step" class:star-two__step--done=move || done.get() data-testid="star-two-step" data-step=step.as_str()>
                                <div class="star-two__head">
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=move || done.get()
                                        disabled=step.is_automatic()
                                        on:change=toggle
                                    />
                                    <label for=id class="star-two__label">
                                        {step.label(lang)}
                                        {step.is_automatic().then(|| view! {
                                            <span class="badge badge--auto">
                                                {move || if done.get() { t.star_two_auto_done } else { t.star_two_auto }}
                                            </span>
                                        })}
                                    </label>
                                </div>
                                <p class="star-two__detail">{step.detail(lang)}</p>
                                {(step == StarTwoStep::Declared).then(|| view! {
                                    <p class="star-two__detail" data-testid="star-two-gbiz">{t.star_two_gbiz}</p>
                                })}
                                {(step == StarTwoStep::PolicyDrafted).then(|| view! {
                                    <button class="button button--small" on:click=move |_| dispatch.send(Action::Open(Step::Draft(DraftKind::Policy)))>
                                        {t.make_policy_draft}
                                    </button>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="star-two__wording" data-testid="star-two-wording">{t.star_two_wording}</p>
            <h3>{t.official_links}</h3>
            <ul class="resources">
                {LINKS
                    .iter()
                    .map(|link| {
                        let (name, why) = link.texts(lang);
                        view! {
                            <li>
                                <a href=link.url target="_blank" rel="noopener noreferrer" hreflang="ja">{name}</a>
                                <span class="resources__description">{why}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
