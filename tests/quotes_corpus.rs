//! Floor test on PolNeAR dev (GUIDE.md §4): fails if quote F1, speaker accuracy or end-to-end
//! F1 drop below what the attribution reached. Skips with a message when `../shared` is absent.

use std::path::Path;

/// The numbers reached (`cargo run --release --example bench-quotes`), minus a small margin.
const FLOOR_F1: f64 = 0.931;
const FLOOR_SPEAKER: f64 = 0.895;
const FLOOR_E2E: f64 = 0.838;

#[test]
fn polnear_dev_floor() {
    let dir = Path::new("../shared/corpora/polnear/dev");
    let Some(t) = lede::eval::quotes::run_corpus(dir) else {
        println!("quotes_corpus: skipped, {} is absent", dir.display());
        return;
    };
    println!("{}", t.report());
    assert!(t.f1() >= FLOOR_F1, "quote F1 {:.3} < {FLOOR_F1}", t.f1());
    assert!(
        t.speaker_accuracy() >= FLOOR_SPEAKER,
        "speaker accuracy {:.3} < {FLOOR_SPEAKER}",
        t.speaker_accuracy()
    );
    assert!(
        t.e2e_f1() >= FLOOR_E2E,
        "e2e F1 {:.3} < {FLOOR_E2E}",
        t.e2e_f1()
    );
}
