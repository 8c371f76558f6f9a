//! Drafts the company edits and prints after the diagnosis: the 情報セキュリティ基本方針 (basic
//! policy, step two of SECURITY ACTION ★★), the 社内ルール sheet (what No.25 asks for: one rule
//! per item 1–24, each with the company's current status) and the 従業員向け注意事項 (a one-page
//! handout from the Part 2 items 6–18).
//!
//! Every sentence here is our own plain Japanese, derived from the pamphlet's 対策例; none is
//! copied from a published sample. The generators are pure and deterministic (same inputs, same
//! text) and never leave placeholder marks: an empty company name reads 「当社」, an empty date or
//! name simply leaves its line out (or, on the rules sheet, a blank line to fill in by hand).
//!
//! Downloads as HTML are built here as strings with every piece of text escaped by
//! [`escape_html`](crate::core::html::escape_html); the page itself never receives HTML strings.

use std::collections::{BTreeMap, BTreeSet};

use crate::core::lang::{Lang, Text};
use serde::{Deserialize, Deserializer, Serialize};

use super::{AfterNote, AfterPart, DraftField};
use crate::core::answers::Answers;
use crate::core::catalog;
use crate::core::html::escape_html;
use crate::core::limit::{cut_in_place, too_long};
use crate::core::question::{Choice, QuestionNo};
use crate::core::time::{CivilDate, Timestamp};
use crate::core::MAX_NAME_CHARS;

/// Most characters of the free-text 「その他の情報」 and of the handout's contact line.
pub const MAX_SHORT_TEXT_CHARS: usize = 200;
/// Most characters of one edited rule.
pub const MAX_RULE_CHARS: usize = 200;
/// Most characters of an edited policy or handout.
pub const MAX_DRAFT_CHARS: usize = 20_000;
/// The rules sheet covers items 1 to this number (No.25 is the sheet itself).
pub const RULE_COUNT: QuestionNo = 24;

pub use crate::core::draft::DraftKind;

impl DraftKind {
    /// The draft's title.
    pub fn title(self, lang: Lang) -> &'static str {
        let text = match self {
            DraftKind::Policy => Text {
                ja: "情報セキュリティ基本方針",
                en: "Information security basic policy",
            },
            DraftKind::Rules => Text {
                ja: "情報セキュリティ社内ルール",
                en: "Company information security rules",
            },
            DraftKind::Handout => Text {
                ja: "従業員向け情報セキュリティ注意事項",
                en: "Information security notes for staff",
            },
        };
        text.get(lang)
    }

    /// What the draft is for, in one sentence.
    pub fn purpose(self, lang: Lang) -> &'static str {
        let text = match self {
            DraftKind::Policy => Text {
                ja: "会社としての考え方と約束をまとめた文書です。★★（二つ星）にはこの方針を定めて公開することが必要です。",
                en: "The company's approach and commitments in one document. ★★ (two stars) requires setting and publishing this policy.",
            },
            DraftKind::Rules => Text {
                ja: "診断項目No.1～24から作った社内ルールの一覧です。No.25「ルール化し、従業員に明示」に当たります。",
                en: "A list of company rules built from check items No.1–24. It covers No.25, “make rules and show them to staff”.",
            },
            DraftKind::Handout => Text {
                ja: "従業員が毎日気をつけることを1枚にまとめた配布用の注意事項です（Part 2 の項目から）。",
                en: "One page to hand out with what staff should take care of every day (from the Part 2 items).",
            },
        };
        text.get(lang)
    }

    /// Stable token for file names, CSS and tests (`policy`, `rules`, `handout`).
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::Policy => "policy",
            DraftKind::Rules => "rules",
            DraftKind::Handout => "handout",
        }
    }
}

/// Kinds of information a company may hold, offered as ticks on the policy form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holding {
    /// お客様の個人情報.
    CustomerPersonal,
    /// 従業員の個人情報.
    EmployeePersonal,
    /// 取引先からお預かりした情報.
    PartnerConfidential,
    /// 製品や技術に関する情報.
    Technical,
    /// 営業や財務に関する情報.
    BusinessFinancial,
}

impl Holding {
    /// All kinds, in the order offered.
    pub const ALL: [Holding; 5] = [
        Holding::CustomerPersonal,
        Holding::EmployeePersonal,
        Holding::PartnerConfidential,
        Holding::Technical,
        Holding::BusinessFinancial,
    ];

    /// How the kind reads in the policy's sentence (and on the form).
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            Holding::CustomerPersonal => Text {
                ja: "お客様の個人情報",
                en: "Customers' personal information",
            },
            Holding::EmployeePersonal => Text {
                ja: "従業員の個人情報",
                en: "Employees' personal information",
            },
            Holding::PartnerConfidential => Text {
                ja: "取引先からお預かりした情報",
                en: "Information entrusted to us by business partners",
            },
            Holding::Technical => Text {
                ja: "製品や技術に関する情報（図面やノウハウなど）",
                en: "Information on products and technology (drawings, know-how and so on)",
            },
            Holding::BusinessFinancial => Text {
                ja: "営業や財務に関する情報",
                en: "Sales and financial information",
            },
        };
        text.get(lang)
    }

    /// Stable token for saved data and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Holding::CustomerPersonal => "customer_personal",
            Holding::EmployeePersonal => "employee_personal",
            Holding::PartnerConfidential => "partner_confidential",
            Holding::Technical => "technical",
            Holding::BusinessFinancial => "business_financial",
        }
    }

    /// Inverse of [`Holding::as_str`].
    pub fn from_token(s: &str) -> Option<Holding> {
        Holding::ALL.into_iter().find(|h| h.as_str() == s)
    }
}

