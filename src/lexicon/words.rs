//! Word lists packed into one string each.
//!
//! Takes a list written as `words!["said", "told", …]`; gives a [`Words`]: the words one per
//! line in a single `&'static str`, iterated and searched like the slice it replaces. A
//! `&[&str]` keeps an 8-byte pointer and length per word in the WASM module's data segment
//! (about 6,100 of them, ~17 KB gzipped); a packed list keeps one newline byte per word.

/// A fixed word list, packed: every word followed by `\n` (see [`crate::words!`]).
#[derive(Clone, Copy, Debug)]
pub struct Words(&'static str);

/// The words of a list as written, then a newline each: `words!["a", "b"]` is `"a\nb\n"`.
#[macro_export]
#[doc(hidden)]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::lexicon::Words::packed(concat!($($w, "\n"),*))
    };
}

impl Words {
    /// A list from its packed form: each word followed by one `\n` (what `words!` writes).
    pub const fn packed(s: &'static str) -> Self {
        Self(s)
    }

    /// The words in the order written.
    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator('\n')
    }

    /// How many words the list holds (duplicates counted).
    pub const fn len(self) -> usize {
        let (bytes, mut i, mut n) = (self.0.as_bytes(), 0, 0);
        while i < bytes.len() {
            n += (bytes[i] == b'\n') as usize;
            i += 1;
        }
        n
    }

    /// Whether the list is empty.
    pub const fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// Whether `w` is one of the words (exact, case-sensitive): a linear scan, for short or
    /// rarely asked lists; a [`super::WordSet`] answers hot lookups.
    pub fn contains<S: AsRef<str> + ?Sized>(self, w: &S) -> bool {
        let w = w.as_ref();
        self.iter().any(|x| x == w)
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::str::SplitTerminator<'static, char>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_list_reads_back_as_written() {
        const L: Words = crate::words!["said", "told", "", "according to", "said"];
        assert_eq!(
            L.iter().collect::<Vec<_>>(),
            ["said", "told", "", "according to", "said"]
        );
        assert_eq!(L.len(), 5);
        assert!(L.contains("told") && L.contains(&"according to") && L.contains(""));
        assert!(!L.contains("tol") && !L.contains("said\n") && !L.contains("Told"));
        const E: Words = crate::words![];
        assert!(E.is_empty() && !E.contains(""));
        assert_eq!(E.len(), 0);
        assert_eq!(E.into_iter().count(), 0);
    }
}
