//! Prints the questionnaire's catalog as JSON, for the benchmark's floor page and the SurveyJS
//! comparison (`scripts/bench/floor.mjs`, `readCatalog`): the Parts, the 25 questions with their
//! footnotes, 解説 and 対策例, and the four bands, read from the app's own data (issue 33: not
//! from the Rust source with regular expressions).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use jishin_shindan::core::{catalog, Band, Part};
    use serde_json::json;

    let part_name = |part: Part| format!("{part:?}");
    let parts: Vec<_> = catalog::PARTS
        .iter()
        .map(|p| json!({ "part": part_name(p.part), "title": p.title, "intro": p.intro }))
        .collect();
    let questions: Vec<_> = catalog::QUESTIONS
        .iter()
        .map(|q| {
            json!({
                "no": q.no,
                "part": part_name(q.part),
                "text": q.text,
                "footnotes": q.footnotes.iter().map(|f| json!({ "mark": f.mark, "text": f.text })).collect::<Vec<_>>(),
                "category": q.category,
                "heading": q.heading,
                "explanation": q.explanation,
                "examples": q.examples,
            })
        })
        .collect();
    let bands: Vec<_> = [Band::Perfect, Band::High, Band::Middle, Band::Low]
        .into_iter()
        .map(|b| json!({ "label": b.range_label(), "message": b.message(), "next": b.next_step() }))
        .collect();
    println!(
        "{}",
        json!({ "parts": parts, "questions": questions, "bands": bands })
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
