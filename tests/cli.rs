//! The `lede` command line: schema-1 JSON on the seed page, readable output, standard input,
//! bad input (missing file, directory, binary, empty) answered with one line and exit 2, and a
//! page without an article answered with an empty analysis, one warning line and exit 0.
//! (The JSON against the schema itself: tests/schema.rs.)

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED_HTML: &str = "tests/fixtures/seed/article.html";
const SEED_TEXT: &str = "tests/fixtures/seed/article.txt";

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .output()
        .expect("run lede")
}

fn lede_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lede");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("wait")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Every span must cut `text` (UTF-16) where its own `text` says.
fn check_span(text: &[u16], span: &serde_json::Value, what: &str) {
    let (s, e) = (
        span["start"].as_u64().expect("start") as usize,
        span["end"].as_u64().expect("end") as usize,
    );
    assert!(s <= e && e <= text.len(), "{what}: {s}..{e} out of range");
    assert_eq!(
        String::from_utf16_lossy(&text[s..e]),
        span["text"].as_str().expect("text"),
        "{what}"
    );
}

#[test]
fn analyze_json_on_the_seed_page() {
    let v = json(&lede(&["analyze", "--json", SEED_HTML]));
    assert_eq!(v["schema"], 1);
    let text: Vec<u16> = v["article"]["text"]
        .as_str()
        .expect("text")
        .encode_utf16()
        .collect();
    let quotes = v["quotes"].as_array().expect("quotes");
    assert!(quotes.len() >= 10, "only {} quotes", quotes.len());
    let ids: Vec<&str> = v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| e["id"].as_str().expect("id"))
        .collect();
    for q in quotes {
        check_span(&text, q, "quote");
        for part in ["mention", "cue"] {
            if !q[part].is_null() {
                check_span(&text, &q[part], part);
            }
        }
        if let Some(s) = q["speaker"].as_str() {
            assert!(ids.contains(&s), "speaker {s} is not an entity");
        }
    }
    for s in v["summary"].as_array().expect("summary") {
        check_span(&text, s, "summary");
    }
    assert!(v["stats"]["words"].as_u64().expect("words") > 400);
    let names: Vec<&str> = v["entities"]
        .as_array()
        .expect("e")
        .iter()
        .map(|e| e["name"].as_str().expect("name"))
        .collect();
    assert!(
        names.contains(&"Dmitry Peskov") && names.contains(&"Melanie Joly"),
        "{names:?}"
    );
}

#[test]
fn extract_json_gives_the_article_alone() {
    let v = json(&lede(&["extract", "--json", SEED_HTML]));
    assert!(v["text"]
        .as_str()
        .expect("text")
        .starts_with("Russia on Friday said"));
    assert!(v.get("quotes").is_none());
}

#[test]
fn plain_text_is_kept_exactly_and_stdin_works() {
    let input = std::fs::read_to_string(SEED_TEXT).expect("seed text");
    let v = json(&lede_stdin(
        &["analyze", "--json", "--text", "-"],
        input.as_bytes(),
    ));
    assert_eq!(v["article"]["text"].as_str(), Some(input.as_str()));
    let out = lede_stdin(
        &["analyze", "-"],
        b"\"We will win,\" Jane Smith said on Monday.",
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Jane Smith"));
}

#[test]
fn readable_report_by_default() {
    let out = lede(&["analyze", SEED_HTML]);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("Summary") && s.contains("Who said what"), "{s}");
    assert!(
        serde_json::from_str::<serde_json::Value>(&s).is_err(),
        "default output must not be JSON"
    );
}

fn assert_bad_input(out: Output, needle: &str) {
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line expected: {err}"
    );
    assert!(err.contains(needle), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_input_gives_one_line_and_exit_2() {
    assert_bad_input(
        lede(&["analyze", "--json", "no/such/file.html"]),
        "no such file",
    );
    assert_bad_input(lede(&["analyze", "tests"]), "directory");
    assert_bad_input(lede_stdin(&["analyze", "-"], b""), "empty");
    assert_bad_input(lede_stdin(&["extract", "-"], b" \n\t "), "empty");
    assert_bad_input(
        lede_stdin(
            &["analyze", "-"],
            &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3, 0, 0, 0, 9, 0],
        ),
        "binary",
    );
    assert_bad_input(lede_stdin(&["analyze", "--html", "-"], b"\n\n"), "empty");
    assert_bad_input(lede(&["extract", "--json", "tests"]), "directory");
}

