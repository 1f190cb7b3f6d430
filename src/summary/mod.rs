//! Extractive summary and reading stats.
//!
//! Takes a segmented [`Doc`] and the article title; gives the key sentences ranked best first
//! (their byte spans), the word count and the reading time.
//!
//! A sentence's score is its TextRank centrality ([`textrank`]: how much of the article's
//! vocabulary it shares with the other sentences), scaled by how well it stands alone
//! ([`shape`]: "He added that…" or a quote with no speaker weigh less) and by a small bonus
//! for coming early. Headings, the title line and unpunctuated fragments are not candidates.
//! Picking best first, a sentence that mostly repeats one already picked waits until the
//! others are used. Articles of at most [`SHORT_ARTICLE`] candidate sentences are returned
//! whole, in text order.

pub mod scan;
pub mod shape;
pub mod terms;
pub mod textrank;

use crate::text::{Doc, Span};

/// Reading speed used for `reading_minutes`.
pub const WORDS_PER_MINUTE: f64 = 230.0;
/// Articles with at most this many candidate sentences are given whole, unranked.
pub const SHORT_ARTICLE: usize = 3;
/// Bonus for position: the k-th candidate (from 0) has its score scaled by
/// `1 + POSITION / (k + 1)`, so the lede breaks near-ties.
const POSITION: f64 = 0.1;
/// Share of a sentence's distinct terms found in an already picked one that makes it a repeat.
const REPEAT: f64 = 0.7;

/// Word count and reading time.
pub fn stats(text: &str) -> (usize, f64) {
    let n = scan::count(text);
    (n, ((n as f64 / WORDS_PER_MINUTE) * 10.0).round() / 10.0)
}

/// The sentences (indices into `doc.sentences`) that may enter the summary.
fn candidates(doc: &Doc, title: &str) -> Vec<usize> {
    let text = |i: usize| doc.slice(doc.sentences[i].span);
    let all = 0..doc.sentences.len();
    let chosen: Vec<usize> = all
        .clone()
        .filter(|&i| shape::is_candidate(text(i), title))
        .collect();
    if !chosen.is_empty() {
        return chosen;
    }
    // Nothing is punctuated (a list, a transcript): take what is not the title.
    let untitled: Vec<usize> = all
        .clone()
        .filter(|&i| !shape::is_title(text(i), title))
        .collect();
    if untitled.is_empty() {
        all.collect()
    } else {
        untitled
    }
}

/// The `n` best sentences of the article, best first.
pub fn summarize(doc: &Doc, title: &str, n: usize) -> Vec<Span> {
    let cands = candidates(doc, title);
    let span = |i: usize| doc.sentences[i].span;
    if cands.len() <= SHORT_ARTICLE {
        return cands.into_iter().take(n).map(span).collect();
    }
    let texts: Vec<&str> = cands.iter().map(|&i| doc.slice(span(i))).collect();
    let bags = terms::bags(texts.iter().copied());
    let centrality = textrank::scores(&bags);
    let score: Vec<f64> = (0..cands.len())
        .map(|k| centrality[k] * shape::weight(texts[k]) * (1.0 + POSITION / (k as f64 + 1.0)))
        .collect();
    let mut order: Vec<usize> = (0..cands.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        score[b].total_cmp(&score[a]).then(a.cmp(&b))
    });

    let mut picked: Vec<usize> = Vec::with_capacity(n);
    let mut repeats: Vec<usize> = Vec::new();
    for k in order {
        if picked.len() == n {
            break;
        }
        let repeats_one = picked.iter().any(|&p| {
            let distinct = bags[k].ids.len();
            distinct > 0 && bags[k].shared(&bags[p]) as f64 >= REPEAT * distinct as f64
        });
        if repeats_one {
            repeats.push(k);
        } else {
            picked.push(k);
        }
    }
    picked.extend(repeats);
    picked.into_iter().take(n).map(|k| span(cands[k])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_from_text;

    fn summary(text: &str, n: usize) -> Vec<String> {
        let article = article_from_text(text);
        let doc = Doc::new(&article);
        summarize(&doc, &article.title, n)
            .into_iter()
            .map(|s| doc.slice(s).to_string())
            .collect()
    }

    #[test]
    fn short_articles_come_back_whole_in_order() {
        let text = "Storm hits coast\n\nA storm hit the coast on Monday night.\n\n\
                    Thousands of homes lost power. Schools stayed shut on Tuesday.";
        assert_eq!(
            summary(text, 5),
            [
                "A storm hit the coast on Monday night.",
                "Thousands of homes lost power.",
                "Schools stayed shut on Tuesday."
            ]
        );
        assert_eq!(summary(text, 1), ["A storm hit the coast on Monday night."]);
    }

    #[test]
    fn empty_and_odd_inputs_do_not_panic() {
        assert!(summary("", 3).is_empty());
        assert_eq!(summary("Just a heading", 3), ["Just a heading"]);
        assert_eq!(summary("one\n\ntwo\n\nthree\n\nfour\n\nfive", 2).len(), 2);
        assert!(summary("....!!!???", 3).len() <= 1);
    }

    #[test]
    fn central_sentences_beat_asides_and_repeats_wait() {
        let text = "Council approves new bridge\n\n\
            The city council approved a new bridge over the river on Monday.\n\n\
            The bridge over the river will cost the council 40 million pounds.\n\n\
            The weather was mild and sunny for most of the afternoon.\n\n\
            The new bridge over the river was approved by the city council on Monday.\n\n\
            Work on the bridge will start next spring, the council said.";
        let s = summary(text, 3);
        assert_eq!(
            s[0],
            "The city council approved a new bridge over the river on Monday."
        );
        assert!(!s[..2]
            .iter()
            .any(|x| x.starts_with("The new bridge over the river was")));
        assert!(!s.iter().any(|x| x.contains("weather")));
    }

    #[test]
    fn stats_count_words_and_minutes() {
        assert_eq!(stats("one two three"), (3, 0.0));
        assert_eq!(stats(&"word ".repeat(460)), (460, 2.0));
    }
}
