#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jishin_shindan_fuzz::rollup_input(data));
