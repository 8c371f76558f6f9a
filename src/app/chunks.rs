//! The screens whose code is fetched when they are first opened (issue 30). The landing, the
//! three Parts and the result are in the main module a first visit downloads; every other screen
//! is a split point here. The splitter (`wasm-split-cli`, run by scripts/split.mjs after the
//! build) moves each split function, with everything only it reaches, into a chunk of its own
//! (code several chunks share goes into shared chunks that both fetch, merged into a few files by
//! scripts/merge-chunks.mjs), and the service worker precaches every chunk once the first screen
//! is usable, so later visits open them offline.
//!
//! Why `wasm_split` and not Leptos's `#[lazy]` (the same splitter and runtime underneath): a chunk
//! that cannot be fetched (the network gone mid-visit, no service worker) makes `#[lazy]` panic,
//! and a panic aborts the whole wasm. `wasm_split`'s `fallible` option returns the failure
//! instead, so the app says so and offers 「再試行」 with nothing lost.
//!
//! Natively (tests, the build-time rendering) a split function is an ordinary call.

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use std::cell::Cell;

use crate::features::after::beyond_page::BeyondPage;
use crate::features::after::policy_draft::PolicyDraft;
use crate::features::after::rules_sheet::RulesSheet;
use crate::features::after::staff_handout::StaffHandout;
use crate::features::after::step_up_page::StepUpPage;
use crate::features::combine::combine_page::CombinePage;
use crate::features::history::delete_all::DeleteAllDialog;
use crate::features::history::history_page::HistoryPage;
use crate::features::plan::plan_page::PlanPage;
use crate::features::publish::publish_page::PublishPage;
use crate::features::report::report_page::ReportPage;
use crate::features::result::shared_page::SharedPage;
use crate::features::rollup::rollup_page::RollUpPage;
use crate::store::snapshot::RestoreError;
use crate::store::sync::{self, Base, Merged, Side};
use crate::store::Snapshot;
use crate::store::Step;

/// A group of screens whose code is one chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chunk {
    /// The action plan.
    Plan,
    /// The A4 report.
    Report,
    /// The history, its comparison, export and import.
    History,
    /// 「診断の後に」: the ★★ checklist, the drafts, the step-up checklist.
    After,
    /// Several results combined.
    Combine,
    /// Members' results rolled up (issue 32).
    RollUp,
    /// A result opened from a share link.
    Shared,
    /// 「このツールを自社サイトに掲載する」.
    Publish,
}

impl Chunk {
    /// The chunk the app needs on `step`, with the publishing page over it or not.
    pub fn needed(step: Step, publishing: bool) -> Option<Chunk> {
        if publishing {
            Some(Chunk::Publish)
        } else {
            Chunk::of(step)
        }
    }

    /// The chunk that holds the screen of `step`; `None` for the screens of the main module.
    pub fn of(step: Step) -> Option<Chunk> {
        match step {
            Step::Intro | Step::Part(_) | Step::Result => None,
            Step::Plan => Some(Chunk::Plan),
            Step::Report => Some(Chunk::Report),
            Step::History => Some(Chunk::History),
            Step::Beyond | Step::Draft(_) | Step::StepUp => Some(Chunk::After),
            Step::Combine => Some(Chunk::Combine),
            Step::RollUp => Some(Chunk::RollUp),
            Step::Shared(_) => Some(Chunk::Shared),
        }
    }
}

/// Builds a screen of a chunk (the step says which, and carries a shared result's answers).
pub type Screens = fn(Step) -> AnyView;

/// The screens of `chunk`, fetching its code first if it is not here yet. A failed fetch is not
/// remembered: the next call tries again.
pub async fn load(chunk: Chunk) -> Result<Screens, SplitLoaderError> {
    match chunk {
        Chunk::Plan => plan().await,
        Chunk::Report => report().await,
        Chunk::History => history().await,
        Chunk::After => after().await,
        Chunk::Combine => combine().await,
        Chunk::RollUp => rollup().await,
        Chunk::Shared => shared().await,
        Chunk::Publish => publish().await,
    }
}

