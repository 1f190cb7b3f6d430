//! The `Page` snapshot: what every DOM source gives the analysis.
//!
//! Takes nothing itself; the builders fill it: [`html`] from an HTML string (native, html5ever
//! writing into a light DOM of its own), [`packed`] from the packed arrays that
//! `extension/lib/snapshot.js` gathers from a live DOM in one pass, and [`text`] from plain
//! text. Gives a flat, ordered list of text [`Block`]s, each pointing at the [`Node`]
//! (element) that holds it, plus the page-level metadata (`<title>`, `<meta>`, JSON-LD,
//! `lang`).
//!
//! Both DOM builders follow the same walk (see [`rules`]), so the same markup gives the same
//! snapshot; a parity test in `tests/` checks it in a real browser.

pub mod html;
pub mod packed;
pub mod rules;
pub mod text;

use serde::Serialize;

/// Marks a node without a parent (the root element).
pub const NO_PARENT: u32 = u32::MAX;

/// An element of the page, in document order. Blocks point at these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// Index of the parent element in [`Page::nodes`], or [`NO_PARENT`].
    pub parent: u32,
    /// Lower-case tag name (`p`, `div`, `article`…).
    pub tag: String,
    /// Lower-case `class`, `id`, `role` and `itemprop` values joined by spaces: the hints that
    /// say what a container is ("entry-content", "comments", "sidebar"…).
    pub hints: String,
}

/// A run of text that belongs to one block-level element, whitespace collapsed.
///
/// A block-level element with block-level children gives one block per stretch of its own
/// text between those children.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// The element holding the text: an index into [`Page::nodes`]. In the browser the same
    /// index finds the element again (the collector keeps the element list).
    pub node: u32,
    /// The text, whitespace collapsed and trimmed; `<br>` gives `\n`.
    pub text: String,
    /// How many characters (UTF-16 code units) of `text` sit inside links.
    pub link_chars: u32,
}

/// A snapshot of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// The `<title>` text, whitespace collapsed.
    pub title: String,
    /// The `lang` attribute of `<html>`, if any.
    pub lang: Option<String>,
    /// `<meta>` pairs: key is the lower-cased `name`, `property` or `itemprop`; plus
    /// `("time", datetime)` for each `<time datetime>` in the body.
    pub meta: Vec<(String, String)>,
    /// Texts of `<script type="application/ld+json">` elements.
    pub json_ld: Vec<String>,
    /// Elements in document order.
    pub nodes: Vec<Node>,
    /// Text blocks in document order.
    pub blocks: Vec<Block>,
    /// Whether the builder stopped at a size limit (`crate::limits`): the snapshot
    /// then holds the beginning of the page only.
    pub truncated: bool,
}

impl Page {
    /// The chain of elements from `node` up to the root, `node` first.
    pub fn ancestors(&self, node: u32) -> impl Iterator<Item = (u32, &Node)> + '_ {
        let mut cur = node;
        std::iter::from_fn(move || {
            let n = self.nodes.get(cur as usize)?;
            let here = cur;
            cur = n.parent;
            Some((here, n))
        })
    }

    /// The first `meta` value for any of `keys`, in the order the keys are given.
    pub fn meta_value(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.meta
                .iter()
                .find(|(key, v)| key == k && !v.trim().is_empty())
                .map(|(_, v)| v.as_str())
        })
    }
}
