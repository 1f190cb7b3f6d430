//! Hostile-page bench (issue 8): how long each adversarial input takes and how much heap it
//! peaks at, against its documented budget.
//!
//! Takes nothing (the inputs are generated, see `tests/fixtures/hostile/cases.rs`); gives one
//! line per case — time, peak heap, budgets, `stats.truncated`, article size, quote count —
//! and exits 1 when a case is over budget. Run it in release:
//!
//! ```text
//! cargo run --release --example bench-hostile [-- NAME_FILTER]
//! ```
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

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    println!(
        "{:<26} {:>9} {:>9} {:>8} {:>8} {:>9} {:>9} {:>6}  verdict",
        "case", "input", "ms", "budget", "peakMiB", "budgetMiB", "analysed", "quotes"
    );
    let mut over = 0;
    for case in cases::all() {
        if !case.name.contains(&filter) {
            continue;
        }
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
        if !matches!(json, Ok(Ok(_))) {
            verdict.push("NO RESULT");
        }
        if !verdict.is_empty() {
            over += 1;
        }
        println!(
            "{:<26} {:>9} {:>9} {:>8} {:>8.1} {:>9} {:>9} {:>6}  {}{}",
            case.name,
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
            if truncated { " (truncated)" } else { "" },
        );
    }
    if over > 0 {
        eprintln!("bench-hostile: {over} case(s) outside their budget");
        std::process::exit(1);
    }
}
