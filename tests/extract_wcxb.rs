//! Floor test: extraction on WCXB dev must not fall below what was reached.
//!
//! Takes `../shared/corpora/wcxb-dev` (skips with a message when absent); fails when, on the
//! article pages, the shingle F1 or recall, the title / author / date rates (src/eval/wcxb.rs), or the
//! auto-run share drop more than ~0.005 under the levels `make bench-extract` printed, or when
//! the auto-run share on the other page types rises above its level.

use lede::eval::extract as ev;
use lede::eval::wcxb;
use std::io::Read;
use std::path::Path;

/// Levels reached on the articles, less a small margin.
const ARTICLE_F1: f64 = 0.929;
const ARTICLE_RECALL: f64 = 0.922;
const TITLE: f64 = 0.855;
const AUTHOR: f64 = 0.78;
const DATE: f64 = 0.815;
const AUTO_ARTICLES: f64 = 0.97;
/// Ceiling of the auto-run share on the pages that are not articles.
const AUTO_OTHERS_MAX: f64 = 0.275;

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
    let rate = |gold: fn(&wcxb::WcxbPage) -> &str, ok: &dyn Fn(&str, &lede::Article) -> bool| {
        let with: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| !gold(&pages[i]).is_empty())
            .collect();
        let hits = with
            .iter()
            .filter(|&&i| ok(gold(&pages[i]), &articles[i]))
            .count();
        hits as f64 / with.len().max(1) as f64
    };
    let title = rate(|p| &p.title, &|g, a| wcxb::title_ok(g, &a.title));
    let author = rate(|p| &p.author, &|g, a| {
        wcxb::author_ok(g, a.byline.as_deref().unwrap_or(""))
    });
    let date = rate(|p| &p.date, &|g, a| {
        wcxb::date_ok(g, a.published.as_deref().unwrap_or(""))
    });
    let share = |keep: &dyn Fn(usize) -> bool| {
        let sel: Vec<usize> = (0..pages.len()).filter(|&i| keep(i)).collect();
        sel.iter().filter(|&&i| articles[i].readerable).count() as f64 / sel.len().max(1) as f64
    };
    let auto_articles = share(&|i| pages[i].page_type == "article");
    let auto_others = share(&|i| pages[i].page_type != "article");
    println!(
        "WCXB articles F1 {:.4} P {:.4} R {:.4}; title {title:.3} author {author:.3} date {date:.3}; auto articles {auto_articles:.3} others {auto_others:.3}",
        s.f1, s.precision, s.recall
    );
    assert!(s.f1 >= ARTICLE_F1, "F1 {:.4} < {ARTICLE_F1}", s.f1);
    assert!(
        s.recall >= ARTICLE_RECALL,
        "recall {:.4} < {ARTICLE_RECALL}",
        s.recall
    );
    assert!(title >= TITLE, "title {title:.3} < {TITLE}");
    assert!(author >= AUTHOR, "author {author:.3} < {AUTHOR}");
    assert!(date >= DATE, "date {date:.3} < {DATE}");
    assert!(
        auto_articles >= AUTO_ARTICLES,
        "auto on articles {auto_articles:.3}"
    );
    assert!(
        auto_others <= AUTO_OTHERS_MAX,
        "auto on other pages {auto_others:.3}"
    );
}
