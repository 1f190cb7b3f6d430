//! WCXB (the web content extraction benchmark, dev split): its pages, its own word F1 and the
//! title / author / date rules (NFKC, lower case, non-word runs as one space; an author may
//! contain the other; a date compares its first ten characters).
//!
//! Takes the folder `../shared/corpora/wcxb-dev` (`html/*.html.gz`, `ground-truth/*.json`,
//! `metadata.json`); gives its pages with their page type, gold text and metadata, and whether
//! the gold was drafted from rs-trafilatura's output (`_internal.source`), plus the scorers:
//! [`word_prf`] (WCXB's `evaluate.py`: lower-cased `\w+` tokens as bags, per-page precision,
//! recall and F1, averaged over pages) and the title / author / date rules.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// One WCXB page with its gold.
#[derive(Debug, Clone, Default)]
pub struct WcxbPage {
    /// File id (`0001`).
    pub id: String,
    /// The page's URL, for reports only.
    pub url: String,
    /// `article`, `service`, `product`, `forum`, `listing`, `collection` or `documentation`.
    pub page_type: String,
    /// Whether the gold was drafted from rs-trafilatura's output before review.
    pub drafted_from_peer: bool,
    /// Gold main content.
    pub body: String,
    /// Gold title, author and date (empty when the gold has none).
    pub title: String,
    /// Gold author(s).
    pub author: String,
    /// Gold publication date.
    pub date: String,
    /// Path of the gzipped HTML.
    pub html_gz: PathBuf,
}

fn text_of(v: Option<&serde_json::Value>) -> String {
    match v {
        Some(serde_json::Value::String(s)) => s.trim().to_string(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// Reads the WCXB folder at `dir`; pages sorted by id.
pub fn wcxb_pages(dir: &Path) -> Result<Vec<WcxbPage>, String> {
    let meta = std::fs::read_to_string(dir.join("metadata.json"))
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let meta: serde_json::Value = serde_json::from_str(&meta).map_err(|e| e.to_string())?;
    let files = meta
        .get("files")
        .and_then(|f| f.as_object())
        .ok_or("metadata.json has no files")?;
    let mut pages = Vec::new();
    for (id, info) in files {
        let gt = std::fs::read_to_string(dir.join("ground-truth").join(format!("{id}.json")))
            .map_err(|e| format!("{id}: {e}"))?;
        let gt: serde_json::Value = serde_json::from_str(&gt).map_err(|e| format!("{id}: {e}"))?;
        let g = gt.get("ground_truth");
        let field = |k: &str| text_of(g.and_then(|g| g.get(k)));
        pages.push(WcxbPage {
            id: id.clone(),
            url: text_of(gt.get("url")),
            page_type: text_of(info.get("page_type")),
            drafted_from_peer: gt
                .pointer("/_internal/source")
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.contains("rs-trafilatura")),
            body: field("main_content"),
            title: field("title"),
            author: field("author"),
            date: field("publish_date"),
            html_gz: dir.join("html").join(format!("{id}.html.gz")),
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// WCXB's word metric for one page: (precision, recall, F1) of the lower-cased `\w+` tokens
/// as bags. An empty gold scores 1 for an empty prediction, else 0; an empty prediction 0.
pub fn word_prf(pred: &str, gold: &str) -> [f64; 3] {
    let bag = |t: &str| {
        let mut m: HashMap<String, u32> = HashMap::new();
        for w in super::extract::tokens(t) {
            *m.entry(w.to_lowercase()).or_default() += 1;
        }
        m
    };
    let (p, g) = (bag(pred), bag(gold));
    let (np, ng) = (
        p.values().sum::<u32>() as f64,
        g.values().sum::<u32>() as f64,
    );
    if ng == 0.0 {
        return if np == 0.0 { [1.0; 3] } else { [0.0; 3] };
    }
    if np == 0.0 {
        return [0.0; 3];
    }
    let overlap: f64 = p
        .iter()
        .map(|(w, &c)| c.min(g.get(w).copied().unwrap_or(0)) as f64)
        .sum();
    let (pr, re) = (overlap / np, overlap / ng);
    let f1 = if pr + re > 0.0 {
        2.0 * pr * re / (pr + re)
    } else {
        0.0
    };
    [pr, re, f1]
}

/// The normal form for metadata: NFKC, lower-cased, every run of non-word characters
/// one space, trimmed.
pub fn norm_meta(s: &str) -> String {
    let lower: String = s.nfkc().collect::<String>().to_lowercase();
    super::extract::tokens(&lower).join(" ")
}

/// Title rule: equal after [`norm_meta`]; an empty answer is wrong.
pub fn title_ok(gold: &str, ours: &str) -> bool {
    let o = norm_meta(ours);
    !o.is_empty() && o == norm_meta(gold)
}

/// Author rule: after [`norm_meta`] and dropping a leading "by", one contains the other.
pub fn author_ok(gold: &str, ours: &str) -> bool {
    let strip = |s: &str| {
        let n = norm_meta(s);
        n.strip_prefix("by ").map(str::to_string).unwrap_or(n)
    };
    let (g, o) = (strip(gold), strip(ours));
    !o.is_empty() && !g.is_empty() && (g.contains(&o) || o.contains(&g))
}

/// Date rule: the first 10 characters (YYYY-MM-DD) are equal.
pub fn date_ok(gold: &str, ours: &str) -> bool {
    let head = |s: &str| s.trim().chars().take(10).collect::<String>();
    let o = head(ours);
    o.chars().count() == 10 && o == head(gold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_metric_is_a_bag_of_lowercase_words() {
        let [p, r, f] = word_prf("The cat sat", "the cat sat on the mat");
        assert!((p - 1.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
        assert!((f - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(word_prf("", ""), [1.0; 3]);
        assert_eq!(word_prf("x", ""), [0.0; 3]);
        assert_eq!(word_prf("", "x"), [0.0; 3]);
    }

    #[test]
    fn metadata_rules() {
        assert!(title_ok(
            "Ten Ways: To Cook — Rice!",
            "ten ways to cook rice"
        ));
        assert!(!title_ok("Ten Ways", ""));
        assert!(!title_ok(
            "Ten Ways to Cook Rice",
            "Ten Ways to Cook Rice | Kitchen"
        ));
        assert!(title_ok("ﬁve ﬁsh", "five fish")); // NFKC ligatures
        assert!(author_ok("Jane Doe", "By Jane Doe"));
        assert!(author_ok("Jane Doe and Ann Roe", "Jane Doe"));
        assert!(!author_ok("Jane Doe", ""));
        assert!(!author_ok("Jane Doe", "Ann Roe"));
        assert!(date_ok("2025-09-04", "2025-09-04T10:00:00Z"));
        assert!(!date_ok("2025-09-04", "2025-09-05"));
        assert!(!date_ok("", ""));
    }
}
