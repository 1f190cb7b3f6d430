//! The rs-trafilatura peer of `make bench-extract`.
//!
//! Takes the paths of gzipped HTML pages as arguments; gives one JSON line per page on stdout:
//! `{"file", "text", "title", "author", "date", "page_type", "secs"}`, where `secs` is the
//! time of `rs_trafilatura::extract_bytes` on the page's bytes (decode + parse + extract, one
//! thread, default options, as a new user would call it). Pages are unpacked before timing.

use std::io::{Read, Write};
use std::time::Instant;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for file in files {
        let mut bytes = Vec::new();
        if let Ok(f) = std::fs::File::open(&file) {
            let _ = flate2::read::GzDecoder::new(f).read_to_end(&mut bytes);
        }
        let t0 = Instant::now();
        let result = rs_trafilatura::extract_bytes(&bytes);
        let secs = t0.elapsed().as_secs_f64();
        let line = match result {
            Ok(r) => serde_json::json!({
                "file": file,
                "text": r.content_text,
                "title": r.metadata.title,
                "author": r.metadata.author,
                "date": r.metadata.date.map(|d| d.format("%Y-%m-%d").to_string()),
                "page_type": r.metadata.page_type,
                "secs": secs,
            }),
            Err(e) => {
                serde_json::json!({"file": file, "text": "", "error": e.to_string(), "secs": secs})
            }
        };
        let _ = writeln!(out, "{line}");
    }
}
