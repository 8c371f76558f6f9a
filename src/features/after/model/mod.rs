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
pub mod text;

use serde::{Deserialize, Deserializer, Serialize};

use crate::core::answers::Answers;
use crate::core::lang::{fill, Lang, Localized};
use crate::core::time::{CivilDate, Timestamp};
use crate::features::after::model::drafts::Drafts;
use crate::features::after::model::star_two::StarTwo;
use crate::features::after::model::step_up::StepUp;
use crate::features::after::model::text::texts;

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

/// [`Beyond`] as saved data or an import file hold it, before [`StoredBeyond::sanitize`]: the
/// parts as read (a last-changed time that is not a timestamp, or a drafts' date that is not a
/// date, reads as none) and the parts and fields that were such, for the notes.
#[derive(Debug, Default)]
pub struct StoredBeyond {
    beyond: Beyond,
    bad_times: Vec<AfterPart>,
    bad_dates: Vec<DraftField>,
}

/// Reads `beyond` leniently: if it has the wrong shape (written by a newer or a broken app),
/// it is dropped on its own and the rest of the saved data still loads.
pub(crate) fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<StoredBeyond, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    let Ok(beyond) = Beyond::deserialize(&value) else {
        return Ok(StoredBeyond::default());
    };
    let bad_times = [
        (AfterPart::StarTwo, "star_two"),
        (AfterPart::StepUp, "step_up"),
        (AfterPart::Drafts, "drafts"),
    ]
    .into_iter()
    .filter(|(_, key)| {
        let time = value.get(key).and_then(|p| p.get("updated_at"));
        let time = time.and_then(serde_json::Value::as_str).unwrap_or("");
        !time.is_empty() && Timestamp::parse(time).is_none()
    })
    .map(|(part, _)| part)
    .collect();
    let drafts = value.get("drafts");
    let bad_dates = [
        (
            DraftField::PolicyDate,
            drafts.and_then(|d| d.get("policy")),
            "date",
        ),
        (DraftField::RulesDate, drafts, "rules_date"),
    ]
    .into_iter()
    .filter(|(_, holder, key)| {
        let date = holder.and_then(|h| h.get(key));
        let date = date.and_then(serde_json::Value::as_str).unwrap_or("");
        !date.is_empty() && CivilDate::parse(date).is_none()
    })
    .map(|(field, _, _)| field)
    .collect();
    Ok(StoredBeyond {
        beyond,
        bad_times,
        bad_dates,
    })
}

fn pick<T: Clone + PartialEq + Default>(
    ours: &T,
    theirs: &T,
    ours_at: &Option<Timestamp>,
    theirs_at: &Option<Timestamp>,
) -> T {
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
    /// use jishin_shindan::features::after::model::drafts::DraftChange;
    /// use jishin_shindan::features::after::model::star_two::StarTwoStep;
    /// use jishin_shindan::features::after::model::Beyond;
    /// use jishin_shindan::store::records::RecordsAction::{Draft, StarTwo};
    /// use jishin_shindan::store::state::State;
    /// let (mut ours, mut theirs) = (State::default(), State::default());
    /// ours.apply(StarTwo(StarTwoStep::PolicyDrafted, true), "2026-11-25T10:00:00.000Z");
    /// theirs.apply(StarTwo(StarTwoStep::Declared, true), "2026-11-26T10:00:00.000Z");
    /// let company = DraftChange::PolicyCompany("株式会社みなと".into());
    /// theirs.apply(Draft(company), "2026-11-01T00:00:00.000Z");
    /// let merged = Beyond::merge(&ours.records.beyond, &theirs.records.beyond);
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
}

impl StoredBeyond {
    /// Keeps what is valid and says what was dropped or cleared (a part's last-changed time
    /// that was not a timestamp is cleared: the part's content stays).
    pub fn sanitize(self) -> (Beyond, Vec<AfterNote>) {
        let mut notes = Vec::new();
        let bad_time = |part| self.bad_times.contains(&part);
        let beyond = Beyond {
            star_two: self
                .beyond
                .star_two
                .sanitize(bad_time(AfterPart::StarTwo), &mut notes),
            step_up: self
                .beyond
                .step_up
                .sanitize(bad_time(AfterPart::StepUp), &mut notes),
            drafts: self.beyond.drafts.sanitize(
                bad_time(AfterPart::Drafts),
                &self.bad_dates,
                &mut notes,
            ),
        };
        (beyond, notes)
    }
}

