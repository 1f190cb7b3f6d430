//! Hostile pages: each shape of `tests/fixtures/hostile/cases.rs` — a 10 MB text and
//! HTML page, 200,000 elements, 10,000-deep nesting, 20,000 unclosed inline tags, 50,000
//! unbalanced quote marks, no `<body>`, only `<pre>`, RTL, CJK, emoji — is analysed without a
//! panic, keeps every span invariant, and says `stats.truncated` exactly when it is over a
//! limit of `lede::limits`.
//!
//! Takes the generated inputs (nothing multi-megabyte is committed); gives pass/fail on
//! correctness only. Time and memory are the bench's job:
//! `cargo run --release --example bench-hostile`.

#[path = "fixtures/hostile/cases.rs"]
mod cases;
#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use cases::{Case, Kind};
use lede::limits::{self, MAX_ARTICLE_BYTES};
use lede::page::html::page_from_html;
use lede::Insights;

fn run(case: &Case) -> Insights {
    let result = match case.kind {
        Kind::Text => lede::analyze_text(&case.input),
        Kind::Html => lede::analyze_page(&page_from_html(&case.input)),
    };
    let ins = result.unwrap_or_else(|e| panic!("{}: {e}", case.name));
    if let Err(e) = invariants::check(&ins) {
        panic!("{}: {e}", case.name);
    }
    assert_eq!(
        ins.stats.truncated, case.truncated,
        "{}: truncated",
        case.name
    );
    assert!(
        ins.article.text.len() <= MAX_ARTICLE_BYTES,
        "{}: analysed {} bytes",
        case.name,
        ins.article.text.len()
    );
    assert!(
        !ins.article.text.trim().is_empty(),
        "{}: no article",
        case.name
    );
    ins
}

fn case(name: &str) -> Case {
    cases::all()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no case {name}"))
}

#[test]
fn text_10mb_is_cut_at_a_paragraph_and_says_so() {
    let c = case("text-10mb");
    let ins = run(&c);
    assert!(
        c.input.starts_with(&ins.article.text),
        "a prefix of the input"
    );
    assert!(
        ins.article.text.ends_with("tenants.”"),
        "cut at a paragraph end"
    );
    assert!(ins.article.text.len() > MAX_ARTICLE_BYTES / 2);
    assert!(ins.quotes.len() > 1000);
}

#[test]
fn html_10mb_is_truncated() {
    let ins = run(&case("html-10mb"));
    assert!(ins.quotes.len() > 1000);
}

#[test]
fn elements_200k() {
    run(&case("elements-200k"));
}

#[test]
fn nesting_10k() {
    let ins = run(&case("nesting-10k"));
    assert!(ins.article.text.contains("The innermost words."));
}

#[test]
fn unclosed_formatting_20k() {
    run(&case("unclosed-formatting-20k"));
}

#[test]
fn quotes_50k_unbalanced() {
    run(&case("quotes-50k-unbalanced"));
}

/// Thousands of quotes in one run-on paragraph: analysed in paragraph pieces
/// (`MAX_PARAGRAPH_BYTES`), so nearly every quote is still found, and the blocks out stay
/// the article's own.
#[test]
fn quotes_10k_run_on() {
    let ins = run(&case("quotes-10k-run-on"));
    assert!(ins.quotes.len() > 9_900, "{} quotes", ins.quotes.len());
    assert_eq!(ins.blocks.len(), 2);
}

#[test]
fn html_as_text() {
    run(&case("html-as-text"));
}

/// 5,000 distinct names: entity clustering must stay near-linear (it once compared every new
/// name with every entity so far: ~13 s in release; indexed, 0.2 s).
#[test]
fn names_5k_distinct() {
    run(&case("names-5k-distinct"));
}

#[test]
fn small_odd_pages() {
    for name in ["no-body", "only-pre", "rtl", "cjk", "emoji"] {
        let ins = run(&case(name));
        assert!(ins.stats.words > 0, "{name}");
    }
}

#[test]
fn rtl_and_emoji_quotes_are_found() {
    let rtl = run(&case("rtl"));
    assert!(rtl.quotes.iter().any(|q| q.text.contains("لن نتراجع")));
    let emoji = run(&case("emoji"));
    assert!(emoji.quotes.iter().any(|q| q.text.contains("💯")));
}

