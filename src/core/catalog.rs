//! The 25 questions, the Part introductions and the pamphlet's resources, as typed static data.
//!
//! Every string is transcribed word for word from IPA's 「新5分でできる！情報セキュリティ自社診断」
//! (see `tests/fixtures/seed.txt`; `tests/content.rs` checks each one against it). Only the
//! extraction artefacts named in the seed's README are mended: footnote marks are written 「※1」,
//! the 解説編's out-of-order questions are put back in number order, and the pamphlet's typo
//! 「間違っただめに」 reads 「間違ったために」.

use crate::core::question::{Footnote, Part, PartInfo, Question, QuestionNo, Resource};

/// ※1, under No.2.
pub const FOOTNOTE_1: Footnote = Footnote {
    mark: "※1",
    text: "コンピュータウイルスを検出するためのデータベースファイル「パターンファイル」とも呼ばれます。",
};

/// ※2, under No.4.
pub const FOOTNOTE_2: Footnote = Footnote {
    mark: "※2",
    text: "重要情報とは営業秘密など事業に必要で組織にとって価値のある情報や顧客や、従業員の個人情報など管理責任を伴う情報のことです。",
};

/// The three Parts with their 解説編 introductions.
pub const PARTS: [PartInfo; 3] = [
    PartInfo {
        part: Part::Basic,
        title: "基本的対策",
        intro: "No.1～5は企業の規模や形態を問わず、必ず対策していただきたい5項目です。いずれも一度やればよいものではなく、継続的な対策実施が欠かせないため、運用ルールとして社内に定着させる必要があります",
    },
    PartInfo {
        part: Part::Employee,
        title: "従業員としての対策",
        intro: "No.6～18は従業員として注意すべき項目です。重要情報を日々扱っていると慣れによる人為的ミスが発生しやすくなります。また、脅威の形が日々変化しているので、油断しないように注意する必要があります。",
    },
    PartInfo {
        part: Part::Organization,
        title: "組織としての対策",
        intro: "No.19～25は組織としての方針を定めた上で、実施すべき対策です。情報セキュリティのルールは明文化して社内で共有することにより、従業員の意識を高めるようにしましょう。",
    },
];

