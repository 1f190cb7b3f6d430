//! Fuzz target: any HTML through the native builder (`page_from_html`) and `analyze_page`.
//!
//! Takes the fuzzer's bytes, read as UTF-8 with replacement characters (html5ever takes any
//! string); gives nothing, but panics — a crash for libFuzzer — when parsing or analysis
//! panics or breaks an invariant of `tests/fixtures/hostile/invariants.rs`.
#![no_main]

#[path = "../../tests/fixtures/hostile/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let page = lede::page::html::page_from_html(&html);
    if let Ok(ins) = lede::analyze_page(&page) {
        if let Err(e) = invariants::check(&ins) {
            panic!("invariant broken: {e}");
        }
    }
});
