//! Byte walks over a sentence for the summary's hot loops.
//!
//! Takes a text; gives its words (the same `\w+` runs as [`crate::text::words`]: maximal runs
//! of alphanumeric chars and `_`), their count, and the count of those inside double
//! quotation marks. ASCII bytes are classified by a table, so the common case is one load per
//! byte; only non-ASCII chars are decoded. The WASM module is built at opt-level "z", where
//! `str::split` with a char closure costs a call per char.

/// Word bytes among ASCII: `0-9`, `A-Z`, `_`, `a-z`.
const WORD_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

/// Whether the char starting at byte `i` of `text` is a word char, and its length in bytes.
#[inline(always)]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let x = text.as_bytes()[i];
    if x < 0x80 {
        (WORD_BYTE[x as usize], 1)
    } else {
        wide_char_at(text, i)
    }
}

/// [`word_char_at`] for a non-ASCII char (kept out of line). U+2000–U+203F (spaces, dashes,
/// curly quotes: the common ones in news text) are bytes `E2 80 xx` and none is a word char.
#[inline(never)]
fn wide_char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes();
    if b[i] == 0xE2 && b.get(i + 1) == Some(&0x80) {
        return (false, 3);
    }
    match text[i..].chars().next() {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

/// The words of a text, in order (same as [`crate::text::words`]).
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.text;
        let end = text.len();
        let mut i = self.at;
        while i < end {
            let (word, len) = word_char_at(text, i);
            if word {
                break;
            }
            i += len;
        }
        if i >= end {
            self.at = end;
            return None;
        }
        let start = i;
        while i < end {
            let (word, len) = word_char_at(text, i);
            if !word {
                break;
            }
            i += len;
        }
        self.at = i;
        Some(&text[start..i])
    }
}

/// Number of words in `text` (same as `text::words(text).count()`).
pub fn count(text: &str) -> usize {
    let (mut n, mut in_word, mut i) = (0usize, false, 0usize);
    let end = text.len();
    while i < end {
        let (word, len) = word_char_at(text, i);
        n += usize::from(word && !in_word);
        in_word = word;
        i += len;
    }
    n
}

/// Words inside double quotation marks and all words: `(quoted, total)`. A word counts as
/// quoted when a mark is open at its first char; `“ « „` open, `” »` close, `"` toggles.
pub fn quoted_words(text: &str) -> (usize, usize) {
    let (mut inside, mut quoted, mut total, mut in_word) = (false, 0usize, 0usize, false);
    let b = text.as_bytes();
    let end = b.len();
    let mut i = 0;
    while i < end {
        let x = b[i];
        let (word, len) = if x < 0x80 {
            if x == b'"' {
                inside = !inside;
            }
            (WORD_BYTE[x as usize], 1)
        } else {
            // Quote marks are not word chars, so updating `inside` first changes nothing.
            match (x, b.get(i + 1), b.get(i + 2)) {
                (0xE2, Some(0x80), Some(0x9C | 0x9E)) => inside = true, // “ „
                (0xE2, Some(0x80), Some(0x9D)) => inside = false,       // ”
                (0xC2, Some(0xAB), _) => inside = true,                 // «
                (0xC2, Some(0xBB), _) => inside = false,                // »
                _ => {}
            }
            wide_char_at(text, i)
        };
        if word && !in_word {
            total += 1;
            quoted += usize::from(inside);
        }
        in_word = word;
        i += len;
    }
    (quoted, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &[&str] = &[
        "",
        "   ",
        "The Kremlin said Putin's talks were useful.",
        "“We will win,” he said — «oui» „ja“ \"yes\" snake_case x2.",
        "Zürich’s café, naïve résumé; 東京 2024—Ωmega ½ ٣ 𝔘nicode",
        "trailing word",
        "__init__ a_b ___",
    ];

    #[test]
    fn words_and_counts_match_the_text_splitter() {
        for s in SAMPLES {
            let ours: Vec<&str> = words(s).collect();
            let theirs: Vec<&str> = crate::text::words(s).collect();
            assert_eq!(ours, theirs, "{s}");
            assert_eq!(count(s), theirs.len(), "{s}");
            assert_eq!(quoted_words(s).1, theirs.len(), "{s}");
        }
    }

    #[test]
    fn every_char_is_classified_like_the_text_splitter() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            let want = (c.is_alphanumeric() || c == '_', c.len_utf8());
            assert_eq!(word_char_at(&s, 0), want, "{c:?}");
        }
    }

    #[test]
    fn quoted_words_follow_the_marks() {
        assert_eq!(quoted_words("“We will win,” he said."), (3, 5));
        assert_eq!(quoted_words("He said \"yes\" twice."), (1, 4));
        // “ opens like „ (it is also a German closing mark): "no" stays quoted.
        assert_eq!(quoted_words("«Oui» „ja“ no"), (3, 3));
        assert_eq!(quoted_words("«Oui» no „ja” no"), (2, 4));
        assert_eq!(quoted_words(""), (0, 0));
    }
}