#[wasm_split(result_more, fallible)]
fn plan() -> Result<Screens, SplitLoaderError> {
    Ok(|_| view! { <PlanPage /> }.into_any())
}

#[wasm_split(result_more, fallible)]
fn report() -> Result<Screens, SplitLoaderError> {
    Ok(|_| view! { <ReportPage /> }.into_any())
}

#[wasm_split(history, fallible)]
fn history() -> Result<Screens, SplitLoaderError> {
    Ok(|_| view! { <HistoryPage /> }.into_any())
}

#[wasm_split(after, fallible)]
fn after() -> Result<Screens, SplitLoaderError> {
    Ok(|step| match step {
        Step::Draft(crate::core::draft::DraftKind::Policy) => view! { <PolicyDraft /> }.into_any(),
        Step::Draft(crate::core::draft::DraftKind::Rules) => view! { <RulesSheet /> }.into_any(),
        Step::Draft(crate::core::draft::DraftKind::Handout) => {
            view! { <StaffHandout /> }.into_any()
        }
        Step::StepUp => view! { <StepUpPage /> }.into_any(),
        _ => view! { <BeyondPage /> }.into_any(),
    })
}

#[wasm_split(history, fallible)]
fn combine() -> Result<Screens, SplitLoaderError> {
    Ok(|_| view! { <CombinePage /> }.into_any())
}

#[wasm_split(rollup, fallible)]
fn rollup() -> Result<Screens, SplitLoaderError> {
    Ok(|_| view! { <RollUpPage /> }.into_any())
}

#[wasm_split(history, fallible)]
fn shared() -> Result<Screens, SplitLoaderError> {
    Ok(|step| match step {
        Step::Shared(answers) => {
            // The day the link carries, if it was opened from one (not from the history).
            let date = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .and_then(|hash| crate::core::share::fragment_date(&hash));
            view! { <SharedPage answers=answers date=date /> }.into_any()
        }
        _ => ().into_any(),
    })
}

#[wasm_split(publish, fallible)]
fn publish() -> Result<Screens, SplitLoaderError> {
    Ok(|_| view! { <PublishPage /> }.into_any())
}

/// The confirmation of deleting everything this device keeps (opened from the footer).
#[wasm_split(history, fallible)]
pub fn delete_all_dialog() -> Result<crate::kit::later::Part, SplitLoaderError> {
    Ok(|| view! { <DeleteAllDialog /> }.into_any())
}

/// Reading saved data: the schema, its migrations and serde's JSON reader, and the merge with
/// another tab's data. A first visit has nothing to read, so it is a chunk too, fetched before the
/// app starts when something is saved, or when another tab saves.
#[derive(Clone, Copy)]
pub struct Reader {
    /// The saved data, read whole.
    pub read: fn(&str) -> Result<Snapshot, RestoreError>,
    /// This tab's changes merged with another tab's newer data.
    pub merge: fn(&Base, Side<'_>, Side<'_>) -> Merged,
}

thread_local! {
    static READER: Cell<Option<Reader>> = const { Cell::new(None) };
}

/// The reader, if its chunk is here.
pub fn reader_here() -> Option<Reader> {
    READER.get()
}

/// The reader, fetching its chunk first if it is not here yet.
pub async fn fetch_reader() -> Result<Reader, SplitLoaderError> {
    let reader = reader().await?;
    READER.set(Some(reader));
    Ok(reader)
}

#[wasm_split(reader, fallible)]
fn reader() -> Result<Reader, SplitLoaderError> {
    Ok(Reader {
        read: Snapshot::from_json,
        merge: sync::merge,
    })
}

/// The English text (`super::english`), fetching its chunk first if it is not here yet. Once
/// here, English reads as English everywhere.
pub async fn fetch_english() -> Result<(), SplitLoaderError> {
    english().await
}

/// Whether the English text is here.
pub fn english_here() -> bool {
    crate::core::lang::english::<crate::core::catalog_en::CatalogEn>().is_some()
}

#[wasm_split(english, fallible)]
fn english() -> Result<(), SplitLoaderError> {
    super::english::register();
    Ok(())
}