/// The 25 questions of the 診断編 with their 解説, in number order.
pub const QUESTIONS: [Question; 25] = [
    Question {
        no: 1,
        part: Part::Basic,
        text: "パソコンやスマホなど情報機器の OS やソフトウェアは常に最新の状態にしていますか？",
        footnotes: &[],
        category: "脆弱性対策",
        heading: "OSやソフトウェアは常に最新の状態にする",
        explanation: "OS やソフトウェアを古いまま放置していると、セキュリティ上の問題点が解決されず、それを悪用したウイルスに感染してしまう危険性があります。お使いの OS やソフトウェアには、修正プログラムを適用する、もしくは最新版を利用するようにしましょう。",
        examples: &["Windows Updateを実施する(WindowsOSの場合)、Adobe Flash Player・Adobe Reader・Java実行環境などの利用中のソフトウェアを最新版にするなど。"],
    },
    Question {
        no: 2,
        part: Part::Basic,
        text: "パソコンやスマホなどにはウイルス対策ソフトを導入し、ウイルス定義ファイル※1は最新の状態にしていますか？",
        footnotes: &[FOOTNOTE_1],
        category: "ウイルス対策",
        heading: "ウイルス対策ソフトを導入し適切に利用する",
        explanation: "ID・パスワードを盗んだり、遠隔操作を行ったり、ファイルを勝手に暗号化するウイルスが増えています。ウイルス対策ソフトを導入し、ウイルス定義ファイル(パターンファイル)は常に最新の状態になるようにしましょう。",
        examples: &["ウイルス定義ファイルが自動更新されるように設定する、統合型のセキュリティ対策ソフトの導入を検討するなど。"],
    },
    Question {
        no: 3,
        part: Part::Basic,
        text: "パスワードは破られにくい「長く」「複雑な」パスワードを設定していますか？",
        footnotes: &[],
        category: "パスワード管理",
        heading: "強固なパスワードを使用する",
        explanation: "パスワードが推測や解析されたり、ウェブサービスから流出したID・パスワードが悪用されたりすることで、不正にログインされる被害が増えています。パスワードは「長く」、「複雑に」、「使い回さない」ようにして強化しましょう。",
        examples: &["パスワードは英数字記号含めて10文字以上にする、名前、電話番号、誕生日、簡単な英単語などはパスワードに使わない、同じID・パスワードをいろいろなウェブサービスで使い回さないなど。"],
    },
    Question {
        no: 4,
        part: Part::Basic,
        text: "重要情報※2に対する適切なアクセス制限を行っていますか？",
        footnotes: &[FOOTNOTE_2],
        category: "機器の設定",
        heading: "共有設定を見直す",
        explanation: "データ保管などのウェブサービスやネットワーク接続した複合機の設定を間違ったために、無関係な人に情報を覗き見られるトラブルが増えています。無関係な人が、ウェブサービスや機器を使うことができるような設定になっていないことを確認しましょう。",
        examples: &["ウェブサービスの共有範囲を限定する、ネットワーク接続の複合機やカメラ、ハードディスク(NAS)などの共有範囲を限定する、従業員の異動や退職時に設定の変更(削除)漏れがないように注意するなど。"],
    },
    Question {
        no: 5,
        part: Part::Basic,
        text: "新たな脅威や攻撃の手口を知り対策を社内共有する仕組みはできていますか？",
        footnotes: &[],
        category: "情報収集",
        heading: "脅威や攻撃の手口を知り、対策に活かす",
        explanation: "取引先や関係者と偽ってウイルス付のメールを送ってきたり、正規のウェブサイト似せた偽サイトを立ち上げてID・パスワードを盗もうとする巧妙な手口が増えています。脅威や攻撃の手口を知って対策をとりましょう。",
        examples: &["IPAなどのセキュリティ専門機関のウェブサイトやメールマガジンで最新の脅威や攻撃の手口を知る、利用中のインターネットバンキングやクラウドサービスなどが提供する注意喚起を確認するなど。"],
    },
    Question {
        no: 6,
        part: Part::Employee,
        text: "電子メールの添付ファイルや本文中の URL リンクを介したウイルス感染に気をつけていますか？",
        footnotes: &[],
        category: "電子メールのルール",
        heading: "身に覚えのない電子メールは疑ってみる",
        explanation: "電子メールに添付されたファイルを開いたり、電子メール本文中に記載されたURLリンクをクリックしたりすることでウイルス感染する事故が続いています。身に覚えのない電子メールの添付ファイルやURLリンクへのアクセスに気をつけましょう。",
        examples: &["不審な電子メールの添付ファイルを安易に開かない、URLリンクに安易にアクセスしない、不審な電子メールの情報を社内に共有するなど。"],
    },
    Question {
        no: 7,
        part: Part::Employee,
        text: "電子メールや FAX の宛先の送信ミスを防ぐ取り組みを実施していますか？",
        footnotes: &[],
        category: "電子メールのルール",
        heading: "宛先の送信ミスを防ぐ",
        explanation: "電子メールやFAXの送り先を間違えて、他人に情報が漏えいしてしまう事故が続いています。電子メールやFAXは送り先を十分確認するようにしましょう。また、電子メールアドレスを誤って他人に伝えてしまうことも情報漏えいになります。複数の送り先に送信する際には、送り先の指定方法を十分に確認するようにしましょう。",
        examples: &["電子メールやFAXを送る前に送信先を再確認する、電子メールはTO・CC・BCCを使い分けて指定するなど。"],
    },
    Question {
        no: 8,
        part: Part::Employee,
        text: "重要情報は電子メール本文に書くのではなく、添付するファイルに書いてパスワードなどで保護していますか？",
        footnotes: &[],
        category: "電子メールのルール",
        heading: "重要情報を送信する時は保護する",
        explanation: "重要情報を電子メールで送る場合は、電子メールの本文に書き込まず、文書ファイルなどに記載してパスワードで保護した後、メールに添付します。パスワードはその電子メールには書き込まず、電子メール以外の手段で通知することが必要です。",
        examples: &["重要情報は文書ファイルに書いてパスワードで保護する、パスワードはあらかじめ決めておくか、携帯電話のショートメッセージサービス(SMS)などの別手段で知らせるなど。"],
    },
    Question {
        no: 9,
        part: Part::Employee,
        text: "無線 LAN を安全に使うために適切な暗号化方式を設定するなどの対策をしていますか？",
        footnotes: &[],
        category: "無線LANのルール",
        heading: "無線LANの盗聴や無断使用を防ぐ",
        explanation: "適切なセキュリティ設定がされていない無線LANは、通信内容を読み取られたり、不正に接続されて犯罪行為に悪用されたりする被害を受ける可能性があります。無線LANの盗聴対策や無断使用を防止するようにセキュリティ設定をしましょう。",
        examples: &["強固な暗号化方式(WPA2-PSK)を選択する、パスワード(暗号化キー)は長くて推測されにくいものを使用するなど。"],
    },
    Question {
        no: 10,
        part: Part::Employee,
        text: "インターネットを介したウイルス感染やSNSへの書き込みなどのトラブルへの対策をしていますか？",
        footnotes: &[],
        category: "インターネット利用のルール",
        heading: "インターネットを介したトラブルを防ぐ",
        explanation: "悪意のあるウェブサイトやセキュリティ上の問題があるウェブサイトを閲覧することでウイルス感染する可能性があります。また、SNSや掲示板へ悪ふざけした画像を投稿したり秘密情報を勝手に掲載して会社に被害を及ぼすことがあります。業務でのインターネット利用を制限する仕組みやルールにより、被害を防止することが必要です。",
        examples: &["インターネットの利用ルールを作る、SNSの利用ルールを作る、Webフィルタリング機能を導入することでシステムのインターネットの利用を制限するなど。"],
    },
    Question {
        no: 11,
        part: Part::Employee,
        text: "パソコンやサーバーのウイルス感染、故障や誤操作による重要情報の消失に備えてバックアップを取得していますか？",
        footnotes: &[],
        category: "バックアップのルール",
        heading: "バックアップを励行する",
        explanation: "故障や誤操作、ウイルス感染などにより、パソコンやサーバーの中に保存したデータが消えてしまうことがあります。このような不測の事態に備えて、バックアップを取得しておきましょう。",
        examples: &["重要情報のバックアップを定期的に行う、バックアップは別の場所に保存するなど。"],
    },
    Question {
        no: 12,
        part: Part::Employee,
        text: "紛失や盗難を防止するため、重要情報が記載された書類や電子媒体は机上に放置せず、書庫などに安全に保管していますか？",
        footnotes: &[],
        category: "保管のルール",
        heading: "重要情報の放置を禁止する",
        explanation: "机の上に放置された情報は、誰かに持ち去られたり、盗み見られたりする危険にさらされています。関係者以外が見たり、触れたりすることができないように、重要情報は放置せず、管理する必要があります。保管場所を定め、作業に必要な場合のみ持ち出し、終了後に戻すことを励行するようにしましょう。",
        examples: &["机の上をきれいにし、重要書類は鍵付き書庫に保管するなど。"],
    },
    Question {
        no: 13,
        part: Part::Employee,
        text: "重要情報が記載された書類や電子媒体を持ち出す時は、盗難や紛失の対策をしていますか？",
        footnotes: &[],
        category: "持ち出しのルール",
        heading: "重要情報は安全な方法で持ち出す",
        explanation: "重要情報を社外へ持ち出す場合、思わぬ盗難にあったり、うっかり紛失したりすることがあります。ノートパソコンやスマートフォンを利用してパスワードの入力を求めるように設定したり、データファイルを暗号化するなどの対策を事前に行うことで、盗難や紛失の際に情報を簡単に読み取られることができないようにしましょう。",
        examples: &["重要情報の持ち出しは許可制にする、ノートパソコン・スマートフォン・USBメモリなどはパスワードロックをかける、荷物を放置しないなど。"],
    },
    Question {
        no: 14,
        part: Part::Employee,
        text: "離席時にパソコン画面の覗き見や勝手な操作ができないようにしていますか？",
        footnotes: &[],
        category: "事務所の安全管理",
        heading: "機器を勝手に操作させない",
        explanation: "パソコンを使用した作業の途中でそのまま席を離れたり、パスワードなしでログインできるパソコンなど、誰でも操作できる状態のパソコンは、不正に使用される可能性があります。不正使用からパソコンを守るための対策を行いましょう。",
        examples: &["離席時にパソコンをロックする、退社時にパソコンをシャットダウンし、他人がパソコンを使うことを防ぐなど。"],
    },
    Question {
        no: 15,
        part: Part::Employee,
        text: "関係者以外の事務所への立ち入りを制限していますか？",
        footnotes: &[],
        category: "事務所の安全管理",
        heading: "見知らぬ人には声をかける",
        explanation: "関係者以外の事務所への立ち入りを制限しなければ侵入されてしまい、情報を盗み取られる危険性があります。特にサーバーや書庫・金庫など、重要な情報の保管場所の近くには無断で立ち入りができないようにしましょう。",
        examples: &["事務所で見知らぬ人は事務所に入れない、受付を設置するなど。"],
    },
    Question {
        no: 16,
        part: Part::Employee,
        text: "退社時にノートパソコンや備品を施錠保管するなど盗難防止対策をしていますか？",
        footnotes: &[],
        category: "事務所の安全管理",
        heading: "機器・備品の盗難防止対策を行う",
        explanation: "ノートパソコンやタブレット端末、USBメモリなどは手軽に持ち運べる便利さがある反面、盗難や紛失の危険性も高くなっています。利用しない場合は、施錠可能な引き出し等に保管するなどの対策を講じましょう。",
        examples: &["退社時に机の上のノートパソコンやタブレット端末、備品（CD、USBメモリ、外付けハードディスクなど）を引き出しにしまうなど。"],
    },
    Question {
        no: 17,
        part: Part::Employee,
        text: "事務所が無人になる時の施錠忘れ対策を実施していますか？",
        footnotes: &[],
        category: "事務所の安全管理",
        heading: "オフィスの戸締まりに気を配る",
        explanation: "最終退出者と退出時間の記録を残すことは、最終退出者による施錠の責任意識を向上させることにも役立ちます。施錠と退出記録の管理をしましょう。",
        examples: &["鍵の管理を徹底する、最終退出者は事務所を施錠し退出の記録（日時、退出者）を残すなど。"],
    },
    Question {
        no: 18,
        part: Part::Employee,
        text: "重要情報が記載された書類や重要なデータが保存された媒体を破棄する時は、復元できないようにしていますか？",
        footnotes: &[],
        category: "情報の安全な処分",
        heading: "重要情報は復元できないように消去する",
        explanation: "重要情報が記載された書類をゴミ箱にそのまま捨てると、関係者以外の目に触れてしまい、重大な漏えい事故を引き起こすことがあります。また、電子機器・電子媒体に保存された情報は、ファイル削除の操作をしても復元される恐れがあります。重要情報を廃棄する場合は、シュレッダーや消去用ソフトウェアを利用するなど、媒体ごとに適切な処分をしましょう。",
        examples: &["書類は細断する、電子データは消去ソフトを利用する、物理的に壊してから処分する、専門業者に消去を依頼するなど。"],
    },
    Question {
        no: 19,
        part: Part::Organization,
        text: "従業員に守秘義務を理解してもらい、業務上知り得た情報を外部に漏らさないなどのルールを守らせていますか？",
        footnotes: &[],
        category: "守秘義務の周知",
        heading: "従業員に守秘義務について理解してもらう",
        explanation: "従業員の守秘義務や機密保持について就業規則などで定められていることもあります。どのような情報が秘密なのか、何をしたらいけないのかなどを、従業員に明確に説明しましょう。",
        examples: &["採用の際に守秘義務について説明する、守秘に関する覚書を交わす、秘密としている情報を具体的に示すなど。"],
    },
    Question {
        no: 20,
        part: Part::Organization,
        text: "従業員にセキュリティに関する教育や注意喚起を行なっていますか？",
        footnotes: &[],
        category: "従業員教育",
        heading: "従業員に情報セキュリティ教育を行う",
        explanation: "日々の仕事では常に様々な情報を取り扱いますが、日常的であるがゆえに管理の意識がつい疎かになりがちです。従業員に対し繰り返し意識付けを行うことが有効です。",
        examples: &["情報管理の大切さや関連する法令などを説明する、定期的な研修の機会を設けるなど。"],
    },
    Question {
        no: 21,
        part: Part::Organization,
        text: "個人所有の情報機器を業務で利用する場合のセキュリティ対策を明確にしていますか？",
        footnotes: &[],
        category: "私物機器の利用",
        heading: "個人所有端末の業務での利用可否を決める",
        explanation: "個人所有のパソコンやスマートフォンを業務で使用する場合、管理が行き届かず、セキュリティの確保が難しくなります。個人所有端末の業務利用の可否や業務利用のルールを定めましょう。",
        examples: &["個人所有パソコン、スマートフォンの業務利用を許可制にする、業務利用する場合のルールを決めるなど。"],
    },
    Question {
        no: 22,
        part: Part::Organization,
        text: "重要情報の授受を伴う取引先との契約書には、秘密保持条項を規定していますか？",
        footnotes: &[],
        category: "取引先管理",
        heading: "取引先に秘密保持を要請する",
        explanation: "取引先が情報の内容から判断して「当然秘密にしてくれるだろう」という一方的な期待は禁物です。取引先に機密情報を提供する場合には、それを機密として取り扱ってもらうことを明確にすることが必要です。",
        examples: &["秘密保持や具体的な対策を明記した契約や覚書を交わす、情報セキュリティ対応方針を公表している取引先を選定する、取引先の情報セキュリティ対策を確認するなど。"],
    },
    Question {
        no: 23,
        part: Part::Organization,
        text: "クラウドサービスやウェブサイトの運用等で利用する外部サービスは、安全・信頼性を把握して選定していますか？",
        footnotes: &[],
        category: "外部サービスの利用",
        heading: "信頼できる外部サービスを使う",
        explanation: "クラウドサービスなど外部サービスをコスト優先で選んでしまうと障害等でサービスが利用できなくなっても、補償を受けられない場合もあります。外部サービスを利用する場合は、性能や信頼性、補償内容など十分に吟味しましょう。",
        examples: &["利用規約や補償内容、セキュリティ対策などを確認して事業者を選ぶなど。"],
    },
    Question {
        no: 24,
        part: Part::Organization,
        text: "セキュリティ事故が発生した場合に備え、緊急時の体制整備や対応手順を作成するなど準備をしていますか？",
        footnotes: &[],
        category: "事故への備え",
        heading: "事故発生に備えて事前に準備する",
        explanation: "実際に事故が起きてからだと、冷静に対応する余裕がなくなってしまう。また、対応が後手に回り、それが原因でさらに深刻な事態になりがちです。報道されるセキュリティ事故などを参考に「もし、同じことが自分の会社で起きたら・・・」を想定して、誰がいつ何をするのかをまとめておきましょう。",
        examples: &["重要情報の流出や紛失、盗難があった場合の対応手順書を作成し、従業員に周知するなど。"],
    },
    Question {
        no: 25,
        part: Part::Organization,
        text: "情報セキュリティ対策(上記1～24など)をルール化し、従業員に明示していますか？",
        footnotes: &[],
        category: "ルールの整備",
        heading: "情報セキュリティ対策をルール化する",
        explanation: "経営者が情報セキュリティ対策に関する方針を決めていたとしても、それを具体的なルールとして明文化していなければ、従業員は都度経営者の指示を仰がなければなりません。従業員が自らルールに従って行動できるように、「企業としてのルール」をまとめて明文化し、従業員がいつでも見られるようにしておく必要があります。",
        examples: &["情報セキュリティ対策として、診断シート項目のNo.1から24までをルール化して社内でも共有する、一度決めたルールでも問題があれば改善するなど。"],
    },
];

