//! The properties the fuzzer checks, one function per target (issue 18). Each takes the raw
//! bytes libFuzzer makes up and panics when a property does not hold, so a panic is either a
//! crash of the decoder itself or a broken promise; both keep the input (`scripts/fuzz.sh`).
//!
//! Beyond "never panics":
//! - saved data: unreadable bytes give a fresh session and the reason (the app then keeps them
//!   aside); readable bytes lose nothing silently (whatever was left out is reported, which also
//!   makes the app keep the bytes aside), and what is read saves and reads back the same;
//! - export files and share codes: `decode(encode(x)) == x`;
//! - imports: the preview changes nothing, the confirmed merge keeps everything of both sides;
//! - the two-tab merge: no answer, history entry or plan task either side has is dropped;
//! - config files: a refused value never reaches the screen, every shown value is valid; the
//!   app's own small JSON reader accepts and reads exactly what serde_json with serde's derived
//!   reader (the reference, below) does;
//! - links (`?org=`, `?screen=`, `?lang=`, `#r=`) and the inputs of 「複数の結果をまとめる」;
//! - the roll-up (「会員企業の結果を集計する」): pasted text and CSV/TSV tables read the same whole
//!   or in slices, and every link or code found is counted, dropped as a duplicate or reported.

use std::collections::BTreeSet;

use jishin_shindan::core::lang::Lang;
use jishin_shindan::core::time::{CivilDate, Timestamp};
use jishin_shindan::core::{share, Answers, Choice};
use jishin_shindan::features::combine::model::{read_pasted, Collection, MAX_SOURCES};
use jishin_shindan::features::publish::model::{
    parse_config_bytes, read_raw, Accent, Email, Link, LogoPath, OrgId, OrgSelection, Phone,
    Problem, RawConfig, RawContact, RawOrganization,
};
use jishin_shindan::features::rollup::model::builder::Problem as RollUpProblem;
use jishin_shindan::features::rollup::model::table::detect;
use jishin_shindan::features::rollup::model::{figures_csv, RollUp, RollUpBuilder};
use jishin_shindan::store::records::{
    merge_records, HistoryEntry, Profile, Records, RecordsAction, TaskState,
};
use jishin_shindan::store::snapshot::{join_history, HISTORY_REF};
use jishin_shindan::store::state::State;
use jishin_shindan::store::sync::{merge, Base, Side};
use jishin_shindan::store::transfer::read_combine_file;
use jishin_shindan::store::transfer::{self, export, parse_import, preview};
use jishin_shindan::store::Snapshot;
use jishin_shindan::store::Step;

/// Bytes read as structured choices; past the end every read is 0.
struct Bytes<'a> {
    data: &'a [u8],
}

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[usize::from(self.byte()) % from.len()]
    }

    /// Answers for the 25 questions, some left open unless `complete`.
    fn answers(&mut self, complete: bool) -> Answers {
        let mut answers = Answers::new();
        for no in 1..=25u8 {
            let b = self.byte();
            let choice = match b % 5 {
                4 if !complete => None,
                n => Some(Choice::ALL[usize::from(n % 4)]),
            };
            answers.set(no, choice);
        }
        answers
    }

    /// A valid set of records, as the app holds them (read and sanitised): a few history entries
    /// (some the same diagnosis, reviewed at different times) and plan tasks.
    fn records(&mut self) -> Records {
        let mut records = Records::default();
        let mut history: Vec<HistoryEntry> = Vec::new();
        for _ in 0..self.byte() % 4 {
            let answers = self.answers(true);
            let Some(mut entry) =
                HistoryEntry::new(&answers, self.pick(TIMES), &Profile::default())
            else {
                continue;
            };
            if self.byte() % 2 == 1 {
                entry.updated_at = Timestamp::parse(self.pick(TIMES));
            }
            if !history.iter().any(|e| e.id == entry.id) {
                history.push(entry);
            }
        }
        history.sort_by(|a, b| a.completed_at.cmp(&b.completed_at));
        records.history = history.into();
        for _ in 0..self.byte() % 4 {
            let no = self.byte() % 25 + 1;
            let task = TaskState {
                done: self.byte() % 2 == 1,
                note: self.pick(&["", "業者に電話", "note"]).to_string(),
                target_date: CivilDate::parse(self.pick(&["", "2026-12-31"])),
                updated_at: Timestamp::parse(self.pick(TIMES)),
            };
            records.plan.insert(no, task);
        }
        records
    }
}

