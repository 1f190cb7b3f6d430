//! Property tests: for any text and any small HTML page, the analysis keeps its
//! invariants (`tests/fixtures/hostile/invariants.rs`: spans inside `article.text` on UTF-16
//! boundaries that split no surrogate pair, quotes that do not overlap, speakers that are
//! entities) and is deterministic (same input, same JSON).
//!
//! Takes inputs from proptest strategies biased towards what the analysis reacts to (names,
//! reporting verbs, every quote mark, emoji, RTL and CJK, blank lines, block and inline
//! markup), mixed with arbitrary characters. Gives pass or a shrunk counter-example.
//! `PROPTEST_CASES=N` runs more cases than the default (kept small so a debug `cargo test`
//! stays fast).

#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use lede::page::html::page_from_html;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property: `PROPTEST_CASES`, else 64.
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Pieces of news text the analysis keys on.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "「",
    "」",
    " said",
    " says",
    " told",
    " added",
    " according to",
    "He",
    "She",
    "They",
    "he",
    "she",
    " Mr",
    " Ms.",
    " Dr.",
    " Maria",
    " Lopez",
    " John Smith",
    " the minister",
    " President",
    " Kremlin",
    " White House officials",
    ",",
    ".",
    "!",
    "?",
    "…",
    ":",
    " —",
    " - ",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "😀",
    "👨‍👩‍👧",
    "🇨🇦",
    "\u{fe0f}",
    "\u{200d}",
    "𝔘",
    "مرحبا",
    "שלום",
    "\u{202e}",
    "\u{202c}",
    "王毅",
    "说：",
    "。",
    "東京",
    "é",
    "e\u{301}",
    "\u{0}",
    "\r\n",
    "\u{2028}",
    "word",
    " word",
];

/// Text: a mix of [`PIECES`] and arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Z][a-z]{1,8}".prop_map(|w| format!(" {w}")),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// Tags the page builder treats differently (blocks, inline, links, skipped, chrome, broken).
const TAGS: &[&str] = &[
    "p",
    "div",
    "article",
    "main",
    "section",
    "span",
    "b",
    "i",
    "a href=x",
    "br",
    "pre",
    "blockquote",
    "li",
    "ul",
    "table",
    "td",
    "tr",
    "h1",
    "h2",
    "nav",
    "footer",
    "aside",
    "form",
    "script",
    "style",
    "template",
    "svg",
    "noscript",
    "div class=comments",
    "div class=story",
    "p hidden",
    "p style='display:none'",
    "time datetime=2020-01-01",
    "lede-label",
    "html",
    "body",
    "head",
    "title",
];

/// Small HTML: a random mix of opening tags, closing tags, text and junk, possibly unbalanced.
fn html() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => text().prop_map(|t| t.replace('<', "&lt;")),
        2 => prop::sample::select(TAGS).prop_map(|t| format!("<{t}>")),
        2 => prop::sample::select(TAGS)
            .prop_map(|t| format!("</{}>", t.split(' ').next().unwrap_or(t))),
        1 => prop::sample::select(&[
            "<!--", "-->", "<!doctype html>", "&amp;", "&#x1F600;", "&#0;", "<", ">", "</",
            "<meta name=author content='Ana Díaz'>", "<meta property=og:title content='T'>",
            "<script type=application/ld+json>{\"headline\":\"H\"}</script>",
        ][..])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn json(ins: &lede::Insights) -> String {
    serde_json::to_string(ins).unwrap_or_else(|e| format!("JSON error: {e}"))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn text_keeps_invariants(t in text()) {
        match lede::analyze_text(&t) {
            Ok(ins) => {
                prop_assert_eq!(&ins.article.text, &t, "article.text is the input as given");
                prop_assert!(!ins.stats.truncated);
                if let Err(e) = invariants::check(&ins) {
                    prop_assert!(false, "{}", e);
                }
            }
            Err(_) => prop_assert!(t.trim().is_empty(), "only empty text is refused"),
        }
    }

    #[test]
    fn text_is_deterministic(t in text()) {
        let a = lede::analyze_text(&t).map(|i| json(&i)).map_err(|e| e.to_string());
        let b = lede::analyze_text(&t).map(|i| json(&i)).map_err(|e| e.to_string());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn html_keeps_invariants(h in html()) {
        let page = page_from_html(&h);
        if let Ok(ins) = lede::analyze_page(&page) {
            if let Err(e) = invariants::check(&ins) {
                prop_assert!(false, "{}", e);
            }
        }
    }

    #[test]
    fn html_is_deterministic(h in html()) {
        let run = || {
            lede::analyze_page(&page_from_html(&h))
                .map(|i| json(&i))
                .map_err(|e| e.to_string())
        };
        prop_assert_eq!(run(), run());
    }
}
