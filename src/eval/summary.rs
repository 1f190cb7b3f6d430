//! Summary scoring on BBC News Summary (precision@3), shared by `make bench-summary` and the
//! corpus floor test.
//!
//! Takes the corpus folder (`articles/<cat>/<nnn>.txt`, first line the title, and
//! `summaries/<cat>/<nnn>.txt`, the reference sentences run together without spaces); gives
//! the cases, the fixed 300-article sample, the three systems compared (Lede, Lead-3,
//! TextRank) and their mean precision@3.
//!
//! **precision@3**: the share of a system's first three summary sentences whose text, with
//! non-word characters removed and lower-cased, occurs in the reference normalised the same
//! way. A system that gives no sentence scores 0 on that article.
//!
//! **The sample** ([`sample`]): the cases sorted by path (`business/002.txt` …
//! `tech/400.txt`), then the ones at indices `floor(i * len / 300)` for `i` in `0..300`:
//! evenly spaced across all five categories, the same on every machine.

use crate::extract::{article_from_text, Article};
use crate::insights::SUMMARY_SENTENCES;
use crate::summary;
use crate::text::{Doc, Span};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Where the corpus sits relative to the repository root.
pub const CORPUS: &str = "../shared/corpora/bbc-news-summary";
/// Size of the dev sample the numbers are quoted on.
pub const SAMPLE_SIZE: usize = 300;
/// How many summary sentences precision is measured on.
pub const AT: usize = 3;

/// One article with its reference summary.
#[derive(Debug, Clone)]
pub struct Case {
    /// `<category>/<nnn>.txt`.
    pub name: String,
    /// The article file as given (first line the title).
    pub text: String,
    /// The reference summary, normalised by [`normalize`].
    pub reference: String,
}

/// The corpus folder for a repository root, if it is there.
pub fn corpus_dir(repo_root: &Path) -> Option<PathBuf> {
    let dir = repo_root.join(CORPUS);
    dir.join("articles").is_dir().then_some(dir)
}

/// Reads every article that has a reference summary, sorted by name.
pub fn load(dir: &Path) -> io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    let mut cats: Vec<PathBuf> = fs::read_dir(dir.join("articles"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cats.sort();
    for cat in cats {
        let cat_name = cat.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let mut files: Vec<PathBuf> = fs::read_dir(&cat)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for file in files {
            let file_name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let reference = dir.join("summaries").join(cat_name).join(file_name);
            let Ok(reference) = fs::read(&reference) else {
                continue;
            };
            cases.push(Case {
                name: format!("{cat_name}/{file_name}"),
                text: String::from_utf8_lossy(&fs::read(&file)?).into_owned(),
                reference: normalize(&String::from_utf8_lossy(&reference)),
            });
        }
    }
    Ok(cases)
}

/// The fixed dev sample: [`SAMPLE_SIZE`] cases evenly spaced over the name-sorted list.
pub fn sample(cases: &[Case]) -> Vec<&Case> {
    let n = SAMPLE_SIZE.min(cases.len());
    (0..n).map(|i| &cases[i * cases.len() / n]).collect()
}

/// Text with non-word characters removed (word = letter, digit, mark or `_`), lower-cased.
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || *c == '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Share of the first [`AT`] sentences found in the normalised reference.
pub fn precision_at_3<S: AsRef<str>>(summary: &[S], reference: &str) -> f64 {
    let top = &summary[..summary.len().min(AT)];
    if top.is_empty() {
        return 0.0;
    }
    let hits = top
        .iter()
        .filter(|s| {
            let n = normalize(s.as_ref());
            !n.is_empty() && reference.contains(&n)
        })
        .count();
    hits as f64 / top.len() as f64
}

/// The systems the bench compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// Lede's summary, exactly as `analyze_text` gives it.
    Lede,
    /// The first three sentences of the body (title line excluded), our own splitter.
    Lead3,
    /// Plain TextRank over the body sentences (the published baseline's method).
    TextRank,
}

impl System {
    /// All systems, in report order.
    pub const ALL: [System; 3] = [System::Lede, System::Lead3, System::TextRank];

    /// Name for reports.
    pub fn name(self) -> &'static str {
        match self {
            System::Lede => "Lede",
            System::Lead3 => "Lead-3",
            System::TextRank => "TextRank",
        }
    }

    /// The system's summary of a plain-text article, best first.
    pub fn summarize(self, text: &str) -> Vec<String> {
        let article = article_from_text(text);
        let doc = Doc::new(&article);
        let spans = match self {
            System::Lede => lede_spans(&article, &doc),
            System::Lead3 => body(&doc).into_iter().take(AT).collect(),
            System::TextRank => summary::textrank::baseline(&doc, &body(&doc), AT),
        };
        spans
            .into_iter()
            .map(|s| doc.slice(s).to_string())
            .collect()
    }
}

/// Lede's summary the way `crate::insights::analyze` asks for it.
fn lede_spans(article: &Article, doc: &Doc) -> Vec<Span> {
    summary::summarize(doc, &article.title, SUMMARY_SENTENCES)
}

/// Sentence spans after the file's first line (the BBC title).
fn body(doc: &Doc) -> Vec<Span> {
    let first_line = doc.text.find('\n').unwrap_or(doc.text.len());
    doc.sentences
        .iter()
        .map(|s| s.span)
        .filter(|s| s.start > first_line)
        .collect()
}

/// Mean precision@3 of a system over some cases.
pub fn mean_precision(system: System, cases: &[&Case]) -> f64 {
    if cases.is_empty() {
        return 0.0;
    }
    let total: f64 = cases
        .iter()
        .map(|c| precision_at_3(&system.summarize(&c.text), &c.reference))
        .sum();
    total / cases.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_like_the_guide() {
        assert_eq!(
            normalize("“Hi,” she said — O'Neil’s 2%!"),
            "hishesaidoneils2"
        );
    }

    #[test]
    fn precision_counts_the_first_three_only() {
        let reference = normalize("One fish.Two fish.Red fish.");
        assert_eq!(
            precision_at_3(
                &["Two fish.", "Blue fish.", "One fish.", "Red fish."],
                &reference
            ),
            2.0 / 3.0
        );
        assert_eq!(precision_at_3::<&str>(&[], &reference), 0.0);
        assert_eq!(precision_at_3(&["Red fish!"], &reference), 1.0);
    }

    #[test]
    fn sample_is_evenly_spaced() {
        let cases: Vec<Case> = (0..1111)
            .map(|i| Case {
                name: format!("{i:04}"),
                text: String::new(),
                reference: String::new(),
            })
            .collect();
        let s = sample(&cases);
        assert_eq!(s.len(), 300);
        assert_eq!(s[0].name, "0000");
        assert_eq!(s[1].name, "0003");
        assert_eq!(s[299].name, "1107");
    }
}
