//! The `lede` command line (native only; `main.rs` calls [`main`]).
//!
//! Takes a file path (or `-` for standard input) holding HTML or plain text; prints the
//! analysis (`lede analyze`) or the article alone (`lede extract`), as readable text or as
//! schema-1 JSON with `--json`. Bad input prints one line on stderr and exits with code 2.

use clap::{Args, Parser, Subcommand};
use lede::input::{decode, detect_kind, Kind};
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
    /// An HTML or text file, or `-` for standard input.
    file: String,
    /// Print schema-1 JSON instead of a readable report.
    #[arg(long)]
    json: bool,
    /// Treat the input as HTML, whatever it looks like.
    #[arg(long, conflicts_with = "text")]
    html: bool,
    /// Treat the input as plain text, whatever it looks like.
    #[arg(long)]
    text: bool,
}

/// Reads, decodes and classifies the input; `Err` carries the one-line message.
fn read_input(args: &InputArgs) -> Result<(String, Kind), String> {
    let mut bytes = Vec::new();
    let name = (args.file != "-").then_some(args.file.as_str());
    match name {
        None => std::io::stdin()
            .read_to_end(&mut bytes)
            .map(|_| ())
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            let meta = std::fs::metadata(path)
                .map_err(|e| format!("cannot read {path}: {}", short_io(&e)))?;
            if meta.is_dir() {
                return Err(format!("cannot read {path}: it is a directory"));
            }
            bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {path}: {}", short_io(&e)))?;
        }
    }
    let looks_html = !args.text
        && (args.html
            || detect_kind(
                name,
                &String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]),
            ) == Kind::Html);
    let shown = name.unwrap_or("standard input");
    let (text, warning) =
        decode(&bytes, looks_html).map_err(|e| format!("cannot analyse {shown}: {e}"))?;
    if let Some(w) = warning {
        eprintln!("lede: {w}");
    }
    Ok((text, if looks_html { Kind::Html } else { Kind::Text }))
}

fn short_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn run(cli: Cli) -> Result<String, String> {
    let (args, full) = match &cli.command {
        Command::Analyze(a) => (a, true),
        Command::Extract(a) => (a, false),
    };
    let (text, kind) = read_input(args)?;
    let article = match kind {
        Kind::Html => lede::extract(&lede::page::html::page_from_html(&text)),
        Kind::Text => lede::extract::article_from_text(&text),
    };
    if article.text.trim().is_empty() {
        return Err(format!(
            "cannot analyse {}: {}",
            args.file,
            lede::Error::Empty
        ));
    }
    let json_err = |e: serde_json::Error| format!("cannot write JSON: {e}");
    if full {
        let ins = lede::analyze(&article);
        if args.json {
            serde_json::to_string_pretty(&ins).map_err(json_err)
        } else {
            Ok(lede::report::render(&ins))
        }
    } else {
        let ins = lede::analyze(&article);
        if args.json {
            serde_json::to_string_pretty(&ins.article).map_err(json_err)
        } else {
            Ok(format!("{}\n\n{}", ins.article.title, ins.article.text))
        }
    }
}

/// Parses the arguments, runs the command, prints the result or a one-line error.
pub fn main() -> ExitCode {
    match run(Cli::parse()) {
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
