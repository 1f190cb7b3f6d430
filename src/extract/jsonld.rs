//! JSON-LD (`<script type="application/ld+json">`): the article object a page describes
//! itself with.
//!
//! Takes the [`Page`]'s JSON-LD texts; gives an [`ArticleLd`] read from the first object
//! whose `@type` is an article kind ([`ARTICLE_TYPES`]), searched through arrays and `@graph`.
//! Scripts are parsed leniently: HTML comment and CDATA wrappers are stripped first, and a
//! script that still fails to parse is skipped.

use super::patterns::ARTICLE_TYPES;
use crate::page::Page;
use serde_json::Value;

/// What an article's JSON-LD says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleLd {
    /// `name`.
    pub name: Option<String>,
    /// `headline`.
    pub headline: Option<String>,
    /// `author` names, in order.
    pub authors: Vec<String>,
    /// Whether every `author` object says it is an `Organization` (a brand, not a writer).
    pub authors_are_orgs: bool,
    /// `datePublished`, as written.
    pub published: Option<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// Reads the article object of `page`, if any.
pub fn article_ld(page: &Page) -> Option<ArticleLd> {
    page.json_ld.iter().find_map(|raw| {
        let v: Value = serde_json::from_str(unwrap_script(raw)).ok()?;
        find_article(&v, 0).map(|a| read(a, &v))
    })
}

/// Every `@type` the page's JSON-LD names, in any object at any depth up to [`MAX_DEPTH`].
pub fn all_types(page: &Page) -> Vec<String> {
    fn walk(v: &Value, depth: usize, out: &mut Vec<String>) {
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| walk(i, depth + 1, out)),
            Value::Object(map) => {
                match map.get("@type") {
                    Some(Value::String(t)) => out.push(t.clone()),
                    Some(Value::Array(ts)) => {
                        out.extend(ts.iter().filter_map(|t| t.as_str().map(str::to_string)))
                    }
                    _ => {}
                }
                map.values().for_each(|x| walk(x, depth + 1, out));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for raw in &page.json_ld {
        if let Ok(v) = serde_json::from_str::<Value>(unwrap_script(raw)) {
            walk(&v, 0, &mut out);
        }
    }
    out
}

/// The first `key` string anywhere in the page's JSON-LD (any object, at any depth up to
/// [`MAX_DEPTH`]): a page whose graph names no article kind still dates its `WebPage`.
pub fn any_string(page: &Page, key: &str) -> Option<String> {
    fn walk(v: &Value, key: &str, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match v {
            Value::Array(items) => items.iter().find_map(|i| walk(i, key, depth + 1)),
            Value::Object(map) => {
                text(map.get(key)).or_else(|| map.values().find_map(|x| walk(x, key, depth + 1)))
            }
            _ => None,
        }
    }
    page.json_ld.iter().find_map(|raw| {
        let v: Value = serde_json::from_str(unwrap_script(raw)).ok()?;
        walk(&v, key, 0)
    })
}

/// The script text without `<!-- -->` or `<![CDATA[ ]]>` wrappers.
fn unwrap_script(raw: &str) -> &str {
    let mut s = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(rest) = s.strip_prefix(open) {
            s = rest.trim();
            if let Some(rest) = s.strip_suffix(close) {
                s = rest.trim();
            }
        }
    }
    s
}

/// Nesting deeper than this is not searched (hostile input).
const MAX_DEPTH: usize = 8;

fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    match v {
        Value::Array(items) => items.iter().find_map(|i| find_article(i, depth + 1)),
        Value::Object(map) => {
            if map.get("@type").is_some_and(is_article_type) {
                return Some(v);
            }
            map.get("@graph")
                .and_then(|g| find_article(g, depth + 1))
                .or_else(|| {
                    map.get("mainEntity")
                        .and_then(|g| find_article(g, depth + 1))
                })
        }
        _ => None,
    }
}

fn is_article_type(t: &Value) -> bool {
    match t {
        Value::String(s) => ARTICLE_TYPES.contains(&s.as_str()),
        Value::Array(a) => a.iter().any(is_article_type),
        _ => false,
    }
}

