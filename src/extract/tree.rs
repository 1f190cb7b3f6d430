//! Per-element facts the block choice needs, each computed in one pass over the elements.
//!
//! Takes a [`Page`]; gives a [`Tree`]: a checked parent index per element (an element whose
//! recorded parent does not come before it is treated as a root, so no walk can loop), its
//! own chrome verdict, and a per-block [`BlockFacts`] summary (length, link density, prose
//! look). Elements come in document order, so a parent always precedes its children:
//! top-down facts are one forward pass, subtree sums one backward pass. Everything is O(n).

use super::patterns::{
    has_word, is_chrome_hint, CHROME_TAGS, HEADING_TAGS, LIST_TAGS, SENTENCE_END,
};
use crate::page::Page;
use rustc_hash::FxHashMap;

/// What one block looks like on its own.
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockFacts {
    /// Length in characters, a CJK character counting as several ([`char_weight`]).
    pub len: u32,
    /// Share of the characters inside links (0..=1).
    pub link_density: f32,
    /// Reads like a story paragraph: long enough, few links.
    pub prose: bool,
    /// Its element is a heading.
    pub heading: bool,
    /// Its element is a heading below the top level (`h2`…`h6`).
    pub subheading: bool,
    /// Prices in its text: a currency sign (`$ € £ ¥ ₹`) next to a digit, each sign–digit
    /// or digit–sign pair once (`$5`, `5 €` is none). Counted in the same walk as the length.
    pub prices: u32,
}

/// Element-level facts.
#[derive(Debug, Default)]
pub struct Tree {
    /// Checked parent of each element.
    pub parent: Vec<Option<usize>>,
    /// The element's own tag or hints mark it as page chrome.
    pub chrome: Vec<bool>,
    /// The element's chrome verdict comes from a strong signal (comments, navigation) that
    /// no amount of text inside can overturn.
    pub strong_chrome: Vec<bool>,
    /// The element is a list.
    pub list: Vec<bool>,
    /// The element is a list item or table cell (not a paragraph).
    pub list_item: Vec<bool>,
    /// Facts per block, indexed like [`Page::blocks`].
    pub blocks: Vec<BlockFacts>,
    /// Each element's hints as a number, the same for the same hint string ([`NO_HINTS`]
    /// for none): later passes that read hints memoise by it without hashing strings again.
    pub hint_id: Vec<u32>,
    /// How many distinct hint strings the page has (the ids run below it).
    pub hint_count: usize,
}

/// The [`Tree::hint_id`] of an element without hints.
pub const NO_HINTS: u32 = u32::MAX;

/// Hint words whose chrome verdict is never overturned.
const STRONG_CHROME_WORDS: &[&str] = &["comment", "comments", "disqus", "respond", "reply"];

/// Tags that describe the page as a whole: their hints say nothing about a container.
const PAGE_TAGS: &[&str] = &["html", "body"];

impl Tree {
    /// Gathers the facts of `page`.
    pub fn new(page: &Page) -> Tree {
        let n = page.nodes.len();
        let mut t = Tree {
            parent: Vec::with_capacity(n),
            chrome: Vec::with_capacity(n),
            strong_chrome: Vec::with_capacity(n),
            list: Vec::with_capacity(n),
            list_item: Vec::with_capacity(n),
            blocks: page.blocks.iter().map(block_facts).collect(),
            hint_id: Vec::new(),
            hint_count: 0,
        };
        // Pages repeat a few class lists over thousands of elements: read each list once.
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut verdicts: Vec<(bool, bool)> = Vec::new();
        t.hint_id.reserve(n);
        for (i, node) in page.nodes.iter().enumerate() {
            let p = node.parent as usize;
            t.parent.push((p < i).then_some(p));
            let tag = node.tag.as_str();
            let page_level = PAGE_TAGS.contains(&tag);
            let id = if node.hints.is_empty() {
                NO_HINTS
            } else {
                *ids.entry(node.hints.as_str()).or_insert_with(|| {
                    let chrome = is_chrome_hint(&node.hints);
                    verdicts.push((chrome, chrome && has_word(&node.hints, STRONG_CHROME_WORDS)));
                    verdicts.len() as u32 - 1
                })
            };
            t.hint_id.push(id);
            let (by_hint, strong_hint) = match verdicts.get(id as usize) {
                Some(&v) if !page_level => v,
                _ => (false, false),
            };
            t.chrome.push(CHROME_TAGS.contains(&tag) || by_hint);
            t.strong_chrome.push(tag == "nav" || strong_hint);
            t.list.push(LIST_TAGS.contains(&tag));
            t.list_item
                .push(matches!(tag, "li" | "dd" | "dt" | "td" | "th"));
        }
        t.hint_count = verdicts.len();
        // A figure that holds a table or a quotation is story, not an illustration's frame.
        for (i, node) in page.nodes.iter().enumerate() {
            if matches!(node.tag.as_str(), "table" | "blockquote") {
                lift_figure(page, &mut t, i);
            }
        }
        for (f, b) in t.blocks.iter_mut().zip(&page.blocks) {
            f.heading = page
                .nodes
                .get(b.node as usize)
                .is_some_and(|n| HEADING_TAGS.contains(&n.tag.as_str()));
            if f.heading {
                f.prose = false;
                f.subheading = page
                    .nodes
                    .get(b.node as usize)
                    .is_some_and(|n| n.tag != "h1");
            }
        }
        t
    }

