//! Fuzz finds: every input a fuzz target stopped on, kept in
//! `tests/fixtures/hostile/fuzz/` (gzipped; see the README there), is analysed again without
//! a panic and with every span invariant kept.
//!
//! Takes each `.gz` file (`analyze_text-*` read as text, `analyze_html-*` as HTML); gives
//! pass/fail. Inputs that are still slow in a debug build run only in release (`make
//! test-native` runs `cargo test --release`).

#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use std::io::Read;
use std::path::Path;

const DIR: &str = "tests/fixtures/hostile/fuzz";

/// Inputs slow enough in debug builds to skip there (quadratic entity clustering).
const SLOW_IN_DEBUG: &[&str] = &["analyze_text-slow-unit-20654cb457"];

fn read_gz(path: &Path) -> String {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn fuzz_finds_stay_fixed() {
    let mut seen = 0;
    let mut entries: Vec<_> = std::fs::read_dir(DIR)
        .expect("fixture dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "gz"))
        .collect();
    entries.sort();
    for path in entries {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if cfg!(debug_assertions) && SLOW_IN_DEBUG.contains(&stem.as_str()) {
            eprintln!("skipped in debug (slow): {stem}");
            continue;
        }
        let input = read_gz(&path);
        let result = if stem.starts_with("analyze_html") {
            lede::analyze_page(&lede::page::html::page_from_html(&input))
        } else {
            lede::analyze_text(&input)
        };
        if let Ok(ins) = result {
            if let Err(e) = invariants::check(&ins) {
                panic!("{stem}: {e}");
            }
        }
        seen += 1;
    }
    assert!(seen > 0, "no fuzz finds in {DIR}");
}
