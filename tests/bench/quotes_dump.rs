//! `quotes-dump`: freezes the attribution behaviour, and diffs two frozen dumps.
//!
//! Takes nothing but flags; gives, with `-- OUT.jsonl`, one JSON line per quote of the repo's
//! fixture pages and the seed, PolNeAR train + dev, `../shared/corpora/ggt-eval` and the
//! German Wikinews dev split (each corpus skipped with a message when absent): where it came
//! from, its span, kind, speaker name, mention, cue, confidence and rule. With
//! `-- --diff A.jsonl B.jsonl` it prints every quote whose fields differ (and quotes present in
//! one dump only), then a count, and exits 1 when anything differs. `--ignore FIELD` (may
//! repeat) leaves a field out of the comparison (e.g. `confidence` when recalibrating).
//!
//! Dumps hold corpus text: write them to /tmp, never into the repo.

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

const SHARED: &str = "../shared";

/// The fields compared by `--diff`, in print order.
const FIELDS: &[&str] = &[
    "start",
    "end",
    "kind",
    "speaker",
    "mention",
    "cue",
    "confidence",
    "rule",
];

fn sorted_files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

/// Every input: (source name, text, is HTML).
fn inputs() -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    let mut add = |name: String, text: String, html: bool| out.push((name, text, html));
    for dir in ["tests/fixtures/seed", "tests/fixtures/extract"] {
        for ext in ["html", "txt"] {
            for p in sorted_files(Path::new(dir), ext) {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    add(p.display().to_string(), t, ext == "html");
                }
            }
        }
    }
    let shared = Path::new(SHARED);
    if !shared.join("corpora").is_dir() {
        eprintln!("quotes-dump: ../shared/corpora is absent, dumping the repo fixtures only");
        return out;
    }
    for split in ["train", "dev"] {
        let dir = shared.join("corpora/polnear").join(split).join("text");
        for p in sorted_files(&dir, "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                let f = p.file_name().unwrap_or_default().to_string_lossy();
                add(format!("polnear/{split}/{f}"), t, false);
            }
        }
    }
    for p in sorted_files(&shared.join("corpora/ggt-eval/text"), "txt") {
        if let Ok(t) = std::fs::read_to_string(&p) {
            let f = p.file_name().unwrap_or_default().to_string_lossy();
            add(format!("ggt/{f}"), t, false);
        }
    }
    for p in sorted_files(&shared.join("corpora/german-wikinews-quotes/dev"), "json") {
        let text = std::fs::read_to_string(&p)
            .ok()
            .and_then(|s| serde_json::from_str::<Value>(&s).ok())
            .and_then(|v| v.get("text").and_then(Value::as_str).map(str::to_string));
        if let Some(t) = text {
            let f = p.file_name().unwrap_or_default().to_string_lossy();
            add(format!("german/dev/{f}"), t, false);
        }
    }
    out
}

fn dump(out: &Path) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    let (mut docs, mut quotes) = (0, 0);
    for (name, text, html) in inputs() {
        let ins = if html {
            lede::analyze_page(&lede::page::html::page_from_html(&text))
        } else {
            lede::analyze_text(&text)
        };
        let Ok(ins) = ins else { continue };
        docs += 1;
        let v = serde_json::to_value(&ins).unwrap_or(Value::Null);
        let names: BTreeMap<String, String> = ins
            .entities
            .iter()
            .map(|e| (e.id.clone(), e.entity.name.clone()))
            .collect();
        for (i, q) in v["quotes"].as_array().into_iter().flatten().enumerate() {
            let speaker = q["speaker"].as_str().and_then(|id| names.get(id));
            let line = json!({
                "src": name,
                "i": i,
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "kind": q["kind"],
                "speaker": speaker,
                "mention": q["mention"],
                "cue": q["cue"],
                "confidence": q["confidence"],
                "rule": q.get("rule").cloned().unwrap_or(Value::Null),
            });
            writeln!(w, "{line}")?;
            quotes += 1;
        }
    }
    w.flush()?;
    println!(
        "quotes-dump: {quotes} quotes of {docs} documents → {}",
        out.display()
    );
    Ok(())
}

/// A dump keyed by (source, start, end).
fn load(p: &Path) -> BTreeMap<(String, u64, u64), Value> {
    let s = std::fs::read_to_string(p).unwrap_or_else(|e| {
        eprintln!("quotes-dump: cannot read {}: {e}", p.display());
        std::process::exit(2);
    });
    s.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| {
            let k = (
                v["src"].as_str().unwrap_or("").to_string(),
                v["start"].as_u64().unwrap_or(0),
                v["end"].as_u64().unwrap_or(0),
            );
            (k, v)
        })
        .collect()
}

fn diff(a: &Path, b: &Path, ignore: &[String]) -> usize {
    let (da, db) = (load(a), load(b));
    let mut n = 0;
    let mut by_field: BTreeMap<&str, usize> = BTreeMap::new();
    for (k, va) in &da {
        let Some(vb) = db.get(k) else {
            println!("- {} {}..{} {}", k.0, k.1, k.2, va["text"]);
            n += 1;
            continue;
        };
        let changed: Vec<&str> = FIELDS
            .iter()
            .copied()
            .filter(|f| !ignore.iter().any(|i| i == f))
            // A field only one dump has (a newer field) is no difference.
            .filter(|f| *f != "rule" || !va[*f].is_null() && !vb[*f].is_null())
            .filter(|f| va[*f] != vb[*f])
            .collect();
        if !changed.is_empty() {
            n += 1;
            println!("~ {} {}..{} {}", k.0, k.1, k.2, va["text"]);
            for f in changed {
                *by_field.entry(f).or_default() += 1;
                println!("    {f}: {} → {}", va[f], vb[f]);
            }
        }
    }
    for (k, vb) in &db {
        if !da.contains_key(k) {
            println!("+ {} {}..{} {}", k.0, k.1, k.2, vb["text"]);
            n += 1;
        }
    }
    println!(
        "quotes-dump: {n} quotes differ ({} vs {} quotes); by field: {by_field:?}",
        da.len(),
        db.len()
    );
    n
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ignore: Vec<String> = args
        .windows(2)
        .filter(|w| w[0] == "--ignore")
        .map(|w| w[1].clone())
        .collect();
    match args.first().map(String::as_str) {
        Some("--diff") if args.len() >= 3 => {
            let n = diff(Path::new(&args[1]), Path::new(&args[2]), &ignore);
            std::process::exit(i32::from(n > 0));
        }
        Some(out) if !out.starts_with("--") => {
            if let Err(e) = dump(Path::new(out)) {
                eprintln!("quotes-dump: {e}");
                std::process::exit(2);
            }
        }
        _ => {
            eprintln!("usage: quotes-dump OUT.jsonl | --diff A.jsonl B.jsonl [--ignore FIELD]");
            std::process::exit(2);
        }
    }
}
