//! Property tests for `lede::limits`: whatever the text and the budget, a clipped
//! article is a prefix of the original on a char boundary, within the budget, and its blocks
//! lie inside it, in order, ending on non-space text; analysing the clipped article keeps the
//! span invariants.
//!
//! Takes arbitrary text (with spaces, blank lines and multi-byte characters) and budgets from
//! 0 to past its length; gives pass or a shrunk counter-example.

#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use lede::extract::article_from_text;
use lede::limits::{clip_article_to, clip_str};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(128);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(&["a", "word ", " ", "\n", "\n\n", "é", "😀", "王", "“", "”."][..])
            .prop_map(str::to_string),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn clipped_articles_stay_well_formed(t in text(), max in 0usize..900) {
        let art = article_from_text(&t);
        match clip_article_to(&art, max) {
            None => prop_assert!(t.len() <= max),
            Some(c) => {
                prop_assert!(c.text.len() <= max);
                prop_assert!(t.starts_with(&c.text));
                let mut last = 0;
                for b in &c.blocks {
                    prop_assert!(last <= b.start && b.start < b.end && b.end <= c.text.len());
                    prop_assert!(c.text.is_char_boundary(b.start) && c.text.is_char_boundary(b.end));
                    prop_assert!(!c.text[..b.end].ends_with(char::is_whitespace));
                    last = b.end;
                }
                if !c.text.trim().is_empty() {
                    let ins = lede::analyze(&c);
                    if let Err(e) = invariants::check(&ins) {
                        prop_assert!(false, "{}", e);
                    }
                }
            }
        }
    }

    #[test]
    fn clip_str_is_a_char_prefix(t in text(), max in 0usize..900) {
        let c = clip_str(&t, max);
        prop_assert!(c.len() <= max && t.starts_with(c));
        prop_assert!(c.len() == t.len() || c.len() + 4 > max);
    }
}
