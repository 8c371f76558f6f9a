//! Civil-date arithmetic and the .ics reminder (RFC 5545: CR LF, folding at 75 octets, escaping).
//!
//! Expected dates come from the Gregorian calendar (leap years: divisible by 4, except centuries
//! not divisible by 400) and the rule "same day N months later, or the month's last day".

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::time::{
    days_in_month, escape_text, fold_line, is_leap_year, local_time_text, offset_text,
    reminder_ics, CivilDate, Timestamp, REMINDER_SUMMARY,
};
use proptest::prelude::*;

fn plus_months(date: &str, months: u32) -> String {
    CivilDate::parse(date)
        .unwrap()
        .add_months(months)
        .unwrap()
        .to_string()
}

/// The content lines of an .ics file, with folded lines joined again.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn property<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines.iter().filter_map(|l| l.strip_prefix(name)).collect()
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    assert!(is_leap_year(2024));
    assert!(is_leap_year(2028));
    assert!(!is_leap_year(2026));
    assert!(!is_leap_year(1900));
    assert!(!is_leap_year(2100));
    assert!(is_leap_year(2000));
    assert!(is_leap_year(2400));
}

#[test]
fn month_lengths_are_right() {
    let lengths_2026 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (i, len) in lengths_2026.into_iter().enumerate() {
        assert_eq!(days_in_month(2026, i as u8 + 1), len);
    }
    assert_eq!(days_in_month(2028, 2), 29);
    assert_eq!(days_in_month(2026, 13), 0);
    assert_eq!(days_in_month(2026, 0), 0);
}

#[test]
fn parse_accepts_only_real_dates_in_the_exact_form() {
    assert_eq!(
        CivilDate::parse("2026-11-25"),
        Some(CivilDate {
            year: 2026,
            month: 11,
            day: 25
        })
    );
    for bad in [
        "",
        "2026-11-31",
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "0000-01-01",
        "2026/11/25",
        "2026-11-5",
        "26-11-25",
        "2026-11-25T00:00:00Z",
        " 2026-11-25",
        "２０２６-11-25",
        "+026-11-25",
        "2026-1a-25",
    ] {
        assert_eq!(CivilDate::parse(bad), None, "{bad:?}");
    }
    assert!(CivilDate::parse("2028-02-29").is_some());
    assert!(CivilDate::parse("2000-02-29").is_some());
    assert!(CivilDate::parse("1900-02-29").is_none());
}

#[test]
fn six_months_after_august_31_is_the_end_of_february() {
    assert_eq!(plus_months("2026-08-31", 6), "2027-02-28");
}

#[test]
fn six_months_after_august_31_before_a_leap_year_is_february_29() {
    assert_eq!(plus_months("2027-08-31", 6), "2028-02-29");
}

#[test]
fn twelve_months_after_february_29_is_february_28() {
    assert_eq!(plus_months("2028-02-29", 12), "2029-02-28");
    assert_eq!(plus_months("2028-02-29", 48), "2032-02-29");
}

#[test]
fn months_that_cross_the_year_wrap_correctly() {
    assert_eq!(plus_months("2026-07-15", 6), "2027-01-15");
    assert_eq!(plus_months("2026-12-31", 6), "2027-06-30");
    assert_eq!(plus_months("2026-06-30", 6), "2026-12-30");
    assert_eq!(plus_months("2026-11-25", 12), "2027-11-25");
    assert_eq!(plus_months("2026-03-31", 6), "2026-09-30");
    assert_eq!(plus_months("2026-05-31", 1), "2026-06-30");
}

#[test]
fn dates_past_year_9999_are_none() {
    let d = CivilDate::parse("9999-07-01").unwrap();
    assert_eq!(d.add_months(6), None);
    assert_eq!(CivilDate::parse("9999-12-31").unwrap().next_day(), None);
    assert_eq!(d.add_months(u32::MAX), None);
}

