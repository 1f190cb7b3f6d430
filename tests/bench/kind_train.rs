//! `make train-kind`: fits the article-or-not trees (`src/extract/kind_table.rs`).
//!
//! Takes the WCXB dev pages (article = yes, service / product / forum / listing / collection /
//! documentation = no) and the AEB pages (all articles), both licensed for learning (GUIDE §3);
//! gives boosted depth-2 trees over the page-kind features of `src/extract/kind.rs`
//! (`kind_trees.rs`), fitted on the pages that pass the hand gate (only there do the trees
//! decide), each page with URL looks taught a second time without them (the snapshot may lack
//! the URL). Deterministic: the same pages give the same table. The threshold keeps
//! [`KEEP_ARTICLES`] of the gated training articles. Prints the 5-fold held-out rates (the honest
//! estimate) beside the in-sample ones at several keeps, the linear baseline's held-out rates,
//! the Readability suite's readerable agreement (not trained on), and writes the table.
//! Knobs for experiments (the table is written with the defaults): `KIND_KEEP`, the trees'
//! knobs of `kind_trees.rs`, `KIND_URL_DROP=0`, `KIND_POS` / `KIND_L2` (linear baseline),
//! `KIND_SHOW` (the pages the held-out trees get wrong), `KIND_DUMP=FILE` (every page's
//! features, tab-separated) and `KIND_FROM=FILE` (train from such a dump, for quick runs).

#[path = "kind_trees.rs"]
mod kind_trees;

use kind_trees::{boost, boost_score, depth, Tree};
use lede::eval::extract as ev;
use lede::eval::wcxb;
use std::path::Path;

/// Share of the gated training articles the trees' threshold keeps (`KIND_KEEP` for
/// experiments, one of [`KEEPS`]).
const KEEP_ARTICLES: f64 = 0.995;
/// The same for the linear baseline.
const LINEAR_KEEP: f64 = 0.99;
fn keep_articles() -> f64 {
    std::env::var("KIND_KEEP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(KEEP_ARTICLES)
}
/// The shares the trainer prints rates for.
const KEEPS: [f64; 5] = [0.97, 0.98, 0.985, 0.99, 0.995];
const STEPS: usize = 4000;
const RATE: f64 = 0.3;
const L2: f64 = 0.003;

#[derive(Clone)]
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

/// The threshold that keeps [`LINEAR_KEEP`] of the gated articles among `rows`.
fn threshold(data: &[Sample], rows: &[usize], bias: f64, w: &[f64]) -> f64 {
    let mut s: Vec<f64> = rows
        .iter()
        .filter(|&&r| data[r].article)
        .map(|&r| score(bias, w, &data[r].x))
        .collect();
    s.sort_by(f64::total_cmp);
    let drop = ((1.0 - LINEAR_KEEP) * s.len() as f64).floor() as usize;
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

/// The Readability test pages (not trained on): their features and whether the suite calls
/// each readerable — a check that the table keeps the suite's verdicts.
fn readability(shared: &Path) -> Vec<(String, Sample)> {
    let dirs = ev::readability_pages(&shared.join("readability-test-pages")).unwrap_or_default();
    dirs.iter()
        .filter_map(|d| {
            let meta: serde_json::Value =
                serde_json::from_slice(&std::fs::read(d.join("expected-metadata.json")).ok()?)
                    .ok()?;
            let want = meta.get("readerable")?.as_bool()?;
            let (_, f, gate) = ev::extract_html_kind(&std::fs::read(d.join("source.html")).ok()?);
            let name = d.file_name()?.to_string_lossy().to_string();
            let x = f.iter().map(|&v| f64::from(v)).collect();
            Some((
                name,
                Sample {
                    x,
                    article: want,
                    gate,
                    wcxb_type: "readability".into(),
                },
            ))
        })
        .collect()
}

type Jobs = Vec<(std::path::PathBuf, String)>;

/// Every WCXB dev and AEB page's features, extracted.
fn extract_all(shared: &Path, gunzip: fn(&Path) -> Vec<u8>) -> Option<(Jobs, Vec<Sample>)> {
    let wpages = wcxb::wcxb_pages(&shared.join("wcxb-dev")).ok()?;
    let apages = ev::aeb_pages(&shared.join("article-extraction-benchmark")).ok()?;
    let mut jobs: Jobs = wpages
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
    Some((jobs, data))
}

/// The samples of a `KIND_DUMP` file (for quick experiments with the knobs).
fn load(file: &Path) -> (Jobs, Vec<Sample>) {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let mut it = l.split('\t');
            let id = it.next()?;
            let t = it.next()?;
            let t = if t == "aeb" { "" } else { t };
            let gate = it.next()? == "true";
            let x = it.map(|v| v.parse().unwrap_or(0.0)).collect();
            let s = Sample {
                x,
                article: t.is_empty() || t == "article",
                gate,
                wcxb_type: t.into(),
            };
            Some(((id.into(), t.to_string()), s))
        })
        .unzip()
}

