//! Block choice: finds the container that holds the story, then keeps its story blocks.
//!
//! Takes a [`Page`] and its [`Tree`]; gives the indices of the article's blocks in page order.
//!
//! Each block gets a value: prose earns its length (less its linked share), anything else
//! costs its linked characters plus a small fixed toll, and blocks under page chrome count
//! nothing. The story's container is the element whose subtree sums highest — wide enough to
//! take every story paragraph, not so wide that it swallows menus and teaser lists. Elements
//! elsewhere on the page that look exactly like it (same tag and hints: a story split into
//! chunks) join it. Inside, blocks under chrome, link lists, link-heavy lines and calls to
//! action drop out, and so do the header and trailer lines before the first and after the
//! last prose block.

use super::patterns::{is_boilerplate_text, CHROME_TAGS};
use super::readerable;
use super::tree::Tree;
use crate::page::Page;
use rustc_hash::FxHashSet;

/// A teaser card's headline link is at least this long.
const CARD_MIN_HEADLINE: u32 = 10;
/// A teaser card holds at most this many prose blocks...
const CARD_MAX_PROSE: f64 = 2.0;
/// ...and at most this many characters.
const CARD_MAX_CHARS: f64 = 1000.0;
/// A container within this share of the best value is as good, and tighter.
const CLIMB_SHARE: f64 = 0.85;
/// Fixed cost of a block that is not prose (a menu item, a date, a label).
const NON_PROSE_TOLL: f64 = 10.0;
/// What the unlinked characters of a block that is not prose earn, per character.
const NON_PROSE_PLAIN: f64 = 0.3;
/// A list whose text is linked at least this much is a menu or a teaser list.
const LINK_LIST_DENSITY: f64 = 0.4;
/// A block linked at least this much is a link, not text.
const LINK_BLOCK_DENSITY: f32 = 0.5;
/// Calls to action are short.
const BOILERPLATE_MAX_LEN: u32 = 120;
/// An element holding at least this share of the page's prose is not chrome, whatever its
/// hints say (pages wrapped in one `<form>`, a `has-sidebar` layout class).
const RESCUE_SHARE: f64 = 0.5;
/// ...and at least this many prose blocks (one long copyright notice is not a story).
const RESCUE_MIN_BLOCKS: f64 = 2.0;
/// A paragraph of a story's heart has at least this many characters (a box of one-line
/// notices is not a story).
const HEART_PARAGRAPH: u32 = 80;
/// An item linked at least this much is a link and nothing else ("Home", a headline)...
const WHOLE_LINK: f32 = 0.7;
/// ...and at least this share of a menu's items are; a story's list that names a link in
/// each item ("Official site: Example Hotel") is no menu.
const LINK_LIST_WHOLE_SHARE: f64 = 0.5;
/// Items of a menu or teaser list are short; a list of long linked items is a story list.
const LINK_LIST_MAX_ITEM: f64 = 100.0;

/// Whether element `node` is an item of a list (or sits right in one): under the
/// container and outside link lists, a list's partly linked entry is one of the story's
/// (a wholly linked one, "Learn more", stays out).
fn is_list_entry(page: &Page, tree: &Tree, node: usize) -> bool {
    let li = |i: usize| page.nodes[i].tag == "li";
    li(node) || tree.parent[node].is_some_and(li)
}

/// Whether element `node` is a table cell.
fn is_cell(page: &Page, node: usize) -> bool {
    matches!(page.nodes[node].tag.as_str(), "td" | "th")
}

/// Indices of the blocks that make the article.
pub fn choose_blocks(page: &Page, tree: &Tree) -> Vec<usize> {
    choose(page, tree, None)
}

/// Why each block was left out ("" for a kept block): for the loss classes of
/// `make bench-extract`.
#[cfg(not(target_arch = "wasm32"))]
pub fn drop_reasons(page: &Page, tree: &Tree) -> Vec<String> {
    let mut why = vec!["trimmed".to_string(); page.blocks.len()];
    for i in choose(page, tree, Some(&mut why)) {
        why[i].clear();
    }
    why
}

