//! The SECURITY ACTION ★★ checklist: the diagnosis step ticks itself, the other three are the
//! user's ticks (saved with the records); the official pages are plain links.

use leptos::prelude::*;

use super::{use_dispatch, use_records, use_session};
use crate::domain::drafts::DraftKind;
use crate::domain::star_two::{diagnosis_done, StarTwoStep, LINKS, SECURITY_ACTION_TEXT};
use crate::domain::Action;

/// The four steps to ★★ with their ticks.
#[component]
pub fn StarTwoChecklist() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = use_records();
    let diagnosed =
        Memo::new(move |_| session.with(|s| records.with(|r| diagnosis_done(&s.answers, r))));
    let star = Memo::new(move |_| records.with(|r| r.beyond.star_two.clone()));
    let headline = Memo::new(move |_| star.get().summary(diagnosed.get()).headline());

    view! {
        <section class="star-two" aria-labelledby="star-two-heading" data-testid="star-two">
            <h2 id="star-two-heading">"SECURITY ACTION「二つ星」（★★）までの道のり"</h2>
            <blockquote class="star-two__quote">
                <p>{SECURITY_ACTION_TEXT}</p>
                <footer>"（パンフレット「新5分でできる！情報セキュリティ自社診断」より）"</footer>
            </blockquote>
            <p class="star-two__headline" role="status" data-testid="star-two-headline">{move || headline.get()}</p>
            <ol class="star-two__steps">
                {StarTwoStep::ALL
                    .into_iter()
                    .map(|step| {
                        let id = format!("star-two-{}", step.as_str());
                        let done = Memo::new(move |_| star.get().is_done(step, diagnosed.get()));
                        let toggle = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            let now = crate::files::now_iso();
                            records.update(|r| {
                                r.beyond.star_two.set(step, on, &now);
                            });
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
                                        {step.label()}
                                        {step.is_automatic().then(|| view! {
                                            <span class="badge badge--auto">
                                                {move || if done.get() { "自動で確認済み" } else { "自動" }}
                                            </span>
                                        })}
                                    </label>
                                </div>
                                <p class="star-two__detail">{step.detail()}</p>
                                {(step == StarTwoStep::PolicyDrafted).then(|| view! {
                                    <button class="button button--small" on:click=move |_| dispatch.send(Action::OpenDraft(DraftKind::Policy))>
                                        "基本方針の下書きを作る"
                                    </button>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>"公式の案内（IPA）"</h3>
            <ul class="resources">
                {LINKS
                    .iter()
                    .map(|link| view! {
                        <li>
                            <a href=link.url target="_blank" rel="noopener noreferrer">{link.name}</a>
                            <span class="resources__description">{link.why}</span>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
