//! What the text writes elsewhere, for the name spotter's sentence-initial and quote-initial
//! capitals: whether a sentence's first word also stands in lower case (`Critics` /
//! `critics`), and which capitalised words stand inside a sentence (`said Boreing`).
//!
//! Takes a [`Doc`] (or its text); gives per-sentence flags and the set of inside words.

use crate::text::Doc;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// For each sentence, whether its first word is one the text also writes in lower case (a
/// word starting with a lower-case letter, `crate::text::words`): a sentence-initial capital
/// on it is no name. Sentences of `skip`ped paragraphs, and empty ones, get `false`.
///
/// Only the first words are looked for: the text's words are walked once and each is
/// looked up only when its first byte and length are those of some first word (a bitmap),
/// instead of every lower-case word going into a set (`make bench-callgrind`).
///
/// Invented: in `Critics left. Then critics came. Critics?`, sentences 0 and 2 get `true`,
/// sentence 1 (`then` is never written so) `false`.
pub(super) fn lowercase_initials(doc: &Doc, skip: &[bool]) -> Vec<bool> {
    let text = doc.text;
    // Each first word lower-cased, as `str::to_lowercase` gives it, and the slot of its flag.
    let mut slots: FxHashMap<Cow<str>, usize> = FxHashMap::default();
    let mut slot_of = vec![usize::MAX; doc.sentences.len()];
    // Bit `len` (at most 63) of entry `first byte & 31`: some first word has them.
    let mut shapes = [0u64; 32];
    for (si, s) in doc.sentences.iter().enumerate() {
        if skip[s.paragraph] {
            continue;
        }
        let Some(t) = doc.sentence_tokens(si).first() else {
            continue;
        };
        let w = t.span.of(text);
        let low = if w
            .bytes()
            .all(|x| x.is_ascii_lowercase() || x.is_ascii_digit())
        {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(w.to_lowercase())
        };
        let Some(&b0) = low.as_bytes().first() else {
            continue;
        };
        shapes[usize::from(b0 & 31)] |= 1 << low.len().min(63);
        let n = slots.len();
        slot_of[si] = *slots.entry(low).or_insert(n);
    }
    let mut found = vec![false; slots.len()];
    for w in crate::text::words(text) {
        let b0 = w.as_bytes()[0];
        if b0 < 0x80 && !b0.is_ascii_lowercase()
            || shapes[usize::from(b0 & 31)] & (1 << w.len().min(63)) == 0
            || !w.chars().next().is_some_and(char::is_lowercase)
        {
            continue;
        }
        if let Some(&k) = slots.get(w) {
            found[k] = true;
        }
    }
    slot_of
        .iter()
        .map(|&k| found.get(k).copied().unwrap_or(false))
        .collect()
}

/// Capitalised words that also stand inside a sentence, after a word and a space (`Tom
/// Boreing`, `said Kelly`): names, even where they open a sentence (`Boreing said`), though
/// they end like a participle or an adverb.
///
/// A byte walk: ASCII is classed by the byte, the rest of a word's ASCII letters skipped in
/// a tight loop, a character decoded only past ASCII (this reads the whole text).
pub(super) fn inside_sentence(text: &str) -> FxHashSet<&str> {
    let mut out = FxHashSet::default();
    let b = text.as_bytes();
    let mut prev_alnum = false;
    let mut space_after_word = false;
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        if word_start.is_some() && prev_alnum {
            // Inside a word: more ASCII letters and digits change nothing but the position.
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
                space_after_word = false;
            }
            if i >= b.len() {
                break;
            }
        }
        let (alnum, upper, space, n) = if b[i] < 0x80 {
            let c = b[i];
            (
                c.is_ascii_alphanumeric() || c == b'_',
                c.is_ascii_uppercase(),
                c == b' ',
                1,
            )
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.is_uppercase(), false, c.len_utf8())
        };
        match (alnum, word_start) {
            (true, None) => {
                if space_after_word && upper {
                    word_start = Some(i);
                } else {
                    word_start = Some(usize::MAX);
                }
            }
            (false, Some(a)) => {
                if a != usize::MAX {
                    out.insert(&text[a..i]);
                }
                word_start = None;
            }
            _ => {}
        }
        space_after_word = space && prev_alnum;
        prev_alnum = alnum;
        i += n;
    }
    if let Some(a) = word_start.filter(|&a| a != usize::MAX) {
        out.insert(&text[a..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_initials_are_first_words_also_written_in_lower_case() {
        // Invented: `critics` is written in lower case, `then` is not.
        let article =
            crate::extract::article_from_text("Critics left. Then critics came. Critics?");
        let doc = Doc::new(&article);
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(lowercase_initials(&doc, &[false]), [true, false, true]);
        assert_eq!(lowercase_initials(&doc, &[true]), [false, false, false]);
    }

    #[test]
    fn inside_sentence_keeps_capitals_after_a_word_and_a_space() {
        // Invented: `Boreing` after `said `, `Émile` past ASCII; not the opening `Tom`, not
        // `Kelly` after a comma, not `Ann` after two spaces.
        let got = inside_sentence("Tom met said Boreing, Kelly left  Ann x_Émile y Zoë");
        let mut got: Vec<&str> = got.into_iter().collect();
        got.sort_unstable();
        assert_eq!(got, ["Boreing", "Zoë"]);
        assert!(inside_sentence("").is_empty());
        assert_eq!(
            inside_sentence("one Two").into_iter().collect::<Vec<_>>(),
            ["Two"]
        );
    }
}
