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
        // A trailing period on abbreviations, initials and dotted acronyms.
        if chars.get(j).is_some_and(|c| c.1 == '.') {
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
