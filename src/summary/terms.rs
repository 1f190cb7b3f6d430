//! Content terms of sentences, for comparing sentences with each other and with the title.
//!
//! Takes sentence texts; gives each one's content words (lower-cased `\w+` runs, stopwords
//! and one-letter words dropped) as a [`Bag`]: the distinct terms as sorted ids shared across
//! the article, plus the number of terms counting repeats. No stemming: on the BBC dev sample
//! it did not help ranking (precision@3 0.904 with a suffix stemmer, 0.914 without).

use crate::text::words;
use rustc_hash::FxHashMap;

/// Whether a lower-cased word is too common to say what a sentence is about. A `match`
/// (the compiler switches on length, then compares a few candidates): it runs for every word
/// of the article.
pub fn is_stopword(word: &str) -> bool {
    matches!(
        word,
        "a" | "about"
            | "after"
            | "again"
            | "against"
            | "all"
            | "also"
            | "am"
            | "an"
            | "and"
            | "any"
            | "are"
            | "as"
            | "at"
            | "be"
            | "because"
            | "been"
            | "before"
            | "being"
            | "between"
            | "both"
            | "but"
            | "by"
            | "can"
            | "could"
            | "did"
            | "do"
            | "does"
            | "doing"
            | "down"
            | "during"
            | "each"
            | "few"
            | "for"
            | "from"
            | "further"
            | "had"
            | "has"
            | "have"
            | "having"
            | "he"
            | "her"
            | "here"
            | "hers"
            | "herself"
            | "him"
            | "himself"
            | "his"
            | "how"
            | "i"
            | "if"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "itself"
            | "just"
            | "me"
            | "more"
            | "most"
            | "mr"
            | "mrs"
            | "ms"
            | "my"
            | "no"
            | "nor"
            | "not"
            | "now"
            | "of"
            | "off"
            | "on"
            | "once"
            | "one"
            | "only"
            | "or"
            | "other"
            | "our"
            | "ours"
            | "out"
            | "over"
            | "own"
            | "said"
            | "same"
            | "say"
            | "says"
            | "she"
            | "should"
            | "so"
            | "some"
            | "such"
            | "than"
            | "that"
            | "the"
            | "their"
            | "theirs"
            | "them"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "through"
            | "to"
            | "too"
            | "under"
            | "until"
            | "up"
            | "us"
            | "very"
            | "was"
            | "we"
            | "were"
            | "what"
            | "when"
            | "where"
            | "which"
            | "while"
            | "who"
            | "whom"
            | "why"
            | "will"
            | "with"
            | "would"
            | "you"
            | "your"
            | "yours"
    )
}

/// Writes the lower-cased `word` into `buf`; true when it is a content term (two letters or
/// more, not a stopword). One buffer serves a whole article: no allocation per word.
fn content_term(word: &str, buf: &mut String) -> bool {
    if word.chars().nth(1).is_none() {
        return false;
    }
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&word.to_lowercase());
    }
    !is_stopword(buf)
}

/// A sentence's content terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bag {
    /// Distinct term ids, sorted.
    pub ids: Vec<u32>,
    /// Number of terms, repeats counted.
    pub len: usize,
}

impl Bag {
    /// Number of distinct terms two bags share.
    pub fn shared(&self, other: &Bag) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < self.ids.len() && j < other.ids.len() {
            match self.ids[i].cmp(&other.ids[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

/// Bags of several texts, with term ids shared between them.
pub fn bags<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<Bag> {
    let mut vocabulary: FxHashMap<String, u32> = FxHashMap::default();
    let mut buf = String::new();
    texts
        .into_iter()
        .map(|text| {
            let mut ids: Vec<u32> = Vec::new();
            for w in words(text) {
                if !content_term(w, &mut buf) {
                    continue;
                }
                let next = vocabulary.len() as u32;
                let id = match vocabulary.get(buf.as_str()) {
                    Some(&id) => id,
                    None => *vocabulary.entry(buf.clone()).or_insert(next),
                };
                ids.push(id);
            }
            let len = ids.len();
            ids.sort_unstable();
            ids.dedup();
            Bag { ids, len }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_matched_exactly() {
        assert!(is_stopword("the") && is_stopword("because") && is_stopword("yours"));
        assert!(!is_stopword("ceasefire") && !is_stopword("The") && !is_stopword(""));
    }

    #[test]
    fn terms_drop_stopwords_short_words_and_case() {
        let mut buf = String::new();
        let mut t: Vec<String> = Vec::new();
        for w in words("The Kremlin said Putin's talks were useful.") {
            if content_term(w, &mut buf) {
                t.push(buf.clone());
            }
        }
        assert_eq!(t, ["kremlin", "putin", "talks", "useful"]);
    }

    #[test]
    fn bags_share_ids_and_count_overlap() {
        let b = bags(["Putin met Trump. Putin smiled.", "Trump met Zelensky.", ""]);
        assert_eq!(b[0].len, 5);
        assert_eq!(b[0].ids.len(), 4);
        assert_eq!(b[0].shared(&b[1]), 2);
        assert_eq!(b[2], Bag::default());
        assert_eq!(b[2].shared(&b[0]), 0);
    }
}
