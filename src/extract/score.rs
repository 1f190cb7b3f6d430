//! Block choice: scores containers by the paragraph text they hold and keeps the blocks of
//! the best one, minus boilerplate (comments, share bars, related links).
//!
//! Takes a [`Page`]; gives the indices of the article's blocks in page order, and the
//! readerable verdict.

use crate::page::Page;

/// Container hints that mark page chrome rather than story.
const NEGATIVE_HINTS: &[&str] = &[
    "comment",
    "respond",
    "reply",
    "sidebar",
    "widget",
    "footer",
    "menu",
    "nav",
    "related",
    "share",
    "social",
    "newsletter",
    "promo",
    "advert",
    "cookie",
    "banner",
    "popular",
    "most-read",
    "subscribe",
    "breadcrumb",
    "masthead",
    "site-header",
];
/// Container hints that mark the story.
const POSITIVE_HINTS: &[&str] = &[
    "article", "entry", "story", "content", "post", "body", "main", "text",
];
/// Tags whose whole subtree is page chrome.
const CHROME_TAGS: &[&str] = &["nav", "footer", "aside", "form"];

fn hint_score(hints: &str) -> i32 {
    let neg = NEGATIVE_HINTS.iter().any(|h| hints.contains(h));
    let pos = POSITIVE_HINTS.iter().any(|h| hints.contains(h));
    match (neg, pos) {
        (true, _) => -1,
        (false, true) => 1,
        _ => 0,
    }
}

/// True when the block sits inside chrome: a chrome tag or a container hinted as chrome.
fn in_chrome(page: &Page, node: u32) -> bool {
    page.ancestors(node)
        .any(|(_, n)| CHROME_TAGS.contains(&n.tag.as_str()) || hint_score(&n.hints) < 0)
}

fn link_density(text: &str, link_chars: u32) -> f32 {
    let len = text.encode_utf16().count().max(1) as f32;
    link_chars as f32 / len
}

/// Indices of the blocks that make the article.
pub fn choose_blocks(page: &Page) -> Vec<usize> {
    let mut scores = vec![0f32; page.nodes.len()];
    for b in &page.blocks {
        let len = b.text.chars().count();
        if len < 25 || link_density(&b.text, b.link_chars) > 0.5 || in_chrome(page, b.node) {
            continue;
        }
        let commas = b.text.matches([',', '，']).count() as f32;
        let value = 1.0 + commas + (len as f32 / 100.0).min(3.0);
        // The block's own element, its parent and grandparent share the credit.
        for (depth, (idx, node)) in page.ancestors(b.node).take(3).enumerate() {
            let bonus = 1.0 + 0.25 * hint_score(&node.hints) as f32;
            scores[idx as usize] += value * bonus / (depth as f32 + 1.0);
        }
    }
    let Some(best) = (0..scores.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b])) else {
        return Vec::new();
    };
    if scores[best] <= 0.0 {
        return Vec::new();
    }
    let best = best as u32;
    page.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            let inside = page.ancestors(b.node).any(|(i, _)| i == best);
            inside
                && !page
                    .ancestors(b.node)
                    .take_while(|(i, _)| *i != best)
                    .any(|(_, n)| CHROME_TAGS.contains(&n.tag.as_str()) || hint_score(&n.hints) < 0)
                && link_density(&b.text, b.link_chars) <= 0.5
        })
        .map(|(i, _)| i)
        .collect()
}

/// Whether the page reads like an article: enough long paragraphs in the chosen blocks
/// (each paragraph over 140 characters adds the square root of its excess; 20 is enough).
pub fn is_readerable(page: &Page, chosen: &[usize]) -> bool {
    let weight: f32 = chosen
        .iter()
        .map(|&i| page.blocks[i].text.chars().count())
        .filter(|&n| n >= 140)
        .map(|n| ((n - 140) as f32).sqrt())
        .sum();
    weight > 20.0
}
