//! The optional step-up checklist (ステップアップ・チェックリスト): for companies that reach 100
//! points, whose band says 「ステップアップを検討しましょう」.
//!
//! Built from section 1 「講じていただきたい対策」 of the notice 「サイバーセキュリティ対策の強化に
//! ついて(注意喚起)」 (in the seed text): strong authentication and multi-factor authentication,
//! unused accounts, an inventory of devices including IoT, prompt patching of VPN and gateway
//! devices, phishing awareness and quick reporting, server logs, network monitoring and access
//! control, backup **and** a tested restore, and an incident procedure with a contact list.
//!
//! Answers use the diagnosis' scale ([`Choice`]) and are saved with the records, but they are a
//! separate checklist: [`StepUp`] is never part of [`crate::core::Answers`] and never changes
//! the 100-point score.

use std::collections::BTreeMap;

use crate::core::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

use crate::core::question::Choice;
use crate::core::time::Timestamp;

/// The three headings of the notice's section 1, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepUpGroup {
    /// (1) リスク低減のための措置
    ReduceRisk,
    /// (2) インシデントの早期検知
    EarlyDetection,
    /// (3) インシデント発生時の適切な対処・回復
    Response,
}

impl StepUpGroup {
    /// All groups in the notice's order.
    pub const ALL: [StepUpGroup; 3] = [
        StepUpGroup::ReduceRisk,
        StepUpGroup::EarlyDetection,
        StepUpGroup::Response,
    ];

    /// The heading as printed in the notice (without its number).
    pub fn title(self, lang: Lang) -> &'static str {
        let text = match self {
            StepUpGroup::ReduceRisk => Text {
                ja: "リスク低減のための措置",
                en: "Measures to reduce risk",
            },
            StepUpGroup::EarlyDetection => Text {
                ja: "インシデントの早期検知",
                en: "Detecting incidents early",
            },
            StepUpGroup::Response => Text {
                ja: "インシデント発生時の適切な対処・回復",
                en: "Handling and recovering from an incident properly",
            },
        };
        text.get(lang)
    }

    /// 1, 2 or 3 as printed (「(1)」).
    pub fn number(self) -> u8 {
        match self {
            StepUpGroup::ReduceRisk => 1,
            StepUpGroup::EarlyDetection => 2,
            StepUpGroup::Response => 3,
        }
    }
}

/// One item of the step-up checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepUpItem {
    /// 1–[`ITEM_COUNT`], the order shown.
    pub id: u8,
    /// The notice's heading it belongs to.
    pub group: StepUpGroup,
    /// A short title.
    pub title: &'static str,
    /// The question, answered on the diagnosis' four-choice scale.
    pub question: &'static str,
    /// What doing it looks like in a small company (our wording).
    pub hint: &'static str,
    /// The measure in the notice this item comes from, word for word.
    pub source: &'static str,
    /// [`StepUpItem::title`] in English.
    pub title_en: &'static str,
    /// [`StepUpItem::question`] in English.
    pub question_en: &'static str,
    /// [`StepUpItem::hint`] in English.
    pub hint_en: &'static str,
    /// Our English translation of [`StepUpItem::source`] (the Japanese stays the quoted
    /// original).
    pub source_en: &'static str,
}

impl StepUpItem {
    /// The item's title, question and hint.
    pub fn texts(&self, lang: Lang) -> (&'static str, &'static str, &'static str) {
        match lang {
            Lang::Ja => (self.title, self.question, self.hint),
            Lang::En => (self.title_en, self.question_en, self.hint_en),
        }
    }
}

/// The notice's name, for the source line (and our unofficial English translation).
pub const NOTICE_TITLE: Text = Text {
    ja: "サイバーセキュリティ対策の強化について(注意喚起)",
    en: "Strengthening cybersecurity measures (alert)",
};

const AUTH: &str = "パスワードが単純でないかの確認、アクセス権限の確認・多要素認証の利用・不要なアカウントの削除等により、本人認証を強化する。";
const ASSETS: &str = "IoT 機器を含む情報資産の保有状況を把握する。特にVPN 装置やゲートウェイ等、インターネットとの接続を制御する装置の脆弱性は、攻撃に悪用されることが多いことから、セキュリティパッチ(最新のファームウェアや更新プログラム等)を迅速に適用する。";
const MAIL: &str = "メールの添付ファイルを不用意に開かない、URL を不用意にクリックしない、連絡・相談を迅速に行うこと等について、組織内に周知する。";
const LOGS: &str = "サーバ等における各種ログを確認する。";
const NETWORK: &str = "通信の監視・分析やアクセスコントロールを再点検する。";
const BACKUP: &str = "データ消失等に備えて、データのバックアップの実施及び復旧手順を確認する。";
const INCIDENT: &str = "インシデント発生時に備えて、インシデントを認知した際の対処手順を確認し、対外応答や社内連絡体制等を準備する。";

