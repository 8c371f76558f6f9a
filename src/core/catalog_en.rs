//! An English translation of the catalog and of the band texts, as typed static data.
//!
//! This is our own translation, not IPA's: the UI marks it as unofficial and keeps the Japanese
//! original (the reference, in [`catalog`](crate::core::catalog) and [`advice`](crate::core::advice)) one tap
//! away. It is faithful, dated advice included (Adobe Flash Player, WPA2-PSK): the 2026 notes
//! live apart from IPA's wording, in [`glossary::DATED_NOTES`](crate::core::glossary::DATED_NOTES).
//!
//! The English is plain, for readers whose first language is not English. Footnote marks (※1,
//! ※2) stay as printed, right after the English words they annotate. The only Japanese allowed
//! in this module is a resource's Japanese name in parentheses at the end of its English name, so
//! that a reader can find the Japanese-only document (`tests/catalog_en.rs` checks this).

use crate::core::advice::Band;
use crate::core::catalog::{GUIDELINE, HANDBOOK, MYJVN, SHIORI, SUPPORT_SITE, VIDEOS};
use crate::core::question::{Choice, Part, QuestionNo, Resource};

/// The English of the catalog and the bands, as the English chunk registers it
/// (`core::lang::english`): everything reaches this module's text through here, so the code that
/// runs for everyone does not link it (issue 30).
#[allow(missing_docs)]
pub struct CatalogEn {
    pub question: fn(QuestionNo) -> Option<&'static QuestionEn>,
    pub part_title: fn(Part) -> &'static str,
    pub part_intro: fn(Part) -> &'static str,
    pub choice: fn(Choice) -> &'static str,
    pub band_range: fn(Band) -> &'static str,
    pub band_message: fn(Band) -> &'static str,
    pub band_next_step: fn(Band) -> &'static str,
    pub resource: fn(&Resource) -> Option<(&'static str, &'static str)>,
}

/// This module's English, for the English chunk.
pub const CATALOG_EN: CatalogEn = CatalogEn {
    question: question_en,
    part_title: part_title_en,
    part_intro: part_intro_en,
    choice: choice_label_en,
    band_range: band_range_label_en,
    band_message: band_message_en,
    band_next_step: band_next_step_en,
    resource: resource_en,
};

/// The English of one question and its 解説, parallel to [`Question`](crate::core::question::Question).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionEn {
    /// No.1–No.25, the same number as the Japanese question.
    pub no: QuestionNo,
    /// The question; footnote marks (「※1」) appear right after the words they annotate.
    pub text: &'static str,
    /// The footnote texts without their marks, in the order of the Japanese footnotes.
    pub footnote_texts: &'static [&'static str],
    /// The 解説編 category label.
    pub category: &'static str,
    /// The 解説編 heading.
    pub heading: &'static str,
    /// The 解説編 explanation.
    pub explanation: &'static str,
    /// The 対策例, one entry per Japanese entry.
    pub examples: &'static [&'static str],
}

