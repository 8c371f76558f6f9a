//! 「ご相談は…」 on the result screen: the organisation's 相談窓口 from its config, next to the
//! advice. Nothing at all without one.

use leptos::prelude::*;

use crate::core::lang::fill;
use crate::features::publish::branding::use_branding;

/// The contact desk: phone (a `tel:` link), e-mail (`mailto:`), web page (a new tab) and opening
/// hours, all shown as text.
#[component]
pub fn ContactDesk() -> impl IntoView {
    let branding = use_branding();
    let t = crate::features::publish::brand_text::texts(crate::kit::lang());
    move || {
        let config = branding.config.get()?;
        let organization = config.organization_name().map(str::to_string);
        let desk = config.contact?;
        let who: Vec<String> = [organization, desk.name].into_iter().flatten().collect();
        let heading = if who.is_empty() {
            t.contact_heading_default.to_string()
        } else {
            fill(t.contact_heading, &[("who", who.join(" "))])
        };
        let phone = desk.phone.map(|phone| {
            view! {
                <dt>{t.contact_phone}</dt>
                <dd><a href=phone.href().to_string()>{phone.display().to_string()}</a></dd>
            }
        });
        let email = desk.email.map(|email| {
            view! {
                <dt>{t.contact_email}</dt>
                <dd><a href=email.href()>{email.as_str().to_string()}</a></dd>
            }
        });
        let url = desk.url.map(|url| {
            let href = url.href().to_string();
            let text = href.clone();
            view! {
                <dt>"Web"</dt>
                <dd><a href=href target="_blank" rel="noopener noreferrer">{text}</a></dd>
            }
        });
        let hours = desk.hours.map(|hours| {
            view! {
                <dt>{t.contact_hours}</dt>
                <dd class="contact-desk__hours">{hours}</dd>
            }
        });
        Some(view! {
            <section class="contact-desk" data-testid="contact" aria-labelledby="contact-heading">
                <h2 id="contact-heading">{heading}</h2>
                <p class="contact-desk__lead">{t.contact_lead}</p>
                <dl class="contact-desk__list">{phone} {email} {url} {hours}</dl>
            </section>
        })
    }
}
