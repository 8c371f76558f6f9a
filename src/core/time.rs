//! Civil dates, local times and the .ics reminder for the next diagnosis.
//!
//! [`CivilDate`] is plain proleptic-Gregorian arithmetic (no time zones, no clock): parsing
//! `YYYY-MM-DD`, adding months with the day clamped to the month's end, and the next day.
//! [`Timestamp::local`] shows a moment on a zone's clocks, given the zone's offset in minutes
//! (the browser knows it; this module never asks): the one place a time is formatted for people.
//! [`reminder_ics`] turns a diagnosis date into an RFC 5545 calendar file with one all-day event.

use std::fmt;

/// A calendar date (year 1–9999), as written in `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// 1–9999.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–28/29/30/31, depending on the month.
    pub day: u8,
}

/// True for Gregorian leap years (every 4th year, except centuries not divisible by 400).
///
/// ```
/// use jishin_shindan::core::time::is_leap_year;
/// assert!(is_leap_year(2028));
/// assert!(!is_leap_year(2100));
/// assert!(is_leap_year(2000));
/// ```
pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Number of days in `month` (1–12) of `year`; 0 for a month out of range.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// The date, if it exists (year 1–9999, month 1–12, day within the month).
    pub fn new(year: u16, month: u8, day: u8) -> Option<CivilDate> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(CivilDate { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded, a real date). Anything else,
    /// including trailing characters, gives `None`.
    ///
    /// ```
    /// use jishin_shindan::core::time::CivilDate;
    /// assert!(CivilDate::parse("2028-02-29").is_some());
    /// assert!(CivilDate::parse("2027-02-29").is_none());
    /// assert!(CivilDate::parse("2026-1-05").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<CivilDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            b[range].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        CivilDate::new(year, month, day)
    }

    /// The date `months` calendar months later, with the day clamped to the end of the target
    /// month (2026-08-31 + 6 months = 2027-02-28). `None` past the year 9999.
    ///
    /// ```
    /// use jishin_shindan::core::time::CivilDate;
    /// let d = CivilDate::parse("2026-08-31").unwrap();
    /// assert_eq!(d.add_months(6).unwrap().to_string(), "2027-02-28");
    /// ```
    pub fn add_months(self, months: u32) -> Option<CivilDate> {
        let index = u64::from(self.year) * 12 + u64::from(self.month - 1) + u64::from(months);
        let year = u16::try_from(index / 12).ok()?;
        // index % 12 < 12, so this always fits.
        let month = (index % 12) as u8 + 1;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        CivilDate::new(year, month, day)
    }

    /// The following day (`None` after 9999-12-31).
    ///
    /// ```
    /// use jishin_shindan::core::time::CivilDate;
    /// let d = CivilDate::parse("2026-12-31").unwrap();
    /// assert_eq!(d.next_day().unwrap().to_string(), "2027-01-01");
    /// ```
    pub fn next_day(self) -> Option<CivilDate> {
        if self.day < days_in_month(self.year, self.month) {
            CivilDate::new(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            CivilDate::new(self.year, self.month + 1, 1)
        } else {
            CivilDate::new(self.year.checked_add(1)?, 1, 1)
        }
    }

    /// The iCalendar DATE form, `YYYYMMDD`.
    pub fn to_basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for CivilDate {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A moment, as the app writes it (`Date.prototype.toISOString()`, e.g.
/// `2026-11-25T10:15:00.000Z`) or in a similar ISO 8601 form: `YYYY-MM-DD` (a real date),
/// optionally followed by `THH:MM`, `:SS` and a fraction of a second, and `Z` or an offset
/// `±HH:MM` (none means UTC). Saved data and export files hold it as that text, kept exactly as
/// read (a history entry's id is made from it); two timestamps compare by the moment they name,
/// whatever the form.
///
/// ```
/// use jishin_shindan::core::time::Timestamp;
/// let utc = Timestamp::parse("2026-11-25T10:15:00.000Z").unwrap();
/// let tokyo = Timestamp::parse("2026-11-25T19:00+09:00").unwrap();
/// assert!(tokyo < utc);
/// assert_eq!(utc.as_str(), "2026-11-25T10:15:00.000Z");
/// assert!(Timestamp::parse("2026-11-25").is_some());
/// assert!(Timestamp::parse("2026-11-31T00:00:00Z").is_none());
/// assert!(Timestamp::parse("2026-11-25T25:00Z").is_none());
/// assert!(Timestamp::parse("yesterday").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: String,
    /// Milliseconds since 0000-03-01 UTC, rounded down: what the order is decided by.
    instant: i64,
}

impl Timestamp {
    /// The timestamp written in `text`; `None` for anything else (see [`Timestamp`]).
    pub fn parse(text: &str) -> Option<Timestamp> {
        let date = CivilDate::parse(text.get(..10)?)?;
        let rest = text.get(10..)?;
        let millis = match rest.as_bytes() {
            [] => 0,
            [b'T', clock @ ..] => time_of_day(clock)?,
            _ => return None,
        };
        Some(Timestamp {
            text: text.to_string(),
            instant: day_number(date) * 86_400_000 + millis,
        })
    }

    /// The text, exactly as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl Ord for Timestamp {
    /// By the moment; the same moment written two ways (`Z`, `+00:00`) by the text.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.instant, &self.text).cmp(&(other.instant, &other.text))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for Timestamp {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Timestamp {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a timestamp: {text:?}")))
    }
}

/// A moment as a clock on the wall shows it in one time zone: the day, the hour and the minute
/// there, and the zone's offset from UTC. Made by [`Timestamp::local`]; the offset comes from the
/// browser (`platform::files::utc_offset`), so this stays pure and testable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// The day in that zone.
    pub date: CivilDate,
    /// 0–23.
    pub hour: u8,
    /// 0–59 (the seconds are dropped, not rounded: 04:44:59 is 04:44).
    pub minute: u8,
    /// Minutes east of UTC: Tokyo 540, New York −300 (−240 in summer), India 330.
    pub offset_minutes: i32,
}

