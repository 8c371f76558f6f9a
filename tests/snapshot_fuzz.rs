//! Property tests: no input ever makes the saved-data decoder panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::store::Snapshot;
use proptest::prelude::*;

proptest! {
    #[test]
    fn arbitrary_text_never_panics(raw in ".{0,400}") {
        // What the app does with stored text (app::shell): read it, rebuild the session.
        if let Ok(snapshot) = Snapshot::from_json(&raw) {
            let _ = snapshot.session();
        }
    }

    #[test]
    fn arbitrary_bytes_as_lossy_text_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let raw = String::from_utf8_lossy(&bytes);
        let _ = Snapshot::from_json(&raw);
    }

    #[test]
    fn json_shaped_input_with_random_values_never_panics(
        version in 0u32..5,
        no in any::<u8>(),
        choice in "[a-z_]{0,10}",
        step in "[a-z_]{0,12}",
        revision in any::<i64>(),
    ) {
        let raw = format!(
            r#"{{"version":{version},"revision":{revision},"answers":{{"{no}":"{choice}"}},"step":"{step}","last_part":"basic"}}"#
        );
        if let Ok(snapshot) = Snapshot::from_json(&raw) {
            let _ = snapshot.session();
        }
    }
}
