//! `make bench-extract`: extraction quality and speed.
//!
//! Takes the corpora in `../shared/corpora` (skips with a message when they are absent); prints
//! the ScrapingHub F1/precision/recall on the article-extraction benchmark (AEB), its worst
//! pages with their URLs, pages per second, the same metric on the peers' published outputs
//! (a check of the scorer), and on Mozilla's Readability test pages the metadata match rates
//! and text F1.
//!
//! Flags: `--quick` (AEB only, no peers), `--worst N` (how many worst pages; default 12),
//! `--show ID` (print our text and the gold for one AEB page, or a Readability page folder),
//! `--misses` (list every Readability metadata mismatch), `--extract FILE` (our article text
//! on stdout, metadata on stderr), `--table FILE` (every page's F1, precision and recall, both
//! corpora, one line each: for diffing two runs), `--wcxb` (the WCXB part alone, see
//! `wcxb.rs`), `--no-peer` (WCXB without rs-trafilatura), `--wcxb-show ID` (one WCXB page:
//! our text, metadata and the gold), `--train-kind` (fit src/extract/kind_table.rs, see
//! `kind_train.rs`; `--dry` prints without writing).

mod kind_train;
mod wcxb;

use lede::eval::extract::{self as ev, AebPage};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

const SHARED: &str = "../shared/corpora";
const PEERS: &[&str] = &[
    "readability_js",
    "trafilatura",
    "rs_trafilatura",
    "dom_smoothie",
    "newspaper",
    "goose3",
];

