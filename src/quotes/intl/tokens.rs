//! Tokens of one sentence for the non-English attribution rules.
//!
//! Takes the article text, a sentence span and the quotations in it; gives [`Tok`]s: words
//! (with a lower-case form; French elisions `l'`, `d'`, `qu'` split off as words of their own),
//! punctuation, and each quotation as a single token, so that a rule reads `QUOTE , sagte
//! Merkel .` or `Merkel sagte : QUOTE`.

use crate::text::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A word.
    Word,
    /// One punctuation mark (`,` `:` `.` `(` …).
    Punct(char),
    /// A quotation (the index of the quote in the article's list).
    Quote(usize),
}

/// One token: its kind, where it stands (bytes into the text) and its lower-case form.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Word, punctuation or quotation.
    pub kind: Kind,
    /// Bytes into the article text.
    pub span: Span,
    /// The word in lower case, an elision without its apostrophe (`l'` → `l`); empty for others.
    pub low: String,
    /// The word starts with a capital letter.
    pub cap: bool,
}

impl Tok {
    /// Whether this is the punctuation mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether this is a word.
    pub fn word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// French and Italian elided words that lean on the next one (`l'État`, `qu'il`).
static ELIDED: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "l", "d", "qu", "s", "n", "j", "c", "m", "t", "jusqu", "lorsqu",
]);

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The tokens of `span`; `quotes` (outer spans with their index) become one token each.
///
/// `„Wir kommen“, sagte Roth.` → Quote(0) `,` `sagte` `Roth` `.`
pub fn tokens(text: &str, span: Span, quotes: &[(usize, Span)]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = span.start;
    while i < span.end {
        if let Some(&(k, q)) = quotes.iter().find(|(_, q)| q.start == i) {
            out.push(Tok {
                kind: Kind::Quote(k),
                span: q,
                low: String::new(),
                cap: false,
            });
            i = q.end.max(i + 1);
            continue;
        }
        let Some(c) = text[i..span.end].chars().next() else {
            break;
        };
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i;
            let mut chars = text[i..span.end].char_indices().peekable();
            while let Some((j, ch)) = chars.next() {
                let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
                if ch.is_alphanumeric() || ((ch == '-' || ch == '.') && next_alnum && j > 0) {
                    end = i + j + ch.len_utf8();
                } else if is_apostrophe(ch) && next_alnum {
                    let so_far = text[start..i + j].to_lowercase();
                    if ELIDED.contains(&so_far.as_str()) {
                        end = i + j + ch.len_utf8();
                        break;
                    }
                    end = i + j + ch.len_utf8();
                } else {
                    break;
                }
            }
            let w = &text[start..end];
            let low = w.trim_end_matches(is_apostrophe).to_lowercase();
            out.push(Tok {
                kind: Kind::Word,
                span: Span::new(start, end),
                low,
                cap: w.chars().next().is_some_and(char::is_uppercase),
            });
            i = end;
        } else {
            if !c.is_whitespace() {
                out.push(Tok {
                    kind: Kind::Punct(c),
                    span: Span::new(i, i + c.len_utf8()),
                    low: String::new(),
                    cap: false,
                });
            }
            i += c.len_utf8();
        }
    }
    // A sentence's first word is capitalised by its place: when the text writes it in lower
    // case elsewhere (`Ähnlich äußerte sich …`, `Darin steht:`), it is no name or noun.
    if let Some(first) = out.iter_mut().find(|t| t.kind == Kind::Word) {
        if first.cap && first.low.chars().count() > 1 {
            let (a, b) = (format!(" {} ", first.low), format!(" {},", first.low));
            if text.contains(&a) || text.contains(&b) {
                first.cap = false;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str, quotes: &[(usize, Span)]) -> Vec<String> {
        tokens(text, Span::new(0, text.len()), quotes)
            .iter()
            .map(|t| match t.kind {
                Kind::Quote(k) => format!("Q{k}"),
                _ => t.span.of(text).to_string(),
            })
            .collect()
    }

    #[test]
    fn quotes_are_one_token_and_elisions_split() {
        let t = "„Wir kommen“, sagte Roth.";
        let q = Span::new(0, t.find(',').unwrap());
        assert_eq!(show(t, &[(0, q)]), ["Q0", ",", "sagte", "Roth", "."]);
        assert_eq!(
            show("L'État a-t-il dit z.B. qu'il", &[]),
            ["L'", "État", "a-t-il", "dit", "z.B", ".", "qu'", "il"]
        );
    }
}
