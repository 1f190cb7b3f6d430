//! The byline written on the page, when the head says nothing about the author.
//!
//! Takes the [`Page`] and the index of the article's last block; gives the author names of
//! the first short block, before the story ends, whose element (or one of its two nearest
//! containers) is hinted as a byline or author ([`BYLINE_WORDS`]), with the "By" lead-in and
//! any trailing date or role cut off. [`clean`] tidies names from any source the same way.

use super::patterns::{has_word, BYLINE_LEADS, BYLINE_WORDS};
use crate::page::Page;

/// A byline is short.
const MAX_LEN: usize = 100;
/// How many containers above a block may carry the byline hint.
const HINT_LEVELS: usize = 3;

/// Names from the page's byline element, if one is found before block `until`.
pub fn from_blocks(page: &Page, until: usize) -> Option<String> {
    page.blocks.iter().take(until + 1).find_map(|b| {
        let len = b.text.chars().count();
        if !(3..=MAX_LEN).contains(&len) {
            return None;
        }
        let hinted = page
            .ancestors(b.node)
            .take(HINT_LEVELS)
            .any(|(_, n)| has_word(&n.hints, BYLINE_WORDS) && !n.hints.contains("comment"));
        if !hinted {
            return None;
        }
        clean(&b.text).filter(|n| looks_like_names(n))
    })
}

/// Names without a "By" lead-in, a trailing date, role or site after a separator.
pub fn clean(raw: &str) -> Option<String> {
    let first_line = raw.lines().map(str::trim).find(|l| !l.is_empty())?;
    let mut s = first_line;
    loop {
        let lower = s.to_lowercase();
        let Some(lead) = BYLINE_LEADS.iter().find(|l| {
            lower
                .strip_prefix(*l)
                .is_some_and(|rest| rest.starts_with([' ', ':', '\u{a0}']))
        }) else {
            break;
        };
        s = s
            .get(lead.len()..)
            .unwrap_or_default()
            .trim_start_matches([' ', ':', '\u{a0}']);
    }
    let s = s
        .split(['|', '\u{2022}', '\u{b7}'])
        .next()
        .unwrap_or_default()
        .trim()
        .trim_end_matches([',', '-', '–', '—'])
        .trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Names are a few words, mostly capitalised, without digits.
fn looks_like_names(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 12
        && !s.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 2
            >= words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_leads_and_tails() {
        assert_eq!(clean("By Jane Doe | Reuters").as_deref(), Some("Jane Doe"));
        assert_eq!(
            clean("Written by: Rob E\nEdited by X").as_deref(),
            Some("Rob E")
        );
        assert_eq!(
            clean("Par Sébastien Farcis").as_deref(),
            Some("Sébastien Farcis")
        );
        assert_eq!(clean("By").as_deref(), None);
        assert!(looks_like_names("Jane Doe and John Roe"));
        assert!(!looks_like_names("Updated 5:27 am"));
    }
}
