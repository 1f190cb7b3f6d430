//! Extraction quality: the ScrapingHub shingle metric and the two corpora it is
//! measured on.
//!
//! Takes Lede's extracted text (and metadata) next to a corpus's gold; gives per-page
//! tp/fp/fn triples and their mean precision, recall and F1, plus metadata match rates on
//! Mozilla's Readability test pages. The AEB pages are gzip files: the caller passes a
//! `load` function that turns a path into bytes (the bench and the floor test use `flate2`,
//! a dev-dependency), so the library itself needs no decompressor.
//!
//! The metric, as in the benchmark's `evaluate.py`: tokens are the runs of word characters
//! (Python's Unicode `\w`: alphanumerics and `_`, case kept); shingles are the 4-token windows
//! (a text of fewer than 4 tokens gives one shingle of all of them, an empty text one empty
//! shingle), counted as multisets; each page's tp/fp/fn is divided by tp+fp+fn; precision is
//! the mean of tp/(tp+fp) over pages where tp+fp > 0, recall the mean of tp/(tp+fn) over pages
//! where tp+fn > 0, and F1 is the harmonic mean of those two means.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Shingle length of the metric.
const SHINGLE: usize = 4;

/// True for a character Python's Unicode `\w` matches.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The `\w+` tokens of `text`.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, u32> {
    let toks = tokens(text);
    let n = toks.len().min(SHINGLE);
    let mut out: HashMap<Vec<&str>, u32> = HashMap::new();
    for i in 0..=(toks.len() - n) {
        *out.entry(toks[i..i + n].to_vec()).or_default() += 1;
    }
    out
}

/// One page's (tp, fp, fn), normalised by their sum.
pub fn page_triple(gold: &str, pred: &str) -> [f64; 3] {
    let g = shingles(gold);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0f64, 0f64, 0f64);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc) as f64;
        fn_ += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(g.get(k).copied().unwrap_or(0)) as f64;
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        [tp / sum, fp / sum, fn_ / sum]
    } else {
        [tp, fp, fn_]
    }
}

/// Precision, recall and F1 of a corpus.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Mean precision over pages that predicted something.
    pub precision: f64,
    /// Mean recall over pages whose gold has something.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

/// Page precision, if defined.
pub fn page_precision(t: &[f64; 3]) -> Option<f64> {
    (t[0] + t[1] > 0.0).then(|| t[0] / (t[0] + t[1]))
}

/// Page recall, if defined.
pub fn page_recall(t: &[f64; 3]) -> Option<f64> {
    (t[0] + t[2] > 0.0).then(|| t[0] / (t[0] + t[2]))
}

/// Page F1 (0 when undefined), used to rank the worst pages.
pub fn page_f1(t: &[f64; 3]) -> f64 {
    let denom = 2.0 * t[0] + t[1] + t[2];
    if denom > 0.0 {
        2.0 * t[0] / denom
    } else {
        0.0
    }
}

/// Corpus scores from per-page triples.
pub fn score(triples: &[[f64; 3]]) -> Prf {
    fn mean(xs: impl Iterator<Item = f64>) -> f64 {
        let (s, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
        if n == 0 {
            0.0
        } else {
            s / n as f64
        }
    }
    let precision = mean(triples.iter().filter_map(page_precision));
    let recall = mean(triples.iter().filter_map(page_recall));
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

/// One page of the article-extraction benchmark.
#[derive(Debug, Clone)]
pub struct AebPage {
    /// The page id (file stem).
    pub id: String,
    /// The page's URL, for reports.
    pub url: String,
    /// Gold article body.
    pub body: String,
    /// Path of the gzipped HTML.
    pub html_gz: PathBuf,
}

/// Reads `ground-truth.json` of the benchmark at `dir`; pages sorted by id.
pub fn aeb_pages(dir: &Path) -> Result<Vec<AebPage>, String> {
    let gt = std::fs::read_to_string(dir.join("ground-truth.json"))
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let v: serde_json::Value = serde_json::from_str(&gt).map_err(|e| e.to_string())?;
    let obj = v.as_object().ok_or("ground truth is not an object")?;
    let mut pages: Vec<AebPage> = obj
        .iter()
        .map(|(id, item)| AebPage {
            id: id.clone(),
            url: str_field(item, "url"),
            body: str_field(item, "articleBody"),
            html_gz: dir.join("html").join(format!("{id}.html.gz")),
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// A peer's outputs (`peer-output/<name>.json`): id → article body.
pub fn peer_outputs(file: &Path) -> Result<HashMap<String, String>, String> {
    let s = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let v: serde_json::Value = serde_json::from_str(&s).map_err(|e| e.to_string())?;
    let out = v.get("output").unwrap_or(&v);
    let obj = out.as_object().ok_or("peer output is not an object")?;
    Ok(obj
        .iter()
        .map(|(id, item)| (id.clone(), str_field(item, "articleBody")))
        .collect())
}

fn str_field(v: &serde_json::Value, key: &str) -> String {
    v.get(key)
        .and_then(|x| x.as_str())
        .unwrap_or_default()
        .to_string()
}

/// Runs `f` over `items` on `threads` std threads, keeping the order.
pub fn par_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    let results = std::sync::Mutex::new(&mut out);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                if let Ok(mut g) = results.lock() {
                    g[i] = Some(r);
                }
            });
        }
    });
    out.into_iter().flatten().collect()
}

