//! Work the browser does once per page, done while the member reads the result rather than when
//! the next screen opens (issue 30: the action plan opens in 150 ms on a slow phone).

/// Chromium sets up its form fields the first time a page lays them out: a date field's locale
/// formats and inner parts, a text area's and a checkbox's styles. That is about 10 ms on a
/// desktop CPU and 30–40 ms at a slow phone's speed, paid by the first screen that has them, the
/// action plan, before it can paint. A hidden form of the three (`.warm`), laid out once and
/// removed in the same task, pays it early: it is never painted, so nothing moves, and never
/// seen by assistive technology. Once per page: later calls (a return to the result, a worker
/// taking control) do nothing.
pub fn form_fields() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(form) = document.create_element("form") else {
        return;
    };
    form.set_class_name("warm");
    for (tag, kind) in [
        ("input", Some("date")),
        ("textarea", None),
        ("input", Some("checkbox")),
    ] {
        if let Ok(field) = document.create_element(tag) {
            if let Some(kind) = kind {
                let _ = field.set_attribute("type", kind);
            }
            let _ = form.append_child(&field);
        }
    }
    if body.append_child(&form).is_ok() {
        // Reading its size lays it out now.
        let _ = form.get_bounding_client_rect();
        form.remove();
    }
}
