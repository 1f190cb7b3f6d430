//! Quote-mark scanning: finds quoted stretches in each paragraph.
//!
//! Takes the article text and its paragraph spans; gives the inner span (without the marks)
//! of every quotation: curly “…”, straight "…", guillemets «…» and »…«, low-high „…“, and
//! single curly ‘…’ where the closing mark is not an apostrophe.

use crate::text::Span;

/// Pairs of (opening, closing) marks.
const PAIRS: &[(char, char)] = &[('“', '”'), ('«', '»'), ('„', '“'), ('»', '«'), ('‘', '’')];

/// A quoted stretch: `inner` excludes the marks, `outer` includes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// The quoted words.
    pub inner: Span,
    /// The quoted words with their marks.
    pub outer: Span,
}

/// Whether the char before `pos` in `text` is a letter (so `’` at `pos` is an apostrophe).
fn letter_after(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .nth(1)
        .is_some_and(char::is_alphanumeric)
}

/// Finds the quotations of one paragraph `par` of `text`.
pub fn scan(text: &str, par: Span) -> Vec<Marked> {
    let p = par.of(text);
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < p.len() {
        let Some(c) = p[i..].chars().next() else {
            break;
        };
        let open_len = c.len_utf8();
        let close = if c == '"' {
            Some('"')
        } else {
            PAIRS.iter().find(|(o, _)| *o == c).map(|(_, cl)| *cl)
        };
        if let Some(close) = close {
            // A single mark opens only before a word, and closes where it is not an apostrophe.
            let before_ok = i == 0
                || p[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|b| !b.is_alphanumeric());
            if before_ok {
                let body = i + open_len;
                let mut j = body;
                let mut found = None;
                while j < p.len() {
                    let Some(d) = p[j..].chars().next() else {
                        break;
                    };
                    if d == close && !(close == '’' && letter_after(p, j)) {
                        found = Some(j);
                        break;
                    }
                    j += d.len_utf8();
                }
                if let Some(j) = found {
                    let inner = &p[body..j];
                    if !inner.trim().is_empty() {
                        let lead = inner.len() - inner.trim_start().len();
                        let trimmed = inner.trim();
                        out.push(Marked {
                            inner: Span::new(
                                par.start + body + lead,
                                par.start + body + lead + trimmed.len(),
                            ),
                            outer: Span::new(par.start + i, par.start + j + close.len_utf8()),
                        });
                    }
                    i = j + close.len_utf8();
                    continue;
                }
            }
        }
        i += open_len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(t: &str) -> Vec<&str> {
        scan(t, Span::new(0, t.len()))
            .iter()
            .map(|m| m.inner.of(t))
            .collect()
    }

    #[test]
    fn finds_each_style() {
        assert_eq!(
            inner("He said “yes, now,” and \"no\"."),
            ["yes, now,", "no"]
        );
        assert_eq!(inner("«Oui» et „Ja“"), ["Oui", "Ja"]);
        assert_eq!(inner("It’s ‘fine’ and Trump’s ‘deal’"), ["fine", "deal"]);
    }

    #[test]
    fn unbalanced_marks_are_left_alone() {
        assert_eq!(inner("A “broken quote with no end"), Vec::<&str>::new());
    }
}
