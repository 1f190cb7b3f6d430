//! Text layer: paragraphs, sentences, words and quote marks of the article text.
//!
//! Takes an [`Article`]; gives a [`Doc`]: the text with its paragraphs and sentences as byte
//! spans (UTF-16 conversion happens once, at the output, in `crate::insights`).

pub mod chars;
pub mod lower;
pub mod sentences;
pub mod tokens;
pub mod utf16;

use crate::extract::Article;

/// Weekday names, lower case: a dateline or a time, never a name (read by the byline cleaner
/// and by the quote frame). The English lexicon's set.
pub const WEEKDAYS: &[&str] = crate::lexicon::en::WEEKDAYS;

/// A byte range in the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The spanned text of `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A sentence: its span and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the text.
    pub span: Span,
    /// Index into [`Doc::paragraphs`].
    pub paragraph: usize,
}

/// The article text, segmented.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// The article text.
    pub text: &'a str,
    /// Paragraph spans (the article's blocks), in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The word tokens of each sentence, made on first asking ([`Doc::sentence_tokens`]).
    tokens: std::cell::OnceCell<Vec<Vec<tokens::Token>>>,
}

impl<'a> Doc<'a> {
    /// Segments an article.
    pub fn new(article: &'a Article) -> Self {
        let text = article.text.as_str();
        let paragraphs: Vec<Span> = article
            .blocks
            .iter()
            .map(|b| Span::new(b.start, b.end))
            .collect();
        let mut sentences = Vec::new();
        for (p, span) in paragraphs.iter().enumerate() {
            for s in sentences::split(span.of(text)) {
                sentences.push(Sentence {
                    span: Span::new(span.start + s.start, span.start + s.end),
                    paragraph: p,
                });
            }
        }
        Doc {
            text,
            paragraphs,
            sentences,
            tokens: std::cell::OnceCell::new(),
        }
    }

    /// The word tokens of sentence `i` ([`tokens::tokens`] of its span), made once for the
    /// whole document: the name spotter and the reported-speech rules read the same
    /// sentences' words (each tokenized them again, `make bench-callgrind`). Empty past the
    /// last sentence.
    ///
    /// Invented: in `Roe left. Doe said so.`, sentence 1 gives `Doe`, `said`, `so`.
    pub fn sentence_tokens(&self, i: usize) -> &[tokens::Token] {
        let all = self.tokens.get_or_init(|| {
            self.sentences
                .iter()
                .map(|s| tokens::tokens(self.text, s.span))
                .collect()
        });
        all.get(i).map_or(&[], Vec::as_slice)
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        span.of(self.text)
    }

    /// Index of the sentence that contains byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }
}

/// Words of a text as `\w+` runs (letters, digits, marks, underscore), for counts and scoring.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    Words { text, pos: 0 }
}

/// The iterator of [`words`]: a byte walk, ASCII classed by a table lookup and a char decoded
/// only past ASCII (splitting with a char closure decoded every char and called
/// `char::is_alphanumeric` on each, slow at opt-level "z").
struct Words<'a> {
    text: &'a str,
    /// Where the walk stands (a char boundary).
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        use chars::{decode, is, is_alnum, WORD};
        let b = self.text.as_bytes();
        let mut i = self.pos;
        let start = loop {
            let Some(&x) = b.get(i) else {
                self.pos = i;
                return None;
            };
            if x < 0x80 {
                if is(x, WORD) {
                    break i;
                }
                i += 1;
                continue;
            }
            let (c, n) = decode(b, i);
            if is_alnum(c) {
                break i;
            }
            i += n;
        };
        while let Some(&x) = b.get(i) {
            if is(x, WORD) {
                i += 1;
                continue;
            }
            if x < 0x80 {
                break;
            }
            let (c, n) = decode(b, i);
            if !is_alnum(c) {
                break;
            }
            i += n;
        }
        self.pos = i;
        Some(&self.text[start..i])
    }
}

/// Random texts for checking a byte walk against the char walk it replaced: `n` texts of up
/// to 40 chars drawn from ASCII letters, digits, spaces and joiners and from accented letters,
/// curly quotes, dashes, CJK, a combining mark and a Greek capital (a fixed seed: the same
/// texts every run).
#[cfg(test)]
pub(crate) fn random_texts(n: usize) -> Vec<String> {
    const ALPHABET: &[char] = &[
        'a', 'b', 'e', 's', 'S', 'J', 'D', 'U', 'z', 'Z', '0', '7', '_', ' ', ' ', ' ', '.', '.',
        '-', '\'', '’', '&', ',', '“', '”', '"', '—', 'é', 'É', 'ß', 'Ö', 'ü', '東', '\u{301}',
        'Σ', 'ς', '\u{a0}', '\n', '(', ':', '½', '٣',
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|_| {
            let len = (next() % 41) as usize;
            (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first [`words`]: a split on a char closure, kept to check the byte walk against.
    fn words_by_split(text: &str) -> Vec<&str> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn words_byte_walk_matches_the_split() {
        // Invented, then random.
        for t in [
            "",
            " ",
            "a",
            "Roe’s plan_b, 3.5 km — déjà-vu Σοφός 東京 x\u{301}y ½",
        ] {
            assert_eq!(words(t).collect::<Vec<_>>(), words_by_split(t), "{t:?}");
        }
        assert_eq!(
            words("Roe’s plan_b, déjà-vu").collect::<Vec<_>>(),
            ["Roe", "s", "plan_b", "déjà", "vu"]
        );
        for t in random_texts(20_000) {
            assert_eq!(words(&t).collect::<Vec<_>>(), words_by_split(&t), "{t:?}");
        }
    }

    #[test]
    fn sentence_tokens_are_the_tokens_of_each_sentence() {
        // Invented: two sentences, asked in any order and past the end.
        let article = crate::extract::article_from_text("Roe left. Doe said so.");
        let doc = Doc::new(&article);
        assert_eq!(doc.sentences.len(), 2);
        let words = |i: usize| -> Vec<&str> {
            doc.sentence_tokens(i)
                .iter()
                .map(|t| t.span.of(doc.text))
                .collect()
        };
        assert_eq!(words(1), ["Doe", "said", "so"]);
        assert_eq!(words(0), ["Roe", "left"]);
        assert!(words(2).is_empty());
        for (i, s) in doc.sentences.iter().enumerate() {
            assert_eq!(doc.sentence_tokens(i), tokens::tokens(doc.text, s.span));
        }
    }
}