fn gunzip(path: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = flate2::read::GzDecoder::new(f).read_to_end(&mut out);
    }
    out
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let value = |f: &str| {
        args.iter()
            .position(|a| a == f)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let worst_n: usize = value("--worst").and_then(|v| v.parse().ok()).unwrap_or(12);
    if let Some(file) = value("--extract") {
        let (a, f, gate) = ev::extract_html_kind(&std::fs::read(&file).unwrap_or_default());
        println!("{}", a.text);
        let (score, line) = ev::kind_score(&f);
        eprintln!("hand gate {gate}; kind score {score:.2} (threshold {line:.2})");
        for (name, v) in ev::KIND_NAMES.iter().zip(&f) {
            eprintln!("  {name:<28} {v:.3}");
        }
        eprintln!(
            "title {:?}\nbyline {:?}\npublished {:?}\nsite {:?}\nlang {:?}\nreaderable {}",
            a.title, a.byline, a.published, a.site, a.lang, a.readerable
        );
        return;
    }
    let root = PathBuf::from(SHARED);
    let wcxb_dir = root.join("wcxb-dev");
    if let Some(id) = value("--wcxb-show") {
        wcxb::show(&wcxb_dir, &id, gunzip);
        return;
    }
    if flag("--train-kind") {
        kind_train::run(
            &root,
            gunzip,
            Path::new("src/extract/kind_table.rs"),
            flag("--dry"),
        );
        return;
    }
    if flag("--wcxb") {
        wcxb::run(&wcxb_dir, !flag("--no-peer"), worst_n, gunzip);
        return;
    }
    let aeb_dir = root.join("article-extraction-benchmark");
    let rt_dir = root.join("readability-test-pages");
    if !aeb_dir.is_dir() {
        println!("skipped: {} is absent", aeb_dir.display());
        return;
    }
    let pages = match ev::aeb_pages(&aeb_dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };

    if let Some(id) = value("--blocks") {
        dump_blocks(&pages, &rt_dir, &id);
        return;
    }
    if let Some(id) = value("--show") {
        show(&pages, &rt_dir, &id);
        return;
    }

    // Decompress first so the timing covers decode + parse + extract only.
    let raw: Vec<(AebPage, Vec<u8>)> = pages
        .iter()
        .map(|p| (p.clone(), gunzip(&p.html_gz)))
        .collect();
    let t0 = Instant::now();
    let texts = ev::par_map(&raw, threads(), |(_, bytes)| ev::extract_html(bytes).text);
    let secs = t0.elapsed().as_secs_f64();
    let triples: Vec<[f64; 3]> = raw
        .iter()
        .zip(&texts)
        .map(|((p, _), t)| ev::page_triple(&p.body, t))
        .collect();
    let s = ev::score(&triples);
    let table = value("--table");
    if let Some(file) = &table {
        let lines: Vec<String> = pages
            .iter()
            .zip(&triples)
            .map(|(p, t)| table_line("aeb", &p.id, t))
            .collect();
        let _ = std::fs::write(file, lines.join(""));
    }
    println!(
        "AEB ({} pages): F1 {:.4}  precision {:.4}  recall {:.4}",
        pages.len(),
        s.f1,
        s.precision,
        s.recall
    );
    println!(
        "speed: {:.1} pages/s on {} threads ({:.2} s total, decode+parse+extract)",
        pages.len() as f64 / secs.max(1e-9),
        threads(),
        secs
    );
    let mut order: Vec<usize> = (0..pages.len()).collect();
    order.sort_by(|&a, &b| ev::page_f1(&triples[a]).total_cmp(&ev::page_f1(&triples[b])));
    println!("worst pages:");
    for &i in order.iter().take(worst_n) {
        let t = &triples[i];
        println!(
            "  F1 {:.3} P {:.3} R {:.3}  {}  {}",
            ev::page_f1(t),
            ev::page_precision(t).unwrap_or(0.0),
            ev::page_recall(t).unwrap_or(0.0),
            &pages[i].id[..8.min(pages[i].id.len())],
            pages[i].url
        );
    }

    if !flag("--quick") {
        println!("peers (scored here; published: readability_js 0.947, trafilatura 0.958, rs_trafilatura 0.970, dom_smoothie 0.865):");
        for peer in PEERS {
            let file = aeb_dir.join("peer-output").join(format!("{peer}.json"));
            match ev::peer_outputs(&file) {
                Ok(out) => {
                    let tr: Vec<[f64; 3]> = pages
                        .iter()
                        .map(|p| {
                            ev::page_triple(&p.body, out.get(&p.id).map_or("", String::as_str))
                        })
                        .collect();
                    let s = ev::score(&tr);
                    println!(
                        "  {peer:<15} F1 {:.4}  precision {:.4}  recall {:.4}",
                        s.f1, s.precision, s.recall
                    );
                }
                Err(e) => println!("  {peer:<15} unavailable: {e}"),
            }
        }
        readability(&rt_dir, flag("--misses"), table.as_deref());
        wcxb::run(&wcxb_dir, !flag("--no-peer"), worst_n, gunzip);
    }
}

/// One line of `--table`: corpus, page, F1, precision, recall.
fn table_line(corpus: &str, id: &str, t: &[f64; 3]) -> String {
    format!(
        "{corpus} {id} {:.3} {:.3} {:.3}\n",
        ev::page_f1(t),
        ev::page_precision(t).unwrap_or(0.0),
        ev::page_recall(t).unwrap_or(0.0)
    )
}

