//! Batch mode (`--jsonl`): many inputs, analysed in parallel across cores, streamed as one
//! JSON line each.
//!
//! Takes files and directories (searched recursively, sorted); gives one line per input on
//! stdout — `{"file": …, …insights}` for `analyze`, `{"file": …, …article}` for `extract`, or
//! `{"file": …, "error": …}` for a bad file (a page without an article is not one: it gets its
//! empty analysis, as in a single run) — in completion order, and a progress bar on
//! stderr when stderr is a terminal. Keeps going past bad files; exits 2 only when no input
//! could be listed at all.

use super::{process, read_bytes, InputArgs, Mode};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::cmp::Reverse;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;

/// Expands directories into the files below them.
fn list_inputs(roots: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for root in roots {
        if root == "-" {
            out.push(root.clone());
            continue;
        }
        let path = PathBuf::from(root);
        if !path.is_dir() {
            out.push(root.clone());
            continue;
        }
        let mut stack = vec![path];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
            for entry in entries.flatten() {
                let p = entry.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    found.push(p.to_string_lossy().into_owned());
                }
            }
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

/// One output line for one input: `"file"` first, then the insights (or the article).
fn line_for(path: &str, args: &InputArgs, mode: Mode) -> String {
    let file = serde_json::Value::from(path);
    let body = read_bytes(path)
        .and_then(|bytes| process(path, bytes, args))
        .and_then(|article| {
            match mode {
                Mode::Analyze => serde_json::to_string(&lede::analyze(&article)),
                Mode::Extract => serde_json::to_string(&article),
            }
            .map_err(|e| format!("cannot write JSON: {e}"))
        });
    match body {
        // Both are JSON objects: splice "file" in as the first key.
        Ok(json) => format!(
            "{{\"file\":{file},{}",
            json.strip_prefix('{').unwrap_or(&json)
        ),
        Err(e) => format!(
            "{{\"file\":{file},\"error\":{}}}",
            serde_json::Value::from(e)
        ),
    }
}

/// Runs batch mode.
pub fn run(args: &InputArgs, mode: Mode) -> ExitCode {
    let inputs = match list_inputs(&args.files) {
        Ok(v) if !v.is_empty() => v,
        Ok(_) => {
            eprintln!("lede: no input files found");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("lede: {e}");
            return ExitCode::from(2);
        }
    };
    // Largest first, so that the cores finish together instead of one of them ending alone on
    // a big page (lines come in completion order anyway).
    let mut inputs = inputs;
    inputs.sort_by_cached_key(|p| Reverse(std::fs::metadata(p).map_or(0, |m| m.len())));
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(inputs.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let (tx, rx) = mpsc::channel::<String>();
    let writer = std::thread::spawn(move || {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        for line in rx {
            if writeln!(out, "{line}").is_err() {
                break; // stdout closed (e.g. piped into `head`): stop quietly
            }
        }
        let _ = out.flush();
    });
    inputs.par_iter().for_each_with(tx, |tx, path| {
        let _ = tx.send(line_for(path, args, mode));
        bar.inc(1);
    });
    bar.finish_and_clear();
    let _ = writer.join();
    ExitCode::SUCCESS
}
