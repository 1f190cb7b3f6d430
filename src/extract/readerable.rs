//! The "is this page an article at all?" verdict the extension uses to stay quiet on home
//! pages, search results and apps.
//!
//! Takes the [`Page`], its [`Tree`] and the chosen blocks; gives a yes/no. A page reads as an
//! article when its chosen story holds enough substantial prose: every prose block longer
//! than [`MIN_PARAGRAPH`] characters adds the square root of its excess (many mid-sized
//! paragraphs count, one long blurb alone does not), and the sum must reach [`ENOUGH`] —
//! unless the page declares itself something else ([`declares_not_article`]): a product
//! (`og:type` product…, or a JSON-LD `Product`/`Offer` with no article kind beside it), a
//! forum thread or Q&A page, or a collection page not typed as an article. Such pages hold prose too (descriptions,
//! posts), but the sidebar's summary of who said what is not what their reader came for.
//! Past these hand rules ([`hand_gate`]), the learned table of [`super::kind`] weighs the
//! page's looks (date, byline, prices, code, URL folders…) and has the last word.

use super::patterns::ARTICLE_TYPES;
use super::tree::Tree;
use super::{kind, Article};
use crate::page::Page;

/// JSON-LD kinds that say the page is not an article whatever else it holds.
const NOT_ARTICLE_TYPES: &[&str] = &["DiscussionForumPosting", "QAPage"];
/// JSON-LD kinds of a shop page: not an article unless an article kind is named too (a review
/// describes the product it reviews).
const SHOP_TYPES: &[&str] = &["Product", "Offer", "AggregateOffer"];
/// JSON-LD kinds of a collection: not an article unless an article kind is named too or
/// `og:type` says article (a news site lists its sections as a `CollectionPage` around the
/// story).
const COLLECTION_TYPES: &[&str] = &["CollectionPage"];
/// Kinds of written pieces that may describe a product and stay articles.
const WRITTEN_TYPES: &[&str] = &["Review", "HowTo", "Recipe"];

/// Paragraphs shorter than this add nothing.
const MIN_PARAGRAPH: u32 = 140;
/// Evidence needed.
pub const ENOUGH: f64 = 12.0;

/// Whether the page reads like an article.
pub fn is_readerable(page: &Page, tree: &Tree, chosen: &[usize], article: &Article) -> bool {
    hand_gate(page, tree, chosen)
        && kind::is_article_kind(&kind::features(page, tree, chosen, article))
}

/// The hand rules before the table: prose enough, and no head that declares another kind.
pub fn hand_gate(page: &Page, tree: &Tree, chosen: &[usize]) -> bool {
    let weight: f64 = chosen
        .iter()
        .filter_map(|&i| tree.blocks.get(i))
        .map(evidence)
        .sum();
    weight >= ENOUGH && !declares_not_article(page)
}

/// Whether the page's own head says it is a product, a forum thread, a Q&A or a collection.
pub fn declares_not_article(page: &Page) -> bool {
    let og_type = page
        .meta
        .iter()
        .find(|(k, _)| k.split_whitespace().any(|k| k == "og:type"))
        .map(|(_, v)| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if og_type.starts_with("product") {
        return true;
    }
    if page.json_ld.is_empty() {
        return false;
    }
    let types = super::jsonld::all_types(page);
    let has = |set: &[&str]| types.iter().any(|t| set.contains(&t.as_str()));
    let article_kind = types.iter().any(|t| {
        let t = t.as_str();
        (ARTICLE_TYPES.contains(&t) || WRITTEN_TYPES.contains(&t))
            && !NOT_ARTICLE_TYPES.contains(&t)
    });
    has(NOT_ARTICLE_TYPES)
        || (has(SHOP_TYPES) && !article_kind)
        || (has(COLLECTION_TYPES) && !article_kind && og_type != "article")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(meta: &[(&str, &str)], ld: &[&str]) -> Page {
        Page {
            meta: meta
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            json_ld: ld.iter().map(|s| s.to_string()).collect(),
            ..Page::default()
        }
    }

    #[test]
    fn pages_that_declare_another_kind_are_not_articles() {
        assert!(declares_not_article(&page(
            &[("og:type", "product.item")],
            &[]
        )));
        assert!(declares_not_article(&page(
            &[],
            &[r#"{"@type":"Product","name":"Kettle","offers":{"@type":"Offer"}}"#]
        )));
        assert!(declares_not_article(&page(
            &[],
            &[r#"{"@graph":[{"@type":"DiscussionForumPosting","headline":"Help"}]}"#]
        )));
        assert!(declares_not_article(&page(
            &[],
            &[r#"{"@type":"CollectionPage"}"#]
        )));
        // A review names the product it reviews: still an article.
        assert!(!declares_not_article(&page(
            &[],
            &[r#"{"@type":"Review","itemReviewed":{"@type":"Product"}}"#]
        )));
        assert!(!declares_not_article(&page(
            &[("og:type", "article")],
            &[r#"{"@type":"NewsArticle"}"#]
        )));
        // A news site's section list around the story.
        assert!(!declares_not_article(&page(
            &[("og:type", "article")],
            &[r#"{"@type":"CollectionPage"}"#]
        )));
    }
}
