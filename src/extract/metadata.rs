//! Article metadata: title, byline, date, site, language and excerpt.
//!
//! Takes the [`Page`]'s head (`<title>`, `<meta>`, JSON-LD, `lang`) and its blocks; fills the
//! metadata fields of an [`Article`] whose text is already chosen.

use super::Article;
use crate::page::Page;

/// Separators between a headline and the site or section name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " – ", " — ", " - ", " :: ", " · ", " » "];

/// Strips a " – Section" or " | Site" tail from a title. When `h1` is given and the title
/// starts with it, the `h1` wins.
pub fn clean_title(title: &str, h1: Option<&str>) -> String {
    let title = title.trim();
    if let Some(h) = h1.map(str::trim).filter(|h| !h.is_empty()) {
        if title.starts_with(h) || title.is_empty() {
            return h.to_string();
        }
    }
    for sep in TITLE_SEPARATORS {
        if let Some(i) = title.rfind(sep) {
            let head = &title[..i];
            if head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The start of the article text, cut at a word boundary near 200 characters.
pub fn excerpt_from(article: &Article) -> String {
    let first = article
        .blocks
        .iter()
        .map(|b| &article.text[b.start..b.end])
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

/// A string value of `key` in the first JSON-LD object that has it (arrays and `@graph`
/// searched too); objects with a `name` give the name.
fn json_ld_value(page: &Page, key: &str) -> Option<String> {
    fn find(v: &serde_json::Value, key: &str) -> Option<String> {
        match v {
            serde_json::Value::Array(items) => items.iter().find_map(|i| find(i, key)),
            serde_json::Value::Object(map) => {
                if let Some(x) = map.get(key) {
                    if let Some(s) = as_text(x) {
                        return Some(s);
                    }
                }
                map.get("@graph").and_then(|g| find(g, key))
            }
            _ => None,
        }
    }
    fn as_text(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            serde_json::Value::Object(m) => m.get("name").and_then(as_text),
            serde_json::Value::Array(a) => {
                let names: Vec<String> = a.iter().filter_map(as_text).collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        }
    }
    page.json_ld
        .iter()
        .filter_map(|s| serde_json::from_str::<serde_json::Value>(s).ok())
        .find_map(|v| find(&v, key))
}

/// Fills title, byline, published, site, lang and excerpt.
pub fn fill(page: &Page, article: &mut Article) {
    let h1 = page
        .blocks
        .iter()
        .find(|b| {
            page.nodes
                .get(b.node as usize)
                .is_some_and(|n| n.tag == "h1")
        })
        .map(|b| b.text.as_str());
    let raw_title = page
        .meta_value(&["og:title", "twitter:title"])
        .map(str::to_string)
        .or_else(|| json_ld_value(page, "headline"))
        .unwrap_or_else(|| page.title.clone());
    let raw_title = if raw_title.is_empty() {
        page.title.clone()
    } else {
        raw_title
    };
    article.title = clean_title(&raw_title, h1);
    article.byline = page
        .meta_value(&["author", "article:author", "parsely-author", "dc.creator"])
        .filter(|a| !a.starts_with("http"))
        .map(str::to_string)
        .or_else(|| json_ld_value(page, "author"));
    article.published = page
        .meta_value(&[
            "article:published_time",
            "datepublished",
            "date",
            "dc.date",
            "pubdate",
            "parsely-pub-date",
        ])
        .map(str::to_string)
        .or_else(|| json_ld_value(page, "datePublished"))
        .or_else(|| page.meta_value(&["time"]).map(str::to_string));
    article.site = page
        .meta_value(&["og:site_name", "application-name"])
        .map(str::to_string)
        .or_else(|| json_ld_value(page, "publisher"));
    article.lang = page.lang.clone().or_else(|| {
        page.meta_value(&["og:locale", "language"])
            .map(str::to_string)
    });
    article.excerpt = page
        .meta_value(&["description", "og:description", "twitter:description"])
        .map(str::to_string)
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
    }
}
