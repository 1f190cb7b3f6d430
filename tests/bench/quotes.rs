//! `make bench-quotes`: quote detection and speaker attribution on PolNeAR (scored as src/eval/quotes.rs says).
//!
//! Takes `../shared/corpora/polnear/<split>` (skips with a message when absent); prints quote
//! P/R/F1, speaker accuracy over matched quotes, end-to-end F1, misses by attribution pattern
//! and milliseconds per article. The reported split is `dev`; use `train` for development.
//! Then speaker identity on `../shared/corpora/ggt-eval` (src/eval/identity.rs): direct,
//! floating and all statements, the wrong labels by class.
//!
//! Flags: `--split NAME` (default dev), `--limit N` (first N articles), `--misses` (print each
//! missed or wrongly attributed gold quote and each unmatched prediction, with context),
//! `--half even|odd` (keeps only the articles whose index in the sorted article list is
//! even/odd, applied before `--limit`). The halves give a held-out check inside `train`: study
//! misses on the even half only, and keep a change only when the odd half does not get worse.
//! `--by-confidence` (speaker accuracy of the matched quotes by Lede's confidence, whether a
//! cue was named, and whether gold has a source). `--by-rule` (labels and precision per
//! sieve and per sieve and basis); `--calibrate` (prints the confidence table of
//! `src/quotes/sieves/confidence.rs` from this split: run it on train); `--ablate RULE[,RULE]`
//! (switches those sieves off). Every run prints speaker accuracy per confidence band; a
//! label is a matched quote that Lede gives a speaker.

#[path = "quotes_labels.rs"]
mod calibrate;

use lede::eval::quotes::{self as ev, GoldQuote, Predicted};
use std::path::PathBuf;
use std::time::Instant;

const POLNEAR: &str = "../shared/corpora/polnear";

/// Pronoun mentions, for `--by-confidence`.
const PRONOUNS: &[&str] = &[
    "i", "we", "you", "he", "she", "it", "they", "him", "her", "his", "its", "their", "them",
];

/// UTF-16 slice of a text, for printing.
fn u16_slice(units: &[u16], a: usize, b: usize) -> String {
    String::from_utf16_lossy(&units[a.min(units.len())..b.min(units.len()).max(a.min(units.len()))])
        .replace('\n', "¶")
}

fn context(units: &[u16], a: usize, b: usize) -> String {
    format!(
        "{}[[{}]]{}",
        u16_slice(units, a.saturating_sub(160), a),
        u16_slice(units, a, b),
        u16_slice(units, b, b + 120)
    )
}