fn choose(page: &Page, tree: &Tree, mut why: Option<&mut Vec<String>>) -> Vec<usize> {
    let n = page.nodes.len();
    if n == 0 || page.blocks.is_empty() {
        return Vec::new();
    }
    let mut chrome = resolve_chrome(page, tree);
    let cards = teaser_cards(page, tree);
    if !cards_are_content(page, tree, &chrome, &cards) {
        for (c, t) in chrome.iter_mut().zip(cards) {
            *c |= t;
        }
    }
    let in_chrome = tree.inherit(&chrome);

    // Container: the element with the highest subtree value.
    let mut value = vec![0f64; n];
    for (i, f) in tree.blocks.iter().enumerate() {
        let Some(node) = tree.node_of(page, i) else {
            continue;
        };
        if in_chrome[node] {
            continue;
        }
        let linked = f.len as f64 * f.link_density as f64;
        let plain = f.len as f64 - linked;
        value[node] += if f.prose {
            plain - linked
        } else if f.heading {
            0.0
        } else if f.link_density < LINK_BLOCK_DENSITY && is_cell(page, node) {
            // A data table's cells are short by nature: they earn their text, untolled.
            NON_PROSE_PLAIN * plain - linked
        } else {
            NON_PROSE_PLAIN * plain - linked - NON_PROSE_TOLL
        };
    }
    tree.sum_up(&mut value);
    let top = value.iter().copied().fold(0f64, f64::max);
    if top <= 0.0 {
        return fallback(page, tree, &in_chrome);
    }
    // The deepest element within reach of the top value: wrappers that add a little
    // stray prose (a copyright line) do not win over the story's own container.
    let mut depth = vec![0u32; n];
    for i in 0..n {
        if let Some(p) = tree.parent[i] {
            depth[i] = depth[p] + 1;
        }
    }
    let reach = CLIMB_SHARE * top;
    let best = (0..n)
        .filter(|&i| value[i] >= reach)
        .max_by(|&a, &b| depth[a].cmp(&depth[b]).then(value[a].total_cmp(&value[b])))
        .unwrap_or(0);
    let best = widen(page, tree, &in_chrome, best);

    // Chunks of the same story elsewhere: same tag and hints, positive value.
    let sig = &page.nodes[best];
    let mut root = vec![false; n];
    root[best] = true;
    if !sig.hints.is_empty() {
        for (j, node) in page.nodes.iter().enumerate() {
            if value[j] > 0.0 && !in_chrome[j] && node.tag == sig.tag && node.hints == sig.hints {
                root[j] = true;
            }
        }
    }
    let inside = tree.inherit(&root);

    // Chrome counted from the container down: chrome depth below the nearest root.
    let mut below_root_chrome = vec![false; n];
    let link_list = link_lists(page, tree);
    for i in 0..n {
        let from_parent = match tree.parent[i] {
            Some(p) if !root[i] => below_root_chrome[p],
            _ => false,
        };
        below_root_chrome[i] = from_parent || (!root[i] && chrome[i]) || link_list[i];
    }

    let in_link_list = why.is_some().then(|| tree.inherit(&link_list));
    let kept: Vec<usize> = (0..page.blocks.len())
        .filter(|&i| {
            let Some(node) = tree.node_of(page, i) else {
                return false;
            };
            let f = &tree.blocks[i];
            let reason = if !inside[node] {
                "outside the container"
            } else if below_root_chrome[node] {
                "chrome inside"
            } else if f.link_density >= LINK_BLOCK_DENSITY
                && (f.link_density >= WHOLE_LINK || !is_list_entry(page, tree, node))
            {
                "linked"
            } else if f.len <= BOILERPLATE_MAX_LEN && is_boilerplate_text(&page.blocks[i].text) {
                "boilerplate"
            } else {
                ""
            };
            if let Some(w) = why.as_deref_mut() {
                w[i] = match reason {
                    "" => "trimmed".into(),
                    "chrome inside" if in_link_list.as_ref().is_some_and(|l| l[node]) => {
                        "link list".into()
                    }
                    "chrome inside" => {
                        // The outermost chrome element below the container.
                        let (mut cur, mut top) = (Some(node), node);
                        while let Some(c) = cur.filter(|&c| !root[c]) {
                            if chrome[c] {
                                top = c;
                            }
                            cur = tree.parent[c];
                        }
                        let n = &page.nodes[top];
                        format!("chrome inside: {} {}", n.tag, n.hints)
                    }
                    "outside the container" if in_chrome[node] => "page chrome".into(),
                    r => r.into(),
                };
            }
            reason.is_empty()
        })
        .collect();
    trim(page, tree, kept)
}

/// A wrapper holds the container's story too when it has at least this many times its prose
/// paragraphs...
const WIDEN_SHARE: f64 = 2.0;
/// ...and at least this many more of them.
const WIDEN_MORE: f64 = 3.0;

