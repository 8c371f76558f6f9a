//! Plain words: a glossary of the technical terms in the questions and 解説, and short dated notes
//! 「補足（2026年時点）」 shown beside advice that has aged.
//!
//! Both are our own writing, never IPA's: the UI shows them apart from the pamphlet's text, which
//! stays word for word. Each explanation is one or two plain sentences for a small-business owner.

use crate::core::question::QuestionNo;

/// One glossary entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Stable identifier (lowercase ASCII, words joined by `-`), for anchors and tests.
    pub id: &'static str,
    /// The term as it appears in the Japanese text (and the glossary's Japanese heading).
    pub ja: &'static str,
    /// Other spellings or phrases in the Japanese text that mean this term.
    pub aliases: &'static [&'static str],
    /// One or two plain sentences in Japanese.
    pub explanation_ja: &'static str,
}

/// The glossary, grouped roughly as the questions meet the terms.
pub const TERMS: &[Term] = &[
    Term {
        id: "os",
        ja: "OS",
        aliases: &[],
        explanation_ja: "パソコンやスマホを動かすための基本のソフトウェアです。Windows、macOS、iOS、Androidなどがあります。",
    },
    Term {
        id: "security-update",
        ja: "修正プログラム",
        aliases: &["Windows Update"],
        explanation_ja: "ソフトウェアの欠陥（脆弱性）を直すために、メーカーが配るプログラムです。「アップデート」「更新プログラム」「パッチ」とも呼ばれます。",
    },
    Term {
        id: "vulnerability",
        ja: "脆弱性",
        aliases: &[],
        explanation_ja: "ソフトウェアや機器にある、セキュリティ上の弱点（欠陥）です。攻撃者はこの弱点を使って、ウイルスを送り込んだり機器を乗っ取ったりします。",
    },
    Term {
        id: "virus",
        ja: "ウイルス",
        aliases: &[],
        explanation_ja: "パソコンやスマホに入り込んで、情報を盗んだりデータを壊したりする悪いプログラムです。「マルウェア」とも呼ばれます。",
    },
    Term {
        id: "antivirus-software",
        ja: "ウイルス対策ソフト",
        aliases: &[],
        explanation_ja: "ウイルスを見つけて、入り込むのを防いだり取り除いたりするソフトウェアです。",
    },
    Term {
        id: "virus-definition-file",
        ja: "ウイルス定義ファイル",
        aliases: &["パターンファイル"],
        explanation_ja: "ウイルス対策ソフトがウイルスを見分けるために使うデータです。新しいウイルスは毎日出てくるので、常に最新にしておく必要があります。",
    },
    Term {
        id: "ransomware",
        ja: "ランサムウェア",
        // No.2 describes it without naming it.
        aliases: &["ファイルを勝手に暗号化するウイルス"],
        explanation_ja: "ファイルを勝手に暗号化して使えなくし、元に戻すことと引き換えにお金を要求するウイルスです。バックアップがあれば、データを取り戻しやすくなります。",
    },
    Term {
        id: "targeted-attack",
        ja: "標的型攻撃",
        // No.5 describes its typical email without naming it.
        aliases: &["取引先や関係者と偽ってウイルス付のメール"],
        explanation_ja: "特定の会社や人をねらう攻撃です。取引先や知り合いのふりをしたメールで、ウイルスを送り込む手口がよく使われます。",
    },
    Term {
        id: "password",
        ja: "パスワード",
        aliases: &[],
        explanation_ja: "本人であることを確かめるための、秘密の文字の並びです。長く複雑にして、サービスごとに別のものを使います。",
    },
    Term {
        id: "two-factor-authentication",
        ja: "二要素認証",
        aliases: &["多要素認証"],
        explanation_ja: "パスワードに加えて、スマホに届く確認コードなど別の方法でも本人かどうかを確かめるしくみです。パスワードが漏れても、他人にログインされにくくなります。",
    },
    Term {
        id: "access-restriction",
        ja: "アクセス制限",
        aliases: &[],
        explanation_ja: "情報や機器を見たり使ったりできる人を、必要な人だけに限ることです。",
    },
    Term {
        id: "sharing-settings",
        ja: "共有設定",
        aliases: &[],
        explanation_ja: "ファイルや機器を、誰が見たり使ったりできるかを決める設定です。「誰でも見られる」状態になっていないか確かめます。",
    },
    Term {
        id: "multifunction-printer",
        ja: "複合機",
        aliases: &[],
        explanation_ja: "コピー、印刷、スキャン、FAXなどの機能を一台にまとめた機械です。ネットワークにつながっていると、設定によっては外部から中のデータを見られることがあります。",
    },
    Term {
        id: "nas",
        ja: "NAS",
        aliases: &[],
        explanation_ja: "ネットワークにつないで、何人もでファイルを保存したり共有したりできるハードディスクです。",
    },
    Term {
        id: "security-alert",
        ja: "注意喚起",
        aliases: &[],
        explanation_ja: "新しい攻撃の手口や危険について、専門機関やサービスの提供元が出すお知らせです。",
    },
    Term {
        id: "cloud-service",
        ja: "クラウドサービス",
        aliases: &[],
        explanation_ja: "インターネットを通じて使うサービスです。自社でサーバーを持たなくても、データの保管やメール、業務ソフトなどを使えます。",
    },
    Term {
        id: "attachment",
        ja: "添付ファイル",
        aliases: &["添付するファイル", "添付されたファイル"],
        explanation_ja: "メールに付けて送られるファイルです。ウイルスが仕込まれていることがあります。",
    },
    Term {
        id: "url-link",
        ja: "URLリンク",
        aliases: &[],
        explanation_ja: "メールや文書の中にある、クリックするとウェブサイトが開くアドレス（https://…）です。偽のサイトにつながっていることもあります。",
    },
    Term {
        id: "bcc",
        ja: "BCC",
        aliases: &[],
        explanation_ja: "メールの宛先の入れ方の一つです。BCCに入れた宛先は、ほかの受信者には表示されません。",
    },
    Term {
        id: "sms",
        ja: "SMS",
        aliases: &["ショートメッセージサービス"],
        explanation_ja: "携帯電話の番号あてに、短い文章を送るサービスです。",
    },
    Term {
        id: "encryption",
        ja: "暗号化",
        aliases: &[],
        explanation_ja: "データを、鍵（パスワードなど）を知っている人にしか読めない形に変えることです。",
    },
    Term {
        id: "wireless-lan",
        ja: "無線LAN",
        aliases: &[],
        explanation_ja: "ケーブルを使わずに、電波でパソコンやスマホをネットワークにつなぐしくみです。Wi-Fi（ワイファイ）とも呼ばれます。",
    },
    Term {
        id: "encryption-method",
        ja: "暗号化方式",
        aliases: &[],
        explanation_ja: "無線LANなどの通信を暗号化するやり方の種類です。古い方式は簡単に破られるので、新しく強い方式を選びます。",
    },
    Term {
        id: "wpa",
        ja: "WPA2-PSK",
        aliases: &["WPA3"],
        explanation_ja: "無線LANの暗号化方式の名前です。WPA2-PSKは共通のパスワードで使うWPA2のことで、現在はより新しいWPA3もあります。",
    },
    Term {
        id: "vpn",
        ja: "VPN",
        aliases: &[],
        explanation_ja: "インターネット上に暗号化された専用の通り道を作り、社外から会社のネットワークなどに安全につなぐしくみです。",
    },
    Term {
        id: "sns",
        ja: "SNS",
        aliases: &[],
        explanation_ja: "X（旧Twitter）、Facebook、Instagram、LINEなど、インターネット上で人とつながり、文章や写真を投稿・共有するサービスです。",
    },
    Term {
        id: "web-filtering",
        ja: "Webフィルタリング",
        aliases: &[],
        explanation_ja: "危険なサイトや仕事に関係のないサイトを、見られないようにする機能です。",
    },
    Term {
        id: "backup",
        ja: "バックアップ",
        aliases: &[],
        explanation_ja: "データが消えても元に戻せるように、コピーを別の場所に保存しておくことです。",
    },
    Term {
        id: "server",
        ja: "サーバー",
        aliases: &[],
        explanation_ja: "会社のデータやメール、ウェブサイトなどを預かり、ほかのパソコンに提供するコンピュータです。",
    },
    Term {
        id: "electronic-media",
        ja: "電子媒体",
        aliases: &[],
        explanation_ja: "USBメモリ、CD、外付けハードディスクなど、データを記録しておく物のことです。",
    },
    Term {
        id: "usb-memory",
        ja: "USBメモリ",
        aliases: &[],
        explanation_ja: "パソコンに差し込んでデータを持ち運ぶ、小さな記録装置です。小さいので、なくしたり盗まれたりしやすい物です。",
    },
    Term {
        id: "shredder",
        ja: "シュレッダー",
        aliases: &["細断"],
        explanation_ja: "書類を細かく切って、読めないようにする機械です。",
    },
    Term {
        id: "erasure-software",
        ja: "消去ソフト",
        aliases: &["消去用ソフトウェア"],
        explanation_ja: "パソコンや記録媒体のデータを、復元できないように完全に消すソフトウェアです。ふつうの「削除」だけでは、データを復元できることがあります。",
    },
    Term {
        id: "duty-of-confidentiality",
        ja: "守秘義務",
        aliases: &[],
        explanation_ja: "仕事を通じて知った秘密を、外部にもらしてはいけないという義務です。",
    },
    Term {
        id: "confidentiality-clause",
        ja: "秘密保持条項",
        aliases: &[],
        explanation_ja: "契約書の中で、やり取りする秘密の情報を外部にもらさないと約束する部分です。",
    },
    Term {
        id: "personal-device",
        ja: "個人所有端末",
        aliases: &["個人所有の情報機器", "個人所有パソコン"],
        explanation_ja: "従業員が自分で持っているパソコンやスマホのことです。これを仕事に使うことを「BYOD」と呼びます。",
    },
];