/// 情報セキュリティ対策支援サイト (named under the bands and on the cover).
pub const SUPPORT_SITE: Resource = Resource {
    name: "情報セキュリティ対策支援サイト",
    url: Some("https://security-shien.ipa.go.jp/"),
    description: "中小企業が情報セキュリティ対策を「はじめる」、さらには「強化していく」ことを支援するサイトです。",
};

/// 「中小企業の情報セキュリティ対策ガイドライン」 (bands 100 and 70～99). The pamphlet prints no
/// address of its own for it; its 付録 ハンドブック（ひな形） is published on the guideline page.
pub const GUIDELINE: Resource = Resource {
    name: "中小企業の情報セキュリティ対策ガイドライン",
    url: Some("https://www.ipa.go.jp/security/keihatsu/sme/guideline/"),
    description: "自社診断で100点満点が取れるよう組織全体のレベルアップを図りましょう。",
};

/// 「情報セキュリティハンドブック（ひな形）」 (band 50～69).
pub const HANDBOOK: Resource = Resource {
    name: "情報セキュリティハンドブック（ひな形）",
    url: Some("https://www.ipa.go.jp/security/keihatsu/sme/guideline/"),
    description: "中小企業の情報セキュリティ対策ガイドライン付録の「情報セキュリティハンドブック（ひな形）」を自社のルールに合わせて編集し、全従業員に配付するなどして一人ひとりが実施すべき対策の周知に取り組んでください。",
};

