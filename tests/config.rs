//! An organisation's `config.json`: parsing, every validator with exact values, hostile input,
//! `?org=` IDs, the accent's contrast colour and the embed code.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::lang::{Lang, Localized};
use jishin_shindan::features::publish::model::{
    app_url, deployment_base, iframe_snippet, parse_config, parse_config_bytes, script_snippet,
    Accent, ConfigError, ConfigWarning, Email, Link, LogoPath, OrgConfig, OrgId, OrgSelection,
    Phone, Problem, MAX_CONFIG_BYTES,
};
use proptest::prelude::*;

/// The full example of docs/embedding.md and public/config.example.json, word for word.
const README_EXAMPLE: &str = r##"{
  "organization": { "name": "○○商工会議所", "url": "https://example.or.jp/", "logo": "logo.png" },
  "contact": { "name": "経営支援課", "phone": "011-000-0000", "email": "desk@example.or.jp",
               "url": "https://example.or.jp/soudan/", "hours": "平日 9:00～17:00" },
  "message": "会員企業の皆様へ：年に一度の自己診断をお願いします。",
  "accent_color": "#0b6e4f"
}"##;

fn warnings(raw: &str) -> Vec<(String, Problem)> {
    parse_config(raw)
        .unwrap()
        .warnings
        .into_iter()
        .map(|ConfigWarning { field, problem }| (field, problem))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Whole files
// ---------------------------------------------------------------------------------------------

#[test]
fn the_readme_example_parses_completely_without_warnings() {
    let parsed = parse_config(README_EXAMPLE).unwrap();
    assert_eq!(parsed.warnings, vec![]);
    let c = parsed.config;
    let org = c.organization.as_ref().unwrap();
    assert_eq!(org.name.as_deref(), Some("○○商工会議所"));
    assert_eq!(org.url.as_ref().unwrap().href(), "https://example.or.jp/");
    assert_eq!(org.logo.as_ref().unwrap().src(), "logo.png");
    let desk = c.contact.as_ref().unwrap();
    assert_eq!(desk.name.as_deref(), Some("経営支援課"));
    assert_eq!(desk.phone.as_ref().unwrap().display(), "011-000-0000");
    assert_eq!(desk.phone.as_ref().unwrap().href(), "tel:011-000-0000");
    assert_eq!(desk.email.as_ref().unwrap().as_str(), "desk@example.or.jp");
    assert_eq!(
        desk.email.as_ref().unwrap().href(),
        "mailto:desk@example.or.jp"
    );
    assert_eq!(
        desk.url.as_ref().unwrap().href(),
        "https://example.or.jp/soudan/"
    );
    assert_eq!(desk.hours.as_deref(), Some("平日 9:00～17:00"));
    assert_eq!(
        c.message.as_deref(),
        Some("会員企業の皆様へ：年に一度の自己診断をお願いします。")
    );
    assert_eq!(c.accent.unwrap().hex(), "#0b6e4f");
    assert_eq!(c.accent.unwrap().contrast_text(), "#ffffff");
    assert!(c.accent.unwrap().readable_on_white());
}

#[test]
fn an_empty_object_is_no_organisation() {
    let parsed = parse_config("{}").unwrap();
    assert_eq!(parsed.config, OrgConfig::default());
    assert!(parsed.config.is_empty());
    assert_eq!(parsed.warnings, vec![]);
}

#[test]
fn blank_and_null_fields_count_as_not_set_without_warnings() {
    let parsed = parse_config(
        r#"{ "organization": { "name": "  ", "url": null, "logo": "" },
             "contact": { "phone": "" }, "message": null, "accent_color": "" }"#,
    )
    .unwrap();
    assert_eq!(parsed.config, OrgConfig::default());
    assert_eq!(parsed.warnings, vec![]);
}

