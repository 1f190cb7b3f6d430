//! Floor test on PolNeAR dev (scored as src/eval/quotes.rs says): fails if quote F1, speaker accuracy or end-to-end
//! F1 drop below what the attribution reached. Skips with a message when `../shared` is absent.

use std::path::Path;

/// The numbers reached (`cargo run --release --example bench-quotes`), minus a small margin.
const FLOOR_F1: f64 = 0.931;
const FLOOR_SPEAKER: f64 = 0.92;
const FLOOR_E2E: f64 = 0.862;

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

/// Labels (matched quotes given a speaker) with confidence ≥ 0.9 on dev: at least this share
/// right (reached 0.971 with the nearness keys of the confidence table) and at least this
/// share of all labels (reached 0.664).
const FLOOR_HIGH_RIGHT: f64 = 0.966;
const FLOOR_HIGH_SHARE: f64 = 0.64;

#[test]
fn polnear_dev_confidence_means_something() {
    use lede::eval::quotes as ev;
    let dir = Path::new("../shared/corpora/polnear/dev");
    let Some(articles) = ev::read_split(dir) else {
        println!("quotes_corpus: skipped, {} is absent", dir.display());
        return;
    };
    // (right, labels) at confidence ≥ 0.9, and below it.
    let (mut high, mut low) = ((0usize, 0usize), (0usize, 0usize));
    for a in &articles {
        let gold = ev::load_gold(&a.text, &a.ann);
        let pred = lede::analyze_text(&a.text)
            .map(|ins| ev::predictions(&ins))
            .unwrap_or_default();
        for (gi, pi) in ev::match_quotes(&gold, &pred) {
            let p = &pred[pi];
            if p.name.is_none() {
                continue;
            }
            let b = if p.confidence >= 0.9 {
                &mut high
            } else {
                &mut low
            };
            b.0 += usize::from(ev::speaker_ok(&gold[gi], p));
            b.1 += 1;
        }
    }
    let rate = |b: (usize, usize)| b.0 as f64 / b.1.max(1) as f64;
    let share = high.1 as f64 / (high.1 + low.1).max(1) as f64;
    println!(
        "confidence >= 0.9: {:.3} right, {share:.3} of labels; below: {:.3} right",
        rate(high),
        rate(low)
    );
    assert!(rate(high) >= FLOOR_HIGH_RIGHT, "{:.3}", rate(high));
    assert!(share >= FLOOR_HIGH_SHARE, "{share:.3}");
    assert!(rate(high) > rate(low), "confidence must rise with accuracy");
}
