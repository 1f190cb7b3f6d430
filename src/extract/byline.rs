//! The byline written on the page, when the head says nothing about the author.
//!
//! Takes the [`Page`] and the index of the article's last block; gives the author names of
//! the first short block, before the story ends, whose element (or one of its two nearest
//! containers) is hinted as a byline or author ([`BYLINE_WORDS`]), with the "By" lead-in and
//! any trailing date or role cut off (by [`clean_dom`], `byline_names.rs`, which also tidies
//! names from any source: [`clean`]).

pub use super::byline_names::{clean, clean_dom};
use super::byline_names::{is_bare_name, looks_like_names, REVIEWER_LEADS};
use super::patterns::{has_word, BYLINE_LEADS, BYLINE_NOT_NAME_WORDS, BYLINE_WORDS, TEASER_WORDS};
use crate::page::Page;

/// A byline is short.
const MAX_LEN: usize = 100;
/// A block may be longer when the names open it (an author box: names, then a role, a bio
/// or links); only the names are taken.
const MAX_BLOCK_LEN: usize = 300;
/// How many containers above a block may carry the byline hint.
const HINT_LEVELS: usize = 3;
/// How many blocks after the story's last one an author line may sit.
const AFTER_BLOCKS: usize = 5;
/// How many blocks below a byline element may hold its text.
const BELOW_BLOCKS: usize = 4;

/// Names from the page's byline element: the last one at or before block `first` (bylines
/// sit above the story), else the first one up to block `last`, else the first one just
/// after the story (an author line below it), outside comment sections.
pub fn from_blocks(page: &Page, first: usize, last: usize) -> Option<String> {
    let flagged = hinted_blocks(page);
    let names = |i: &usize| {
        if in_teaser(page, *i) || by_reviewer(page, *i) {
            return None;
        }
        let b = page.blocks.get(*i)?;
        let len = b.text.chars().count();
        if !(3..=MAX_BLOCK_LEN).contains(&len) {
            return None;
        }
        clean_dom(&b.text).filter(|n| n.chars().count() <= MAX_LEN && looks_like_names(n))
    };
    let before = flagged
        .iter()
        .filter(|&&i| i <= first)
        .rev()
        .find_map(names);
    before
        .or_else(|| {
            flagged
                .iter()
                .filter(|&&i| i > first && i <= last)
                .find_map(names)
        })
        .or_else(|| {
            flagged
                .iter()
                .filter(|&&i| i > last && i <= last + AFTER_BLOCKS)
                .filter(|&&i| !in_comments(page, i))
                .find_map(names)
        })
        .or_else(|| lead_byline(page, first, last, LEAD_ABOVE_BLOCKS, LEAD_BELOW_BLOCKS))
        .or_else(|| lead_byline(page, first, last, FAR_ABOVE_BLOCKS, FAR_BELOW_BLOCKS))
}

/// Whether block `i` follows a reviewer's lead-in standing alone ([`REVIEWER_LEADS`]; a
/// line that opens with one names no author: [`clean_dom`]).
/// Invented example: `<div class="author">Fact checked by</div><div class="editor-name">Bo
/// Li</div>`: "Bo Li" checked the story and did not write it.
fn by_reviewer(page: &Page, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|j| page.blocks.get(j))
        .is_some_and(|b| {
            let lower = b.text.trim().to_lowercase();
            REVIEWER_LEADS.contains(&lower.trim_end_matches(':').trim_end())
        })
}

/// How many blocks below the story's headline a "By …" or "Written by" line may sit.
const BELOW_HEADLINE: usize = 12;

/// A "By …" line (or a "Written by:" label and the names after it) just below the story's
/// headline (block `h1`), when the text chosen as the story starts far below it (a table or
/// a summary box first).
/// Invented example: `<h1>Ten car rentals</h1><div>Written By:</div><div>Ada Morrow</div>`,
/// then forty blocks of a comparison table, gives "Ada Morrow".
pub fn below_headline(page: &Page, h1: usize) -> Option<String> {
    lead_byline(page, h1, h1, 0, BELOW_HEADLINE)
}

