//! `make train-kind`: fits the article-or-not table (`src/extract/kind_table.rs`).
//!
//! Takes the WCXB dev pages (article = yes, service / product / forum / listing / collection /
//! documentation = no) and the AEB pages (all articles), both licensed for learning (GUIDE §3);
//! gives a logistic regression over the page-kind features of `src/extract/kind.rs`, fitted
//! on the pages that pass the hand gate (only there does the table decide): features
//! standardised, classes weighed equally, L2 penalty, plain full-batch gradient descent from
//! zero (deterministic: the same pages give the same table). The threshold keeps
//! [`KEEP_ARTICLES`] of the gated training articles. Prints 5-fold held-out rates (the honest
//! estimate), the weights by name, and writes the table with the standardisation folded in.
//! Knobs for experiments (the table is written with the defaults): `KIND_POS` (the articles'
//! share of the class weight, 0.5), `KIND_L2` (the penalty), `KIND_TREES` (also the 5-fold
//! figure of boosted trees, `kind_trees.rs`), `KIND_SHOW` (the pages the table gets wrong),
//! `KIND_DUMP=FILE` (every page's features, tab-separated).

#[path = "kind_trees.rs"]
mod kind_trees;

use kind_trees::{boost, boost_score};
use lede::eval::extract as ev;
use lede::eval::wcxb;
use std::path::Path;

/// Share of the gated training articles the threshold keeps.
const KEEP_ARTICLES: f64 = 0.99;
const STEPS: usize = 4000;
const RATE: f64 = 0.3;
const L2: f64 = 0.003;

struct Sample {
    x: Vec<f64>,
    article: bool,
    gate: bool,
    wcxb_type: String,
}