/// The terms a reader meets on each question (No.1 first), by id, in any order ([`terms_for`]
/// gives them in the glossary's): those occurring, by `ja` or an alias and spaces ignored on both
/// sides (the sheet writes 「無線 LAN」, the glossary 「無線LAN」), in its Japanese content (text,
/// footnotes, category, heading, explanation, 対策例) or in the Japanese of its [`DatedNote`]s.
///
/// Data, not a search at run time: finding them in the texts cost a slow phone several
/// milliseconds per Part shown, in the longest task of the start-up (issue 14).
/// `tests/glossary.rs` finds them in the texts and fails when a text, a term or this table
/// changes without the others.
const QUESTION_TERMS: [&[&str]; 25] = [
    &["os", "security-update", "vulnerability", "virus"],
    &[
        "virus",
        "antivirus-software",
        "virus-definition-file",
        "ransomware",
        "password",
        "encryption",
    ],
    &["password", "two-factor-authentication"],
    &[
        "access-restriction",
        "sharing-settings",
        "multifunction-printer",
        "nas",
    ],
    &[
        "virus",
        "targeted-attack",
        "password",
        "security-alert",
        "cloud-service",
    ],
    &["virus", "attachment", "url-link"],
    &["bcc"],
    &[
        "password",
        "access-restriction",
        "cloud-service",
        "attachment",
        "sms",
    ],
    &[
        "password",
        "encryption",
        "wireless-lan",
        "encryption-method",
        "wpa",
    ],
    &["virus", "sns", "web-filtering"],
    &["virus", "backup", "server"],
    &["electronic-media"],
    &["password", "encryption", "electronic-media", "usb-memory"],
    &["password"],
    &["server"],
    &["usb-memory"],
    &[],
    &["electronic-media", "shredder", "erasure-software"],
    &["duty-of-confidentiality"],
    &["security-alert"],
    &["personal-device"],
    &["confidentiality-clause"],
    &["cloud-service"],
    &[],
    &[],
];