/// Reads the holdings leniently: tokens this version does not know (written by a newer app) are
/// skipped instead of making the whole saved data unreadable.
fn lenient_holdings<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeSet<Holding>, D::Error> {
    let tokens: Vec<String> = Vec::deserialize(d)?;
    Ok(tokens
        .iter()
        .filter_map(|t| Holding::from_token(t))
        .collect())
}

/// What the policy generator needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PolicyInputs {
    /// 会社名 (at most [`MAX_NAME_CHARS`] characters).
    pub company: String,
    /// 代表者の役職, e.g. 代表取締役.
    pub representative_title: String,
    /// 代表者の氏名.
    pub representative_name: String,
    /// 制定日 (stored as `YYYY-MM-DD`, `None` as `""`).
    #[serde(
        deserialize_with = "crate::core::time::lenient_date",
        serialize_with = "crate::core::time::date_or_empty"
    )]
    pub date: Option<CivilDate>,
    /// The kinds of information the company holds.
    #[serde(deserialize_with = "lenient_holdings")]
    pub holdings: BTreeSet<Holding>,
    /// Other information, in the user's words (at most [`MAX_SHORT_TEXT_CHARS`]).
    pub other_holdings: String,
}

/// What the drafts' generated texts are made from: the policy form with the company name filled
/// in, and the handout's contact. Typing in a draft's own text changes none of it, so a screen
/// that keeps it apart makes the generated text again only when the form changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratorInputs {
    policy: PolicyInputs,
    handout_contact: String,
}

impl GeneratorInputs {
    /// The text the form gives for `kind` (empty for the rules sheet, which is a table).
    pub fn text(&self, kind: DraftKind) -> String {
        match kind {
            DraftKind::Policy => policy_text(&self.policy),
            DraftKind::Handout => handout_text(&self.policy.company, &self.handout_contact),
            DraftKind::Rules => String::new(),
        }
    }
}

/// Everything the drafts keep (saved with the records).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Drafts {
    /// The policy form.
    pub policy: PolicyInputs,
    /// The policy as edited by the user; empty = the generated text.
    pub policy_text: String,
    /// Rules edited by the user, by item number (1–24); absent = the default rule.
    pub rules: BTreeMap<QuestionNo, String>,
    /// The rules sheet's date (stored as `YYYY-MM-DD`, `None` as `""`).
    #[serde(
        deserialize_with = "crate::core::time::lenient_date",
        serialize_with = "crate::core::time::date_or_empty"
    )]
    pub rules_date: Option<CivilDate>,
    /// The person responsible for the rules sheet.
    pub rules_owner: String,
    /// Who staff contact when something looks wrong (on the handout).
    pub handout_contact: String,
    /// The handout as edited by the user; empty = the generated text.
    pub handout_text: String,
    /// When anything here last changed (`None` = never; stored as `""`).
    #[serde(
        deserialize_with = "crate::core::time::lenient",
        serialize_with = "crate::core::time::text_or_empty"
    )]
    pub updated_at: Option<Timestamp>,
}

