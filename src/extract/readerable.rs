//! The "is this page an article at all?" verdict the extension uses to stay quiet on home
//! pages, search results and apps.
//!
//! Takes the [`Page`], its [`Tree`] and the chosen blocks; gives a yes/no. A page reads as an
//! article when its chosen story holds enough substantial prose: every prose block longer
//! than [`MIN_PARAGRAPH`] characters adds the square root of its excess (many mid-sized
//! paragraphs count, one long blurb alone does not), and the sum must reach [`ENOUGH`].

use super::tree::Tree;
use crate::page::Page;

/// Paragraphs shorter than this add nothing.
const MIN_PARAGRAPH: u32 = 140;
/// Evidence needed.
pub const ENOUGH: f64 = 12.0;

/// Whether the page reads like an article.
pub fn is_readerable(_page: &Page, tree: &Tree, chosen: &[usize]) -> bool {
    let weight: f64 = chosen
        .iter()
        .filter_map(|&i| tree.blocks.get(i))
        .map(evidence)
        .sum();
    weight >= ENOUGH
}

/// What one block adds to the evidence: the square root of a prose block's length beyond
/// [`MIN_PARAGRAPH`], nothing for anything else.
pub fn evidence(f: &super::tree::BlockFacts) -> f64 {
    if f.prose && f.len >= MIN_PARAGRAPH {
        f64::from(f.len - MIN_PARAGRAPH).sqrt()
    } else {
        0.0
    }
}
