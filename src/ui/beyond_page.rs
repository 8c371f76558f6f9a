//! 「診断の後に」: what a company does once the diagnosis is done — the SECURITY ACTION ★★
//! path, the drafts (basic policy, rules sheet, staff handout), the optional step-up checklist
//! and combining several results. Japanese only for now.

use leptos::prelude::*;

use super::star_two_checklist::StarTwoChecklist;
use super::{use_dispatch, use_records};
use crate::domain::drafts::DraftKind;
use crate::domain::Action;

/// The overview screen after the diagnosis.
#[component]
pub fn BeyondPage() -> impl IntoView {
    let dispatch = use_dispatch();
    let records = use_records();
    let step_up = Memo::new(move |_| records.with(|r| r.beyond.step_up.summary()));

    view! {
        <section class="beyond" aria-labelledby="screen-heading" lang="ja">
            <h1 id="screen-heading" tabindex="-1">"診断の後に"</h1>
            <p class="lead">
                "診断は対策の入り口です。ここでは、SECURITY ACTION「二つ星」に向けた進み具合の確認、基本方針・社内ルール・従業員向け注意事項の下書き、さらに進んだ対策のチェック、複数の部署や拠点の結果のとりまとめができます。入力した内容はこの端末の中だけに保存されます。"
            </p>
            <StarTwoChecklist />
            <section class="beyond__section" aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">"下書きを作る（編集・印刷・ダウンロード）"</h2>
                <ul class="beyond__drafts">
                    {DraftKind::ALL
                        .into_iter()
                        .map(|kind| view! {
                            <li>
                                <button class="button" on:click=move |_| dispatch.send(Action::OpenDraft(kind))>
                                    {kind.title()}
                                </button>
                                <p class="beyond__hint">{kind.purpose()}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="beyond__section" aria-labelledby="step-up-heading">
                <h2 id="step-up-heading">"ステップアップ・チェックリスト（任意）"</h2>
                <p>
                    "100点満点に届いた会社が次に取り組む対策を、国の注意喚起（サイバーセキュリティ対策の強化について）から10項目にまとめました。"
                    <strong>"任意のチェックで、診断の点数（100点満点）は変わりません。"</strong>
                </p>
                <p data-testid="step-up-summary">
                    {move || {
                        let s = step_up.get();
                        if s.answered == 0 {
                            "まだ回答していません。".to_string()
                        } else {
                            format!("回答 {} / {} 項目（うち「実施している」{} 項目）", s.answered, s.total, s.done)
                        }
                    }}
                </p>
                <button class="button" on:click=move |_| dispatch.send(Action::OpenStepUp)>
                    "ステップアップ・チェックリストを開く"
                </button>
            </section>
            <section class="beyond__section" aria-labelledby="combine-heading">
                <h2 id="combine-heading">"複数の結果をまとめる（部署・拠点・講習会）"</h2>
                <p>
                    "部署や拠点ごとに診断した結果（ダウンロードしたファイルや共有リンク）を読み込み、質問ごとに最も弱い回答、回答の分布、「わからない」の多い質問をまとめて見られます。読み込んだ結果はどこにも送信されません。"
                </p>
                <button class="button" on:click=move |_| dispatch.send(Action::OpenCombine)>
                    "複数の結果をまとめる"
                </button>
            </section>
            <div class="actions">
                <button class="button" on:click=move |_| dispatch.send(Action::Prev)>"戻る"</button>
            </div>
        </section>
    }
}