const AUTH_EN: &str = "Strengthen user authentication: check that passwords are not simple, check access rights, use multi-factor authentication and delete unneeded accounts.";
const ASSETS_EN: &str = "Know what information assets you hold, including IoT devices. In particular, vulnerabilities of devices that control the connection to the internet, such as VPN devices and gateways, are often exploited in attacks, so apply security patches (the latest firmware, updates and so on) promptly.";
const MAIL_EN: &str = "Make sure everyone in the organisation knows not to open email attachments or click URLs carelessly, and to report and ask for advice quickly.";
const LOGS_EN: &str = "Check the various logs on servers and other systems.";
const NETWORK_EN: &str =
    "Review again how communications are monitored and analysed, and how access is controlled.";
const BACKUP_EN: &str =
    "In case data is lost, back up data and check the procedure for restoring it.";
const INCIDENT_EN: &str = "In case an incident happens, check the procedure for when one is noticed, and prepare how to respond externally and how to communicate within the company.";

/// Number of items.
pub const ITEM_COUNT: usize = 10;

/// The checklist, in order.
pub const ITEMS: [StepUpItem; ITEM_COUNT] = [
    StepUpItem {
        id: 1,
        group: StepUpGroup::ReduceRisk,
        title: "本人認証の強化（多要素認証）",
        question: "メールやクラウドサービス、VPNなど社外から使える入口に多要素認証（パスワードに加えてスマホに届く確認コードなど）を設定し、単純なパスワードが残っていないか確認していますか？",
        hint: "社外から入れるサービスを書き出し、多要素認証を有効にできるものから順に設定する。初期設定のままのパスワードや短いパスワードは変更する。",
        source: AUTH,
        title_en: "Stronger authentication (multi-factor authentication)",
        question_en: "Have you set up multi-factor authentication (a code sent to a phone in addition to the password, for example) on every way in from outside the company — email, cloud services, VPN and so on — and checked that no simple passwords are left?",
        hint_en: "List the services that can be reached from outside and turn on multi-factor authentication wherever it is available. Change default or short passwords.",
        source_en: AUTH_EN,
    },
    StepUpItem {
        id: 2,
        group: StepUpGroup::ReduceRisk,
        title: "不要なアカウントの削除と権限の確認",
        question: "退職者のアカウントや使っていないアカウントを削除し、それぞれのアカウントの権限が業務に必要な範囲に限られているか確認していますか？",
        hint: "サービスごとにアカウントの一覧を作り、退職や異動のたびに削除や権限の変更を行う。管理者権限を持つ人も年に一度は見直す。",
        source: AUTH,
        title_en: "Deleting unneeded accounts and checking rights",
        question_en: "Do you delete the accounts of people who have left and accounts nobody uses, and check that each account's rights are limited to what the work needs?",
        hint_en: "Keep a list of accounts per service and delete or change them whenever someone leaves or changes role. Review who has administrator rights at least once a year.",
        source_en: AUTH_EN,
    },
    StepUpItem {
        id: 3,
        group: StepUpGroup::ReduceRisk,
        title: "IoT機器を含む機器の把握",
        question: "パソコンやサーバーだけでなく、ルーター、複合機、ネットワークカメラなどのIoT機器も含めて、社内でつながっている機器を一覧にして把握していますか？",
        hint: "機器の種類、置き場所、管理する人、ソフトウェアやファームウェアのバージョンを一覧にし、機器を入れ替えたら更新する。",
        source: ASSETS,
        title_en: "Knowing your devices, including IoT devices",
        question_en: "Do you keep a list of the devices connected in the company — not only computers and servers but also IoT devices such as routers, multifunction printers and network cameras?",
        hint_en: "List each device's type, location, the person in charge and its software or firmware version, and update the list when devices are replaced.",
        source_en: ASSETS_EN,
    },
    StepUpItem {
        id: 4,
        group: StepUpGroup::ReduceRisk,
        title: "VPN装置・ゲートウェイの更新",
        question: "VPN装置やルーターなど、インターネットとの接続を受け持つ機器のファームウェアや更新プログラムを、公開されたら速やかに適用していますか？",
        hint: "機器メーカーや保守業者からの脆弱性の知らせを誰が受け取るかを決め、適用した日を記録する。保守契約で更新を任せられるかも確かめる。",
        source: ASSETS,
        title_en: "Updating VPN devices and gateways",
        question_en: "Do you apply firmware and updates to devices that handle the connection to the internet, such as VPN devices and routers, promptly once they are released?",
        hint_en: "Decide who receives vulnerability notices from the maker or maintenance company, and record the date each update is applied. Check whether the maintenance contract can cover updates.",
        source_en: ASSETS_EN,
    },
    StepUpItem {
        id: 5,
        group: StepUpGroup::ReduceRisk,
        title: "不審なメールへの注意と素早い報告",
        question: "メールの添付ファイルやURLを不用意に開かないこと、おかしいと思ったらすぐに連絡・相談することを、社内に周知していますか？",
        hint: "報告先（名前と連絡方法）を決めて全員に知らせる。うっかり開いてしまった人が責められずにすぐ報告できるようにしておく。",
        source: MAIL,
        title_en: "Care with suspicious email and quick reporting",
        question_en: "Has everyone in the company been told not to open email attachments or URLs carelessly, and to report and ask for advice as soon as something seems wrong?",
        hint_en: "Decide who to report to (a name and how to reach them) and tell everyone. Make sure someone who opened something by mistake can report it at once without being blamed.",
        source_en: MAIL_EN,
    },
    StepUpItem {
        id: 6,
        group: StepUpGroup::EarlyDetection,
        title: "ログの確認",
        question: "サーバーやネットワーク機器、クラウドサービスのログ（ログインの記録など）を、定期的に確認していますか？",
        hint: "どの機器やサービスにログがあり、何日分残るかを確かめる。見慣れない時間帯や場所からのログインがないか、月に一度は見る。",
        source: LOGS,
        title_en: "Checking logs",
        question_en: "Do you regularly check the logs (sign-in records and so on) of servers, network devices and cloud services?",
        hint_en: "Find out which devices and services keep logs and for how many days. At least once a month, look for sign-ins at unusual times or from unusual places.",
        source_en: LOGS_EN,
    },
    StepUpItem {
        id: 7,
        group: StepUpGroup::EarlyDetection,
        title: "通信の監視とアクセス制御の点検",
        question: "社外から接続できる範囲やファイアウォールの設定など、通信の監視とアクセス制御を改めて点検していますか？",
        hint: "社外から接続できる機器やサービスを一覧にし、使っていない接続口は閉じる。設定の点検はIT業者に依頼してもよい。",
        source: NETWORK,
        title_en: "Monitoring communications and reviewing access control",
        question_en: "Have you reviewed again how communications are monitored and how access is controlled, such as what can be reached from outside and the firewall settings?",
        hint_en: "List the devices and services that can be reached from outside, and close the ways in that are not used. You may ask an IT company to review the settings.",
        source_en: NETWORK_EN,
    },
    StepUpItem {
        id: 8,
        group: StepUpGroup::Response,
        title: "バックアップの実施",
        question: "重要なデータのバックアップを定期的に取り、普段はネットワークにつないでいない場所にも保管していますか？",
        hint: "ランサムウェアにバックアップまで暗号化されないよう、つなぎっぱなしにしない媒体やサービスに、日付を分けて複数残す。",
        source: BACKUP,
        title_en: "Making backups",
        question_en: "Do you regularly back up important data and also keep copies somewhere that is normally not connected to the network?",
        hint_en: "So that ransomware cannot encrypt the backups too, keep several dated copies on media or services that are not always connected.",
        source_en: BACKUP_EN,
    },
    StepUpItem {
        id: 9,
        group: StepUpGroup::Response,
        title: "復旧手順の確認（戻せることを試す）",
        question: "バックアップからデータを実際に元に戻せることを、手順に沿って試したことがありますか？",
        hint: "戻し方を手順書にし、年に一度は一部のデータを実際に戻して、かかる時間と手順を確かめる。",
        source: BACKUP,
        title_en: "Checking the restore procedure (test that you can restore)",
        question_en: "Have you ever tested, following the procedure, that data can actually be restored from a backup?",
        hint_en: "Write down how to restore, and at least once a year actually restore part of the data to check the time it takes and the steps.",
        source_en: BACKUP_EN,
    },
    StepUpItem {
        id: 10,
        group: StepUpGroup::Response,
        title: "事故対応の手順と連絡先",
        question: "セキュリティ事故に気づいたときの対処手順と、社内の連絡体制や取引先・関係機関への連絡先を準備していますか？",
        hint: "最初にすること（機器をネットワークから外すなど）、誰に連絡するか、社外への説明を誰がするかを1枚にまとめ、連絡先の一覧と一緒に配る。",
        source: INCIDENT,
        title_en: "Incident procedure and contacts",
        question_en: "Have you prepared what to do when you notice a security incident, how to communicate within the company, and the contacts of business partners and the relevant authorities?",
        hint_en: "Put on one page what to do first (such as disconnecting devices from the network), who to contact, and who explains to people outside the company, and hand it out with the list of contacts.",
        source_en: INCIDENT_EN,
    },
];