    /// Element index of a block's node, if it is in range.
    pub fn node_of(&self, page: &Page, block: usize) -> Option<usize> {
        let node = page.blocks.get(block)?.node as usize;
        (node < self.parent.len()).then_some(node)
    }

    /// Adds each element's value into its parent: per-element values become subtree sums.
    pub fn sum_up(&self, values: &mut [f64]) {
        for i in (0..values.len().min(self.parent.len())).rev() {
            if let Some(p) = self.parent[i] {
                values[p] += values[i];
            }
        }
    }

    /// Passes a flag down: an element is marked when it or any ancestor is.
    pub fn inherit(&self, own: &[bool]) -> Vec<bool> {
        let mut out = own.to_vec();
        for i in 0..out.len().min(self.parent.len()) {
            if let Some(p) = self.parent[i] {
                out[i] |= out[p];
            }
        }
        out
    }
}

/// How far above a table or quotation its figure may sit (`figure > div > table`).
const FIGURE_REACH: usize = 3;

/// Lifts the tag's chrome verdict of the `figure` holding element `i` (within
/// [`FIGURE_REACH`]); a figure whose own hints say chrome keeps it.
fn lift_figure(page: &Page, t: &mut Tree, i: usize) {
    let mut cur = t.parent[i];
    for _ in 0..FIGURE_REACH {
        let Some(p) = cur else { return };
        let n = &page.nodes[p];
        if n.tag == "figure" {
            if !is_chrome_hint(&n.hints) {
                t.chrome[p] = false;
            }
            return;
        }
        cur = t.parent[p];
    }
}

/// How many latin letters one character of a script written without spaces is worth: a
/// Chinese or Japanese character carries about what three letters of English do, a Hangul
/// syllable about two. Lengths below are in these units, so a CJK paragraph weighs what its
/// translation would.
fn char_weight(c: char) -> u32 {
    match c as u32 {
        0x3040..=0x30FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F => 3,
        0xAC00..=0xD7AF => 2,
        _ => 1,
    }
}

/// Whether `c` is a currency sign ([`BlockFacts::prices`]).
fn money(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹')
}

/// Characters, link density and prices of a block, and whether it reads like prose.
fn block_facts(b: &crate::page::Block) -> BlockFacts {
    let text = b.text.as_str();
    // Weighted length, characters of scripts without spaces, UTF-16 units, words
    // (whitespace-separated, as `split_whitespace`) and prices, in one pass; on bytes for
    // ASCII text, the common case, where every character weighs 1 and is one unit.
    let (mut len, mut dense, mut units, mut words, mut in_word) =
        (0u32, 0usize, 0usize, 0usize, false);
    let mut prices = 0u32;
    if text.is_ascii() {
        let mut prev = b' ';
        for &c in text.as_bytes() {
            let space = matches!(c, b'\t'..=b'\r' | b' ');
            words += usize::from(!space && !in_word);
            in_word = !space;
            prices +=
                u32::from(prev == b'$' && c.is_ascii_digit() || c == b'$' && prev.is_ascii_digit());
            prev = c;
        }
        len = u32::try_from(text.len()).unwrap_or(u32::MAX);
        units = text.len();
    } else {
        let mut prev = ' ';
        for c in text.chars() {
            let w = char_weight(c);
            len += w;
            dense += usize::from(w > 1);
            units += c.len_utf16();
            let space = c.is_whitespace();
            words += usize::from(!space && !in_word);
            in_word = !space;
            prices +=
                u32::from(money(prev) && c.is_ascii_digit() || prev.is_ascii_digit() && money(c));
            prev = c;
        }
    }
    let units = units.max(1) as f32;
    let link_density = (b.link_chars as f32 / units).min(1.0);
    let sentence = b.text.trim_end().ends_with(SENTENCE_END);
    // Scripts without spaces: about two characters make a word.
    let words = words + dense / 2;
    let prose = (link_density < 0.35 || (link_density < 0.5 && len >= 100))
        && ((len >= 80 && words >= 10) || (len >= 30 && sentence && words >= 5));
    BlockFacts {
        len,
        link_density,
        prose,
        heading: false,
        subheading: false,
        prices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> BlockFacts {
        block_facts(&crate::page::Block {
            node: 0,
            text: text.into(),
            link_chars: 0,
        })
    }

    #[test]
    fn prices_are_currency_signs_next_to_digits() {
        assert_eq!(facts("Now $19.99, was 25$; save $ 5").prices, 2);
        assert_eq!(facts("Now $19.99, was 25€; save $ 5").prices, 2);
        assert_eq!(facts("We paid in dollars").prices, 0);
        assert_eq!(facts("£5 or 5£, ₹9 and ¥ 3; 7$8 $$1").prices, 6);
    }

    #[test]
    fn equal_hints_share_an_id() {
        let page = crate::page::html::page_from_html(
            "<html><body><div class=\"a b\"><p class=\"x\">One</p></div>\
             <div class=\"a b\"><p>Two</p></div></body></html>",
        );
        let t = Tree::new(&page);
        let id = |class: &str| {
            let at = page.nodes.iter().position(|n| n.hints == class);
            at.map(|i| t.hint_id[i])
        };
        assert_eq!(t.hint_count, 2);
        assert!(id("a b").is_some() && id("a b") != id("x"));
        let with_ab = page.nodes.iter().filter(|n| n.hints == "a b").count();
        assert_eq!(with_ab, 2);
        assert!(page
            .nodes
            .iter()
            .zip(&t.hint_id)
            .all(|(n, &h)| (h == NO_HINTS) == n.hints.is_empty()));
    }
}
