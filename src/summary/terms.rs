//! Content terms of sentences, for comparing sentences with each other and with the title.
//!
//! Takes sentence texts; gives each one's content words (lower-cased `\w+` runs, stopwords
//! and one-letter words dropped) as a [`Bag`]: the distinct terms as sorted ids shared across
//! the article, plus the number of terms counting repeats. No stemming: on the BBC dev sample
//! it did not help ranking (precision@3 0.904 with a suffix stemmer, 0.914 without).

use super::scan::words;
use rustc_hash::FxHashMap;

/// Words too common to say what a sentence is about (lower case, at most 7 bytes).
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
    "more", "most", "mr", "mrs", "ms", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "say",
    "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
];

/// A word of at most 7 bytes as one integer: its bytes (first byte lowest) and its length in
/// the top byte, so two words pack alike only when they are equal.
const fn pack(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// [`STOPWORDS`] packed and sorted, built at compile time.
const STOP_KEYS: [u64; STOPWORDS.len()] = {
    let mut keys = [0u64; STOPWORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        assert!(STOPWORDS[i].len() <= 7);
        keys[i] = pack(STOPWORDS[i].as_bytes());
        i += 1;
    }
    // Insertion sort: const fns cannot call `sort`.
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j - 1];
            keys[j - 1] = keys[j];
            keys[j] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// Whether a lower-cased word is too common to say what a sentence is about. A binary search
/// over the packed [`STOP_KEYS`]: it runs for every word of the article, and at opt-level "z"
/// a `match` on strings compiles to one comparison per stopword.
pub fn is_stopword(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() > 7 {
        return false;
    }
    let key = pack(b);
    let (mut lo, mut hi) = (0usize, STOP_KEYS.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let k = STOP_KEYS[mid];
        if k == key {
            return true;
        }
        if k < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    false
}

/// Writes the lower-cased `word` into `buf`; true when it is a content term (two letters or
/// more, not a stopword). One buffer serves a whole article: no allocation per word.
fn content_term(word: &str, buf: &mut String) -> bool {
    // One char at most: one byte, or a non-ASCII first char with nothing after it.
    let b = word.as_bytes();
    if b.len() < 2 || (b[0] >= 0x80 && word.chars().nth(1).is_none()) {
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
    // One growing scratch list for every sentence; each bag gets an exact-size copy.
    let mut ids: Vec<u32> = Vec::with_capacity(64);
    texts
        .into_iter()
        .map(|text| {
            ids.clear();
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
            crate::order::sort_by(&mut ids, |a, b| a.cmp(b));
            ids.dedup();
            Bag {
                ids: ids.to_vec(),
                len,
            }
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
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        assert!(STOP_KEYS.windows(2).all(|k| k[0] < k[1]));
        for w in ["th", "thee", "a\0", "\0a", "yourself", "whose", "é", "mrss"] {
            assert!(!is_stopword(w), "{w:?}");
        }
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
