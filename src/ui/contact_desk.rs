//! 「ご相談は…」 on the result screen: the organisation's 相談窓口 from its config, next to the
//! advice. Nothing at all without one.

use leptos::prelude::*;

use crate::config::use_branding;

/// The contact desk: phone (a `tel:` link), e-mail (`mailto:`), web page (a new tab) and opening
/// hours, all shown as text.
#[component]
pub fn ContactDesk() -> impl IntoView {
    let branding = use_branding();
    move || {
        let config = branding.config.get()?;
        let desk = config.contact?;
        let who: Vec<String> = [config.organization.and_then(|o| o.name), desk.name]
            .into_iter()
            .flatten()
            .collect();
        let heading = if who.is_empty() {
            "ご相談は、こちらの窓口へ".to_string()
        } else {
            format!("ご相談は{}へ", who.join(" "))
        };
        let phone = desk.phone.map(|phone| {
            view! {
                <dt>"電話"</dt>
                <dd><a href=phone.href().to_string()>{phone.display().to_string()}</a></dd>
            }
        });
        let email = desk.email.map(|email| {
            view! {
                <dt>"メール"</dt>
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
                <dt>"受付時間"</dt>
                <dd class="contact-desk__hours">{hours}</dd>
            }
        });
        Some(view! {
            <section class="contact-desk" data-testid="contact" aria-labelledby="contact-heading">
                <h2 id="contact-heading">{heading}</h2>
                <p class="contact-desk__lead">
                    "対策の進め方や、「わからない」と答えた項目の確かめ方について相談できます。"
                </p>
                <dl class="contact-desk__list">{phone} {email} {url} {hours}</dl>
            </section>
        })
    }
}