/// The item with this id.
///
/// ```
/// use jishin_shindan::features::after::model::step_up;
/// assert_eq!(step_up::item(9).map(|i| i.title), Some("復旧手順の確認（戻せることを試す）"));
/// assert!(step_up::item(11).is_none());
/// ```
pub fn item(id: u8) -> Option<&'static StepUpItem> {
    ITEMS.iter().find(|i| i.id == id)
}

/// The items under one of the notice's headings, in order.
pub fn items_of(group: StepUpGroup) -> impl Iterator<Item = &'static StepUpItem> {
    ITEMS.iter().filter(move |i| i.group == group)
}

/// The answers to the step-up checklist (saved with the records, apart from the diagnosis).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepUp {
    /// Answer per item id (unanswered items are absent).
    pub answers: BTreeMap<u8, Choice>,
    /// When an answer last changed (`None` = never; stored as `""`).
    #[serde(
        deserialize_with = "crate::core::time::lenient",
        serialize_with = "crate::core::time::text_or_empty"
    )]
    pub updated_at: Option<Timestamp>,
}

/// How many step-up items got each answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepUpSummary {
    /// Items answered.
    pub answered: usize,
    /// Items answered 実施している.
    pub done: usize,
    /// Items answered わからない.
    pub unknown: usize,
    /// All items.
    pub total: usize,
}