#[test]
fn next_day_rolls_over_months_and_years() {
    let next = |s: &str| CivilDate::parse(s).unwrap().next_day().unwrap().to_string();
    assert_eq!(next("2026-11-25"), "2026-11-26");
    assert_eq!(next("2026-11-30"), "2026-12-01");
    assert_eq!(next("2026-12-31"), "2027-01-01");
    assert_eq!(next("2027-02-28"), "2027-03-01");
    assert_eq!(next("2028-02-28"), "2028-02-29");
    assert_eq!(next("2028-02-29"), "2028-03-01");
}

#[test]
fn timestamps_from_to_iso_string_are_accepted() {
    for ok in [
        "2026-11-25T10:15:00.000Z",
        "2026-11-25T10:15:00+09:00",
        "2026-11-25T10:15Z",
        "2026-11-25T10:15:00.123456789-05:30",
        "2026-11-25",
    ] {
        assert_eq!(Timestamp::parse(ok).unwrap().as_str(), ok);
    }
    for bad in [
        "",
        "2026-11-25 10:15",
        "2026-11-25T10:15<script>",
        "2026-02-30T00:00:00.000Z",
        "2026-11-25T24:00:00Z",
        "2026-11-25T10:60Z",
        "2026-11-25T10",
        "2026-11-25T10:15:00.Z",
        "2026-11-25T10:15.5Z",
        "2026-11-25T10:15:00+9:00",
        "2026-11-25T::",
        "now",
        "2026-11-2",
    ] {
        assert!(Timestamp::parse(bad).is_none(), "{bad:?}");
    }
    assert!(Timestamp::parse(&format!("2026-11-25T{}", "1".repeat(40))).is_none());
}

#[test]
fn timestamps_compare_by_the_moment_they_name() {
    let t = |s| Timestamp::parse(s).unwrap();
    // The same moment in Tokyo and in UTC; the next day in Tokyo is still the day before in UTC.
    assert!(t("2026-11-25T19:15:00+09:00") < t("2026-11-25T10:15:00.001Z"));
    assert!(t("2026-11-26T08:00:00+09:00") < t("2026-11-25T23:30:00Z"));
    assert!(t("2026-11-25T10:15:00.000Z") < t("2026-11-25T10:15:00.001Z"));
    assert!(t("2026-11-25") < t("2026-11-25T00:00:00.001Z"));
    assert!(t("2026-12-31T23:59:59.999Z") < t("2027-01-01"));
    assert!(t("2028-02-29T12:00Z") > t("2028-02-28T12:00Z"));
    // Across a century that is not a leap year, and years far apart.
    assert!(t("2100-02-28T23:00Z") < t("2100-03-01T00:00Z"));
    assert!(t("0001-01-01") < t("9999-12-31"));
    // One moment written two ways: ordered by the text, never equal.
    let (a, b) = (t("2026-11-25T10:15:00Z"), t("2026-11-25T10:15:00+00:00"));
    assert_ne!(a, b);
    assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
}

/// `text` on the clocks of a zone `offset` minutes east of UTC, as `YYYY-MM-DD HH:MM`.
fn local(text: &str, offset: i32) -> String {
    Timestamp::parse(text)
        .unwrap()
        .local(offset)
        .unwrap()
        .date_time()
}