/// 「対策のしおり」 (band 49点以下).
pub const SHIORI: Resource = Resource {
    name: "対策のしおり",
    url: Some("https://www.ipa.go.jp/security/antivirus/shiori.html"),
    description: "情報セキュリティ上の様々な脅威への対策をテーマ別にわかりやすく解説した小冊子シリーズです。IPAのホームページからダウンロード（PDF）もできます。",
};

/// 「映像で知る情報セキュリティ」 (band 49点以下).
pub const VIDEOS: Resource = Resource {
    name: "映像で知る情報セキュリティ",
    url: Some("https://www.ipa.go.jp/security/keihatsu/videos/"),
    description: "情報セキュリティ上の様々な脅威と対策が学べる映像コンテンツです。10分前後のドラマやデモンストレーションを通じて情報セキュリティを学べます。",
};

/// 「MyJVNバージョンチェッカ」 (the tool the 解説編 names beside No.1).
pub const MYJVN: Resource = Resource {
    name: "MyJVNバージョンチェッカ",
    url: Some("http://jvndb.jvn.jp/apis/myjvn/"),
    description: "パソコンにインストールされているソフトウェア製品(ウェブブラウザや動画再生ソフトなど)のバージョンが最新であるかを簡単な操作でチェックできるツールです。MicrosoftのWindows Updateと併せて、ソフトウェア製品のバージョンアップを行う習慣を身に付けましょう。",
};

/// The question with number `no`, if it exists.
///
/// ```
/// use jishin_shindan::core::catalog;
/// assert_eq!(catalog::question(3).map(|q| q.heading), Some("強固なパスワードを使用する"));
/// assert!(catalog::question(26).is_none());
/// ```
pub fn question(no: QuestionNo) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.no == no)
}

/// The 解説編 heading and introduction of a Part.
pub fn part_info(part: Part) -> &'static PartInfo {
    match part {
        Part::Basic => &PARTS[0],
        Part::Employee => &PARTS[1],
        Part::Organization => &PARTS[2],
    }
}

/// The questions of one Part, in number order.
pub fn questions_of(part: Part) -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(move |q| q.part == part)
}