impl StepUp {
    /// The answer to item `id`.
    pub fn get(&self, id: u8) -> Option<Choice> {
        self.answers.get(&id).copied()
    }

    /// Sets (or clears) the answer to item `id`, stamped with `now`. Returns false and changes
    /// nothing for an id that is not on the checklist. The arm of `RecordsAction::StepUp` in the
    /// one `State::apply`:
    ///
    /// ```
    /// use jishin_shindan::core::Choice;
    /// use jishin_shindan::store::records::RecordsAction;
    /// use jishin_shindan::store::state::State;
    /// let mut state = State::default();
    /// let now = "2026-11-25T10:15:00.000Z";
    /// assert!(state.apply(RecordsAction::StepUp(9, Some(Choice::NotDone)), now).records);
    /// assert!(!state.apply(RecordsAction::StepUp(42, Some(Choice::Done)), now).records);
    /// assert_eq!(state.records.beyond.step_up.summary().answered, 1);
    /// ```
    pub(crate) fn answer(&mut self, id: u8, choice: Option<Choice>, now: &str) -> bool {
        if item(id).is_none() {
            return false;
        }
        match choice {
            Some(c) => {
                self.answers.insert(id, c);
            }
            None => {
                self.answers.remove(&id);
            }
        }
        self.updated_at = Timestamp::parse(now);
        true
    }

    /// Counts for the line above the checklist. There are no points: the step-up list is not
    /// scored, so nobody mistakes it for the diagnosis' total.
    pub fn summary(&self) -> StepUpSummary {
        let count = |c: Choice| self.answers.values().filter(|&&a| a == c).count();
        StepUpSummary {
            answered: self.answers.len(),
            done: count(Choice::Done),
            unknown: count(Choice::Unknown),
            total: ITEM_COUNT,
        }
    }

    /// Keeps what is valid: answers to ids that are not on the checklist are dropped and a bad
    /// `updated_at` is cleared.
    pub(crate) fn sanitize(mut self, bad_time: bool, notes: &mut Vec<super::AfterNote>) -> StepUp {
        let before = self.answers.len();
        self.answers.retain(|id, _| item(*id).is_some());
        let dropped = before - self.answers.len();
        if dropped > 0 {
            notes.push(super::AfterNote::StepUpDropped(dropped));
        }
        if bad_time {
            notes.push(super::AfterNote::BadTime(super::AfterPart::StepUp));
        }
        self
    }
}
