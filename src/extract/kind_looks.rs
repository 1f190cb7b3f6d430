//! Page-structure looks for the article-or-not table: what a listing, a forum thread or a
//! service page is built from, where a story is built from paragraphs.
//!
//! Takes the [`Page`] and the chosen blocks; gives [`looks`], five numbers (the last five of
//! [`super::kind::NAMES`]): linked headings (a listing's teaser titles are links), short blocks that are a
//! date alone (a listing dates each teaser, a forum each post), the largest run of sibling
//! elements sharing tag and class (cards, posts), short call-to-action blocks ("Get a quote",
//! "Enroll now": a service page asks the reader to act)) and the story's own link density.
//!
//! Invented example: a listing of ten `<div class="teaser"><h3><a>…</a></h3><p>May 2,
//! 2025</p>…</div>` gives ten linked headings, ten dated blocks and a run of ten cards; a
//! story with one `<time>` above its paragraphs gives none of these.

use super::tree::{Tree, NO_HINTS};
use crate::page::Page;

/// How many looks there are (named last in [`super::kind::NAMES`]).
pub const N: usize = 8;

/// A heading is a link when this share of its text is link text.
const LINKED: f32 = 0.6;
/// A block this short or shorter may be a date alone or a call to action.
const SHORT: usize = 40;

/// Openings of the short blocks that ask the reader to act (buttons and links of service,
/// shop and course pages), lower case.
const CALLS: &[&str] = &[
    "apply now",
    "book a ",
    "book now",
    "buy now",
    "call now",
    "call us",
    "contact us",
    "enroll",
    "enrol ",
    "free consultation",
    "free quote",
    "free trial",
    "get a quote",
    "get a free",
    "get in touch",
    "get started",
    "request a",
    "request info",
    "schedule a",
    "start your",
    "talk to",
];

fn ln(x: usize) -> f32 {
    (x as f32).ln_1p()
}

/// The longest of the [`CALLS`], in bytes.
const LONGEST_CALL: usize = {
    let (mut i, mut most) = (0, 0);
    while i < CALLS.len() {
        if CALLS[i].len() > most {
            most = CALLS[i].len();
        }
        i += 1;
    }
    most
};

/// Whether a short block opens with one of the [`CALLS`] (any case): "Get a Quote" asks the
/// reader to act. An ASCII opening is compared without lower-casing the block into a new
/// string; past ASCII (where lower case may change the length) the block is lower-cased.
fn is_call(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(LONGEST_CALL)];
    if head.is_ascii() {
        return CALLS.iter().any(|c| {
            head.get(..c.len()).is_some_and(|h| {
                // (The first letter first: most blocks open with none of them.)
                h[0].to_ascii_lowercase() == c.as_bytes()[0] && h.eq_ignore_ascii_case(c.as_bytes())
            })
        });
    }
    let lower = text.to_lowercase();
    CALLS.iter().any(|c| lower.starts_with(c))
}

/// The largest number of siblings that share parent, tag and (non-empty) hints: each element
/// as one number (parent, hint id, tag), sorted, the longest run of equal numbers. (Sorting
/// (parent, tag, hints) compared strings n log n times.)
fn largest_sibling_run(page: &Page, tree: &Tree) -> usize {
    let mut keys: Vec<u64> = page
        .nodes
        .iter()
        .zip(&tree.hint_id)
        .filter(|&(_, &h)| h != NO_HINTS)
        .filter_map(|(n, &h)| {
            let tag = match n.tag.as_str() {
                "div" => 0,
                "li" => 1,
                "article" => 2,
                "section" => 3,
                _ => return None,
            };
            Some(u64::from(n.parent) << 32 | u64::from(h) << 2 | tag)
        })
        .collect();
    crate::order::sort_by(&mut keys, |a, b| a.cmp(b));
    let mut best = 0;
    let mut run = 0;
    for (i, k) in keys.iter().enumerate() {
        run = if i > 0 && keys[i - 1] == *k {
            run + 1
        } else {
            1
        };
        best = best.max(run);
    }
    best
}

/// The looks, in the order of [`NAMES`].
pub fn looks(page: &Page, tree: &Tree, chosen: &[usize], title: &str) -> [f32; N] {
    let (mut linked, mut dated, mut calls) = (0usize, 0usize, 0usize);
    for b in &page.blocks {
        let len = b.text.len();
        let tag = page
            .nodes
            .get(b.node as usize)
            .map_or("", |n| n.tag.as_str());
        if matches!(tag, "h2" | "h3" | "h4")
            && len > 0
            && b.link_chars as f32 >= LINKED * len as f32
        {
            linked += 1;
        }
        if len <= SHORT {
            calls += usize::from(is_call(b.text.trim()));
            // (A date has a digit: most short blocks are no date and are not parsed.)
            dated += usize::from(
                b.text.bytes().any(|c| c.is_ascii_digit())
                    && super::dates::date_in(&b.text).is_some(),
            );
        }
    }
    let (mut story, mut story_links) = (0usize, 0usize);
    for b in chosen.iter().filter_map(|&i| page.blocks.get(i)) {
        story += b.text.len();
        story_links += b.link_chars as usize;
    }
    [
        ln(linked),
        ln(dated),
        ln(largest_sibling_run(page, tree)),
        ln(calls),
        story_links as f32 / story.max(1) as f32,
        ln(title.split_whitespace().count()),
        f32::from(u8::from(title.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
        }))),
        f32::from(u8::from(title.starts_with(|c: char| c.is_ascii_digit()))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_of_dated_linked_cards_shows_its_looks() {
        let mut html = String::from("<html><body><main>");
        for i in 0..6 {
            html += &format!(
                "<div class=\"teaser\"><h3><a href=\"/s{i}\">Story number {i} of the week</a></h3><p>May {}, 2025</p></div>",
                i + 1
            );
        }
        html += "<p><a href=\"/contact\">Contact us</a></p></main></body></html>";
        let page = crate::page::html::page_from_html(&html);
        let tree = Tree::new(&page);
        // Counts back from their logarithms.
        let f = looks(&page, &tree, &[], "Tuition and fees").map(|x| x.exp_m1().round());
        assert_eq!(f[0], 6.0, "linked headings");
        assert_eq!(f[1], 6.0, "date-only blocks");
        assert_eq!(f[2], 6.0, "sibling run");
        assert_eq!(f[3], 1.0, "call to action");
        assert_eq!(f[5..], [3.0, 0.0, 0.0], "headline shape");
        let story = looks(&page, &tree, &[], "7 ways the mill town kept going in 2025");
        assert_eq!(story[5].exp_m1().round(), 9.0, "headline words");
        assert_eq!(story[6..], [1.0, 1.0], "a year, a number first");
    }

    #[test]
    fn calls_to_action_match_in_any_case() {
        assert!(is_call("Get a Quote") && is_call("ENROLL today") && is_call("book now"));
        assert!(!is_call("Booked out") && !is_call("") && !is_call("Get"));
        // Past ASCII the block is lower-cased first: the Kelvin sign becomes a `k`.
        assert!(is_call("Boo\u{212a} now") && !is_call("Café menu"));
    }
}
