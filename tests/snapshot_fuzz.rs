//! Property tests: no input ever makes the saved-data decoder panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use jishin_shindan::core::Session;
use jishin_shindan::store::snapshot::restore;
use jishin_shindan::store::Snapshot;
use proptest::prelude::*;

proptest! {
    #[test]
    fn arbitrary_text_never_panics_and_errors_give_a_fresh_session(raw in ".{0,400}") {
        let (session, error) = restore(Some(&raw));
        if error.is_some() {
            prop_assert_eq!(session, Session::new());
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
        let _ = restore(Some(&raw));
    }
}
