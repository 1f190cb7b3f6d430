//! Size and shape limits: how much of a hostile page Lede reads, so that no input makes it
//! hang or eat memory.
//!
//! Takes a [`Page`] snapshot or an [`Article`] of any size; gives one that fits the limits
//! below, plus whether anything was dropped. A dropped part is always the *end* (news puts
//! what matters first), cut at a block boundary where one is close, else at a space, never
//! inside a character. The analysis then says `stats.truncated: true` in the JSON.
//!
//! | limit | value | what happens above it |
//! |---|---|---|
//! | [`MAX_HTML_BYTES`] | 16 MiB | the native builder parses the HTML up to there (html5ever closes what is open) |
//! | [`MAX_NODES`] | 300,000 | later elements and their text are not read |
//! | [`MAX_PAGE_TEXT_BYTES`] | 8 MiB | later blocks are not read |
//! | [`MAX_DEPTH`] | 256 | deeper elements hang off their ancestor at depth 256 (no text is lost, not truncation) |
//! | [`MAX_ARTICLE_BYTES`] | 512 KiB | the article text is analysed up to there |
//! | [`MAX_PARAGRAPH_BYTES`] | 4 KiB | a longer paragraph is analysed as several, split after a sentence end or at a space (no text is lost, not truncation) |
//!
//! The paragraph limit exists because quote attribution looks at every quote of a paragraph
//! from every other one: a run-on paragraph of thousands of quotes (a transcript, HTML read
//! as text) would otherwise cost cubic time. Real news paragraphs stay far below it.
//!
//! A long news story is 5–50 KB of text and a day-long live blog rarely passes 300 KB, so
//! real articles are analysed whole. The budgets these limits buy (release build, one core)
//! are measured by `cargo run --release --example bench-hostile`: a 10 MB text or HTML page,
//! 200,000 elements, 10,000-deep nesting and 50,000 unbalanced quote marks each finish in
//! seconds with a peak heap of a few hundred MiB at most; see the README's Reliability
//! section for the numbers.

use crate::extract::{Article, ArticleBlock};
use crate::page::{Page, NO_PARENT};

