//! What is kept for the screens after the diagnosis (「診断の後に」): the ★★ ticks, the step-up
//! answers and the drafts. Saved inside [`Records`] (field `beyond`), so it is written with
//! everything else, exported, imported and merged across tabs.
//!
//! Each of the three parts carries its own `updated_at`; a merge keeps, part by part, the side
//! changed last (ties and undated data keep this browser's, except that an untouched part takes
//! the other side's). None of it ever changes the diagnosis or its score.

pub mod drafts;
pub mod star_two;
pub mod step_up;

use serde::{Deserialize, Deserializer, Serialize};

use crate::core::answers::Answers;
use crate::features::after::model::drafts::Drafts;
use crate::features::after::model::star_two::StarTwo;
use crate::features::after::model::step_up::StepUp;
use crate::store::records::Records;

/// The state of the 「診断の後に」 screens.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Beyond {
    /// Ticks on the SECURITY ACTION ★★ path.
    pub star_two: StarTwo,
    /// The optional step-up checklist.
    pub step_up: StepUp,
    /// The policy form, edited drafts and rules.
    pub drafts: Drafts,
}

/// Reads `beyond` leniently: if it has the wrong shape (written by a newer or a broken app),
/// it is dropped on its own and the rest of the saved data still loads.
pub(crate) fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Beyond, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

fn pick<T: Clone + PartialEq + Default>(ours: &T, theirs: &T, ours_at: &str, theirs_at: &str) -> T {
    let untouched = *ours == T::default();
    if theirs_at > ours_at || (untouched && *theirs != T::default()) {
        theirs.clone()
    } else {
        ours.clone()
    }
}

impl Beyond {
    /// True when nothing was ever entered.
    pub fn is_empty(&self) -> bool {
        *self == Beyond::default()
    }

    /// `local` with `incoming` merged in, part by part: the part with the later `updated_at`
    /// wins; on a tie `local` stays, unless `local`'s part is untouched.
    ///
    /// ```
    /// use jishin_shindan::features::after::model::Beyond;
    /// use jishin_shindan::features::after::model::star_two::StarTwoStep;
    /// let mut ours = Beyond::default();
    /// ours.star_two.set(StarTwoStep::PolicyDrafted, true, "2026-11-25T10:00:00.000Z");
    /// let mut theirs = Beyond::default();
    /// theirs.star_two.set(StarTwoStep::Declared, true, "2026-11-26T10:00:00.000Z");
    /// theirs.drafts.update("2026-11-01T00:00:00.000Z", |d| d.policy.company = "株式会社みなと".into());
    /// let merged = Beyond::merge(&ours, &theirs);
    /// assert!(merged.star_two.declared && !merged.star_two.policy_drafted);
    /// assert_eq!(merged.drafts.policy.company, "株式会社みなと");
    /// ```
    pub fn merge(local: &Beyond, incoming: &Beyond) -> Beyond {
        Beyond {
            star_two: pick(
                &local.star_two,
                &incoming.star_two,
                &local.star_two.updated_at,
                &incoming.star_two.updated_at,
            ),
            step_up: pick(
                &local.step_up,
                &incoming.step_up,
                &local.step_up.updated_at,
                &incoming.step_up.updated_at,
            ),
            drafts: pick(
                &local.drafts,
                &incoming.drafts,
                &local.drafts.updated_at,
                &incoming.drafts.updated_at,
            ),
        }
    }

    /// Keeps what is valid and says, in Japanese, what was dropped or cleared.
    pub fn sanitize(self) -> (Beyond, Vec<String>) {
        let mut notes = Vec::new();
        let beyond = Beyond {
            star_two: self.star_two.sanitize(&mut notes),
            step_up: self.step_up.sanitize(&mut notes),
            drafts: self.drafts.sanitize(&mut notes),
        };
        (beyond, notes)
    }
}

/// The answers the drafts report as the company's current status: the answers in progress
/// when all 25 are given, else the latest completed diagnosis, else whatever is answered so far.
///
/// ```
/// use jishin_shindan::features::after::model::status_answers;
/// use jishin_shindan::store::records::Records;
/// use jishin_shindan::core::{Answers, Choice};
/// let mut records = Records::default();
/// records.record_completion(&Answers::all(Choice::Done), "2026-11-25T10:15:00.000Z");
/// let partial = Answers::new().with(1, Choice::NotDone);
/// assert_eq!(status_answers(&partial, &records), Answers::all(Choice::Done));
/// assert_eq!(status_answers(&partial, &Records::default()), partial);
/// ```
pub fn status_answers(current: &Answers, records: &Records) -> Answers {
    if current.is_complete() {
        *current
    } else {
        records.latest().map_or(*current, |e| e.answers())
    }
}
