//! The WCXB part of `make bench-extract`, side by side with rs-trafilatura.
//!
//! Takes `../shared/corpora/wcxb-dev`; gives, per page type, the AEB shingle F1 (precision,
//! recall) and WCXB's own word F1 for Lede and for rs-trafilatura 0.2.2 (the bench-only crate
//! `tests/bench/peers`, built and run here on the same pages), the same for the articles whose
//! gold was and was not drafted from rs-trafilatura, title / author / date rates (src/eval/wcxb.rs),
//! the share of each page type Lede would run on by itself (`readerable`, the auto mode), pages
//! per second on one thread each, and the worst articles with their biggest class of loss.
//! `WCXB_MISSES=title` (or `author`, `date`) lists Lede's misses of that field;
//! `WCXB_TABLE=file` writes every page's id, type, F1, precision, recall and biggest loss (for
//! diffing two runs).

#[path = "wcxb_loss.rs"]
mod wcxb_loss;

use lede::eval::extract as ev;
use lede::eval::wcxb::{self, WcxbPage};
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

const TYPES: &[&str] = &[
    "article",
    "service",
    "product",
    "forum",
    "listing",
    "collection",
    "documentation",
];

/// One extractor's answer on one page.
#[derive(Default, Clone)]
struct Answer {
    text: String,
    title: String,
    author: String,
    date: String,
    /// Would run by itself (Lede: readerable; rs-trafilatura: its page type is article).
    auto: bool,
    secs: f64,
}

/// Runs the rs-trafilatura peer on the pages; `None` (with the reason printed) if it cannot
/// be built or run.
fn peer(pages: &[WcxbPage]) -> Option<Vec<Answer>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = "tests/bench/peers/Cargo.toml";
    let target = "target/peers";
    let built = std::process::Command::new(&cargo)
        .args(["build", "--release", "--quiet", "--manifest-path", manifest])
        .args(["--target-dir", target])
        .status();
    if !built.is_ok_and(|s| s.success()) {
        println!("  rs-trafilatura: the peer crate ({manifest}) did not build; no comparison");
        return None;
    }
    let out = std::process::Command::new(format!("{target}/release/rs-trafilatura-peer"))
        .args(pages.iter().map(|p| p.html_gz.as_os_str()))
        .output()
        .ok()?;
    let mut by_file: HashMap<String, Answer> = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        by_file.insert(
            s("file"),
            Answer {
                text: s("text"),
                title: s("title"),
                author: s("author"),
                date: s("date"),
                auto: s("page_type") == "article",
                secs: v.get("secs").and_then(|x| x.as_f64()).unwrap_or(0.0),
            },
        );
    }
    Some(
        pages
            .iter()
            .map(|p| {
                by_file
                    .remove(&*p.html_gz.to_string_lossy())
                    .unwrap_or_default()
            })
            .collect(),
    )
}

/// Shingle P/R/F1 and mean word F1 over a subset of pages.
fn text_scores(pages: &[&WcxbPage], answers: &[&Answer]) -> (ev::Prf, f64) {
    let triples: Vec<[f64; 3]> = pages
        .iter()
        .zip(answers)
        .map(|(p, a)| ev::page_triple(&p.body, &a.text))
        .collect();
    let word: f64 = pages
        .iter()
        .zip(answers)
        .map(|(p, a)| wcxb::word_prf(&a.text, &p.body)[2])
        .sum::<f64>()
        / pages.len().max(1) as f64;
    (ev::score(&triples), word)
}

fn row(label: &str, pages: &[&WcxbPage], ours: &[&Answer], theirs: Option<&[&Answer]>) {
    let (s, w) = text_scores(pages, ours);
    let auto = ours.iter().filter(|a| a.auto).count() as f64 / ours.len().max(1) as f64;
    let mut line = format!(
        "  {label:<22} {:>4}  F1 {:.3} P {:.3} R {:.3} word {:.3} auto {:>5.1}%",
        pages.len(),
        s.f1,
        s.precision,
        s.recall,
        w,
        100.0 * auto
    );
    if let Some(t) = theirs {
        let (s, w) = text_scores(pages, t);
        let auto = t.iter().filter(|a| a.auto).count() as f64 / t.len().max(1) as f64;
        line += &format!(
            " | F1 {:.3} P {:.3} R {:.3} word {:.3} auto {:>5.1}%",
            s.f1,
            s.precision,
            s.recall,
            w,
            100.0 * auto
        );
    }
    println!("{line}");
}

