//! Floor test: extraction on WCXB dev must not fall below what was reached.
//!
//! Takes `../shared/corpora/wcxb-dev` (skips with a message when absent); fails when, on the
//! article pages, the shingle F1 or recall drop more than ~0.005 under the levels
//! `make bench-extract` printed. The metadata and auto-run floors are in tests/extract_meta.rs.

use lede::eval::extract as ev;
use lede::eval::wcxb;
use std::io::Read;
use std::path::Path;

/// Levels reached on the articles, less a small margin.
const ARTICLE_F1: f64 = 0.936;
const ARTICLE_RECALL: f64 = 0.937;

#[test]
fn wcxb_dev_floor() {
    let dir = Path::new("../shared/corpora/wcxb-dev");
    if !dir.is_dir() {
        println!("skipped: {} is absent", dir.display());
        return;
    }
    let pages = wcxb::wcxb_pages(dir).expect("WCXB reads");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let articles = ev::par_map(&pages, threads, |p| {
        let mut bytes = Vec::new();
        let f = std::fs::File::open(&p.html_gz).expect("page opens");
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut bytes)
            .expect("page inflates");
        ev::extract_html(&bytes)
    });
    let is_article = |i: &usize| pages[*i].page_type == "article";
    let idx: Vec<usize> = (0..pages.len()).filter(is_article).collect();
    let triples: Vec<[f64; 3]> = idx
        .iter()
        .map(|&i| ev::page_triple(&pages[i].body, &articles[i].text))
        .collect();
    let s = ev::score(&triples);
    println!(
        "WCXB articles F1 {:.4} P {:.4} R {:.4}",
        s.f1, s.precision, s.recall
    );
    assert!(s.f1 >= ARTICLE_F1, "F1 {:.4} < {ARTICLE_F1}", s.f1);
    assert!(
        s.recall >= ARTICLE_RECALL,
        "recall {:.4} < {ARTICLE_RECALL}",
        s.recall
    );
}
