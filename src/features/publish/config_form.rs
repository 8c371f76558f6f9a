//! 「config.json をこのページで作る」 (issue 31): a field for every setting, each checked as the
//! user types by the app's own reader (`model::form`), an existing file pasted or picked to fill
//! it, and 「config.json をダウンロード」.

use leptos::prelude::*;

use crate::core::lang::{fill, Lang, Localized};
use crate::features::publish::form_text::FormTexts;
use crate::features::publish::model::form::{field_problems, read_bytes, ConfigForm, Field};
use crate::features::publish::model::{ConfigError, Problem, MAX_CONFIG_BYTES};
use crate::platform::files::{self, StreamError};

/// The form. `form` holds what was typed (the preview and the ZIP read it too).
#[component]
pub fn ConfigFormSection(
    /// What was typed in each field.
    form: RwSignal<ConfigForm>,
) -> impl IntoView {
    let lang = crate::kit::lang();
    let t = crate::features::publish::form_text::texts(lang);
    // Read again by each field as the form changes (a few microseconds for a file this size; a
    // memo would add its own code to the page's chunk).
    let checked = move || form.with(ConfigForm::check);
    let problems = move || {
        checked()
            .map(|parsed| field_problems(&parsed.warnings))
            .unwrap_or_default()
    };
    let whole_error = move || checked().err().map(|e| e.text(lang));

    let group = |legend: &'static str, fields: &'static [Field]| {
        view! {
            <fieldset class="config-form__group">
                <legend>{legend}</legend>
                {fields
                    .iter()
                    .map(|field| field_row(t, lang, form, problems, *field))
                    .collect_view()}
            </fieldset>
        }
    };

    let pasted = RwSignal::new(String::new());
    let load_status = RwSignal::new(None::<(bool, String)>);
    let load = move |bytes: Result<Vec<u8>, String>| {
        // A file that is refused leaves the form as it was: nothing typed is lost.
        let status = match bytes.and_then(|b| read_bytes(&b).map_err(|e| e.text(lang))) {
            Ok((read, unknown)) => {
                form.set(read);
                if unknown.is_empty() {
                    (false, t.form_loaded.to_string())
                } else {
                    (
                        false,
                        fill(t.form_loaded_unknown, &[("fields", unknown.join(", "))]),
                    )
                }
            }
            Err(error) => (true, fill(t.form_load_failed, &[("error", error)])),
        };
        load_status.set(Some(status));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = files::picker(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Some(read) = files::read_picked_bytes(&input, MAX_CONFIG_BYTES).await else {
                return;
            };
            input.set_value("");
            load(read.map_err(|e| match e {
                StreamError::TooLarge(bytes) => ConfigError::TooLarge { bytes }.text(lang),
                StreamError::Failed => t.why_unreadable.to_string(),
            }));
        });
    };

    let download_status = RwSignal::new(None::<String>);
    let download = move |_| {
        let text = form.with_untracked(ConfigForm::to_json);
        let count = untrack(problems).len();
        let message = if !files::download("config.json", "application/json", &text) {
            t.form_download_failed.to_string()
        } else if count > 0 {
            fill(t.form_download_problems, &[("count", count.to_string())])
        } else {
            t.form_downloaded.to_string()
        };
        download_status.set(Some(message));
    };

    view! {
        <h2>{t.form_heading}</h2>
        <p>{t.form_lead}</p>
        <div class="config-form__load">
            <label for="cfg-paste">{t.form_paste_label}</label>
            <textarea
                id="cfg-paste"
                class="copy-box__code"
                rows="4"
                spellcheck="false"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <p>
                <button
                    class="button button--small"
                    on:click=move |_| load(Ok(pasted.get_untracked().into_bytes()))
                >
                    {t.form_paste_button}
                </button>
            </p>
            <p>
                <label for="cfg-file">{t.form_file_label}</label>
                " "
                <input id="cfg-file" type="file" accept=".json,application/json" on:change=on_file />
            </p>
            <p
                class="config-form__status"
                data-testid="cfg-load-status"
                role="status"
                aria-live="polite"
                class:config-form__status--error=move || load_status.with(|s| s.as_ref().is_some_and(|s| s.0))
            >
                {move || load_status.get().map(|s| s.1)}
            </p>
        </div>
        <form class="config-form" on:submit=|ev| ev.prevent_default()>
            {group(t.form_org, &[Field::OrgName, Field::OrgUrl, Field::OrgLogo, Field::Message])}
            {group(
                t.form_contact,
                &[
                    Field::ContactName,
                    Field::ContactPhone,
                    Field::ContactEmail,
                    Field::ContactUrl,
                    Field::ContactHours,
                ],
            )}
            {group(t.form_more, &[Field::AccentColor, Field::Collect])}
        </form>
        <p class="config-form__error" role="alert">{whole_error}</p>
        <p>
            <button class="button" on:click=download>{t.form_download}</button>
        </p>
        <p class="config-form__status" role="status" aria-live="polite">
            {move || download_status.get()}
        </p>
    }
}

