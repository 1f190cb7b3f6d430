//! Floor test: metadata and the article-or-not decision on WCXB dev must not fall below what
//! was reached.
//!
//! Takes `../shared/corpora/wcxb-dev` (skips with a message when absent); gives, on the
//! article pages with the field in gold, the title / author / date rates (the rules of
//! src/eval/wcxb.rs, GUIDE §4) and the auto-run share on articles and on the other page types,
//! and fails when a rate drops under its floor (what `make bench-extract` printed, less a small
//! margin) or the auto-run share on other pages rises over its ceiling.
//! `META_MISSES=title` (or `author`, `date`, `kind`) prints the misses of that field
//! (`cargo test --release --test extract_meta -- --nocapture`); `META_DUMP=FILE` writes every
//! page's id, type, verdict, title, byline and date, one tab-separated line each.

use lede::eval::extract as ev;
use lede::eval::wcxb;
use std::io::Read;
use std::path::Path;

/// Levels reached on the articles with the field in gold (title 0.903, author 0.854, date
/// 0.847), less a small margin.
const TITLE: f64 = 0.893;
const AUTHOR: f64 = 0.845;
const DATE: f64 = 0.837;
/// Auto-run share on the articles (at least; 0.985 reached) and on the other pages (at most;
/// 0.208 reached with the boosted trees, in sample: 5-fold held out it is 0.975 and 0.262; the
/// merged text-recall rules of the same round move two pages' features, 0.217 — a refit on the
/// merged code gave 0.179 but lost 9 of the Readability suite's readerable verdicts, so the
/// table stayed).
const AUTO_ARTICLES: f64 = 0.97;
const AUTO_OTHERS_MAX: f64 = 0.22;

#[test]
fn wcxb_dev_metadata_floor() {
    let dir = Path::new("../shared/corpora/wcxb-dev");
    if !dir.is_dir() {
        println!("skipped: {} is absent", dir.display());
        return;
    }
    let misses = std::env::var("META_MISSES").unwrap_or_default();
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
    type Field = (
        &'static str,
        fn(&wcxb::WcxbPage) -> &str,
        fn(&lede::Article) -> &str,
        fn(&str, &str) -> bool,
    );
    let fields: [Field; 3] = [
        ("title", |p| &p.title, |a| &a.title, wcxb::title_ok),
        (
            "author",
            |p| &p.author,
            |a| a.byline.as_deref().unwrap_or(""),
            wcxb::author_ok,
        ),
        (
            "date",
            |p| &p.date,
            |a| a.published.as_deref().unwrap_or(""),
            wcxb::date_ok,
        ),
    ];
    let mut rates = [0.0; 3];
    for (k, (name, gold, got, ok)) in fields.iter().enumerate() {
        let with: Vec<usize> = (0..pages.len())
            .filter(|&i| pages[i].page_type == "article" && !gold(&pages[i]).is_empty())
            .collect();
        let mut hits = 0;
        for &i in &with {
            if ok(gold(&pages[i]), got(&articles[i])) {
                hits += 1;
            } else if misses == *name {
                println!(
                    "miss {} want {:?} got {:?}",
                    pages[i].id,
                    gold(&pages[i]),
                    got(&articles[i])
                );
            }
        }
        rates[k] = hits as f64 / with.len().max(1) as f64;
    }
    if misses == "kind" {
        for (p, a) in pages.iter().zip(&articles) {
            if a.readerable != (p.page_type == "article") {
                println!(
                    "kind {} {} auto {} {}",
                    p.id, p.page_type, a.readerable, p.url
                );
            }
        }
    }
    if let Ok(file) = std::env::var("META_DUMP") {
        let lines: String = pages
            .iter()
            .zip(&articles)
            .map(|(p, a)| {
                let clean = |s: &str| s.replace(['\t', '\n'], " ");
                format!(
                    "{}\t{}\t{}\t{}\t{}\t{}\n",
                    p.id,
                    p.page_type,
                    a.readerable,
                    clean(&a.title),
                    clean(a.byline.as_deref().unwrap_or("")),
                    clean(a.published.as_deref().unwrap_or(""))
                )
            })
            .collect();
        std::fs::write(file, lines).expect("dump writes");
    }
    let share = |keep: &dyn Fn(&str) -> bool| {
        let sel: Vec<usize> = (0..pages.len())
            .filter(|&i| keep(&pages[i].page_type))
            .collect();
        sel.iter().filter(|&&i| articles[i].readerable).count() as f64 / sel.len().max(1) as f64
    };
    let auto_articles = share(&|t| t == "article");
    let auto_others = share(&|t| t != "article");
    let [title, author, date] = rates;
    println!(
        "WCXB dev articles: title {title:.3} author {author:.3} date {date:.3}; auto-run articles {auto_articles:.3} other pages {auto_others:.3}"
    );
    assert!(title >= TITLE, "title {title:.3} < {TITLE}");
    assert!(author >= AUTHOR, "author {author:.3} < {AUTHOR}");
    assert!(date >= DATE, "date {date:.3} < {DATE}");
    assert!(
        auto_articles >= AUTO_ARTICLES,
        "auto-run on articles {auto_articles:.3} < {AUTO_ARTICLES}"
    );
    assert!(
        auto_others <= AUTO_OTHERS_MAX,
        "auto-run on other pages {auto_others:.3} > {AUTO_OTHERS_MAX}"
    );
}

/// Invented pages for the author rules found on WCXB dev (no corpus needed).
fn byline_of(html: &str) -> Option<String> {
    lede::extract(&lede::page::html::page_from_html(html)).byline
}

const STORY_P: &str = "<p>The harbour board voted on Tuesday to close the old ferry pier for two years while engineers replace the timber piles that have rotted below the waterline.</p><p>Fishermen who tie up there said they would move to the north quay, though several worried about the longer walk with heavy crates in winter weather.</p><p>The board promised a temporary landing stage by the spring and said the new pier would carry twice the load of the old one once it opens.</p>";

#[test]
fn cxense_and_citation_author_metas_name_the_author() {
    let cx = format!(
        r#"<html><head><title>Pier to close</title><meta property="cXenseParse:author" content="Ada Morrow"></head><body><article><h1>Pier to close</h1>{STORY_P}</article></body></html>"#
    );
    assert_eq!(byline_of(&cx).as_deref(), Some("Ada Morrow"));
    let cit = format!(
        r#"<html><head><title>Pier to close</title><meta name="citation_author" content="Morrow, Ada"><meta name="citation_author" content="Lind, Bo"></head><body><article><h1>Pier to close</h1>{STORY_P}</article></body></html>"#
    );
    assert_eq!(byline_of(&cit).as_deref(), Some("Morrow, Ada; Lind, Bo"));
}

#[test]
fn a_by_line_far_above_the_story_is_found_when_nothing_nearer_is() {
    let menu: String = (0..20)
        .map(|i| format!("<div><a href=\"/s{i}\">Section number {i}</a></div>"))
        .collect();
    let html = format!(
        r#"<html><head><title>Pier to close</title></head><body><header><h1>Pier to close</h1><div><span>By</span> <span>Ada Morrow</span></div></header>{menu}<main>{STORY_P}</main></body></html>"#
    );
    assert_eq!(byline_of(&html).as_deref(), Some("Ada Morrow"));
    let colon = format!(
        r#"<html><head><title>Pier to close</title></head><body><h1>Pier to close</h1><p>by: Ada Morrow</p><main>{STORY_P}</main></body></html>"#
    );
    assert_eq!(byline_of(&colon).as_deref(), Some("Ada Morrow"));
}
