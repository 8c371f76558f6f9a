//! The only file that reads the static first screens (issue 14). On a first visit index.html
//! holds the landing and the questionnaire as static HTML (src/ui/prerender.rs), and
//! public/boot-screen.js lets the user move between them and choose answers before the wasm has
//! arrived. When the app takes over it reads here what the user did there — the screen, the
//! chosen answers, the focused element, the scroll position and a click still waiting for the
//! app — and hands it back after its own rendering has replaced the static one.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

use crate::core::{Choice, Part, QuestionNo};
use crate::store::Action;

/// An element of the static page found again in the app's rendering of the same screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// By its id (a radio button, a question, the screen's heading).
    Id(String),
    /// The `index`-th button of a region: `header`, `footer` or `screen` (the screen's section).
    Button {
        /// `header`, `footer` or `screen`.
        region: String,
        /// Its position among the region's buttons.
        index: u32,
    },
}

/// What the user did on the static page before the app took over.
#[derive(Debug, Clone, PartialEq)]
pub struct Handover {
    /// The Part on screen, or `None` for the landing.
    pub part: Option<Part>,
    /// The chosen answers.
    pub answers: Vec<(QuestionNo, Choice)>,
    /// The element that had keyboard focus.
    pub focus: Option<Place>,
    /// The vertical scroll position.
    pub scroll_y: f64,
    /// The last click the static page could not serve (the result, the history, …).
    pub pending: Option<Place>,
}

impl Handover {
    /// The actions that bring a fresh session to where the user is: each answer, then the Part.
    pub fn actions(&self) -> Vec<Action> {
        let mut actions: Vec<Action> = self
            .answers
            .iter()
            .map(|&(no, choice)| Action::Answer(no, Some(choice)))
            .collect();
        if let Some(part) = self.part {
            actions.push(Action::GoToPart(part));
        }
        actions
    }
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// `window.__jishinBoot`, set by public/boot-screen.js when the static screens are in use.
fn boot_object() -> Option<js_sys::Object> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &"__jishinBoot".into()).ok()?;
    value.dyn_into::<js_sys::Object>().ok()
}

/// True when this page shows the static first screens (a first visit in Japanese).
pub fn is_static() -> bool {
    boot_object().is_some()
        && document()
            .and_then(|d| d.query_selector(".prerender").ok().flatten())
            .is_some()
}

/// Stops the static page's own handling (from now on its clicks wait for the app, and the app
/// sizes a frame) and reads what the user did. `None` on a page without static screens.
pub fn take() -> Option<Handover> {
    if !is_static() {
        return None;
    }
    let boot = boot_object()?;
    if let Ok(stop) = js_sys::Reflect::get(&boot, &"stop".into()) {
        if let Some(stop) = stop.dyn_ref::<js_sys::Function>() {
            let _ = stop.call0(&boot);
        }
    }
    Some(read(&boot))
}

/// Reads the static page again (it stays usable until it is replaced).
pub fn read_again() -> Option<Handover> {
    boot_object()
        .filter(|_| is_static())
        .map(|boot| read(&boot))
}

fn read(boot: &js_sys::Object) -> Handover {
    let part = js_sys::Reflect::get(boot, &"screen".into())
        .ok()
        .and_then(|v| v.as_f64())
        .and_then(|n| Part::from_number(n as u8));
    let pending = js_sys::Reflect::get(boot, &"pending".into())
        .ok()
        .filter(|v| v.is_object())
        .and_then(|p| {
            let region = js_sys::Reflect::get(&p, &"region".into())
                .ok()?
                .as_string()?;
            let index = js_sys::Reflect::get(&p, &"index".into()).ok()?.as_f64()?;
            (index >= 0.0).then_some(Place::Button {
                region,
                index: index as u32,
            })
        });
    Handover {
        part,
        answers: checked_answers(),
        focus: focused(),
        scroll_y: web_sys::window()
            .and_then(|w| w.scroll_y().ok())
            .unwrap_or(0.0),
        pending,
    }
}

/// The checked radio buttons of the static questionnaire (`name="q-N"`, `value` a choice token).
fn checked_answers() -> Vec<(QuestionNo, Choice)> {
    let Some(list) = document().and_then(|d| {
        d.query_selector_all(".prerender input[type=radio]:checked")
            .ok()
    }) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .filter_map(|input| {
            let no = input
                .name()
                .strip_prefix("q-")?
                .parse::<QuestionNo>()
                .ok()?;
            Some((no, Choice::from_token(&input.value())?))
        })
        .collect()
}

/// The region of `el` (`header`, `footer` or `screen`) and the region's element.
fn region_of(el: &Element) -> Option<(String, Element)> {
    if let Ok(Some(r)) = el.closest("header, footer") {
        return Some((r.tag_name().to_ascii_lowercase(), r));
    }
    let r = el.closest("main > section").ok().flatten()?;
    Some(("screen".to_string(), r))
}

fn focused() -> Option<Place> {
    let el = document()?.active_element()?;
    el.closest(".prerender").ok().flatten()?;
    if !el.id().is_empty() {
        return Some(Place::Id(el.id()));
    }
    if el.tag_name() != "BUTTON" {
        return None;
    }
    let (region, r) = region_of(&el)?;
    let buttons = r.query_selector_all("button").ok()?;
    (0..buttons.length())
        .position(|i| buttons.item(i).is_some_and(|b| b.is_same_node(Some(&el))))
        .map(|index| Place::Button {
            region,
            index: index as u32,
        })
}

/// The element at `place` in the app's rendering (inside `root`).
fn find(root: &Element, place: &Place) -> Option<HtmlElement> {
    let el = match place {
        Place::Id(id) => document()?.get_element_by_id(id)?,
        Place::Button { region, index } => {
            let selector = match region.as_str() {
                "header" => "header.site-header",
                "footer" => "footer.site-footer",
                _ => "main > section",
            };
            let r = root.query_selector(selector).ok()??;
            r.query_selector_all("button")
                .ok()?
                .item(*index)?
                .dyn_into()
                .ok()?
        }
    };
    el.dyn_into().ok()
}

/// After the app's rendering has replaced the static one: the page scrolled and focused as it
/// was, the static page's classes gone; then any answer chosen on the static page after
/// [`take`] (`late`, read just before the replacement) is chosen again on the app's own radio
/// button, and the waiting click is given to the app.
pub fn hand_back(root: &Element, handover: &Handover, late: Option<&Handover>) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.class_list().remove_5(
            "boot-landing",
            "boot-waiting",
            "static-part-1",
            "static-part-2",
            "static-part-3",
        );
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, handover.scroll_y);
    }
    if let Some(el) = handover.focus.as_ref().and_then(|p| find(root, p)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
    let late_answers = late.map_or(&[][..], |l| &l.answers[..]);
    for (no, choice) in late_answers {
        if handover.answers.contains(&(*no, *choice)) {
            continue;
        }
        let id = format!("q-{no}-{}", choice.as_str());
        if let Some(radio) = document()
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
        {
            if !radio.checked() {
                radio.click();
            }
        }
    }
    let pending = late
        .and_then(|l| l.pending.as_ref())
        .or(handover.pending.as_ref());
    if let Some(el) = pending.and_then(|p| find(root, p)) {
        el.click();
    }
}
