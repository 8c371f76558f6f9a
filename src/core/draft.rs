//! The three documents drafted after the diagnosis: which they are (each has a screen, `Step::Draft`;
//! their wording and rules are the after-the-diagnosis feature's: `features::after::model::drafts`).

use serde::{Deserialize, Serialize};

/// The three documents drafted after the diagnosis (each has a screen; its wording and its rules
/// are the after-the-diagnosis feature's: `features::after::model::drafts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftKind {
    /// 情報セキュリティ基本方針.
    Policy,
    /// 情報セキュリティ社内ルール (items 1–24).
    Rules,
    /// 従業員向け情報セキュリティ注意事項 (items 6–18).
    Handout,
}

impl DraftKind {
    /// All drafts in the order they are offered.
    pub const ALL: [DraftKind; 3] = [DraftKind::Policy, DraftKind::Rules, DraftKind::Handout];
}
