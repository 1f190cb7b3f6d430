//! Floor test: extraction quality on the shared corpora must not fall below what was reached.
//!
//! Takes `../shared/corpora` (skips with a message when absent); fails when the AEB F1 or
//! the Readability test pages' text F1 and metadata rates drop more than ~0.005 under the
//! levels recorded below. Runs the pages on all cores so it stays fast in debug builds.

use lede::eval::extract as ev;
use std::io::Read;
use std::path::Path;

/// Levels reached (see `make bench-extract`), less a small margin.
const AEB_F1: f64 = 0.975;
const RT_TEXT_F1: f64 = 0.946;
/// Readability pages metadata floors, by field of `ev::FIELDS`.
const RT_FIELDS: &[(&str, f64)] = &[
    // 0.913 (116/127): the story's visible <h1> wins over <title> when at least half its words
    // agree (src/extract/headline.rs; WCXB dev titles 0.805 → 0.862), where the suite's
    // convention is <title> ("The 21 best movies of 2017" shown, "How to watch the 21 best
    // films of 2017" expected).
    ("title", 0.91),
    // 0.868 (66/76): several JSON-LD authors are joined as the page shows them
    // ("Stella Kim and Jennifer Jett" on schema-org-context-object, where the suite expects
    // the JSON-LD list "Stella Kim, Jennifer Jett").
    ("byline", 0.865),
    ("publishedTime", 0.99),
    ("siteName", 0.99),
    ("lang", 0.99),
    // 0.977 (127/130): the article-or-not table (src/extract/kind.rs) skips the mercurial
    // page, a documentation page of a Mercurial extension (46 code elements, no date, no
    // byline) that the suite's isProbablyReaderable calls readerable; WCXB's documentation
    // pages are skipped the same way (97.5% → 32.5% auto-run). 0.962 (125/130) once the
    // widened story container (score.rs) met the refitted table: ietf-1 and pixnet are
    // skipped too, mozilla-2 (a product page) runs; a refit on the merged code lost the two
    // Wikipedia pages and qq as well (123/130) and was not kept.
    ("readerable", 0.96),
];

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[test]
fn aeb_f1_floor() {
    let dir = Path::new("../shared/corpora/article-extraction-benchmark");
    if !dir.is_dir() {
        println!("skipped: {} is absent", dir.display());
        return;
    }
    let pages = ev::aeb_pages(dir).expect("ground truth reads");
    let triples = ev::par_map(&pages, threads(), |p| {
        let mut bytes = Vec::new();
        let f = std::fs::File::open(&p.html_gz).expect("page opens");
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut bytes)
            .expect("page inflates");
        ev::page_triple(&p.body, &ev::extract_html(&bytes).text)
    });
    let s = ev::score(&triples);
    println!("AEB F1 {:.4} P {:.4} R {:.4}", s.f1, s.precision, s.recall);
    assert!(s.f1 >= AEB_F1, "AEB F1 {:.4} < floor {AEB_F1}", s.f1);
}

#[test]
fn readability_pages_floor() {
    let dir = Path::new("../shared/corpora/readability-test-pages");
    let Ok(folders) = ev::readability_pages(dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let results = ev::par_map(&folders, threads(), |d| ev::readability_page(d));
    let triples: Vec<[f64; 3]> = results.iter().map(|r| r.text).collect();
    let s = ev::score(&triples);
    println!("Readability pages text F1 {:.4}", s.f1);
    assert!(
        s.f1 >= RT_TEXT_F1,
        "text F1 {:.4} < floor {RT_TEXT_F1}",
        s.f1
    );
    for (i, field) in ev::FIELDS.iter().enumerate() {
        let (m, n) = ev::field_rate(&results, i);
        let rate = m as f64 / n.max(1) as f64;
        let floor = RT_FIELDS
            .iter()
            .find(|(f, _)| f == field)
            .map_or(0.0, |x| x.1);
        println!("{field}: {rate:.3} ({m}/{n})");
        assert!(rate >= floor, "{field} {rate:.3} < floor {floor}");
    }
}