/// Timestamps as the app writes them, and as other versions and devices may have.
const TIMES: &[&str] = &[
    "2026-11-25T10:00:00.000Z",
    "2026-11-25T10:00:00Z",
    "2026-11-25T19:00:00+09:00",
    "2026-11-26",
    "2027-05-25T10:00:00.000Z",
    "2025-01-01T00:00:00.000Z",
];

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Saved data: the diagnosis as stored and, after a 0xFF byte, the history stored beside it.
pub fn saved_data(data: &[u8]) {
    let raw = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => join_history(&text(&data[..at]), Some(&text(&data[at + 1..]))),
        None => text(data),
    };
    let Ok(snapshot) = Snapshot::from_json(&raw) else {
        return;
    };
    // What the app builds from it when it starts (app::shell).
    let _ = snapshot.session();
    // Nothing is lost silently: every history entry and plan task of the stored JSON is read,
    // unless the snapshot says what it left out (then the app keeps the bytes aside). (Schema
    // 1 had no records: a "records" beside "version":1 is not part of it.)
    if snapshot.dropped.is_empty() {
        let value = serde_json::from_str::<serde_json::Value>(&raw).ok();
        let value = value.filter(|v| v.get("version").and_then(|v| v.as_u64()) != Some(1));
        if let Some(value) = value {
            let stored_history = value
                .pointer("/records/history")
                .and_then(|h| h.as_array())
                .map_or(0, Vec::len);
            assert_eq!(snapshot.records.history.len(), stored_history, "history");
            let stored_plan = value
                .pointer("/records/plan")
                .and_then(|p| p.as_object())
                .map_or(0, |p| p.len());
            assert_eq!(snapshot.records.plan.len(), stored_plan, "plan");
        }
    }
    // What was read saves and reads back the same, split into the head and the history.
    let session = snapshot.session();
    let head = Snapshot::stored_head(
        &session,
        &snapshot.records,
        &snapshot.app_version,
        snapshot.revision,
    );
    assert!(head.contains(HISTORY_REF));
    let history = serde_json::to_string(&snapshot.records.history).unwrap_or_default();
    let again = Snapshot::from_json(&join_history(&head, Some(&history)));
    let Ok(again) = again else {
        panic!("saved data that was read does not read back: {again:?}");
    };
    assert!(again.dropped.is_empty(), "{:?}", again.dropped);
    assert_eq!(again.records, snapshot.records);
    assert_eq!(again.session(), session);
    assert_eq!(again.revision, snapshot.revision);
}

