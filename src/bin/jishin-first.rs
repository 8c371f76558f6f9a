//! Entry point of the first visit's part (issue 16): the landing, the questionnaire and the
//! result, without the later screens (`jishin_shindan::app::first_visit`).

#[cfg(target_arch = "wasm32")]
fn main() {
    jishin_shindan::app::start(jishin_shindan::app::first_visit::SCREENS);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This app runs in the browser: build it with `trunk build --release` (see README).");
}