/// Most bytes of HTML parsed (native builder only; in the browser the page is already parsed).
pub const MAX_HTML_BYTES: usize = 16 << 20;
/// Most elements kept in a page snapshot.
pub const MAX_NODES: usize = 300_000;
/// Most bytes of block text kept in a page snapshot.
pub const MAX_PAGE_TEXT_BYTES: usize = 8 << 20;
/// Deepest element kept in its place; deeper ones are re-parented to depth `MAX_DEPTH`.
pub const MAX_DEPTH: usize = 256;
/// Most bytes of article text analysed (sentences, quotes, entities, summary).
pub const MAX_ARTICLE_BYTES: usize = 512 << 10;
/// Longest paragraph analysed as one; longer ones are split (see [`split_paragraphs`]).
pub const MAX_PARAGRAPH_BYTES: usize = 4 << 10;

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
pub fn clip_str(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Where to cut `text` to keep at most `max` bytes: after the last whitespace in the last
/// kilobyte before `max` if there is one, else at the char boundary.
fn cut_at_space(text: &str, max: usize) -> usize {
    let head = clip_str(text, max);
    if text[head.len()..].starts_with(char::is_whitespace) {
        return head.len();
    }
    let mut window = head.len().saturating_sub(1024);
    while !head.is_char_boundary(window) {
        window += 1;
    }
    match head[window..].rfind(char::is_whitespace) {
        Some(i) if window + i > 0 => window + i,
        _ => head.len(),
    }
}

/// Whether a snapshot already fits [`MAX_NODES`], [`MAX_PAGE_TEXT_BYTES`] and [`MAX_DEPTH`]
/// (one pass, no copy).
pub fn page_fits(page: &Page) -> bool {
    if page.nodes.len() > MAX_NODES
        || page.blocks.iter().map(|b| b.text.len()).sum::<usize>() > MAX_PAGE_TEXT_BYTES
    {
        return false;
    }
    let mut depth = vec![0usize; page.nodes.len()];
    for (i, n) in page.nodes.iter().enumerate() {
        if n.parent == NO_PARENT {
            continue;
        }
        if n.parent as usize >= i {
            return false;
        }
        depth[i] = depth[n.parent as usize] + 1;
        if depth[i] > MAX_DEPTH {
            return false;
        }
    }
    true
}

/// Fits a snapshot into [`MAX_NODES`], [`MAX_PAGE_TEXT_BYTES`] and [`MAX_DEPTH`] in place
/// (both page builders call it); returns whether any text was dropped, and sets
/// `page.truncated` if so (re-parenting deep elements drops none).
pub fn clip_page(page: &mut Page) -> bool {
    if page_fits(page) {
        return false;
    }
    let mut truncated = false;
    if page.nodes.len() > MAX_NODES {
        page.nodes.truncate(MAX_NODES);
        let before = page.blocks.len();
        page.blocks.retain(|b| (b.node as usize) < MAX_NODES);
        truncated |= page.blocks.len() != before;
        for n in &mut page.nodes {
            if n.parent != NO_PARENT && n.parent as usize >= MAX_NODES {
                n.parent = NO_PARENT;
            }
        }
    }
    let mut total = 0usize;
    let mut keep = page.blocks.len();
    for (i, b) in page.blocks.iter_mut().enumerate() {
        if total + b.text.len() > MAX_PAGE_TEXT_BYTES {
            let room = MAX_PAGE_TEXT_BYTES - total;
            keep = i;
            if room >= 1024 {
                let cut = cut_at_space(&b.text, room);
                b.text.truncate(cut);
                b.link_chars = b.link_chars.min(b.text.encode_utf16().count() as u32);
                keep = i + 1;
            }
            truncated = true;
            break;
        }
        total += b.text.len();
    }
    page.blocks.truncate(keep);
    flatten_deep(page);
    page.truncated |= truncated;
    truncated
}

/// Re-parents every element deeper than [`MAX_DEPTH`] to its ancestor at that depth, so
/// walks up the tree cost at most `MAX_DEPTH` steps. Parents come before children (both
/// builders guarantee it), so one pass in order sees each parent already placed.
fn flatten_deep(page: &mut Page) {
    let mut depth = vec![0usize; page.nodes.len()];
    for i in 0..page.nodes.len() {
        let p = page.nodes[i].parent;
        if p == NO_PARENT || p as usize >= i {
            // Root, or a parent that is not earlier (never from the builders): a new root.
            if p != NO_PARENT {
                page.nodes[i].parent = NO_PARENT;
            }
            continue;
        }
        let (p, d) = (p as usize, depth[p as usize] + 1);
        if d > MAX_DEPTH {
            page.nodes[i].parent = page.nodes[p].parent;
            depth[i] = depth[p];
        } else {
            depth[i] = d;
        }
    }
}

/// Fits an article into [`MAX_ARTICLE_BYTES`]: `None` when it already fits, else a copy cut
/// at the last block end in the second half of the budget, or inside the block that crosses
/// it (at a space).
pub fn clip_article(article: &Article) -> Option<Article> {
    clip_article_to(article, MAX_ARTICLE_BYTES)
}

/// [`clip_article`] with any budget (tests use small ones).
pub fn clip_article_to(article: &Article, max: usize) -> Option<Article> {
    if article.text.len() <= max {
        return None;
    }
    let block_end = article
        .blocks
        .iter()
        .map(|b| b.end)
        .rev()
        .find(|&e| e <= max && e >= max / 2);
    let cut = block_end.unwrap_or_else(|| cut_at_space(&article.text, max));
    let mut out = article.clone();
    out.text.truncate(cut);
    out.blocks.retain(|b| b.start < cut);
    for b in &mut out.blocks {
        b.end = b.end.min(cut);
        // A cut at a space leaves it at the block's end: blocks end on their last word.
        b.end = b.start + out.text[b.start..b.end].trim_end().len();
    }
    out.blocks.retain(|b| b.end > b.start);
    Some(out)
}

/// Splits every article block longer than [`MAX_PARAGRAPH_BYTES`] into pieces that fit,
/// for the analysis only (the output keeps the article's own blocks): `None` when none is
/// that long.
pub fn split_paragraphs(article: &Article) -> Option<Article> {
    split_paragraphs_to(article, MAX_PARAGRAPH_BYTES)
}

/// [`split_paragraphs`] with any piece size (tests use small ones).
pub fn split_paragraphs_to(article: &Article, max: usize) -> Option<Article> {
    if article.blocks.iter().all(|b| b.end - b.start <= max) {
        return None;
    }
    let mut out = article.clone();
    out.blocks.clear();
    for b in &article.blocks {
        let mut start = b.start;
        while b.end - start > max {
            let rest = &article.text[start..b.end];
            let cut = piece_end(rest, max);
            let piece = ArticleBlock {
                end: start + rest[..cut].trim_end().len(),
                start,
                ..b.clone()
            };
            out.blocks.push(piece);
            start += cut;
            start +=
                article.text[start..b.end].len() - article.text[start..b.end].trim_start().len();
        }
        if start < b.end {
            out.blocks.push(ArticleBlock { start, ..b.clone() });
        }
    }
    out.blocks.retain(|b| b.end > b.start);
    Some(out)
}

/// Closing quotes and brackets that may follow a sentence end.
const CLOSERS: [char; 9] = ['”', '’', '"', '\'', ')', '»', '」', '』', '）'];

/// Where the first piece of `text` (longer than `max`) ends: after the last sentence end in
/// the second half of `max` — `.`, `!`, `?`, `…` (and any closing quotes) before a space, or
/// a full-width `。`, `！`, `？` (and any closing quotes) before anything — else at the last
/// space, else at a char boundary. Never 0.
fn piece_end(text: &str, max: usize) -> usize {
    let head = clip_str(text, max);
    let half = head.len() / 2;
    let sentence = head
        .char_indices()
        .rev()
        .take_while(|&(i, _)| i >= half)
        .find(|&(i, c)| {
            let before = head[..i].trim_end_matches(CLOSERS);
            (c.is_whitespace() && before.ends_with(['.', '!', '?', '…']))
                || (!CLOSERS.contains(&c) && before.ends_with(['。', '！', '？']))
        })
        .map(|(i, _)| i);
    let cut = sentence.unwrap_or_else(|| cut_at_space(text, max));
    if cut == 0 {
        // Nothing fits before the first char boundary past `max`: take one char.
        text.chars()
            .next()
            .map_or(text.len(), char::len_utf8)
            .max(head.len())
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Block, Node};

    #[test]
    fn clip_str_keeps_chars_whole() {
        assert_eq!(clip_str("a😀b", 3), "a");
        assert_eq!(clip_str("a😀b", 5), "a😀");
        assert_eq!(clip_str("ab", 9), "ab");
    }

    #[test]
    fn cuts_never_split_a_char() {
        for unit in ["é", "😀", "王"] {
            let text = unit.repeat(3000);
            for max in [1000, 1001, 1002, 1003, 2049] {
                let cut = cut_at_space(&text, max);
                assert!(text.is_char_boundary(cut) && cut <= max, "{unit} {max}");
            }
        }
    }

    #[test]
    fn articles_are_cut_at_block_ends_or_spaces() {
        let art = crate::extract::article_from_text("one two\n\nthree four five\n\nsix");
        assert!(clip_article_to(&art, 100).is_none());
        assert_eq!(
            clip_article_to(&art, 20).expect("cut").text,
            "one two\n\nthree four"
        );
        let cut = clip_article_to(&art, 25).expect("cut");
        assert_eq!(cut.text, "one two\n\nthree four five");
        assert_eq!(cut.blocks.len(), 2);
        assert_eq!(clip_article_to(&art, 14).expect("cut").text, "one two");
        let cut = clip_article_to(&art, 16).expect("cut");
        assert_eq!(cut.text, "one two\n\nthree");
        assert_eq!(cut.blocks.last().map(|b| (b.start, b.end)), Some((9, 14)));
    }

    #[test]
    fn long_paragraphs_are_split_at_sentence_ends() {
        let text = "First one. Second one here. Third.\n\nShort.";
        let art = crate::extract::article_from_text(text);
        assert!(split_paragraphs_to(&art, 100).is_none());
        let split = split_paragraphs_to(&art, 20).expect("split");
        let pieces: Vec<&str> = split.blocks.iter().map(|b| &text[b.start..b.end]).collect();
        assert_eq!(
            pieces,
            ["First one.", "Second one here.", "Third.", "Short."]
        );
        let cjk = "他说：“我们不会让步。”会议在北京举行。东京的首相说。";
        let art = crate::extract::article_from_text(cjk);
        let split = split_paragraphs_to(&art, 40).expect("split");
        let pieces: Vec<&str> = split.blocks.iter().map(|b| &cjk[b.start..b.end]).collect();
        assert_eq!(
            pieces,
            [
                "他说：“我们不会让步。”",
                "会议在北京举行。",
                "东京的首相说。"
            ]
        );
        let odd = "😀".repeat(10);
        let art = crate::extract::article_from_text(&odd);
        let split = split_paragraphs_to(&art, 2).expect("split");
        assert_eq!(split.blocks.len(), 10);
    }

    #[test]
    fn deep_pages_are_flattened() {
        let mut page = Page::default();
        for i in 0..(MAX_DEPTH + 50) {
            page.nodes.push(Node {
                parent: if i == 0 { NO_PARENT } else { i as u32 - 1 },
                tag: "div".into(),
                hints: String::new(),
            });
        }
        page.blocks.push(Block {
            node: page.nodes.len() as u32 - 1,
            text: "deep".into(),
            link_chars: 0,
        });
        assert!(!clip_page(&mut page));
        let last = page.nodes.len() as u32 - 1;
        assert_eq!(page.ancestors(last).count(), MAX_DEPTH + 1);
    }
}
