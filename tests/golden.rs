//! Golden test: `lede analyze --json` on the seed page must give exactly the stored JSON
//! (tests/fixtures/seed/analyze.golden.json). A change to the analysis that is meant shows up
//! here as a diff to review; after reviewing it, write the new golden file with
//! `LEDE_BLESS=1 cargo test --test golden` and commit it with the change.

use std::process::Command;

const SEED: &str = "tests/fixtures/seed/article.html";
const GOLDEN: &str = "tests/fixtures/seed/analyze.golden.json";

#[test]
fn seed_analysis_matches_golden_json() {
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["analyze", "--json", SEED])
        .output()
        .expect("run lede");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    if std::env::var_os("LEDE_BLESS").is_some() {
        let pretty = serde_json::to_string_pretty(&got).expect("serialise") + "\n";
        std::fs::write(GOLDEN, pretty).expect("write golden");
        return;
    }
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(GOLDEN).expect("golden file"))
            .expect("golden JSON");
    if got != want {
        // Point at the first differing part, so the failure says what changed.
        for key in [
            "article", "quotes", "entities", "summary", "stats", "blocks",
        ] {
            assert_eq!(
                got[key], want[key],
                "`{key}` differs from {GOLDEN} (LEDE_BLESS=1 to accept)"
            );
        }
        assert_eq!(got, want);
    }
}