#[test]
fn text_is_trimmed_and_kept_as_written_even_when_it_looks_like_html() {
    let parsed =
        parse_config(r#"{ "organization": { "name": " <img src=x onerror=window.__pwned=1> " } }"#)
            .unwrap();
    assert_eq!(
        parsed.config.organization_name(),
        Some("<img src=x onerror=window.__pwned=1>")
    );
    assert_eq!(parsed.warnings, vec![]);
}

#[test]
fn hostile_fields_are_dropped_one_by_one_and_the_rest_applies() {
    let parsed = parse_config(
        r##"{
            "organization": { "name": "正しい名前", "url": "javascript:alert(1)", "logo": "../../secret.png" },
            "contact": { "name": "窓口", "phone": "call me", "email": "a@b.jp?bcc=x@evil.example",
                         "url": "data:text/html,<script>alert(1)</script>", "hours": "平日" },
            "message": "メッセージ",
            "accent_color": "red"
        }"##,
    )
    .unwrap();
    let c = &parsed.config;
    assert_eq!(c.organization_name(), Some("正しい名前"));
    assert!(c.organization.as_ref().unwrap().url.is_none());
    assert!(c.organization.as_ref().unwrap().logo.is_none());
    let desk = c.contact.as_ref().unwrap();
    assert_eq!(desk.name.as_deref(), Some("窓口"));
    assert_eq!(desk.hours.as_deref(), Some("平日"));
    assert!(desk.phone.is_none() && desk.email.is_none() && desk.url.is_none());
    assert_eq!(c.message.as_deref(), Some("メッセージ"));
    assert!(c.accent.is_none());
    let fields: Vec<_> = parsed.warnings.iter().map(|w| w.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "organization.url",
            "organization.logo",
            "contact.phone",
            "contact.email",
            "contact.url",
            "accent_color"
        ]
    );
    assert_eq!(parsed.warnings[0].problem, Problem::UnsafeUrl);
    assert_eq!(parsed.warnings[1].problem, Problem::UnsafeLogo);
    assert_eq!(parsed.warnings[2].problem, Problem::BadPhone);
    assert_eq!(parsed.warnings[3].problem, Problem::BadEmail);
    assert_eq!(parsed.warnings[5].problem, Problem::BadColor);
    assert_eq!(
        parsed.warnings[0].to_string(),
        "organization.url を無視しました：使えない URL です（https:, http:, mailto:, tel: または相対 URL のみ）"
    );
}