/// How far above (and below) the story's first block an unhinted "By …" line may sit.
const LEAD_ABOVE_BLOCKS: usize = 10;
const LEAD_BELOW_BLOCKS: usize = 3;
/// The wider window tried when the near one holds no byline: a hero header far above the
/// chosen story, or a "By …" line a few paragraphs in.
/// Invented example: `<header>…<span>By</span> <span>Ada Morrow</span></header>`, twenty
/// blocks of menus and teasers above the story, gives "Ada Morrow".
const FAR_ABOVE_BLOCKS: usize = 40;
const FAR_BELOW_BLOCKS: usize = 12;

/// A byline without any hint on its element: a short line near the story's start (or in an
/// author box just below its end) that opens with a lead-in ("By", "Written by", "Author:")
/// followed by names, or is the lead-in alone with the names in the next block
/// (`<p>Written by</p><p>Ada Morrow</p>`).
fn lead_byline(
    page: &Page,
    first: usize,
    last: usize,
    above: usize,
    below_first: usize,
) -> Option<String> {
    let n = page.blocks.len();
    let lo = first.saturating_sub(above);
    let hi = (first + below_first).min(n);
    let below = last.saturating_add(1).min(n)..last.saturating_add(1 + AFTER_BLOCKS).min(n);
    let leads = || BYLINE_LEADS.iter().chain(&["author:", "authored by"]);
    (lo..hi).chain(below).find_map(|i| {
        let b = &page.blocks[i];
        if b.text.chars().count() > MAX_LEN || in_teaser(page, i) || in_comments(page, i) {
            return None;
        }
        let lower = b.text.to_lowercase();
        let alone = lower.trim().trim_end_matches(':').trim_end();
        if leads().any(|l| l.trim_end_matches(':') == alone) {
            let next = page.blocks.get(i + 1)?;
            return (next.text.chars().count() <= MAX_LEN)
                .then(|| clean_dom(&next.text))
                .flatten()
                .filter(|n| looks_like_names(n));
        }
        let led = leads()
            .any(|l| lower.starts_with(l) && lower[l.len()..].starts_with([' ', '\u{a0}', ':']));
        if !led {
            return None;
        }
        clean_dom(&b.text).filter(|n| looks_like_names(n))
    })
}