fn lede_answer(bytes: &[u8]) -> (Answer, lede::Page, lede::Article) {
    let html = lede::input::decode(bytes, true)
        .map(|(t, _)| t)
        .unwrap_or_default();
    let page = lede::page::html::page_from_html(&html);
    let a = lede::extract(&page);
    let answer = Answer {
        text: a.text.clone(),
        title: a.title.clone(),
        author: a.byline.clone().unwrap_or_default(),
        date: a.published.clone().unwrap_or_default(),
        auto: a.readerable,
        secs: 0.0,
    };
    (answer, page, a)
}

/// The WCXB section; `with_peer` runs rs-trafilatura too.
pub fn run(dir: &Path, with_peer: bool, worst_n: usize, gunzip: fn(&Path) -> Vec<u8>) {
    let misses = std::env::var("WCXB_MISSES").unwrap_or_default();
    let pages = match wcxb::wcxb_pages(dir) {
        Ok(p) => p,
        Err(e) => {
            println!("WCXB skipped: {e}");
            return;
        }
    };
    let raw: Vec<Vec<u8>> = pages.iter().map(|p| gunzip(&p.html_gz)).collect();
    // Speed: decode + parse + extract, one thread, pages already unpacked.
    let t0 = Instant::now();
    for bytes in &raw {
        std::hint::black_box(ev::extract_html(bytes));
    }
    let lede_secs = t0.elapsed().as_secs_f64();
    let mut ours = Vec::new();
    let mut loss: Vec<HashMap<String, usize>> = Vec::new();
    for (p, bytes) in pages.iter().zip(&raw) {
        let (a, page, article) = lede_answer(bytes);
        loss.push(wcxb_loss::classes(&p.body, &page, &article));
        ours.push(a);
    }
    if let Ok(file) = std::env::var("WCXB_FEATURES") {
        let lines: String = pages
            .iter()
            .zip(&raw)
            .map(|(p, bytes)| {
                let (a, page, article) = lede_answer(bytes);
                format!(
                    "{}\t{}\t{}\t{}\n",
                    p.id,
                    p.page_type,
                    a.auto,
                    features(&page, &article)
                )
            })
            .collect();
        let _ = std::fs::write(file, lines);
    }
    if let Ok(file) = std::env::var("WCXB_TABLE") {
        let lines: String = pages
            .iter()
            .zip(&ours)
            .zip(&loss)
            .map(|((p, a), l)| {
                let t = ev::page_triple(&p.body, &a.text);
                format!(
                    "{}\t{}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\n",
                    p.id,
                    p.page_type,
                    ev::page_f1(&t),
                    ev::page_precision(&t).unwrap_or(0.0),
                    ev::page_recall(&t).unwrap_or(0.0),
                    wcxb_loss::top(l, "lost: "),
                    wcxb_loss::top(l, "noise: ")
                )
            })
            .collect();
        let _ = std::fs::write(file, lines);
    }
    let theirs = if with_peer { peer(&pages) } else { None };
    println!(
        "WCXB dev ({} pages): Lede{}; shingle F1/P/R (AEB metric), WCXB word F1, auto = would run by itself{}",
        pages.len(),
        if theirs.is_some() { " | rs-trafilatura 0.2.2 (same pages, same run)" } else { "" },
        if theirs.is_some() { " (rs-trafilatura: its page type says article)" } else { "" }
    );
    let subset = |keep: &dyn Fn(&WcxbPage) -> bool| {
        let idx: Vec<usize> = (0..pages.len()).filter(|&i| keep(&pages[i])).collect();
        let ps: Vec<&WcxbPage> = idx.iter().map(|&i| &pages[i]).collect();
        let os: Vec<&Answer> = idx.iter().map(|&i| &ours[i]).collect();
        let ts: Option<Vec<&Answer>> = theirs
            .as_ref()
            .map(|t| idx.iter().map(|&i| &t[i]).collect());
        (ps, os, ts)
    };
    for t in TYPES {
        let (ps, os, ts) = subset(&|p| p.page_type == *t);
        row(t, &ps, &os, ts.as_deref());
    }
    let (ps, os, ts) = subset(&|p| p.page_type == "article" && !p.drafted_from_peer);
    row("article, gold not rs", &ps, &os, ts.as_deref());
    let (ps, os, ts) = subset(&|p| p.page_type == "article" && p.drafted_from_peer);
    row("article, gold from rs", &ps, &os, ts.as_deref());
    let (ps, os, ts) = subset(&|p| p.page_type != "article");
    row("not article (all)", &ps, &os, ts.as_deref());

    println!(
        "  metadata on articles with the field in gold (title/author/date rules of src/eval/wcxb.rs): Lede | rs-trafilatura"
    );
    type Rule = fn(&str, &str) -> bool;
    type Field = (
        &'static str,
        fn(&WcxbPage) -> &str,
        fn(&Answer) -> &str,
        Rule,
    );
    let fields: [Field; 3] = [
        ("title", |p| &p.title, |a| &a.title, wcxb::title_ok),
        ("author", |p| &p.author, |a| &a.author, wcxb::author_ok),
        ("date", |p| &p.date, |a| &a.date, wcxb::date_ok),
    ];
    for (name, gold, got, ok) in fields {
        let idx: Vec<usize> = (0..pages.len())
            .filter(|&i| pages[i].page_type == "article" && !gold(&pages[i]).is_empty())
            .collect();
        let rate = |ans: &[Answer]| {
            idx.iter()
                .filter(|&&i| ok(gold(&pages[i]), got(&ans[i])))
                .count() as f64
                / idx.len().max(1) as f64
        };
        if misses == name {
            for &i in idx.iter().filter(|&&i| !ok(gold(&pages[i]), got(&ours[i]))) {
                println!(
                    "      miss {} want {:?} got {:?}",
                    pages[i].id,
                    gold(&pages[i]),
                    got(&ours[i])
                );
            }
        }
        let mut line = format!("    {name:<7} {:>4} pages  {:.3}", idx.len(), rate(&ours));
        if let Some(t) = &theirs {
            line += &format!(" | {:.3}", rate(t));
        }
        println!("{line}");
    }
    let lede_ps = pages.len() as f64 / lede_secs.max(1e-9);
    match &theirs {
        Some(t) => {
            let peer_secs: f64 = t.iter().map(|a| a.secs).sum();
            let peer_ps = pages.len() as f64 / peer_secs.max(1e-9);
            println!(
                "  speed, one thread each (decode + parse + extract): Lede {lede_ps:.1} pages/s | rs-trafilatura {peer_ps:.1} pages/s ({:.1}x)",
                lede_ps / peer_ps.max(1e-9)
            );
        }
        None => {
            println!("  speed, one thread (decode + parse + extract): Lede {lede_ps:.1} pages/s")
        }
    }
    let mut total: HashMap<String, usize> = HashMap::new();
    for (p, l) in pages.iter().zip(&loss) {
        if p.page_type == "article" {
            for (k, v) in l {
                *total.entry(k.clone()).or_default() += v;
            }
        }
    }
    let mut total: Vec<(String, usize)> = total.into_iter().collect();
    total.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("  classes of loss and noise over the articles (words):");
    for (k, v) in total.iter().take(30) {
        println!("    {v:>7}  {k}");
    }
    let mut order: Vec<usize> = (0..pages.len())
        .filter(|&i| pages[i].page_type == "article")
        .collect();
    let f1 = |i: usize| ev::page_f1(&ev::page_triple(&pages[i].body, &ours[i].text));
    order.sort_by(|&a, &b| f1(a).total_cmp(&f1(b)));
    println!("  worst articles (F1 P R | rs F1 | biggest loss; biggest noise):");
    for &i in order.iter().take(worst_n) {
        let t = ev::page_triple(&pages[i].body, &ours[i].text);
        let peer_f1 = theirs.as_ref().map_or(String::from("-"), |th| {
            format!(
                "{:.3}",
                ev::page_f1(&ev::page_triple(&pages[i].body, &th[i].text))
            )
        });
        println!(
            "    {} F1 {:.3} P {:.3} R {:.3} | {peer_f1} | {}; {}  {}",
            pages[i].id,
            ev::page_f1(&t),
            ev::page_precision(&t).unwrap_or(0.0),
            ev::page_recall(&t).unwrap_or(0.0),
            wcxb_loss::top(&loss[i], "lost: "),
            wcxb_loss::top(&loss[i], "noise: "),
            pages[i].url
        );
    }
}