#[test]
fn a_section_whose_every_field_is_invalid_is_absent() {
    let parsed =
        parse_config(r#"{ "contact": { "url": "javascript:x", "phone": "abc" } }"#).unwrap();
    assert!(parsed.config.contact.is_none());
    assert!(parsed.config.is_empty());
    assert_eq!(parsed.warnings.len(), 2);
}

#[test]
fn unknown_keys_are_reported_with_their_path() {
    assert_eq!(
        warnings(
            r##"{ "acent_color": "#000", "organization": { "nmae": "x" }, "contact": { "fax": "1" } }"##
        ),
        vec![
            ("acent_color".to_string(), Problem::UnknownField),
            ("organization.nmae".to_string(), Problem::UnknownField),
            ("contact.fax".to_string(), Problem::UnknownField),
        ]
    );
}

#[test]
fn over_long_text_is_dropped_with_its_limit() {
    let name = "あ".repeat(101);
    let ok_name = "あ".repeat(100);
    assert_eq!(
        warnings(&format!(r#"{{ "organization": {{ "name": "{name}" }} }}"#)),
        vec![(
            "organization.name".to_string(),
            Problem::TooLong { max: 100 }
        )]
    );
    let parsed = parse_config(&format!(
        r#"{{ "organization": {{ "name": "{ok_name}" }} }}"#
    ))
    .unwrap();
    assert_eq!(parsed.config.organization_name(), Some(ok_name.as_str()));
    let message = "x".repeat(401);
    assert_eq!(
        warnings(&format!(r#"{{ "message": "{message}" }}"#)),
        vec![("message".to_string(), Problem::TooLong { max: 400 })]
    );
}

#[test]
fn line_breaks_are_kept_in_the_message_and_hours_but_refused_in_names() {
    let parsed = parse_config(
        r#"{ "message": "一行目\r\n二行目", "contact": { "hours": "平日\n土曜は午前", "name": "経営\n支援課" } }"#,
    )
    .unwrap();
    assert_eq!(parsed.config.message.as_deref(), Some("一行目\n二行目"));
    let desk = parsed.config.contact.as_ref().unwrap();
    assert_eq!(desk.hours.as_deref(), Some("平日\n土曜は午前"));
    assert!(desk.name.is_none());
    assert_eq!(
        parsed.warnings,
        vec![ConfigWarning {
            field: "contact.name".to_string(),
            problem: Problem::ControlCharacters
        }]
    );
}

#[test]
fn bidirectional_overrides_and_control_characters_are_refused_in_text() {
    for bad in [
        "\u{202e}0000-000-110",
        "a\u{2066}b",
        "a\u{0007}b",
        "tab\there",
    ] {
        let json = serde_json::json!({ "organization": { "name": bad } }).to_string();
        assert_eq!(
            warnings(&json),
            vec![("organization.name".to_string(), Problem::ControlCharacters)],
            "{bad:?}"
        );
    }
}

#[test]
fn malformed_files_give_no_config() {
    for raw in [
        "",
        "{",
        "{\"organization\": {\"name\": \"x\"}",
        "not json",
        "[]",
        "\"text\"",
        "null",
        "42",
        r#"{ "organization": "○○商工会議所" }"#,
        r#"{ "organization": { "name": 42 } }"#,
        r#"{ "contact": [] }"#,
        r#"{ "accent_color": 0 }"#,
        r#"{ "message": { "ja": "x" } }"#,
    ] {
        assert!(
            matches!(parse_config(raw), Err(ConfigError::Malformed(_))),
            "{raw:?} must be refused"
        );
    }
}

#[test]
fn the_malformed_message_gives_line_and_column_without_echoing_the_input() {
    let err = parse_config("{\n  \"message\": \"x\",\n  oops\n}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "JSON として読めないため使いません（書式の誤り、3 行 3 列）"
    );
}

#[test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    let raw = format!("{{\"x\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        parse_config(&raw),
        Err(ConfigError::TooLarge { .. })
    ));
    let raw = format!("{{\"x\":{}{}}}", "[".repeat(20_000), "]".repeat(20_000));
    assert!(matches!(parse_config(&raw), Err(ConfigError::Malformed(_))));
}

#[test]
fn files_over_64_kib_are_refused_by_size_before_parsing() {
    assert_eq!(MAX_CONFIG_BYTES, 65_536);
    let padding = " ".repeat(MAX_CONFIG_BYTES - 2);
    let exactly = format!("{{{padding}}}");
    assert_eq!(exactly.len(), MAX_CONFIG_BYTES);
    assert!(parse_config(&exactly).is_ok());
    let over = format!("{{{padding} }}");
    assert_eq!(
        parse_config(&over),
        Err(ConfigError::TooLarge {
            bytes: MAX_CONFIG_BYTES + 1
        })
    );
    let five_mb = vec![b' '; 5 * 1024 * 1024];
    assert_eq!(
        parse_config_bytes(&five_mb),
        Err(ConfigError::TooLarge {
            bytes: 5 * 1024 * 1024
        })
    );
}

#[test]
fn bytes_must_be_utf8_and_a_byte_order_mark_is_accepted() {
    // 「商工会」 in Shift_JIS.
    let sjis = b"{\"message\": \"\x8f\xa4\x8d\x48\x89\xef\"}";
    assert_eq!(parse_config_bytes(sjis), Err(ConfigError::NotUtf8));
    let with_bom = "\u{feff}{\"message\": \"商工会\"}";
    let parsed = parse_config_bytes(with_bom.as_bytes()).unwrap();
    assert_eq!(parsed.config.message.as_deref(), Some("商工会"));
}

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

#[test]
fn links_accept_web_mail_phone_and_relative_targets() {
    for ok in [
        "https://example.or.jp/",
        "http://example.or.jp/soudan/?a=1#b",
        "HTTPS://EXAMPLE.OR.JP/",
        "https://例え.jp/相談",
        "mailto:desk@example.or.jp",
        "tel:011-000-0000",
        "soudan.html",
        "/soudan/",
        "./soudan/",
        "?page=2",
        "#contact",
        "a/b:c",
    ] {
        assert_eq!(
            Link::parse(ok).map(|l| l.href().to_string()),
            Ok(ok.to_string())
        );
    }
    assert_eq!(
        Link::parse("  https://example.or.jp/  ").unwrap().href(),
        "https://example.or.jp/"
    );
}

#[test]
fn links_refuse_script_data_protocol_relative_and_obfuscated_targets() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        " javascript:alert(1)\u{0}",
        "\u{1}javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.or.jp/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example\\x",
        "https:evil.example",
        "https:///evil.example",
        "https://",
        "mailto:",
        "tel:",
        "https://example.or.jp/a b",
        "x:y",
    ] {
        assert_eq!(Link::parse(bad), Err(Problem::UnsafeUrl), "{bad:?}");
    }
    let long = format!("https://example.or.jp/{}", "a".repeat(2048));
    assert_eq!(Link::parse(&long), Err(Problem::TooLong { max: 2048 }));
}

// ---------------------------------------------------------------------------------------------
// Logo
// ---------------------------------------------------------------------------------------------

