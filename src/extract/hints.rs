//! Matchers of element hints (the lower-cased `class`/`id`/`role`/`itemprop` values): the
//! hint words, chrome words and fragments, read in byte walks since they run for every
//! distinct hint string of the page.
//!
//! Takes a hint string; gives its words ([`hint_words`]: runs of letters and digits,
//! "c-share__bar" → "c", "share", "bar"), whether it names chrome ([`is_chrome_hint`]) and
//! whether it holds a fragment ([`has_fragment`]). The tables are `super::patterns`'.

use super::patterns::CHROME_FRAGMENTS;

/// Hint words of containers that hold page chrome, not story: navigation, sharing, ads,
/// teasers, comments, newsletter and cookie boxes, bylines and tag lists. A `match` (length
/// first, then a few compares): it is asked about every word of every distinct hint string on
/// the page, and a linear scan of the list was a third of the extraction's instructions.
fn is_chrome_word(w: &str) -> bool {
    matches!(
        w,
        "ad" | "adblock"
            | "ads"
            | "adslot"
            | "adunit"
            | "advert"
            | "advertisement"
            | "advertising"
            | "alert"
            | "aside"
            | "author"
            | "authors"
            | "banner"
            | "breadcrumb"
            | "breadcrumbs"
            | "byline"
            | "caption"
            | "credit"
            | "gallery"
            | "bylines"
            | "comment"
            | "comments"
            | "complementary"
            | "consent"
            | "contentinfo"
            | "copyright"
            | "disclaimer"
            | "cookie"
            | "cookies"
            | "disqus"
            | "dialog"
            | "footer"
            | "gdpr"
            | "masthead"
            | "menu"
            | "modal"
            | "nav"
            | "navbar"
            | "navigation"
            | "newsletter"
            | "outbrain"
            | "pagination"
            | "popular"
            | "print"
            | "popup"
            | "promo"
            | "recirc"
            | "recommendations"
            | "recommended"
            | "related"
            | "reply"
            | "respond"
            | "search"
            | "share"
            | "sharing"
            | "sidebar"
            | "signup"
            | "social"
            | "sponsor"
            | "sponsored"
            | "subscribe"
            | "subscription"
            | "taboola"
            | "tags"
            | "teaser"
            | "teasers"
            | "toolbar"
            | "trending"
            | "widget"
    )
}

/// The words of `hints`: runs of letters and digits. A byte walk (a character is decoded
/// only past ASCII) instead of `split` with a `char` test: hints are read for every element.
///
/// Invented: `"c-share__bar x2"` gives `c`, `share`, `bar`, `x2`.
fn hint_words(hints: &str) -> HintWords<'_> {
    HintWords { hints, at: 0 }
}

/// The iterator of [`hint_words`].
struct HintWords<'a> {
    hints: &'a str,
    at: usize,
}

/// The letter or digit (past ASCII) starting at byte `i` of `s`, and its length in bytes.
fn wide_alnum(s: &str, i: usize) -> (bool, usize) {
    let c = s[i..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric(), c.len_utf8())
}

impl<'a> Iterator for HintWords<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let (s, b) = (self.hints, self.hints.as_bytes());
        let mut i = self.at;
        // Up to the next word: ASCII bytes in a tight loop.
        loop {
            while i < b.len() && b[i] < 0x80 && !b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i >= b.len() {
                self.at = i;
                return None;
            }
            if b[i] < 0x80 {
                break;
            }
            let (word, n) = wide_alnum(s, i);
            if word {
                break;
            }
            i += n;
        }
        let start = i;
        loop {
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i >= b.len() || b[i] < 0x80 {
                break;
            }
            let (word, n) = wide_alnum(s, i);
            if !word {
                break;
            }
            i += n;
        }
        self.at = i;
        Some(&s[start..i])
    }
}

/// True when `hints` hold any of `words` as a word.
pub fn has_word(hints: &str, words: &[&str]) -> bool {
    hint_words(hints).any(|w| words.contains(&w))
}

/// Page builders whose every layout unit is a "widget" (`elementor-widget-text-editor`,
/// CKEditor's `ck-widget`, SiteOrigin's `so-panel widget widget_text`): in hints holding one
/// of these words, "widget" names a box of the story, not a sidebar widget.
const BUILDER_WORDS: &[&str] = &["elementor", "ck", "so"];

/// Words after which a hint word is a property, not a kind: `has-comments`, `no-sidebar`.
const PROPERTY_WORDS: &[&str] = &["has", "no", "with", "without"];