#[test]
fn a_moment_shows_on_the_local_clock_of_the_given_offset() {
    // Tokyo (UTC+9): 19:44 UTC is 04:44 the next morning; the seconds are dropped.
    assert_eq!(local("2026-12-06T19:44:32.083Z", 540), "2026-12-07 04:44");
    assert_eq!(local("2026-12-06T14:59:59.999Z", 540), "2026-12-06 23:59");
    assert_eq!(local("2026-12-06T15:00:00.000Z", 540), "2026-12-07 00:00");
    // New York (UTC−5 in winter, −4 in summer): early UTC mornings are the evening before.
    assert_eq!(local("2026-12-06T19:44:32.083Z", -300), "2026-12-06 14:44");
    assert_eq!(local("2026-01-01T03:00:00.000Z", -300), "2025-12-31 22:00");
    assert_eq!(local("2026-07-01T02:05:00.000Z", -240), "2026-06-30 22:05");
    // Half-hour zones, month ends and leap days.
    assert_eq!(local("2026-12-31T18:30:00.000Z", 330), "2027-01-01 00:00");
    assert_eq!(local("2028-02-28T20:00:00.000Z", 540), "2028-02-29 05:00");
    assert_eq!(local("2027-02-28T20:00:00.000Z", 540), "2027-03-01 05:00");
    assert_eq!(local("2100-03-01T02:00:00.000Z", -300), "2100-02-28 21:00");
    // UTC itself, and a timestamp written with its own offset.
    assert_eq!(local("2026-11-25T10:15:00.000Z", 0), "2026-11-25 10:15");
    assert_eq!(local("2026-11-25T19:15:00+09:00", 0), "2026-11-25 10:15");
    assert_eq!(local("2026-11-25T19:15:00+09:00", -300), "2026-11-25 05:15");
    // Out of the years 1–9999 after the shift: none.
    let t = |s| Timestamp::parse(s).unwrap();
    assert!(t("0001-01-01T02:00:00Z").local(-300).is_none());
    assert!(t("9999-12-31T20:00:00Z").local(540).is_none());
    assert_eq!(
        t("9999-12-31T20:00:00Z").local(-300).unwrap().date_time(),
        "9999-12-31 15:00"
    );
}

#[test]
fn a_local_time_states_its_offset_as_utc_plus_or_minus() {
    assert_eq!(
        local_time_text("2026-12-06T19:44:32.083Z", 540),
        "2026-12-07 04:44 (UTC+09:00)"
    );
    assert_eq!(
        local_time_text("2026-12-06T19:44:32.083Z", -300),
        "2026-12-06 14:44 (UTC-05:00)"
    );
    assert_eq!(
        local_time_text("2026-03-08T06:59:00.000Z", -210),
        "2026-03-08 03:29 (UTC-03:30)"
    );
    assert_eq!(
        local_time_text("2026-12-06T19:44:32.083Z", 0),
        "2026-12-06 19:44 (UTC+00:00)"
    );
    // What is not a moment is kept as written, never lost.
    assert_eq!(local_time_text("2026-11-25", 540), "2026-11-25");
    assert_eq!(local_time_text("", 540), "");
    assert_eq!(local_time_text("=cmd", 540), "=cmd");
    assert_eq!(
        local_time_text("0001-01-01T00:00:00Z", -60),
        "0001-01-01T00:00:00Z"
    );
    assert_eq!(offset_text(-720), "-12:00");
    assert_eq!(offset_text(840), "+14:00");
    assert_eq!(offset_text(345), "+05:45");
}

proptest! {
    /// The order of timestamps in the form the app writes is the order of their text, as it
    /// always was for the app's own data.
    #[test]
    fn the_apps_own_form_orders_like_its_text(
        a in (1u16..=9999, 1u8..=12, 1u8..=28, 0u8..24, 0u8..60, 0u8..60, 0u16..1000),
        b in (1u16..=9999, 1u8..=12, 1u8..=28, 0u8..24, 0u8..60, 0u8..60, 0u16..1000),
    ) {
        let text = |(y, mo, d, h, mi, s, ms): (u16, u8, u8, u8, u8, u8, u16)| {
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
        };
        let (a, b) = (text(a), text(b));
        prop_assert_eq!(
            Timestamp::parse(&a).unwrap().cmp(&Timestamp::parse(&b).unwrap()),
            a.cmp(&b)
        );
    }

    /// At offset 0 the local clock shows the text's own date, hour and minute; at any offset the
    /// local time, read back with that offset, names the same minute.
    #[test]
    fn local_time_is_the_same_minute_written_in_another_zone(
        (y, mo, d, h, mi, s) in (2u16..=9998, 1u8..=12, 1u8..=28, 0u8..24, 0u8..60, 0u8..60),
        offset in -720i32..=840,
    ) {
        let text = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.000Z");
        let t = Timestamp::parse(&text).unwrap();
        prop_assert_eq!(t.local(0).unwrap().date_time(), format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}"));
        let shown = t.local(offset).unwrap();
        let back = format!("{}T{:02}:{:02}:{s:02}{}", shown.date, shown.hour, shown.minute, offset_text(offset));
        let back = Timestamp::parse(&back).unwrap();
        prop_assert_eq!(back.local(0), t.local(0));
    }
}

