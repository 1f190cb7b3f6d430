//! `make bench-german` (run by `make bench-quotes`): who said what over every statement of the
//! German Wikinews dev split, the numbers of `../shared/tools/attribution_eval.py --suite german`.
//!
//! Takes `../shared/corpora/german-wikinews-quotes/dev` (skipped with a message when absent;
//! `--split DIR` scores another folder, `train` for development); prints the scorer's line
//! (units P/R/F1, speaker accuracy, end-to-end F1, recall and speaker accuracy per kind) and
//! milliseconds per article.

#[path = "german_metric.rs"]
mod german_metric;
#[path = "statements_metric.rs"]
#[allow(dead_code)] // (the PolNeAR and GGT loaders serve bench-statements)
mod metric;

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let split = args
        .iter()
        .position(|a| a == "--split")
        .and_then(|i| args.get(i + 1))
        .map_or(
            PathBuf::from("../shared/corpora/german-wikinews-quotes/dev"),
            PathBuf::from,
        );
    let Some(docs) = german_metric::load_german(&split) else {
        println!("german: {} not found, skipped", split.display());
        return;
    };
    let mut t = metric::Tally::default();
    let start = Instant::now();
    for d in &docs {
        match lede::analyze_text(&d.text) {
            Ok(ins) => t.add(d, &ins),
            Err(e) => eprintln!("{}: {e}", d.name),
        }
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / docs.len().max(1) as f64;
    println!("{} | {ms:.2} ms per article", t.report("german"));
}