/// Prints Lede's answer and the gold for one WCXB page.
pub fn show(dir: &Path, id: &str, gunzip: fn(&Path) -> Vec<u8>) {
    let Some(p) = wcxb::wcxb_pages(dir)
        .unwrap_or_default()
        .into_iter()
        .find(|p| p.id == id)
    else {
        println!("no WCXB page {id}");
        return;
    };
    let (a, page, article) = lede_answer(&gunzip(&p.html_gz));
    let t = ev::page_triple(&p.body, &a.text);
    println!(
        "{} {} F1 {:.3} P {:.3} R {:.3} auto {}\ntitle  {:?} | gold {:?}\nauthor {:?} | gold {:?}\ndate   {:?} | gold {:?}",
        p.url, p.page_type, ev::page_f1(&t), ev::page_precision(&t).unwrap_or(0.0),
        ev::page_recall(&t).unwrap_or(0.0), a.auto, a.title, p.title, a.author, p.author, a.date, p.date
    );
    let mut l: Vec<_> = wcxb_loss::classes(&p.body, &page, &article)
        .into_iter()
        .collect();
    l.sort_by_key(|c| std::cmp::Reverse(c.1));
    println!(
        "classes: {l:?}\n=== OURS ===\n{}\n=== GOLD ===\n{}",
        a.text, p.body
    );
}

