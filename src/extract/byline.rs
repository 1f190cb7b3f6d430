//! The byline written on the page, when the head says nothing about the author.
//!
//! Takes the [`Page`] and the index of the article's last block; gives the author names of
//! the first short block, before the story ends, whose element (or one of its two nearest
//! containers) is hinted as a byline or author ([`BYLINE_WORDS`]), with the "By" lead-in and
//! any trailing date or role cut off. [`clean`] tidies names from any source the same way.

use super::patterns::{
    has_word, BYLINE_LEADS, BYLINE_NOT_NAME_WORDS, BYLINE_WORDS, MONTH_WORDS, NAME_JOINERS,
    TEASER_WORDS, WEEKDAY_WORDS, WITH_WORDS,
};
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
        if in_teaser(page, *i) {
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
        .or_else(|| lead_byline(page, first, last))
}

/// How far above (and below) the story's first block an unhinted "By …" line may sit.
const LEAD_ABOVE_BLOCKS: usize = 10;
const LEAD_BELOW_BLOCKS: usize = 3;

/// A byline without any hint on its element: a short line near the story's start (or in an
/// author box just below its end) that opens with a lead-in ("By", "Written by", "Author:")
/// followed by names, or is the lead-in alone with the names in the next block
/// (`<p>Written by</p><p>Ada Morrow</p>`).
fn lead_byline(page: &Page, first: usize, last: usize) -> Option<String> {
    let n = page.blocks.len();
    let lo = first.saturating_sub(LEAD_ABOVE_BLOCKS);
    let hi = (first + LEAD_BELOW_BLOCKS).min(n);
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
        let led =
            leads().any(|l| lower.starts_with(l) && lower[l.len()..].starts_with([' ', '\u{a0}']));
        if !led {
            return None;
        }
        clean_dom(&b.text).filter(|n| looks_like_names(n))
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

/// Names without a "By" lead-in, a trailing date, role or site after a separator.
pub fn clean(raw: &str) -> Option<String> {
    let first_line = raw.lines().map(str::trim).find(|l| !l.is_empty())?;
    let mut s = first_line;
    loop {
        let lower = s.to_lowercase();
        if BYLINE_LEADS.contains(&lower.trim_end_matches(':')) {
            return None;
        }
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
        .split(['|', '\u{2022}', '\u{b7}', '—', '–'])
        .next()
        .unwrap_or_default();
    let s = s.trim().trim_end_matches([',', '-']).trim();
    (!s.is_empty() && !names_no_one(s)).then(|| s.to_string())
}

/// Words that are a byline's label, a role or a date, never a name.
const NOT_NAME_WORDS: &[&str] = &[
    "admin",
    "associate",
    "author",
    "authors",
    "by",
    "content",
    "contributing",
    "contributor",
    "editor",
    "editors",
    "history",
    "in",
    "mon",
    "on",
    "posted",
    "published",
    "re",
    "sat",
    "senior",
    "staff",
    "sun",
    "the",
    "they",
    "updated",
    "writer",
    "writers",
];

/// Whether a byline names no one: it opens with a comma (the name before it was lost), has
/// no letter, or its part before the first comma is only label, role or date words
/// ("Updated", "Contributing Writer", "Associate Editor, PCWorld").
fn names_no_one(s: &str) -> bool {
    let head = s.split(',').next().unwrap_or_default();
    s.starts_with(',')
        || !s.chars().any(char::is_alphabetic)
        || head
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| NOT_NAME_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Like [`clean`], for text read off the page: also cut at the first word that is not part
/// of a name (a date, "Follow", a handle).
pub fn clean_dom(raw: &str) -> Option<String> {
    let first_line = raw.lines().map(str::trim).find(|l| !l.is_empty())?;
    let s = name_run(&clean(after_inner_lead(first_line))?);
    (!s.is_empty()).then_some(s)
}

/// A line that names the author after other things ("on March 10, 2015 by Jane Doe",
/// "Le Monde | 04.05.2015 | Par Jane Doe"): the text from the first lead-in word followed
/// by a capitalised word. Leads that also join names ("von", "di") do not count here.
fn after_inner_lead(line: &str) -> &str {
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        return line; // byte offsets would not carry over
    }
    let mut at = 0;
    for word in line.split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        if start == 0 {
            continue;
        }
        let w = lower[start..at].trim();
        let follows = line[at..].trim_start().chars().next();
        if BYLINE_LEADS.contains(&w)
            && !NAME_JOINERS.contains(&w)
            && follows.is_some_and(char::is_uppercase)
        {
            return &line[start..];
        }
    }
    line
}

/// The leading run of name words: capitalised (or uncased) words and the small words that
/// join names ("and", "de", "van"); it stops at a date, a time, a handle or a lower-case word.
fn name_run(s: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    let all: Vec<&str> = s.split_whitespace().collect();
    for (k, &w) in all.iter().enumerate() {
        // A date glued to a name ("Nolan22 Dec 2016"): the letters are the name's end.
        if let Some(d) = w.find(|c: char| c.is_ascii_digit()).filter(|&d| d > 0) {
            let head = &w[..d];
            if head.chars().all(char::is_alphabetic)
                && head.chars().next().is_some_and(char::is_uppercase)
            {
                words.push(head);
            }
            break;
        }
        let bare = w.trim_end_matches([',', ';']);
        // Co-authors in brackets after the names: "Jane Doe (avec John Roe et Ann Poe)".
        if !words.is_empty() && bare.starts_with('(') {
            let lead = bare.trim_start_matches('(').to_lowercase();
            if WITH_WORDS.contains(&lead.as_str()) {
                let rest = all[k..].join(" ");
                if let Some(close) = rest.find(')') {
                    return format!("{} {}", words.join(" "), &rest[..=close]);
                }
            }
        }
        // A nickname or initials in brackets inside a name: "Richard (R.J.) Eskow".
        let first = bare
            .strip_prefix('(')
            .filter(|inner| inner.ends_with(')') && !words.is_empty())
            .unwrap_or(bare)
            .chars()
            .next();
        // A month name ends the names only when a date follows ("June 3", not "Laura June").
        let date_ahead = all
            .get(k + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        let lower = bare.trim_end_matches('.').to_lowercase();
        let month = MONTH_WORDS.contains(&lower.as_str());
        let name_like = first.is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
            && !bare.contains('@')
            && (!month || !date_ahead)
            && !WEEKDAY_WORDS.contains(&lower.as_str());
        // "Last Updated:": the words so far were a label, not names.
        if bare.ends_with(':') {
            words.clear();
            break;
        }
        if name_like || (!words.is_empty() && NAME_JOINERS.contains(&bare)) {
            words.push(w);
            if bare.len() != w.len() && !name_like {
                break;
            }
        } else {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| NAME_JOINERS.contains(&w.trim_end_matches([',', ';'])))
    {
        words.pop();
    }
    words
        .join(" ")
        .trim_end_matches([',', ';', '-'])
        .trim()
        .to_string()
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
    fn a_lead_in_alone_names_the_next_block_above_or_below_the_story() {
        let story = "The mill turned for two hundred years before the river moved.";
        let above = page(&["Written by", "Ada Morrow", story]);
        assert_eq!(from_blocks(&above, 2, 2).as_deref(), Some("Ada Morrow"));
        let below = page(&[story, story, "Written by Jon Vesk"]);
        assert_eq!(from_blocks(&below, 0, 1).as_deref(), Some("Jon Vesk"));
    }

    #[test]
    fn labels_and_roles_name_no_one() {
        assert_eq!(clean("Updated"), None);
        assert_eq!(clean("Contributing Writer"), None);
        assert_eq!(clean("Associate Editor, Town Herald"), None);
        assert_eq!(clean(", Town Herald"), None);
        assert_eq!(clean("1234567"), None);
        assert_eq!(
            clean("Ada Morrow, Senior Editor").as_deref(),
            Some("Ada Morrow, Senior Editor")
        );
    }

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
        assert_eq!(
            clean_dom("By Erin Cunningham March 18 at 3:57 PM Follow").as_deref(),
            Some("Erin Cunningham")
        );
        assert_eq!(
            clean_dom("Alex Perry 1 day ago").as_deref(),
            Some("Alex Perry")
        );
        assert_eq!(
            clean_dom("Dan Goodin - Apr 16, 2015").as_deref(),
            Some("Dan Goodin")
        );
        assert_eq!(
            clean_dom("Laura June Topolsky").as_deref(),
            Some("Laura June Topolsky")
        );
        assert_eq!(
            clean_dom("by Lucas Nolan22 Dec 2016651").as_deref(),
            Some("Lucas Nolan")
        );
        assert_eq!(clean_dom("Sunday, Feb 1, 2015 11:57 AM UTC"), None);
        assert_eq!(
            clean_dom("on March 10, 2015 by Nikhil Marathe").as_deref(),
            Some("Nikhil Marathe")
        );
        assert_eq!(
            clean_dom("Le Monde | 04.05.2015 | Par Jane Doe (avec John Roe et Ann Poe)").as_deref(),
            Some("Jane Doe (avec John Roe et Ann Poe)")
        );
        assert_eq!(
            clean_dom("Ursula von der Leyen").as_deref(),
            Some("Ursula von der Leyen")
        );
        assert_eq!(
            clean_dom("Richard (R.J.) Eskow").as_deref(),
            Some("Richard (R.J.) Eskow")
        );
        assert_eq!(clean_dom("Last Updated: January 7, 2025"), None);
        assert!(is_byline_hint("featurebyline"));
        assert!(!is_byline_hint("author-title"));
        assert!(looks_like_names("Jane Doe and John Roe"));
        assert!(!looks_like_names("Updated 5:27 am"));
    }
}