/// Trims a one-line value and turns line breaks and other control characters into spaces, so
/// a pasted name cannot break a document's structure.
fn one_line(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

impl Drafts {
    /// Changes the drafts, then keeps them valid (over-long text is cut, rules outside 1–24 or
    /// equal to the default are dropped) and stamps them with `now`. Every change goes through
    /// here ([`Drafts::change`]):
    ///
    /// ```
    /// use jishin_shindan::features::after::model::drafts::{default_rule, DraftChange};
    /// use jishin_shindan::store::records::RecordsAction::Draft;
    /// use jishin_shindan::store::state::State;
    /// let mut state = State::default();
    /// let now = "2026-11-25T10:15:00.000Z";
    /// let text = default_rule(3).to_string();
    /// state.apply(Draft(DraftChange::Rule { no: 3, text }), now);
    /// state.apply(Draft(DraftChange::Rule { no: 30, text: "範囲外".into() }), now);
    /// let d = &state.records.beyond.drafts;
    /// assert!(d.rules.is_empty());
    /// assert_eq!(d.updated_at.clone().unwrap(), now);
    /// ```
    fn update(&mut self, now: &str, edit: impl FnOnce(&mut Drafts)) {
        edit(self);
        let p = &mut self.policy;
        for name in [
            &mut p.company,
            &mut p.representative_title,
            &mut p.representative_name,
            &mut self.rules_owner,
        ] {
            cut_in_place(name, MAX_NAME_CHARS);
        }
        cut_in_place(&mut p.other_holdings, MAX_SHORT_TEXT_CHARS);
        cut_in_place(&mut self.handout_contact, MAX_SHORT_TEXT_CHARS);
        cut_in_place(&mut self.policy_text, MAX_DRAFT_CHARS);
        cut_in_place(&mut self.handout_text, MAX_DRAFT_CHARS);
        self.rules.retain(|no, text| {
            (1..=RULE_COUNT).contains(no) && !text.trim().is_empty() && text != default_rule(*no)
        });
        for text in self.rules.values_mut() {
            cut_in_place(text, MAX_RULE_CHARS);
        }
        self.updated_at = Timestamp::parse(now);
    }

    /// The company name the drafts use: the policy form's, or else `fallback` (the profile's
    /// name from the report).
    pub fn company(&self, fallback: &str) -> String {
        let own = one_line(&self.policy.company);
        if own.is_empty() {
            one_line(fallback)
        } else {
            own
        }
    }

    /// The policy inputs with the company name filled from `fallback` when the form has none.
    pub fn policy_with_company(&self, fallback: &str) -> PolicyInputs {
        PolicyInputs {
            company: self.company(fallback),
            ..self.policy.clone()
        }
    }

    /// The text a draft's form gives now (the basic policy or the staff handout; the company
    /// name from `fallback_company` when the form has none). Empty for the rules sheet, which
    /// is a table ([`rules_sheet`]).
    pub fn generated(&self, kind: DraftKind, fallback_company: &str) -> String {
        self.generator_inputs(fallback_company).text(kind)
    }

    /// What the generated texts are made from ([`GeneratorInputs`]).
    pub fn generator_inputs(&self, fallback_company: &str) -> GeneratorInputs {
        GeneratorInputs {
            policy: self.policy_with_company(fallback_company),
            handout_contact: self.handout_contact.clone(),
        }
    }

    /// The user's edit of a draft's text (empty: none, the text follows the form).
    pub fn edit(&self, kind: DraftKind) -> &str {
        match kind {
            DraftKind::Policy => &self.policy_text,
            DraftKind::Handout => &self.handout_text,
            DraftKind::Rules => "",
        }
    }

    /// A draft's text as shown, printed and downloaded: the user's edit, or [`Drafts::generated`].
    ///
    /// ```
    /// use jishin_shindan::features::after::model::drafts::{DraftKind, Drafts};
    /// let mut d = Drafts::default();
    /// let generated = d.generated(DraftKind::Handout, "株式会社サンプル");
    /// assert_eq!(d.shown(DraftKind::Handout, "株式会社サンプル"), generated);
    /// d.handout_text = "独自の文面".into();
    /// assert_eq!(d.shown(DraftKind::Handout, "株式会社サンプル"), "独自の文面");
    /// ```
    pub fn shown(&self, kind: DraftKind, fallback_company: &str) -> String {
        match self.edit(kind) {
            "" => self.generated(kind, fallback_company),
            edited => edited.to_string(),
        }
    }

    /// Applies one change from the drafts' screens, stamped with `now`; the drafts stay valid
    /// (see [`Drafts::update`]). The two rules of "no edit" live here: a text equal to what the
    /// form gives, or emptied, is no edit (the text follows the form again); a rule equal to its
    /// default, or emptied, is the default. A date field's text that is not `YYYY-MM-DD`
    /// clears the date.
    /// The arm of `RecordsAction::Draft` in the one `State::apply`.
    pub(crate) fn change(&mut self, change: DraftChange, now: &str) {
        self.update(now, |d| match change {
            DraftChange::PolicyCompany(v) => d.policy.company = v,
            DraftChange::RepresentativeTitle(v) => d.policy.representative_title = v,
            DraftChange::RepresentativeName(v) => d.policy.representative_name = v,
            DraftChange::PolicyDate(v) => d.policy.date = CivilDate::parse(&v),
            DraftChange::Holding(h, true) => {
                d.policy.holdings.insert(h);
            }
            DraftChange::Holding(h, false) => {
                d.policy.holdings.remove(&h);
            }
            DraftChange::OtherHoldings(v) => d.policy.other_holdings = v,
            DraftChange::HandoutContact(v) => d.handout_contact = v,
            DraftChange::Text {
                kind,
                text,
                generated,
            } => {
                let text = if text == generated || text.trim().is_empty() {
                    String::new()
                } else {
                    text
                };
                match kind {
                    DraftKind::Policy => d.policy_text = text,
                    DraftKind::Handout => d.handout_text = text,
                    DraftKind::Rules => {}
                }
            }
            DraftChange::ResetText(DraftKind::Policy) => d.policy_text.clear(),
            DraftChange::ResetText(DraftKind::Handout) => d.handout_text.clear(),
            DraftChange::ResetText(DraftKind::Rules) => {}
            DraftChange::Rule { no, text } => {
                if text.trim().is_empty() || text == default_rule(no) {
                    d.rules.remove(&no);
                } else {
                    d.rules.insert(no, text);
                }
            }
            DraftChange::RulesDate(v) => d.rules_date = CivilDate::parse(&v),
            DraftChange::RulesOwner(v) => d.rules_owner = v,
        });
    }

    /// The rule for item `no`: the user's edit or [`default_rule`].
    pub fn rule(&self, no: QuestionNo) -> String {
        self.rules
            .get(&no)
            .cloned()
            .unwrap_or_else(|| default_rule(no).to_string())
    }

    /// Keeps what is valid when reading saved data or an import: over-long text is cleared,
    /// bad dates (`bad_dates`: read as none, see [`super::lenient`]) and timestamps are cleared,
    /// rules outside 1–24 or too long are dropped; each change is reported in `notes`.
    pub(crate) fn sanitize(
        mut self,
        bad_time: bool,
        bad_dates: &[DraftField],
        notes: &mut Vec<AfterNote>,
    ) -> Drafts {
        let mut clear = |s: &mut String, max: usize, field: DraftField| {
            if too_long(s, max) {
                s.clear();
                notes.push(AfterNote::TooLong(field));
            }
        };
        let p = &mut self.policy;
        clear(&mut p.company, MAX_NAME_CHARS, DraftField::PolicyCompany);
        clear(
            &mut p.representative_title,
            MAX_NAME_CHARS,
            DraftField::RepresentativeTitle,
        );
        clear(
            &mut p.representative_name,
            MAX_NAME_CHARS,
            DraftField::RepresentativeName,
        );
        clear(
            &mut p.other_holdings,
            MAX_SHORT_TEXT_CHARS,
            DraftField::OtherHoldings,
        );
        clear(
            &mut self.policy_text,
            MAX_DRAFT_CHARS,
            DraftField::PolicyText,
        );
        clear(
            &mut self.rules_owner,
            MAX_NAME_CHARS,
            DraftField::RulesOwner,
        );
        clear(
            &mut self.handout_contact,
            MAX_SHORT_TEXT_CHARS,
            DraftField::HandoutContact,
        );
        clear(
            &mut self.handout_text,
            MAX_DRAFT_CHARS,
            DraftField::HandoutText,
        );
        notes.extend(bad_dates.iter().map(|&field| AfterNote::BadDate(field)));
        let before = self.rules.len();
        self.rules.retain(|no, text| {
            (1..=RULE_COUNT).contains(no) && !text.is_empty() && !too_long(text, MAX_RULE_CHARS)
        });
        if self.rules.len() < before {
            notes.push(AfterNote::RulesDropped(before - self.rules.len()));
        }
        if bad_time {
            notes.push(AfterNote::BadTime(AfterPart::Drafts));
        }
        self
    }
}

/// A date as 「2026年4月1日」.
///
/// ```
/// use jishin_shindan::core::time::CivilDate;
/// use jishin_shindan::features::after::model::drafts::date_ja;
/// assert_eq!(date_ja(CivilDate::parse("2026-04-01").unwrap()), "2026年4月1日");
/// ```
pub fn date_ja(d: CivilDate) -> String {
    format!("{}年{}月{}日", d.year, d.month, d.day)
}

// ---- 情報セキュリティ基本方針 -------------------------------------------------------------

/// The basic policy, as plain text (one paragraph per line, blank lines between sections).
///
/// The company name (or 「当社」), the kinds of information held, the date and the
/// representative appear where given; nothing is left as a placeholder.
///
/// ```
/// use jishin_shindan::core::time::CivilDate;
/// use jishin_shindan::features::after::model::drafts::{policy_text, PolicyInputs};
/// let text = policy_text(&PolicyInputs {
///     company: "株式会社みなと製作所".into(),
///     representative_title: "代表取締役".into(),
///     representative_name: "港 一郎".into(),
///     date: CivilDate::parse("2026-12-01"),
///     ..PolicyInputs::default()
/// });
/// assert!(text.starts_with("情報セキュリティ基本方針\n"));
/// assert!(text.contains("株式会社みなと製作所（以下「当社」）は、"));
/// assert!(text.ends_with("2026年12月1日 制定\n株式会社みなと製作所\n代表取締役 港 一郎\n"));
/// ```
pub fn policy_text(inputs: &PolicyInputs) -> String {
    let company = one_line(&inputs.company);
    let subject = if company.is_empty() {
        "当社".to_string()
    } else {
        format!("{company}（以下「当社」）")
    };
    let mut held: Vec<String> = inputs
        .holdings
        .iter()
        .map(|h| h.label(Lang::Ja).to_string())
        .collect();
    let other = one_line(&inputs.other_holdings);
    if !other.is_empty() {
        held.push(other);
    }
    let protect = if held.is_empty() {
        "当社は、業務で扱う大切な情報を守ります。".to_string()
    } else {
        format!(
            "当社は、{}をはじめ、業務で扱う大切な情報を守ります。",
            held.join("、")
        )
    };

    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line("情報セキュリティ基本方針");
    line("");
    line(&format!(
        "{subject}は、お客様や取引先から信頼していただけることが事業の土台であると考えています。当社が扱う情報を事故や攻撃から守り、安心して取引していただくために、この基本方針を定め、役員と従業員の全員で取り組みます。"
    ));
    let sections: [(&str, String); 8] = [
        (
            "1. 守る情報",
            format!("{protect}情報が外に漏れたり、書き換えられたり、失われたりしないようにし、必要なときには確実に使える状態を保ちます。"),
        ),
        (
            "2. 責任と体制",
            "情報セキュリティの最終的な責任は代表者が負います。代表者は取り組みに必要な人と費用を用意し、社内の担当者を決めて、対策が確実に行われるようにします。".to_string(),
        ),
        (
            "3. 社内ルールと日々の対策",
            "パソコンやスマートフォンの更新、ウイルス対策、パスワードの管理、重要な書類や機器の保管と処分などについて社内ルールを定め、全員がそれに従って行動します。".to_string(),
        ),
        (
            "4. 教育と意識づけ",
            "従業員が社内ルールと最新の手口を理解して行動できるよう、採用のときと定期的な機会に、教育や注意の呼びかけを行います。".to_string(),
        ),
        (
            "5. 法令と約束を守る",
            "個人情報の保護に関する法律など情報の扱いに関わる法令と、お客様や取引先との契約で約束した秘密の保持を守ります。".to_string(),
        ),
        (
            "6. 取引先と外部サービス",
            "仕事を任せる取引先や、クラウドサービスなどの外部サービスは、情報を安全に扱えるかを確かめてから選び、必要に応じて秘密保持の約束を交わします。".to_string(),
        ),
        (
            "7. 事故への備えと対応",
            "情報の漏えいや紛失、ウイルス感染などの事故に備えて、連絡体制と対応の手順をあらかじめ決めておきます。事故が起きたときは被害が広がるのを速やかに防ぎ、原因を調べて再発を防ぐとともに、影響を受ける方に誠実に説明します。".to_string(),
        ),
        (
            "8. 見直しと改善",
            "この方針と社内ルールは、少なくとも年に一度、自社診断の結果や事業の変化をふまえて見直し、改善を続けます。".to_string(),
        ),
    ];
    for (heading, body) in &sections {
        line("");
        line(heading);
        line(body);
    }
    let date = inputs.date.map(date_ja);
    let representative = [
        one_line(&inputs.representative_title),
        one_line(&inputs.representative_name),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    if date.is_some() || !company.is_empty() || !representative.is_empty() {
        line("");
    }
    if let Some(date) = date {
        line(&format!("{date} 制定"));
    }
    if !company.is_empty() {
        line(&company);
    }
    if !representative.is_empty() {
        line(&representative);
    }
    out
}

// ---- 社内ルール -------------------------------------------------------------------------

/// The default rule for item `no` (1–24), derived from its 対策例; empty for other numbers.
///
/// ```
/// use jishin_shindan::features::after::model::drafts::default_rule;
/// assert!(default_rule(3).contains("10文字以上"));
/// assert_eq!(default_rule(25), "");
/// ```
pub fn default_rule(no: QuestionNo) -> &'static str {
    match no {
        1 => "パソコンやスマホのOSとソフトウェアは自動更新を有効にし、更新の知らせが来たらその日のうちに適用する。",
        2 => "すべてのパソコンとスマホにウイルス対策ソフトを入れ、ウイルス定義ファイルは自動で更新されるようにしておく。",
        3 => "パスワードは英数字と記号を混ぜて10文字以上にし、名前や誕生日などは使わず、サービスごとに別のものにする。",
        4 => "共有フォルダやクラウド、複合機やNASの共有範囲は必要な人だけに限り、異動や退職のときはすぐに設定を見直す。",
        5 => "IPAなどの専門機関や利用中のサービスの注意喚起を担当者が定期的に確かめ、新しい手口を社内に知らせる。",
        6 => "心当たりのないメールの添付ファイルやURLは開かず、不審なメールは社内に知らせて共有する。",
        7 => "メールやFAXは送る前に宛先を確かめ直し、社外の複数の相手に一斉に送るときはBCCを使う。",
        8 => "重要な情報はメールの本文に書かず、パスワードで保護したファイルで送り、パスワードは別の手段で伝える。",
        9 => "無線LANはWPA2以上の暗号化方式で使い、接続のパスワードは長く推測されにくいものにする。",
        10 => "会社が決めたインターネットとSNSの利用ルールを守り、会社の情報や職場の写真を無断で投稿しない。",
        11 => "重要なデータは決めた間隔でバックアップを取り、元のデータとは別の場所に保管する。",
        12 => "重要な書類や記録媒体は机の上に置いたままにせず、使い終わったら鍵のかかる書庫に戻す。",
        13 => "重要な情報の持ち出しは事前に許可を得る。持ち出す機器にはパスワードロックをかけ、荷物から目を離さない。",
        14 => "席を離れるときはパソコンの画面をロックし、帰るときは電源を切る。",
        15 => "見知らぬ人は事務所に入れず、来訪者は受付で用件を確かめてから案内する。",
        16 => "帰るときはノートパソコンやタブレット、USBメモリなどを引き出しや書庫にしまって鍵をかける。",
        17 => "事務所の鍵は決めた人が管理し、最後に出る人は施錠して、退出の日時と名前を記録する。",
        18 => "重要な書類はシュレッダーで細断し、パソコンや記録媒体は消去ソフトや物理的な破壊、専門業者への依頼でデータを消してから処分する。",
        19 => "業務で知った秘密は社外に漏らさない。採用のときに守秘義務を説明し、秘密にする情報を具体的に示して覚書を交わす。",
        20 => "全員が年に一度以上、情報セキュリティの研修を受け、情報管理の大切さと関係する法令を学ぶ。",
        21 => "私物のパソコンやスマホを業務に使うときは許可を受け、会社が決めた使い方のルールを守る。",
        22 => "重要な情報をやり取りする取引先とは、秘密保持と具体的な対策を書いた契約や覚書を交わす。",
        23 => "クラウドなどの外部サービスは、利用規約、補償の内容、セキュリティ対策を確かめてから選ぶ。",
        24 => "情報の流出・紛失・盗難が起きたときの対応手順書を作り、連絡先と最初にすることを全員に知らせておく。",
        _ => "",
    }
}

/// The mark printed before a status on the rules sheet.
pub fn status_mark(choice: Option<Choice>) -> &'static str {
    match choice {
        Some(Choice::Done) => "○",
        Some(Choice::Partial) => "△",
        Some(Choice::NotDone) => "×",
        Some(Choice::Unknown) => "？",
        None => "―",
    }
}