/// The 25 questions in English, in number order (parallel to [`crate::core::catalog::QUESTIONS`]).
pub const QUESTIONS_EN: [QuestionEn; 25] = [
    QuestionEn {
        no: 1,
        text: "Do you always keep the OS and software of your computers, smartphones and other devices up to date?",
        footnote_texts: &[],
        category: "Fixing vulnerabilities",
        heading: "Always keep your OS and software up to date",
        explanation: "If you leave your OS or software old, its security problems are not fixed, and you may be infected by a virus that takes advantage of them. Apply the fixes (patches) to the OS and software you use, or use the latest version.",
        examples: &["Run Windows Update (on Windows); update the software you use, such as Adobe Flash Player, Adobe Reader and the Java runtime, to the latest version; and so on."],
    },
    QuestionEn {
        no: 2,
        text: "Have you installed antivirus software on your computers, smartphones and other devices, and do you keep the virus definition files※1 up to date?",
        footnote_texts: &["A database file used to detect computer viruses. It is also called a \"pattern file\"."],
        category: "Virus protection",
        heading: "Install antivirus software and use it properly",
        explanation: "There are more and more viruses that steal IDs and passwords, control computers from far away, or encrypt files without permission. Install antivirus software, and make sure that its virus definition files (pattern files) are always up to date.",
        examples: &["Set the virus definition files to update automatically; think about installing an all-in-one security software product; and so on."],
    },
    QuestionEn {
        no: 3,
        text: "Do you use \"long\" and \"complex\" passwords that are hard to break?",
        footnote_texts: &[],
        category: "Managing passwords",
        heading: "Use strong passwords",
        explanation: "Damage from unauthorised logins is increasing: passwords are guessed or cracked, and IDs and passwords leaked from web services are misused. Make your passwords stronger: make them \"long\" and \"complex\", and \"do not reuse\" them.",
        examples: &["Use passwords of 10 characters or more that mix letters, numbers and symbols; do not use names, phone numbers, birthdays or simple English words in passwords; do not use the same ID and password for many different web services; and so on."],
    },
    QuestionEn {
        no: 4,
        text: "Do you properly restrict access to important information※2?",
        footnote_texts: &["Important information means information that your business needs and that has value for your organization, such as trade secrets, and information that you are responsible for managing, such as the personal information of customers and employees."],
        category: "Device settings",
        heading: "Review your sharing settings",
        explanation: "There is more and more trouble where people who have nothing to do with the information can look at it, because the settings of web services (for example, for storing data) or of multifunction printers connected to a network were wrong. Check that your settings do not let unrelated people use your web services or devices.",
        examples: &["Limit who can see what you share on web services; limit sharing on network-connected multifunction printers, cameras and hard disks (NAS); when employees move to another job or leave the company, take care not to forget to change (delete) their settings; and so on."],
    },
    QuestionEn {
        no: 5,
        text: "Do you have a system for learning about new threats and attack methods and for sharing countermeasures in the company?",
        footnote_texts: &[],
        category: "Gathering information",
        heading: "Learn about threats and attack methods, and use this in your measures",
        explanation: "Clever tricks are increasing: attackers pretend to be business partners or people you know and send emails with viruses, or they set up fake websites that look like real ones to steal IDs and passwords. Learn about threats and attack methods, and take measures.",
        examples: &["Learn about the latest threats and attack methods from the websites and email newsletters of security organizations such as IPA; check the warnings from the online banking, cloud services and other services you use; and so on."],
    },
    QuestionEn {
        no: 6,
        text: "Are you careful about virus infection through email attachments and URL links in the email text?",
        footnote_texts: &[],
        category: "Email rules",
        heading: "Be suspicious of emails you do not recognise",
        explanation: "Virus infections keep happening when people open files attached to emails or click URL links written in emails. Be careful with attachments and URL links in emails that you do not recognise.",
        examples: &["Do not carelessly open attachments of suspicious emails; do not carelessly open URL links; share information about suspicious emails in the company; and so on."],
    },
    QuestionEn {
        no: 7,
        text: "Do you take steps to prevent sending emails and faxes to the wrong address?",
        footnote_texts: &[],
        category: "Email rules",
        heading: "Prevent sending to the wrong address",
        explanation: "Accidents keep happening where an email or fax is sent to the wrong place and information leaks to other people. Check the address carefully before you send an email or fax. Also, showing email addresses to other people by mistake is an information leak too. When you send to several people, check carefully how you enter their addresses.",
        examples: &["Check the address again before you send an email or fax; in emails, use TO, CC and BCC for the right purposes; and so on."],
    },
    QuestionEn {
        no: 8,
        text: "Instead of writing important information in the body of an email, do you write it in an attached file and protect the file with a password or similar?",
        footnote_texts: &[],
        category: "Email rules",
        heading: "Protect important information when you send it",
        explanation: "When you send important information by email, do not write it in the body of the email. Write it in a document file or similar, protect the file with a password, and then attach it to the email. Do not write the password in that email: you must tell it in a way other than email.",
        examples: &["Write important information in a document file and protect the file with a password; decide the password in advance, or tell it in another way, such as the short message service (SMS) of a mobile phone; and so on."],
    },
    QuestionEn {
        no: 9,
        text: "Do you take measures such as setting a suitable encryption method, so that you use your wireless LAN (Wi-Fi) safely?",
        footnote_texts: &[],
        category: "Wireless LAN rules",
        heading: "Prevent eavesdropping on your wireless LAN and use of it without permission",
        explanation: "A wireless LAN without proper security settings can be attacked: others may read what you send, or connect to it without permission and misuse it for crimes. Make security settings that stop eavesdropping on your wireless LAN and its use without permission.",
        examples: &["Choose a strong encryption method (WPA2-PSK); use a password (encryption key) that is long and hard to guess; and so on."],
    },
    QuestionEn {
        no: 10,
        text: "Do you take measures against trouble such as virus infection through the internet and posts on social media (SNS)?",
        footnote_texts: &[],
        category: "Internet use rules",
        heading: "Prevent trouble through the internet",
        explanation: "You may get a virus just by viewing a malicious website or a website with security problems. Also, people sometimes post prank photos on SNS or message boards, or post secret information without permission, and this harms the company. Systems and rules that limit internet use at work are needed to prevent such damage.",
        examples: &["Make rules for using the internet; make rules for using SNS; limit internet use from your systems by introducing a web filtering function; and so on."],
    },
    QuestionEn {
        no: 11,
        text: "Do you make backups, in case important information is lost through a virus infection, a breakdown or a wrong operation of a computer or server?",
        footnote_texts: &[],
        category: "Backup rules",
        heading: "Make backups without fail",
        explanation: "Data stored on computers and servers can disappear because of breakdowns, wrong operations, virus infections and so on. Make backups so that you are ready for such unexpected events.",
        examples: &["Back up important information regularly; store the backups in a different place; and so on."],
    },
    QuestionEn {
        no: 12,
        text: "To prevent loss and theft, do you keep documents and electronic media that contain important information safely in a cabinet or similar, instead of leaving them on desks?",
        footnote_texts: &[],
        category: "Storage rules",
        heading: "Do not leave important information lying around",
        explanation: "Information left on a desk is in danger: someone may take it away or secretly read it. Important information must be managed, not left out, so that people who are not involved cannot see or touch it. Decide where to keep it, take it out only when you need it for work, and always put it back when you have finished.",
        examples: &["Keep desks clear, and keep important documents in a cabinet with a lock; and so on."],
    },
    QuestionEn {
        no: 13,
        text: "When you take documents or electronic media that contain important information out of the office, do you take measures against theft and loss?",
        footnote_texts: &[],
        category: "Rules for taking information out",
        heading: "Take important information out in a safe way",
        explanation: "When you take important information outside the company, it may be stolen when you do not expect it, or you may lose it by accident. Take measures in advance, such as setting laptops and smartphones to ask for a password, or encrypting data files, so that nobody can easily read the information if it is stolen or lost.",
        examples: &["Allow important information to be taken out only with permission; lock laptops, smartphones, USB memory sticks and similar with a password; do not leave your bags unattended; and so on."],
    },
    QuestionEn {
        no: 14,
        text: "When you leave your desk, do you make sure that nobody can look at your computer screen or use your computer?",
        footnote_texts: &[],
        category: "Office security",
        heading: "Do not let others use your devices without permission",
        explanation: "A computer that anyone can use may be misused: for example, one left in the middle of work when its user leaves the desk, or one you can log in to without a password. Take measures to protect computers from misuse.",
        examples: &["Lock your computer when you leave your desk; shut down your computer when you leave work, so that other people cannot use it; and so on."],
    },
    QuestionEn {
        no: 15,
        text: "Do you restrict entry to the office for people who have no business there?",
        footnote_texts: &[],
        category: "Office security",
        heading: "Speak to people you do not know",
        explanation: "If you do not restrict entry to the office for people who have no business there, someone may get in and steal information. Especially, make sure that nobody can go without permission near places where important information is kept, such as servers, document cabinets and safes.",
        examples: &["Do not let strangers into the office; set up a reception desk; and so on."],
    },
    QuestionEn {
        no: 16,
        text: "Do you take measures against theft, such as locking away laptops and equipment when you leave work?",
        footnote_texts: &[],
        category: "Office security",
        heading: "Take measures against theft of devices and equipment",
        explanation: "Laptops, tablets, USB memory sticks and similar are useful because they are easy to carry, but this also makes them more likely to be stolen or lost. When you are not using them, take measures such as keeping them in a drawer that can be locked.",
        examples: &["When you leave work, put the laptops, tablets and equipment (CDs, USB memory sticks, external hard disks and similar) on your desk into a drawer; and so on."],
    },
    QuestionEn {
        no: 17,
        text: "Do you take measures so that the office is not left unlocked by mistake when everyone has left?",
        footnote_texts: &[],
        category: "Office security",
        heading: "Take care to lock up the office",
        explanation: "Keeping a record of who left last and when also helps the last person to leave feel responsible for locking up. Manage the locking and the records of leaving.",
        examples: &["Manage the keys strictly; the last person to leave locks the office and writes down a record of leaving (date and time, name); and so on."],
    },
    QuestionEn {
        no: 18,
        text: "When you throw away documents that contain important information or media that store important data, do you make sure that they cannot be restored?",
        footnote_texts: &[],
        category: "Safe disposal of information",
        heading: "Erase important information so that it cannot be restored",
        explanation: "If you throw documents that contain important information straight into the bin, people who are not involved may see them, and this can cause a serious leak. Also, information stored on electronic devices and media may be restored even after you delete the files. When you throw away important information, use the right method for each kind of media, such as a shredder or erasing software.",
        examples: &["Shred documents; use erasing software for electronic data; physically break media before you throw them away; ask a specialist company to erase the data; and so on."],
    },
    QuestionEn {
        no: 19,
        text: "Do you make employees understand their duty of confidentiality, and make them follow rules such as not telling outsiders the information they learn through their work?",
        footnote_texts: &[],
        category: "Explaining confidentiality",
        heading: "Make employees understand their duty of confidentiality",
        explanation: "Employees' duty of confidentiality and keeping secrets may already be set out in your work rules or similar. Explain clearly to employees which information is secret and what they must not do.",
        examples: &["Explain the duty of confidentiality when you hire someone; exchange a written agreement on confidentiality; show concretely which information you treat as secret; and so on."],
    },
    QuestionEn {
        no: 20,
        text: "Do you give employees security training and reminders?",
        footnote_texts: &[],
        category: "Employee training",
        heading: "Give employees information security training",
        explanation: "In daily work you always handle many kinds of information, but because it is everyday work, people easily become careless about managing it. It works well to remind employees again and again.",
        examples: &["Explain why managing information is important and what the related laws are; give regular training; and so on."],
    },
    QuestionEn {
        no: 21,
        text: "Have you made clear the security measures for using personal devices for work?",
        footnote_texts: &[],
        category: "Using personal devices",
        heading: "Decide whether personal devices may be used for work",
        explanation: "When personal computers and smartphones are used for work, it is hard to manage them fully, and hard to keep them secure. Decide whether personal devices may be used for work, and make rules for using them for work.",
        examples: &["Allow personal computers and smartphones to be used for work only with permission; decide the rules for using them for work; and so on."],
    },
    QuestionEn {
        no: 22,
        text: "Do your contracts with business partners that involve exchanging important information include a confidentiality clause?",
        footnote_texts: &[],
        category: "Managing business partners",
        heading: "Ask business partners to keep information secret",
        explanation: "Do not just hope, one-sidedly, that a partner \"will of course keep it secret\" because of what the information is. When you give confidential information to a business partner, you need to make it clear that they must treat it as confidential.",
        examples: &["Exchange a contract or written agreement that states confidentiality and concrete measures; choose business partners that publish their information security policy; check your partners' information security measures; and so on."],
    },
    QuestionEn {
        no: 23,
        text: "Do you choose external services, such as cloud services and services for running your website, after checking that they are safe and reliable?",
        footnote_texts: &[],
        category: "Using external services",
        heading: "Use external services you can trust",
        explanation: "If you choose an external service such as a cloud service mainly because it is cheap, you may get no compensation when the service cannot be used because of a failure or similar. When you use an external service, check its performance, reliability, compensation and so on carefully.",
        examples: &["Choose a provider after checking its terms of use, compensation, security measures and so on."],
    },
    QuestionEn {
        no: 24,
        text: "Are you prepared for a security incident, for example by setting up an emergency team and writing response procedures?",
        footnote_texts: &[],
        category: "Preparing for incidents",
        heading: "Prepare in advance for incidents",
        explanation: "Once an incident has actually happened, there is no time to respond calmly. Also, the response tends to come too late, and this often makes the situation even worse. Use security incidents in the news as examples, imagine \"What if the same thing happened in our company...\", and write down who does what and when.",
        examples: &["Write a procedure for what to do if important information leaks, is lost or is stolen, and tell all employees about it; and so on."],
    },
    QuestionEn {
        no: 25,
        text: "Have you made rules for your information security measures (such as items 1 to 24 above) and shown them clearly to employees?",
        footnote_texts: &[],
        category: "Making rules",
        heading: "Make rules for information security measures",
        explanation: "Even if the owner or managers have decided a policy on information security measures, if it is not written down as concrete rules, employees have to ask them for instructions every time. So that employees can act by themselves by following the rules, write down the \"company rules\" and make sure that employees can see them at any time.",
        examples: &["As your information security measures, make rules from items No.1 to 24 of the check sheet and share them in the company; improve a rule even after it is decided, if there is a problem with it; and so on."],
    },
];