/// Extracts the article text of an HTML page the way the CLI does (decode, parse, extract).
#[cfg(not(target_arch = "wasm32"))]
pub fn extract_html(bytes: &[u8]) -> crate::Article {
    let html = crate::input::decode(bytes, true)
        .map(|(t, _)| t)
        .unwrap_or_default();
    crate::extract(&crate::page::html::page_from_html(&html))
}

/// Like [`extract_html`], with the page-kind features the article-or-not table weighs
/// (`make train-kind` fits it on them). The flag says whether the page passes the hand rules that come before the table.
#[cfg(not(target_arch = "wasm32"))]
pub fn extract_html_kind(bytes: &[u8]) -> (crate::Article, Vec<f32>, bool) {
    let html = crate::input::decode(bytes, true)
        .map(|(t, _)| t)
        .unwrap_or_default();
    let (a, f, gate) = crate::extract::extract_with_kind(&crate::page::html::page_from_html(&html));
    (a, f.to_vec(), gate)
}

/// The article-or-not table's score of [`extract_html_kind`]'s features, and its threshold.
pub fn kind_score(f: &[f32]) -> (f32, f32) {
    let mut x = [0.0; crate::extract::kind::N];
    x.iter_mut().zip(f).for_each(|(a, b)| *a = *b);
    (
        crate::extract::kind::score(&x),
        crate::extract::kind::THRESHOLD,
    )
}

/// Names of the page-kind features of [`extract_html_kind`], in order.
pub const KIND_NAMES: &[&str] = &crate::extract::kind::NAMES;

/// The metadata fields compared on the Readability test pages.
pub const FIELDS: &[&str] = &[
    "title",
    "byline",
    "publishedTime",
    "siteName",
    "lang",
    "readerable",
];

/// One Readability test page, scored.
#[derive(Debug, Clone, Default)]
pub struct PageResult {
    /// The page folder's name.
    pub name: String,
    /// Text triple against the text of `expected.html`.
    pub text: [f64; 3],
    /// Per field of [`FIELDS`]: `None` when the expected value is absent, else
    /// (matched, expected, ours).
    pub fields: Vec<Option<(bool, String, String)>>,
}

/// Folders of the Readability test pages under `dir` that hold a `source.html`, sorted.
pub fn readability_pages(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    out.sort();
    Ok(out)
}

/// Normalised form for string fields: whitespace collapsed, trimmed, lower-cased.
#[cfg(not(target_arch = "wasm32"))] // only readability_page (native) uses it
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Byline rule: normalised, without a lead-in word ("by", "par", "por", "von", "written by").
#[cfg(not(target_arch = "wasm32"))] // only readability_page (native) uses it
fn norm_byline(s: &str) -> String {
    let mut n = norm(s);
    for lead in ["written by ", "by ", "par ", "por ", "von "] {
        if let Some(rest) = n.strip_prefix(lead) {
            n = rest.to_string();
        }
    }
    n
}

/// Byline rule: Readability's expected byline is the raw text of the page's byline element,
/// line breaks kept; Lede's is the author names alone. They match when, without a lead-in
/// word, they are equal, or ours equals the expected element's first line (names on one line,
/// a date or "Edited by …" on the next), or the expected text is ours run straight into a
/// digit (a date glued to the names: "by Jane Doe22 Dec 2016"). A part of a name never
/// matches: "Jane" does not match "Jane Doe".
#[cfg(not(target_arch = "wasm32"))] // only readability_page (native) uses it
fn byline_matches(expected: &str, ours: &str) -> bool {
    let o = norm_byline(ours);
    let e = norm_byline(expected);
    if o.is_empty() {
        return e.is_empty();
    }
    let first_line = expected
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    e == o
        || norm_byline(first_line) == o
        || e.strip_prefix(&o)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Title rule: normalised equality, or the expected title is ours plus a " | Site" /
/// " – Section" tail or a shorter "Site - " head (Lede drops such parts of `<title>` on purpose,
/// see `clean_title`; Readability keeps the page's own).
#[cfg(not(target_arch = "wasm32"))] // only readability_page (native) uses it
fn title_matches(expected: &str, ours: &str) -> bool {
    let (e, o) = (norm(expected), norm(ours));
    if o.is_empty() {
        return e.is_empty();
    }
    e == o
        || e.strip_prefix(&o).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(['|', '-', '–', '—', '·', '»', ':', '_', '[', '('])
        })
        || e.strip_suffix(&o).is_some_and(|rest| {
            let rest = rest.trim_end();
            // A site head is shorter than the headline it precedes ("V8" alone is no
            // match for "Some long headline · V8").
            rest.ends_with(['|', '-', '–', '—', '·', '»', ':', '_'])
                && rest.chars().count() < o.chars().count()
        })
}