/// A status as printed: mark and the choice's label (「○ 実施している」), or 「― 未回答」. The
/// documents stay Japanese; the English screen shows the English label (and an ASCII `?`).
///
/// ```
/// use jishin_shindan::core::lang::Lang;
/// use jishin_shindan::features::after::model::drafts::status_text;
/// use jishin_shindan::core::Choice;
/// # jishin_shindan::app::english::register();
/// assert_eq!(status_text(Some(Choice::Partial), Lang::Ja), "△ 一部実施している");
/// assert_eq!(status_text(None, Lang::Ja), "― 未回答");
/// assert_eq!(status_text(Some(Choice::Unknown), Lang::En), "? Don't know");
/// ```
pub fn status_text(choice: Option<Choice>, lang: Lang) -> String {
    const NOT_ANSWERED: Text = Text {
        ja: "未回答",
        en: "Not answered",
    };
    let mark = match lang {
        Lang::Ja => status_mark(choice),
        Lang::En => status_mark(choice).trim_start_matches('？'),
    };
    let mark = if mark.is_empty() { "?" } else { mark };
    let label = choice.map_or(NOT_ANSWERED.get(lang), |c| lang.choice(c));
    format!("{mark} {label}")
}

/// One change made on the drafts' screens ([`Drafts::change`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftChange {
    /// The basic policy's company name.
    PolicyCompany(String),
    /// The representative's title.
    RepresentativeTitle(String),
    /// The representative's name.
    RepresentativeName(String),
    /// The basic policy's date of adoption (`YYYY-MM-DD`).
    PolicyDate(String),
    /// A kind of information held, ticked or not.
    Holding(Holding, bool),
    /// Other kinds of information held.
    OtherHoldings(String),
    /// The staff handout's contact for incidents.
    HandoutContact(String),
    /// A draft's text as the user edited it, with what the form gives now (`generated`).
    Text {
        /// Which draft (the basic policy or the staff handout).
        kind: DraftKind,
        /// The text in the editor.
        text: String,
        /// [`Drafts::generated`] at the time of the edit.
        generated: String,
    },
    /// Throw a draft's edit away (the user confirmed): the text follows the form again.
    ResetText(DraftKind),
    /// One rule of the rules sheet.
    Rule {
        /// Its item number (1–24).
        no: QuestionNo,
        /// The rule's text.
        text: String,
    },
    /// The rules sheet's date (`YYYY-MM-DD`).
    RulesDate(String),
    /// The rules sheet's person responsible.
    RulesOwner(String),
}

