//! The labels of the action plan's model (what a task asks, the groups' headings, who to ask
//! about a わからない answer), in Japanese (the reference) and English (an unofficial
//! translation): one typed table per language, so a key missing in either does not compile; `tests/i18n.rs` checks that no text is empty, that English
//! has no Japanese and that the placeholders (`{name}`, filled with `fill`) match, and
//! `tests/messages.rs` renders every label and message.
//!
//! Where a sentence lives: a screen's words in its feature's `text.rs` (words several screens share
//! in `kit::text`, the shell's in `app::text`), a model's messages and labels in its own
//! `model/text.rs` (a model may not import its feature's components), the store's in `store::text`,
//! and the core's (shared by several features) in `core::text`.
//!
//! The English table is registered with the English chunk (`app::english`), as every screen's
//! is: a first visit in Japanese does not download it (issue 30).

use crate::core::lang::Lang;

/// Every text of the action plan's model.
#[derive(Debug, serde::Serialize)]
#[allow(missing_docs)]
pub struct Texts {
    pub kind_check: &'static str,
    pub kind_implement: &'static str,
    pub kind_improve: &'static str,
    pub group_part1: &'static str,
    pub group_check: &'static str,
    pub group_implement: &'static str,
    pub group_improve: &'static str,
    /// `check_hint` of No.1–25.
    pub check_hints: [&'static str; 25],
}

/// 日本語.
pub const JA: Texts = Texts {
    kind_check: "確認する",
    kind_implement: "実施する",
    kind_improve: "改善する",
    group_part1: "まず取り組む：Part 1 基本的対策",
    group_check: "わからなかった項目を確認する",
    group_implement: "実施していない項目に取り組む",
    group_improve: "一部実施している項目を仕上げる",
    check_hints: [
        "パソコンやスマホのOSとソフトウェアが自動で更新される設定になっているかを、社内のIT担当者または取引のあるIT業者に確認する。",
        "すべてのパソコンやスマホにウイルス対策ソフトが入っていて、ウイルス定義ファイルが自動で更新されているかを、IT担当者またはIT業者に確認する。",
        "業務で使うパスワードの長さや使い回し禁止のルールがあるかを、IT担当者または各サービスの管理者に確認する。",
        "共有フォルダやクラウド、NASの重要情報を見られる人が必要な人だけに限られ、退職者のアカウントが残っていないかを、IT担当者またはIT業者に確認する。",
        "IPAなどが出すセキュリティの注意喚起を誰が受け取り、社内にどう知らせているかを、経営者またはIT担当者に確認する。",
        "不審なメールを受け取ったときに開かず報告するルールと報告先が決まっているかを、IT担当者または上司に確認する。",
        "メールやFAXを送る前の宛先確認とBCCの使い方のルールがあるかを、上司または総務の担当者に確認する。",
        "重要情報をメールで送るときにファイルをパスワードで保護し、そのパスワードを別の手段で伝えているかを、上司またはIT担当者に確認する。",
        "事務所の無線LANがWPA2以上で暗号化され、推測されにくいパスワードになっているかを、IT担当者または機器を設置した業者に確認する。",
        "インターネットやSNSの利用ルールと、Webフィルタリングを使っているかを、IT担当者または総務の担当者に確認する。",
        "重要なデータのバックアップをいつ、どこに取っていて、元に戻せることを試したかを、IT担当者またはIT業者に確認する。",
        "重要な書類や電子媒体を机に放置しないルールと、鍵付きの保管場所があるかを、総務の担当者または上司に確認する。",
        "重要情報を持ち出すときの許可の仕組みと、ノートパソコンやスマホ、USBメモリのパスワードロックの設定を、上司またはIT担当者に確認する。",
        "離席時に画面をロックするルールや、一定時間で自動的にロックされる設定になっているかを、IT担当者に確認する。",
        "来訪者の受付など、関係者以外が事務所に入れないようにする仕組みがあるかを、総務の担当者に確認する。",
        "退社時にノートパソコンや備品を引き出しや書庫にしまって施錠しているかを、総務の担当者または上司に確認する。",
        "鍵の管理方法と、最後に退出する人が施錠して退出の記録を残す手順があるかを、総務の担当者に確認する。",
        "書類の細断や、パソコン・記録媒体を処分するときのデータ消去の方法を、総務の担当者または処分を依頼している業者に確認する。",
        "採用時に守秘義務を説明し、守秘に関する覚書を交わしているかを、経営者または人事・総務の担当者に確認する。",
        "従業員向けのセキュリティ研修や注意喚起をいつ、誰が行っているかを、経営者または総務の担当者に確認する。",
        "個人のパソコンやスマホを業務に使ってよいか、使う場合のルールがあるかを、経営者またはIT担当者に確認する。",
        "重要情報をやり取りする取引先との契約書や覚書に秘密保持条項があるかを、契約を担当している人に確認する。",
        "使っているクラウドサービスなどの外部サービスを、利用規約やセキュリティ対策を確かめて選んだかを、そのサービスを契約した担当者に確認する。",
        "情報の流出や紛失、盗難が起きたときの連絡先と対応手順が決まっているかを、経営者またはIT担当者に確認する。",
        "No.1～24の対策が社内のルールとして文書にまとめられ、従業員に示されているかを、経営者または総務の担当者に確認する。",
    ],
};

/// English.
pub const EN: Texts = Texts {
    kind_check: "Check",
    kind_implement: "Implement",
    kind_improve: "Improve",
    group_part1: "First: Part 1, basic measures",
    group_check: "Check the items you did not know",
    group_implement: "Start the items not implemented",
    group_improve: "Finish the items partly implemented",
    check_hints: [
        "Ask your IT staff or IT vendor whether the OS and software on your computers and phones are set to update automatically.",
        "Ask your IT staff or IT vendor whether every computer and phone has antivirus software, and whether its virus definitions update automatically.",
        "Ask your IT staff, or the administrator of each service, whether there are rules on password length and on not reusing passwords at work.",
        "Ask your IT staff or IT vendor whether only the people who need it can see important information in shared folders, the cloud or the NAS, and whether no accounts of former employees remain.",
        "Ask the owner or your IT staff who receives security alerts from IPA and others, and how they are passed on in the company.",
        "Ask your IT staff or your manager whether there is a rule to report suspicious emails without opening them, and who to report them to.",
        "Ask your manager or the person in charge of general affairs whether there are rules for checking the address before sending an email or fax, and for using BCC.",
        "Ask your manager or your IT staff whether files with important information sent by email are protected with a password, and whether that password is sent in a different way.",
        "Ask your IT staff or the vendor who installed the equipment whether the office Wi-Fi is encrypted with WPA2 or better and has a password that is hard to guess.",
        "Ask your IT staff or the person in charge of general affairs whether there are rules for using the internet and social media, and whether web filtering is used.",
        "Ask your IT staff or IT vendor when and where important data is backed up, and whether restoring it has been tested.",
        "Ask the person in charge of general affairs or your manager whether there is a rule not to leave important papers and media on desks, and whether there is a place to lock them away.",
        "Ask your manager or your IT staff how taking important information out of the office is approved, and how laptops, phones and USB memory sticks are locked with a password.",
        "Ask your IT staff whether there is a rule to lock the screen when leaving the desk, and whether screens lock automatically after some time.",
        "Ask the person in charge of general affairs whether there is a way, such as a reception for visitors, to keep outsiders out of the office.",
        "Ask the person in charge of general affairs or your manager whether laptops and equipment are locked away in drawers or cabinets at the end of the day.",
        "Ask the person in charge of general affairs how keys are managed, and whether the last person to leave locks up and records it.",
        "Ask the person in charge of general affairs, or the company that handles disposal, how papers are shredded and how data is erased when computers and storage media are thrown away.",
        "Ask the owner or the person in charge of HR or general affairs whether confidentiality is explained when hiring, and whether a confidentiality agreement is signed.",
        "Ask the owner or the person in charge of general affairs when, and by whom, security training and reminders for employees are given.",
        "Ask the owner or your IT staff whether personal computers and phones may be used for work, and what the rules are if so.",
        "Ask the person in charge of contracts whether contracts or agreements with partners who exchange important information have a confidentiality clause.",
        "Ask the person who signed up for each outside service (such as a cloud service) whether its terms of use and security were checked before choosing it.",
        "Ask the owner or your IT staff whether there are contacts and steps to follow when information is leaked, lost or stolen.",
        "Ask the owner or the person in charge of general affairs whether the measures of No. 1–24 are written down as company rules and shown to employees.",
    ],
};

/// The table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&JA)
}
