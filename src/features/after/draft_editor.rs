//! A plain-text draft (basic policy, staff handout): edited in a textarea, printed as text
//! (the print CSS shows only the text) and downloaded as .txt, as .html built by the domain
//! with every piece of text escaped, or as a Word file (`features::office`).

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::features::after::model::drafts::{
    date_ja, text_html, DraftChange, DraftKind, GeneratorInputs, MAX_DRAFT_CHARS,
};
use crate::features::office::lazy::OfficeFiles;
use crate::features::office::office_button::OfficeButton;
use crate::kit::use_records;
use crate::store::records::RecordsAction;

/// A draft's text as shown: the user's edit if there is one, else the generated text.
pub struct DraftText {
    /// The text in the textarea.
    pub text: Memo<String>,
    /// True while the user's edit replaces the generated text.
    pub edited: Memo<bool>,
    /// Keeps an edit (the rule of what counts as an edit is `Drafts::change`'s).
    pub on_edit: Callback<String>,
    /// Drops the edit: the text follows the generator again.
    pub on_reset: Callback<()>,
}

/// Wires a draft's text: shown and generated from the records, edits dispatched.
pub fn draft_text(kind: DraftKind) -> DraftText {
    let records = use_records();
    let dispatch = crate::kit::use_dispatch();
    // The generated text, read at each keystroke (an edit equal to it is no edit): made again
    // only when what it is made from changes, not at each keystroke in the draft's text
    // (docs/performance.md, History: issue 15). Kept here, not in memos: the two memos this
    // took made the whole app's wasm 0.6 KB larger (gzipped).
    let last = std::sync::Arc::new(std::sync::Mutex::new(None::<(GeneratorInputs, String)>));
    let generated = move || {
        let inputs =
            records.with_untracked(|r| r.beyond.drafts.generator_inputs(&r.profile.company));
        let mut last = last
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match &*last {
            Some((made_from, text)) if *made_from == inputs => text.clone(),
            _ => {
                let text = inputs.text(kind);
                *last = Some((inputs, text.clone()));
                text
            }
        }
    };
    let text =
        Memo::new(move |_| records.with(|r| r.beyond.drafts.shown(kind, &r.profile.company)));
    let edited = Memo::new(move |_| records.with(|r| !r.beyond.drafts.edit(kind).is_empty()));
    let on_edit = Callback::new(move |text: String| {
        dispatch.send(RecordsAction::Draft(DraftChange::Text {
            kind,
            text,
            generated: generated(),
        }));
    });
    let on_reset = Callback::new(move |_: ()| {
        dispatch.send(RecordsAction::Draft(DraftChange::ResetText(kind)))
    });
    DraftText {
        text,
        edited,
        on_edit,
        on_reset,
    }
}

/// Offers `text` as a download: `.txt` as is, `.html` through [`text_html`].
pub fn download_draft(kind: DraftKind, text: &str, html: bool) {
    let date = crate::platform::files::today();
    let stem = format!("jishin-shindan-{}-{date}", kind.as_str());
    if html {
        crate::platform::files::download(
            &format!("{stem}.html"),
            "text/html;charset=utf-8",
            &text_html(text),
        );
    } else {
        crate::platform::files::download(&format!("{stem}.txt"), "text/plain;charset=utf-8", text);
    }
}

