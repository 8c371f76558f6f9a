//! The static first screens (issue 14): index.html inlines the app's landing and its three Parts
//! as HTML rendered natively from the app's own components at build time. These checks run on
//! that rendering: it carries every text word for word from the catalog and the UI table, the
//! questionnaire's accessibility contract, and nothing a static page must not have. (That it is
//! exactly the app's own rendering in the browser is checked element by element by
//! tests/e2e/static.test.mjs.)

use jishin_shindan::app::prerender::static_screens;
use jishin_shindan::core::lang::{fill, Lang};
use jishin_shindan::core::{catalog, Choice, Part, QUESTION_COUNT};

fn index_html() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .unwrap_or_else(|e| panic!("index.html: {e}"))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The text of an HTML fragment: tags removed, entities of [`escape`] decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The part of `html` from `start` up to (not including) the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("the static screens lack {start}"));
    let rest = &html[from..];
    let to = rest
        .find(end)
        .unwrap_or_else(|| panic!("no {end} after {start}"));
    &rest[..to]
}

#[test]
fn index_html_inlines_the_rendering_written_by_the_build_hook() {
    let html = index_html();
    assert!(html.contains(r#"<link data-trunk rel="inline" href="target/prerender/screens.html">"#));
    let trunk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Trunk.toml"))
        .unwrap_or_else(|e| panic!("Trunk.toml: {e}"));
    assert!(trunk.contains(r#""--bin", "prerender", "--", "target/prerender/screens.html"]"#));
}

#[test]
fn the_static_landing_says_what_the_app_landing_says() {
    let html = static_screens();
    let landing = between(
        &html,
        r#"<section aria-labelledby="screen-heading" class="intro">"#,
        "</section>",
    );
    for fragment in [
        format!(
            r#"<h1 id="screen-heading" tabindex="-1">{}</h1>"#,
            escape(jishin_shindan::features::diagnosis::text::JA.intro_heading)
        ),
        format!(
            r#"<p class="lead">{}</p>"#,
            escape(jishin_shindan::features::diagnosis::text::JA.intro_lead)
        ),
        format!(
            "<li><strong>{}</strong>{}</li>",
            escape(jishin_shindan::features::diagnosis::text::JA.intro_privacy_title),
            escape(jishin_shindan::features::diagnosis::text::JA.intro_privacy)
        ),
        format!(
            "<li><strong>{}</strong>{}</li>",
            escape(jishin_shindan::features::diagnosis::text::JA.intro_who_title),
            escape(jishin_shindan::features::diagnosis::text::JA.intro_who)
        ),
        format!(
            "<li><strong>{}</strong>{}</li>",
            escape(jishin_shindan::features::diagnosis::text::JA.intro_how_title),
            escape(jishin_shindan::features::diagnosis::text::JA.intro_how)
        ),
        format!(
            r#"data-go="start" class="button button--primary">{}</button>"#,
            escape(jishin_shindan::features::diagnosis::text::JA.start)
        ),
    ] {
        assert!(
            landing.contains(&fragment),
            "the static landing lacks {fragment}"
        );
    }
    // The frame around it.
    for fragment in [
        format!(
            r#"<p class="site-header__title">{}</p>"#,
            escape(jishin_shindan::app::text::JA.app_title)
        ),
        format!(
            r#"aria-label="{}""#,
            escape(jishin_shindan::app::text::JA.language)
        ),
        format!(
            "<p>{}</p>",
            escape(jishin_shindan::app::text::JA.footer_source)
        ),
    ] {
        assert!(html.contains(&fragment), "the static page lacks {fragment}");
    }
    for lang in Lang::ALL {
        let pressed = if lang == Lang::Ja { "true" } else { "false" };
        let button = format!(
            r#"lang="{}" aria-pressed="{pressed}" class="lang-switch__button">{}</button>"#,
            lang.code(),
            escape(lang.native_name())
        );
        assert!(html.contains(&button), "the static page lacks {button}");
    }
}

#[test]
fn every_part_is_there_with_its_title_introduction_progress_and_navigation() {
    let html = static_screens();
    for part in Part::ALL {
        let info = catalog::part_info(part);
        let section = between(
            &html,
            &format!(r#"class="part part--{}">"#, part.as_str()),
            "</section>",
        );
        let range = part.question_range();
        let heading = text_of(between(section, "<h1", "</h1>"));
        assert_eq!(
            heading,
            format!(
                "Part {} {}{}",
                part.number(),
                info.title,
                fill(
                    jishin_shindan::features::diagnosis::text::JA.range,
                    &[
                        ("from", range.start().to_string()),
                        ("to", range.end().to_string())
                    ]
                )
            )
        );
        assert!(section.contains(&format!("<p>{}</p>", escape(info.intro))));
        assert!(section.contains(&format!(
            r#"class="progress__text">{}</p>"#,
            escape(&fill(
                jishin_shindan::features::diagnosis::text::JA.progress,
                &[("n", "0".into()), ("total", QUESTION_COUNT.to_string())]
            ))
        )));
        assert!(section.contains(r#"<progress max="25" value="0""#));
        // The Part navigation: all three, this one current, with their counts at 0.
        let nav = between(section, "<nav", "</nav>");
        for other in Part::ALL {
            let n = other.question_range().count();
            assert!(nav.contains(&format!(r#"data-go="{}""#, other.go())));
            assert!(nav.contains(&format!(r#"<span class="part-nav__count">0 / {n}</span>"#)));
        }
        assert_eq!(nav.matches(r#"aria-current="step""#).count(), 1);
        // Buttons the static page serves (data-go): back, next (or the result).
        let pager = between(section, r#"<div class="pager">"#, "</div>");
        let back = part.prev().map_or("intro", Part::go);
        assert!(pager.contains(&format!(r#"data-go="{back}""#)), "{pager}");
        let forward = part.next().map_or("result", Part::go);
        assert!(
            pager.contains(&format!(r#"data-go="{forward}""#)),
            "{pager}"
        );
    }
}

#[test]
fn every_question_is_there_word_for_word_with_four_labelled_radios_and_its_footnotes() {
    let html = static_screens();
    for q in &catalog::QUESTIONS {
        let fieldset = between(
            &html,
            &format!(r#"<fieldset id="q-{}""#, q.no),
            "</fieldset>",
        );
        let legend = between(fieldset, "<legend", "</legend>");
        assert_eq!(
            text_of(legend),
            format!("No.{} {}", q.no, q.text),
            "No.{}'s legend",
            q.no
        );
        for choice in Choice::ALL {
            let id = format!("q-{}-{}", q.no, choice.as_str());
            let label = between(fieldset, &format!(r#"<label for="{id}""#), "</label>");
            assert!(label.contains(&format!(
                r#"<input type="radio" id="{id}" name="q-{}" value="{}">"#,
                q.no,
                choice.as_str()
            )));
            // The label's text begins with the choice.
            let text = text_of(label);
            assert!(text.starts_with(choice.label()), "{id}: {text}");
        }
        assert_eq!(fieldset.matches(r#"type="radio""#).count(), 4);
        for (i, note) in q.footnotes.iter().enumerate() {
            let p = between(fieldset, &format!(r#"id="q-{}-note-{i}""#, q.no), "</p>");
            assert!(
                text_of(p).ends_with(&format!("{} {}", note.mark, note.text)),
                "{p}"
            );
            assert!(fieldset.contains(&format!("q-{}-note-{i}", q.no)));
        }
    }
    assert_eq!(html.matches("<fieldset ").count(), QUESTION_COUNT);
}

#[test]
fn the_static_page_has_one_heading_id_no_comments_and_the_waiting_status() {
    let html = static_screens();
    assert_eq!(html.matches(r#"id="screen-heading""#).count(), 1);
    assert!(!html.contains("<!"), "no hydration markers or comments");
    assert!(html.contains(&format!(
        r#"<p role="status" data-result="{}" data-other="{}" class="boot-pending"></p>"#,
        escape(jishin_shindan::app::text::JA.preparing_result),
        escape(jishin_shindan::app::text::JA.preparing)
    )));
    // Four screens in page order: the landing, then Part 1, 2, 3.
    let order: Vec<usize> = [
        r#"class="intro""#,
        "part--basic",
        "part--employee",
        "part--organization",
    ]
    .iter()
    .map(|s| html.find(s).unwrap_or_else(|| panic!("{s}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn the_plain_indicator_and_the_page_title_name_the_diagnosis() {
    let html = index_html();
    assert!(html.contains(&format!(
        r#"<p class="boot__title">{}</p>"#,
        escape(jishin_shindan::features::diagnosis::text::JA.intro_heading)
    )));
    assert!(html.contains(&format!(
        "<title>{}</title>",
        escape(jishin_shindan::features::diagnosis::text::JA.intro_heading)
    )));
}
