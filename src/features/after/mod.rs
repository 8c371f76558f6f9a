//! 「診断の後に」: the SECURITY ACTION ★★ checklist, the step-up checklist and the drafts (basic policy, rules sheet, staff handout).

pub mod beyond_page;
pub mod draft_editor;
pub mod model;
pub mod policy_draft;
pub mod rules_sheet;
pub mod staff_handout;
pub mod star_two_checklist;
pub mod step_up_page;
pub mod text;
