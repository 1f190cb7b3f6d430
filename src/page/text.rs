//! Plain-text source: paragraphs split on blank lines become blocks of a flat page.
//!
//! Takes the text as given; gives a [`Page`] whose blocks are its paragraphs (inner line
//! breaks kept as they are), each under one `p` node of a single `body`, so the same
//! analysis runs on text as on HTML. The article text of a text input is the input itself:
//! see `crate::extract::article_from_text`.

use super::{Block, Node, Page, NO_PARENT};

/// Byte ranges of the paragraphs of `text`: runs of lines separated by blank lines,
/// trimmed of surrounding whitespace.
pub fn paragraph_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0usize;
    let mut pos = 0usize;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

/// Builds a page from plain text.
pub fn page_from_text(text: &str) -> Page {
    let mut page = Page::default();
    page.nodes.push(Node {
        parent: NO_PARENT,
        tag: "body".into(),
        hints: String::new(),
    });
    for (s, e) in paragraph_ranges(text) {
        let node = page.nodes.len() as u32;
        page.nodes.push(Node {
            parent: 0,
            tag: "p".into(),
            hints: String::new(),
        });
        page.blocks.push(Block {
            node,
            text: text[s..e].to_string(),
            link_chars: 0,
        });
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_blank_lines() {
        let t = "  Title line\n\nFirst para\nstill first.\n \n\nSecond.\n";
        let page = page_from_text(t);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title line", "First para\nstill first.", "Second."]);
        assert!(page_from_text("\n \n").blocks.is_empty());
    }
}