/// Exit 0, one stderr line that says there is no article, and the empty analysis on stdout.
fn assert_no_article(out: &Output, what: &str) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{what}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{what}: {err}");
    assert!(
        err.contains("warning: no article text found"),
        "{what}: {err}"
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn a_page_without_an_article_is_an_empty_analysis_not_an_error() {
    let pages: [(&str, &[u8]); 3] = [
        (
            "scripts only",
            b"<html><body><script>x</script></body></html>",
        ),
        (
            "empty body",
            b"<!DOCTYPE html><html><head><title>Soon</title></head><body></body></html>",
        ),
        (
            "menu only",
            b"<html><body><nav><a href=/>Home</a> <a href=/x>Ferries</a></nav></body></html>",
        ),
    ];
    for (what, html) in pages {
        let v = assert_no_article(
            &lede_stdin(&["analyze", "--json", "--html", "-"], html),
            what,
        );
        assert_eq!(v["schema"], 1, "{what}");
        assert_eq!(v["article"]["readerable"], false, "{what}");
        assert_eq!(v["article"]["text"], "", "{what}");
        for key in ["quotes", "entities", "summary", "blocks"] {
            assert_eq!(v[key].as_array().map(Vec::len), Some(0), "{what}: {key}");
        }
        assert_eq!(v["stats"]["words"], 0, "{what}");
        let a = assert_no_article(
            &lede_stdin(&["extract", "--json", "--html", "-"], html),
            what,
        );
        assert_eq!(a["readerable"], false, "{what}");
        assert_eq!(a["text"], "", "{what}");
    }
    // The title of a page without an article is still read.
    let v = assert_no_article(
        &lede(&["analyze", "--json", "tests/fixtures/no-article.html"]),
        "fixture",
    );
    assert!(v["article"]["title"]
        .as_str()
        .expect("title")
        .starts_with("Sign in"));
    // The readable report says little, and says it without failing.
    let out = lede(&["analyze", "tests/fixtures/no-article.html"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 quotes"));
}

#[test]
fn jsonl_gives_a_page_without_an_article_its_empty_analysis() {
    let out = lede(&[
        "analyze",
        "--jsonl",
        "tests/fixtures/no-article.html",
        "tests/fixtures/seed/article.html",
    ]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    let empty = lines
        .iter()
        .find(|l| l["file"] == "tests/fixtures/no-article.html")
        .expect("line for the page without an article");
    assert!(empty.get("error").is_none(), "{empty}");
    assert_eq!(empty["article"]["readerable"], false);
    assert_eq!(empty["quotes"].as_array().map(Vec::len), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("no article text found").count(), 1, "{err}");
}

#[test]
fn version_and_help() {
    let v = lede(&["--version"]);
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("lede "));
    let h = lede(&["--help"]);
    let s = String::from_utf8_lossy(&h.stdout);
    assert!(s.contains("analyze") && s.contains("extract"));
}

#[test]
fn jsonl_streams_one_line_per_input_and_keeps_going() {
    let out = lede(&["analyze", "--jsonl", "tests/fixtures/seed", "no/such.html"]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let seed_files = std::fs::read_dir("tests/fixtures/seed")
        .expect("dir")
        .count();
    assert_eq!(lines.len(), seed_files + 1);
    let bad = lines
        .iter()
        .find(|l| l["file"] == "no/such.html")
        .expect("bad file line");
    assert!(bad["error"]
        .as_str()
        .expect("error")
        .contains("no such file"));
    let seed = lines
        .iter()
        .find(|l| l["file"] == "tests/fixtures/seed/article.html")
        .expect("seed line");
    assert!(seed["quotes"].as_array().expect("quotes").len() >= 10);
    let extracted = lede(&["extract", "--jsonl", "tests/fixtures/seed/article.html"]);
    let v: serde_json::Value = serde_json::from_slice(&extracted.stdout).expect("json");
    assert!(v.get("quotes").is_none() && v["text"].is_string());
}
