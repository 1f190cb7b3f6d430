//! Native DOM source: an HTML string parsed by html5ever (through `scraper`) into a [`Page`].
//!
//! Takes the page's HTML as a `&str` (already decoded, see `crate::input`); gives the same
//! snapshot the live-DOM collector gives for the same markup. The walk is iterative, so deeply
//! nested markup cannot overflow the stack.

use super::rules::{is_block, is_hidden, is_skipped, TextRun};
use super::{Block, Node, Page, NO_PARENT};
use crate::limits;
use ego_tree::iter::Edge;
use scraper::{Html, Node as DomNode};

/// One block-level element that is open during the walk.
struct Frame {
    node: u32,
    run: TextRun,
}

/// Parses `html` and builds its snapshot, within the limits of `crate::limits` (over them,
/// `Page::truncated` says so).
pub fn page_from_html(html: &str) -> Page {
    // Limits (issue 8): parse at most MAX_HTML_BYTES.
    let clipped = limits::clip_str(html, limits::MAX_HTML_BYTES);
    let doc = Html::parse_document(clipped);
    let mut page = Page {
        truncated: clipped.len() < html.len(),
        ..Page::default()
    };
    read_head(&doc, &mut page);

    let mut frames: Vec<Frame> = Vec::new();
    // Index of each open recorded element (for parents), and whether it started a frame.
    let mut open: Vec<(u32, bool, bool)> = Vec::new(); // (node, is_block, is_link)
    let mut skip_depth = 0usize;
    let mut link_depth = 0usize;

    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                DomNode::Element(el) => {
                    if skip_depth > 0 {
                        skip_depth += 1;
                        continue;
                    }
                    let tag = el.name().to_ascii_lowercase();
                    let hidden = is_hidden(
                        el.attr("hidden").is_some(),
                        el.attr("aria-hidden"),
                        el.attr("style"),
                    );
                    if is_skipped(&tag) || hidden {
                        skip_depth = 1;
                        continue;
                    }
                    let parent = open.last().map_or(NO_PARENT, |o| o.0);
                    let idx = page.nodes.len() as u32;
                    let hints = ["class", "id", "role", "itemprop"]
                        .iter()
                        .filter_map(|a| el.attr(a))
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase();
                    page.nodes.push(Node {
                        parent,
                        tag: tag.clone(),
                        hints,
                    });
                    if tag == "time" {
                        if let Some(dt) = el.attr("datetime") {
                            page.meta.push(("time".into(), dt.trim().to_string()));
                        }
                    }
                    if tag == "br" {
                        if let Some(f) = frames.last_mut() {
                            f.run.line_break();
                        }
                    }
                    let block = is_block(&tag);
                    if block {
                        flush(&mut frames, &mut page.blocks);
                        frames.push(Frame {
                            node: idx,
                            run: TextRun::default(),
                        });
                    }
                    let link = tag == "a";
                    if link {
                        link_depth += 1;
                    }
                    open.push((idx, block, link));
                }
                DomNode::Text(t) => {
                    if skip_depth == 0 {
                        if let Some(f) = frames.last_mut() {
                            f.run.push(&t.text, link_depth > 0);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(n) => {
                if !matches!(n.value(), DomNode::Element(_)) {
                    continue;
                }
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                if let Some((_, block, link)) = open.pop() {
                    if block {
                        flush(&mut frames, &mut page.blocks);
                        frames.pop();
                    }
                    if link {
                        link_depth = link_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    // Limits (issue 8): element count, text size and depth.
    limits::clip_page(&mut page);
    page
}

/// Emits the text gathered so far by the innermost open block, if any.
fn flush(frames: &mut [Frame], blocks: &mut Vec<Block>) {
    if let Some(f) = frames.last_mut() {
        if let Some((text, link_chars)) = f.run.take() {
            blocks.push(Block {
                node: f.node,
                text,
                link_chars,
            });
        }
    }
}

/// Title, `lang`, `<meta>` pairs and JSON-LD scripts.
fn read_head(doc: &Html, page: &mut Page) {
    for node in doc.tree.root().descendants() {
        let DomNode::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "html" if page.lang.is_none() => {
                page.lang = el
                    .attr("lang")
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty());
            }
            "title" if page.title.is_empty() => {
                let mut run = TextRun::default();
                for t in node.descendants().filter_map(|d| d.value().as_text()) {
                    run.push(t, false);
                }
                page.title = run.take().map(|(t, _)| t).unwrap_or_default();
            }
            "meta" => {
                let key = el
                    .attr("name")
                    .or(el.attr("property"))
                    .or(el.attr("itemprop"));
                if let (Some(k), Some(v)) = (key, el.attr("content")) {
                    page.meta
                        .push((k.trim().to_lowercase(), v.trim().to_string()));
                }
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let text: String = node
                    .descendants()
                    .filter_map(|d| d.value().as_text())
                    .map(|t| &**t)
                    .collect();
                page.json_ld.push(text);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_around_nested_blocks() {
        let page = page_from_html(
            "<html lang=en><head><title> A  title </title><meta property='og:site_name' content='Site'></head>\
             <body><div class='story'>Lead <b>bold</b><p>Para <a href=x>link</a></p>tail<script>x=1</script>\
             <span hidden>secret</span>line<br>two</div></body></html>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Lead bold", "Para link", "tailline\ntwo"]);
        assert_eq!(page.blocks[1].link_chars, 4);
        assert_eq!(page.title, "A title");
        assert_eq!(page.lang.as_deref(), Some("en"));
        assert_eq!(page.meta_value(&["og:site_name"]), Some("Site"));
        let p = &page.nodes[page.blocks[1].node as usize];
        assert_eq!(p.tag, "p");
        let parent = &page.nodes[p.parent as usize];
        assert_eq!(parent.hints, "story");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(20_000) + "deep" + &"</div>".repeat(20_000);
        let page = page_from_html(&html);
        assert_eq!(page.blocks.len(), 1);
    }
}