/// The editable text of a draft, its printed form and its print/download buttons.
#[component]
pub fn DraftEditor(
    /// Which draft.
    kind: DraftKind,
    /// The text shown: the user's edit or the generated draft.
    text: Memo<String>,
    /// True when the user has edited the text (the form no longer changes it).
    edited: Memo<bool>,
    /// Called with the new text when the user leaves the textarea.
    on_edit: Callback<String>,
    /// Called to throw the edit away and show the generated text again.
    on_reset: Callback<()>,
) -> impl IntoView {
    let id = format!("draft-text-{}", kind.as_str());
    // Throwing an edit away is asked first: a mis-tap must not cost a rewritten policy.
    let confirming = RwSignal::new(false);
    let lang = crate::kit::lang();
    let t = crate::features::after::text::texts(lang);
    view! {
        <div class="draft-editor no-print">
            // The field in a form of its own (never submitted), as in the plan's cards: the
            // browser's autofill, which runs on every keystroke, then looks at this field only,
            // not at every field of the draft's form above it (docs/performance.md,
            // History: issue 15).
            <form class="draft-editor__field" on:submit=|ev| ev.prevent_default()>
            <label for=id.clone() class="draft-editor__label">{fill(t.draft_text_label, &[("title", kind.title(lang).to_string())])}</label>
            {(!t.draft_language.is_empty()).then(|| view! { <p class="draft-editor__language">{t.draft_language}</p> })}
            <textarea
                id=id
                class="draft-editor__text"
                lang="ja"
                data-testid="draft-text"
                rows="20"
                maxlength=MAX_DRAFT_CHARS
                prop:value=move || text.get()
                // Saved as it is typed, so an edit is kept even if the tab closes before the
                // field loses focus. Emptying the field resets the draft, but only once the user
                // leaves it: mid-typing, an empty field is just a rewrite in progress.
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    if !value.trim().is_empty() {
                        on_edit.run(value);
                    }
                }
                on:change=move |ev| on_edit.run(event_target_value(&ev))
            ></textarea>
            </form>
            <Show when=move || edited.get()>
                <p class="draft-editor__edited" role="status">
                    {t.draft_edited}
                </p>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button class="button button--quiet" on:click=move |_| confirming.set(true)>
                            {t.draft_reset}
                        </button>
                    }
                >
                    <div class="confirm" role="alertdialog" aria-labelledby="draft-reset-question">
                        <p id="draft-reset-question">{t.draft_reset_question}</p>
                        <div class="actions">
                            <button class="button button--danger" on:click=move |_| {
                                confirming.set(false);
                                on_reset.run(());
                            }>
                                {t.draft_reset_confirm}
                            </button>
                            <button class="button" on:click=move |_| confirming.set(false)>{crate::kit::text::texts(crate::kit::lang()).cancel}</button>
                        </div>
                    </div>
                </Show>
            </Show>
            <div class="actions">
                <button class="button button--primary" on:click=|_| crate::platform::files::print()>{crate::kit::text::texts(crate::kit::lang()).print}</button>
                <button class="button" on:click=move |_| download_draft(kind, &text.get_untracked(), false)>
                    {t.download_txt}
                </button>
                <button class="button" on:click=move |_| download_draft(kind, &text.get_untracked(), true)>
                    {t.download_html}
                </button>
                // The drafts as Word files (issue 34): built from the text as shown.
                <OfficeButton word=true make=move |files: OfficeFiles| {
                    let text = text.get_untracked();
                    let date = crate::platform::files::today();
                    let bytes = match kind {
                        DraftKind::Handout => {
                            let made_on = crate::core::time::CivilDate::parse(&date)
                                .map_or_else(|| date.clone(), date_ja);
                            (files.handout)(&text, &made_on)
                        }
                        _ => (files.policy)(&text),
                    };
                    Some((format!("jishin-shindan-{}-{date}.docx", kind.as_str()), bytes))
                } />
            </div>
        </div>
        <div class="draft-print print-only" data-testid="draft-print" lang="ja">{move || text.get()}</div>
    }
}

/// One labelled text input of a draft's form: its value read from the records, each keystroke
/// dispatched as a [`DraftChange`].
#[component]
pub fn DraftField(
    /// The input's id (its label points at it).
    id: &'static str,
    /// The label.
    label: &'static str,
    /// The value shown.
    #[prop(into)]
    value: Signal<String>,
    /// The change a new value makes.
    change: fn(String) -> DraftChange,
    /// The longest text accepted.
    #[prop(default = crate::core::MAX_NAME_CHARS)]
    max_chars: usize,
) -> impl IntoView {
    let edit = crate::kit::use_dispatch();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                maxlength=max_chars
                prop:value=move || value.get()
                on:input=move |ev| edit.send(RecordsAction::Draft(change(event_target_value(&ev))))
            />
        </div>
    }
}

/// A draft's date input (the day a policy or the rules are adopted), dispatched when a date is
/// picked, not while it is being typed.
#[component]
pub fn DraftDate(
    /// The input's id (its label points at it).
    id: &'static str,
    /// The label.
    label: &'static str,
    /// The date shown, as the field holds it (`YYYY-MM-DD`, or empty: `core::time::field_text`).
    #[prop(into)]
    value: Signal<String>,
    /// The change a new date makes.
    change: fn(String) -> DraftChange,
) -> impl IntoView {
    let edit = crate::kit::use_dispatch();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="date"
                prop:value=move || value.get()
                on:change=move |ev| edit.send(RecordsAction::Draft(change(event_target_value(&ev))))
            />
        </div>
    }
}