/// The English question with number `no`, if it exists.
///
/// ```
/// use jishin_shindan::core::catalog_en;
/// assert_eq!(catalog_en::question_en(3).map(|q| q.heading), Some("Use strong passwords"));
/// assert!(catalog_en::question_en(26).is_none());
/// ```
pub fn question_en(no: QuestionNo) -> Option<&'static QuestionEn> {
    QUESTIONS_EN.iter().find(|q| q.no == no)
}

/// A Part's title in English (after 「Part N」).
///
/// ```
/// use jishin_shindan::core::{catalog_en, Part};
/// assert_eq!(catalog_en::part_title_en(Part::Basic), "Basic measures");
/// ```
pub fn part_title_en(part: Part) -> &'static str {
    match part {
        Part::Basic => "Basic measures",
        Part::Employee => "Measures for employees",
        Part::Organization => "Measures for the organization",
    }
}

/// A Part's 解説編 introduction in English.
pub fn part_intro_en(part: Part) -> &'static str {
    match part {
        Part::Basic => "Items No.1–5 are five measures that every company should take, whatever its size or type. None of them is done once and then finished: they must be carried out all the time, so make them part of the everyday rules in your company.",
        Part::Employee => "Items No.6–18 are points that employees need to be careful about. When you handle important information every day, you get used to it, and human mistakes happen more easily. Also, threats change every day, so you need to stay alert.",
        Part::Organization => "Items No.19–25 are measures to take after the organization has decided its policy. Write down your information security rules and share them in the company, so that employees become more aware of security.",
    }
}

