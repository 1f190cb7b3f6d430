//! The `lede` command line (native only; `main.rs` calls [`main`]).
//!
//! Takes file paths (or `-` for standard input) holding HTML or plain text (`.gz` files are
//! unpacked); prints the analysis (`lede analyze`) or the article alone (`lede extract`) as a
//! readable report, as schema-1 JSON with `--json`, or one JSON line per input with `--jsonl`
//! (see [`batch`]). Bad input (a missing file, a directory, binary data, empty input) prints
//! one line on stderr and exits with code 2. A page without article text is not bad input: it
//! gets the empty analysis (`readerable: false`, nothing found), one warning line on stderr,
//! and exit code 0. The JSON shape is `docs/insights.md`.

mod batch;

use clap::{Args, Parser, Subcommand};
use lede::input::{decode_owned, detect_kind, Kind};
use std::io::Read;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lede",
    version,
    about = "Who said what in a news article: quotes, speakers, summary"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find the article, its quotes and speakers, and a summary.
    Analyze(InputArgs),
    /// Find the article text and metadata only.
    Extract(InputArgs),
}

#[derive(Args)]
struct InputArgs {
    /// An HTML or text file, or `-` for standard input. With --jsonl: any number of files and
    /// directories (searched recursively).
    #[arg(required = true)]
    files: Vec<String>,
    /// Print schema-1 JSON instead of a readable report.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Stream one JSON line per input, analysed in parallel; bad files get an `error` line.
    #[arg(long)]
    jsonl: bool,
    /// Treat the input as HTML, whatever it looks like.
    #[arg(long, conflicts_with = "text")]
    html: bool,
    /// Treat the input as plain text, whatever it looks like.
    #[arg(long)]
    text: bool,
    /// In the report, say under each quote which rule chose its speaker, from which words.
    #[arg(long, conflicts_with_all = ["json", "jsonl"])]
    explain: bool,
}

/// What to compute for each input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Analyze,
    Extract,
}

/// Reads a file (or standard input for `-`), unpacking `.gz`.
fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(bytes);
    }
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {path}: {}", short_io(&e)))?;
    if meta.is_dir() {
        return Err(format!("cannot read {path}: it is a directory"));
    }
    let raw = std::fs::read(path).map_err(|e| format!("cannot read {path}: {}", short_io(&e)))?;
    if path.ends_with(".gz") {
        // The gzip trailer gives the unpacked size (mod 4 GiB): one allocation instead of a
        // dozen doublings. Trusted only up to what deflate can expand to.
        if let Some(tail) = raw.len().checked_sub(4).and_then(|i| raw.get(i..)) {
            let size = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as usize;
            let _ = bytes.try_reserve(size.min(raw.len().saturating_mul(1032)).min(1 << 30) + 1);
        }
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot unpack {path}: {e}"))?;
        Ok(bytes)
    } else {
        Ok(raw)
    }
}

fn short_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Decodes one input and finds its article; `Err` is the one-line message. A page without
/// article text gives an article with empty text and `readerable: false`, and a warning.
fn process(path: &str, bytes: Vec<u8>, args: &InputArgs) -> Result<lede::Article, String> {
    let name = (path != "-").then_some(path.trim_end_matches(".gz"));
    let looks_html = !args.text
        && (args.html
            || detect_kind(
                name,
                &String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]),
            ) == Kind::Html);
    let shown = name.unwrap_or("standard input");
    let (text, warning) =
        decode_owned(bytes, looks_html).map_err(|e| format!("cannot analyse {shown}: {e}"))?;
    if let Some(w) = warning {
        eprintln!("lede: {shown}: {w}");
    }
    let mut article = if looks_html {
        lede::extract(&lede::page::html::page_from_html(&text))
    } else {
        lede::extract::article_from_text(&text)
    };
    if article.text.trim().is_empty() {
        eprintln!("lede: {shown}: warning: no article text found; the analysis is empty");
        article = lede::insights::no_article(&article).article;
    }
    Ok(article)
}

fn run_one(args: &InputArgs, mode: Mode) -> Result<String, String> {
    let [path] = args.files.as_slice() else {
        return Err("give one input, or use --jsonl for many".into());
    };
    let article = process(path, read_bytes(path)?, args)?;
    let json_err = |e: serde_json::Error| format!("cannot write JSON: {e}");
    match (mode, args.json) {
        (Mode::Analyze, true) => {
            serde_json::to_string_pretty(&lede::analyze(&article)).map_err(json_err)
        }
        (Mode::Analyze, false) => Ok(lede::report::render_with(
            &lede::analyze(&article),
            args.explain,
        )),
        (Mode::Extract, true) => serde_json::to_string_pretty(&article).map_err(json_err),
        (Mode::Extract, false) => Ok(format!("{}\n\n{}", article.title, article.text)),
    }
}

/// Parses the arguments, runs the command, prints the result or a one-line error.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let (args, mode) = match &cli.command {
        Command::Analyze(a) => (a, Mode::Analyze),
        Command::Extract(a) => (a, Mode::Extract),
    };
    if args.jsonl {
        return batch::run(args, mode);
    }
    match run_one(args, mode) {
        Ok(out) => {
            println!("{}", out.trim_end());
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("lede: {msg}");
            ExitCode::from(2)
        }
    }
}
