//! 「表示の確認」 (issue 31): the landing's banner and the result's 相談窓口 as the form's
//! `config.json` would make them, drawn by the app's own components ([`OrgBanner`],
//! [`ContactDesk`]) given a branding made from the form.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::features::publish::branding::{use_branding, Branding};
use crate::features::publish::contact_desk::ContactDesk;
use crate::features::publish::model::form::ConfigForm;
use crate::features::publish::org_banner::OrgBanner;

/// The preview of the form's branding (only what the app would use: refused values are not
/// shown), in the organisation's colour.
#[component]
pub fn FormPreview(
    /// What was typed in each field.
    form: RwSignal<ConfigForm>,
) -> impl IntoView {
    let t = crate::features::publish::form_text::texts(crate::kit::lang());
    let applied = move || form.with(|f| f.check().ok().map(|parsed| parsed.config));
    let config = RwSignal::new(applied());
    Effect::new(move |_| config.set(applied()));
    let empty = move || {
        config.with(|c| {
            c.as_ref().is_none_or(|c| {
                c.contact.is_none() && c.message.is_none() && c.organization.is_none()
            })
        })
    };
    let accent = move || {
        config.with(|c| {
            c.as_ref().and_then(|c| c.accent).map(|accent| {
                format!(
                    "--org-accent:{};--org-accent-contrast:{}",
                    accent.hex(),
                    accent.contrast_text()
                )
            })
        })
    };
    let branding = Branding {
        config: config.read_only(),
        org: use_branding().org,
    };
    view! {
        <h3>{t.form_preview_heading}</h3>
        <p>{t.form_preview_lead}</p>
        <div class="publish__form-preview" data-testid="form-preview" style=accent>
            <Show when=empty>
                <p>{t.form_preview_empty}</p>
            </Show>
            <Provider value=branding>
                <OrgBanner />
                <ContactDesk />
            </Provider>
        </div>
    }
}