/// A choice's column heading in English.
///
/// ```
/// use jishin_shindan::core::{catalog_en, Choice};
/// assert_eq!(catalog_en::choice_label_en(Choice::Unknown), "Don't know");
/// ```
pub fn choice_label_en(choice: Choice) -> &'static str {
    match choice {
        Choice::Done => "Implemented",
        Choice::Partial => "Partly implemented",
        Choice::NotDone => "Not implemented",
        Choice::Unknown => "Don't know",
    }
}

/// Who a band is for, in English (as [`Band::range_label`]).
pub fn band_range_label_en(band: Band) -> &'static str {
    match band {
        Band::Perfect => "If you scored 100 (full marks)",
        Band::High => "If you scored 70–99",
        Band::Middle => "If you scored 50–69",
        Band::Low => "If you scored 49 or less",
    }
}

/// A band's assessment in English (as [`Band::message`]).
pub fn band_message_en(band: Band) -> &'static str {
    match band {
        Band::Perfect => {
            "You have reached the entry level of security measures. Think about taking the next step."
        }
        Band::High => "You are doing almost everything, but some of your measures seem to be not enough.",
        Band::Middle => "There are many places where your measures are not yet enough.",
        Band::Low => "An accident such as an information leak could happen at any time.",
    }
}

/// A band's next step in English (as [`Band::next_step`]).
pub fn band_next_step_en(band: Band) -> &'static str {
    match band {
        Band::Perfect => "Use the \"Information Security Guidelines for SMEs\" to make your information security measures stronger.",
        Band::High => "Information can leak even through a small gap. Aim for a full score of 100, and use the \"Information Security Guidelines for SMEs\" to make your measures stronger.",
        Band::Middle => "For the items with low scores, plan measures with the help of the explanations, and use the \"Information Security Handbook\" to tell everyone in the company about them.",
        Band::Low => "Use the explanations, the \"Security Measures Booklets\" and \"Learning Information Security through Videos\" to check what you did not understand and the items with low scores, and then take measures.",
    }
}