/// The story's container, widened: a story whose link lists (a list of courses, of changes)
/// cost more than its paragraphs earn leaves only a small part of it within reach of the top
/// value, so the container climbs to each wrapper that holds many more prose paragraphs outside
/// chrome ([`WIDEN_SHARE`], [`WIDEN_MORE`]); never to the page itself (`body`, `html`).
fn widen(page: &Page, tree: &Tree, in_chrome: &[bool], best: usize) -> usize {
    // Prose under an element that its own tag or hints call chrome does not count, even where
    // it was lifted for holding most of the page's prose (a live feed in an `aside`).
    let own_chrome = tree.inherit(&tree.chrome);
    let mut count = vec![0f64; page.nodes.len()];
    for (i, f) in tree.blocks.iter().enumerate() {
        if let (Some(node), true) = (tree.node_of(page, i), f.prose) {
            if !in_chrome[node] && !own_chrome[node] {
                count[node] += 1.0;
            }
        }
    }
    tree.sum_up(&mut count);
    let (mut cur, mut up) = (best, tree.parent[best]);
    while let Some(p) = up {
        if matches!(page.nodes[p].tag.as_str(), "body" | "html") || in_chrome[p] {
            break;
        }
        if count[p] >= WIDEN_SHARE * count[cur] && count[p] >= count[cur] + WIDEN_MORE {
            cur = p;
        }
        up = tree.parent[p];
    }
    cur
}

/// Own chrome verdicts, with weak ones lifted from elements that hold most of the prose.
fn resolve_chrome(page: &Page, tree: &Tree) -> Vec<bool> {
    let n = page.nodes.len();
    let strong = tree.inherit(&tree.strong_chrome);
    let mut prose = vec![0f64; n];
    let mut count = vec![0f64; n];
    for (i, f) in tree.blocks.iter().enumerate() {
        if let (Some(node), true) = (tree.node_of(page, i), f.prose) {
            if !strong[node] {
                prose[node] += f.len as f64;
                count[node] += 1.0;
            }
        }
    }
    // The paragraph parent with the most prose: the heart of the story, wherever it is.
    let mut direct = vec![(0f64, 0f64); n];
    for i in 0..n {
        if tree.list_item[i] {
            continue;
        }
        if let Some(p) = tree.parent[i] {
            direct[p].0 += prose[i];
            direct[p].1 += count[i];
        }
    }
    let heart = (0..n)
        .filter(|&i| direct[i].1 >= RESCUE_MIN_BLOCKS)
        .max_by(|&a, &b| direct[a].0.total_cmp(&direct[b].0));
    tree.sum_up(&mut prose);
    tree.sum_up(&mut count);
    let total = (0..n)
        .filter(|&i| tree.parent[i].is_none())
        .map(|i| prose[i])
        .sum::<f64>();
    let mut chrome: Vec<bool> = (0..n)
        .map(|i| {
            let rescued = !tree.strong_chrome[i]
                && prose[i] >= RESCUE_SHARE * total
                && count[i] >= RESCUE_MIN_BLOCKS;
            tree.chrome[i] && !rescued
        })
        .collect();
    // Containers of the heart lose a chrome verdict that came from layout hints
    // ("content-with-sidebar"), not from a chrome tag or a comment hint.
    let mut cur = heart;
    while let Some(i) = cur {
        if !tree.strong_chrome[i] && !CHROME_TAGS.contains(&page.nodes[i].tag.as_str()) {
            chrome[i] = false;
        }
        cur = tree.parent[i];
    }
    chrome
}

/// Teaser cards: small elements holding a linked headline and a line or two of prose, with
/// at least one sibling card ("more stories" grids, related-post boxes).
fn teaser_cards(page: &Page, tree: &Tree) -> Vec<bool> {
    let n = page.nodes.len();
    let mut chars = vec![0f64; n];
    let mut prose = vec![0f64; n];
    let mut headlines = vec![0f64; n];
    for (i, f) in tree.blocks.iter().enumerate() {
        if let Some(node) = tree.node_of(page, i) {
            chars[node] += f.len as f64;
            prose[node] += f64::from(u8::from(f.prose));
            let linked = f.link_density >= LINK_BLOCK_DENSITY && f.len >= CARD_MIN_HEADLINE;
            headlines[node] += f64::from(u8::from(linked));
        }
    }
    tree.sum_up(&mut chars);
    tree.sum_up(&mut prose);
    tree.sum_up(&mut headlines);
    let card: Vec<bool> = (0..n)
        .map(|i| {
            tree.parent[i].is_some()
                && headlines[i] >= 1.0
                && (1.0..=CARD_MAX_PROSE).contains(&prose[i])
                && chars[i] <= CARD_MAX_CHARS
        })
        .collect();
    let mut siblings = vec![0u32; n];
    for (&is_card, parent) in card.iter().zip(&tree.parent) {
        if let (true, Some(p)) = (is_card, *parent) {
            siblings[p] += 1;
        }
    }
    // Sections of the story: elements that look exactly like a card's sibling holding the
    // story's own prose (a listicle's entries beside its intro, all `div.article__block`).
    let mut story_like: FxHashSet<(usize, &str, &str)> = FxHashSet::default();
    for i in 0..n {
        if let (false, Some(p), true) = (card[i], tree.parent[i], prose[i] >= 1.0) {
            if siblings[p] < 2 {
                continue;
            }
            story_like.insert((p, &page.nodes[i].tag, &page.nodes[i].hints));
        }
    }
    (0..n)
        .map(|i| {
            card[i]
                && tree.parent[i].is_some_and(|p| {
                    siblings[p] >= 2
                        && !story_like.contains(&(p, &page.nodes[i].tag, &page.nodes[i].hints))
                })
        })
        .collect()
}

