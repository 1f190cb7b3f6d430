//! Extractive summary and reading stats.
//!
//! Takes a segmented [`Doc`]; gives the key sentences ranked best first (their spans), the
//! word count and the reading time. Sentences are scored by how central their content words
//! are to the article, with a bonus for early position and a penalty for sentences that lean
//! on an earlier one ("He added…", "This comes after…").

use crate::text::{words, Doc, Span};
use std::collections::HashMap;

/// Words too common to say what a sentence is about.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his",
    "i", "if", "in", "into", "is", "it", "its", "more", "not", "of", "on", "one", "or", "our",
    "over", "said", "says", "she", "so", "than", "that", "the", "their", "there", "they", "this",
    "to", "up", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would",
    "you",
];

/// Openers that make a sentence depend on the one before it.
const DEPENDENT_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "this", "that", "these", "those", "but", "and", "however", "also",
];

/// Reading speed used for `reading_minutes`.
pub const WORDS_PER_MINUTE: f64 = 230.0;

/// Word count and reading time.
pub fn stats(text: &str) -> (usize, f64) {
    let n = words(text).count();
    (n, ((n as f64 / WORDS_PER_MINUTE) * 10.0).round() / 10.0)
}

/// The `n` best sentences, best first.
pub fn summarize(doc: &Doc, n: usize) -> Vec<Span> {
    let sents = &doc.sentences;
    if sents.len() <= n {
        return sents.iter().map(|s| s.span).collect();
    }
    let lower: Vec<Vec<String>> = sents
        .iter()
        .map(|s| {
            words(doc.slice(s.span))
                .map(str::to_lowercase)
                .filter(|w| !STOPWORDS.contains(&w.as_str()) && w.chars().count() > 2)
                .collect()
        })
        .collect();
    let mut freq: HashMap<&str, f64> = HashMap::new();
    for ws in &lower {
        for w in ws {
            *freq.entry(w.as_str()).or_default() += 1.0;
        }
    }
    let total = sents.len() as f64;
    let mut scored: Vec<(f64, usize)> = lower
        .iter()
        .enumerate()
        .map(|(i, ws)| {
            let len = words(doc.slice(sents[i].span)).count();
            if ws.is_empty() || len < 6 {
                return (f64::MIN, i);
            }
            let centrality: f64 =
                ws.iter().map(|w| freq[w.as_str()] - 1.0).sum::<f64>() / (ws.len() as f64).sqrt();
            let position = 1.0 - (i as f64 / total);
            let first = words(doc.slice(sents[i].span))
                .next()
                .unwrap_or("")
                .to_lowercase();
            let dependent = if DEPENDENT_OPENERS.contains(&first.as_str()) {
                0.5
            } else {
                1.0
            };
            ((centrality + 2.0 * position) * dependent, i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(n)
        .map(|(_, i)| sents[i].span)
        .collect()
}
