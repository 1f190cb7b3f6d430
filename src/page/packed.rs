//! Live-DOM source: decodes the packed snapshot that `extension/lib/snapshot.js` gathers in
//! one pass over the page, so the whole page crosses the JS↔WASM boundary once.
//!
//! Takes [`Packed`] (a few strings and integer arrays, lengths in UTF-16 code units); gives a
//! [`Page`], or [`PackedError`] when the arrays do not fit together.

use super::{Block, Node, Page};

/// Separates the fields of one item (`tag` and `hints`, meta key and value).
pub const SEP_FIELD: char = '\u{1f}';
/// Separates items.
pub const SEP_ITEM: char = '\u{1e}';

/// The snapshot as the collector packs it.
#[derive(Debug, Clone, Default)]
pub struct Packed {
    /// `<title>` text.
    pub title: String,
    /// `lang` of `<html>`, empty when absent.
    pub lang: String,
    /// Meta pairs (`key\x1fvalue`) joined by `\x1e`, then `\x1e\x1e`, then JSON-LD texts
    /// joined by `\x1e`.
    pub head: String,
    /// `tag\x1fhints` per element, joined by `\x1e`.
    pub nodes: String,
    /// Parent index per element (`u32::MAX` for the root).
    pub parents: Vec<u32>,
    /// All block texts, concatenated.
    pub text: String,
    /// `[node, length in UTF-16 code units, link chars]` per block.
    pub blocks: Vec<u32>,
}

/// The packed arrays disagree with each other.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("malformed page snapshot: {0}")]
pub struct PackedError(pub &'static str);

/// Decodes a packed snapshot.
pub fn page_from_packed(p: &Packed) -> Result<Page, PackedError> {
    let mut page = Page {
        title: p.title.clone(),
        lang: Some(p.lang.trim().to_string()).filter(|l| !l.is_empty()),
        ..Page::default()
    };
    let (meta, json_ld) = p
        .head
        .split_once("\u{1e}\u{1e}")
        .unwrap_or((p.head.as_str(), ""));
    for item in meta.split(SEP_ITEM).filter(|s| !s.is_empty()) {
        let (k, v) = item
            .split_once(SEP_FIELD)
            .ok_or(PackedError("meta item without a value"))?;
        page.meta.push((k.to_string(), v.to_string()));
    }
    page.json_ld = json_ld
        .split(SEP_ITEM)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();

    if !p.nodes.is_empty() {
        for (i, item) in p.nodes.split(SEP_ITEM).enumerate() {
            let (tag, hints) = item
                .split_once(SEP_FIELD)
                .ok_or(PackedError("node without hints"))?;
            let parent = *p
                .parents
                .get(i)
                .ok_or(PackedError("fewer parents than nodes"))?;
            if parent != super::NO_PARENT && parent as usize >= i {
                return Err(PackedError("parent after child"));
            }
            page.nodes.push(Node {
                parent,
                tag: tag.to_string(),
                hints: hints.to_string(),
            });
        }
    }
    if page.nodes.len() != p.parents.len() {
        return Err(PackedError("more parents than nodes"));
    }
    if !p.blocks.len().is_multiple_of(3) {
        return Err(PackedError("block array is not in triples"));
    }

    // Each block's text is the next `len` UTF-16 units of `text`: found by walking the
    // characters, then copied as one slice.
    let mut at = 0usize;
    for triple in p.blocks.chunks_exact(3) {
        let (node, len, link_chars) = (triple[0], triple[1] as usize, triple[2]);
        if node as usize >= page.nodes.len() {
            return Err(PackedError("block points past the node list"));
        }
        let rest = &p.text[at..];
        let mut units = 0usize;
        let mut end = 0usize;
        let mut chars = rest.chars();
        while units < len {
            let c = chars
                .next()
                .ok_or(PackedError("block lengths exceed the text"))?;
            units += c.len_utf16();
            end += c.len_utf8();
        }
        if units != len {
            return Err(PackedError("block length splits a surrogate pair"));
        }
        page.blocks.push(Block {
            node,
            text: rest[..end].to_string(),
            link_chars,
        });
        at += end;
    }
    if at < p.text.len() {
        return Err(PackedError("text left over after the last block"));
    }
    // Limits (src/limits.rs): element count, text size and depth, as for the native builder.
    crate::limits::clip_page(&mut page);
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Packed {
        Packed {
            title: "T".into(),
            lang: "en".into(),
            head: "og:title\u{1f}Hi\u{1e}time\u{1f}2020\u{1e}\u{1e}{\"a\":1}".into(),
            nodes: "html\u{1f}\u{1e}body\u{1f}\u{1e}p\u{1f}lead x".into(),
            parents: vec![u32::MAX, 0, 1],
            text: "Héllo 😀wörld".into(),
            blocks: vec![2, 8, 0, 1, 5, 0],
        }
    }

    #[test]
    fn decodes_a_snapshot() {
        let page = page_from_packed(&sample()).expect("valid");
        assert_eq!(page.blocks[0].text, "Héllo 😀");
        assert_eq!(page.blocks[1].text, "wörld");
        assert_eq!(page.meta_value(&["time"]), Some("2020"));
        assert_eq!(page.json_ld, vec!["{\"a\":1}".to_string()]);
        assert_eq!(page.nodes[2].hints, "lead x");
    }

    #[test]
    fn rejects_inconsistent_arrays() {
        let mut p = sample();
        p.blocks = vec![2, 99, 0];
        assert!(page_from_packed(&p).is_err());
        let mut p = sample();
        p.blocks = vec![2, 7, 0, 1, 6, 0];
        assert_eq!(
            page_from_packed(&p),
            Err(PackedError("block length splits a surrogate pair"))
        );
        let mut p = sample();
        p.blocks = vec![2, 8, 0, 1, 4, 0];
        assert_eq!(
            page_from_packed(&p),
            Err(PackedError("text left over after the last block"))
        );
        let mut p = sample();
        p.parents = vec![u32::MAX, 5, 1];
        assert!(page_from_packed(&p).is_err());
    }
}