#[test]
fn text_values_are_escaped() {
    assert_eq!(escape_text("a,b"), "a\\,b");
    assert_eq!(escape_text("a;b"), "a\\;b");
    assert_eq!(escape_text("a\\b"), "a\\\\b");
    assert_eq!(escape_text("1行目\n2行目"), "1行目\\n2行目");
    assert_eq!(escape_text("a\r\nb\rc"), "a\\nb\\nc");
}

#[test]
fn short_lines_are_not_folded() {
    assert_eq!(fold_line("VERSION:2.0"), "VERSION:2.0\r\n");
    let exactly_75 = "x".repeat(75);
    assert_eq!(fold_line(&exactly_75), format!("{exactly_75}\r\n"));
}

#[test]
fn long_ascii_lines_fold_at_75_octets() {
    let line = "x".repeat(200);
    let folded = fold_line(&line);
    let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    // 75, then 1 space + 74 each: 75 + 74 + 51 = 200.
    assert_eq!(physical.len(), 3);
    assert_eq!(physical[0].len(), 75);
    assert_eq!(physical[1], format!(" {}", "x".repeat(74)));
    assert_eq!(physical[2], format!(" {}", "x".repeat(51)));
}

#[test]
fn japanese_lines_fold_without_splitting_a_character() {
    // "DESCRIPTION:" is 12 octets, each あ is 3: after 21 あ the first line has 75 octets.
    let line = format!("DESCRIPTION:{}", "あ".repeat(60));
    let folded = fold_line(&line);
    let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(physical[0], format!("DESCRIPTION:{}", "あ".repeat(21)));
    // 1 space + 24 あ = 73 octets; a 25th would make 76. The last 15 go on a third line.
    assert_eq!(physical[1], format!(" {}", "あ".repeat(24)));
    assert_eq!(physical[2], format!(" {}", "あ".repeat(15)));
    assert_eq!(physical.len(), 3);
    assert!(physical.iter().all(|l| l.len() <= 75));
}