/// One line of the rules sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRow {
    /// Item number, 1–24.
    pub no: QuestionNo,
    /// The item's 解説編 category, e.g. 「パスワード管理」.
    pub category: &'static str,
    /// The rule (the user's edit or the default).
    pub rule: String,
    /// The company's current answer to the item.
    pub status: Option<Choice>,
}

/// The rules sheet, ready to print or download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesSheet {
    /// 「{会社名} 情報セキュリティ社内ルール」, or the plain title without a name.
    pub title: String,
    /// 「制定日：… 責任者：…」, with blanks to fill in by hand when not given.
    pub signature: String,
    /// What the sheet is, for staff.
    pub intro: &'static str,
    /// Items 1–24.
    pub rows: Vec<RuleRow>,
}

/// What the rules sheet says about itself.
pub const RULES_INTRO: &str = "この社内ルールは、「5分でできる！情報セキュリティ自社診断」の診断項目No.1～24をもとにまとめたものです。全員がこのルールに従って行動してください。「現在の状況」は最新の診断での回答です。○ 実施している、△ 一部実施している、× 実施していない、？ わからない。";

const BLANK_DATE: &str = "　　　　年　　月　　日";
const BLANK_NAME: &str = "＿＿＿＿＿＿＿＿＿＿";

/// Builds the rules sheet: items 1–24 with `drafts`' rules and the status from `answers`.
///
/// ```
/// use jishin_shindan::features::after::model::drafts::{rules_sheet, Drafts};
/// use jishin_shindan::core::{Answers, Choice};
/// let sheet = rules_sheet(&Drafts::default(), &Answers::all(Choice::Done), "株式会社みなと");
/// assert_eq!(sheet.rows.len(), 24);
/// assert_eq!(sheet.title, "株式会社みなと 情報セキュリティ社内ルール");
/// assert!(sheet.signature.starts_with("制定日：　"));
/// ```
pub fn rules_sheet(drafts: &Drafts, answers: &Answers, company: &str) -> RulesSheet {
    let company = one_line(company);
    let title = if company.is_empty() {
        DraftKind::Rules.title(Lang::Ja).to_string()
    } else {
        format!("{company} {}", DraftKind::Rules.title(Lang::Ja))
    };
    let owner = one_line(&drafts.rules_owner);
    let signature = format!(
        "制定日：{}　責任者：{}",
        drafts
            .rules_date
            .map_or_else(|| BLANK_DATE.to_string(), date_ja),
        if owner.is_empty() {
            BLANK_NAME
        } else {
            owner.as_str()
        }
    );
    let rows = catalog::QUESTIONS
        .iter()
        .filter(|q| q.no <= RULE_COUNT)
        .map(|q| RuleRow {
            no: q.no,
            category: q.category,
            rule: drafts.rule(q.no),
            status: answers.get(q.no),
        })
        .collect();
    RulesSheet {
        title,
        signature,
        intro: RULES_INTRO,
        rows,
    }
}