/// Page facts for studying the article decision (`WCXB_FEATURES=file`), tab-separated.
fn features(page: &lede::Page, article: &lede::Article) -> String {
    let chars = |t: &str| t.chars().count();
    let page_chars: usize = page.blocks.iter().map(|b| chars(&b.text)).sum();
    let page_links: usize = page.blocks.iter().map(|b| b.link_chars as usize).sum();
    let art_chars = chars(&article.text);
    let art_links: usize = article
        .blocks
        .iter()
        .map(|b| page.blocks[b.block].link_chars as usize)
        .sum();
    let long_paras = article
        .blocks
        .iter()
        .filter(|b| chars(&page.blocks[b.block].text) >= 140)
        .count();
    let link_blocks = page
        .blocks
        .iter()
        .filter(|b| b.link_chars as usize * 10 >= chars(&b.text) * 8)
        .count();
    let og = page
        .meta
        .iter()
        .find(|(k, _)| k == "og:type")
        .map_or("", |(_, v)| v.as_str());
    let mut types: Vec<String> = Vec::new();
    for raw in &page.json_ld {
        let mut rest = raw.as_str();
        while let Some(i) = rest.find("\"@type\"") {
            rest = &rest[i + 7..];
            let v: String = rest
                .trim_start_matches([' ', ':', '[', '"'])
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            if !v.is_empty() && !types.contains(&v) {
                types.push(v);
            }
        }
    }
    let tag_count = |t: &str| page.nodes.iter().filter(|n| n.tag == t).count();
    format!(
        "{page_chars}\t{page_links}\t{art_chars}\t{art_links}\t{long_paras}\t{}\t{link_blocks}\t{og}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        article.blocks.len(),
        types.join(","),
        article.published.is_some() as u8,
        article.byline.is_some() as u8,
        tag_count("form") + tag_count("input"),
        tag_count("h2") + tag_count("h3"),
        tag_count("li"),
        page.blocks.len()
    )
}
