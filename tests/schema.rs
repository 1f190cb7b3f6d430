//! The CLI's JSON against the insights schema (`docs/schema/insights.schema.json`): the seed
//! page, a Readability test page (copied into tests/fixtures), a page without an article, plain
//! text, `extract --json` against the schema's `article`, the `--jsonl` lines, and every
//! Readability test page in `../shared/corpora` when it is there. Beyond the schema, every span
//! must cut `article.text` (UTF-16) where its `text` says and every speaker must be an entity.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const SCHEMA: &str = "docs/schema/insights.schema.json";
const SEED: &str = "tests/fixtures/seed/article.html";
const READABILITY: &str = "tests/fixtures/readability/001.html";
const NO_ARTICLE: &str = "tests/fixtures/no-article.html";

fn schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(SCHEMA).expect("schema file")).expect("JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::new(schema).expect("the schema compiles")
}

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .output()
        .expect("run lede")
}

fn json_of(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Panics with every schema error of `value`, and checks what the schema cannot say.
fn assert_valid(v: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
    check_spans(value, what);
}

/// Spans cut `article.text` where their `text` says; speakers and listed quotes exist.
fn check_spans(ins: &Value, what: &str) {
    let text: Vec<u16> = ins["article"]["text"]
        .as_str()
        .expect("text")
        .encode_utf16()
        .collect();
    let span = |s: &Value, part: &str| {
        let (a, b) = (
            s["start"].as_u64().expect("start"),
            s["end"].as_u64().expect("end"),
        );
        let (a, b) = (a as usize, b as usize);
        assert!(
            a <= b && b <= text.len(),
            "{what}: {part} {a}..{b} out of range"
        );
        if let Some(t) = s["text"].as_str() {
            assert_eq!(String::from_utf16_lossy(&text[a..b]), t, "{what}: {part}");
        }
    };
    let ids = |key: &str| -> Vec<String> {
        ins[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| x["id"].as_str().expect("id").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (entities, quotes) = (ids("entities"), ids("quotes"));
    for key in ["quotes", "reported"] {
        for q in ins[key].as_array().into_iter().flatten() {
            span(q, key);
            for part in ["mention", "cue"] {
                if !q[part].is_null() {
                    span(&q[part], part);
                }
            }
            if let Some(s) = q["speaker"].as_str() {
                assert!(entities.iter().any(|e| e == s), "{what}: speaker {s}");
            }
            for inner in q["quotes"].as_array().into_iter().flatten() {
                let id = inner.as_str().expect("quote id");
                assert!(quotes.iter().any(|x| x == id), "{what}: quote {id}");
            }
        }
    }
    for key in ["summary", "blocks"] {
        for s in ins[key].as_array().expect(key) {
            span(s, key);
        }
    }
}

#[test]
fn the_schema_is_a_valid_2020_12_schema() {
    let s = schema();
    assert_eq!(
        s["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "declared draft"
    );
    jsonschema::meta::validate(&s).expect("valid against its meta-schema");
}

#[test]
fn analyze_json_on_the_seed_page_is_valid() {
    let v = validator(&schema());
    let ins = json_of(&lede(&["analyze", "--json", SEED]));
    assert!(ins["quotes"].as_array().expect("quotes").len() >= 10);
    assert_valid(&v, &ins, SEED);
}

#[test]
fn analyze_json_on_a_readability_page_is_valid() {
    let v = validator(&schema());
    let ins = json_of(&lede(&["analyze", "--json", READABILITY]));
    assert!(!ins["article"]["text"].as_str().expect("text").is_empty());
    assert_valid(&v, &ins, READABILITY);
}

#[test]
fn analyze_json_on_a_page_without_an_article_is_valid_and_empty() {
    let v = validator(&schema());
    let out = lede(&["analyze", "--json", NO_ARTICLE]);
    let ins = json_of(&out);
    assert_valid(&v, &ins, NO_ARTICLE);
    assert_eq!(ins["article"]["readerable"], false);
    assert_eq!(ins["article"]["text"], "");
    assert_eq!(ins["quotes"], Value::Array(vec![]));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one warning line: {err}");
    assert!(err.contains("no article"), "{err}");
}

#[test]
fn analyze_json_on_plain_text_is_valid() {
    let v = validator(&schema());
    let ins = json_of(&lede(&[
        "analyze",
        "--json",
        "tests/fixtures/seed/article.txt",
    ]));
    assert_valid(&v, &ins, "article.txt");
}

#[test]
fn extract_json_is_the_schemas_article() {
    let s = schema();
    let article = validator(&s["$defs"]["article"]);
    for file in [SEED, READABILITY, NO_ARTICLE] {
        let a = json_of(&lede(&["extract", "--json", file]));
        let errors: Vec<String> = article.iter_errors(&a).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{file}: {}", errors.join("\n"));
    }
}

#[test]
fn jsonl_lines_are_valid_insights_after_their_file_key() {
    let v = validator(&schema());
    let out = lede(&["analyze", "--jsonl", SEED, READABILITY, NO_ARTICLE]);
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    for mut line in lines {
        let file = line
            .as_object_mut()
            .and_then(|o| o.remove("file"))
            .expect("file key");
        assert_valid(&v, &line, file.as_str().expect("file name"));
    }
}

/// Every page of Mozilla's Readability test set, when `../shared/corpora` is there.
#[test]
fn every_readability_test_page_gives_valid_insights() {
    let dir = Path::new("../shared/corpora/readability-test-pages");
    if !dir.is_dir() {
        eprintln!(
            "skipped: {} is absent (the corpora live in ../shared/corpora)",
            dir.display()
        );
        return;
    }
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .expect("corpus dir")
        .flatten()
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .map(|p| p.display().to_string())
        .collect();
    pages.sort();
    assert!(pages.len() >= 130, "{} pages", pages.len());
    let mut args = vec!["analyze", "--jsonl"];
    args.extend(pages.iter().map(String::as_str));
    let out = lede(&args);
    assert!(out.status.success());
    let v = validator(&schema());
    let mut n = 0;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let mut ins: Value = serde_json::from_str(line).expect("JSON line");
        let file = ins
            .as_object_mut()
            .and_then(|o| o.remove("file"))
            .expect("file key");
        assert!(ins.get("error").is_none(), "{file}: {}", ins["error"]);
        assert_valid(&v, &ins, file.as_str().expect("file name"));
        n += 1;
    }
    assert_eq!(n, pages.len());
}