/// The rules sheet as plain text.
pub fn rules_text(sheet: &RulesSheet) -> String {
    let mut out = format!("{}\n{}\n\n{}\n", sheet.title, sheet.signature, sheet.intro);
    for row in &sheet.rows {
        out.push_str(&format!(
            "\nNo.{} {}\nルール：{}\n現在の状況：{}\n",
            row.no,
            row.category,
            one_line(&row.rule),
            status_text(row.status, Lang::Ja)
        ));
    }
    out
}

const CELL: &str =
    "border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top;";

/// The rules sheet as a standalone HTML document (every text escaped).
pub fn rules_html(sheet: &RulesSheet) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n<table style=\"border-collapse: collapse; width: 100%;\">\n<thead><tr><th style=\"{CELL}\">No</th><th style=\"{CELL}\">項目</th><th style=\"{CELL}\">ルール</th><th style=\"{CELL}\">現在の状況</th></tr></thead>\n<tbody>\n",
        escape_html(&sheet.title),
        escape_html(&sheet.signature),
        escape_html(sheet.intro),
    );
    for row in &sheet.rows {
        body.push_str(&format!(
            "<tr><td style=\"{CELL}\">{}</td><td style=\"{CELL}\">{}</td><td style=\"{CELL}\">{}</td><td style=\"{CELL}\">{}</td></tr>\n",
            row.no,
            escape_html(row.category),
            escape_html(&one_line(&row.rule)),
            escape_html(&status_text(row.status, Lang::Ja)),
        ));
    }
    body.push_str("</tbody>\n</table>\n");
    html_document(&sheet.title, &body)
}