fn print_misses(name: &str, text: &str, gold: &[GoldQuote], pred: &[Predicted]) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let pairs = ev::match_quotes(gold, pred);
    for (gi, g) in gold.iter().enumerate() {
        let m = pairs.iter().find(|p| p.0 == gi).map(|p| &pred[p.1]);
        let what = match m {
            None => "MISS".to_string(),
            Some(p) if ev::speaker_ok(g, p) => continue,
            Some(p) => format!(
                "WRONG [{}] got {:?} via {:?} cue {:?} conf {:.2}",
                p.rule,
                p.name,
                p.mention.map(|(a, b)| u16_slice(&units, a, b)),
                p.cue.map(|(a, b)| u16_slice(&units, a, b)),
                p.confidence
            ),
        };
        println!(
            "{name} {:?} {what} want {:?}\n    {}",
            g.pattern,
            g.source_text,
            context(&units, g.start, g.end)
        );
    }
    for (pi, p) in pred.iter().enumerate() {
        if !pairs.iter().any(|x| x.1 == pi) {
            println!(
                "{name} EXTRA {:?}\n    {}",
                p.name,
                context(&units, p.start, p.end)
            );
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |f: &str| {
        args.iter()
            .position(|a| a == f)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let split = value("--split").unwrap_or_else(|| "dev".into());
    let limit: usize = value("--limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let misses = args.iter().any(|a| a == "--misses");
    let half: Option<usize> = match value("--half").as_deref() {
        None => None,
        Some("even") => Some(0),
        Some("odd") => Some(1),
        Some(other) => {
            eprintln!("bench-quotes: --half takes even or odd, not {other:?}");
            std::process::exit(2);
        }
    };
    let dir = PathBuf::from(POLNEAR).join(&split);
    let Some(articles) = ev::read_split(&dir) else {
        println!(
            "bench-quotes: skipped, {} is absent (PolNeAR lives in ../shared/corpora)",
            dir.display()
        );
        return;
    };
    let by_conf = args.iter().any(|a| a == "--by-confidence");
    if let Some(list) = value("--ablate") {
        let mut off = Vec::new();
        for id in list.split(',') {
            match lede::quotes::sieves::rule_by_id(id) {
                Some(r) => off.push(r),
                None => {
                    eprintln!("bench-quotes: no rule {id:?}");
                    std::process::exit(2);
                }
            }
        }
        lede::quotes::sieves::set_disabled(&off);
        println!("ablated: {list}");
    }
    let mut labels = calibrate::Labels::default();
    let mut buckets: std::collections::BTreeMap<(i32, bool, bool, bool), (usize, usize)> =
        Default::default();
    let mut by_pronoun: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut tally = ev::Tally::default();
    let kept = articles
        .iter()
        .enumerate()
        .filter(|(i, _)| half.is_none_or(|h| i % 2 == h))
        .map(|(_, a)| a);
    for a in kept.take(limit) {
        let gold = ev::load_gold(&a.text, &a.ann);
        let t = Instant::now();
        let pred = lede::analyze_text(&a.text)
            .map(|ins| ev::predictions(&ins))
            .unwrap_or_default();
        tally.ms += t.elapsed().as_secs_f64() * 1000.0;
        if misses {
            print_misses(&a.name, &a.text, &gold, &pred);
        }
        labels.add(&gold, &pred);
        if by_conf {
            let units: Vec<u16> = a.text.encode_utf16().collect();
            for (gi, pi) in ev::match_quotes(&gold, &pred) {
                let (g, p) = (&gold[gi], &pred[pi]);
                let key = (
                    (p.confidence * 100.0).round() as i32,
                    p.cue.is_some(),
                    p.name.is_some(),
                    !g.sources.is_empty(),
                );
                let ok = usize::from(ev::speaker_ok(g, p));
                let b = buckets.entry(key).or_default();
                b.0 += ok;
                b.1 += 1;
                let m = p
                    .mention
                    .map_or(String::new(), |(a, b)| u16_slice(&units, a, b));
                if PRONOUNS.contains(&m.to_lowercase().as_str()) {
                    let b = by_pronoun.entry(m.to_lowercase()).or_default();
                    b.0 += ok;
                    b.1 += 1;
                }
            }
        }
        tally.add(&gold, &pred);
    }
    if by_conf {
        println!("confidence  cue  named  gold-source   right / matched");
        for ((c, cue, named, src), (ok, n)) in &buckets {
            println!(
                "{:>10.2}  {:<4} {:<6} {:<12} {ok:>5} / {n}",
                *c as f32 / 100.0,
                cue,
                named,
                src
            );
        }
        println!("mention pronoun   right / matched");
        for (m, (ok, n)) in &by_pronoun {
            println!("{m:>15}   {ok:>5} / {n}");
        }
    }
    let which = match half {
        Some(0) => " (even half)",
        Some(_) => " (odd half)",
        None => "",
    };
    if args.iter().any(|a| a == "--by-rule") || misses {
        print!("{}", labels.by_rule());
    }
    if args.iter().any(|a| a == "--calibrate") {
        print!("{}", labels.table());
    }
    println!("PolNeAR {split}{which}: quotes and speakers");
    print!("{}", tally.report());
    print!("{}", labels.bands());
    println!(
        "textacy + spaCy on dev: quote F1 0.551 (P 0.767, R 0.430), speaker 0.824, e2e F1 0.454"
    );
    identity(misses);
}

/// Speaker identity on GGT eval (the numbers of `attribution_eval.py --suite ggt`, direct
/// and all statements, plus floating quotes), with the wrong labels by class.
fn identity(misses: bool) {
    use lede::eval::identity::{load, Tally};
    let Some(docs) = load(std::path::Path::new("../shared/corpora/ggt-eval")) else {
        println!("identity: skipped, ../shared/corpora/ggt-eval is absent");
        return;
    };
    let mut t = Tally::default();
    for d in &docs {
        match lede::analyze_text(&d.text) {
            Ok(ins) => t.add(d, &ins),
            Err(e) => eprintln!("identity: {}: {e}", d.name),
        }
    }
    if misses {
        for w in &t.wrong {
            println!("IDENTITY {w}");
        }
    }
    println!("{}", t.report());
}
