//! Hostile-page bench: how long each adversarial input takes and how much heap it
//! peaks at, against its documented budget.
//!
//! Takes nothing (the inputs are generated, see `tests/fixtures/hostile/cases.rs`); gives one
//! line per case — time, peak heap, budgets, `stats.truncated`, article size, quote count —
//! and exits 1 when a case is over budget. Run it in release:
//!
//! ```text
//! cargo run --release --example bench-hostile [-- NAME_FILTER | FILE...]
//! ```
//!
//! Given files instead (a fuzz artifact, a saved page), it times each one read as text and
//! as HTML, against the 3-second budget of the generated cases.
//!
//! Peak heap comes from a counting global allocator wrapped around the system one; it counts
//! the whole analysis (parse, snapshot, extraction, JSON), not the input string itself.

#[path = "../fixtures/hostile/cases.rs"]
mod cases;

use cases::Kind;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call forwards to `System` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(l);
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if !q.is_null() {
            LIVE.fetch_sub(l.size(), Relaxed);
            grew(new);
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The generated cases, or each file given read as text and as HTML.
fn inputs(args: &[String]) -> Vec<cases::Case> {
    if args.is_empty() || !std::path::Path::new(&args[0]).is_file() {
        return cases::all()
            .into_iter()
            .filter(|c| c.name.contains(args.first().map_or("", String::as_str)))
            .collect();
    }
    let mut out = Vec::new();
    for path in args {
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("bench-hostile: cannot read {path}");
            continue;
        };
        let input = String::from_utf8_lossy(&bytes).into_owned();
        let name: &'static str = Box::leak(
            std::path::Path::new(path)
                .file_name()
                .map_or(path.clone(), |n| {
                    n.to_string_lossy().chars().take(20).collect()
                })
                .into_boxed_str(),
        );
        for kind in [Kind::Text, Kind::Html] {
            out.push(cases::Case {
                name,
                kind,
                input: input.clone(),
                truncated: input.len() > lede::limits::MAX_ARTICLE_BYTES && kind == Kind::Text,
                budget_ms: 3_000,
                budget_mib: 256,
            });
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!(
        "{:<32} {:>9} {:>9} {:>8} {:>8} {:>9} {:>9} {:>6}  verdict",
        "case", "input", "ms", "budget", "peakMiB", "budgetMiB", "analysed", "quotes"
    );
    let mut over = 0;
    let from_files = args
        .first()
        .is_some_and(|a| std::path::Path::new(a).is_file());
    for case in inputs(&args) {
        let mut verdict_note = "";
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let t = Instant::now();
        let result = match case.kind {
            Kind::Text => lede::analyze_text(&case.input),
            Kind::Html => lede::analyze_page(&lede::page::html::page_from_html(&case.input)),
        };
        let json = result.as_ref().map(serde_json::to_string);
        let ms = t.elapsed().as_millis() as u64;
        let peak_mib = (PEAK.load(Relaxed).saturating_sub(base)) as f64 / (1 << 20) as f64;
        let (truncated, analysed, quotes) = match &result {
            Ok(ins) => (
                ins.stats.truncated,
                ins.article.text.len(),
                ins.quotes.len(),
            ),
            Err(_) => (false, 0, 0),
        };
        let mut verdict = Vec::new();
        if ms > case.budget_ms {
            verdict.push("OVER TIME");
        }
        if peak_mib > case.budget_mib as f64 {
            verdict.push("OVER MEMORY");
        }
        if truncated != case.truncated {
            verdict.push("UNEXPECTED truncated");
        }
        match &json {
            Ok(Ok(_)) => {}
            // A given file may hold no article (text read as HTML): that is an answer.
            Err(_) if from_files => verdict_note = " (no article)",
            _ => verdict.push("NO RESULT"),
        }
        if !verdict.is_empty() {
            over += 1;
        }
        let name = match case.kind {
            Kind::Text => format!("{} (text)", case.name),
            Kind::Html => format!("{} (html)", case.name),
        };
        println!(
            "{:<32} {:>9} {:>9} {:>8} {:>8.1} {:>9} {:>9} {:>6}  {}{}",
            name,
            case.input.len(),
            ms,
            case.budget_ms,
            peak_mib,
            case.budget_mib,
            analysed,
            quotes,
            if verdict.is_empty() {
                "ok".to_string()
            } else {
                verdict.join(", ")
            },
            if truncated {
                " (truncated)"
            } else {
                verdict_note
            },
        );
    }
    if over > 0 {
        eprintln!("bench-hostile: {over} case(s) outside their budget");
        std::process::exit(1);
    }
}
