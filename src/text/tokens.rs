//! Word tokens for name spotting and attribution.
//!
//! Takes a text and a byte span of it; gives its words as byte spans: runs of letters and
//! digits joined by inner `-`, `'`, `’`, `.`, `&` (`O’Neill`, `U.S`, `AT&T`), with a trailing
//! period kept on abbreviations and initials (`Sen.`, `J.`, `U.S.`), and a possessive `’s`
//! split off and flagged.

use crate::text::chars::{decode, is, is_alnum, ALNUM, UPPER};
use crate::text::Span;

/// Abbreviations that keep their period.
static ABBREVIATIONS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "Adm", "Atty", "Capt", "Co", "Col", "Corp", "Cpl", "Del", "Det", "Dr", "Gen", "Gov", "Inc",
    "Jr", "Lt", "Ltd", "Maj", "Mr", "Mrs", "Ms", "Mt", "Prof", "Rep", "Rev", "Sec", "Sen", "Sgt",
    "Sr", "St", "Supt", "Vs", "vs",
]);

/// One word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// The word, without a possessive `’s`.
    pub span: Span,
    /// Whether a possessive `’s` / `'s` followed it.
    pub possessive: bool,
}

fn joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&')
}

/// The char at byte `i` of `s` (a char boundary) and its length in bytes, if `i` is inside
/// `s`: an ASCII byte is its own char, with no decoding.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = s.as_bytes();
    match b.get(i) {
        Some(&x) if x < 0x80 => Some((char::from(x), 1)),
        Some(_) => Some(decode(b, i)),
        None => None,
    }
}

/// Whether a letter or digit stands at byte `i` of `s`.
fn alnum_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    match b.get(i) {
        Some(&x) if x < 0x80 => is(x, ALNUM),
        Some(_) => is_alnum(decode(b, i).0),
        None => false,
    }
}

/// One past the word that starts at byte `start` of `s` (a letter or digit there): letters
/// and digits, and joiners with a letter or digit after them. ASCII letters are skipped in
/// a tight loop by the byte; a char is decoded only past ASCII.
fn word_end(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    let mut j = start;
    loop {
        while j < b.len() && is(b[j], ALNUM) {
            j += 1;
        }
        let Some((c, n)) = char_at(s, j) else {
            return j;
        };
        if !c.is_ascii() && is_alnum(c) || joiner(c) && alnum_at(s, j + n) {
            j += n;
        } else {
            return j;
        }
    }
}

/// Whether `word` is one capital letter (an initial: `J`).
fn single_capital(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// The words of `span` in `text`.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let s = span.of(text);
    // Walked by the byte: an ASCII byte is classed as it is, a char decoded only past ASCII
    // (the char-by-char walk decoded every char, most of the tokenizer's cost at opt-level
    // "z", `make bench-callgrind`).
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if !is(x, ALNUM) {
                i += 1;
                continue;
            }
        } else {
            let (c, n) = decode(b, i);
            if !is_alnum(c) {
                i += n;
                continue;
            }
        }
        let start = i;
        let mut j = word_end(s, i);
        let mut end = j;
        // A trailing period on abbreviations, initials and dotted acronyms.
        if b.get(j) == Some(&b'.') {
            let word = &s[start..end];
            if single_capital(word)
                || word.as_bytes().contains(&b'.')
                || word.len() <= 4 && ABBREVIATIONS.contains(&word)
            {
                end += 1;
                j += 1;
            }
        }
        let word = &b[start..end];
        let mut tok_end = end;
        let mut possessive = false;
        if word.last() == Some(&b's') {
            for suffix in ["’s", "'s"] {
                if word.len() > suffix.len() && word.ends_with(suffix.as_bytes()) {
                    tok_end = end - suffix.len();
                    possessive = true;
                }
            }
        }
        out.push(Token {
            span: Span::new(span.start + start, span.start + tok_end),
            possessive,
        });
        i = j;
    }
    out
}

/// Whether a word starts with a capital letter.
pub fn is_cap(w: &str) -> bool {
    // (By the byte for ASCII: this runs on most words of the text.)
    match w.as_bytes().first() {
        None => false,
        Some(&x) if x < 0x80 => is(x, UPPER),
        Some(_) => decode(w.as_bytes(), 0).0.is_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<(&str, bool)> {
        tokens(t, Span::new(0, t.len()))
            .iter()
            .map(|k| (k.span.of(t), k.possessive))
            .collect()
    }

    /// The first tokenizer (every char collected first), kept to check the byte walk against.
    fn by_char_table(text: &str, span: Span) -> Vec<Token> {
        let s = span.of(text);
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].1.is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = chars[i].0;
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if c.is_alphanumeric()
                    || (joiner(c) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let mut end = chars.get(j).map_or(s.len(), |c| c.0);
            let word = &s[start..end];
            if chars.get(j).is_some_and(|c| c.1 == '.') {
                let single_cap = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if single_cap || word.contains('.') || ABBREVIATIONS.contains(&word) {
                    end += 1;
                    j += 1;
                }
            }
            let word = &s[start..end];
            let (mut possessive, mut tok_end) = (false, end);
            for suffix in ["’s", "'s"] {
                if word.len() > suffix.len() && word.ends_with(suffix) {
                    tok_end = end - suffix.len();
                    possessive = true;
                }
            }
            out.push(Token {
                span: Span::new(span.start + start, span.start + tok_end),
                possessive,
            });
            i = j;
        }
        out
    }

    #[test]
    fn byte_walk_matches_the_char_table() {
        let texts = [
            "Sen. O’Neill’s U.S. plan, J. Doe said.",
            "“It’s fine,” said Dr. Émile Zola-Brun of AT&T. – Ça va? Ü.",
            "rock-’n’-roll 3.5 km, e.g. x.y. Ö. ’s 's Mr.",
            "Straße‘s naïve café — déjà-vu… São Paulo’s 東京 Ω.",
            "",
            ".",
            "a",
            "A.",
            "-a-",
            "a’",
            "a’s’s",
        ];
        for t in texts {
            for start in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let span = Span::new(start, t.len());
                assert_eq!(
                    tokens(t, span),
                    by_char_table(t, span),
                    "{t:?} from {start}"
                );
            }
        }
    }

    #[test]
    fn byte_walk_matches_the_char_table_on_random_text() {
        for t in crate::text::random_texts(20_000) {
            let span = Span::new(0, t.len());
            assert_eq!(tokens(&t, span), by_char_table(&t, span), "{t:?}");
        }
    }

    #[test]
    fn is_cap_is_a_capital_first_char() {
        for t in crate::text::random_texts(5_000) {
            let first = t.chars().next().is_some_and(char::is_uppercase);
            assert_eq!(is_cap(&t), first, "{t:?}");
        }
    }

    #[test]
    fn splits_words_and_possessives() {
        assert_eq!(
            words("Sen. O’Neill’s U.S. plan, J. Doe said."),
            [
                ("Sen.", false),
                ("O’Neill", true),
                ("U.S.", false),
                ("plan", false),
                ("J.", false),
                ("Doe", false),
                ("said", false)
            ]
        );
        assert_eq!(words("“It’s fine”"), [("It", true), ("fine", false)]);
    }
}