fn readability(dir: &Path, misses: bool, table: Option<&str>) {
    let Ok(folders) = ev::readability_pages(dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let results = ev::par_map(&folders, threads(), |d| ev::readability_page(d));
    let triples: Vec<[f64; 3]> = results.iter().map(|r| r.text).collect();
    let s = ev::score(&triples);
    if let Some(file) = table {
        let lines: String = results
            .iter()
            .zip(&triples)
            .map(|(r, t)| table_line("rt", &r.name, t))
            .collect();
        let mut all = std::fs::read_to_string(file).unwrap_or_default();
        all.push_str(&lines);
        let _ = std::fs::write(file, all);
    }
    println!(
        "Readability test pages ({}): text F1 {:.4}  precision {:.4}  recall {:.4}",
        results.len(),
        s.f1,
        s.precision,
        s.recall
    );
    println!("  rules: strings compared after collapsing whitespace and lower-casing; title also matches when the expected one is ours plus a \" | Site\" tail or a shorter \"Site - \" head; byline without a lead-in word (by, par, por, von), equal to the expected text or its first line, or to the expected text up to a glued-on date digit; publishedTime by calendar date (YYYY-MM-DD); rates over pages where the field is present");
    for (i, f) in ev::FIELDS.iter().enumerate() {
        let (m, n) = ev::field_rate(&results, i);
        println!(
            "  {f:<14} {:.3} ({m}/{n})",
            if n == 0 { 0.0 } else { m as f64 / n as f64 }
        );
    }
    if misses {
        for r in &results {
            for (i, f) in r.fields.iter().enumerate() {
                if let Some((false, e, o)) = f {
                    println!(
                        "  miss {:<28} {:<13} want {e:?} got {o:?}",
                        r.name,
                        ev::FIELDS[i]
                    );
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..results.len()).collect();
    order.sort_by(|&a, &b| ev::page_f1(&triples[a]).total_cmp(&ev::page_f1(&triples[b])));
    let worst: Vec<String> = order
        .iter()
        .take(30)
        .map(|&i| format!("{} {:.2}", results[i].name, ev::page_f1(&triples[i])))
        .collect();
    println!("  worst text: {}", worst.join(", "));
}

fn show(pages: &[AebPage], rt_dir: &Path, id: &str) {
    if let Some(p) = pages.iter().find(|p| p.id.starts_with(id)) {
        let a = ev::extract_html(&gunzip(&p.html_gz));
        let t = ev::page_triple(&p.body, &a.text);
        println!(
            "{}  F1 {:.3}\n=== OURS ===\n{}\n=== GOLD ===\n{}",
            p.url,
            ev::page_f1(&t),
            a.text,
            p.body
        );
        return;
    }
    let dir = rt_dir.join(id);
    if dir.is_dir() {
        let bytes = std::fs::read(dir.join("source.html")).unwrap_or_default();
        let a = ev::extract_html(&bytes);
        let r = ev::readability_page(&dir);
        println!(
            "title {:?}\nbyline {:?}\npublished {:?}\nsite {:?}\nlang {:?}\nreaderable {}\ntext F1 {:.3}\n=== OURS ===\n{}",
            a.title, a.byline, a.published, a.site, a.lang, a.readerable, ev::page_f1(&r.text), a.text
        );
        return;
    }
    println!("no page {id}");
}

/// Prints every block of a page with its element path, for debugging the block choice.
fn dump_blocks(pages: &[AebPage], rt_dir: &Path, id: &str) {
    let bytes = match pages.iter().find(|p| p.id.starts_with(id)) {
        Some(p) => gunzip(&p.html_gz),
        None => std::fs::read(rt_dir.join(id).join("source.html")).unwrap_or_else(|_| {
            gunzip(&PathBuf::from(SHARED).join(format!("wcxb-dev/html/{id}.html.gz")))
        }),
    };
    let html = lede::input::decode(&bytes, true)
        .map(|(t, _)| t)
        .unwrap_or_default();
    let page = lede::page::html::page_from_html(&html);
    let article = lede::extract(&page);
    let kept: std::collections::HashSet<usize> = article.blocks.iter().map(|b| b.block).collect();
    for (i, b) in page.blocks.iter().enumerate() {
        let path: Vec<String> = page
            .ancestors(b.node)
            .take(if std::env::var_os("FULL").is_some() {
                usize::MAX
            } else {
                6
            })
            .map(|(_, n)| {
                let h: String = n.hints.chars().take(30).collect();
                if h.is_empty() {
                    n.tag.clone()
                } else {
                    format!("{}.{}", n.tag, h)
                }
            })
            .collect();
        let t: String = b.text.chars().take(90).collect();
        println!(
            "{} {i:4} n{:<5} l{:<4} k{:<4} {:<70} | {}",
            if kept.contains(&i) { "+" } else { " " },
            b.node,
            b.text.chars().count(),
            b.link_chars,
            path.join(" < "),
            t.replace('\n', " ")
        );
    }
}