/// Whether the teaser cards are the page itself (a front page, a list of features): outside
/// them and outside chrome there is no story for them to be teasers around — no element
/// holds two prose paragraphs ([`HEART_PARAGRAPH`]) of its own, and the prose there would not make the page
/// readerable.
fn cards_are_content(page: &Page, tree: &Tree, chrome: &[bool], cards: &[bool]) -> bool {
    let in_chrome = tree.inherit(chrome);
    let in_card = tree.inherit(cards);
    let n = page.nodes.len();
    let mut direct = vec![0f64; n];
    let (mut any_card, mut evidence) = (false, 0f64);
    for (i, f) in tree.blocks.iter().enumerate() {
        let Some(node) = tree.node_of(page, i) else {
            continue;
        };
        if !f.prose || in_chrome[node] {
            continue;
        }
        if in_card[node] {
            any_card = true;
        } else {
            evidence += readerable::evidence(f);
            if let (Some(p), true) = (tree.parent[node], f.len >= HEART_PARAGRAPH) {
                direct[p] += 1.0;
            }
        }
    }
    any_card && evidence < readerable::ENOUGH && direct.iter().all(|&c| c < RESCUE_MIN_BLOCKS)
}

/// Lists whose text is mostly links (menus, teaser lists), marked on the list element.
fn link_lists(page: &Page, tree: &Tree) -> Vec<bool> {
    let n = page.nodes.len();
    let mut chars = vec![0f64; n];
    let mut links = vec![0f64; n];
    let mut items = vec![0f64; n];
    let mut whole_links = vec![0f64; n];
    for (i, f) in tree.blocks.iter().enumerate() {
        if let Some(node) = tree.node_of(page, i) {
            chars[node] += f.len as f64;
            links[node] += f.len as f64 * f.link_density as f64;
            items[node] += 1.0;
            whole_links[node] += f64::from(u8::from(f.link_density >= WHOLE_LINK));
        }
    }
    tree.sum_up(&mut chars);
    tree.sum_up(&mut links);
    tree.sum_up(&mut items);
    tree.sum_up(&mut whole_links);
    (0..n)
        .map(|i| {
            tree.list[i]
                && chars[i] > 0.0
                && links[i] / chars[i] >= LINK_LIST_DENSITY
                && chars[i] / items[i].max(1.0) < LINK_LIST_MAX_ITEM
                && whole_links[i] >= LINK_LIST_WHOLE_SHARE * items[i]
        })
        .collect()
}

/// A page without a story-like container: every block outside chrome, links included.
fn fallback(page: &Page, tree: &Tree, in_chrome: &[bool]) -> Vec<usize> {
    (0..page.blocks.len())
        .filter(|&i| tree.node_of(page, i).is_some_and(|n| !in_chrome[n]))
        .collect()
}

/// Drops the lines before the first and after the last prose block (a data table right after
/// the last one stays), and headings that head nothing (followed by another heading or by
/// the end).
fn trim(page: &Page, tree: &Tree, kept: Vec<usize>) -> Vec<usize> {
    let first = kept.iter().position(|&i| tree.blocks[i].prose);
    let last = kept.iter().rposition(|&i| tree.blocks[i].prose);
    let (Some(first), Some(mut last)) = (first, last) else {
        // No prose at all (a stub page): what the container holds is all there is.
        return kept;
    };
    // A data table that ends the story (results, standings) is part of it.
    while kept
        .get(last + 1)
        .and_then(|&i| tree.node_of(page, i))
        .is_some_and(|node| is_cell(page, node))
    {
        last += 1;
    }
    // A sub-heading right above the first paragraph heads it (the headline itself, `h1`,
    // is the title, not text).
    let first = if first > 0 && tree.blocks[kept[first - 1]].subheading {
        first - 1
    } else {
        first
    };
    let body = &kept[first..=last];
    let mut out: Vec<usize> = Vec::with_capacity(body.len());
    for (k, &i) in body.iter().enumerate() {
        let heads_nothing = tree.blocks[i].heading
            && body
                .get(k + 1)
                .is_none_or(|&next| tree.blocks[next].heading);
        if !heads_nothing {
            out.push(i);
        }
    }
    out
}