/// The terms a reader meets on question `no` (a table of this module's), in glossary order.
/// Empty for an unknown number.
///
/// ```
/// use jishin_shindan::core::glossary;
/// let ids: Vec<&str> = glossary::terms_for(9).iter().map(|t| t.id).collect();
/// assert!(ids.contains(&"encryption-method"));
/// assert!(glossary::terms_for(26).is_empty());
/// ```
pub fn terms_for(no: QuestionNo) -> Vec<&'static Term> {
    let ids = usize::from(no)
        .checked_sub(1)
        .and_then(|i| QUESTION_TERMS.get(i))
        .map_or(&[][..], |ids| *ids);
    TERMS.iter().filter(|t| ids.contains(&t.id)).collect()
}

/// The label the UI shows above a dated note, in Japanese.
pub const DATED_NOTE_LABEL_JA: &str = "補足（2026年時点）";

/// The label the UI shows above a dated note, in English.
pub const DATED_NOTE_LABEL_EN: &str = "Note (as of 2026)";

/// A short note beside advice of the pamphlet that has aged. It never replaces IPA's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedNote {
    /// The question it belongs to.
    pub no: QuestionNo,
    /// The exact Japanese phrase it annotates, as it occurs in that question's content.
    pub applies_to: &'static str,
    /// The note in Japanese (one or two sentences).
    pub note_ja: &'static str,
}

