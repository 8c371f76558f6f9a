//! The action plan (対策リスト): one task per question not answered 実施している, in the order
//! an owner should work through them.
//!
//! Order: Part 1 first (the sheet asks every company to do these five), then the わからない
//! items as 「確認する」 tasks, then 実施していない, then 一部実施している; number order within
//! each group. The user's progress on each task is kept in [`Records::plan`]; ticking a task never
//! changes a diagnosis.

use std::collections::BTreeMap;

use crate::core::answers::Answers;
use crate::core::catalog;
use crate::core::lang::{Lang, Text};
use crate::core::question::{Choice, Part, Question, QuestionNo};
use crate::features::plan::model::task::TaskState;

pub mod task;

/// What the task asks of the user, from the answer given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskKind {
    /// Answered わからない: find out first (see [`check_hint`]).
    Check,
    /// Answered 実施していない: start doing it.
    Implement,
    /// Answered 一部実施している: finish doing it.
    Improve,
}

impl TaskKind {
    /// The kind of task for an answer; `None` for 実施している (no task).
    pub fn of(choice: Choice) -> Option<TaskKind> {
        match choice {
            Choice::Done => None,
            Choice::Partial => Some(TaskKind::Improve),
            Choice::NotDone => Some(TaskKind::Implement),
            Choice::Unknown => Some(TaskKind::Check),
        }
    }

    /// The verb shown on the task.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::plan::model::TaskKind;
    /// assert_eq!(TaskKind::Check.label(Lang::Ja), "確認する");
    /// assert_eq!(TaskKind::Check.label(Lang::En), "Check");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            TaskKind::Check => Text {
                ja: "確認する",
                en: "Check",
            },
            TaskKind::Implement => Text {
                ja: "実施する",
                en: "Implement",
            },
            TaskKind::Improve => Text {
                ja: "改善する",
                en: "Improve",
            },
        };
        text.get(lang)
    }

    /// Stable token for CSS classes and tests (`check`, `implement`, `improve`).
    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Check => "check",
            TaskKind::Implement => "implement",
            TaskKind::Improve => "improve",
        }
    }
}

/// The priority groups of the plan, in the order they are worked through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// Part 1 (基本的対策), whatever the answer.
    Part1,
    /// わからない, to be checked.
    Check,
    /// 実施していない.
    Implement,
    /// 一部実施している.
    Improve,
}

impl Group {
    /// Every group, in order.
    pub const ALL: [Group; 4] = [Group::Part1, Group::Check, Group::Implement, Group::Improve];

    /// The group's heading.
    ///
    /// ```
    /// use jishin_shindan::core::lang::Lang;
    /// use jishin_shindan::features::plan::model::Group;
    /// assert_eq!(Group::Part1.label(Lang::Ja), "まず取り組む：Part 1 基本的対策");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            Group::Part1 => Text {
                ja: "まず取り組む：Part 1 基本的対策",
                en: "First: Part 1, basic measures",
            },
            Group::Check => Text {
                ja: "わからなかった項目を確認する",
                en: "Check the items you did not know",
            },
            Group::Implement => Text {
                ja: "実施していない項目に取り組む",
                en: "Start the items not implemented",
            },
            Group::Improve => Text {
                ja: "一部実施している項目を仕上げる",
                en: "Finish the items partly implemented",
            },
        };
        text.get(lang)
    }
}

/// One task of the action plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Task {
    /// The question number.
    pub no: QuestionNo,
    /// What to do.
    pub kind: TaskKind,
    /// Its priority group; tasks come sorted by it.
    pub priority_group: Group,
    /// The answer given.
    pub choice: Choice,
    /// The question with its 解説 and 対策例.
    pub question: &'static Question,
}

impl Task {
    /// For 「確認する」 tasks, who to ask and what to check ([`check_hint`]); `None` otherwise.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        (self.kind == TaskKind::Check).then(|| check_hint(self.no, lang))
    }
}

