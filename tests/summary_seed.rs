//! The seed page's summary (gold.json `summary_should_cover`): its three best sentences carry
//! the ceasefire signals and the Kremlin's optimism, and the 30-day plan; none is the title,
//! a heading, or the comment form. Checked on the plain text and on the HTML page.

use lede::insights::{Insights, TextSpan};

const TEXT: &str = include_str!("fixtures/seed/article.txt");
const HTML: &str = include_str!("fixtures/seed/article.html");

fn top3(ins: &Insights) -> Vec<&str> {
    ins.summary
        .iter()
        .take(3)
        .map(|s| s.text.as_str())
        .collect()
}

fn check(ins: &Insights) {
    let top = top3(ins);
    println!("{top:#?}");
    assert_eq!(top.len(), 3, "three sentences");
    assert!(
        top.iter()
            .any(|s| s.contains("signals") && s.contains("optimistic")),
        "covers the signals to Trump and the cautious optimism"
    );
    assert!(
        top.iter()
            .any(|s| s.contains("30-day") && s.contains("plan")),
        "covers the 30-day plan"
    );
    for s in &top {
        assert!(!s.contains("Leave a Reply") && !s.contains("Required fields"));
        assert!(s.ends_with(['.', '”', '"']), "a whole sentence: {s}");
    }
    // Best first, and every span points at its own text (UTF-16 units into article.text).
    let utf16: Vec<u16> = ins.article.text.encode_utf16().collect();
    for TextSpan { text, start, end } in &ins.summary {
        assert_eq!(&String::from_utf16_lossy(&utf16[*start..*end]), text);
    }
}

#[test]
fn seed_text_summary_covers_signals_and_plan() {
    let ins = lede::analyze_text(TEXT).expect("seed analyses");
    assert!(
        top3(&ins)[0].starts_with("Russia on Friday said"),
        "the lede leads"
    );
    check(&ins);
}

#[test]
fn seed_html_summary_covers_signals_and_plan() {
    let ins = lede::analyze_page(&lede::page::html::page_from_html(HTML)).expect("seed analyses");
    check(&ins);
}