/// One paragraph far over the limit, with no space to cut at: cut at a char boundary,
/// never inside a surrogate pair.
#[test]
fn one_giant_word_is_cut_on_a_char_boundary() {
    for unit in ["a", "😀", "é", "王"] {
        let text = unit.repeat(MAX_ARTICLE_BYTES / unit.len() + 1000);
        let ins = lede::analyze_text(&text).expect("analysed");
        assert!(ins.stats.truncated, "{unit}");
        assert!(text.starts_with(&ins.article.text));
        assert!(ins.article.text.len() > MAX_ARTICLE_BYTES - 4);
        if let Err(e) = invariants::check(&ins) {
            panic!("{unit}: {e}");
        }
    }
}

/// A page snapshot over the node limit is cut; one exactly at it is not.
#[test]
fn node_limit() {
    use lede::page::{Block, Node, Page, NO_PARENT};
    let page_with = |n: usize| {
        let mut page = Page::default();
        page.nodes.push(Node {
            parent: NO_PARENT,
            tag: "body".into(),
            hints: String::new(),
        });
        for i in 1..n {
            page.nodes.push(Node {
                parent: 0,
                tag: "p".into(),
                hints: String::new(),
            });
            if i % 1000 == 0 || i == n - 1 {
                page.blocks.push(Block {
                    node: i as u32,
                    text: cases::paragraph(i),
                    link_chars: 0,
                });
            }
        }
        page
    };
    let at = lede::analyze_page(&page_with(limits::MAX_NODES)).expect("analysed");
    assert!(!at.stats.truncated);
    let over = lede::analyze_page(&page_with(limits::MAX_NODES + 1)).expect("analysed");
    assert!(over.stats.truncated);
    if let Err(e) = invariants::check(&over) {
        panic!("{e}");
    }
}

/// Pages with nothing to read get the empty analysis (no article, nothing found), not an error
/// and not a panic; text with nothing in it is an error.
#[test]
fn empty_pages_give_an_empty_analysis() {
    for html in [
        "",
        "<html></html>",
        "<html><head><title>T</title></head></html>",
        "<script>x</script>",
    ] {
        let ins = lede::analyze_page(&page_from_html(html)).expect("an analysis");
        assert!(!ins.article.readerable, "{html:?}");
        assert!(
            ins.article.text.is_empty() && ins.quotes.is_empty(),
            "{html:?}"
        );
        assert!(ins.blocks.is_empty() && ins.summary.is_empty(), "{html:?}");
        if let Err(e) = invariants::check(&ins) {
            panic!("{html:?}: {e}");
        }
    }
    for text in ["", " \n\n\t ", "\u{a0}"] {
        assert!(lede::analyze_text(text).is_err(), "{text:?}");
    }
}

/// The CLI says `stats.truncated` in its JSON too.
#[test]
fn cli_reports_truncation() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["analyze", "--json", "--text", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lede");
    let input = cases::big_text(MAX_ARTICLE_BYTES * 2);
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer").expect("write");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["stats"]["truncated"], serde_json::Value::Bool(true));
}

/// The packed decoder (live DOM) clips like the native builder: a 10,000-deep element chain
/// is flattened to `MAX_DEPTH` without losing text, and text over the page limit is cut.
#[test]
fn packed_snapshots_are_clipped() {
    use lede::page::packed::{page_from_packed, Packed};
    let depth = 10_000usize;
    let nodes = vec!["div\u{1f}"; depth].join("\u{1e}");
    let parents: Vec<u32> = (0..depth as u32)
        .map(|i| if i == 0 { u32::MAX } else { i - 1 })
        .collect();
    let text = cases::paragraph(1);
    let n16 = text.encode_utf16().count() as u32;
    let packed = Packed {
        nodes,
        parents,
        text: text.clone(),
        blocks: vec![depth as u32 - 1, n16, 0],
        ..Packed::default()
    };
    let page = page_from_packed(&packed).expect("valid snapshot");
    assert!(!page.truncated);
    assert_eq!(
        page.ancestors(depth as u32 - 1).count(),
        limits::MAX_DEPTH + 1
    );
    let ins = lede::analyze_page(&page).expect("analysed");
    assert_eq!(ins.article.text, text);

    let big = "word ".repeat(limits::MAX_PAGE_TEXT_BYTES / 5 + 1000);
    let packed = Packed {
        nodes: "p\u{1f}".into(),
        parents: vec![u32::MAX],
        blocks: vec![0, big.len() as u32, 0],
        text: big,
        ..Packed::default()
    };
    let page = page_from_packed(&packed).expect("valid snapshot");
    assert!(page.truncated);
    assert!(page.blocks[0].text.len() <= limits::MAX_PAGE_TEXT_BYTES);
}
