//! Article or not: the page-kind features and the small learned table that weighs them.
//!
//! Takes the [`Page`], its [`Tree`], the chosen blocks and the filled-in [`Article`]; gives
//! [`features`] (a fixed list of [`N`] numbers, each a named, hand-chosen look of the page:
//! is there a date, a byline, prices, cart markup, code, cards, forum posts…) and
//! [`is_article_kind`]: the summed leaves of a few shallow boosted trees against a threshold.
//! The trees in `kind_table.rs` are fitted by `make train-kind` (gradient boosting, WCXB dev +
//! AEB, reproducible) — a product, service, listing, forum, collection or documentation page
//! holds prose too, and no one of these looks alone tells it from a story, but together they do
//! (and not linearly: a byline means more on a page without prices than on one with them).
//!
//! Invented example: a shop page with a long product description has prose enough, but it
//! has prices, an `add-to-cart` form and no byline or date; its score falls below the line.

pub use super::kind_table::THRESHOLD;
use super::kind_table::{DEPTH, TREES};
use super::patterns::{ARTICLE_TYPES, SENTENCE_END};
use super::tree::Tree;
use super::Article;
use crate::page::Page;

/// How many features there are.
pub const N: usize = 33 + super::kind_looks::N;

/// Names of the features, in order (the trainer prints its weights with them).
pub const NAMES: [&str; N] = [
    "ln evidence",
    "date found",
    "byline found",
    "og:type article",
    "ld article kind",
    "ld other kind",
    "ld without article kind",
    "published in head",
    "page link density",
    "story share of page",
    "ln story chars",
    "story list share",
    "story heading share",
    "ln story prose blocks",
    "ln code nodes",
    "ln prices",
    "ln forms",
    "ln shop hints",
    "ln forum hints",
    "ln article elements",
    "ln time elements",
    "ln page headings",
    "we/you rate",
    "ln card hints",
    "story sentence share",
    "story question share",
    "ln url slug words",
    "date in url",
    "quote marks per 1000 chars",
    "ln years in story",
    "ln mean prose block",
    "url path says story",
    "url path says other",
    "ln linked headings",
    "ln date-only blocks",
    "ln largest sibling run",
    "ln call-to-action blocks",
    "story link density",
    "ln headline words",
    "year in headline",
    "headline opens with a number",
];

/// Folder names in a URL path that sites give their stories.
const URL_STORY: &[&str] = &[
    "blog", "blogs", "post", "posts", "article", "articles", "news", "story", "stories",
    "insights", "opinion", "features", "reviews",
];
/// Folder names in a URL path that sites give other pages: forums, documentation, shops,
/// collections, services.
const URL_OTHER: &[&str] = &[
    "thread",
    "threads",
    "forum",
    "forums",
    "t",
    "questions",
    "community",
    "docs",
    "doc",
    "documentation",
    "api",
    "reference",
    "latest",
    "manual",
    "product",
    "products",
    "shop",
    "store",
    "dp",
    "collections",
    "cat",
    "category",
    "categories",
    "c",
    "tag",
    "tags",
    "search",
    "services",
    "service",
    "pricing",
    "solutions",
];

/// JSON-LD kinds of pages that are something other than a story.
const OTHER_LD: &[&str] = &[
    "Product",
    "Offer",
    "AggregateOffer",
    "FAQPage",
    "ItemList",
    "CollectionPage",
    "SearchResultsPage",
    "QAPage",
    "DiscussionForumPosting",
    "SoftwareApplication",
    "SoftwareSourceCode",
    "TechArticle",
    "Service",
    "LocalBusiness",
    "ProfessionalService",
    "Course",
    "Event",
    "JobPosting",
    "ContactPage",
    "AboutPage",
];

/// Hint words of shop markup.
const SHOP_HINTS: &[&str] = &["price", "cart", "basket", "checkout", "sku", "offers"];
/// Hint words of forum markup.
const FORUM_HINTS: &[&str] = &[
    "thread", "forum", "topic", "reply", "upvote", "vote", "answer",
];
/// Hint words of repeated cards in listings and collections.
const CARD_HINTS: &[&str] = &["card", "tile", "teaser", "grid", "product-item", "listing"];

fn ln(x: usize) -> f32 {
    (x as f32).ln_1p()
}

