//! The first screens as static HTML, rendered natively at build time from the app's own
//! components (issue 14). `src/bin/prerender.rs` writes it where index.html inlines it, so a first
//! visit can read the landing and answer the questionnaire before the wasm has arrived;
//! `public/boot-screen.js` shows one screen at a time and counts the answers, nothing else.
//!
//! What is rendered is exactly what the app renders for a first visit in Japanese: the frame
//! (header, notices, `<main>`, footer) around the landing and the three Parts, with no answer
//! chosen. The browser test `tests/e2e/static.test.mjs` compares it with the app's own rendering
//! element by element.

use leptos::prelude::*;

use crate::app::frame::Frame;
use crate::app::notices::StorageStatus;
use crate::app::screens::Screen;
use crate::core::lang::Lang;
use crate::core::Part;
use crate::kit::Dispatch;
use crate::store::records::Records;
use crate::store::{Session, Step};

/// The screens the static page holds, in page order: the landing, then Part 1, 2 and 3.
pub const STATIC_STEPS: [Step; 4] = [
    Step::Intro,
    Step::Part(Part::Basic),
    Step::Part(Part::Employee),
    Step::Part(Part::Organization),
];

/// The frame with the static screens inside `<main>`, as HTML, for a first visit in Japanese.
///
/// Leptos marks dynamic places with comments (`<!>`, `<!--<() />-->`) for hydration; they are
/// removed, since this page is never hydrated (the app builds its own DOM and replaces it). A
/// `<!` in a text or attribute would have been escaped (`&lt;!`), so only markers are removed.
pub fn static_screens() -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(Dispatch::new(
            RwSignal::new(Session::new()),
            RwSignal::new(Records::default()),
        ));
        // No organisation: the banner arrives with the app.
        provide_context(crate::features::publish::branding::Branding {
            config: RwSignal::new(None).read_only(),
            org: None,
        });
        let lang = RwSignal::new(Lang::Ja);
        provide_context(lang);
        let status = RwSignal::new(StorageStatus {
            persistent: true,
            restore_error: None,
            dropped: Vec::new(),
            save_failed: false,
            merged_from_other_tab: false,
            deleted: false,
        });
        let t = crate::app::text::texts(Lang::Ja);
        view! {
            <Frame lang=lang status=status share_error=RwSignal::new(None) update_ready=RwSignal::new(false)>
                {STATIC_STEPS.map(|step| view! { <Screen step=step /> })}
            </Frame>
            // Said while a click waits for the app (public/boot-screen.js sets the text).
            <p class="boot-pending" role="status" data-result=t.preparing_result data-other=t.preparing></p>
        }
        .to_html()
    });
    only_first_heading_id(&strip_comments(&html))
}

/// Each screen's heading has the id `screen-heading` (focus and `aria-labelledby` use it); with
/// four screens on one page only the first (the landing's, on view) keeps it, so the page has no
/// duplicate id. public/boot-screen.js moves it to the heading of the screen it shows.
fn only_first_heading_id(html: &str) -> String {
    const ID: &str = r#" id="screen-heading""#;
    match html.find(ID) {
        Some(first) => {
            let cut = first + ID.len();
            format!("{}{}", &html[..cut], html[cut..].replace(ID, ""))
        }
        None => html.to_string(),
    }
}

/// `html` without its comments (`<!>` and `<!--…-->`).
fn strip_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map(|e| e + 3)
        } else {
            rest.find('>').map(|e| e + 1)
        };
        match end {
            Some(end) => rest = &rest[end..],
            None => {
                out.push_str(rest);
                return out;
            }
        }
    }
    out.push_str(rest);
    out
}