#[test]
fn reminder_is_an_all_day_event_six_months_later() {
    let ics = reminder_ics("2026-11-25", 6, "2026-11-25T10:15:00.000Z-100000000002", "").unwrap();
    let lines = unfolded(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(property(&lines, "VERSION:"), ["2.0"]);
    assert_eq!(property(&lines, "DTSTART;VALUE=DATE:"), ["20270525"]);
    assert_eq!(property(&lines, "DTEND;VALUE=DATE:"), ["20270526"]);
    assert_eq!(property(&lines, "DTSTAMP:"), ["20261125T000000Z"]);
    assert_eq!(property(&lines, "SUMMARY:"), [REMINDER_SUMMARY]);
    assert_eq!(property(&lines, "TRIGGER:"), ["-P1D"]);
    assert_eq!(
        property(&lines, "BEGIN:"),
        ["VCALENDAR", "VEVENT", "VALARM"]
    );
    assert_eq!(property(&lines, "END:"), ["VALARM", "VEVENT", "VCALENDAR"]);
    let description = property(&lines, "DESCRIPTION:");
    assert!(description[0].contains("2026-11-25"));
    assert!(description[0].contains("6か月"));
    assert!(description[0].contains("\\n"), "line breaks are escaped");
    assert!(!description[0].contains('\n'));
}

#[test]
fn reminder_handles_month_end_and_leap_years() {
    let start = |from: &str, months: u32| {
        let ics = reminder_ics(from, months, "seed", "").unwrap();
        property(&unfolded(&ics), "DTSTART;VALUE=DATE:")[0].to_string()
    };
    assert_eq!(start("2026-08-31", 6), "20270228");
    assert_eq!(start("2027-08-31", 6), "20280229");
    assert_eq!(start("2028-02-29", 12), "20290228");
    assert_eq!(start("2026-12-31", 12), "20271231");
    let ics = reminder_ics("2027-08-31", 6, "seed", "").unwrap();
    assert_eq!(property(&unfolded(&ics), "DTEND;VALUE=DATE:"), ["20280301"]);
}

#[test]
fn every_physical_line_ends_with_crlf_and_fits_75_octets() {
    let ics = reminder_ics("2026-11-25", 12, "長い種".repeat(50).as_str(), "").unwrap();
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'));
    assert!(!ics.replace("\r\n", "").contains('\r'));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    // Splitting inside a character would have made this String invalid already; check that
    // the folded DESCRIPTION really needed folding.
    assert!(ics.contains("\r\n "));
}

#[test]
fn reminder_is_deterministic_and_uid_depends_on_the_seed() {
    let a = reminder_ics("2026-11-25", 6, "one", "").unwrap();
    assert_eq!(a, reminder_ics("2026-11-25", 6, "one", "").unwrap());
    let uid = |ics: &str| property(&unfolded(ics), "UID:")[0].to_string();
    let b = reminder_ics("2026-11-25", 6, "two", "").unwrap();
    let c = reminder_ics("2026-11-25", 12, "one", "").unwrap();
    assert_ne!(uid(&a), uid(&b));
    assert_ne!(uid(&a), uid(&c));
    assert!(uid(&a).ends_with("@jishin-shindan"));
    assert!(uid(&a).is_ascii());
}

#[test]
fn seeds_with_special_characters_cannot_break_the_file() {
    let ics = reminder_ics("2026-11-25", 6, "a\r\nEND:VCALENDAR\r\n;,\\", "").unwrap();
    assert_eq!(property(&unfolded(&ics), "END:VCALENDAR").len(), 1);
}

#[test]
fn invalid_input_gives_no_reminder() {
    assert_eq!(reminder_ics("2026-02-30", 6, "s", ""), None);
    assert_eq!(reminder_ics("tomorrow", 6, "s", ""), None);
    assert_eq!(reminder_ics("2026-11-25", 0, "s", ""), None);
    assert_eq!(reminder_ics("9999-12-01", 6, "s", ""), None);
}

proptest! {
    #[test]
    fn folding_keeps_content_and_limits(s in "\\PC{0,300}") {
        let folded = fold_line(&s);
        prop_assert!(folded.ends_with("\r\n"));
        for line in folded.trim_end_matches("\r\n").split("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        prop_assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), s);
    }

    #[test]
    fn adding_months_lands_in_the_right_month_and_never_later_than_the_day(
        y in 1u16..9000, m in 1u8..=12, d in 1u8..=31, months in 0u32..400
    ) {
        if let Some(date) = CivilDate::new(y, m, d) {
            let later = date.add_months(months).unwrap();
            let index = |c: CivilDate| u32::from(c.year) * 12 + u32::from(c.month) - 1;
            prop_assert_eq!(index(later), index(date) + months);
            prop_assert!(later.day <= date.day);
            prop_assert!(later.day == date.day || later.day == days_in_month(later.year, later.month));
        }
    }
}

/// Issue 20: the reminder links back to the app with the last result.
#[test]
fn the_reminder_links_to_the_app_and_the_last_result() {
    let link = "https://example.or.jp/shindan/?org=sapporo-cci#r=1abcdefghijk&d=2026-11-25";
    let ics = reminder_ics("2026-11-25", 6, "seed", link).unwrap();
    let lines = unfolded(&ics);
    assert_eq!(property(&lines, "URL:"), [link]);
    let description = property(&lines, "DESCRIPTION:");
    assert!(
        description[0].ends_with(&format!("：{link}")),
        "{}",
        description[0]
    );
    // The URL is inside the event, before its alarm.
    let url_at = lines.iter().position(|l| l.starts_with("URL:")).unwrap();
    let alarm_at = lines.iter().position(|l| l == "BEGIN:VALARM").unwrap();
    assert!(url_at < alarm_at);
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
}

#[test]
fn a_reminder_without_a_link_or_with_a_broken_one_has_no_url() {
    for link in ["", "https://example.jp/\r\nEND:VEVENT", "a b"] {
        let ics = reminder_ics("2026-11-25", 6, "seed", link).unwrap();
        assert!(!ics.contains("URL:"), "{link:?}");
        assert!(!ics.contains("END:VEVENT\r\nEND:VEVENT"));
    }
}
