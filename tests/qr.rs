//! QR codes for share links: size, quiet zone, path syntax, faithfulness and limits.
//!
//! Sizes follow the QR specification: version v is 17 + 4v modules wide; with Medium error
//! correction version 1 holds 20 alphanumeric characters, version 3 holds 42 bytes and version 4
//! holds 62 bytes; no version holds more than 2953 bytes (version 40, Low).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use jishin_shindan::core::{share, Answers, Choice};
use jishin_shindan::features::result::model::qr::{qr_svg_path, QUIET_ZONE};

/// Reads the path back into the set of dark modules, checking its syntax on the way.
fn dark_modules(path: &str) -> HashSet<(usize, usize)> {
    let mut dark = HashSet::new();
    for sub in path.split('z').filter(|s| !s.is_empty()) {
        let rest = sub.strip_prefix('M').expect("each run starts with M");
        let (xy, rest) = rest.split_once('h').expect("then h");
        let (x, y) = xy.split_once(' ').expect("x y");
        let (run, rest) = rest.split_once("v1h-").expect("then v1h-");
        assert_eq!(rest, run, "closes the same width");
        let (x, y, run): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        assert!(run >= 1);
        for dx in 0..run {
            assert!(dark.insert((x + dx, y)), "runs never overlap");
        }
    }
    dark
}

/// A share link as the app builds it.
fn share_url(answers: &Answers) -> String {
    format!(
        "https://example.org/jishin/{}",
        share::fragment(&share::encode(answers).unwrap())
    )
}

#[test]
fn short_uppercase_text_is_version_1() {
    let (size, path) = qr_svg_path("HELLO WORLD").unwrap();
    assert_eq!(size, 21 + 2 * QUIET_ZONE);
    assert!(!path.is_empty());
}

#[test]
fn a_share_link_fits_a_small_code() {
    // 42 bytes of lowercase URL → byte mode; version 3 (29 modules) holds 42 bytes at Medium.
    let url = share_url(&Answers::all(Choice::Partial));
    assert_eq!(url.len(), 42);
    let (size, _) = qr_svg_path(&url).unwrap();
    assert_eq!(size, 29 + 8);
    // One byte more needs version 4 (33 modules).
    let (size, _) = qr_svg_path(&format!("{url}x")).unwrap();
    assert_eq!(size, 33 + 8);
}

#[test]
fn the_quiet_zone_is_empty_and_finder_patterns_are_in_the_corners() {
    let (size, path) = qr_svg_path("HELLO WORLD").unwrap();
    let dark = dark_modules(&path);
    let q = QUIET_ZONE;
    for &(x, y) in &dark {
        assert!(
            (q..size - q).contains(&x) && (q..size - q).contains(&y),
            "({x},{y})"
        );
    }
    // Each 7×7 finder pattern: dark border ring, light ring, dark 3×3 centre.
    let n = size - 2 * q;
    for (ox, oy) in [(q, q), (q + n - 7, q), (q, q + n - 7)] {
        for dy in 0..7 {
            for dx in 0..7 {
                let ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
                let centre = (2..=4).contains(&dx) && (2..=4).contains(&dy);
                assert_eq!(
                    dark.contains(&(ox + dx, oy + dy)),
                    ring || centre,
                    "finder at ({ox},{oy}) module ({dx},{dy})"
                );
            }
        }
    }
    assert!(path.starts_with("M4 4h7v1h-7z"));
}

#[test]
fn links_one_answer_apart_give_different_codes() {
    let url = share_url(&Answers::all(Choice::Done).with(5, Choice::Unknown));
    let other = share_url(&Answers::all(Choice::Done).with(6, Choice::Unknown));
    assert_ne!(qr_svg_path(&url), qr_svg_path(&other));
}

#[test]
fn long_text_falls_back_to_low_error_correction() {
    // 2900 bytes exceed version 40 at Medium (2331 bytes) and version 39 at Low (2809), but fit
    // version 40 at Low (2953).
    let text = "a".repeat(2900);
    let (size, _) = qr_svg_path(&text).unwrap();
    assert_eq!(size, 177 + 8);
}

#[test]
fn text_too_long_for_any_qr_code_gives_none() {
    assert_eq!(qr_svg_path(&"a".repeat(2954)), None);
    assert_eq!(qr_svg_path(&"あ".repeat(1000)), None);
}

#[test]
fn empty_text_gives_none() {
    assert_eq!(qr_svg_path(""), None);
}

#[test]
fn path_draws_exactly_the_dark_modules_of_the_symbol() {
    let url = share_url(&Answers::all(Choice::Unknown).with(1, Choice::Done));
    let code = qrcodegen::QrCode::encode_text(&url, qrcodegen::QrCodeEcc::Medium).unwrap();
    let (size, path) = qr_svg_path(&url).unwrap();
    let n = usize::try_from(code.size()).unwrap();
    assert_eq!(size, n + 2 * QUIET_ZONE);
    let mut expected = HashSet::new();
    for y in 0..n {
        for x in 0..n {
            if code.get_module(x as i32, y as i32) {
                expected.insert((x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    assert_eq!(dark_modules(&path), expected);
}