/// The dated notes, in question order.
pub const DATED_NOTES: &[DatedNote] = &[
    DatedNote {
        no: 1,
        applies_to: "Adobe Flash Player",
        note_ja: "Adobe Flash Playerは2020年末でサポートが終了しました。パソコンに残っている場合はアンインストールしましょう。",
    },
    DatedNote {
        no: 3,
        applies_to: "パスワードは「長く」、「複雑に」、「使い回さない」ようにして強化しましょう。",
        note_ja: "現在は多くのサービスで二要素認証（多要素認証）が使えます。使える場合は設定しておくと、パスワードが漏れても不正にログインされにくくなります。",
    },
    DatedNote {
        no: 8,
        applies_to: "文書ファイルなどに記載してパスワードで保護した後、メールに添付します",
        note_ja: "日本では、パスワード付きファイルをメールで送り、パスワードを別のメールで送る方法（いわゆる「PPAP」）をやめる組織が増えています。代わりに、アクセス制限をかけたクラウドサービスでファイルを共有する方法も広く使われています。",
    },
    DatedNote {
        no: 9,
        applies_to: "WPA2-PSK",
        note_ja: "現在はより新しいWPA3があります。ルーターと端末が対応していればWPA3を、対応していなければWPA2を長いパスフレーズ（パスワード）とともに使いましょう。",
    },
];

/// The dated notes of one question, in table order.
///
/// ```
/// use jishin_shindan::core::glossary;
/// assert_eq!(glossary::notes_for(9)[0].applies_to, "WPA2-PSK");
/// assert!(glossary::notes_for(2).is_empty());
/// ```
pub fn notes_for(no: QuestionNo) -> Vec<&'static DatedNote> {
    DATED_NOTES.iter().filter(|n| n.no == no).collect()
}

/// A glossary term in English (parallel to [`TERMS`], by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermEn {
    /// The [`Term::id`] it translates.
    pub id: &'static str,
    /// The English glossary heading.
    pub en: &'static str,
    /// One or two plain sentences in English.
    pub explanation_en: &'static str,
}

