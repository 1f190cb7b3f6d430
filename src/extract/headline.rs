//! The story's own headline: the `<h1>` the reader sees above the story, which the gold of
//! today's pages (and their readers) take as the title, where `<title>`, `og:title` and the
//! JSON-LD `headline` are often a search-engine variant ("Best Movers 2026 | Top 19").
//!
//! Takes the [`Page`] and the story's first and last block; gives the `<h1>` text nearest
//! above the story (at most [`ABOVE`] blocks up), else the first `<h1>` inside it, when it
//! reads as a headline: [`MIN_WORDS`] words or more, at most [`MAX_CHARS`] characters.
//! A " | tail" on it is cut ([`without_tail`]).
//! Invented example: `<h1>Seven ways the river town kept its mill</h1>` above the story wins
//! over `<title>7 Ways to Keep a Mill (2025 Guide) | River Post</title>`.

use crate::page::Page;

/// How many blocks above the story's first one its headline may sit.
const ABOVE: usize = 40;
/// A headline has at least this many words…
const MIN_WORDS: usize = 3;
/// …and at most this many characters.
const MAX_CHARS: usize = 250;

fn is_h1(page: &Page, i: usize) -> bool {
    page.blocks
        .get(i)
        .and_then(|b| page.nodes.get(b.node as usize))
        .is_some_and(|n| n.tag == "h1")
}

/// The words of `s`, lower case: runs of letters and digits.
pub(super) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether two titles differ only in punctuation, quote marks, spaces and case: the head's
/// spelling is kept then.
pub fn same_words(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

/// Share of the headline's words that `title` holds too (lower case, words of letters and
/// digits).
pub fn shared_words(h1: &str, title: &str) -> f32 {
    let (h, t) = (words(h1), words(title));
    let shared = h.iter().filter(|w| t.contains(w)).count();
    shared as f32 / h.len().max(1) as f32
}

/// A headline without a " | tail" when the part before the bar reads as a headline on its own
/// ("Best movers in Oslo 2025 | Top 9 firms" gives "Best movers in Oslo 2025"): a bar in a
/// visible headline is a search-engine subtitle, seldom part of the story's name.
pub fn without_tail(h: &str) -> String {
    match h.split_once(" | ") {
        Some((head, _)) if head.split_whitespace().count() >= MIN_WORDS => head.trim().to_string(),
        _ => h.to_string(),
    }
}

/// A headline without a label or date set before the title the head gives: "Blog: How the
/// mill turned" or "Dec 18 2025 How the mill turned" gives "How the mill turned" when that
/// is the head's title. What goes before must be a few words with a colon or a digit.
pub fn without_label<'a>(h: &'a str, head: &'a str) -> &'a str {
    let tw = words(head);
    let mut at = 0;
    for _ in 0..MAX_LABEL_WORDS {
        let Some(sp) = h[at..].find(' ') else {
            break;
        };
        at += sp + 1;
        if words(&h[at..]) != tw {
            continue;
        }
        let label = &h[..at];
        // A colon set right after a word ("Blog:"; a spaced one, "Photo : …", is typography
        // of the headline's own), or a date's two runs of digits ("Dec 18 2025"; a year
        // alone may be the headline's own: "2025 price guide").
        let colon = label
            .find(':')
            .is_some_and(|i| label[..i].ends_with(char::is_alphanumeric));
        let digit_runs = label
            .split(|c: char| !c.is_ascii_digit())
            .filter(|r| !r.is_empty())
            .count();
        return if colon || digit_runs >= 2 { head } else { h };
    }
    h
}

/// A label before a headline is at most this many words.
const MAX_LABEL_WORDS: usize = 4;

/// The story's `<h1>`, if it reads as a headline.
#[cfg(test)]
fn story_h1(page: &Page, first: usize, last: usize) -> Option<&str> {
    story_h1_at(page, first, last).map(|i| h1_text(page, i))
}

/// A heading's text without a trailing pilcrow or hash (its permalink anchor).
pub fn h1_text(page: &Page, i: usize) -> &str {
    page.blocks[i]
        .text
        .trim()
        .trim_end_matches(['¶', '#', '§'])
        .trim_end()
}

/// The block of the story's `<h1>`, if it reads as a headline.
pub fn story_h1_at(page: &Page, first: usize, last: usize) -> Option<usize> {
    let above = (first.saturating_sub(ABOVE)..=first.min(page.blocks.len().saturating_sub(1)))
        .rev()
        .find(|&i| is_h1(page, i));
    let inside =
        || (first..=last.min(page.blocks.len().saturating_sub(1))).find(|&i| is_h1(page, i));
    let i = above.or_else(inside)?;
    let text = h1_text(page, i);
    (text.split_whitespace().count() >= MIN_WORDS && text.chars().count() <= MAX_CHARS).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Block, Node, NO_PARENT};

    fn page(blocks: &[(&str, &str)]) -> Page {
        let mut p = Page {
            nodes: vec![Node {
                parent: NO_PARENT,
                tag: "body".into(),
                hints: String::new(),
            }],
            ..Page::default()
        };
        for (tag, text) in blocks {
            p.nodes.push(Node {
                parent: 0,
                tag: tag.to_string(),
                hints: String::new(),
            });
            p.blocks.push(Block {
                node: p.nodes.len() as u32 - 1,
                text: text.to_string(),
                link_chars: 0,
            });
        }
        p
    }

    #[test]
    fn the_h1_above_the_story_is_its_headline() {
        let p = page(&[
            ("h1", "River Post"),
            ("h1", "Seven ways the river town kept its mill"),
            ("p", "By Ada Morrow"),
            ("p", "The mill turned for two hundred years."),
        ]);
        assert_eq!(
            story_h1(&p, 3, 3),
            Some("Seven ways the river town kept its mill")
        );
        assert!(same_words("‘Star Wars’ cuts", "'star wars' cuts"));
        assert!(
            (shared_words("Top 10 trends to watch", "Trends to watch in 2026") - 0.6).abs() < 1e-6
        );
        assert_eq!(
            without_tail("Best movers in Oslo 2025 | Top 9 firms"),
            "Best movers in Oslo 2025"
        );
        assert_eq!(without_tail("Oslo | Top 9 firms"), "Oslo | Top 9 firms");
        assert_eq!(
            without_label("Blog: How the mill turned", "How the mill turned"),
            "How the mill turned"
        );
        assert_eq!(
            without_label("Dec 18 2025 How the mill turned", "How the mill turned"),
            "How the mill turned"
        );
        // A year alone, a spaced colon or plain words are the headline's own.
        assert_eq!(
            without_label("2025 Mill Price Guide", "Mill Price Guide"),
            "2025 Mill Price Guide"
        );
        assert_eq!(
            without_label("Photo : How the mill turned", "How the mill turned"),
            "Photo : How the mill turned"
        );
        assert_eq!(
            without_label("The Best Mills of 2025", "Best Mills of 2025"),
            "The Best Mills of 2025"
        );
        // A one-word logo h1 is no headline.
        assert_eq!(story_h1(&p, 0, 0), None);
    }
}
