//! The SECURITY ACTION 二つ星 (★★) path: the pamphlet's last page says a company that has done
//! the 5-minute self-check and has set and published a 情報セキュリティ基本方針 may use the
//! second star. This module is the four-step checklist for that path.
//!
//! The first step (診断を実施した) is never ticked by hand: it is derived from the data (a
//! completed diagnosis in the history, or all 25 answers given). The other three are the user's
//! own ticks, kept in [`StarTwo`] (saved with the records). Nothing here declares anything on the
//! user's behalf: the declaration itself is made on IPA's site.
//!
//! **Sources** (`docs/security-action.md` lists each claim with its address). The pamphlet gives
//! the paragraph, the two pamphlet links and the four steps. IPA's FAQ defines ★★ as having done
//! the self-check, set a basic policy and published it 「外部に公開」. IPA's notice
//! `sa-notice-202602` describes the application since the new system: log in with GビズID
//! (プライム or メンバー; エントリー cannot be used), the 自己宣言ID and the logo at once, a My page.
//! The copy of the notice that could be read announces the system for April 2026 (「リリース
//! 予定」); that it went live, its address and the GビズID site's address come only from
//! secondary sources, so the app names none of them and links the notice instead.

use serde::{Deserialize, Serialize};

use crate::core::answers::Answers;
use crate::core::lang::{Lang, Text};
use crate::core::time::Timestamp;

/// A link to an official page, with why it is offered here (plain links; the app never fetches
/// them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficialLink {
    /// Name of the page: as the pamphlet prints it, or as the page itself titles it.
    pub name: &'static str,
    /// Address: as printed in the pamphlet ([`SECURITY_ACTION`], [`GUIDELINE`]), or of the IPA
    /// page itself ([`NEW_APPLICATION`]).
    pub url: &'static str,
    /// Why the user would open it, in Japanese.
    pub why: &'static str,
    /// The page's name in English (unofficial translation).
    pub name_en: &'static str,
    /// Why the user would open it, in English.
    pub why_en: &'static str,
}

impl OfficialLink {
    /// The page's name and why to open it.
    pub fn texts(&self, lang: Lang) -> (&'static str, &'static str) {
        match lang {
            Lang::Ja => (self.name, self.why),
            Lang::En => (self.name_en, self.why_en),
        }
    }
}

/// The pamphlet's SECURITY ACTION paragraph, word for word (`tests/star_two.rs` checks it
/// against the seed text), and our unofficial English translation.
pub const SECURITY_ACTION_TEXT: Text = Text {
    ja: "「SECURITY ACTION」は中小企業自らが、情報セキュリティ対策に取り組むことを自己宣言する制度です。「5分でできる！情報セキュリティ自社診断」を実施し、「情報セキュリティ基本方針」を定め、公開することで2段階目の「二つ星」を使用することができます。",
    en: "“SECURITY ACTION” is a scheme in which small and medium-sized businesses declare for themselves that they are working on information security. A company that has done the “5-Minute Information Security Self-Check” and has set and published an “information security basic policy” may use the second level, “two stars”.",
};

/// SECURITY ACTION 二つ星 (the address printed on the pamphlet's last page).
pub const SECURITY_ACTION: OfficialLink = OfficialLink {
    name: "SECURITY ACTION 二つ星",
    url: "https://www.ipa.go.jp/security/security-action/",
    why: "制度の説明と、自己宣言の申込み方法の案内があります。申込みはGビズIDでログインして行います。",
    name_en: "SECURITY ACTION two stars (in Japanese)",
    why_en: "Explains the scheme and how to apply for the self-declaration. You apply by logging in with a gBizID.",
};

/// 中小企業の情報セキュリティ対策ガイドライン (the page that also carries the handbook the
/// pamphlet names).
pub const GUIDELINE: OfficialLink = OfficialLink {
    name: "中小企業の情報セキュリティ対策ガイドライン",
    url: "https://www.ipa.go.jp/security/keihatsu/sme/guideline/",
    why: "基本方針や社内ルールを見直すときの手引きです。付録の「情報セキュリティハンドブック（ひな形）」もここにあります。",
    name_en: "Information Security Guidelines for SMEs (in Japanese)",
    why_en: "A guide for reviewing the basic policy and the rules. Its appendix, the “Information Security Handbook (template)”, is on the same page.",
};

