//! Writes the app's first screens as static HTML (see `jishin_shindan::app::prerender`) to the
//! file named on the command line. Run natively by trunk's pre_build hook (Trunk.toml); index.html
//! inlines the file.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <output.html>");
        std::process::exit(2);
    };
    let path = std::path::Path::new(&path);
    if let Some(dir) = path.parent() {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("prerender: {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
    let html = jishin_shindan::app::prerender::static_screens();
    if let Err(e) = std::fs::write(path, format!("<div class=\"prerender\">{html}</div>\n")) {
        eprintln!("prerender: {}: {e}", path.display());
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
