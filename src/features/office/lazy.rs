//! The office files' writers, a chunk of their own fetched when a user first asks for a file
//! (issue 34): not in a first visit's download, nor precached (`scripts/on-demand.mjs`); the
//! service worker keeps a copy once fetched, so later files are made offline too.
//!
//! The chunk also lays out each file's content (`documents`): measured, that costs a first visit
//! 1 KB less than laying it out in each screen's own chunk and passing the writers data.

use std::collections::BTreeMap;

use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::core::question::QuestionNo;
use crate::core::Answers;
use crate::features::after::model::drafts::RulesSheet;
use crate::features::office::model::documents;
use crate::features::office::model::docx::docx;
use crate::features::office::model::xlsx::xlsx;
use crate::features::plan::model::task::TaskState;

/// The plan's kept progress, per question.
pub type Plan = BTreeMap<QuestionNo, TaskState>;

/// Every office file's writer: from what the screen shows to the file's bytes.
#[derive(Clone, Copy)]
pub struct OfficeFiles {
    /// The 基本方針 as `.docx`, from its text.
    pub policy: fn(&str) -> Vec<u8>,
    /// The 従業員向け注意事項 as `.docx`, from its text and the day it is made.
    pub handout: fn(&str, &str) -> Vec<u8>,
    /// The 社内ルール sheet as `.xlsx`, with the plan's follow-up.
    pub rules: fn(&RulesSheet, &Plan) -> Vec<u8>,
    /// The action plan as `.xlsx`: the answers, the plan, the company, the day it is made.
    pub plan: fn(&Answers, &Plan, &str, &str) -> Vec<u8>,
    /// The result as `.xlsx`: the answers, the company, when it was diagnosed.
    pub result: fn(&Answers, &str, &str) -> Vec<u8>,
}

/// The writers, fetching their chunk first if it is not here yet.
#[wasm_split(office, fallible)]
pub fn office_files() -> Result<OfficeFiles, SplitLoaderError> {
    Ok(OfficeFiles {
        policy: |text| docx(&documents::policy_blocks(text)),
        handout: |text, made_on| docx(&documents::handout_blocks(text, made_on)),
        rules: |sheet, plan| xlsx(&[documents::rules_sheet(sheet, plan)]),
        plan: |answers, plan, company, made_on| {
            xlsx(&[documents::plan_sheet(answers, plan, company, made_on)])
        },
        result: |answers, company, when| xlsx(&[documents::result_sheet(answers, company, when)]),
    })
}