/// IPA's notice of the new way to apply (「2026年4月から、SECURITY ACTIONの申請方法が変わります」):
/// GビズID, the ID and the logo at once, the My page. Not in the pamphlet, which predates it.
pub const NEW_APPLICATION: OfficialLink = OfficialLink {
    name: "SECURITY ACTION 申請方法の変更（2026年4月から）",
    url: "https://www.ipa.go.jp/security/security-action/news/sa-notice-202602.html",
    why: "申込みがGビズID（gBizIDプライムまたはメンバー）でのログインに変わり、自己宣言IDとロゴマークが申込み直後に届き、マイページで登録情報を確かめられるようになったというIPAのお知らせです。申し込む前に、いまの手順をここで確かめてください。",
    name_en: "SECURITY ACTION: the new way to apply (from April 2026; in Japanese)",
    why_en: "IPA's notice that applications are now made by logging in with a gBizID (gBizID Prime or Member), that the self-declaration ID and the logo come straight after applying, and that a My page shows your registered details. Check the current steps here before you apply.",
};

/// The official pages named on the ★★ checklist, in the order they are shown.
pub const LINKS: [OfficialLink; 3] = [SECURITY_ACTION, NEW_APPLICATION, GUIDELINE];

/// One step of the ★★ path, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StarTwoStep {
    /// 「5分でできる！情報セキュリティ自社診断」 done (derived, never ticked by hand).
    DiagnosisDone,
    /// A 情報セキュリティ基本方針 has been drafted and decided.
    PolicyDrafted,
    /// The policy is published outside the company (IPA's FAQ: 「外部に公開」).
    PolicyPublished,
    /// The self-declaration has been made with IPA (since the new system: logged in with GビズID).
    Declared,
}

impl StarTwoStep {
    /// All four steps in order.
    pub const ALL: [StarTwoStep; 4] = [
        StarTwoStep::DiagnosisDone,
        StarTwoStep::PolicyDrafted,
        StarTwoStep::PolicyPublished,
        StarTwoStep::Declared,
    ];

