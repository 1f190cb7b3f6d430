//! Article metadata: title, byline, date, site, language and excerpt.
//!
//! Takes the [`Page`]'s head (`<title>`, `<meta>`, JSON-LD, `lang`) and its blocks; fills the
//! metadata fields of an [`Article`] whose text is already chosen. Each field reads its
//! sources best first: the JSON-LD article object, then `<meta>` keys (the tables in
//! `patterns`), then the page itself (`<title>`, a byline element, `<time datetime>`).

use super::patterns::{DESCRIPTION_KEYS, PUBLISHED_KEYS, SITE_KEYS, TITLE_KEYS, TITLE_SEPARATORS};
use super::{dates, jsonld, refs, Article};
use crate::page::Page;

/// A title part needs this many words to stand as a headline on its own.
const MIN_HEADLINE_WORDS: usize = 3;
/// The story's `<h1>` is the title when at least this share of its words is in the head's.
const H1_AGREES: f32 = 0.5;
/// A headline of this many words or more above the story needs only [`H1_AGREES_LONG`].
const LONG_HEADLINE: usize = 8;
const H1_AGREES_LONG: f32 = 0.15;
/// ...or this many characters, for scripts written without spaces.
const MIN_HEADLINE_CHARS: usize = 12;

/// The first non-empty `<meta>` value for any of `keys`, in key order. A meta element may
/// carry several space-separated keys; `.` and `:` are the same in keys ("dc.title"), but when
/// a page gives both spellings the vocabulary's own `prefix:term` form (the RDFa `property`
/// convention of Dublin Core and Open Graph) wins over the legacy dotted `name` form.
pub fn meta<'a>(page: &'a Page, keys: &[&str]) -> Option<&'a str> {
    meta_all(page, keys).into_iter().next()
}

/// Every non-empty `<meta>` value of the first of `keys` the page has, in page order (a page
/// lists co-authors as several `author` metas); of the values the `prefix:term` spelling
/// gives, when it gives any.
pub fn meta_all<'a>(page: &'a Page, keys: &[&str]) -> Vec<&'a str> {
    for want in keys {
        let found: Vec<(bool, &str)> = page
            .meta
            .iter()
            .filter_map(|(k, v)| {
                let hit = k.split_whitespace().find(|k| same_key(k, want))?;
                (!v.trim().is_empty()).then(|| (hit.contains('.'), v.trim()))
            })
            .collect();
        if found.is_empty() {
            continue;
        }
        let colon = found.iter().any(|(dotted, _)| !dotted);
        let mut out: Vec<&str> = Vec::new();
        for (dotted, v) in found {
            if (!colon || !dotted) && !out.contains(&v) {
                out.push(v);
            }
        }
        return out;
    }
    Vec::new()
}

/// Two meta keys are the same when they differ only in `.` against `:` ("dc.title" is
/// "dc:title"); compared in place, without building normalised copies.
fn same_key(a: &str, b: &str) -> bool {
    let sep = |c: u8| if c == b'.' { b':' } else { c };
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| sep(x) == sep(y))
}

fn is_headline(s: &str) -> bool {
    s.split_whitespace().count() >= MIN_HEADLINE_WORDS
        || (!s.contains(' ') && s.chars().count() >= MIN_HEADLINE_CHARS)
}

/// Strips a " – Section" or " | Site" tail (or a "Site | " head) from a title. When `h1` is
/// given and is one of the title's parts, or the title starts with it, the `h1` wins.
pub fn clean_title(title: &str, h1: Option<&str>) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(h) = h1.map(str::trim).filter(|h| !h.is_empty()) {
        if title.is_empty() || title.starts_with(h) {
            return h.to_string();
        }
    }
    for sep in TITLE_SEPARATORS {
        let (Some(last), Some(first)) = (title.rfind(sep), title.find(sep)) else {
            continue;
        };
        let head = title[..last].trim();
        let tail = title[first + sep.len()..].trim();
        // A bare "_" joins the parts of a name ("rustc_codegen_gcc: …") unless it sets off
        // words.
        if !sep.contains(' ') && !head.contains(' ') {
            continue;
        }
        if let Some(h) = h1.map(str::trim) {
            // "Headline | Site" with the site's name as the page's first h1 (a logo): the
            // h1 names the story only when the other part is no headline.
            if head == h || (tail == h && !is_headline(head)) {
                return h.to_string();
            }
        }
        if is_headline(head) {
            return head.to_string();
        }
        if is_headline(tail) {
            return tail.to_string();
        }
    }
    title
}