/// Date rule: the calendar date `YYYY-MM-DD` at the start, else the normalised string.
#[cfg(not(target_arch = "wasm32"))] // only readability_page (native) uses it
fn norm_date(s: &str) -> String {
    let t = s.trim();
    let head: String = t.chars().take(10).collect();
    let b = head.as_bytes();
    let iso = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if iso {
        head
    } else {
        norm(t)
    }
}

/// Scores one Readability test page folder.
#[cfg(not(target_arch = "wasm32"))]
pub fn readability_page(dir: &Path) -> PageResult {
    let read = |f: &str| std::fs::read(dir.join(f)).unwrap_or_default();
    // The suite's harness reads its files as UTF-8 whatever they declare; do the same.
    let source = read("source.html");
    let ours = match std::str::from_utf8(&source) {
        Ok(html) => crate::extract(&crate::page::html::page_from_html(html)),
        Err(_) => extract_html(&source),
    };
    let expected_html = crate::input::decode(&read("expected.html"), true)
        .map(|(t, _)| t)
        .unwrap_or_default();
    let exp_page = crate::page::html::page_from_html(&expected_html);
    let exp_text: Vec<&str> = exp_page.blocks.iter().map(|b| b.text.as_str()).collect();
    let meta: serde_json::Value =
        serde_json::from_slice(&read("expected-metadata.json")).unwrap_or_default();
    let fields = FIELDS
        .iter()
        .map(|&f| {
            let exp = meta.get(f)?;
            let (e, o, ok) = match f {
                "readerable" => {
                    let e = exp.as_bool()?;
                    (
                        e.to_string(),
                        ours.readerable.to_string(),
                        e == ours.readerable,
                    )
                }
                _ => {
                    let e = exp.as_str().filter(|s| !s.trim().is_empty())?.to_string();
                    let o = match f {
                        "title" => Some(ours.title.clone()),
                        "byline" => ours.byline.clone(),
                        "publishedTime" => ours.published.clone(),
                        "siteName" => ours.site.clone(),
                        _ => ours.lang.clone(),
                    }
                    .unwrap_or_default();
                    let ok = match f {
                        "byline" => byline_matches(&e, &o),
                        "publishedTime" => norm_date(&e) == norm_date(&o),
                        "title" => title_matches(&e, &o),
                        _ => norm(&e) == norm(&o),
                    };
                    (e, o, ok)
                }
            };
            Some((ok, e, o))
        })
        .collect();
    PageResult {
        name: dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        text: page_triple(&exp_text.join("\n\n"), &ours.text),
        fields,
    }
}

/// Match rate of field `i` over the pages where it is present: (matched, present).
pub fn field_rate(results: &[PageResult], i: usize) -> (usize, usize) {
    results
        .iter()
        .filter_map(|r| r.fields.get(i).cloned().flatten())
        .fold((0, 0), |(m, n), (ok, _, _)| (m + ok as usize, n + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Ça va, l'été_2 — 3.5!"),
            ["Ça", "va", "l", "été_2", "3", "5"]
        );
    }

    #[test]
    fn field_rules() {
        assert_eq!(norm_byline(" By  Jane DOE "), "jane doe");
        assert!(byline_matches("By Jane Doe\n   March 25, 2015", "Jane Doe"));
        assert!(byline_matches("by Jane Doe22 Dec 2016", "Jane Doe"));
        assert!(!byline_matches("Jane Doe", "Jane"));
        assert_eq!(norm_date("2019-04-28 06:01:07"), "2019-04-28");
        assert_eq!(norm_date("2019-04-28T06:01:07Z"), "2019-04-28");
        assert!(title_matches("How to Build It | eHow", "How to build it"));
        assert!(!title_matches("How to Build It", "How to"));
        assert!(title_matches(
            "Site News - Latest Headlines",
            "Latest Headlines"
        ));
        assert!(!title_matches("Build It", "It"));
        assert!(!title_matches("A long headline here · V8", "V8"));
    }

    #[test]
    fn triples_follow_the_reference() {
        assert_eq!(page_triple("a b c d e", "a b c d e"), [1.0, 0.0, 0.0]);
        // Empty prediction: one empty shingle, all false.
        let t = page_triple("a b c d", "");
        assert_eq!(t, [0.0, 0.5, 0.5]);
        // Short texts: one shingle of all tokens.
        assert_eq!(page_triple("a b", "a b"), [1.0, 0.0, 0.0]);
        let s = score(&[[1.0, 0.0, 0.0], [0.0, 0.5, 0.5]]);
        assert!((s.precision - 0.5).abs() < 1e-9 && (s.f1 - 0.5).abs() < 1e-9);
    }
}
