//! The landing screen: what this is, privacy, who should answer, start or continue.

use leptos::prelude::*;

use super::org_banner::OrgBanner;
use super::restart_control::RestartControl;
use super::{use_dispatch, use_session};
use crate::domain::{Action, QUESTION_COUNT};

/// Explains the diagnosis and starts (or resumes) it.
#[component]
pub fn IntroPage() -> impl IntoView {
    let session = use_session();
    let dispatch = use_dispatch();
    let records = super::use_records();
    let answered = Memo::new(move |_| session.with(|s| s.answers.answered_count()));

    view! {
        <section class="intro" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">"5分でできる！情報セキュリティ自社診断"</h1>
            <OrgBanner />
            <p class="lead">
                "独立行政法人情報処理推進機構（IPA）の「新5分でできる！情報セキュリティ自社診断」を、この画面で行えます。"
                "25問の質問に答えるだけで、約5分で自社の情報セキュリティ対策の状況と、次に取り組むべき対策がわかります。"
            </p>
            <ul class="intro__facts">
                <li>
                    <strong>"回答はこの端末の中だけに保存されます。"</strong>
                    "インターネット上のどこにも送信されません。途中で閉じても、同じ端末・同じブラウザで開けば続きから回答できます。"
                </li>
                <li>
                    <strong>"回答する方："</strong>
                    "経営者の方、または社内のパソコンやネットワークなど IT の状況をよく知っている方が回答してください。"
                </li>
                <li>
                    <strong>"回答のしかた："</strong>
                    "各質問に「実施している」「一部実施している」「実施していない」「わからない」のいずれかで答えます。"
                </li>
            </ul>
            <div class="actions">
                {move || {
                    let n = answered.get();
                    if n == 0 {
                        view! {
                            <button class="button button--primary" on:click=move |_| dispatch.send(Action::Start)>
                                "診断を始める"
                            </button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="intro__saved" data-testid="saved-progress">
                                {format!("前回の回答が保存されています（{n} / {QUESTION_COUNT} 問回答済み）。")}
                            </p>
                            <button class="button button--primary" on:click=move |_| dispatch.send(Action::Start)>
                                "続きから回答する"
                            </button>
                            <Show when=move || answered.get() == QUESTION_COUNT>
                                <button class="button" on:click=move |_| dispatch.send(Action::ShowResult)>
                                    "結果を見る"
                                </button>
                            </Show>
                            <RestartControl />
                        }
                        .into_any()
                    }
                }}
            </div>
            {move || records.with(|r| r.latest().map(|e| (e.date().to_string(), e.total(), e.answers()))).map(|(date, total, answers)| view! {
                <div class="actions intro__history" data-testid="latest-result">
                    <p class="intro__saved">{format!("前回の結果：{date}　合計 {total}点")}</p>
                    <button class="button" on:click=move |_| dispatch.send(Action::OpenShared(answers))>
                        "前回の結果を見る"
                    </button>
                    <button class="button" on:click=move |_| dispatch.send(Action::OpenHistory)>
                        "履歴を見る"
                    </button>
                </div>
            })}
        </section>
    }
}