/// How far before the story's dateline a bare name line may sit (past a role or a label
/// line).
const BESIDE_BEFORE: usize = 3;
/// A bare name line beside the story's dateline (block `date`): the nearest block just after
/// it or up to [`BESIDE_BEFORE`] blocks before it (past a role line or an "Updated" label)
/// that is two or three capitalised words and nothing else ([`is_bare_name`]), not a
/// heading, not in a teaser box; or the date's own line when it goes on "by …". Sites set the author's name and the date
/// side by side under the headline with no "By" and no hint on the element.
/// Invented example: `<h1>Seven ways the mill kept turning</h1><p>Elliot Roe</p>
/// <p>23.07.2025</p>` gives "Elliot Roe".
pub fn beside_date(page: &Page, date: usize) -> Option<String> {
    let heading = |i: usize| {
        page.blocks
            .get(i)
            .and_then(|b| page.nodes.get(b.node as usize))
            .is_some_and(|n| matches!(n.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
    };
    // Back from the date no farther than the headline.
    let back = (1..=BESIDE_BEFORE)
        .filter_map(|k| date.checked_sub(k))
        .take_while(|&i| !heading(i));
    // "Published August 7, 2023 by Ada Morrow" names the author in the date's own line;
    // "Last updated … by Ada Morrow" (a documentation footer) names the last editor.
    let own = page.blocks.get(date).map(|b| b.text.as_str()).filter(|t| {
        let lower = t.to_lowercase();
        t.len() <= MAX_LEN
            && lower.contains(" by ")
            && !lower.contains("updated")
            && !lower.contains("modified")
    });
    if let Some(n) = own.and_then(clean_dom).filter(|n| looks_like_names(n)) {
        return Some(n);
    }
    std::iter::once(date + 1)
        .filter(|&i| !heading(i))
        .chain(back)
        .filter(|&i| !in_teaser(page, i))
        .find_map(|i| {
            let b = page.blocks.get(i)?;
            let t = b.text.trim();
            if t.len() <= MAX_LEN && t.to_lowercase().starts_with("by ") {
                return clean_dom(t).filter(|n| looks_like_names(n));
            }
            is_bare_name(t).then(|| t.to_string())
        })
}

/// Whether block `i` sits inside a comment section.
fn in_comments(page: &Page, i: usize) -> bool {
    page.blocks.get(i).is_some_and(|b| {
        page.ancestors(b.node)
            .any(|(_, n)| n.hints.contains("comment"))
    })
}

/// Whether block `i` sits in a box of links to other stories ("related", "teaser"), whose
/// bylines belong to those stories. (An `<aside>` alone is not enough: inside an article it
/// often holds the article's own byline and date.)
fn in_teaser(page: &Page, i: usize) -> bool {
    page.blocks.get(i).is_some_and(|b| {
        page.ancestors(b.node)
            .any(|(_, n)| has_word(&n.hints, TEASER_WORDS))
    })
}

/// Blocks, in order, whose element or a close container is hinted as a byline, or that hold
/// an inline element hinted so (`<span class="author">` inside a `<p>`).
fn hinted_blocks(page: &Page) -> Vec<usize> {
    let n = page.nodes.len();
    // Each element's blocks, in order. A block container split by nested blocks has several;
    // an inline element's text is in the first of them after every block of the elements
    // before it in the container.
    let mut blocks_of: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (b, block) in page.blocks.iter().enumerate() {
        if let Some(list) = blocks_of.get_mut(block.node as usize) {
            list.push(b);
        }
    }
    // First block at or after each element, by a backward pass.
    let mut next_block = vec![usize::MAX; n + 1];
    for i in (0..n).rev() {
        next_block[i] = blocks_of[i].first().copied().unwrap_or(next_block[i + 1]);
    }
    let mut sweep = BlocksBefore::new(page, &blocks_of);
    let mut flagged = vec![false; page.blocks.len()];
    for (i, node) in page.nodes.iter().enumerate() {
        sweep.visit(i);
        if !is_byline_hint(&node.hints) {
            continue;
        }
        // The block that holds this element's text: its own, or its nearest block container's.
        if let Some(b) = page
            .ancestors(i as u32)
            .take(HINT_LEVELS)
            .find_map(|(a, _)| {
                let list = blocks_of.get(a as usize)?;
                let before = sweep.last_block_inside(a as usize);
                list.iter().copied().find(|&b| before.is_none_or(|m| b > m))
            })
        {
            flagged[b] = true;
        }
        // Blocks of block elements just below it ("<div class=byline><p>By …</p></div>").
        let start = next_block[i];
        for (b, block) in page
            .blocks
            .iter()
            .enumerate()
            .skip(start)
            .take(BELOW_BLOCKS)
        {
            let mut below = false;
            let mut not_name = false;
            for (a, n) in page.ancestors(block.node).take(HINT_LEVELS) {
                if a as usize == i {
                    below = true;
                    break;
                }
                not_name |= has_word(&n.hints, BYLINE_NOT_NAME_WORDS);
            }
            if !below {
                break;
            }
            flagged[b] |= !not_name;
        }
    }
    (0..flagged.len()).filter(|&b| flagged[b]).collect()
}

/// A preorder sweep over the elements that knows, for each open element, the last block of
/// its descendants visited so far: the blocks that come before the current element's text.
struct BlocksBefore<'a> {
    page: &'a Page,
    /// Open elements (the current element's ancestors), each with the last block seen in its
    /// closed descendants.
    open: Vec<(usize, Option<usize>)>,
    /// Last block of each element.
    last: Vec<Option<usize>>,
}

impl<'a> BlocksBefore<'a> {
    fn new(page: &'a Page, blocks_of: &[Vec<usize>]) -> Self {
        let last = blocks_of.iter().map(|l| l.last().copied()).collect();
        Self {
            page,
            open: Vec::new(),
            last,
        }
    }

    /// Moves to element `i` (elements are visited in document order).
    fn visit(&mut self, i: usize) {
        let parent = self.page.nodes[i].parent;
        while let Some(&(top, seen)) = self.open.last() {
            if top as u32 == parent {
                break;
            }
            self.open.pop();
            let own = self.last.get(top).copied().flatten();
            if let Some(up) = self.open.last_mut() {
                up.1 = up.1.max(seen).max(own);
            }
        }
        self.open.push((i, None));
    }

    /// The last block inside open element `a` that comes before the current element.
    fn last_block_inside(&self, a: usize) -> Option<usize> {
        let from = self.open.iter().rposition(|&(x, _)| x == a)?;
        self.open[from..].iter().filter_map(|&(_, seen)| seen).max()
    }
}

/// Hints of a byline element: a byline word ("byline", "author"; also inside a compound
/// such as "featurebyline"), not in comments, and not the role, bio or photo part of an
/// author box.
fn is_byline_hint(hints: &str) -> bool {
    (has_word(hints, BYLINE_WORDS) || hints.contains("byline"))
        && !hints.contains("comment")
        && !has_word(hints, BYLINE_NOT_NAME_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(blocks: &[&str]) -> Page {
        use crate::page::{Block, Node, NO_PARENT};
        let mut p = Page::default();
        p.nodes.push(Node {
            parent: NO_PARENT,
            tag: "body".into(),
            hints: String::new(),
        });
        for t in blocks {
            p.nodes.push(Node {
                parent: 0,
                tag: "p".into(),
                hints: String::new(),
            });
            p.blocks.push(Block {
                node: p.nodes.len() as u32 - 1,
                text: t.to_string(),
                link_chars: 0,
            });
        }
        p
    }

    #[test]
    fn a_reviewer_is_not_the_author() {
        let p = page(&[
            "By Ada Morrow",
            "Fact checked by",
            "Bo Li",
            "Reviewed by Cy Ng",
        ]);
        assert!(!by_reviewer(&p, 1));
        assert!(by_reviewer(&p, 2));
        // A line that opens with a reviewer's lead-in names no author.
        assert_eq!(clean_dom(&p.blocks[3].text), None);
    }

    #[test]
    fn byline_hints() {
        assert!(is_byline_hint("featurebyline"));
        assert!(!is_byline_hint("author-title"));
    }

    #[test]
    fn a_bare_name_beside_the_dateline_is_the_byline() {
        let story = "The mill turned for two hundred years before the river moved.";
        let p = page(&[
            "Seven ways the mill kept turning",
            "Elliot Roe",
            "23.07.2025",
            story,
        ]);
        assert_eq!(beside_date(&p, 2).as_deref(), Some("Elliot Roe"));
        let own = page(&[
            "Filed Under Mills",
            "Published August 7, 2023 by Ada Morrow",
            story,
        ]);
        assert_eq!(beside_date(&own, 1).as_deref(), Some("Ada Morrow"));
        let edit = page(&[
            "Install the mill",
            "Last updated on Oct 1, 2025 by Ada Morrow",
        ]);
        assert_eq!(beside_date(&edit, 1), None);
        let none = page(&["Table Of Contents", "23.07.2025", story]);
        assert_eq!(beside_date(&none, 1), None);
    }

    #[test]
    fn a_written_by_label_below_the_headline_names_the_author() {
        let p = page(&[
            "Ten car rentals",
            "Written By:",
            "Ada Morrow",
            "A table cell",
        ]);
        assert_eq!(below_headline(&p, 0).as_deref(), Some("Ada Morrow"));
    }

    #[test]
    fn a_lead_in_alone_names_the_next_block_above_or_below_the_story() {
        let story = "The mill turned for two hundred years before the river moved.";
        let above = page(&["Written by", "Ada Morrow", story]);
        assert_eq!(from_blocks(&above, 2, 2).as_deref(), Some("Ada Morrow"));
        let below = page(&[story, story, "Written by Jon Vesk"]);
        assert_eq!(from_blocks(&below, 0, 1).as_deref(), Some("Jon Vesk"));
    }
}