/// One field: its label, its input (a text area where lines are allowed), what it is for, and
/// the app's reason for refusing its value, if it does.
fn field_row(
    t: &'static FormTexts,
    lang: Lang,
    form: RwSignal<ConfigForm>,
    problems: impl Fn() -> Vec<(Field, Problem)> + Copy + Send + Sync + 'static,
    field: Field,
) -> impl IntoView {
    let id = format!("cfg-{}", field.path().replace(['.', '_'], "-"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let message = move || {
        problems()
            .into_iter()
            .find(|(f, _)| *f == field)
            .map(|(_, problem)| problem.text(lang))
    };
    let invalid = move || message().map(|_| "true");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match message() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let value = move || form.with(|f| f.get(field).to_string());
    let input = move |ev| form.update(|f| f.set(field, &event_target_value(&ev)));
    let control = if field.multiline() {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                aria-describedby=described.clone()
                aria-invalid=invalid
                prop:value=value
                on:input=input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                spellcheck="false"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=input
            />
        }
        .into_any()
    };
    view! {
        <div class="config-form__field">
            <label for=id>{label(t, field)}" "<code>{field.path()}</code></label>
            {control}
            <p id=hint_id class="config-form__hint">{hint(field)}</p>
            <p id=error_id class="config-form__error" data-testid=format!("error-{}", field.path())>
                {message}
            </p>
        </div>
    }
}

/// The field's name on the page.
fn label(t: &'static FormTexts, field: Field) -> &'static str {
    match field {
        Field::OrgName => t.label_org_name,
        Field::OrgUrl => t.label_org_url,
        Field::OrgLogo => t.label_org_logo,
        Field::Message => t.label_message,
        Field::ContactName => t.label_contact_name,
        Field::ContactPhone => t.label_contact_phone,
        Field::ContactEmail => t.label_contact_email,
        Field::ContactUrl => t.label_contact_url,
        Field::ContactHours => t.label_contact_hours,
        Field::AccentColor => t.label_accent_color,
        Field::Collect => t.label_collect,
    }
}

/// What the field is for (the same words as the table of settings).
pub fn hint(field: Field) -> &'static str {
    let t = crate::features::publish::text::texts(crate::kit::lang());
    match field {
        Field::OrgName => t.cfg_org_name,
        Field::OrgUrl => t.cfg_org_url,
        Field::OrgLogo => t.cfg_org_logo,
        Field::Message => t.cfg_message,
        Field::ContactName => t.cfg_contact_name,
        Field::ContactPhone => t.cfg_contact_phone,
        Field::ContactEmail => t.cfg_contact_email,
        Field::ContactUrl => t.cfg_contact_url,
        Field::ContactHours => t.cfg_contact_hours,
        Field::AccentColor => t.cfg_accent_color,
        Field::Collect => {
            crate::features::publish::form_text::texts(crate::kit::lang()).cfg_collect
        }
    }
}