    /// Stable token for tests and CSS (`diagnosis_done`, `policy_drafted`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            StarTwoStep::DiagnosisDone => "diagnosis_done",
            StarTwoStep::PolicyDrafted => "policy_drafted",
            StarTwoStep::PolicyPublished => "policy_published",
            StarTwoStep::Declared => "declared",
        }
    }

    /// What the step is, as a checklist line.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::after::model::star_two::StarTwoStep;
    /// assert_eq!(StarTwoStep::PolicyDrafted.label(Lang::Ja), "情報セキュリティ基本方針を定めた");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            StarTwoStep::DiagnosisDone => Text {
                ja: "「5分でできる！情報セキュリティ自社診断」を実施した",
                en: "We did the “5-Minute Information Security Self-Check”",
            },
            StarTwoStep::PolicyDrafted => Text {
                ja: "情報セキュリティ基本方針を定めた",
                en: "We set an information security basic policy",
            },
            // IPA's FAQ: 「外部に公開したことを宣言」.
            StarTwoStep::PolicyPublished => Text {
                ja: "基本方針を外部に公開した",
                en: "We published the basic policy outside the company",
            },
            StarTwoStep::Declared => Text {
                ja: "SECURITY ACTION 二つ星の自己宣言を行った",
                en: "We made the SECURITY ACTION two-star self-declaration",
            },
        };
        text.get(lang)
    }

    /// How to do the step, in one or two plain sentences.
    pub fn detail(self, lang: Lang) -> &'static str {
        let text = match self {
            StarTwoStep::DiagnosisDone => Text {
                ja: "この診断を最後まで回答すると、自動的に印が付きます。",
                en: "This is ticked automatically once every question of the check is answered.",
            },
            StarTwoStep::PolicyDrafted => Text {
                ja: "このアプリの「基本方針の下書き」で文面を作り、代表者が内容を確かめて決めたら印を付けてください。",
                en: "Write the text with this app's “basic policy draft”; tick this once the head of the company has checked and decided it.",
            },
            // The examples are this app's own suggestions: no IPA page read names the ways
            // to publish (the FAQ says only 「外部に公開」).
            StarTwoStep::PolicyPublished => Text {
                ja: "決めた基本方針を、社外の人が見られる形で公開します（例：自社のウェブサイトに載せる、店頭や事務所に掲示する）。公開したら印を付けてください。",
                en: "Publish the decided policy where people outside the company can see it (for example on your website, or posted in the shop or office). Tick this once it is published.",
            },
            // IPA's notice sa-notice-202602: GビズID login (プライム or メンバー; エントリーは使用
            // 不可), the 自己宣言ID issued straight after applying, the logo downloadable at
            // once. The copy read is the notice before the launch (「リリース予定」): the launch
            // itself is not confirmed by a primary source, hence the notice's link beside it.
            StarTwoStep::Declared => Text {
                ja: "SECURITY ACTIONの申込みシステムに、GビズID（gBizIDプライムまたはgBizIDメンバー。gBizIDエントリーは使えません）でログインして申し込みます。申し込むとすぐに自己宣言IDが発行され、ロゴマークもダウンロードできます。登録情報の確認・変更とロゴマークのダウンロードは、マイページでできます。宣言が済んだら印を付けてください。",
                en: "Log in to IPA's SECURITY ACTION application system with a gBizID (gBizID Prime or gBizID Member; gBizID Entry cannot be used) and apply. The self-declaration ID is issued as soon as you apply, and the logo can be downloaded straight away. Your My page lets you check and change your registered details and download the logo. Tick this once the declaration is made.",
            },
        };
        text.get(lang)
    }

    /// True for the step that follows the data instead of a tick.
    pub fn is_automatic(self) -> bool {
        self == StarTwoStep::DiagnosisDone
    }
}

/// The user's ticks on the ★★ path (saved with the records).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StarTwo {
    /// 基本方針を定めた.
    pub policy_drafted: bool,
    /// 基本方針を公開した.
    pub policy_published: bool,
    /// 自己宣言を行った.
    pub declared: bool,
    /// When a tick last changed (`None` = never; stored as `""`). Decides which side wins when
    /// two tabs or an import bring different ticks.
    #[serde(
        deserialize_with = "crate::core::time::lenient",
        serialize_with = "crate::core::time::text_or_empty"
    )]
    pub updated_at: Option<Timestamp>,
}

/// One line of the checklist as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepStatus {
    /// Which step.
    pub step: StarTwoStep,
    /// Ticked (or, for the automatic step, derived as done).
    pub done: bool,
}

/// How far the company is on the ★★ path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Steps done, 0–4.
    pub done: usize,
    /// The first step not done yet, if any.
    pub next: Option<StarTwoStep>,
}

impl Summary {
    /// The sentence above the checklist: how many steps are left and which comes next.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::after::model::star_two::StarTwo;
    /// let s = StarTwo::default().summary(true);
    /// assert_eq!(s.headline(Lang::Ja), "★★まで、あと3つの段階があります。次は「情報セキュリティ基本方針を定めた」です。");
    /// assert_eq!(s.headline(Lang::En), "3 steps to go to ★★. Next: “We set an information security basic policy”.");
    /// ```
    pub fn headline(&self, lang: Lang) -> String {
        let left = StarTwoStep::ALL.len() - self.done;
        match (self.next, lang) {
            (None, Lang::Ja) => "★★への4つの段階がすべて済んでいます。".to_string(),
            (None, Lang::En) => "All four steps to ★★ are done.".to_string(),
            (Some(StarTwoStep::Declared), Lang::Ja) => {
                "★★を宣言する条件（診断の実施と基本方針の策定・公開）がそろいました。次は自己宣言です。".to_string()
            }
            (Some(StarTwoStep::Declared), Lang::En) => {
                "The conditions for declaring ★★ (doing the check, and setting and publishing a basic policy) are met. Next: the self-declaration.".to_string()
            }
            (Some(next), Lang::Ja) => format!(
                "★★まで、あと{left}つの段階があります。次は「{}」です。",
                next.label(lang)
            ),
            (Some(next), Lang::En) => format!(
                "{left} step{} to go to ★★. Next: “{}”.",
                if left == 1 { "" } else { "s" },
                next.label(lang)
            ),
        }
    }
}