/// The English name and description of one of the pamphlet's resources, matched by its
/// Japanese name; `None` for a resource the catalog does not define.
///
/// The English name ends with the Japanese name in parentheses, because the documents
/// themselves are in Japanese.
///
/// ```
/// use jishin_shindan::core::catalog::{self, MYJVN};
/// use jishin_shindan::core::catalog_en;
/// let (name, _description) = catalog_en::resource_en(&MYJVN).unwrap();
/// assert_eq!(name, "MyJVN Version Checker (MyJVNバージョンチェッカ)");
/// ```
pub fn resource_en(resource: &Resource) -> Option<(&'static str, &'static str)> {
    let en = match resource.name {
        n if n == SUPPORT_SITE.name => (
            "Information Security Support Site (情報セキュリティ対策支援サイト)",
            "A website that helps small and medium-sized businesses to \"start\" information security measures, and then to \"make them stronger\".",
        ),
        n if n == GUIDELINE.name => (
            "Information Security Guidelines for SMEs (中小企業の情報セキュリティ対策ガイドライン)",
            "Raise the level of your whole organization, so that you can score 100 (full marks) in this self-check.",
        ),
        n if n == HANDBOOK.name => (
            "Information Security Handbook, template (情報セキュリティハンドブック（ひな形）)",
            "Edit the \"Information Security Handbook (template)\", an appendix of the Information Security Guidelines for SMEs, to match your company's rules. Give it to all employees, for example, so that each person knows the measures they must take.",
        ),
        n if n == SHIORI.name => (
            "Security Measures Booklets (対策のしおり)",
            "A series of small booklets that explain, topic by topic and in simple words, how to deal with many kinds of information security threats. You can also download them (PDF) from IPA's website.",
        ),
        n if n == VIDEOS.name => (
            "Learning Information Security through Videos (映像で知る情報セキュリティ)",
            "Videos where you can learn about many kinds of information security threats and measures. You learn through dramas and demonstrations of about 10 minutes each.",
        ),
        n if n == MYJVN.name => (
            "MyJVN Version Checker (MyJVNバージョンチェッカ)",
            "A tool that lets you check, in a few simple steps, whether the software products installed on your computer (such as web browsers and video players) are the latest versions. Together with Microsoft's Windows Update, make it a habit to update your software products.",
        ),
        _ => return None,
    };
    Some(en)
}