/// The glossary in English, in the order of [`TERMS`].
pub const TERMS_EN: &[TermEn] = &[
    TermEn {
        id: "os",
        en: "OS (operating system)",
        explanation_en: "The basic software that runs a computer or smartphone, such as Windows, macOS, iOS or Android.",
    },
    TermEn {
        id: "security-update",
        en: "Update (security fix)",
        explanation_en: "A program that the maker releases to fix flaws (vulnerabilities) in its software. It is also called an update or a patch.",
    },
    TermEn {
        id: "vulnerability",
        en: "Vulnerability",
        explanation_en: "A security weakness (flaw) in software or a device. Attackers use it to put viruses on your devices or to take control of them.",
    },
    TermEn {
        id: "virus",
        en: "Virus (malware)",
        explanation_en: "A harmful program that gets into a computer or smartphone to steal information or damage data. It is also called malware.",
    },
    TermEn {
        id: "antivirus-software",
        en: "Antivirus software",
        explanation_en: "Software that finds viruses and stops or removes them.",
    },
    TermEn {
        id: "virus-definition-file",
        en: "Virus definition file (pattern file)",
        explanation_en: "The data that antivirus software uses to recognise viruses. New viruses appear every day, so this data must always be up to date.",
    },
    TermEn {
        id: "ransomware",
        en: "Ransomware",
        explanation_en: "A virus that locks (encrypts) your files so that you cannot use them, and then asks for money to unlock them. Backups help you get your data back.",
    },
    TermEn {
        id: "targeted-attack",
        en: "Targeted attack",
        explanation_en: "An attack aimed at one particular company or person. Attackers often send emails with viruses while pretending to be a business partner or someone you know.",
    },
    TermEn {
        id: "password",
        en: "Password",
        explanation_en: "A secret string of characters that proves you are the right person. Make it long and complex, and use a different one for each service.",
    },
    TermEn {
        id: "two-factor-authentication",
        en: "Two-factor authentication (multi-factor authentication)",
        explanation_en: "A way of logging in that checks who you are with a second method, such as a code sent to your smartphone, as well as your password. Even if your password leaks, it is much harder for others to log in.",
    },
    TermEn {
        id: "access-restriction",
        en: "Access restriction",
        explanation_en: "Letting only the people who need it see or use information or a device.",
    },
    TermEn {
        id: "sharing-settings",
        en: "Sharing settings",
        explanation_en: "The settings that decide who can see or use a file, folder or device. Check that they do not let just anyone see it.",
    },
    TermEn {
        id: "multifunction-printer",
        en: "Multifunction printer",
        explanation_en: "One machine for copying, printing, scanning and faxing. If it is connected to a network, wrong settings can let outsiders see the documents in it.",
    },
    TermEn {
        id: "nas",
        en: "NAS (network storage)",
        explanation_en: "A hard disk connected to the office network, where several people can store and share files.",
    },
    TermEn {
        id: "security-alert",
        en: "Security warning (alert)",
        explanation_en: "A notice from a security organization or a service provider about new attack methods or dangers.",
    },
    TermEn {
        id: "cloud-service",
        en: "Cloud service",
        explanation_en: "A service you use over the internet, such as file storage, email or business software, without running your own server.",
    },
    TermEn {
        id: "attachment",
        en: "Attachment (attached file)",
        explanation_en: "A file sent together with an email. It may contain a virus.",
    },
    TermEn {
        id: "url-link",
        en: "URL link",
        explanation_en: "A web address (https://…) in an email or document that opens a website when you click it. It may lead to a fake website.",
    },
    TermEn {
        id: "bcc",
        en: "BCC (blind carbon copy)",
        explanation_en: "A way to add people to an email. Addresses in BCC are not shown to the other people who receive the email.",
    },
    TermEn {
        id: "sms",
        en: "SMS (text message)",
        explanation_en: "A service that sends short text messages to a mobile phone number.",
    },
    TermEn {
        id: "encryption",
        en: "Encryption",
        explanation_en: "Changing data into a form that only people with the key (such as a password) can read.",
    },
    TermEn {
        id: "wireless-lan",
        en: "Wireless LAN (Wi-Fi)",
        explanation_en: "A way to connect computers and smartphones to a network by radio, without cables. It is usually called Wi-Fi.",
    },
    TermEn {
        id: "encryption-method",
        en: "Encryption method",
        explanation_en: "The kind of encryption used, for example on a wireless LAN. Old methods are easy to break, so choose a newer, strong one.",
    },
    TermEn {
        id: "wpa",
        en: "WPA2 / WPA3 (WPA2-PSK)",
        explanation_en: "Names of encryption methods for wireless LAN. WPA2-PSK is WPA2 used with a shared password; the newer WPA3 is also available now.",
    },
    TermEn {
        id: "vpn",
        en: "VPN (virtual private network)",
        explanation_en: "A way to connect safely to the company network from outside, through an encrypted private path over the internet.",
    },
    TermEn {
        id: "sns",
        en: "SNS (social media)",
        explanation_en: "Services such as X (Twitter), Facebook, Instagram or LINE, where people connect with each other and post and share text and photos.",
    },
    TermEn {
        id: "web-filtering",
        en: "Web filtering",
        explanation_en: "A function that blocks dangerous websites and websites that are not needed for work.",
    },
    TermEn {
        id: "backup",
        en: "Backup",
        explanation_en: "A copy of your data kept in another place, so that you can get the data back if it is lost.",
    },
    TermEn {
        id: "server",
        en: "Server",
        explanation_en: "A computer that holds the company's data, email or website and provides them to other computers.",
    },
    TermEn {
        id: "electronic-media",
        en: "Electronic media",
        explanation_en: "Things that store data, such as USB memory sticks, CDs and external hard disks.",
    },
    TermEn {
        id: "usb-memory",
        en: "USB memory stick",
        explanation_en: "A small storage device that you plug into a computer to carry data. Because it is small, it is easy to lose or to steal.",
    },
    TermEn {
        id: "shredder",
        en: "Shredder",
        explanation_en: "A machine that cuts paper documents into small pieces so that nobody can read them.",
    },
    TermEn {
        id: "erasure-software",
        en: "Data erasing software",
        explanation_en: "Software that erases the data on a computer or storage media completely, so that it cannot be restored. A normal \"delete\" can leave data that someone can recover.",
    },
    TermEn {
        id: "duty-of-confidentiality",
        en: "Duty of confidentiality",
        explanation_en: "The duty not to tell outsiders the secrets you learn through your work.",
    },
    TermEn {
        id: "confidentiality-clause",
        en: "Confidentiality clause (non-disclosure clause)",
        explanation_en: "The part of a contract where both sides promise not to reveal the secret information they exchange.",
    },
    TermEn {
        id: "personal-device",
        en: "Personal devices (BYOD)",
        explanation_en: "Computers and smartphones that employees own themselves. Using them for work is called BYOD (bring your own device).",
    },
];