/// Counts over the elements in one pass: code, forms, `<article>`, `h2`/`h3`, and the
/// elements whose hints hold a shop, forum or card word (as a substring; one byte pass per
/// distinct hint string, not a searcher per word: this ran 848K `str::contains` on the 130
/// Readability pages).
fn node_counts(page: &Page, tree: &Tree) -> [usize; 7] {
    let mut c = [0usize; 7];
    let any = super::hints::has_fragment;
    // Pages repeat a few class lists over thousands of elements: each list is read once, by
    // its id ([`Tree::hint_id`]); bit 3 marks a list read.
    let mut kinds = vec![0u8; tree.hint_count];
    for (n, &id) in page.nodes.iter().zip(&tree.hint_id) {
        match n.tag.as_str() {
            "pre" | "code" => c[0] += 1,
            "form" => c[1] += 1,
            "article" => c[2] += 1,
            "h2" | "h3" => c[3] += 1,
            _ => {}
        }
        let Some(k) = kinds.get_mut(id as usize) else {
            continue;
        };
        if *k == 0 {
            *k = 8
                | u8::from(any(&n.hints, SHOP_HINTS))
                | u8::from(any(&n.hints, FORUM_HINTS)) << 1
                | u8::from(any(&n.hints, CARD_HINTS)) << 2;
        }
        c[4] += usize::from(*k & 1);
        c[5] += usize::from(*k >> 1 & 1);
        c[6] += usize::from(*k >> 2 & 1);
    }
    c
}

/// What [`story_words`] counts in a story block.
#[derive(Debug, Default, PartialEq, Eq)]
struct StoryWords {
    /// Whitespace-separated words (as `split_whitespace`).
    words: usize,
    /// Of them, years (`1999`, `2024`), read without the punctuation around them.
    years: usize,
    /// Of them, words that speak to the reader or for the writer (`we`, `our`, `you` …).
    we: usize,
    /// Quotation marks (`“ ” " « » „`).
    marks: usize,
}

/// The words and quotation marks of a story block, in one byte walk: a run of plain ASCII
/// is skipped in a tight loop, a character is decoded only past ASCII.
///
/// Invented: `We met in 2019 (“at last”).` gives 6 words, 1 year, 1 we/you word, 2 marks.
fn story_words(text: &str) -> StoryWords {
    let mut out = StoryWords::default();
    let b = text.as_bytes();
    let mut i = 0;
    let mut start = None;
    while i <= b.len() {
        if start.is_some() {
            // Inside a word: printable ASCII past `"` is neither space nor mark.
            while i < b.len() && b[i] > b'"' && b[i] < 0x7F {
                i += 1;
            }
        }
        let (space, n) = match b.get(i) {
            None => (true, 1),
            Some(&c) if c < 0x80 => {
                out.marks += usize::from(c == b'"');
                (matches!(c, b'\t'..=b'\r' | b' '), 1)
            }
            Some(_) => {
                let c = text[i..].chars().next().unwrap_or(' ');
                out.marks += usize::from(matches!(c, '“' | '”' | '«' | '»' | '„'));
                (c.is_whitespace(), c.len_utf8())
            }
        };
        match (space, start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                start = None;
                out.words += 1;
                count_word(&text[a..i], &mut out);
            }
            _ => {}
        }
        i += n;
    }
    out
}

/// Adds one whitespace-separated word to the years and we/you counts.
fn count_word(w: &str, out: &mut StoryWords) {
    let bare = |b: u8| b.is_ascii_alphanumeric();
    // Nothing to trim when both ends are plain letters or digits.
    let w = if bare(w.as_bytes()[0]) && bare(w.as_bytes()[w.len() - 1]) {
        w
    } else {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    };
    if w.len() > 4 {
        return;
    }
    out.years += usize::from(
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit()),
    );
    out.we += usize::from(matches!(
        w,
        "we" | "We" | "our" | "Our" | "us" | "ours" | "you" | "your" | "You" | "Your"
    ));
}

/// The page's URL: from a `url` meta pair if the snapshot has one, else `og:url`.
fn page_url(page: &Page) -> Option<&str> {
    super::metadata::meta(page, &["url", "og:url"])
}

/// The folders of the URL path (all but the last segment), lower case.
fn url_folders(url: Option<&str>) -> Vec<String> {
    let Some(url) = url else {
        return Vec::new();
    };
    let path = url.split("://").nth(1).unwrap_or(url);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut segs: Vec<String> = path
        .split('/')
        .skip(1)
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    segs.pop();
    segs
}