impl LocalTime {
    /// `YYYY-MM-DD HH:MM`, as people read a time in their own zone (the history's list).
    ///
    /// ```
    /// use jishin_shindan::core::time::Timestamp;
    /// let t = Timestamp::parse("2026-12-06T19:44:32.083Z").unwrap();
    /// assert_eq!(t.local(540).unwrap().date_time(), "2026-12-07 04:44");
    /// ```
    pub fn date_time(&self) -> String {
        format!("{} {:02}:{:02}", self.date, self.hour, self.minute)
    }
}

impl fmt::Display for LocalTime {
    /// `YYYY-MM-DD HH:MM (UTC±HH:MM)`: the local time with its offset stated, how the files people
    /// read write a moment (the result CSV's 診断日時). The offset is written as Windows and
    /// most calendars name zones (「(UTC+09:00) 大阪、札幌、東京」), so it reads at a glance and a
    /// program can still compute the moment from it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (UTC{})",
            self.date_time(),
            offset_text(self.offset_minutes)
        )
    }
}

/// An offset east of UTC in minutes as ISO 8601 writes it: `+09:00`, `-05:00`, `+05:30`,
/// `+00:00`.
///
/// ```
/// use jishin_shindan::core::time::offset_text;
/// assert_eq!(offset_text(540), "+09:00");
/// assert_eq!(offset_text(-300), "-05:00");
/// assert_eq!(offset_text(-570), "-09:30");
/// assert_eq!(offset_text(0), "+00:00");
/// ```
pub fn offset_text(offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let minutes = offset_minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

impl Timestamp {
    /// This moment on the clocks of a zone `offset_minutes` east of UTC (Tokyo 540, New York
    /// −300), possibly on another day than in UTC. `None` if that day falls outside the years
    /// 1–9999.
    ///
    /// ```
    /// use jishin_shindan::core::time::Timestamp;
    /// let t = Timestamp::parse("2026-12-06T19:44:32.083Z").unwrap();
    /// assert_eq!(t.local(540).unwrap().to_string(), "2026-12-07 04:44 (UTC+09:00)");
    /// assert_eq!(t.local(-300).unwrap().to_string(), "2026-12-06 14:44 (UTC-05:00)");
    /// ```
    pub fn local(&self, offset_minutes: i32) -> Option<LocalTime> {
        const DAY: i64 = 86_400_000;
        let millis = self.instant + i64::from(offset_minutes) * 60_000;
        let date = civil_date(millis.div_euclid(DAY))?;
        let minute_of_day = millis.rem_euclid(DAY) / 60_000;
        Some(LocalTime {
            date,
            // Both are below 24 and 60 (a day has 1440 minutes).
            hour: u8::try_from(minute_of_day / 60).ok()?,
            minute: u8::try_from(minute_of_day % 60).ok()?,
            offset_minutes,
        })
    }

    /// True when the text names a time of day, not only a date (`YYYY-MM-DD`).
    pub fn has_time(&self) -> bool {
        self.text.len() > 10
    }
}

/// A moment written by the app (`completed_at`, ISO 8601 in UTC) as the files people read show
/// it: the local time with its offset stated (`2026-12-07 04:44 (UTC+09:00)`, see
/// [`LocalTime`]'s `Display`). A plain date stays as written (it names a day, not a moment), and
/// a text that is not a timestamp is returned unchanged rather than lost.
///
/// ```
/// use jishin_shindan::core::time::local_time_text;
/// assert_eq!(local_time_text("2026-12-06T19:44:32.083Z", 540), "2026-12-07 04:44 (UTC+09:00)");
/// assert_eq!(local_time_text("2026-11-25", 540), "2026-11-25");
/// assert_eq!(local_time_text("yesterday", 540), "yesterday");
/// ```
pub fn local_time_text(timestamp: &str, offset_minutes: i32) -> String {
    Timestamp::parse(timestamp)
        .filter(Timestamp::has_time)
        .and_then(|t| t.local(offset_minutes))
        .map_or_else(|| timestamp.to_string(), |t| t.to_string())
}

/// Reads an optional timestamp that may be missing, empty or not valid: all three give `None`
/// (saved data and import files keep what they can; a bad "last changed" only loses that).
/// Serialised back, `None` is left out (`skip_serializing_if = "Option::is_none"`).
pub fn lenient<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Timestamp>, D::Error> {
    use serde::Deserialize;
    let text = Option::<String>::deserialize(deserializer)?;
    Ok(text.as_deref().and_then(Timestamp::parse))
}

/// Writes an optional timestamp as its text, and `None` as `""`: the stored form of "never"
/// that saved data and export files have always had.
pub fn text_or_empty<S: serde::Serializer>(
    time: &Option<Timestamp>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(time.as_ref().map_or("", Timestamp::as_str))
}

/// Reads an optional date written as `YYYY-MM-DD`, or `""` for none; anything else that is
/// text reads as none too (the reader of the whole record notes it: see
/// `features::after::model::lenient`).
pub fn lenient_date<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<CivilDate>, D::Error> {
    use serde::Deserialize;
    let text = Option::<String>::deserialize(deserializer)?;
    Ok(text.as_deref().and_then(CivilDate::parse))
}

/// Writes an optional date as `YYYY-MM-DD`, and `None` as `""`: the stored form saved data and
/// export files have always had.
pub fn date_or_empty<S: serde::Serializer>(
    date: &Option<CivilDate>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&field_text(*date))
}