/// The start of the article text, cut at a word boundary near 200 characters.
pub fn excerpt_from(article: &Article) -> String {
    let first = article
        .blocks
        .iter()
        .filter_map(|b| article.text.get(b.start..b.end))
        .find(|t| t.len() > 40);
    let Some(first) = first else {
        return String::new();
    };
    if first.chars().count() <= 200 {
        return first.to_string();
    }
    let cut: String = first.chars().take(200).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => cut,
    }
}

/// The first `h1` on the page.
fn first_h1(page: &Page) -> Option<&str> {
    page.blocks
        .iter()
        .find(|b| {
            page.nodes
                .get(b.node as usize)
                .is_some_and(|n| n.tag == "h1")
        })
        .map(|b| b.text.as_str())
}

/// Text with the character references a page left in it decoded, twice at most: JSON-LD
/// is script text, which the HTML parser does not decode ("&#8217;"), and some pages encode
/// `<meta>` values twice ("&amp;#038;").
pub fn unescape(s: &str) -> String {
    let once = refs::decode(s);
    if once.contains('&') {
        refs::decode(&once)
    } else {
        once
    }
}

/// Of JSON-LD `name` and `headline`, the one closest to `<title>`.
fn ld_title(ld: &jsonld::ArticleLd, doc_title: &str) -> Option<String> {
    match (&ld.name, &ld.headline) {
        (Some(n), Some(h)) if n != h => {
            let in_title = |s: &str| doc_title.contains(s);
            Some(
                if in_title(h) && !in_title(n) {
                    h
                } else if in_title(n) {
                    n
                } else {
                    h
                }
                .clone(),
            )
        }
        (Some(n), _) => Some(n.clone()),
        (None, h) => h.clone(),
    }
}

/// The page's publication date: the head's (JSON-LD `datePublished`, the published-time
/// metas, the first `<time datetime>`), else the date shown near the story
/// ([`dates::shown`]). (The shown date is not preferred when it is the head's modified date:
/// on WCXB dev pages that show only "Updated …", gold takes the updated date on 19 and the
/// head's published one on 25.)
fn published(page: &Page, ld: &jsonld::ArticleLd, first: usize, last: usize) -> Option<String> {
    ld.published
        .iter()
        .map(String::as_str)
        .chain(meta(page, PUBLISHED_KEYS))
        .chain(meta(page, &["time"]))
        .find_map(dates::iso_date)
        .or_else(|| jsonld::any_string(page, "datePublished").and_then(|d| dates::iso_date(&d)))
        .or_else(|| {
            let h1 = super::headline::story_h1_at(page, first, last);
            dates::shown(page, first, last, h1)
        })
}