/// An export file to import: decoded, previewed against this device's data, merged.
pub fn import_file(data: &[u8]) {
    let (local, raw) = match data.split_first() {
        Some((seed, rest)) => (Bytes { data: &[*seed; 64] }.records(), text(rest)),
        None => (Records::default(), String::new()),
    };
    let Ok(file) = parse_import(&raw) else {
        return;
    };
    // decode(encode(x)) == x.
    let current_entry = file.current_entry();
    let written = export(
        &file.current_answers(),
        current_entry.as_deref(),
        &file.records,
        &file.app_version,
        file.exported_at.as_ref().map_or("", |t| t.as_str()),
    );
    let Ok(again) = parse_import(&written) else {
        panic!("an export of an imported file does not import");
    };
    assert_eq!(again.records, file.records);
    assert_eq!(again.exported_at, file.exported_at);
    assert_eq!(again.current_answers(), file.current_answers());
    assert_eq!(again.current_entry(), current_entry);
    assert!(again.dropped.is_empty());
    // The preview changes nothing; the merge keeps everything of both sides.
    let before = local.clone();
    let local_current = Answers::new().with(1, Choice::Done);
    let _ = preview(&local_current, &local, &file);
    assert_eq!(local, before);
    // What 読み込む does once confirmed (features::history).
    let mut state = State {
        records: local.clone(),
        ..State::default()
    };
    state.apply(
        RecordsAction::Import(Box::new(file.records.clone())),
        "2030-01-01T00:00:00.000Z",
    );
    let merged = state.records;
    let current = transfer::taken_over(&local_current, &file).unwrap_or(local_current);
    assert_eq!(current, local_current, "answers in progress here are kept");
    for entry in local.history.iter().chain(file.records.history.iter()) {
        assert!(
            merged.find(&entry.id).is_some(),
            "entry {} dropped",
            entry.id
        );
    }
    for no in local.plan.keys().chain(file.records.plan.keys()) {
        assert!(merged.plan.contains_key(no), "task {no} dropped");
    }
}

/// Share codes and links: any text decodes or is refused; answers encode and decode back.
pub fn share_code(data: &[u8]) {
    let mut bytes = Bytes { data };
    let answers = bytes.answers(false);
    match share::encode(&answers) {
        Some(code) => {
            assert!(answers.is_complete());
            assert_eq!(share::decode(&code), Ok(answers));
            let fragment = share::fragment(&code);
            let fragment = fragment.trim_start_matches('#');
            assert_eq!(share::parse_fragment(fragment), Some(Ok(answers)));
            // With the day of the diagnosis (the reminder's link, issue 20).
            let day = format!(
                "2026-{:02}-{:02}",
                bytes.byte() % 12 + 1,
                bytes.byte() % 28 + 1
            );
            let dated = share::dated_fragment(&code, &day);
            assert_eq!(share::parse_fragment(&dated), Some(Ok(answers)));
            assert_eq!(share::fragment_date(&dated), Some(day));
        }
        None => assert!(!answers.is_complete()),
    }
    let raw = text(data);
    if let Ok(decoded) = share::decode(&raw) {
        assert!(decoded.is_complete());
        let code = share::encode(&decoded);
        assert_eq!(code.as_deref().map(share::decode), Some(Ok(decoded)));
    }
    if let Some(Ok(decoded)) = share::parse_fragment(&raw) {
        assert!(decoded.is_complete());
    }
}

/// The config file's shape as serde_json and serde's derived reader read it: the reference
/// `read_raw` (the app's own small reader) must agree with. Unknown keys are listed by a second
/// reading as maps, not with `#[serde(flatten)]` (what the app used before its own reader): that
/// buffers every value and so refuses numbers beyond `f64`'s range, which are valid JSON and
/// which serde_json itself otherwise skips, as the app's reader does.
mod reference {
    use std::collections::{BTreeMap, BTreeSet};

    use serde::de::IgnoredAny;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Config {
        organization: Option<Organization>,
        contact: Option<Contact>,
        message: Option<String>,
        accent_color: Option<String>,
        collect: Option<String>,
    }

    #[derive(Deserialize)]
    struct Organization {
        name: Option<String>,
        url: Option<String>,
        logo: Option<String>,
    }

    #[derive(Deserialize)]
    struct Contact {
        name: Option<String>,
        phone: Option<String>,
        email: Option<String>,
        url: Option<String>,
        hours: Option<String>,
    }

    /// Every key of the file and of its two sections.
    #[derive(Deserialize)]
    struct Keys {
        organization: Option<BTreeMap<String, IgnoredAny>>,
        contact: Option<BTreeMap<String, IgnoredAny>>,
    }

