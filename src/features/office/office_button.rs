//! A button that makes an office file: it fetches the writers' chunk on the first press
//! (`lazy::office_files`), makes the file from what the screen shows at that moment and offers
//! it as a download. If the chunk cannot be fetched (offline before any file was made), it says
//! so and the next press tries again; nothing the user typed is touched.

use leptos::prelude::*;

use crate::features::office::lazy::{office_files, OfficeFiles};

/// The MIME type of an office file, by its name's ending.
fn mime(name: &str) -> &'static str {
    if name.ends_with(".docx") {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    } else {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    }
}

/// The button, and its message while it works or when it failed.
/// Not generic over `make`: one copy of it for every screen (a generic component is copied
/// once per closure, each copy in the module of its screen, the result's in the main module).
#[component]
pub fn OfficeButton(
    /// Word or Excel: the label says which.
    word: bool,
    /// Makes the file from the writers (reads the screen's state untracked): its name and
    /// bytes, or nothing.
    #[prop(into)]
    make: Callback<OfficeFiles, Option<(String, Vec<u8>)>>,
) -> impl IntoView {
    let t = crate::features::office::text::texts(crate::kit::lang());
    let status = RwSignal::new(None::<&'static str>);
    let press = move |_| {
        status.set(Some(t.office_making));
        leptos::task::spawn_local(async move {
            match office_files().await {
                Ok(files) => {
                    if let Some((name, bytes)) = make.run(files) {
                        crate::platform::files::download_bytes(&name, mime(&name), &bytes);
                    }
                    status.try_set(None);
                }
                Err(_) => {
                    status.try_set(Some(t.office_failed));
                }
            }
        });
    };
    view! {
        <button class="button" data-testid=if word { "download-docx" } else { "download-xlsx" } on:click=press>
            {if word { t.download_docx } else { t.download_xlsx }}
        </button>
        {move || status.get().map(|s| view! { <p class="office-status" role="status">{s}</p> })}
    }
}