fn pos_w() -> f64 {
    std::env::var("KIND_POS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.5)
}
fn l2() -> f64 {
    std::env::var("KIND_L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(L2)
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Fits standardised weights on `rows` of `data`; gives (bias, weights, means, scales).
fn fit(data: &[Sample], rows: &[usize]) -> (f64, Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = data[0].x.len();
    let m = rows.len().max(1) as f64;
    let mut mean = vec![0.0; n];
    let mut sd = vec![0.0; n];
    for &r in rows {
        for (mu, x) in mean.iter_mut().zip(&data[r].x) {
            *mu += x / m;
        }
    }
    for &r in rows {
        for ((v, x), mu) in sd.iter_mut().zip(&data[r].x).zip(&mean) {
            *v += (x - mu).powi(2) / m;
        }
    }
    let sd: Vec<f64> = sd.iter().map(|v| v.sqrt().max(1e-6)).collect();
    let pos = rows.iter().filter(|&&r| data[r].article).count().max(1) as f64;
    let neg = (rows.len() as f64 - pos).max(1.0);
    let (mut b, mut w) = (0.0, vec![0.0; n]);
    for _ in 0..STEPS {
        let (mut gb, mut gw) = (0.0, vec![0.0; n]);
        let mut total = 0.0;
        for &r in rows {
            let s = &data[r];
            let z: f64 = b
                + (0..n)
                    .map(|j| w[j] * (s.x[j] - mean[j]) / sd[j])
                    .sum::<f64>();
            let (y, cw) = if s.article {
                (1.0, pos_w() / pos)
            } else {
                (0.0, (1.0 - pos_w()) / neg)
            };
            let e = (sigmoid(z) - y) * cw;
            total += cw;
            gb += e;
            for j in 0..n {
                gw[j] += e * (s.x[j] - mean[j]) / sd[j];
            }
        }
        b -= RATE * gb / total;
        for j in 0..n {
            w[j] -= RATE * (gw[j] / total + l2() * w[j]);
        }
    }
    (b, w, mean, sd)
}

/// Folds the standardisation in: raw-unit bias and weights.
fn fold(b: f64, w: &[f64], mean: &[f64], sd: &[f64]) -> (f64, Vec<f64>) {
    let raw: Vec<f64> = w.iter().zip(sd).map(|(w, s)| w / s).collect();
    let bias = b - raw.iter().zip(mean).map(|(w, m)| w * m).sum::<f64>();
    (bias, raw)
}

fn score(bias: f64, w: &[f64], x: &[f64]) -> f64 {
    bias + w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>()
}

/// The threshold that keeps [`KEEP_ARTICLES`] of the gated articles among `rows`.
fn threshold(data: &[Sample], rows: &[usize], bias: f64, w: &[f64]) -> f64 {
    let mut s: Vec<f64> = rows
        .iter()
        .filter(|&&r| data[r].article)
        .map(|&r| score(bias, w, &data[r].x))
        .collect();
    s.sort_by(f64::total_cmp);
    let drop = ((1.0 - KEEP_ARTICLES) * s.len() as f64).floor() as usize;
    s.get(drop).copied().unwrap_or(0.0)
}

/// Auto-run shares (WCXB articles, WCXB others, AEB) of `rows` under a table.
fn rates(data: &[Sample], rows: &[usize], yes: &dyn Fn(usize) -> bool) -> [f64; 3] {
    let share = |keep: &dyn Fn(&Sample) -> bool| {
        let sel: Vec<usize> = rows.iter().copied().filter(|&r| keep(&data[r])).collect();
        sel.iter().filter(|&&r| yes(r)).count() as f64 / sel.len().max(1) as f64
    };
    [
        share(&|s| s.wcxb_type == "article"),
        share(&|s| !s.wcxb_type.is_empty() && s.wcxb_type != "article"),
        share(&|s| s.wcxb_type.is_empty()),
    ]
}

/// Runs the trainer; writes `out` unless `dry`.
pub fn run(shared: &Path, gunzip: fn(&Path) -> Vec<u8>, out: &Path, dry: bool) {
    let (Ok(wpages), Ok(apages)) = (
        wcxb::wcxb_pages(&shared.join("wcxb-dev")),
        ev::aeb_pages(&shared.join("article-extraction-benchmark")),
    ) else {
        println!(
            "train-kind skipped: WCXB dev or AEB is absent under {}",
            shared.display()
        );
        return;
    };
    let mut jobs: Vec<(std::path::PathBuf, String)> = wpages
        .iter()
        .map(|p| (p.html_gz.clone(), p.page_type.clone()))
        .collect();
    jobs.extend(apages.iter().map(|p| (p.html_gz.clone(), String::new())));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let data: Vec<Sample> = ev::par_map(&jobs, threads, |(path, t)| {
        let (_, f, gate) = ev::extract_html_kind(&gunzip(path));
        Sample {
            x: f.iter().map(|&v| f64::from(v)).collect(),
            article: t.is_empty() || t == "article",
            gate,
            wcxb_type: t.clone(),
        }
    });
    if let Some(file) = std::env::var_os("KIND_DUMP") {
        let lines: String = data
            .iter()
            .zip(&jobs)
            .map(|(s, (path, _))| {
                let x: Vec<String> = s.x.iter().map(|v| format!("{v:.4}")).collect();
                let id = path.file_name().map(|f| f.to_string_lossy().to_string());
                format!(
                    "{}\t{}\t{}\t{}\n",
                    id.unwrap_or_default(),
                    if s.wcxb_type.is_empty() {
                        "aeb"
                    } else {
                        &s.wcxb_type
                    },
                    s.gate,
                    x.join("\t")
                )
            })
            .collect();
        let _ = std::fs::write(file, lines);
    }
    let gated: Vec<usize> = (0..data.len()).filter(|&r| data[r].gate).collect();
    let all: Vec<usize> = (0..data.len()).collect();
    let before = rates(&data, &all, &|r| data[r].gate);
    println!(
        "hand gate alone: WCXB articles {:.1}%, other pages {:.1}%, AEB {:.1}%",
        100.0 * before[0],
        100.0 * before[1],
        100.0 * before[2]
    );
    // 5-fold held-out estimate: each page judged by a table fitted without it.
    let mut held = vec![false; data.len()];
    for k in 0..5 {
        let train: Vec<usize> = gated.iter().copied().filter(|r| r % 5 != k).collect();
        let (b, w, m, s) = fit(&data, &train);
        let (bias, raw) = fold(b, &w, &m, &s);
        let t = threshold(&data, &train, bias, &raw);
        for &r in gated.iter().filter(|r| *r % 5 == k) {
            held[r] = score(bias, &raw, &data[r].x) >= t;
        }
    }
    let cv = rates(&data, &all, &|r| data[r].gate && held[r]);
    println!(
        "5-fold held out: WCXB articles {:.1}%, other pages {:.1}%, AEB {:.1}%",
        100.0 * cv[0],
        100.0 * cv[1],
        100.0 * cv[2]
    );
    if std::env::var_os("KIND_TREES").is_some() {
        let mut held = vec![false; data.len()];
        for k in 0..5 {
            let train: Vec<usize> = gated.iter().copied().filter(|r| r % 5 != k).collect();
            let (_, trees) = boost(&data, &train);
            let mut sc: Vec<f64> = train
                .iter()
                .filter(|&&r| data[r].article)
                .map(|&r| boost_score(&trees, &data[r].x))
                .collect();
            sc.sort_by(f64::total_cmp);
            let t = sc[((1.0 - KEEP_ARTICLES) * sc.len() as f64) as usize];
            for &r in gated.iter().filter(|r| *r % 5 == k) {
                held[r] = boost_score(&trees, &data[r].x) >= t;
            }
        }
        let cv = rates(&data, &all, &|r| data[r].gate && held[r]);
        println!(
            "trees, 5-fold held out: WCXB articles {:.1}%, other pages {:.1}%, AEB {:.1}%",
            100.0 * cv[0],
            100.0 * cv[1],
            100.0 * cv[2]
        );
    }
    let (b, w, m, s) = fit(&data, &gated);
    let (bias, raw) = fold(b, &w, &m, &s);
    let t = threshold(&data, &gated, bias, &raw);
    let fitted = rates(&data, &all, &|r| {
        data[r].gate && score(bias, &raw, &data[r].x) >= t
    });
    println!(
        "fitted on all: WCXB articles {:.1}%, other pages {:.1}%, AEB {:.1}%  (threshold {t:.3})",
        100.0 * fitted[0],
        100.0 * fitted[1],
        100.0 * fitted[2]
    );
    for keep in [0.95, 0.97, 0.98, 0.99, 0.995] {
        let mut sc: Vec<f64> = gated
            .iter()
            .filter(|&&r| data[r].article)
            .map(|&r| score(bias, &raw, &data[r].x))
            .collect();
        sc.sort_by(f64::total_cmp);
        let tk = sc[((1.0 - keep) * sc.len() as f64) as usize];
        let mut line = format!("  keep {keep:.3}:");
        for ty in [
            "article",
            "service",
            "product",
            "forum",
            "listing",
            "collection",
            "documentation",
            "",
        ] {
            let sel: Vec<usize> = (0..data.len())
                .filter(|&r| data[r].wcxb_type == ty)
                .collect();
            let yes = sel
                .iter()
                .filter(|&&r| data[r].gate && score(bias, &raw, &data[r].x) >= tk)
                .count();
            line += &format!(
                " {}:{:.0}%",
                if ty.is_empty() { "aeb" } else { &ty[..4] },
                100.0 * yes as f64 / sel.len().max(1) as f64
            );
        }
        println!("{line}");
    }
    if std::env::var_os("KIND_SHOW").is_some() {
        for &r in &gated {
            let sc = score(bias, &raw, &data[r].x);
            if !data[r].article && sc >= t || data[r].article && sc < t {
                let id = jobs[r]
                    .0
                    .file_name()
                    .map(|f| f.to_string_lossy().to_string())
                    .unwrap_or_default();
                let x: Vec<String> = data[r].x.iter().map(|v| format!("{v:.2}")).collect();
                println!(
                    "  {} {id} {:<13} {sc:+.2}  {}",
                    if data[r].article { "LOST" } else { "KEPT" },
                    data[r].wcxb_type,
                    x.join(" ")
                );
            }
        }
    }
    for (name, wj) in ev::KIND_NAMES.iter().zip(&w) {
        println!("  {name:<24} {wj:+.3} (standardised)");
    }
    if dry {
        return;
    }
    let weights: Vec<String> = raw.iter().map(|v| format!("    {:.6},", v)).collect();
    let text = format!(
        "//! The weights of the article-or-not score ([`super::kind`]), written by `make train-kind`.\n\
//!\n\
//! Takes nothing; gives the bias, one weight per feature (raw units: the trainer folds its\n\
//! standardisation in) and the threshold. Fitted on {} gated pages of WCXB dev (CC-BY-4.0) and\n\
//! AEB (MIT). Do not edit by hand: re-run the trainer.\n\n\
// The trainer writes six decimals, more than some f32 weights hold exactly.\n\
#![allow(clippy::excessive_precision)]\n\n\
/// Constant term.\n\
pub const BIAS: f32 = {bias:.6};\n\
/// One weight per feature of [`super::kind::NAMES`].\n\
pub const WEIGHTS: [f32; super::kind::N] = [\n{}\n];\n\
/// Scores at or above this read as articles.\n\
pub const THRESHOLD: f32 = {t:.6};\n",
        gated.len(),
        weights.join("\n")
    );
    match std::fs::write(out, text) {
        Ok(()) => println!("wrote {}", out.display()),
        Err(e) => println!("could not write {}: {e}", out.display()),
    }
}
