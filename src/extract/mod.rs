//! Main-content extraction: which blocks of a [`Page`] are the article, and its metadata.
//!
//! Takes a [`Page`]; gives an [`Article`]: the story's text (its blocks joined by a blank
//! line), where each block came from, title, byline, date, site, language, excerpt and a
//! readerable verdict. Plain text skips the block choice: [`article_from_text`].

mod authors;
mod byline;
mod byline_names;
mod dates;
mod headline;
mod hints;
mod jsonld;
pub(crate) mod kind;
mod kind_looks;
mod kind_table;
mod metadata;
mod patterns;
mod readerable;
mod refs;
mod score;
mod tree;

use crate::page::{text::paragraph_ranges, Page};
use serde::Serialize;

/// Text that joins two article blocks in [`Article::text`].
pub const BLOCK_JOIN: &str = "\n\n";

/// One block of the article: where it sits in [`Article::text`] and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleBlock {
    /// Index of the source block in [`Page::blocks`].
    pub block: usize,
    /// The element holding it: an index into [`Page::nodes`] (and the collector's elements).
    pub node: u32,
    /// Byte offset of the block's first character in [`Article::text`].
    pub start: usize,
    /// Byte offset just past the block's last character.
    pub end: usize,
}

/// The article found on a page. Serialised, it is the `article` object of the schema-1 JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    /// Headline, without the site or section tail of `<title>`.
    pub title: String,
    /// Author names, if the page gives them.
    pub byline: Option<String>,
    /// Publication date, ISO 8601 where the page says it.
    pub published: Option<String>,
    /// Site name.
    pub site: Option<String>,
    /// Language code (`en`, `fr-CA`…).
    pub lang: Option<String>,
    /// A short description: the page's own, else the start of the text.
    pub excerpt: String,
    /// The article text: its blocks joined by [`BLOCK_JOIN`].
    pub text: String,
    /// Whether the page looks like an article at all.
    pub readerable: bool,
    /// The blocks, in order, with their byte spans in `text`. Internal (byte offsets): the
    /// output gives them in UTF-16 as `Insights::blocks`.
    #[serde(skip)]
    pub blocks: Vec<ArticleBlock>,
    /// Whether the page it came from was over a size limit (`crate::limits`) and only its
    /// beginning was read. The analysis reports it as `stats.truncated`.
    #[serde(skip)]
    pub truncated: bool,
}

/// Finds the article on a page.
pub fn extract(page: &Page) -> Article {
    let tree = tree::Tree::new(page);
    let chosen = score::choose_blocks(page, &tree);
    let mut article = Article {
        truncated: page.truncated,
        ..Article::default()
    };
    for &i in &chosen {
        let b = &page.blocks[i];
        if !article.text.is_empty() {
            article.text.push_str(BLOCK_JOIN);
        }
        let start = article.text.len();
        article.text.push_str(&b.text);
        article.blocks.push(ArticleBlock {
            block: i,
            node: b.node,
            start,
            end: article.text.len(),
        });
    }
    metadata::fill(page, &mut article);
    article.lang = crate::lang::decide(article.lang.as_deref(), &article.text);
    article.readerable = readerable::is_readerable(page, &tree, &chosen, &article);
    article
}

/// Why each block of `page` was left out of its article ("" for a kept block), for the loss
/// classes of `make bench-extract`.
#[cfg(not(target_arch = "wasm32"))]
pub fn drop_reasons(page: &Page) -> Vec<String> {
    score::drop_reasons(page, &tree::Tree::new(page))
}

/// The article of a page with its page-kind features ([`kind::features`]), for the trainer
/// of the article-or-not table (`make train-kind`).
/// Also gives whether the page passes the hand gate before the table (prose enough, not
/// declared another kind).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn extract_with_kind(page: &Page) -> (Article, [f32; kind::N], bool) {
    let article = extract(page);
    let tree = tree::Tree::new(page);
    let chosen: Vec<usize> = article.blocks.iter().map(|b| b.block).collect();
    let f = kind::features(page, &tree, &chosen, &article);
    (article, f, readerable::hand_gate(page, &tree, &chosen))
}

/// The article of a plain-text input: the text exactly as given; its first paragraph is the
/// title when it reads like one (one short line without closing punctuation).
pub fn article_from_text(text: &str) -> Article {
    let blocks: Vec<ArticleBlock> = paragraph_ranges(text)
        .into_iter()
        .enumerate()
        .map(|(i, (start, end))| ArticleBlock {
            block: i,
            node: i as u32 + 1,
            start,
            end,
        })
        .collect();
    let title = blocks
        .first()
        .map(|b| &text[b.start..b.end])
        .filter(|t| {
            !t.contains('\n') && t.chars().count() <= 200 && !t.ends_with(['.', '!', '?', '”', '"'])
        })
        .map(|t| metadata::clean_title(t, None))
        .unwrap_or_default();
    let mut article = Article {
        title,
        text: text.to_string(),
        readerable: text.split_whitespace().count() >= 50,
        blocks,
        ..Article::default()
    };
    article.excerpt = metadata::excerpt_from(&article);
    article.lang = crate::lang::decide(None, &article.text);
    article
}
