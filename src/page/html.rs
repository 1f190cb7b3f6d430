//! Native DOM source: an HTML string parsed by html5ever into a [`Page`].
//!
//! Takes the page's HTML as a `&str` (already decoded, see `crate::input`); gives the same
//! snapshot the live-DOM collector gives for the same markup. html5ever's tree builder writes
//! into a light DOM ([`dom`]) that keeps only what the walk reads; the walk is iterative, so
//! deeply nested markup cannot overflow the stack.

mod dom;

use super::rules::{is_hidden, is_streamed_segment, TextRun};
use super::{Block, Node, Page, NO_PARENT};
use crate::limits;
use dom::{Attr, Data, Dom, Edge};
use html5ever::local_name;

/// One block-level element that is open during the walk.
struct Frame {
    node: u32,
    run: TextRun,
}

/// Parses `html` and builds its snapshot, within the limits of `crate::limits` (over them,
/// `Page::truncated` says so).
pub fn page_from_html(html: &str) -> Page {
    // Limits (src/limits.rs): parse at most MAX_HTML_BYTES.
    let clipped = limits::clip_str(html, limits::MAX_HTML_BYTES);
    let dom = Dom::parse(clipped);
    let mut page = Page {
        truncated: clipped.len() < html.len(),
        ..Page::default()
    };
    read_head(&dom, &mut page);

    let mut frames: Vec<Frame> = Vec::new();
    // Index of each open recorded element (for parents), and whether it started a frame.
    let mut open: Vec<(u32, bool, bool)> = Vec::new(); // (node, is_block, is_link)
    let mut skip_depth = 0usize;
    let mut link_depth = 0usize;

    dom.walk(0, |edge| match edge {
        Edge::Open(id) => match &dom.nodes[id as usize].data {
            Data::Element(el) => {
                if skip_depth > 0 {
                    skip_depth += 1;
                    return;
                }
                let tag: String = str::to_ascii_lowercase(&el.name.local);
                let hidden = is_hidden(
                    el.attr(Attr::Hidden).is_some() && !is_streamed_segment(el.attr(Attr::Id)),
                    el.attr(Attr::AriaHidden),
                    el.attr(Attr::Style),
                );
                let (block, skipped) = tag_class(&tag);
                if skipped || hidden {
                    skip_depth = 1;
                    return;
                }
                let parent = open.last().map_or(NO_PARENT, |o| o.0);
                let idx = page.nodes.len() as u32;
                // The values present, joined by spaces (empty ones too), lower-cased.
                let mut hints = String::new();
                let mut first = true;
                for a in [Attr::Class, Attr::Id, Attr::Role, Attr::Itemprop] {
                    if let Some(v) = el.attr(a) {
                        if !first {
                            hints.push(' ');
                        }
                        first = false;
                        hints.push_str(v);
                    }
                }
                if hints.is_ascii() {
                    hints.make_ascii_lowercase();
                } else {
                    hints = hints.to_lowercase();
                }
                if tag == "time" {
                    if let Some(dt) = el.attr(Attr::Datetime) {
                        page.meta.push(("time".into(), dt.trim().to_string()));
                    }
                }
                if tag == "br" {
                    if let Some(f) = frames.last_mut() {
                        f.run.line_break();
                    }
                }
                let link = tag == "a";
                page.nodes.push(Node { parent, tag, hints });
                if block {
                    flush(&mut frames, &mut page.blocks);
                    frames.push(Frame {
                        node: idx,
                        run: TextRun::default(),
                    });
                }
                if link {
                    link_depth += 1;
                }
                open.push((idx, block, link));
            }
            Data::Text(t) if skip_depth == 0 => {
                if let Some(f) = frames.last_mut() {
                    f.run.push(t, link_depth > 0);
                }
            }
            _ => {}
        },
        Edge::Close(id) => {
            if !matches!(dom.nodes[id as usize].data, Data::Element(_)) {
                return;
            }
            if skip_depth > 0 {
                skip_depth -= 1;
                return;
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
    });
    dom.recycle();
    // Limits (src/limits.rs): element count, text size and depth.
    limits::clip_page(&mut page);
    page
}

/// `(rules::is_block(tag), rules::is_skipped(tag))`, by one `match` instead of two binary
/// searches (a test keeps it in step with the tables of `rules`).
fn tag_class(tag: &str) -> (bool, bool) {
    match tag {
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center" | "dd"
        | "details" | "dialog" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup"
        | "hr" | "html" | "li" | "main" | "menu" | "nav" | "ol" | "p" | "pre" | "section"
        | "summary" | "table" | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr" | "ul" => {
            (true, false)
        }
        "audio" | "button" | "canvas" | "datalist" | "embed" | "head" | "iframe" | "input"
        | "link" | "map" | "math" | "meta" | "noscript" | "object" | "option" | "script"
        | "select" | "style" | "svg" | "template" | "textarea" | "title" | "video" => (false, true),
        _ => (false, tag.starts_with("lede-")),
    }
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

/// Title, `lang`, `<meta>` pairs and JSON-LD scripts, from every element of the document (in
/// document order, template contents included).
fn read_head(dom: &Dom, page: &mut Page) {
    dom.walk(0, |edge| {
        let Edge::Open(id) = edge else {
            return;
        };
        let Data::Element(el) = &dom.nodes[id as usize].data else {
            return;
        };
        // Names compared as atoms (one integer compare each).
        let local = &el.name.local;
        match () {
            _ if *local == local_name!("html") && page.lang.is_none() => {
                page.lang = el
                    .attr(Attr::Lang)
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty());
            }
            _ if *local == local_name!("title") && page.title.is_empty() => {
                let mut run = TextRun::default();
                dom.texts_below(id, |t| run.push(t, false));
                page.title = run.take().map(|(t, _)| t).unwrap_or_default();
            }
            _ if *local == local_name!("meta") => {
                let key = el
                    .attr(Attr::Name)
                    .or(el.attr(Attr::Property))
                    .or(el.attr(Attr::Itemprop));
                if let (Some(k), Some(v)) = (key, el.attr(Attr::Content)) {
                    page.meta
                        .push((k.trim().to_lowercase(), v.trim().to_string()));
                }
            }
            _ if *local == local_name!("script")
                && el
                    .attr(Attr::Type)
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let mut text = String::new();
                dom.texts_below(id, |t| text.push_str(t));
                page.json_ld.push(text);
            }
            _ => {}
        }
    });
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
    fn tag_class_follows_the_rules_tables() {
        use crate::page::rules::{is_block, is_skipped, BLOCK_TAGS, SKIP_TAGS};
        let others = [
            "a",
            "b",
            "i",
            "span",
            "img",
            "br",
            "time",
            "x",
            "lede-mark",
            "lede",
            "",
            "sectio",
            "divs",
            "H1",
            "foreignobject",
            "annotation-xml",
            "tt",
            "q",
            "s",
            "u",
        ];
        for t in BLOCK_TAGS.iter().chain(SKIP_TAGS).chain(&others) {
            assert_eq!(tag_class(t), (is_block(t), is_skipped(t)), "{t}");
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(20_000) + "deep" + &"</div>".repeat(20_000);
        let page = page_from_html(&html);
        assert_eq!(page.blocks.len(), 1);
    }
}
