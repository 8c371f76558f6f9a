//! index.html carries the app's landing as static HTML, shown until the wasm has loaded (issue 9:
//! the first screen's text must not wait for the wasm). It must say exactly what the app's landing
//! says in Japanese: every text here comes from the typed UI table, never retyped.

use jishin_shindan::domain::i18n::Lang;

fn index_html() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .unwrap_or_else(|e| panic!("index.html: {e}"))
}

/// The static landing: from `<div class="prerender">` to the plain indicator after it.
fn prerender(html: &str) -> &str {
    let start = html
        .find(r#"<div class="prerender">"#)
        .unwrap_or_else(|| panic!("index.html has no static landing"));
    let end = html[start..]
        .find(r#"<div class="boot" role="status">"#)
        .unwrap_or_else(|| panic!("index.html has no plain loading indicator"));
    &html[start..start + end]
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn the_static_landing_says_what_the_app_landing_says() {
    let html = index_html();
    let landing = prerender(&html);
    let t = Lang::Ja.texts();
    let expected = [
        format!(
            r#"<p class="site-header__title">{}</p>"#,
            escape(t.app_title)
        ),
        format!(
            r#"<div class="lang-switch" role="group" aria-label="{}">"#,
            escape(t.language)
        ),
        format!(
            r#"<h1 id="screen-heading" tabindex="-1">{}</h1>"#,
            escape(t.intro_heading)
        ),
        format!(r#"<p class="lead">{}</p>"#, escape(t.intro_lead)),
        format!(
            "<li><strong>{}</strong>{}</li>",
            escape(t.intro_privacy_title),
            escape(t.intro_privacy)
        ),
        format!(
            "<li><strong>{}</strong>{}</li>",
            escape(t.intro_who_title),
            escape(t.intro_who)
        ),
        format!(
            "<li><strong>{}</strong>{}</li>",
            escape(t.intro_how_title),
            escape(t.intro_how)
        ),
        format!("<p>{}</p>", escape(t.footer_source)),
    ];
    for fragment in &expected {
        assert!(
            landing.contains(fragment.as_str()),
            "index.html's static landing lacks {fragment}"
        );
    }
    for lang in Lang::ALL {
        let pressed = if lang == Lang::Ja { "true" } else { "false" };
        let button = format!(
            r#"lang="{}" aria-pressed="{pressed}">{}</button>"#,
            lang.code(),
            escape(lang.native_name())
        );
        assert!(landing.contains(&button), "index.html lacks {button}");
    }
}

#[test]
fn the_plain_indicator_and_the_page_title_name_the_diagnosis() {
    let html = index_html();
    let t = Lang::Ja.texts();
    assert!(html.contains(&format!(
        r#"<p class="boot__title">{}</p>"#,
        escape(t.intro_heading)
    )));
    assert!(html.contains(&format!("<title>{}</title>", escape(t.intro_heading))));
}
