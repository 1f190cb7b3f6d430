//! Word tokens for name spotting and attribution.
//!
//! Takes a text and a byte span of it; gives its words as byte spans: runs of letters and
//! digits joined by inner `-`, `'`, `’`, `.`, `&` (`O’Neill`, `U.S`, `AT&T`), with a trailing
//! period kept on abbreviations and initials (`Sen.`, `J.`, `U.S.`), and a possessive `’s`
//! split off and flagged.

use crate::text::Span;

/// Abbreviations that keep their period.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Atty", "Capt", "Co", "Col", "Corp", "Cpl", "Del", "Det", "Dr", "Gen", "Gov", "Inc",
    "Jr", "Lt", "Ltd", "Maj", "Mr", "Mrs", "Ms", "Mt", "Prof", "Rep", "Rev", "Sec", "Sen", "Sgt",
    "Sr", "St", "Supt", "Vs", "vs",
];

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

/// The words of `span` in `text`.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let s = span.of(text);
    // Walked by byte offset, one char decoded where it is read: collecting every char of the
    // span into a Vec first cost an allocation and a copy per sentence (`make bench-callgrind`).
    // An ASCII byte is its char, with no decoding (most of the text; the decoding was most of
    // the tokenizer's cost).
    let b = s.as_bytes();
    let at = |i: usize| match b.get(i) {
        Some(&x) if x < 0x80 => Some(char::from(x)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i + c.len_utf8();
        while let Some(c) = at(j) {
            let next = j + c.len_utf8();
            if c.is_alphanumeric() || (joiner(c) && at(next).is_some_and(char::is_alphanumeric)) {
                j = next;
            } else {
                break;
            }
        }
        let mut end = j;
        let word = &s[start..end];
        // A trailing period on abbreviations, initials and dotted acronyms.
        if at(j) == Some('.') {
            let single_cap = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if single_cap || word.contains('.') || ABBREVIATIONS.contains(&word) {
                end += 1;
                j += 1;
            }
        }
        let word = &s[start..end];
        let mut possessive = false;
        let mut tok_end = end;
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

/// Whether a word starts with a capital letter.
pub fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
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