/// The plan's tasks under their group's heading: each group that has a task, in [`Group::ALL`]
/// order, with its tasks in plan order.
///
/// ```
/// use jishin_shindan::features::plan::model::{by_group, tasks, Group};
/// use jishin_shindan::core::{Answers, Choice};
/// let answers = Answers::all(Choice::Done).with(20, Choice::Partial).with(4, Choice::Partial);
/// let groups: Vec<(Group, Vec<u8>)> = by_group(&tasks(&answers))
///     .into_iter()
///     .map(|(g, list)| (g, list.iter().map(|t| t.no).collect()))
///     .collect();
/// assert_eq!(groups, vec![(Group::Part1, vec![4]), (Group::Improve, vec![20])]);
/// ```
pub fn by_group(tasks: &[Task]) -> Vec<(Group, Vec<Task>)> {
    Group::ALL
        .into_iter()
        .map(|group| {
            let list = tasks.iter().copied().filter(|t| t.priority_group == group);
            (group, list.collect::<Vec<_>>())
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// The action plan for a set of answers: every answered question not answered 実施している,
/// in priority order (Part 1; わからない; 実施していない; 一部実施している — number order within
/// each). Unanswered questions give no task.
///
/// ```
/// use jishin_shindan::features::plan::model::{tasks, TaskKind};
/// use jishin_shindan::core::{Answers, Choice};
/// let answers = Answers::all(Choice::Done)
///     .with(20, Choice::Partial)
///     .with(9, Choice::Unknown)
///     .with(4, Choice::Partial);
/// let order: Vec<(u8, TaskKind)> = tasks(&answers).iter().map(|t| (t.no, t.kind)).collect();
/// assert_eq!(order, vec![(4, TaskKind::Improve), (9, TaskKind::Check), (20, TaskKind::Improve)]);
/// ```
pub fn tasks(answers: &Answers) -> Vec<Task> {
    let mut tasks: Vec<Task> = catalog::QUESTIONS
        .iter()
        .filter_map(|question| {
            let choice = answers.get(question.no)?;
            let kind = TaskKind::of(choice)?;
            let priority_group = if question.part == Part::Basic {
                Group::Part1
            } else {
                match kind {
                    TaskKind::Check => Group::Check,
                    TaskKind::Implement => Group::Implement,
                    TaskKind::Improve => Group::Improve,
                }
            };
            Some(Task {
                no: question.no,
                kind,
                priority_group,
                choice,
                question,
            })
        })
        .collect();
    // Stable: the catalog is in number order, so each group stays in number order.
    tasks.sort_by_key(|t| t.priority_group);
    tasks
}

/// How far the user has got with the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Tasks ticked as done.
    pub done: usize,
    /// All tasks.
    pub total: usize,
}

/// Counts the tasks of `answers` that are ticked in `plan` (ticks for questions that are no
/// longer tasks do not count).
///
/// ```
/// use jishin_shindan::features::plan::model::progress;
/// use jishin_shindan::store::records::Records;
/// use jishin_shindan::core::{Answers, Choice};
/// let mut records = Records::default();
/// records.update_task(2, "2026-11-25T10:15:00.000Z", |t| t.done = true);
/// let p = progress(&Answers::all(Choice::NotDone), &records.plan);
/// assert_eq!((p.done, p.total), (1, 25));
/// ```
pub fn progress(answers: &Answers, plan: &BTreeMap<QuestionNo, TaskState>) -> Progress {
    let all = tasks(answers);
    Progress {
        done: all
            .iter()
            .filter(|t| plan.get(&t.no).is_some_and(|s| s.done))
            .count(),
        total: all.len(),
    }
}

/// For a わからない answer: who to ask and what to check, as a short instruction ([`Task`]'s
/// 「確認する」). Empty for numbers outside 1–25.
///
/// ```
/// use jishin_shindan::core::lang::Lang;
/// use jishin_shindan::features::plan::model::check_hint;
/// assert!(check_hint(1, Lang::Ja).contains("IT業者"));
/// assert!(check_hint(1, Lang::En).contains("IT vendor"));
/// assert_eq!(check_hint(26, Lang::Ja), "");
/// ```
pub fn check_hint(no: QuestionNo, lang: Lang) -> &'static str {
    usize::from(no)
        .checked_sub(1)
        .and_then(|i| CHECK_HINTS.get(i))
        .map_or("", |t| t.get(lang))
}

/// [`check_hint`] of No.1–25.
const CHECK_HINTS: [Text; 25] = [
    Text {
        ja: "パソコンやスマホのOSとソフトウェアが自動で更新される設定になっているかを、社内のIT担当者または取引のあるIT業者に確認する。",
        en: "Ask your IT staff or IT vendor whether the OS and software on your computers and phones are set to update automatically.",
    },
    Text {
        ja: "すべてのパソコンやスマホにウイルス対策ソフトが入っていて、ウイルス定義ファイルが自動で更新されているかを、IT担当者またはIT業者に確認する。",
        en: "Ask your IT staff or IT vendor whether every computer and phone has antivirus software, and whether its virus definitions update automatically.",
    },
    Text {
        ja: "業務で使うパスワードの長さや使い回し禁止のルールがあるかを、IT担当者または各サービスの管理者に確認する。",
        en: "Ask your IT staff, or the administrator of each service, whether there are rules on password length and on not reusing passwords at work.",
    },
    Text {
        ja: "共有フォルダやクラウド、NASの重要情報を見られる人が必要な人だけに限られ、退職者のアカウントが残っていないかを、IT担当者またはIT業者に確認する。",
        en: "Ask your IT staff or IT vendor whether only the people who need it can see important information in shared folders, the cloud or the NAS, and whether no accounts of former employees remain.",
    },
    Text {
        ja: "IPAなどが出すセキュリティの注意喚起を誰が受け取り、社内にどう知らせているかを、経営者またはIT担当者に確認する。",
        en: "Ask the owner or your IT staff who receives security alerts from IPA and others, and how they are passed on in the company.",
    },
    Text {
        ja: "不審なメールを受け取ったときに開かず報告するルールと報告先が決まっているかを、IT担当者または上司に確認する。",
        en: "Ask your IT staff or your manager whether there is a rule to report suspicious emails without opening them, and who to report them to.",
    },
    Text {
        ja: "メールやFAXを送る前の宛先確認とBCCの使い方のルールがあるかを、上司または総務の担当者に確認する。",
        en: "Ask your manager or the person in charge of general affairs whether there are rules for checking the address before sending an email or fax, and for using BCC.",
    },
    Text {
        ja: "重要情報をメールで送るときにファイルをパスワードで保護し、そのパスワードを別の手段で伝えているかを、上司またはIT担当者に確認する。",
        en: "Ask your manager or your IT staff whether files with important information sent by email are protected with a password, and whether that password is sent in a different way.",
    },
    Text {
        ja: "事務所の無線LANがWPA2以上で暗号化され、推測されにくいパスワードになっているかを、IT担当者または機器を設置した業者に確認する。",
        en: "Ask your IT staff or the vendor who installed the equipment whether the office Wi-Fi is encrypted with WPA2 or better and has a password that is hard to guess.",
    },
    Text {
        ja: "インターネットやSNSの利用ルールと、Webフィルタリングを使っているかを、IT担当者または総務の担当者に確認する。",
        en: "Ask your IT staff or the person in charge of general affairs whether there are rules for using the internet and social media, and whether web filtering is used.",
    },
    Text {
        ja: "重要なデータのバックアップをいつ、どこに取っていて、元に戻せることを試したかを、IT担当者またはIT業者に確認する。",
        en: "Ask your IT staff or IT vendor when and where important data is backed up, and whether restoring it has been tested.",
    },
    Text {
        ja: "重要な書類や電子媒体を机に放置しないルールと、鍵付きの保管場所があるかを、総務の担当者または上司に確認する。",
        en: "Ask the person in charge of general affairs or your manager whether there is a rule not to leave important papers and media on desks, and whether there is a place to lock them away.",
    },
    Text {
        ja: "重要情報を持ち出すときの許可の仕組みと、ノートパソコンやスマホ、USBメモリのパスワードロックの設定を、上司またはIT担当者に確認する。",
        en: "Ask your manager or your IT staff how taking important information out of the office is approved, and how laptops, phones and USB memory sticks are locked with a password.",
    },
    Text {
        ja: "離席時に画面をロックするルールや、一定時間で自動的にロックされる設定になっているかを、IT担当者に確認する。",
        en: "Ask your IT staff whether there is a rule to lock the screen when leaving the desk, and whether screens lock automatically after some time.",
    },
    Text {
        ja: "来訪者の受付など、関係者以外が事務所に入れないようにする仕組みがあるかを、総務の担当者に確認する。",
        en: "Ask the person in charge of general affairs whether there is a way, such as a reception for visitors, to keep outsiders out of the office.",
    },
    Text {
        ja: "退社時にノートパソコンや備品を引き出しや書庫にしまって施錠しているかを、総務の担当者または上司に確認する。",
        en: "Ask the person in charge of general affairs or your manager whether laptops and equipment are locked away in drawers or cabinets at the end of the day.",
    },
    Text {
        ja: "鍵の管理方法と、最後に退出する人が施錠して退出の記録を残す手順があるかを、総務の担当者に確認する。",
        en: "Ask the person in charge of general affairs how keys are managed, and whether the last person to leave locks up and records it.",
    },
    Text {
        ja: "書類の細断や、パソコン・記録媒体を処分するときのデータ消去の方法を、総務の担当者または処分を依頼している業者に確認する。",
        en: "Ask the person in charge of general affairs, or the company that handles disposal, how papers are shredded and how data is erased when computers and storage media are thrown away.",
    },
    Text {
        ja: "採用時に守秘義務を説明し、守秘に関する覚書を交わしているかを、経営者または人事・総務の担当者に確認する。",
        en: "Ask the owner or the person in charge of HR or general affairs whether confidentiality is explained when hiring, and whether a confidentiality agreement is signed.",
    },
    Text {
        ja: "従業員向けのセキュリティ研修や注意喚起をいつ、誰が行っているかを、経営者または総務の担当者に確認する。",
        en: "Ask the owner or the person in charge of general affairs when, and by whom, security training and reminders for employees are given.",
    },
    Text {
        ja: "個人のパソコンやスマホを業務に使ってよいか、使う場合のルールがあるかを、経営者またはIT担当者に確認する。",
        en: "Ask the owner or your IT staff whether personal computers and phones may be used for work, and what the rules are if so.",
    },
    Text {
        ja: "重要情報をやり取りする取引先との契約書や覚書に秘密保持条項があるかを、契約を担当している人に確認する。",
        en: "Ask the person in charge of contracts whether contracts or agreements with partners who exchange important information have a confidentiality clause.",
    },
    Text {
        ja: "使っているクラウドサービスなどの外部サービスを、利用規約やセキュリティ対策を確かめて選んだかを、そのサービスを契約した担当者に確認する。",
        en: "Ask the person who signed up for each outside service (such as a cloud service) whether its terms of use and security were checked before choosing it.",
    },
    Text {
        ja: "情報の流出や紛失、盗難が起きたときの連絡先と対応手順が決まっているかを、経営者またはIT担当者に確認する。",
        en: "Ask the owner or your IT staff whether there are contacts and steps to follow when information is leaked, lost or stolen.",
    },
    Text {
        ja: "No.1～24の対策が社内のルールとして文書にまとめられ、従業員に示されているかを、経営者または総務の担当者に確認する。",
        en: "Ask the owner or the person in charge of general affairs whether the measures of No. 1–24 are written down as company rules and shown to employees.",
    },
];