// ---- 従業員向け注意事項 --------------------------------------------------------------------

/// The handout's sections: a heading and the Part 2 items under it.
pub const HANDOUT_SECTIONS: [(&str, &[QuestionNo]); 6] = [
    ("メール・FAX", &[6, 7, 8]),
    ("インターネット・無線LAN", &[9, 10]),
    ("データの保存", &[11]),
    ("机まわりと持ち出し", &[12, 13, 14]),
    ("事務所の安全", &[15, 16, 17]),
    ("捨てるとき", &[18]),
];

/// The handout's point for Part 2 item `no` (6–18), written for staff; empty otherwise.
pub fn handout_point(no: QuestionNo) -> &'static str {
    match no {
        6 => "心当たりのないメールの添付ファイルやURLは開かない。おかしいと思ったら、開く前に知らせる。",
        7 => "メールやFAXは、送る前に宛先をもう一度確かめる。社外の複数の相手に一斉に送るときはBCCを使う。",
        8 => "重要な情報はメールの本文に書かず、パスワードを付けたファイルで送る。パスワードは電話など別の方法で伝える。",
        9 => "無線LANは会社が決めたものだけを使い、接続のパスワードを社外の人に教えない。",
        10 => "仕事に関係のないサイトは開かない。会社や仕事のこと、職場の写真をSNSに書き込まない。",
        11 => "大事なデータは決められた保存場所に置く。バックアップされる場所かどうか分からなければ担当者に聞く。",
        12 => "重要な書類やUSBメモリは机の上に出したままにせず、使い終わったら鍵のかかる書庫に戻す。",
        13 => "重要な情報を社外に持ち出すときは許可を取る。パソコンやスマホ、USBメモリにはパスワードをかけ、荷物から目を離さない。",
        14 => "席を離れるときはパソコンの画面をロックする（Windowsでは「Windowsキー＋L」）。帰るときは電源を切る。",
        15 => "見知らぬ人が事務所にいたら声をかけ、受付へ案内する。",
        16 => "帰るときは、ノートパソコンやタブレット、USBメモリを引き出しにしまって鍵をかける。",
        17 => "最後に事務所を出る人は鍵をかけ、退出した日時と名前を記録する。",
        18 => "重要な書類はシュレッダーにかける。パソコンや記録媒体はそのまま捨てず、担当者に処分を頼む。",
        _ => "",
    }
}