/// Words of the last path segment of the URL (`/2024/05/the-mayor-said-no` gives 4), and
/// whether its path holds a year (`/20xx/` or `/19xx/`).
fn url_shape(url: Option<&str>) -> (usize, bool) {
    let Some(url) = url else {
        return (0, false);
    };
    let path = url.split("://").nth(1).unwrap_or(url);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segs: Vec<&str> = path.split('/').skip(1).filter(|s| !s.is_empty()).collect();
    let slug = segs.last().map_or(0, |s| {
        s.split(['-', '_', '+'])
            .filter(|w| w.chars().any(|c| c.is_alphabetic()))
            .count()
    });
    let year = segs.iter().any(|s| {
        s.len() == 4
            && (s.starts_with("20") || s.starts_with("19"))
            && s.bytes().all(|b| b.is_ascii_digit())
    });
    (slug, year)
}

/// The page-kind features, in the order of [`NAMES`].
pub fn features(page: &Page, tree: &Tree, chosen: &[usize], article: &Article) -> [f32; N] {
    let evidence: f64 = chosen
        .iter()
        .filter_map(|&i| tree.blocks.get(i))
        .map(super::readerable::evidence)
        .sum();
    let og = page
        .meta
        .iter()
        .find(|(k, _)| k.split_whitespace().any(|k| k == "og:type"))
        .map(|(_, v)| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let types = if page.json_ld.is_empty() {
        Vec::new()
    } else {
        super::jsonld::all_types(page)
    };
    let ld_article = types.iter().any(|t| {
        ARTICLE_TYPES.contains(&t.as_str()) && t != "DiscussionForumPosting"
            || matches!(t.as_str(), "Review" | "Recipe" | "HowTo")
    });
    let ld_other = types.iter().any(|t| OTHER_LD.contains(&t.as_str()));
    let published_head = super::metadata::meta(
        page,
        &["article:published_time", "datepublished", "date", "dc.date"],
    )
    .is_some()
        || page.json_ld.iter().any(|s| s.contains("datePublished"));
    let (mut page_chars, mut page_links) = (0usize, 0usize);
    for b in &page.blocks {
        page_chars += b.text.len();
        page_links += b.link_chars as usize;
    }
    let price_n: usize = tree.blocks.iter().map(|f| f.prices as usize).sum();
    let (mut story, mut list, mut heads, mut prose, mut sentences, mut questions) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut we = 0usize;
    let (mut marks, mut years, mut prose_chars) = (0usize, 0usize, 0usize);
    let mut words = 0usize;
    for &i in chosen {
        let (Some(b), Some(f)) = (page.blocks.get(i), tree.blocks.get(i)) else {
            continue;
        };
        story += b.text.len();
        if tree.node_of(page, i).is_some_and(|n| tree.list_item[n]) {
            list += b.text.len();
        }
        heads += usize::from(f.heading);
        prose += usize::from(f.prose);
        if f.prose {
            prose_chars += b.text.len();
        }
        let end = b.text.trim_end();
        sentences += usize::from(end.ends_with(SENTENCE_END));
        questions += usize::from(end.ends_with('?'));
        let s = story_words(&b.text);
        words += s.words;
        years += s.years;
        we += s.we;
        marks += s.marks;
    }
    let blocks = chosen.len().max(1) as f32;
    let counts = node_counts(page, tree);
    let times = page.meta.iter().filter(|(k, _)| k == "time").count();
    let url = page_url(page);
    let (slug, url_year) = url_shape(url);
    let folders = url_folders(url);
    let url_has = |set: &[&str]| folders.iter().any(|f| set.contains(&f.as_str()));
    let looks = super::kind_looks::looks(page, tree, chosen, &article.title);
    let own = [
        (evidence as f32).ln_1p(),
        f32::from(u8::from(article.published.is_some())),
        f32::from(u8::from(article.byline.is_some())),
        f32::from(u8::from(og.starts_with("article"))),
        f32::from(u8::from(ld_article)),
        f32::from(u8::from(ld_other)),
        f32::from(u8::from(!types.is_empty() && !ld_article)),
        f32::from(u8::from(published_head)),
        page_links as f32 / page_chars.max(1) as f32,
        story as f32 / page_chars.max(1) as f32,
        ln(story),
        list as f32 / story.max(1) as f32,
        heads as f32 / blocks,
        ln(prose),
        ln(counts[0]),
        ln(price_n),
        ln(counts[1]),
        ln(counts[4]),
        ln(counts[5]),
        ln(counts[2]),
        ln(times),
        ln(counts[3]),
        100.0 * we as f32 / words.max(1) as f32,
        ln(counts[6]),
        sentences as f32 / blocks,
        questions as f32 / blocks,
        ln(slug),
        f32::from(u8::from(url_year)),
        1000.0 * marks as f32 / story.max(1) as f32,
        ln(years),
        ln(prose_chars / prose.max(1)),
        f32::from(u8::from(url_has(URL_STORY))),
        f32::from(u8::from(url_has(URL_OTHER))),
    ];
    let mut all = [0.0; N];
    all[..own.len()].copy_from_slice(&own);
    all[own.len()..].copy_from_slice(&looks);
    all
}

/// One complete tree of depth [`DEPTH`] in heap order: node `i` sends `x[feature[i]] <
/// cut[i]` to `2i+1`, else to `2i+2`; past the splits come the leaves.
pub struct KindTree {
    pub feature: [u8; (1 << DEPTH) - 1],
    pub cut: [f32; (1 << DEPTH) - 1],
    pub leaf: [f32; 1 << DEPTH],
}

impl KindTree {
    fn eval(&self, f: &[f32; N]) -> f32 {
        let mut i = 0;
        while i < self.cut.len() {
            let x = f.get(usize::from(self.feature[i])).copied().unwrap_or(0.0);
            i = 2 * i + 1 + usize::from(x >= self.cut[i]);
        }
        self.leaf[i - self.cut.len()]
    }
}

/// The trees' score of a feature list: above 0 leans article.
pub fn score(f: &[f32; N]) -> f32 {
    TREES.iter().map(|t| t.eval(f)).sum()
}

/// Whether the page's looks, weighed by the table, say story.
pub fn is_article_kind(f: &[f32; N]) -> bool {
    score(f) >= THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_shape_reads_the_slug_and_a_year() {
        let page = Page {
            meta: vec![(
                "og:url".into(),
                "https://news.example/2024/05/the-mayor-says-no?ref=x".into(),
            )],
            ..Page::default()
        };
        assert_eq!(url_shape(page_url(&page)), (4, true));
        assert_eq!(url_shape(page_url(&Page::default())), (0, false));
        assert_eq!(url_folders(page_url(&page)), ["2024", "05"]);
    }

    #[test]
    fn a_tree_walks_left_below_the_cut_and_right_at_or_above() {
        // Depth-generic: split on feature 1 at the root, the leaves numbered in order.
        let t = KindTree {
            feature: [1; (1 << DEPTH) - 1],
            cut: [0.5; (1 << DEPTH) - 1],
            leaf: std::array::from_fn(|i| i as f32),
        };
        let mut f = [0.0; N];
        assert_eq!(t.eval(&f), 0.0);
        f[1] = 0.5;
        assert_eq!(t.eval(&f), ((1 << DEPTH) - 1) as f32);
    }

    #[test]
    fn hint_fragments_are_two_bytes_or_longer() {
        // (`hints::has_fragment` finds fragments by their first two bytes.)
        for set in [
            SHOP_HINTS,
            FORUM_HINTS,
            CARD_HINTS,
            super::super::patterns::CHROME_FRAGMENTS,
        ] {
            assert!(set.iter().all(|f| f.len() >= 2));
        }
    }

    #[test]
    fn story_words_count_words_years_we_and_marks() {
        let count = |t: &str| {
            let s = story_words(t);
            (s.words, s.years, s.we, s.marks)
        };
        assert_eq!(count("We met in 2019 (“at last”)."), (6, 1, 1, 2));
        assert_eq!(
            count("  your\u{a0}call,\u{2003}1850 20201 (2020)\n"),
            (5, 1, 1, 0)
        );
        assert_eq!(
            count("“Yes,” she said, \"no\" «oui» „ja“ ‘x’"),
            (7, 0, 0, 8)
        );
        assert_eq!(count("a\u{b}b\"c\""), (2, 0, 0, 2));
        assert_eq!(count(""), (0, 0, 0, 0));
    }
}