fn read(v: &Value, root: &Value) -> ArticleLd {
    ArticleLd {
        name: text(v.get("name")),
        headline: text(v.get("headline")),
        authors: names(v.get("author"), root),
        authors_are_orgs: all_orgs(v.get("author")),
        published: text(v.get("datePublished")),
        publisher: v.get("publisher").and_then(|p| match p {
            Value::Array(a) => a.iter().find_map(|x| text(x.get("name"))),
            _ => text(p.get("name")),
        }),
        description: text(v.get("description")),
    }
}

/// A non-empty trimmed string value.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_string),
        _ => None,
    }
}

/// Author names: a string, an object with `name`, a reference `{"@id": …}` to a node of the
/// same script that has one (a `@graph` lists the Person apart from the article), or an array
/// of these.
fn names(v: Option<&Value>, root: &Value) -> Vec<String> {
    match v {
        Some(Value::String(s)) => text(Some(&Value::String(s.clone()))).into_iter().collect(),
        Some(Value::Object(m)) => text(m.get("name"))
            .or_else(|| {
                let id = m.get("@id")?.as_str()?;
                by_id(root, id, 0).and_then(|n| text(n.get("name")))
            })
            .into_iter()
            .collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| names(Some(x), root)).collect(),
        _ => Vec::new(),
    }
}

/// Whether `author` is an object typed `Organization`, or a list of only such objects.
fn all_orgs(v: Option<&Value>) -> bool {
    let org = |x: &Value| x.get("@type").and_then(Value::as_str) == Some("Organization");
    match v {
        Some(Value::Array(a)) => !a.is_empty() && a.iter().all(org),
        Some(x) => org(x),
        None => false,
    }
}

/// The object of `root` (searched through arrays and `@graph`) whose `@id` is `id` and that
/// has a `name`.
fn by_id<'a>(root: &'a Value, id: &str, depth: usize) -> Option<&'a Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    match root {
        Value::Array(items) => items.iter().find_map(|i| by_id(i, id, depth + 1)),
        Value::Object(map) => {
            if map.get("@id").and_then(Value::as_str) == Some(id) && map.contains_key("name") {
                return Some(root);
            }
            map.get("@graph").and_then(|g| by_id(g, id, depth + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_graph_and_authors() {
        let page = Page {
            json_ld: vec![
                "not json".into(),
                r#"<!--{"@graph":[{"@type":"WebPage","name":"x"},{"@type":["NewsArticle"],
                "headline":"H","author":[{"name":"A B"},{"@type":"Person","name":"C D"}],
                "datePublished":"2020-01-02","publisher":{"name":"Site"}}]}-->"#
                    .into(),
            ],
            ..Page::default()
        };
        let ld = article_ld(&page).expect("found");
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.authors, ["A B", "C D"]);
        assert!(!ld.authors_are_orgs);
        assert_eq!(ld.publisher.as_deref(), Some("Site"));
    }

    #[test]
    fn an_organisation_author_is_marked() {
        let page = Page {
            json_ld: vec![r#"{"@type":"BlogPosting","headline":"H",
                "author":{"@type":"Organization","name":"River Post"}}"#
                .into()],
            ..Page::default()
        };
        let ld = article_ld(&page).expect("found");
        assert_eq!(ld.authors, ["River Post"]);
        assert!(ld.authors_are_orgs);
    }

    #[test]
    fn a_date_of_any_object_is_found() {
        let page = Page {
            json_ld: vec![
                r#"{"@graph":[{"@type":"WebPage","datePublished":"2024-05-06"}]}"#.into(),
            ],
            ..Page::default()
        };
        assert!(article_ld(&page).is_none());
        assert_eq!(
            any_string(&page, "datePublished").as_deref(),
            Some("2024-05-06")
        );
    }

    #[test]
    fn an_author_given_by_reference_is_found_in_the_graph() {
        let page = Page {
            json_ld: vec![r#"{"@graph":[{"@type":"BlogPosting","headline":"H",
                "author":{"@id":"https://example.test/#/person/1"}},
                {"@type":"Person","@id":"https://example.test/#/person/1","name":"Ada Quill"}]}"#
                .into()],
            ..Page::default()
        };
        assert_eq!(article_ld(&page).expect("found").authors, ["Ada Quill"]);
    }
}
