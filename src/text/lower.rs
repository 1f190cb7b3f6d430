//! Words lower-cased without a copy when they already are lower case.
//!
//! Takes a word of the text; gives its [`Lower`] form, read as a `&str`: the word itself when
//! it has no capital and is ASCII (most words), a lower-cased copy otherwise. The attribution
//! frames hold one per word (`crate::quotes::frame`); any per-token table can.

/// A word lower-cased: the text's own words when they already are (most words: no copy
/// per word, `make bench-callgrind`), a lower-cased copy otherwise. Reads as a `&str`.
/// Invented: `said` is borrowed, `Said` owned (`said`); both compare equal to `"said"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lower<'a>(std::borrow::Cow<'a, str>);

impl<'a> Lower<'a> {
    /// `w` lower-cased, as `str::to_lowercase` would: borrowed when it has no capital and is
    /// ASCII, by the byte when it is ASCII.
    pub fn of(w: &'a str) -> Self {
        let b = w.as_bytes();
        Lower(if b.iter().all(|&x| x < 0x80 && !x.is_ascii_uppercase()) {
            std::borrow::Cow::Borrowed(w)
        } else if w.is_ascii() {
            std::borrow::Cow::Owned(w.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Owned(w.to_lowercase())
        })
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        **self == *other.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_forms_are_those_of_to_lowercase() {
        for w in [
            "said",
            "Said",
            "ÉTÉ",
            "café",
            "U.S.",
            "o’neill",
            "ΣΟΦΟΣ",
            "",
        ] {
            let l = Lower::of(w);
            assert_eq!(l.as_str(), w.to_lowercase(), "{w}");
            assert!(l == w.to_lowercase().as_str());
        }
        assert!(matches!(Lower::of("said").0, std::borrow::Cow::Borrowed(_)));
    }
}