/// The hint of a post's own element (the hAtom entry that WordPress, Squarespace and others put
/// on every post): its other words are the post's taxonomy (`author-ann-lee`, `tag-news`,
/// `has-comments`), never a chrome box.
const ENTRY_WORD: &str = "hentry";

/// True when `hints` mark chrome: a chrome word or fragment. A builder's "widget"
/// ([`BUILDER_WORDS`]), a property (`has-comments`, [`PROPERTY_WORDS`]) and the words of a
/// post's own element ([`ENTRY_WORD`]) are not. One pass over the words: whether a builder
/// word stands anywhere decides only a "widget" seen on the way.
pub fn is_chrome_hint(hints: &str) -> bool {
    let (mut prev, mut builder, mut widget, mut chrome) = ("", false, false, false);
    for w in hint_words(hints) {
        if w == ENTRY_WORD {
            return false;
        }
        builder |= BUILDER_WORDS.contains(&w);
        if is_chrome_word(w) && !PROPERTY_WORDS.contains(&prev) {
            if w == "widget" {
                widget = true;
            } else {
                chrome = true;
            }
        }
        prev = w;
    }
    chrome || widget && !builder || has_fragment(hints, CHROME_FRAGMENTS)
}

/// The bit a fragment's first two bytes set in [`has_fragment`]'s mask (shared bits only
/// cost a try).
fn pair_bit(a: u8, b: u8) -> u64 {
    1 << ((u32::from(a) * 7 + u32::from(b)) & 63)
}

/// True when `hints` contain any of `fragments` (two bytes or longer) anywhere. One pass
/// over the bytes; the fragments are tried only where the two bytes there open one of them
/// (a 64-bit mask of first pairs), instead of every fragment at every byte: this runs for
/// every distinct hint string of the page.
pub(crate) fn has_fragment(hints: &str, fragments: &[&str]) -> bool {
    let mut first = 0u64;
    for f in fragments {
        if let [a, b, ..] = f.as_bytes() {
            first |= pair_bit(*a, *b);
        }
    }
    let bytes = hints.as_bytes();
    (1..bytes.len()).any(|i| {
        first & pair_bit(bytes[i - 1], bytes[i]) != 0
            && fragments
                .iter()
                .any(|f| bytes[i - 1..].starts_with(f.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_match_by_word() {
        assert!(is_chrome_hint("c-share__bar"));
        assert!(is_chrome_hint("ad-slot top"));
        assert!(!is_chrome_hint("header-wrapper load"));
        assert!(is_chrome_hint("block mostread-list"));
        assert!(!is_chrome_hint("entry-content"));
        assert!(has_word("entry-content", &["content"]));
        // A page builder's layout unit is no sidebar widget; a sidebar's widget is.
        assert!(!is_chrome_hint(
            "elementor-element elementor-widget elementor-widget-text-editor"
        ));
        assert!(!is_chrome_hint("ck-widget row"));
        assert!(!is_chrome_hint(
            "so-panel widget widget_text panel-first-child"
        ));
        assert!(!is_chrome_hint(
            "so-widget-sow-editor so-widget-sow-editor-base"
        ));
        assert!(is_chrome_hint("widget widget_text"));
        assert!(is_chrome_hint("elementor-widget-sidebar"));
        // A post's own classes and a property name no chrome box.
        assert!(!is_chrome_hint(
            "blogitem hentry author-ann-lee has-comments"
        ));
        assert!(!is_chrome_hint("page has-sidebar"));
        assert!(is_chrome_hint("comments-area"));
        // The builder word may come after the widget.
        assert!(!is_chrome_hint("widget elementor-column"));
        assert!(is_chrome_hint("no-sidebar footer"));
    }

    #[test]
    fn hint_words_are_runs_of_letters_and_digits() {
        fn words(h: &str) -> Vec<&str> {
            hint_words(h).collect()
        }
        assert_eq!(words("c-share__bar x2"), ["c", "share", "bar", "x2"]);
        assert_eq!(words("--café·menü—top-"), ["café", "menü", "top"]);
        assert!(words("").is_empty() && words("-_- ·").is_empty());
    }

    #[test]
    fn fragments_match_anywhere() {
        assert!(has_fragment("block mostread-list", CHROME_FRAGMENTS));
        assert!(has_fragment("x-cookiebanner", CHROME_FRAGMENTS));
        assert!(!has_fragment("most-recent readme", CHROME_FRAGMENTS));
        assert!(!has_fragment("", CHROME_FRAGMENTS));
    }
}
