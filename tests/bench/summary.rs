//! `make bench-summary`: precision@3 of Lede's summary on BBC News Summary (scored as src/eval/summary.rs says).
//!
//! Takes the corpus from `../shared/corpora/bbc-news-summary` (skips with a message when it
//! is absent); prints, for Lede, Lead-3 and plain TextRank computed in the same run, the mean
//! precision@3 on the fixed 300-article dev sample and on all articles, and the time per
//! article. The published reference numbers are printed alongside.

use lede::eval::summary::{corpus_dir, load, mean_precision, sample, Case, System, CORPUS};
use lede::extract::article_from_text;
use lede::text::Doc;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Published numbers on the 300-article sample.
const PUBLISHED: &[(&str, f64)] = &[("Lead-3", 0.592), ("TextRank (summa)", 0.787)];
/// The target Lede holds itself to on the sample.
const TARGET: f64 = 0.82;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(dir) = corpus_dir(root) else {
        println!("bench-summary: skipped, {CORPUS} not found next to the repository");
        return ExitCode::SUCCESS;
    };
    let cases = match load(&dir) {
        Ok(cases) if !cases.is_empty() => cases,
        Ok(_) => {
            eprintln!(
                "bench-summary: no articles with summaries under {}",
                dir.display()
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("bench-summary: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let dev = sample(&cases);
    let all: Vec<_> = cases.iter().collect();
    println!(
        "BBC News Summary: precision@3, sample = {} articles (every ~{:.1}th by path), all = {}",
        dev.len(),
        all.len() as f64 / dev.len().max(1) as f64,
        all.len()
    );
    println!(
        "{:<28} {:>8} {:>8} {:>12}",
        "system", "sample", "all", "ms/article"
    );
    let mut lede = 0.0;
    for system in System::ALL {
        let started = Instant::now();
        let on_all = mean_precision(system, &all);
        let ms = started.elapsed().as_secs_f64() * 1000.0 / all.len() as f64;
        let on_sample = mean_precision(system, &dev);
        if system == System::Lede {
            lede = on_sample;
        }
        println!(
            "{:<28} {on_sample:>8.3} {on_all:>8.3} {ms:>12.3}",
            system.name()
        );
    }
    for (name, value) in PUBLISHED {
        println!(
            "{:<28} {value:>8.3} {:>8} {:>12}",
            format!("{name}, published"),
            "-",
            "-"
        );
    }
    long_article(&cases);
    let verdict = if lede >= TARGET { "meets" } else { "misses" };
    println!("Lede {lede:.3} on the sample {verdict} the {TARGET} target");
    ExitCode::SUCCESS
}

/// Times one long article: corpus articles joined until it passes 5,000 words (fastest of 20
/// runs, summary only, as the sidebar's worst case).
fn long_article(cases: &[Case]) {
    let mut text = String::new();
    for case in cases {
        if lede::summary::stats(&text).0 >= 5_000 {
            break;
        }
        text.push_str(&case.text);
        text.push_str("\n\n");
    }
    let article = article_from_text(&text);
    let doc = Doc::new(&article);
    let best = (0..20)
        .map(|_| {
            let started = Instant::now();
            let _ = lede::summary::summarize(&doc, &article.title, 5);
            started.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::MAX, f64::min);
    println!(
        "long article: {} words, {} sentences, summary in {best:.2} ms",
        lede::summary::stats(&text).0,
        doc.sentences.len()
    );
}