impl StarTwo {
    /// Whether a step is ticked; the automatic step is `diagnosis_done`.
    pub fn is_done(&self, step: StarTwoStep, diagnosis_done: bool) -> bool {
        match step {
            StarTwoStep::DiagnosisDone => diagnosis_done,
            StarTwoStep::PolicyDrafted => self.policy_drafted,
            StarTwoStep::PolicyPublished => self.policy_published,
            StarTwoStep::Declared => self.declared,
        }
    }

    /// The four lines of the checklist, in order.
    ///
    /// ```
    /// use jishin_shindan::features::after::model::star_two::{StarTwo, StarTwoStep};
    /// let s = StarTwo { policy_drafted: true, ..StarTwo::default() };
    /// let done: Vec<bool> = s.status(true).iter().map(|l| l.done).collect();
    /// assert_eq!(done, vec![true, true, false, false]);
    /// ```
    pub fn status(&self, diagnosis_done: bool) -> [StepStatus; 4] {
        StarTwoStep::ALL.map(|step| StepStatus {
            step,
            done: self.is_done(step, diagnosis_done),
        })
    }

    /// Counts the steps done and names the first one still open.
    pub fn summary(&self, diagnosis_done: bool) -> Summary {
        let status = self.status(diagnosis_done);
        Summary {
            done: status.iter().filter(|s| s.done).count(),
            next: status.iter().find(|s| !s.done).map(|s| s.step),
        }
    }

    /// Ticks or unticks a step and stamps the change with `now`. The automatic step cannot be
    /// ticked by hand: returns false and changes nothing. The arm of
    /// `RecordsAction::StarTwo` in the one `State::apply`:
    ///
    /// ```
    /// use jishin_shindan::features::after::model::star_two::StarTwoStep;
    /// use jishin_shindan::store::records::RecordsAction;
    /// use jishin_shindan::store::state::State;
    /// let mut state = State::default();
    /// let now = "2026-11-25T10:15:00.000Z";
    /// assert!(!state.apply(RecordsAction::StarTwo(StarTwoStep::DiagnosisDone, true), now).records);
    /// assert!(state.apply(RecordsAction::StarTwo(StarTwoStep::Declared, true), now).records);
    /// assert!(state.records.beyond.star_two.declared);
    /// ```
    pub(crate) fn set(&mut self, step: StarTwoStep, done: bool, now: &str) -> bool {
        let slot = match step {
            StarTwoStep::DiagnosisDone => return false,
            StarTwoStep::PolicyDrafted => &mut self.policy_drafted,
            StarTwoStep::PolicyPublished => &mut self.policy_published,
            StarTwoStep::Declared => &mut self.declared,
        };
        *slot = done;
        self.updated_at = Timestamp::parse(now);
        true
    }

    /// Keeps what is valid: a bad `updated_at` is cleared (the ticks stay).
    pub(crate) fn sanitize(self, bad_time: bool, notes: &mut Vec<super::AfterNote>) -> StarTwo {
        if bad_time {
            notes.push(super::AfterNote::BadTime(super::AfterPart::StarTwo));
        }
        self
    }
}

/// True when the diagnosis step of the ★★ path is done: a completed diagnosis is in the
/// history (`has_history`), or all 25 questions are answered now.
///
/// ```
/// use jishin_shindan::features::after::model::star_two::diagnosis_done;
/// use jishin_shindan::core::{Answers, Choice};
/// assert!(!diagnosis_done(&Answers::new(), false));
/// assert!(diagnosis_done(&Answers::new(), true));
/// assert!(diagnosis_done(&Answers::all(Choice::Partial), false));
/// ```
pub fn diagnosis_done(current: &Answers, has_history: bool) -> bool {
    current.is_complete() || has_history
}
