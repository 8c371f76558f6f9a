//! 「提供：○○商工会議所」 on the landing screen: the organisation's logo, name and message from
//! its config. Nothing at all without a config.

use leptos::prelude::*;

use crate::features::publish::branding::use_branding;

/// The organisation that provides this deployment. Every value is shown as text; the name links
/// to the organisation's site (in a new tab) when a safe URL is given.
#[component]
pub fn OrgBanner() -> impl IntoView {
    let branding = use_branding();
    let t = crate::features::publish::brand_text::texts(crate::kit::lang());
    move || {
        let config = branding.config.get()?;
        let org = config.organization.unwrap_or_default();
        if org.name.is_none() && org.logo.is_none() && config.message.is_none() {
            return None;
        }
        let alt = org
            .name
            .clone()
            .unwrap_or_else(|| t.org_logo_alt.to_string());
        // A missing or broken logo file hides the image instead of showing a broken icon.
        let logo_failed = RwSignal::new(false);
        let logo = org.logo.map(|logo| {
            view! {
                <Show when=move || !logo_failed.get()>
                    <img
                        class="org-banner__logo"
                        src=logo.src().to_string()
                        alt=alt.clone()
                        on:error=move |_| logo_failed.set(true)
                    />
                </Show>
            }
        });
        let name = org.name.map(|name| {
            let name = match org.url {
                Some(url) => view! {
                    <a href=url.href().to_string() target="_blank" rel="noopener noreferrer">{name}</a>
                }
                .into_any(),
                None => view! { <span>{name}</span> }.into_any(),
            };
            view! { <p class="org-banner__name">{t.org_provided_by}{name}</p> }
        });
        let message = config
            .message
            .map(|message| view! { <p class="org-banner__message">{message}</p> });
        Some(view! {
            <section class="org-banner" data-testid="org" aria-label=t.org_label>
                {logo}
                <div class="org-banner__text">{name} {message}</div>
            </section>
        })
    }
}