/// Runs the trainer; writes `out` unless `dry`.
pub fn run(shared: &Path, gunzip: fn(&Path) -> Vec<u8>, out: &Path, dry: bool) {
    let Some((jobs, data)) = std::env::var_os("KIND_FROM")
        .map(|f| load(Path::new(&f)))
        .filter(|(jobs, _)| !jobs.is_empty())
        .or_else(|| extract_all(shared, gunzip))
    else {
        println!(
            "train-kind skipped: WCXB dev or AEB is absent under {}",
            shared.display()
        );
        return;
    };
    if let Some(file) = std::env::var_os("KIND_DUMP") {
        let lines: String = data
            .iter()
            .zip(&jobs)
            .map(|(s, (path, _))| {
                let x: Vec<String> = s.x.iter().map(|v| format!("{v}")).collect();
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
    // The linear table, 5-fold held out: the baseline the trees replace.
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
        "linear table, 5-fold held out: WCXB articles {:.1}%, other pages {:.1}%, AEB {:.1}%",
        100.0 * cv[0],
        100.0 * cv[1],
        100.0 * cv[2]
    );
    // The trees, 5-fold held out (the honest figure): each page judged by trees fitted
    // without it, at the threshold that keeps a share of that fold's training articles.
    // Pages whose URL the snapshot lacks (no `og:url`) must not read as non-stories for that
    // alone: every gated page with URL looks is also taught once with them zeroed.
    let (aug, orig) = url_dropped(&data, &gated);
    let with_copies = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
        let mut rows: Vec<usize> = gated.iter().copied().filter(|&r| keep(r)).collect();
        rows.extend(
            (0..orig.len())
                .filter(|&j| keep(orig[j]))
                .map(|j| data.len() + j),
        );
        rows
    };
    let mut held = vec![vec![false; data.len()]; KEEPS.len()];
    for k in 0..5 {
        let train: Vec<usize> = gated.iter().copied().filter(|r| r % 5 != k).collect();
        let trees = boost(&aug, &with_copies(&|r| r % 5 != k));
        let sc = article_scores(&aug, &train, &trees);
        for (ki, &keep) in KEEPS.iter().enumerate() {
            let t = sc[((1.0 - keep) * sc.len() as f64) as usize];
            for &r in gated.iter().filter(|r| *r % 5 == k) {
                held[ki][r] = boost_score(&trees, &aug[r].x) >= t;
            }
        }
    }
    let trees = boost(&aug, &with_copies(&|_| true));
    let sc = article_scores(&aug, &gated, &trees);
    let t = sc[((1.0 - keep_articles()) * sc.len() as f64) as usize];
    for (ki, &keep) in KEEPS.iter().enumerate() {
        let cv = rates(&data, &all, &|r| data[r].gate && held[ki][r]);
        let tk = sc[((1.0 - keep) * sc.len() as f64) as usize];
        let fit = rates(&data, &all, &|r| {
            data[r].gate && boost_score(&trees, &aug[r].x) >= tk
        });
        println!(
            "trees keep {keep:.3}{}: 5-fold held out WCXB articles {:.1}%, other pages {:.1}%, AEB {:.1}% | in sample {:.1}%, {:.1}%, {:.1}%",
            if keep == keep_articles() { " (ships)" } else { "" },
            100.0 * cv[0],
            100.0 * cv[1],
            100.0 * cv[2],
            100.0 * fit[0],
            100.0 * fit[1],
            100.0 * fit[2]
        );
    }
    let suite = readability(shared);
    let agree: Vec<&str> = suite
        .iter()
        .filter(|(_, s)| (s.gate && boost_score(&trees, &s.x) >= t) != s.article)
        .map(|(n, _)| n.as_str())
        .collect();
    println!(
        "Readability suite readerable agreement (not trained on): {}/{}; misses: {}",
        suite.len() - agree.len(),
        suite.len(),
        agree.join(" ")
    );
    let ki = KEEPS
        .iter()
        .position(|&k| k == keep_articles())
        .unwrap_or(0);
    let mut line = "  held out by type:".to_string();
    for ty in TYPES {
        let sel: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&r| data[r].wcxb_type == ty)
            .collect();
        let yes = sel.iter().filter(|&&r| data[r].gate && held[ki][r]).count();
        let name = if ty.is_empty() { "aeb" } else { &ty[..4] };
        line += &format!(" {name}:{yes}/{}", sel.len());
    }
    println!("{line}");
    if std::env::var_os("KIND_SHOW").is_some() {
        for &r in &gated {
            if data[r].article != held[ki][r] {
                let id = jobs[r]
                    .0
                    .file_name()
                    .map(|f| f.to_string_lossy().to_string());
                println!(
                    "  {} {} {:<13} {:+.2}",
                    if data[r].article { "LOST" } else { "KEPT" },
                    id.unwrap_or_default(),
                    data[r].wcxb_type,
                    boost_score(&trees, &data[r].x)
                );
            }
        }
    }
    if dry {
        return;
    }
    let text = table_text(&trees, t, gated.len());
    match std::fs::write(out, text) {
        Ok(()) => println!(
            "wrote {} ({} trees of depth {})",
            out.display(),
            trees.len(),
            depth()
        ),
        Err(e) => println!("could not write {}: {e}", out.display()),
    }
}

