//! The short smoke of every fuzz target, run by `scripts/test.sh` without libFuzzer: each
//! property over its seeds (`fuzz/seeds/<target>/`) and over every input a fuzzing run once
//! failed on (`fuzz/regressions/<target>/`, kept after the fix). The long runs are
//! `scripts/fuzz.sh`.

use std::fs;
use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 8] = [
    ("saved_data", jishin_shindan_fuzz::saved_data),
    ("import_file", jishin_shindan_fuzz::import_file),
    ("share_code", jishin_shindan_fuzz::share_code),
    ("config_file", jishin_shindan_fuzz::config_file),
    ("combine_input", jishin_shindan_fuzz::combine_input),
    ("two_tab_merge", jishin_shindan_fuzz::two_tab_merge),
    ("link", jishin_shindan_fuzz::link),
    ("rollup_input", jishin_shindan_fuzz::rollup_input),
];

fn inputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .filter_map(|e| Some((e.path().display().to_string(), fs::read(e.path()).ok()?)))
        .collect();
    files.sort();
    files
}

#[test]
fn every_target_has_seeds_and_holds_on_them_and_on_past_failures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, target) in TARGETS {
        let seeds = inputs(&root.join("seeds").join(name));
        assert!(!seeds.is_empty(), "fuzz/seeds/{name}/ has no seeds");
        let past = inputs(&root.join("regressions").join(name));
        for (path, bytes) in seeds.iter().chain(past.iter()) {
            eprintln!("{name}: {path}");
            target(bytes);
        }
    }
}

#[test]
fn every_target_has_a_libfuzzer_entry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, _) in TARGETS {
        let source = fs::read_to_string(root.join("fuzz_targets").join(format!("{name}.rs")))
            .unwrap_or_default();
        assert!(
            source.contains(&format!("jishin_shindan_fuzz::{name}(data)")),
            "fuzz_targets/{name}.rs does not call its property"
        );
    }
}

/// Short random runs of every property (a fixed sequence, so a failure repeats): enough to catch
/// a property that fails on nearly everything before the long run is even started.
#[test]
fn every_target_holds_on_a_thousand_pseudo_random_inputs() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (name, target) in TARGETS {
        for _ in 0..1000 {
            let len = (next() % 200) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            eprintln!("{name}: {bytes:?}");
            target(&bytes);
        }
    }
}