    /// The keys of `map` other than `known`.
    fn other(map: Option<BTreeMap<String, IgnoredAny>>, known: &[&str]) -> BTreeSet<String> {
        map.unwrap_or_default()
            .into_keys()
            .filter(|k| !known.contains(&k.as_str()))
            .collect()
    }

    /// `text` read by serde_json, in the app's shape; `None` where serde_json refuses it.
    pub fn read(text: &str) -> Option<super::RawConfig> {
        let c: Config = serde_json::from_str(text).ok()?;
        let keys: Keys = serde_json::from_str(text).ok()?;
        let all: BTreeMap<String, IgnoredAny> = serde_json::from_str(text).ok()?;
        const TOP: &[&str] = &[
            "organization",
            "contact",
            "message",
            "accent_color",
            "collect",
        ];
        Some(super::RawConfig {
            organization: c.organization.map(|o| super::RawOrganization {
                name: o.name,
                url: o.url,
                logo: o.logo,
                other: other(keys.organization, &["name", "url", "logo"]),
            }),
            contact: c.contact.map(|d| super::RawContact {
                name: d.name,
                phone: d.phone,
                email: d.email,
                url: d.url,
                hours: d.hours,
                other: other(keys.contact, &["name", "phone", "email", "url", "hours"]),
            }),
            message: c.message,
            accent_color: c.accent_color,
            collect: c.collect,
            other: other(Some(all), TOP),
        })
    }
}

