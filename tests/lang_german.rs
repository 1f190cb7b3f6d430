//! Floors on the German Wikinews dev split: who said what, every statement.
//!
//! Takes `../shared/corpora/german-wikinews-quotes/dev` (skipped with a message when absent);
//! gives failures when the all-statement F1, the direct quotes' recall or their speaker
//! accuracy (the metric of `../shared/tools/attribution_eval.py --suite german`, printed by
//! `make bench-german`) falls below what the German rules reach today.

#[path = "bench/german_metric.rs"]
mod german_metric;
#[path = "bench/statements_metric.rs"]
#[allow(dead_code)]
mod metric;

use std::path::Path;

const DEV: &str = "../shared/corpora/german-wikinews-quotes/dev";

#[test]
fn german_dev_statements_hold_their_floors() {
    let Some(docs) = german_metric::load_german(Path::new(DEV)) else {
        eprintln!("skipped: {DEV} is absent");
        return;
    };
    let mut t = metric::Tally::default();
    for d in &docs {
        t.add(d, &lede::analyze_text(&d.text).expect("analyses"));
    }
    eprintln!("{}", t.report("german"));
    let (_, _, f1, _, _) = t.all();
    let [_, matched, right, _, _] = t.kinds[0];
    let direct_speaker = right as f64 / matched.max(1) as f64;
    assert!(f1 >= 0.65, "all-statement F1 {f1:.3} < 0.65");
    assert!(
        t.recall(0) >= 0.85,
        "direct recall {:.3} < 0.85",
        t.recall(0)
    );
    assert!(
        direct_speaker >= 0.86,
        "direct speaker accuracy {direct_speaker:.3} < 0.86"
    );
}
