//! The article's author names, from the best source the page gives.
//!
//! Takes the [`Page`], its JSON-LD article object and the story's first and last block;
//! gives the byline: the JSON-LD `author` names, else the `<meta>` author keys (then
//! [`MORE_AUTHOR_KEYS`]: cXense's and Highwire's citation keys), else the
//! name a `twitter:labelN` "Written by" pair gives, else the byline written on the page
//! ([`byline::from_blocks`]), else a "By" line below the headline or a bare name beside the
//! story's dateline ([`byline::below_headline`], [`byline::beside_date`]). Several names are joined as the page shows them ("A and B" when a
//! short block writes them so, else "A, B").
//! Invented example: `<meta name="twitter:label1" content="Written by"><meta
//! name="twitter:data1" content="Ada Morrow">` gives "Ada Morrow".

use super::patterns::{AUTHOR_KEYS, SITE_KEYS, TITLE_SEPARATORS};
use super::{byline, jsonld};
use crate::page::Page;

/// Author keys tried after the common ones: cXense's parse hint and the Highwire
/// `citation_author` scholarly sites give (one per author).
/// Invented example: `<meta property="cXenseParse:author" content="Ada Morrow">`.
pub const MORE_AUTHOR_KEYS: &[&str] = &["cxenseparse:author", "citation_author"];

/// The byline of the page: the head's author, unless it names the site itself
/// ([`names_the_site`], or JSON-LD types it `Organization`) and the page shows a writer's
/// name: two words at least, not in `<title>` (a headline read as a name is no writer).
pub fn byline(page: &Page, ld: &jsonld::ArticleLd, first: usize, last: usize) -> Option<String> {
    let from_ld = ld_byline(page, ld);
    let site_ld = from_ld.is_some() && ld.authors_are_orgs;
    let head = from_ld
        .or_else(|| meta_byline(page))
        .or_else(|| labelled(page, "written by").and_then(byline::clean));
    if head
        .as_deref()
        .is_some_and(|h| !site_ld && !names_the_site(page, ld, h))
    {
        return head;
    }
    let seen = shown(page, first, last);
    match head {
        Some(h) => seen
            .filter(|n| n.split_whitespace().count() >= 2 && !page.title.contains(n.as_str()))
            .or(Some(h)),
        None => seen,
    }
}

/// The JSON-LD `author` names, joined as the page shows them.
fn ld_byline(page: &Page, ld: &jsonld::ArticleLd) -> Option<String> {
    let names: Vec<String> = ld
        .authors
        .iter()
        .filter_map(|a| byline::clean(&super::metadata::unescape(a)))
        .collect();
    Some(join_names(&names, shown_with_and(page, &names))).filter(|a| !a.is_empty())
}

/// The `<meta>` author names ([`AUTHOR_KEYS`], then [`MORE_AUTHOR_KEYS`]).
fn meta_byline(page: &Page) -> Option<String> {
    let mut found = super::metadata::meta_all(page, AUTHOR_KEYS);
    if found.is_empty() {
        found = super::metadata::meta_all(page, MORE_AUTHOR_KEYS);
    }
    let names: Vec<String> = found
        .into_iter()
        .filter(|a| !a.starts_with("http") && !a.starts_with('@'))
        .filter_map(byline::clean)
        .collect();
    (!names.is_empty()).then(|| join_names(&names, shown_with_and(page, &names)))
}

/// The byline written on the page ([`byline::from_blocks`]), else a "By" line below the
/// headline or a bare name beside the story's dateline.
fn shown(page: &Page, first: usize, last: usize) -> Option<String> {
    byline::from_blocks(page, first, last).or_else(|| {
        let h1 = super::headline::story_h1_at(page, first, last);
        h1.and_then(|h| byline::below_headline(page, h))
            .or_else(|| {
                let (at, _) = super::dates::shown_at(page, first, last, h1)?;
                byline::beside_date(page, at)
            })
    })
}

/// Whether a head author is the site rather than a writer: its words and the site's name's
/// (`og:site_name`, the JSON-LD publisher, a part of `<title>` after a separator) are one
/// within the other, or it is a handle or a domain with no space ("ada.morrow",
/// "riverpost.test"). Such a head author gives way to a name the page shows.
/// Invented example: `<meta name="author" content="River Post">` on a page titled "How the
/// mill turned | River Post" with `<p class="byline">By Ada Morrow</p>` gives "Ada Morrow".
fn names_the_site(page: &Page, ld: &jsonld::ArticleLd, author: &str) -> bool {
    if !author.contains(char::is_whitespace) && author.contains(['.', '_']) {
        return true;
    }
    let who = super::headline::words(author);
    if who.is_empty() {
        return false;
    }
    let within = |site: &str| {
        let site = super::headline::words(site);
        !site.is_empty()
            && (who.iter().all(|w| site.contains(w)) || site.iter().all(|w| who.contains(w)))
    };
    let title_tails = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| page.title.split_once(sep).map(|(_, tail)| tail));
    ld.publisher
        .iter()
        .map(String::as_str)
        .chain(super::metadata::meta(page, SITE_KEYS))
        .chain(title_tails)
        .any(within)
}