/// The deepest nesting of arrays and objects in `text` (brackets inside strings not counted).
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
    for b in text.bytes() {
        match (in_string, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_string = false,
            (false, _, b'"') => in_string = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// `config.json` and `orgs/*.json`: read as the reference reads it; whatever is shown is valid;
/// a refused field shows nothing.
pub fn config_file(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let ours = read_raw(text).ok();
        // The one difference on purpose: nesting past 128 levels is refused (the app's reader
        // recurses; serde_json skips a value nobody reads without a limit).
        let too_deep = ours.is_none() && nesting(text) > 128;
        assert_eq!(
            ours,
            if too_deep {
                None
            } else {
                reference::read(text)
            },
            "the app's reader and serde_json disagree on {:?}",
            text.chars().take(200).collect::<String>()
        );
    }
    let Ok(parsed) = parse_config_bytes(data) else {
        return;
    };
    let config = &parsed.config;
    // Values refused as not valid (an unknown key may be spelt like a known field's path, e.g. a
    // top-level "contact.hours": that warning is about the key, not the field).
    let refused: BTreeSet<&str> = parsed
        .warnings
        .iter()
        .filter(|w| w.problem != Problem::UnknownField)
        .map(|w| w.field.as_str())
        .collect();
    let org = config.organization.clone().unwrap_or_default();
    let desk = config.contact.clone().unwrap_or_default();
    let shown = [
        ("organization.name", org.name.is_some()),
        ("organization.url", org.url.is_some()),
        ("organization.logo", org.logo.is_some()),
        ("contact.name", desk.name.is_some()),
        ("contact.phone", desk.phone.is_some()),
        ("contact.email", desk.email.is_some()),
        ("contact.url", desk.url.is_some()),
        ("contact.hours", desk.hours.is_some()),
        ("message", config.message.is_some()),
        ("accent_color", config.accent.is_some()),
    ];
    for (field, is_shown) in shown {
        assert!(
            !(is_shown && refused.contains(field)),
            "{field} refused yet shown"
        );
    }
    for link in [&org.url, &desk.url].into_iter().flatten() {
        assert_eq!(Link::parse(link.href()).as_ref(), Ok(link));
    }
    if let Some(logo) = &org.logo {
        assert_eq!(LogoPath::parse(logo.src()).as_ref(), Ok(logo));
    }
    if let Some(phone) = &desk.phone {
        assert_eq!(Phone::parse(phone.display()).as_ref(), Ok(phone));
    }
    if let Some(email) = &desk.email {
        assert_eq!(Email::parse(email.as_str()).as_ref(), Ok(email));
    }
    if let Some(accent) = &config.accent {
        assert_eq!(Accent::parse(&accent.hex()).as_ref(), Ok(accent));
    }
    let texts = [&org.name, &desk.name, &desk.hours, &config.message];
    for t in texts.into_iter().flatten() {
        assert!(!t.trim().is_empty());
        assert!(!t.chars().any(|c| (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')));
    }
}

/// 「複数の結果をまとめる」: a picked file, and pasted lines of codes and links.
pub fn combine_input(data: &[u8]) {
    let raw = text(data);
    let mut collection = Collection::new();
    let file = read_combine_file("本社.json", &raw);
    let from_file = file.is_ok();
    let _ = collection.add(file);
    let pasted = read_pasted(&raw, Lang::Ja);
    let read_ok = pasted.iter().filter(|r| r.is_ok()).count();
    assert_eq!(pasted.len(), read_pasted(&raw, Lang::En).len());
    let errors = collection.add_all(pasted);
    assert!(collection.len() <= MAX_SOURCES);
    assert!(collection.len() <= usize::from(from_file) + read_ok);
    assert!(errors.len() + collection.len() >= usize::from(from_file));
    for source in collection.sources() {
        assert!((-25..=100).contains(&source.total()));
    }
    if let Some(combined) = collection.combined() {
        assert_eq!(combined.source_count(), collection.len());
        let weakest = combined.weakest_total();
        assert!(collection.sources().iter().all(|s| weakest <= s.total()));
    }
}

/// 「会員企業の結果を集計する」: the bytes as a picked file (their encoding detected), then as
/// pasted text and as a CSV/TSV table, each read whole and in two slices (split where the first
/// byte says).
pub fn rollup_input(data: &[u8]) {
    let _ = detect(data);
    let raw = text(data);
    let at = data
        .first()
        .map_or(0, |&b| usize::from(b) * raw.len() / 255);
    let at = (0..=at)
        .rev()
        .find(|&i| raw.is_char_boundary(i))
        .unwrap_or(0);
    for table in [false, true] {
        let read = |parts: &[&str]| {
            let mut builder = RollUpBuilder::new();
            if table {
                builder.start_table("回答.csv");
            } else {
                builder.start_text("貼り付け");
            }
            for part in parts {
                builder.feed(part);
            }
            builder.roll_up()
        };
        let whole = read(&[&raw]);
        assert_eq!(read(&[&raw[..at], &raw[at..]]), whole, "read in slices");
        check_rollup(&whole);
    }
}

/// What every roll-up promises: each link or code found is counted once, dropped as a duplicate
/// or reported; shares add up to 100.0 %; the groups of any column hold every result.
fn check_rollup(r: &RollUp) {
    let reported = r
        .bad
        .iter()
        .filter(|b| b.problem != RollUpProblem::BrokenRow)
        .count();
    assert_eq!(
        r.found,
        r.figures.count + r.duplicates + reported,
        "accounted"
    );
    let f = &r.figures;
    let full = if f.count > 0 { 1000 } else { 0 };
    assert_eq!(f.bands.iter().map(|b| b.share).sum::<u32>(), full);
    for q in &f.questions {
        assert_eq!(q.shares.iter().sum::<u32>(), full, "No.{}", q.no);
        assert_eq!(q.counts.iter().sum::<usize>(), f.count);
    }
    if let Some(t) = f.total {
        assert!((-25..=100).contains(&t.min) && t.min <= t.max);
        assert!(t.q1 <= t.median && t.median <= t.q3);
    }
    for column in 0..r.columns.len() {
        let groups = r.groups(column);
        assert_eq!(
            groups.iter().map(|g| g.figures.count).sum::<usize>(),
            f.count
        );
    }
    let csv = figures_csv(r, Some(0), Lang::Ja);
    assert!(csv.starts_with('\u{feff}'));
}

/// Two tabs writing the same saved data: the merge drops nothing either side has.
pub fn two_tab_merge(data: &[u8]) {
    let mut bytes = Bytes { data };
    // No entry known at the base: neither side deleted one, so the merge is a union (deletions
    // are tested natively in tests/sync.rs).
    let base = Base {
        revision: 1,
        answers: bytes.answers(false),
        entry: None,
        history: BTreeSet::new(),
    };
    let (ours, theirs) = (bytes.answers(false), bytes.answers(false));
    let (our_records, their_records) = (bytes.records(), bytes.records());
    let entries = [None, Some("a".to_string()), Some("b".to_string())];
    let (our_entry, their_entry) = (bytes.pick(&[0, 1, 2]), bytes.pick(&[0, 1, 2]));
    let (our_entry, their_entry) = (&entries[our_entry], &entries[their_entry]);
    let merged = merge(
        &base,
        Side {
            answers: &ours,
            entry: our_entry,
            records: &our_records,
        },
        Side {
            answers: &theirs,
            entry: their_entry,
            records: &their_records,
        },
    );
    for no in 1..=25u8 {
        let (b, o, t, m) = (
            base.answers.get(no),
            ours.get(no),
            theirs.get(no),
            merged.answers.get(no),
        );
        assert!(m == o || m == t, "No.{no}: {m:?} is neither side's");
        if o != b {
            assert_eq!(m, o, "No.{no}: our change is kept");
        } else {
            assert_eq!(m, t, "No.{no}: their change is kept");
        }
    }
    assert!(merged.entry == *our_entry || merged.entry == *their_entry);
    check_union(&our_records, &their_records, &merged.records);
    // Merging with itself changes nothing.
    assert_eq!(merge_records(&our_records, &our_records), our_records);
}

/// `merged` holds every history entry and plan task of `a` and `b`, each copy the one changed
/// last, the history sorted and unique.
fn check_union(a: &Records, b: &Records, merged: &Records) {
    let ids: BTreeSet<&str> = merged.history.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), merged.history.len(), "history ids are unique");
    assert!(merged
        .history
        .windows(2)
        .all(|w| w[0].completed_at <= w[1].completed_at));
    for entry in a.history.iter().chain(b.history.iter()) {
        let Some(kept) = merged.find(&entry.id) else {
            panic!("entry {} dropped", entry.id);
        };
        assert!(kept.changed_at() >= entry.changed_at(), "an older copy won");
    }
    for (no, task) in a.plan.iter().chain(b.plan.iter()) {
        let Some(kept) = merged.plan.get(no) else {
            panic!("task {no} dropped");
        };
        assert!(kept.updated_at >= task.updated_at, "an older task won");
    }
    assert_eq!(merged.profile, a.profile);
}

/// The parts of a link the app reads: `?org=`, `?screen=`, `?lang=` and `#r=`.
pub fn link(data: &[u8]) {
    let raw = text(data);
    match OrgSelection::from_param(Some(&raw)) {
        OrgSelection::Org(id) => {
            let path = id.config_path();
            assert_eq!(path, format!("orgs/{raw}.json"));
            assert!(!raw.contains(['.', '/', '\\', '%', ':']) && !raw.is_empty());
            assert_eq!(OrgId::parse(&raw), Some(id));
        }
        OrgSelection::Invalid(shown) => {
            assert!(shown.chars().count() <= 60);
            assert_eq!(OrgSelection::Invalid(shown).config_path(), "config.json");
        }
        OrgSelection::Default => panic!("a value is never the default"),
    }
    if let Some(step) = Step::from_token(&raw) {
        assert_eq!(step.token(), Some(raw.as_str()));
    }
    if let Some(lang) = Lang::from_code(&raw) {
        assert!(raw.trim().eq_ignore_ascii_case(lang.code()));
    }
    let _ = share::parse_fragment(&raw);
    if let Some(day) = share::fragment_date(&raw) {
        assert_eq!(CivilDate::parse(&day).map(|d| d.to_string()), Some(day));
    }
}
