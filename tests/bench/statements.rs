//! `make bench-statements`: who said what over every statement, direct and reported, on
//! PolNeAR dev and GGT eval: the numbers of `../shared/tools/attribution_eval.py`.
//!
//! Takes `../shared/corpora/polnear/dev` and `../shared/corpora/ggt-eval` (each skipped with a
//! message when absent); prints, per suite, the scorer's line (units P/R/F1, speaker accuracy,
//! end-to-end F1, identity on GGT, recall per kind) and milliseconds per article, then per
//! rule its units' precision and speaker accuracy and the misses only its units overlapped
//! (boundary misses), and the misses no unit touched, per kind.
//! `--split DIR` scores another PolNeAR folder (train, for development); `--misses` also
//! prints one line per missed gold unit (`MISS`, with the unit nearest it), per matched unit
//! with a wrong speaker (`SPKR`) and per unit matching nothing (`FALSE`).

#[path = "statements_metric.rs"]
mod metric;

use std::path::PathBuf;
use std::time::Instant;

fn run(suite: &str, docs: Option<Vec<metric::Doc>>, misses: bool) {
    let Some(docs) = docs else {
        println!("{suite}: corpus not found, skipped");
        return;
    };
    let mut t = metric::Tally::default();
    if misses {
        t.log = Some(Vec::new());
    }
    let start = Instant::now();
    for d in &docs {
        match lede::analyze_text(&d.text) {
            Ok(ins) => t.add(d, &ins),
            Err(e) => eprintln!("{}: {e}", d.name),
        }
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / docs.len().max(1) as f64;
    println!("{} | {ms:.2} ms per article", t.report(suite));
    println!("{}", t.by_rule());
    for line in t.log.iter().flatten() {
        println!("{line}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let split = args
        .iter()
        .position(|a| a == "--split")
        .and_then(|i| args.get(i + 1))
        .map_or(
            PathBuf::from("../shared/corpora/polnear/dev"),
            PathBuf::from,
        );
    let misses = args.iter().any(|a| a == "--misses");
    run("polnear", metric::load_polnear(&split), misses);
    run(
        "ggt",
        metric::load_ggt(&PathBuf::from("../shared/corpora/ggt-eval")),
        misses,
    );
}