/// The value of the `twitter:dataN` pair whose `twitter:labelN` reads `label` (any case):
/// sites state the author, the reading time and more this way.
fn labelled<'a>(page: &'a Page, label: &str) -> Option<&'a str> {
    let (key, _) = page
        .meta
        .iter()
        .find(|(k, v)| k.starts_with("twitter:label") && v.trim().eq_ignore_ascii_case(label))?;
    let n = key.strip_prefix("twitter:label")?;
    page.meta
        .iter()
        .find(|(k, v)| k.strip_prefix("twitter:data") == Some(n) && !v.trim().is_empty())
        .map(|(_, v)| v.trim())
}

/// Several authors in one byline: "Doe, J.; Roe, K." when a name has a comma; else as the
/// page writes them: with "and" ("A and B", "A, B, and C") when `with_and`, "A, B" otherwise.
fn join_names(names: &[String], with_and: bool) -> String {
    if names.iter().any(|n| n.contains(',')) {
        return names.join("; ");
    }
    match (with_and, names) {
        (true, [a, b]) => format!("{a} and {b}"),
        (true, [init @ .., last]) if !init.is_empty() => {
            format!("{}, and {last}", init.join(", "))
        }
        _ => names.join(", "),
    }
}

/// A byline line is at most this long.
const MAX_BYLINE_LINE: usize = 300;

/// Whether the page shows these names joined with "and" (or "&"): a short block holds the
/// last two with only "and" between them ("A, B, and C"; not "A reported from X, and B").
fn shown_with_and(page: &Page, names: &[String]) -> bool {
    let [.., a, b] = names else {
        return false;
    };
    page.blocks.iter().any(|blk| {
        if blk.text.len() > MAX_BYLINE_LINE {
            return false;
        }
        let (Some(i), Some(j)) = (blk.text.find(a.as_str()), blk.text.rfind(b.as_str())) else {
            return false;
        };
        let gap = blk.text.get(i + a.len()..j).unwrap_or("");
        let joiner = gap.trim_matches(|c: char| c == ',' || c.is_whitespace());
        i + a.len() <= j && (joiner == "and" || joiner == "&")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_authors_are_joined_as_a_list_is_written() {
        let n = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            join_names(&n(&["Ann Roe", "Bo Li"]), true),
            "Ann Roe and Bo Li"
        );
        assert_eq!(
            join_names(&n(&["Ann Roe", "Bo Li", "Cy Ng"]), true),
            "Ann Roe, Bo Li, and Cy Ng"
        );
        assert_eq!(
            join_names(&n(&["Ann Roe", "Bo Li"]), false),
            "Ann Roe, Bo Li"
        );
        assert_eq!(
            join_names(&n(&["Roe, A.", "Li, B."]), true),
            "Roe, A.; Li, B."
        );
    }

    #[test]
    fn the_joiner_is_the_one_the_page_shows() {
        let page = |t: &str| Page {
            blocks: vec![crate::page::Block {
                node: 0,
                text: t.into(),
                link_chars: 0,
            }],
            ..Page::default()
        };
        let names = ["Ann Roe".to_string(), "Bo Li".to_string()];
        assert!(shown_with_and(&page("By Ann Roe and Bo Li"), &names));
        assert!(!shown_with_and(&page("By Ann Roe, Bo Li"), &names));
        assert!(!shown_with_and(
            &page("Ann Roe reported from Oslo, and Bo Li from Rome."),
            &names
        ));
    }

    #[test]
    fn a_site_named_as_author_gives_way_to_the_shown_writer() {
        use crate::page::{Block, Node, NO_PARENT};
        let node = |tag: &str, hints: &str| Node {
            parent: if tag == "body" { NO_PARENT } else { 0 },
            tag: tag.into(),
            hints: hints.into(),
        };
        let block = |node: u32, text: &str| Block {
            node,
            text: text.into(),
            link_chars: 0,
        };
        let story = "The mill turned for two hundred years before the river moved.";
        let page = Page {
            title: "How the mill turned | River Post".into(),
            meta: vec![("author".into(), "River Post".into())],
            nodes: vec![node("body", ""), node("p", "byline"), node("p", "")],
            blocks: vec![block(1, "By Ada Morrow"), block(2, story)],
            ..Page::default()
        };
        let ld = jsonld::ArticleLd::default();
        assert!(names_the_site(&page, &ld, "River Post"));
        assert!(names_the_site(&page, &ld, "ada.morrow"));
        assert!(!names_the_site(&page, &ld, "Bo Li"));
        assert_eq!(byline(&page, &ld, 1, 1).as_deref(), Some("Ada Morrow"));
        // A person's name in the head stays.
        let mut named = page.clone();
        named.meta = vec![("author".into(), "Bo Li".into())];
        assert_eq!(byline(&named, &ld, 1, 1).as_deref(), Some("Bo Li"));
    }

    #[test]
    fn a_written_by_label_names_the_author() {
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        let page = Page {
            meta: vec![
                pair("twitter:label1", "Est. reading time"),
                pair("twitter:data1", "7 minutes"),
                pair("twitter:label2", "Written by"),
                pair("twitter:data2", "Ada Morrow"),
            ],
            ..Page::default()
        };
        assert_eq!(labelled(&page, "written by"), Some("Ada Morrow"));
        let ld = jsonld::ArticleLd::default();
        assert_eq!(byline(&page, &ld, 0, 0).as_deref(), Some("Ada Morrow"));
    }
}