/// The answers the drafts report as the company's current status: the answers in progress
/// when all 25 are given, else the latest completed diagnosis (`latest`), else whatever is
/// answered so far.
///
/// ```
/// use jishin_shindan::features::after::model::status_answers;
/// use jishin_shindan::core::{Answers, Choice};
/// let partial = Answers::new().with(1, Choice::NotDone);
/// let latest = Answers::all(Choice::Done);
/// assert_eq!(status_answers(&partial, Some(latest)), latest);
/// assert_eq!(status_answers(&partial, None), partial);
/// ```
pub fn status_answers(current: &Answers, latest: Option<Answers>) -> Answers {
    if current.is_complete() {
        *current
    } else {
        latest.unwrap_or(*current)
    }
}

/// Something reading the 「診断の後に」 data dropped or cleared (saved data or an import).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterNote {
    /// A text was longer than allowed and was cleared.
    TooLong(DraftField),
    /// A date was not a valid date and was cleared.
    BadDate(DraftField),
    /// Edited rules of the rules sheet that were not valid were dropped (how many).
    RulesDropped(usize),
    /// Step-up answers for items the checklist does not have were dropped (how many).
    StepUpDropped(usize),
    /// A part's last-changed time was not valid and was cleared.
    BadTime(AfterPart),
}

/// One of the three parts of the 「診断の後に」 data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterPart {
    /// The ★★ checklist.
    StarTwo,
    /// The step-up checklist.
    StepUp,
    /// The drafts.
    Drafts,
}

/// A field of the drafts' forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftField {
    /// The basic policy's company name.
    PolicyCompany,
    /// The representative's title.
    RepresentativeTitle,
    /// The representative's name.
    RepresentativeName,
    /// Other kinds of information held.
    OtherHoldings,
    /// The edited basic policy.
    PolicyText,
    /// The rules sheet's person responsible.
    RulesOwner,
    /// The staff handout's contact.
    HandoutContact,
    /// The edited staff handout.
    HandoutText,
    /// The basic policy's date of adoption.
    PolicyDate,
    /// The rules sheet's date.
    RulesDate,
}

impl DraftField {
    /// The field's name in a message.
    pub fn name(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            DraftField::PolicyCompany => t.field_policy_company,
            DraftField::RepresentativeTitle => t.field_representative_title,
            DraftField::RepresentativeName => t.field_representative_name,
            DraftField::OtherHoldings => t.field_other_holdings,
            DraftField::PolicyText => t.field_policy_text,
            DraftField::RulesOwner => t.field_rules_owner,
            DraftField::HandoutContact => t.field_handout_contact,
            DraftField::HandoutText => t.field_handout_text,
            DraftField::PolicyDate => t.field_policy_date,
            DraftField::RulesDate => t.field_rules_date,
        }
    }
}

impl AfterPart {
    fn name(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            AfterPart::StarTwo => t.part_star_two,
            AfterPart::StepUp => t.part_step_up,
            AfterPart::Drafts => t.part_drafts,
        }
    }
}

impl Localized for AfterNote {
    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            // The English starts with the field's name: capitalized (a Japanese name is kept as
            // it is).
            AfterNote::TooLong(f) => {
                fill(t.after_too_long, &[("field", capitalized(f.name(lang)))])
            }
            AfterNote::BadDate(f) => {
                fill(t.after_bad_date, &[("field", capitalized(f.name(lang)))])
            }
            AfterNote::RulesDropped(n) => fill(t.after_rules_dropped, &[("n", n.to_string())]),
            AfterNote::StepUpDropped(n) => fill(t.after_step_up_dropped, &[("n", n.to_string())]),
            AfterNote::BadTime(p) => fill(t.after_bad_time, &[("part", p.name(lang).to_string())]),
        }
    }
}

/// `s` with its first letter in upper case (English messages that start with a field's name).
/// ASCII only, on purpose: the names are English words, and Unicode's case tables would add
/// 12 KB to the wasm.
pub(crate) fn capitalized(s: &str) -> String {
    let mut text = s.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
