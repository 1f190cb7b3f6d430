//! Fuzz target: any UTF-8 text through `analyze_text`.
//!
//! Takes the fuzzer's bytes (non-UTF-8 inputs are skipped: the CLI decodes before the core
//! sees text); gives nothing, but panics — a crash for libFuzzer — when the analysis panics
//! or breaks an invariant of `tests/fixtures/hostile/invariants.rs`.
#![no_main]

#[path = "../../tests/fixtures/hostile/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(ins) = lede::analyze_text(text) {
        if let Err(e) = invariants::check(&ins) {
            panic!("invariant broken: {e}");
        }
    }
});