/// A dated note in English (parallel to [`DATED_NOTES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteEn {
    /// The question of the note it translates.
    pub no: QuestionNo,
    /// The [`DatedNote::applies_to`] of the note it translates.
    pub applies_to: &'static str,
    /// The note in English (one or two sentences).
    pub note_en: &'static str,
}

/// The dated notes in English, in the order of [`DATED_NOTES`].
pub const NOTES_EN: &[NoteEn] = &[
    NoteEn {
        no: 1,
        applies_to: "Adobe Flash Player",
        note_en: "Support for Adobe Flash Player ended at the end of 2020. If it is still on a computer, uninstall it.",
    },
    NoteEn {
        no: 3,
        applies_to: "パスワードは「長く」、「複雑に」、「使い回さない」ようにして強化しましょう。",
        note_en: "Many services now offer two-factor authentication (multi-factor authentication). Where it is offered, turn it on: then others find it much harder to log in even if a password leaks.",
    },
    NoteEn {
        no: 8,
        applies_to: "文書ファイルなどに記載してパスワードで保護した後、メールに添付します",
        note_en: "In Japan, more and more organizations have stopped sending password-protected files by email with the password in a separate email (the practice called \"PPAP\"). Instead, many share files through cloud services with access restrictions.",
    },
    NoteEn {
        no: 9,
        applies_to: "WPA2-PSK",
        note_en: "The newer WPA3 is now available. Choose WPA3 if your router and devices support it; otherwise use WPA2 with a long passphrase (password).",
    },
];

/// The glossary's English, as the English chunk registers it (`core::lang::english`).
#[derive(Debug)]
pub struct GlossaryEn {
    /// The terms.
    pub terms: &'static [TermEn],
    /// The dated notes.
    pub notes: &'static [NoteEn],
}

/// This module's English, for the English chunk.
pub const GLOSSARY_EN: GlossaryEn = GlossaryEn {
    terms: TERMS_EN,
    notes: NOTES_EN,
};

impl GlossaryEn {
    /// The English of the term `id`.
    pub fn term(&self, id: &str) -> Option<&'static TermEn> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// The English of the dated note `n`.
    pub fn note(&self, n: &DatedNote) -> Option<&'static str> {
        self.notes
            .iter()
            .find(|e| e.no == n.no && e.applies_to == n.applies_to)
            .map(|e| e.note_en)
    }
}