/// The one-page handout for staff, as plain text: the Part 2 points by topic, each with its
/// item number, and who to contact (`contact`, or 「上司または情報セキュリティの担当者」).
///
/// ```
/// use jishin_shindan::features::after::model::drafts::handout_text;
/// let text = handout_text("株式会社みなと", "総務部 佐藤（内線12）");
/// assert!(text.contains("（No.6）"));
/// assert!(text.contains("（No.18）"));
/// assert!(text.contains("総務部 佐藤（内線12）"));
/// ```
pub fn handout_text(company: &str, contact: &str) -> String {
    let company = one_line(company);
    let contact = one_line(contact);
    let mut out = String::from("従業員向け情報セキュリティ注意事項\n");
    if !company.is_empty() {
        out.push_str(&company);
        out.push('\n');
    }
    out.push_str("\n毎日の仕事で気をつけることを1枚にまとめました。机の近くに置いて、迷ったときに読み返してください。\n");
    for (heading, items) in HANDOUT_SECTIONS {
        out.push_str(&format!("\n■ {heading}\n"));
        for &no in items {
            out.push_str(&format!("・{}（No.{no}）\n", handout_point(no)));
        }
    }
    out.push_str("\n■ 困ったとき・事故に気づいたとき\n");
    out.push_str(&format!(
        "・すぐに連絡する：{}\n",
        if contact.is_empty() {
            "上司または情報セキュリティの担当者"
        } else {
            contact.as_str()
        }
    ));
    out.push_str("・「おかしいな」と思ったら、小さなことでもすぐに知らせる。早く知らせるほど被害は小さくなります。\n");
    out
}

// ---- Plain text → HTML -------------------------------------------------------------------

fn is_heading(line: &str) -> bool {
    if line.starts_with('■') {
        return true;
    }
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && line[digits..].starts_with(". ")
}

/// A standalone HTML document with `title` and `body` (already HTML). Styles are inline
/// attributes so the file needs nothing else.
fn html_document(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n<body style=\"font-family: sans-serif; line-height: 1.7; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;\">\n{body}</body>\n</html>\n",
        escape_html(title)
    )
}

/// What a line of a plain-text draft is, as the downloads (HTML, Word) lay it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftLine<'a> {
    /// The first non-empty line.
    Title(&'a str),
    /// A line starting with 「■」, or with a number and `. `.
    Heading(&'a str),
    /// A line starting with 「・」 (the mark taken off).
    Item(&'a str),
    /// Any other non-empty line.
    Paragraph(&'a str),
}

/// The non-empty lines of a draft (as generated, or as the user edited it), trimmed, each with
/// what it is: the first is the title; lines starting with 「■」 or a number and `. ` are
/// headings; lines starting with 「・」 are list items; every other line is a paragraph.
///
/// ```
/// use jishin_shindan::features::after::model::drafts::{draft_lines, DraftLine};
/// assert_eq!(
///     draft_lines("方針\n\n1. 守る情報\n 本文 \n・鍵をかける"),
///     vec![
///         DraftLine::Title("方針"),
///         DraftLine::Heading("1. 守る情報"),
///         DraftLine::Paragraph("本文"),
///         DraftLine::Item("鍵をかける"),
///     ]
/// );
/// ```
pub fn draft_lines(text: &str) -> Vec<DraftLine<'_>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                DraftLine::Title(line)
            } else {
                body_line(line)
            }
        })
        .collect()
}

/// What a trimmed line after the title is: a list item (after 「・」), a heading, or a paragraph.
pub fn body_line(line: &str) -> DraftLine<'_> {
    if let Some(item) = line.strip_prefix('・') {
        DraftLine::Item(item.trim())
    } else if is_heading(line) {
        DraftLine::Heading(line)
    } else {
        DraftLine::Paragraph(line)
    }
}

/// A plain-text draft (as generated, or as the user edited it) as a standalone HTML document:
/// the title as `<h1>`, headings as `<h2>`, list items in `<ul>`, other lines as paragraphs
/// ([`draft_lines`]). Every piece of text is escaped.
///
/// ```
/// use jishin_shindan::features::after::model::drafts::text_html;
/// let html = text_html("方針\n\n1. 守る情報\n<b>大切</b>\n・鍵をかける");
/// assert!(html.contains("<h1>方針</h1>"));
/// assert!(html.contains("<h2>1. 守る情報</h2>"));
/// assert!(html.contains("<p>&lt;b&gt;大切&lt;/b&gt;</p>"));
/// assert!(html.contains("<ul>\n<li>鍵をかける</li>\n</ul>"));
/// ```
pub fn text_html(text: &str) -> String {
    let mut title = "";
    let mut body = String::new();
    let mut in_list = false;
    for line in draft_lines(text) {
        let is_item = matches!(line, DraftLine::Item(_));
        if in_list && !is_item {
            body.push_str("</ul>\n");
            in_list = false;
        }
        match line {
            DraftLine::Title(t) => {
                title = t;
                body.push_str(&format!("<h1>{}</h1>\n", escape_html(t)));
            }
            DraftLine::Item(item) => {
                if !in_list {
                    body.push_str("<ul>\n");
                    in_list = true;
                }
                body.push_str(&format!("<li>{}</li>\n", escape_html(item)));
            }
            DraftLine::Heading(h) => body.push_str(&format!("<h2>{}</h2>\n", escape_html(h))),
            DraftLine::Paragraph(p) => body.push_str(&format!("<p>{}</p>\n", escape_html(p))),
        }
    }
    if in_list {
        body.push_str("</ul>\n");
    }
    html_document(title, &body)
}