/// A date as a date field (`<input type="date">`) and saved data hold it: `YYYY-MM-DD`, or
/// empty for none.
///
/// ```
/// use jishin_shindan::core::time::{field_text, CivilDate};
/// assert_eq!(field_text(CivilDate::parse("2027-01-05")), "2027-01-05");
/// assert_eq!(field_text(None), "");
/// ```
pub fn field_text(date: Option<CivilDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Days from 0000-03-01 to `date` (proleptic Gregorian; H. Hinnant's days_from_civil).
fn day_number(date: CivilDate) -> i64 {
    let (month, day) = (i64::from(date.month), i64::from(date.day));
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era
}

/// The date `days` after 0000-03-01 (the inverse of [`day_number`]; H. Hinnant's
/// civil_from_days), if it is within the years 1–9999.
fn civil_date(days: i64) -> Option<CivilDate> {
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    CivilDate::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// `HH:MM[:SS[.fraction]][Z|±HH:MM]` as milliseconds after midnight UTC (negative or past a
/// day when the offset moves it to another day). Byte by byte: this runs in the first visit's
/// wasm, where every kilobyte counts.
fn time_of_day(b: &[u8]) -> Option<i64> {
    let two = |at: usize, max: u8| -> Option<i64> {
        let (tens, ones) = (
            b.get(at)?.wrapping_sub(b'0'),
            b.get(at + 1)?.wrapping_sub(b'0'),
        );
        (tens < 10 && ones < 10 && tens * 10 + ones <= max).then(|| i64::from(tens * 10 + ones))
    };
    if b.get(2) != Some(&b':') {
        return None;
    }
    let hours = two(0, 23)?;
    let minutes = two(3, 59)?;
    let (mut at, mut seconds, mut millis) = (5, 0, 0);
    if b.get(at) == Some(&b':') {
        seconds = two(at + 1, 59)?;
        at += 3;
        if b.get(at) == Some(&b'.') {
            at += 1;
            let start = at;
            while let Some(digit) = b.get(at).map(|d| d.wrapping_sub(b'0')).filter(|d| *d < 10) {
                if at - start < 3 {
                    millis = millis * 10 + i64::from(digit);
                }
                at += 1;
            }
            let digits = at - start;
            if digits == 0 || digits > 9 {
                return None;
            }
            for _ in digits..3 {
                millis *= 10;
            }
        }
    }
    let offset = match b.get(at) {
        None => 0,
        Some(b'Z') if at + 1 == b.len() => 0,
        Some(&sign @ (b'+' | b'-')) if at + 6 == b.len() && b.get(at + 3) == Some(&b':') => {
            let minutes = two(at + 1, 23)? * 60 + two(at + 4, 59)?;
            if sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => return None,
    };
    Some(((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + millis)
}

/// The event title of the reminder.
pub const REMINDER_SUMMARY: &str = "情報セキュリティ自社診断の再チェック";

/// Escapes an iCalendar TEXT value (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`,
/// line breaks → `\n` (a CR LF pair or a lone CR counts as one break).
///
/// ```
/// use jishin_shindan::core::time::escape_text;
/// assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
/// ```
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation
/// lines start with one space, lines end with CR LF. Never splits a UTF-8 character.
///
/// ```
/// use jishin_shindan::core::time::fold_line;
/// let folded = fold_line(&"あ".repeat(30));
/// assert!(folded.split("\r\n").all(|l| l.len() <= 75));
/// assert_eq!(folded.replace("\r\n ", ""), format!("{}\r\n", "あ".repeat(30)));
/// ```
pub fn fold_line(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// FNV-1a, 64 bits: a stable, dependency-free digest so any seed makes a valid UID.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// An .ics file (iCalendar, RFC 5545) with one all-day event `months` after `from_date`
/// (`YYYY-MM-DD`, normally the date of the last diagnosis; 6 or 12 months in the app), and an
/// alarm one day before.
///
/// The output is deterministic: `DTSTAMP` is `from_date` at 00:00 UTC, and the `UID` is derived
/// from `uid_seed` (e.g. the history entry's id), the target date and `months`, so downloading the
/// same reminder twice updates one calendar entry instead of adding two. Lines are folded at 75
/// octets and end with CR LF. Serve it as `text/calendar`, e.g. `jishin-shindan-YYYYMMDD.ics`.
///
/// `link` (empty for none) is the app's address with the last result as a share link (issue 20):
/// the event's `URL` and the last line of its description, so the reminder brings the user back
/// to the app, and a phone whose browser deleted the site's data can still open the last result
/// and put it back into the history.
///
/// `None` when `from_date` is not a valid `YYYY-MM-DD`, `months` is 0, or the date would pass
/// the year 9999.
///
/// ```
/// use jishin_shindan::core::time::reminder_ics;
/// let ics = reminder_ics("2026-08-31", 6, "seed", "https://example.jp/check/#r=1abc&d=2026-08-31").unwrap();
/// assert!(ics.contains("DTSTART;VALUE=DATE:20270228\r\n"));
/// assert!(ics.contains("SUMMARY:情報セキュリティ自社診断の再チェック\r\n"));
/// assert!(ics.contains("URL:https://example.jp/check/#r=1abc&d=2026-08-31\r\n"));
/// assert!(reminder_ics("2026-02-30", 6, "seed", "").is_none());
/// ```
pub fn reminder_ics(from_date: &str, months: u32, uid_seed: &str, link: &str) -> Option<String> {
    if months == 0 {
        return None;
    }
    let from = CivilDate::parse(from_date)?;
    let start = from.add_months(months)?;
    let end = start.next_day()?;
    let mut description = format!(
        "前回の診断（{from}）から{months}か月が経ちました。\n\
         同じ25問にもう一度答えて、対策の進み具合を確かめましょう。\n\
         アプリの「履歴」で、前回からの変化を確認できます。"
    );
    // A URL is one line without spaces or control characters; anything else is left out.
    let link = (!link.is_empty() && !link.chars().any(|c| c.is_whitespace() || c.is_control()))
        .then_some(link);
    if let Some(link) = link {
        description.push_str(&format!(
            "\nアプリと前回の結果（この端末に履歴が残っていないときも開けます）：{link}"
        ));
    }
    let alarm = format!("明日は{REMINDER_SUMMARY}の日です。");
    let uid = format!(
        "{}-{months}m-{:016x}@jishin-shindan",
        start.to_basic(),
        fnv1a(uid_seed)
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//jishin-shindan//reminder//JA".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}T000000Z", from.to_basic()),
        format!("DTSTART;VALUE=DATE:{}", start.to_basic()),
        format!("DTEND;VALUE=DATE:{}", end.to_basic()),
        format!("SUMMARY:{}", escape_text(REMINDER_SUMMARY)),
        format!("DESCRIPTION:{}", escape_text(&description)),
    ];
    let url = link.map(|link| format!("URL:{link}"));
    let tail = [
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape_text(&alarm)),
        "TRIGGER:-P1D".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    Some(
        lines
            .iter()
            .chain(url.iter())
            .chain(tail.iter())
            .map(|l| fold_line(l))
            .collect(),
    )
}