/// Fills title, byline, published, site, lang and excerpt.
pub fn fill(page: &Page, article: &mut Article) {
    let ld = jsonld::article_ld(page).unwrap_or_default();
    let raw_title = ld_title(&ld, &page.title)
        .or_else(|| meta(page, TITLE_KEYS).map(str::to_string))
        .unwrap_or_else(|| page.title.clone());
    let raw_title = unescape(&raw_title);
    let first_block = article.blocks.first().map_or(0, |b| b.block);
    let last_block = article.blocks.last().map_or(page.blocks.len(), |b| b.block);
    let cleaned = clean_title(&raw_title, first_h1(page));
    // The head's other titles (`<title>`, `og:title`…) count as agreement too: the JSON-LD
    // object read may be another item's ("Sample menus" where the page is a week of menus).
    let heads = [
        raw_title.as_str(),
        page.title.as_str(),
        meta(page, &["og:title"]).unwrap_or(""),
        meta(page, &["twitter:title"]).unwrap_or(""),
    ];
    article.title = super::headline::story_h1_at(page, first_block, last_block)
        .filter(|&i| {
            let h = super::headline::h1_text(page, i);
            // A long headline right above the story is the page's own even when the head's
            // search-engine title words it otherwise; a short one may be a section's name.
            let agree = if i <= first_block && h.split_whitespace().count() >= LONG_HEADLINE {
                H1_AGREES_LONG
            } else {
                H1_AGREES
            };
            heads
                .iter()
                .any(|t| super::headline::shared_words(h, t) >= agree)
        })
        .map(|i| super::headline::without_tail(&unescape(super::headline::h1_text(page, i))))
        .map(|h| super::headline::without_label(&h, &cleaned).to_string())
        .filter(|h| !super::headline::same_words(h, &cleaned))
        .unwrap_or(cleaned);

    article.byline = super::authors::byline(page, &ld, first_block, last_block);

    article.published = published(page, &ld, first_block, last_block);
    article.site = ld
        .publisher
        .clone()
        .or_else(|| meta(page, SITE_KEYS).map(str::to_string));
    article.lang = page.lang.clone().or_else(|| {
        meta(
            page,
            &["og:locale", "language", "content-language", "dc:language"],
        )
        .map(|l| l.replace('_', "-"))
    });
    article.excerpt = ld
        .description
        .clone()
        .or_else(|| meta(page, DESCRIPTION_KEYS).map(str::to_string))
        .unwrap_or_else(|| excerpt_from(article));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_tails_are_stripped() {
        assert_eq!(
            clean_title("Kremlin says Putin sent signals – World", None),
            "Kremlin says Putin sent signals"
        );
        assert_eq!(clean_title("Short | Site", None), "Short | Site");
        assert_eq!(
            clean_title("A long headline here | Site", Some("A long headline")),
            "A long headline"
        );
        assert_eq!(
            clean_title("The Site | A long headline here", None),
            "A long headline here"
        );
        // The site's logo as the first h1.
        assert_eq!(
            clean_title(
                "How the river town kept its mill | RiverPost",
                Some("RiverPost")
            ),
            "How the river town kept its mill"
        );
        assert_eq!(
            clean_title(
                "River Post | How the town kept its mill",
                Some("How the town kept its mill")
            ),
            "How the town kept its mill"
        );
    }

    #[test]
    fn a_bare_underscore_joins_a_name() {
        assert_eq!(
            clean_title("mill_tools_rs: Progress Report #9", None),
            "mill_tools_rs: Progress Report #9"
        );
    }

    fn title_of(head: &str, h1: &str) -> String {
        let story = "<p>The mill on the river turned for two hundred years, grinding the grain \
            of every farm in the valley, until the water moved east one wet spring.</p>";
        let html = format!(
            "<html><head><title>{head}</title></head><body><header>River Post</header>\
             <article><h1>{h1}</h1>{}</article></body></html>",
            story.repeat(6)
        );
        crate::extract(&crate::page::html::page_from_html(&html)).title
    }

    #[test]
    fn a_long_headline_above_the_story_wins_over_a_search_title() {
        // Eight words or more: the page's own headline, though the head words it otherwise.
        assert_eq!(
            title_of(
                "Mill Repair Costs 2025 | River Post",
                "What it really costs to bring an old water mill back"
            ),
            "What it really costs to bring an old water mill back"
        );
        // A short heading that shares little with the head may name a section.
        assert_eq!(
            title_of("Mill Repair Costs 2025 | River Post", "Select an option"),
            "Mill Repair Costs 2025"
        );
    }

    #[test]
    fn a_bullet_sets_off_the_site_name() {
        assert_eq!(
            clean_title("How the mill turned again • River Post", None),
            "How the mill turned again"
        );
    }

    #[test]
    fn references_left_in_titles_are_decoded() {
        assert_eq!(
            unescape("Tom&#8217;s &amp;#038; Jerry&#x27;s"),
            "Tom’s & Jerry's"
        );
    }

    #[test]
    fn colon_spelling_wins_over_dotted() {
        let page = Page {
            meta: vec![
                ("dc.title".into(), "Dotted".into()),
                ("dc:title".into(), "Colon".into()),
                ("og:title".into(), "Open Graph".into()),
            ],
            ..Page::default()
        };
        assert_eq!(meta(&page, &["dc:title", "og:title"]), Some("Colon"));
        let only_dotted = Page {
            meta: vec![("dc.title".into(), "Dotted".into())],
            ..Page::default()
        };
        assert_eq!(meta(&only_dotted, &["dc:title"]), Some("Dotted"));
        let authors = Page {
            meta: vec![
                ("dc.creator".into(), "Kooman, F.".into()),
                ("dc.creator".into(), "Jong, Michiel de".into()),
                ("dc.creator".into(), "Kooman, F.".into()),
            ],
            ..Page::default()
        };
        assert_eq!(
            meta_all(&authors, &["dc:creator"]),
            ["Kooman, F.", "Jong, Michiel de"]
        );
    }
}