#[test]
fn logos_are_relative_image_paths_inside_the_deployment() {
    for ok in [
        "logo.png",
        "orgs/acme-logo.svg",
        "img/Logo_2025.JPG",
        "a/b/c.webp",
    ] {
        assert_eq!(LogoPath::parse(ok).unwrap().src(), ok);
    }
    for bad in [
        "../../secret.png",
        "img/../../x.png",
        "./logo.png",
        "/logo.png",
        "//evil.example/logo.png",
        "https://evil.example/logo.png",
        "data:image/png;base64,AAAA",
        "javascript:alert(1)//.png",
        "img\\logo.png",
        "%2e%2e/logo.png",
        "logo.png?x=1",
        "logo.html",
        "logo",
        ".png",
        "img/.png",
        "img//logo.png",
        "ロゴ.png",
        "logo .png",
    ] {
        assert_eq!(LogoPath::parse(bad), Err(Problem::UnsafeLogo), "{bad:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Phone and e-mail
// ---------------------------------------------------------------------------------------------

#[test]
fn phone_numbers_become_tel_links_of_digits_and_hyphens() {
    let cases = [
        ("011-000-0000", "tel:011-000-0000"),
        ("(011) 000-0000", "tel:011000-0000"),
        ("０１１－０００－００００", "tel:011-000-0000"),
        ("（０１１）０００ー００００", "tel:011000-0000"),
        ("+81-11-000-0000", "tel:+81-11-000-0000"),
        ("＋81 11 000 0000", "tel:+81110000000"),
        ("110", "tel:110"),
        ("-011--000-", "tel:011-000"),
    ];
    for (raw, href) in cases {
        let phone = Phone::parse(raw).unwrap();
        assert_eq!(phone.href(), href, "{raw}");
        assert_eq!(phone.display(), raw);
    }
    for bad in [
        "12",
        "011-000-0000（代表）",
        "011-000-0000 ext. 2",
        "1+1",
        "abc",
        "tel:0110000000",
        "123456789012345678901",
        "javascript:alert(1)",
    ] {
        assert_eq!(Phone::parse(bad), Err(Problem::BadPhone), "{bad:?}");
    }
}

#[test]
fn email_addresses_are_plain_and_cannot_add_mail_headers() {
    for ok in [
        "desk@example.or.jp",
        "a.b+c@example.co.jp",
        "soudan@商工会.jp",
    ] {
        assert_eq!(Email::parse(ok).unwrap().href(), format!("mailto:{ok}"));
    }
    for bad in [
        "desk",
        "desk@",
        "@example.or.jp",
        "desk@example",
        "a@b@example.or.jp",
        "desk@example.or.jp?subject=x",
        "desk@example.or.jp&cc=x",
        "de sk@example.or.jp",
        "desk@.example.or.jp",
        "desk@example..jp",
        "desk@example.or.jp.",
        "<desk@example.or.jp>",
        "javascript:alert(1)@x.jp",
        "desk@exa/mple.jp",
    ] {
        assert_eq!(Email::parse(bad), Err(Problem::BadEmail), "{bad:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------------------------

#[test]
fn colours_are_hash_rgb_or_hash_rrggbb_only() {
    assert_eq!(Accent::parse("#0b6e4f").unwrap().hex(), "#0b6e4f");
    assert_eq!(Accent::parse("#0B6E4F").unwrap().hex(), "#0b6e4f");
    assert_eq!(Accent::parse("#abc").unwrap().hex(), "#aabbcc");
    assert_eq!(Accent::parse(" #000 ").unwrap().hex(), "#000000");
    for bad in [
        "red",
        "0b6e4f",
        "#0b6e4",
        "#0b6e4f80",
        "#ggg",
        "#",
        "rgb(0,0,0)",
        "#0b6e4f;background:url(x)",
        "#０００",
        "var(--x)",
    ] {
        assert_eq!(Accent::parse(bad), Err(Problem::BadColor), "{bad:?}");
    }
}

#[test]
fn the_luminance_is_wcag_s_formula_for_every_channel_value() {
    // The app computes sRGB's power 2.4 without libm's `pow` (smaller wasm): the same value for
    // every 8-bit channel, grey (all three channels) and each channel alone.
    let reference = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    for v in 0..=255u8 {
        let grey = Accent::parse(&format!("#{v:02x}{v:02x}{v:02x}")).unwrap();
        assert!(
            (grey.luminance() - reference(v)).abs() < 1e-12,
            "#{v:02x}{v:02x}{v:02x}"
        );
        let red = Accent::parse(&format!("#{v:02x}0000")).unwrap();
        assert!(
            (red.luminance() - 0.2126 * reference(v)).abs() < 1e-12,
            "#{v:02x}0000"
        );
    }
    assert_eq!(Accent::parse("#000000").unwrap().luminance(), 0.0);
    assert!((Accent::parse("#ffffff").unwrap().luminance() - 1.0).abs() < 1e-12);
}

#[test]
fn the_contrasting_text_colour_is_chosen_by_luminance() {
    let contrast = |hex: &str| Accent::parse(hex).unwrap().contrast_text();
    assert_eq!(contrast("#000000"), "#ffffff");
    assert_eq!(contrast("#ffffff"), "#000000");
    assert_eq!(contrast("#1a4f8b"), "#ffffff");
    assert_eq!(contrast("#0b6e4f"), "#ffffff");
    assert_eq!(contrast("#ffcc00"), "#000000");
    assert_eq!(contrast("#00ffff"), "#000000");
    // Mid grey: white gives 3.95:1, black 5.32:1.
    assert_eq!(contrast("#777777"), "#000000");
    // #767676 is the classic "just 4.5:1 on white" grey, and still darker than the crossover.
    assert_eq!(contrast("#595959"), "#ffffff");
}

#[test]
fn luminance_and_contrast_ratios_follow_wcag() {
    let white = Accent::parse("#fff").unwrap();
    let black = Accent::parse("#000").unwrap();
    assert!((white.luminance() - 1.0).abs() < 1e-9);
    assert!(black.luminance().abs() < 1e-9);
    assert!((black.contrast_with_white() - 21.0).abs() < 1e-9);
    assert!((white.contrast_with_black() - 21.0).abs() < 1e-9);
    let grey = Accent::parse("#767676").unwrap();
    assert!((grey.contrast_with_white() - 4.54).abs() < 0.01);
}

#[test]
fn only_colours_dark_enough_for_text_on_white_replace_the_accent() {
    assert!(Accent::parse("#0b6e4f").unwrap().readable_on_white());
    assert!(Accent::parse("#767676").unwrap().readable_on_white());
    assert!(!Accent::parse("#777777").unwrap().readable_on_white());
    assert!(!Accent::parse("#ffcc00").unwrap().readable_on_white());
}

// ---------------------------------------------------------------------------------------------
// ?org=ID
// ---------------------------------------------------------------------------------------------

#[test]
fn org_ids_are_lowercase_letters_digits_and_hyphens_up_to_40() {
    for ok in ["a", "acme", "sapporo-cci", "0-9", &"a".repeat(40)] {
        let id = OrgId::parse(ok).unwrap();
        assert_eq!(id.to_string(), ok);
        assert_eq!(id.config_path(), format!("orgs/{ok}.json"));
    }
    for bad in [
        "",
        "UPPER",
        "Acme",
        "../x",
        "a/b",
        "a.json",
        "a b",
        "a%2e",
        "a_b",
        "ａｃｍｅ",
        &"a".repeat(41),
    ] {
        assert!(OrgId::parse(bad).is_none(), "{bad:?}");
    }
}

#[test]
fn the_org_parameter_picks_the_config_file() {
    assert_eq!(OrgSelection::from_param(None), OrgSelection::Default);
    assert_eq!(
        OrgSelection::from_param(Some("acme")),
        OrgSelection::Org(OrgId::parse("acme").unwrap())
    );
    assert_eq!(
        OrgSelection::from_param(Some("acme")).config_path(),
        "orgs/acme.json"
    );
    assert_eq!(
        OrgSelection::from_param(Some("../x")),
        OrgSelection::Invalid("../x".to_string())
    );
    assert_eq!(
        OrgSelection::from_param(Some("../x")).config_path(),
        "config.json"
    );
    assert_eq!(
        OrgSelection::from_param(Some("UPPER")).config_path(),
        "config.json"
    );
    assert_eq!(
        OrgSelection::from_param(Some("")).config_path(),
        "config.json"
    );
    assert!(OrgSelection::from_param(Some("UPPER")).org().is_none());
}

// ---------------------------------------------------------------------------------------------
// Embed code
// ---------------------------------------------------------------------------------------------

#[test]
fn the_deployment_base_is_the_page_folder() {
    assert_eq!(
        deployment_base("https://example.or.jp/"),
        "https://example.or.jp/"
    );
    assert_eq!(
        deployment_base("https://example.or.jp/check/index.html?org=acme#x"),
        "https://example.or.jp/check/"
    );
    assert_eq!(
        deployment_base("http://127.0.0.1:8080/a/b/?x=/y/"),
        "http://127.0.0.1:8080/a/b/"
    );
}

#[test]
fn snippets_point_at_the_deployment_and_carry_the_active_org() {
    let base = "https://example.or.jp/check/";
    let acme = OrgId::parse("acme").unwrap();
    assert_eq!(
        script_snippet(base, None),
        r#"<script src="https://example.or.jp/check/embed.js" async></script>"#
    );
    assert_eq!(
        script_snippet(base, Some(&acme)),
        r#"<script src="https://example.or.jp/check/embed.js" async data-org="acme"></script>"#
    );
    assert_eq!(
        app_url(base, Some(&acme)),
        "https://example.or.jp/check/index.html?org=acme"
    );
    assert_eq!(
        iframe_snippet(base, None),
        r#"<iframe src="https://example.or.jp/check/index.html" title="情報セキュリティ自社診断" width="100%" height="800" style="border:0" loading="lazy"></iframe>"#
    );
}

#[test]
fn snippets_escape_odd_characters_in_the_address() {
    assert_eq!(
        script_snippet(r#"https://example.or.jp/a"b'<c>&/"#, None),
        r#"<script src="https://example.or.jp/a&quot;b&#39;&lt;c&gt;&amp;/embed.js" async></script>"#
    );
}

// ---------------------------------------------------------------------------------------------
// Arbitrary input never panics
// ---------------------------------------------------------------------------------------------

/// JSON values of the config's shape with arbitrary (often hostile) strings in every place.
fn config_like() -> impl Strategy<Value = String> {
    let text = prop_oneof![
        any::<String>(),
        "[ -~]{0,40}",
        Just("javascript:alert(1)".to_string()),
        Just("../../x.png".to_string()),
        Just("#0b6e4f".to_string()),
    ];
    let value = prop_oneof![
        text.clone().prop_map(serde_json::Value::String),
        any::<i64>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
    ];
    let keys = prop_oneof![
        Just("name".to_string()),
        Just("url".to_string()),
        Just("logo".to_string()),
        Just("phone".to_string()),
        Just("email".to_string()),
        Just("hours".to_string()),
        any::<String>(),
    ];
    let section = proptest::collection::btree_map(keys, value.clone(), 0..6)
        .prop_map(|m| serde_json::Value::Object(m.into_iter().collect()));
    (
        proptest::option::of(section.clone()),
        proptest::option::of(section),
        proptest::option::of(value.clone()),
        proptest::option::of(value),
    )
        .prop_map(|(org, contact, message, accent)| {
            let mut root = serde_json::Map::new();
            if let Some(v) = org {
                root.insert("organization".into(), v);
            }
            if let Some(v) = contact {
                root.insert("contact".into(), v);
            }
            if let Some(v) = message {
                root.insert("message".into(), v);
            }
            if let Some(v) = accent {
                root.insert("accent_color".into(), v);
            }
            serde_json::Value::Object(root).to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_config_bytes(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = parse_config(&text);
    }

    #[test]
    fn config_shaped_input_never_panics_and_keeps_only_safe_values(raw in config_like()) {
        if let Ok(parsed) = parse_config(&raw) {
            let c = parsed.config;
            let links = c.organization.iter().filter_map(|o| o.url.as_ref())
                .chain(c.contact.iter().filter_map(|d| d.url.as_ref()));
            for link in links {
                let lower = link.href().to_ascii_lowercase();
                prop_assert!(!lower.starts_with("javascript:") && !lower.starts_with("data:"));
                prop_assert!(!link.href().starts_with("//") && !link.href().contains('\\'));
            }
            if let Some(logo) = c.organization.as_ref().and_then(|o| o.logo.as_ref()) {
                prop_assert!(!logo.src().contains("..") && !logo.src().contains(':'));
                prop_assert!(!logo.src().starts_with('/'));
            }
            if let Some(accent) = c.accent {
                prop_assert_eq!(accent.hex().len(), 7);
            }
        }
    }

    #[test]
    fn every_validator_survives_arbitrary_strings(s in any::<String>()) {
        let _ = Link::parse(&s);
        let _ = LogoPath::parse(&s);
        let _ = Phone::parse(&s);
        let _ = Email::parse(&s);
        let _ = Accent::parse(&s);
        let _ = OrgId::parse(&s);
        let _ = deployment_base(&s);
    }

    #[test]
    fn accepted_phone_links_hold_only_digits_plus_and_hyphens(s in "[0-9０-９+＋()（） ー－-]{0,30}") {
        if let Ok(phone) = Phone::parse(&s) {
            let rest = phone.href().strip_prefix("tel:").unwrap();
            prop_assert!(rest.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+'));
            prop_assert!(!rest.ends_with('-'));
        }
    }

    #[test]
    fn accepted_org_ids_match_the_pattern(s in "[a-zA-Z0-9./%_-]{0,45}") {
        let valid = !s.is_empty() && s.len() <= 40
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        prop_assert_eq!(OrgId::parse(&s).is_some(), valid);
    }
}

// ---------------------------------------------------------------------------------------------
// The config's own JSON reader (features/publish/model/json.rs); the fuzz target config_file checks it
// against serde_json on every input
// ---------------------------------------------------------------------------------------------

/// Why `text` is refused as not JSON of the config's shape (in Japanese, as the console says it).
fn malformed(text: &str) -> String {
    match parse_config(text) {
        Err(ConfigError::Malformed(detail)) => detail.text(Lang::Ja),
        other => panic!("{text:?} gave {other:?}"),
    }
}

#[test]
fn the_reader_says_where_the_text_breaks_off_or_goes_wrong() {
    assert_eq!(
        malformed("{\n  \"message\": \"x\""),
        "途中で終わっています、2 行 16 列"
    );
    assert_eq!(malformed("{\"message\": 01}"), "書式の誤り、1 行 14 列");
    assert_eq!(malformed("{\"組織\": x}"), "書式の誤り、1 行 8 列");
    assert_eq!(malformed("{\"a\": 1} {}"), "書式の誤り、1 行 10 列");
}

#[test]
fn a_field_twice_or_of_the_wrong_kind_is_refused_by_name() {
    assert_eq!(
        malformed(r#"{"message": "a", "message": "b"}"#),
        "項目 message が 2 回あります"
    );
    assert_eq!(
        malformed(r#"{"contact": {"phone": 110}}"#),
        "項目の型の誤り：contact.phone は \"…\" の形で書きます"
    );
    assert_eq!(
        malformed(r#"{"organization": ["x"]}"#),
        "項目の型の誤り：organization は {…} の形で書きます"
    );
    assert_eq!(
        malformed("[]"),
        "項目の型の誤り：ファイル全体 は {…} の形で書きます"
    );
}

#[test]
fn escapes_are_read_and_half_a_surrogate_pair_is_text_only_where_nobody_reads_it() {
    let parsed = parse_config(
        r#"{"message": "a\"\\\/\n\u3042\ud83d\ude00", "note": "\ud83d", "organization": null}"#,
    )
    .unwrap();
    assert_eq!(parsed.config.message.as_deref(), Some("a\"\\/\nあ😀"));
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].field, "note");
    assert!(matches!(
        parse_config(r#"{"message": "\ud83d"}"#),
        Err(ConfigError::Malformed(_))
    ));
    assert!(matches!(
        parse_config(r#"{"\ud83d": "x"}"#),
        Err(ConfigError::Malformed(_))
    ));
}

#[test]
fn a_key_that_is_not_text_is_refused_where_the_config_reads_keys_and_ignored_inside_an_unknown_key()
{
    // As serde_json reads it (the fuzz target config_file's regression): deep inside a key the
    // app does not know, it costs nothing else.
    let parsed =
        parse_config(r#"{"x": {"\ud83d": 1, "y": [{"\udc00": 2}]}, "message": "ok"}"#).unwrap();
    assert_eq!(parsed.config.message.as_deref(), Some("ok"));
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].field, "x");
    // Where the config reads keys (the top level, organization, contact): the file is refused.
    for text in [
        r#"{"\ud83d": "x"}"#,
        r#"{"organization": {"\ud83d": "x"}}"#,
        r#"{"contact": {"name": "a", "\udfff": 1}}"#,
    ] {
        assert!(malformed(text).contains("文字として読めないキー"), "{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// collect: where a member may send a result (issue 32)
// ---------------------------------------------------------------------------------------------

mod collect {
    use super::*;
    use jishin_shindan::features::publish::model::collect::{
        percent_encode, Collect, Letter, Words,
    };

    const WORDS: Words = Words {
        subject: "情報セキュリティ自社診断の結果（{date}）",
        greeting: "{org} 御中",
        intro: "結果を送ります。",
        date: "診断日",
        total: "合計",
        link: "結果（共有リンク）",
        company: "会社名",
        size: "従業員数",
        industry: "業種",
    };
    const LINK: &str = "https://example.or.jp/shindan/#r=10000000000g&d=2026-12-07";

    #[test]
    fn an_address_or_an_https_form_with_link_is_kept() {
        let parsed = parse_config(r#"{"collect": "desk@example.or.jp"}"#).unwrap();
        assert_eq!(
            parsed.config.collect,
            Some(Collect::Email(Email::parse("desk@example.or.jp").unwrap()))
        );
        assert!(parsed.warnings.is_empty());
        assert!(!parsed.config.is_empty());
        let form = r#"{"collect": " https://forms.example.jp/f?usp=pp_url&entry.1={link} "}"#;
        assert_eq!(
            parse_config(form).unwrap().config.collect,
            Some(Collect::Form(
                "https://forms.example.jp/f?usp=pp_url&entry.1={link}".to_string()
            ))
        );
    }

    #[test]
    fn anything_else_is_dropped_with_a_warning_and_the_rest_applies() {
        for bad in [
            "http://forms.example.jp/f?entry.1={link}",
            "https://forms.example.jp/f?entry.1=",
            "https://{link}.example.jp/f",
            "javascript:alert('{link}')",
            "mailto:desk@example.or.jp",
            "desk@example.or.jp?bcc=spy@evil.example",
            "desk@example.or.jp, spy@evil.example",
            "https://forms.example.jp/f?entry.1={link}\nX",
            "ご担当者",
        ] {
            let text = format!(
                r#"{{"organization": {{"name": "○○商工会議所"}}, "collect": {}}}"#,
                serde_json::to_string(bad).unwrap()
            );
            let parsed = parse_config(&text).unwrap();
            assert_eq!(parsed.config.collect, None, "{bad:?}");
            assert_eq!(parsed.config.organization_name(), Some("○○商工会議所"));
            assert_eq!(
                warnings(&text),
                vec![("collect".to_string(), Problem::BadCollect)],
                "{bad:?}"
            );
        }
        let long = format!("https://f.example.jp/{}{{link}}", "a".repeat(2048));
        let text = format!(r#"{{"collect": "{long}"}}"#);
        assert_eq!(
            warnings(&text),
            vec![("collect".to_string(), Problem::TooLong { max: 2048 })]
        );
    }

    #[test]
    fn a_mail_holds_the_dated_link_and_only_what_was_typed() {
        let collect = Collect::parse("desk@example.or.jp").unwrap();
        let bare = Letter::new(
            &collect,
            &WORDS,
            Some("○○商工会議所"),
            LINK,
            "2026-12-07",
            "67点",
            ["", "", "  "],
        );
        assert_eq!(bare.to, "desk@example.or.jp");
        assert_eq!(
            bare.subject.as_deref(),
            Some("情報セキュリティ自社診断の結果（2026-12-07）")
        );
        assert_eq!(
            bare.body,
            format!(
                "○○商工会議所 御中\n結果を送ります。\n\n診断日：2026-12-07\n合計：67点\n結果（共有リンク）：{LINK}"
            )
        );
        let typed = Letter::new(
            &collect,
            &WORDS,
            None,
            LINK,
            "2026-12-07",
            "67点",
            ["株式会社サンプル\n本社", "6～20人", "製造業"],
        );
        assert_eq!(
            typed.body,
            format!(
                "結果を送ります。\n\n診断日：2026-12-07\n合計：67点\n結果（共有リンク）：{LINK}\n会社名：株式会社サンプル 本社\n従業員数：6～20人\n業種：製造業"
            )
        );
        assert_eq!(
            typed.href,
            format!(
                "mailto:desk@example.or.jp?subject={}&body={}",
                percent_encode("情報セキュリティ自社診断の結果（2026-12-07）"),
                percent_encode(&typed.body.replace('\n', "\r\n"))
            )
        );
        // Nothing typed can add a header or a recipient: every `&`, `?`, `=` and line break is
        // encoded.
        let sneaky = Letter::new(
            &collect,
            &WORDS,
            None,
            LINK,
            "2026-12-07",
            "67点",
            ["A&bcc=spy@evil.example?cc=x", "", ""],
        );
        let query = sneaky.href.split_once('?').unwrap().1;
        assert_eq!(query.matches('&').count(), 1, "{query}");
        assert!(!query.contains("bcc="));
    }

    #[test]
    fn a_form_gets_the_link_encoded_where_link_stands() {
        let collect =
            Collect::parse("https://forms.example.jp/f?usp=pp_url&entry.1={link}").unwrap();
        let letter = Letter::new(
            &collect,
            &WORDS,
            Some("○○商工会議所"),
            LINK,
            "2026-12-07",
            "67点",
            ["typed", "is", "ignored"],
        );
        assert_eq!(
            letter.href,
            "https://forms.example.jp/f?usp=pp_url&entry.1=https%3A%2F%2Fexample.or.jp%2Fshindan%2F%23r%3D10000000000g%26d%3D2026-12-07"
        );
        assert_eq!(letter.subject, None);
        assert_eq!(letter.body, LINK);
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved_bytes() {
        assert_eq!(percent_encode("Az09-._~"), "Az09-._~");
        assert_eq!(
            percent_encode("合計 67点\r\n"),
            "%E5%90%88%E8%A8%88%2067%E7%82%B9%0D%0A"
        );
    }
}
