//! Article metadata: title, byline, date, site, language and excerpt.
//!
//! Takes the [`Page`]'s head (`<title>`, `<meta>`, JSON-LD, `lang`) and its blocks; fills the
//! metadata fields of an [`Article`] whose text is already chosen. Each field reads its
//! sources best first: the JSON-LD article object, then `<meta>` keys (the tables in
//! `patterns`), then the page itself (`<title>`, a byline element, `<time datetime>`).

use super::patterns::{
    AUTHOR_KEYS, DESCRIPTION_KEYS, PUBLISHED_KEYS, SITE_KEYS, TITLE_KEYS, TITLE_SEPARATORS,
};
use super::{byline, dates, jsonld, Article};
use crate::page::Page;

/// A title part needs this many words to stand as a headline on its own.
const MIN_HEADLINE_WORDS: usize = 3;
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

/// Several authors in one byline: "A, B", or "Doe, J.; Roe, K." when a name has a comma.
fn join_names(names: &[String]) -> String {
    let sep = if names.iter().any(|n| n.contains(',')) {
        "; "
    } else {
        ", "
    };
    names.join(sep)
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
        if let Some(h) = h1.map(str::trim) {
            if head == h || tail == h {
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

/// Fills title, byline, published, site, lang and excerpt.
pub fn fill(page: &Page, article: &mut Article) {
    let ld = jsonld::article_ld(page).unwrap_or_default();
    let raw_title = ld_title(&ld, &page.title)
        .or_else(|| meta(page, TITLE_KEYS).map(str::to_string))
        .unwrap_or_else(|| page.title.clone());
    article.title = clean_title(&raw_title, first_h1(page));

    let first_block = article.blocks.first().map_or(0, |b| b.block);
    let last_block = article.blocks.last().map_or(page.blocks.len(), |b| b.block);
    let ld_authors = (!ld.authors.is_empty()).then(|| {
        let names: Vec<String> = ld.authors.iter().filter_map(|a| byline::clean(a)).collect();
        join_names(&names)
    });
    article.byline = ld_authors
        .filter(|a| !a.is_empty())
        .or_else(|| {
            let names: Vec<String> = meta_all(page, AUTHOR_KEYS)
                .into_iter()
                .filter(|a| !a.starts_with("http") && !a.starts_with('@'))
                .filter_map(byline::clean)
                .collect();
            (!names.is_empty()).then(|| join_names(&names))
        })
        .or_else(|| byline::from_blocks(page, first_block, last_block));

    article.published = ld
        .published
        .iter()
        .map(String::as_str)
        .chain(meta(page, PUBLISHED_KEYS))
        .chain(meta(page, &["time"]))
        .find_map(dates::iso_date);
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