/// `data` followed by a copy of each of `rows` that has URL looks, those zeroed; and for each
/// copy the row it copies. `KIND_URL_DROP=0` turns the copies off.
fn url_dropped(data: &[Sample], rows: &[usize]) -> (Vec<Sample>, Vec<usize>) {
    let url: Vec<usize> = (0..ev::KIND_NAMES.len())
        .filter(|&j| ev::KIND_NAMES[j].contains("url"))
        .collect();
    let mut aug = data.to_vec();
    let mut orig = Vec::new();
    if std::env::var("KIND_URL_DROP").is_ok_and(|v| v == "0") {
        return (aug, orig);
    }
    for &r in rows {
        if url.iter().any(|&j| data[r].x[j] != 0.0) {
            let mut s = data[r].clone();
            url.iter().for_each(|&j| s.x[j] = 0.0);
            aug.push(s);
            orig.push(r);
        }
    }
    (aug, orig)
}

/// The page types in the order the trainer prints them ("" is AEB).
const TYPES: [&str; 8] = [
    "article",
    "service",
    "product",
    "forum",
    "listing",
    "collection",
    "documentation",
    "",
];

/// The trees' scores of the articles among `rows`, sorted.
fn article_scores(data: &[Sample], rows: &[usize], trees: &[Tree]) -> Vec<f64> {
    let mut sc: Vec<f64> = rows
        .iter()
        .filter(|&&r| data[r].article)
        .map(|&r| boost_score(trees, &data[r].x))
        .collect();
    sc.sort_by(f64::total_cmp);
    sc
}

/// A number as an f32 literal (the fallback cut past every value as `f32::MAX`).
fn lit(v: f64) -> String {
    if v as f32 >= f32::MAX {
        "f32::MAX".into()
    } else {
        format!("{:?}", v as f32)
    }
}

/// The Rust text of `src/extract/kind_table.rs`.
fn table_text(trees: &[Tree], t: f64, pages: usize) -> String {
    let body: Vec<String> = trees
        .iter()
        .map(|tr| {
            let f: Vec<String> = tr.splits.iter().map(|s| s.0.to_string()).collect();
            let c: Vec<String> = tr.splits.iter().map(|s| lit(s.1)).collect();
            let l: Vec<String> = tr.leaves.iter().map(|&v| lit(v)).collect();
            format!(
                "    KindTree {{ feature: [{}], cut: [{}], leaf: [{}] }},",
                f.join(", "),
                c.join(", "),
                l.join(", ")
            )
        })
        .collect();
    format!(
        "//! The boosted trees of the article-or-not score ([`super::kind`]), written by\n\
//! `make train-kind`.\n\
//!\n\
//! Takes nothing; gives [`TREES`] complete trees of depth [`DEPTH`] (per node a feature index\n\
//! and a cut in raw units, `x < cut` going left; then the leaf values) and the threshold.\n\
//! Fitted on {pages} gated pages of WCXB dev (CC-BY-4.0) and AEB (MIT). Do not edit by hand:\n\
//! re-run the trainer.\n\n\
use super::kind::KindTree;\n\n\
/// Levels of splits in every tree.\n\
pub const DEPTH: usize = {};\n\
/// The trees; their leaves summed are the score.\n\
#[rustfmt::skip]\n\
pub const TREES: [KindTree; {}] = [\n{}\n];\n\
/// Scores at or above this read as articles.\n\
pub const THRESHOLD: f32 = {};\n",
        depth(),
        trees.len(),
        body.join("\n"),
        lit(t)
    )
}
