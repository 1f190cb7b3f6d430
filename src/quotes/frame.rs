//! The reporter's words around a quote: the bottom layer of attribution.
//!
//! Takes a span of the text (a quote's sentence or sentences), the paragraph's quotes and the
//! entities; gives a [`Frame`]: its words, each marked as quoted or not, and the word-level
//! tests every layer above reads (gaps, adverbs, verbs, the passive, clause edges, datelines).
//! The layers, each reading only those below it (no import cycle): `frame.rs` (words) →
//! `np.rs` (noun phrases) → `heads.rs` (appositives, relatives, agents) → `subject.rs` (the
//! subject of a cue or of the sentence) → `clause.rs` (sources, owners, clauses of their own)
//! → `sieves/`.

use super::clause_words::{BE, DOCUMENTS, LY_NOUNS, RAISING, RELATIVES, VERB_FORMS};
use super::cues;
use super::words::{contraction_base, is_between, is_time_word, PRONOUNS};
use crate::entities::{Entities, Gender};
use crate::text::lower::Lower;
use crate::text::tokens::{is_cap, tokens, Token};
use crate::text::Span;

/// Quote spans, and whether they are in text order without overlaps (as `marks::scan` gives
/// them): then a word's quote is found by bisection, else by trying each.
/// Invented: `[0..5, 9..12]` is ordered, `[9..12, 0..5]` is not.
#[derive(Debug, Clone, Copy)]
pub struct Quotes<'q> {
    spans: &'q [Span],
    ordered: bool,
}

impl<'q> Quotes<'q> {
    /// `spans`, their order checked.
    pub fn of(spans: &'q [Span]) -> Self {
        let ordered = spans.windows(2).all(|w| w[0].end <= w[1].start);
        Quotes { spans, ordered }
    }
}

/// A word of a frame.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// Where it stands.
    pub span: Span,
    /// Lower-cased text.
    pub lower: Lower<'a>,
    /// A possessive `’s` followed.
    pub possessive: bool,
    /// Inside a quotation.
    pub quoted: bool,
}

/// Who a subject noun phrase is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Who {
    /// A named entity.
    Named(usize),
    /// A pronoun: its gender and number.
    Pronoun(Option<Gender>, bool),
    /// A description (`the Russian leader`); resolved later.
    Nominal,
    /// Nobody the text names: a passive cue with no agent (`he was asked, “…”`).
    Nobody,
}

/// A subject: who, and the words naming them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Subject {
    /// Who it is.
    pub who: Who,
    /// The naming words.
    pub mention: Span,
}

/// The words of a quote's sentence(s).
pub struct Frame<'a> {
    /// The article text.
    pub text: &'a str,
    /// Words, in order.
    pub words: Vec<Word<'a>>,
    pub(super) ents: &'a Entities,
    /// What reporting verb each word is ([`Frame::cue`]), looked up on first asking.
    cues: std::cell::OnceCell<Vec<Option<cues::Cue>>>,
}

impl<'a> Frame<'a> {
    /// Reads the words of `span`, marking those inside any of `quotes` (outer spans).
    pub fn new(text: &'a str, span: Span, quotes: &[Span], ents: &'a Entities) -> Self {
        Self::of_tokens(text, &tokens(text, span), quotes, ents)
    }

    /// [`Frame::new`] of words already tokenized (a sentence's, from
    /// `Doc::sentence_tokens`): the same frame, without tokenizing the sentence again.
    pub fn of_tokens(text: &'a str, toks: &[Token], quotes: &[Span], ents: &'a Entities) -> Self {
        Self::of_tokens_in(text, toks, Quotes::of(quotes), ents)
    }

    /// [`Frame::of_tokens`] with the quotes' order already known ([`Quotes::of`], asked once
    /// per document by a caller that builds a frame per sentence, not once per frame: a scan
    /// of all the page's quotes for every sentence, `make bench-callgrind`).
    pub fn of_tokens_in(
        text: &'a str,
        toks: &[Token],
        quotes: Quotes<'_>,
        ents: &'a Entities,
    ) -> Self {
        let Quotes {
            spans: quotes,
            ordered,
        } = quotes;
        let inside = |q: &Span, t: Span| q.start <= t.start && t.end <= q.end;
        let quoted = |t: Span| {
            if ordered {
                let k = quotes.partition_point(|q| q.start <= t.start);
                k > 0 && inside(&quotes[k - 1], t)
            } else {
                quotes.iter().any(|q| inside(q, t))
            }
        };
        let words = toks
            .iter()
            .map(|t| Word {
                span: t.span,
                lower: Lower::of(contraction_base(t.span.of(text))),
                possessive: t.possessive,
                quoted: quoted(t.span),
            })
            .collect();
        Frame {
            text,
            words,
            ents,
            cues: std::cell::OnceCell::new(),
        }
    }

    /// `cues::cue` of word `i`'s lower-cased form, looked up once per frame for all its words
    /// (the reported-speech rules asked it again and again of the same words, each time a
    /// hash of the word: `make bench-callgrind`); `None` past the last word.
    /// Invented: in `Roe said so`, word 1 is a cue, words 0 and 2 are not.
    pub fn cue(&self, i: usize) -> Option<cues::Cue> {
        let all = self
            .cues
            .get_or_init(|| self.words.iter().map(|w| cues::cue(&w.lower)).collect());
        all.get(i).copied().flatten()
    }

    /// Index of the first word starting at or after byte `at`.
    pub(super) fn first_word_from(&self, at: usize) -> Option<usize> {
        self.words.iter().position(|w| w.span.start >= at)
    }

    /// The text between word `i` and word `i + 1`.
    pub fn gap(&self, i: usize) -> &'a str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.span.end..b.span.start).unwrap_or(""),
            _ => "",
        }
    }

    pub(super) fn entity_at(&self, i: usize) -> Option<(usize, Span)> {
        let w = self.words[i].span;
        let ms = &self.ents.mentions;
        let k = ms.partition_point(|m| m.span.end <= w.start);
        ms.get(k)
            .filter(|m| m.span.start <= w.start && w.end <= m.span.end)
            .map(|m| (m.entity, m.span))
    }
}

/// Word-level tests every later layer reads: adverbs, verbs, gaps, passives, clause edges.
impl Frame<'_> {
    /// Whether word `i` is a lower-case adverb in `-ly`.
    pub(super) fn adverb(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.lower.len() > 4
            && w.lower.ends_with("ly")
            && !LY_NOUNS.contains(&w.lower.as_str())
            && !is_cap(w.span.of(self.text))
            && !w.quoted
    }

    /// Whether word `i` is a verb form or a number: no noun phrase ends there.
    pub(super) fn verb_like(&self, i: usize) -> bool {
        let w = &self.words[i];
        if is_cap(w.span.of(self.text)) {
            return false;
        }
        (w.lower.len() > 4 && (w.lower.ends_with("ing") || w.lower.ends_with("ed")))
            || VERB_FORMS.contains(&w.lower.as_str())
            || w.lower.chars().all(|c| c.is_ascii_digit())
            || self.adverb(i)
    }

    /// Whether the gap after word `k` ends a clause: a stop, semicolon, colon or quote mark
    /// (an abbreviation's period before a comma, `R-Ky.,`, does not).
    pub(super) fn clause_gap(&self, k: usize) -> bool {
        let g = self.gap(k);
        g.contains([';', ':', '“', '”', '"', '(', ')'])
            || g.contains('.') && !g.trim_start().starts_with(".,")
    }

    /// Whether the gap after word `k` opens or closes an appositive: a comma or a dash.
    pub(super) fn comma_gap(&self, k: usize) -> bool {
        let g = self.gap(k);
        g.contains([',', '—', '–'])
    }

    /// Whether the mention `m` stands apart from the words after it: punctuation or a quote
    /// follows it, or nothing does (`said Roe, “…”`, `said Roe “…”`; not `said the plan is`).
    pub(super) fn stands_apart(&self, m: Span) -> bool {
        let Some(k) = self.words.iter().rposition(|w| w.span.end <= m.end) else {
            return true;
        };
        k + 1 >= self.words.len()
            || self.words[k + 1].quoted
            || self.gap(k).contains([',', ':', ';', '.', '(', '—', '–'])
    }

    /// The last word of an appositive that opens after word `i` (`Jane Roe, a campaign
    /// aide,` → `aide`): the word before the next comma, within 15 words of the sentence.
    pub(super) fn appositive_end(&self, i: usize) -> Option<usize> {
        (i + 1..self.words.len().min(i + 16))
            .take_while(|&k| !self.words[k].quoted && !self.gap(k - 1).contains(['.', ';']))
            .find(|&k| self.gap(k).contains(','))
            .filter(|&k| !self.gap(k).contains(['.', ';']))
    }

    /// Whether the mention `m` ends in a relative pronoun after a comma (`Beck, who`; not
    /// `a young woman who`, which only tells the outer clause's object apart).
    pub(super) fn ends_in_relative(&self, m: Span) -> bool {
        let r = self.words.iter().rposition(|w| w.span.end <= m.end);
        r.is_some_and(|r| {
            let w = &self.words[r];
            w.span.end == m.end
                && RELATIVES.contains(&w.lower.as_str())
                && r > 0
                && self.gap(r - 1).contains(',')
        })
    }

    /// Whether a document its author issued stands right before word `c` (`a statement
    /// saying`, `a press release Wednesday calling`): the participle is the author's.
    pub(super) fn document_before(&self, c: usize) -> bool {
        let mut k = c;
        for _ in 0..2 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            k = p;
            let w = &self.words[k];
            if w.quoted || !self.gap(k).trim().is_empty() {
                return false;
            }
            if DOCUMENTS.contains(&w.lower.as_str()) {
                return true;
            }
            if !is_between(&w.lower) {
                return false;
            }
        }
        false
    }

    /// Whether the passive cue at word `c` raises its subject into a speech of its own:
    /// `is reported to have called`, `is quoted as saying`, `was heard saying`, `is said to
    /// have told` (the subject speaks; not `was asked to`, where someone else spoke).
    pub(super) fn raises(&self, c: usize) -> bool {
        if !RAISING.contains(&self.words[c].lower.as_str()) {
            return false;
        }
        let next = |k: usize| {
            self.words
                .get(k)
                .filter(|w| !w.quoted && self.gap(k - 1).trim().is_empty())
                .map(|w| w.lower.as_str())
        };
        let cue = |k: usize| next(k).is_some_and(|w| cues::cue(w).is_some());
        match next(c + 1) {
            Some("to") => cue(c + 2) || next(c + 2) == Some("have") && cue(c + 3),
            Some("as") => cue(c + 2) || next(c + 2) == Some("having") && cue(c + 3),
            Some(_) => cues::cue(&self.words[c + 1].lower).is_some_and(|k| k.participle),
            None => false,
        }
    }

    /// Whether the cue at word `c` is passive (`was asked`, `is widely described`).
    pub fn passive(&self, c: usize) -> bool {
        if !cues::is_participle(&self.words[c].lower) {
            return false;
        }
        let mut k = c;
        while k > 0 && c - k < 4 {
            k -= 1;
            let w = &self.words[k];
            if !self.gap(k).trim().is_empty() || w.quoted {
                return false;
            }
            if BE.contains(&w.lower.as_str()) {
                return true;
            }
            if !(self.adverb(k) || matches!(w.lower.as_str(), "not" | "also" | "never" | "often")) {
                return false;
            }
        }
        false
    }

    /// Whether the mention `m` opens a conditional clause: `if`, `whether` or `unless`
    /// stands right before it (not `while`, `though`, `because`, whose clauses report on
    /// their own: `though he said, “…”`).
    pub(super) fn subordinate(&self, m: Span) -> bool {
        self.first_word_from(m.start)
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| {
                !self.words[k].quoted
                    && self.gap(k).trim().is_empty()
                    && matches!(self.words[k].lower.as_str(), "if" | "whether" | "unless")
            })
    }

    /// Whether the cue at word `c` stands in a relative clause opened by `, which` that a
    /// comma closes before word `lb` (the quote's words are the outer clause's).
    pub(super) fn closed_relative(&self, c: usize, lb: usize) -> bool {
        let opened = (1..c)
            .rev()
            .take(8)
            .take_while(|&k| !self.words[k].quoted && !self.clause_gap(k))
            .find(|&k| self.words[k].lower == "which")
            .is_some_and(|r| self.gap(r - 1).contains(','));
        opened
            && (c..lb).any(|k| {
                self.gap(k).contains(',') && !self.words[k].quoted && !self.words[k + 1].quoted
            })
    }

    /// The first word after a dateline opening the sentence (`WASHINGTON (AP) —`,
    /// `DECATUR, Ill. —`, `Paris, July 25 (UPI) –`): capitalised words, numbers and
    /// parentheses up to a dash within eight words; 0 when there is none.
    pub(super) fn dateline_end(&self) -> usize {
        for k in 0..self.words.len().min(8) {
            let w = &self.words[k];
            let t = w.span.of(self.text);
            if w.quoted || !(is_cap(t) || t.chars().all(|c| c.is_ascii_digit())) {
                return 0;
            }
            let g = self.gap(k);
            if g.contains(['—', '–']) || g.contains(" - ") {
                return k + 1;
            }
            if g.contains(['.', ';', ':', '“', '"']) {
                return 0;
            }
        }
        0
    }

    /// Whether the words from `i` up to the first comma (before `limit`, within six words)
    /// say when: they open with a time word (`Hours later,`, `Shortly after the call
    /// ended,`) or are a short phrase ending in one (`A month later,`).
    pub(super) fn time_lead(&self, i: usize, limit: usize) -> bool {
        let end = limit.min(i + 6);
        let Some(comma) = (i..end).find(|&k| self.gap(k).contains(',')) else {
            return false;
        };
        let time = |k: usize| is_time_word(&self.words[k].lower);
        time(i) || comma - i <= 3 && time(comma)
    }
}

/// A personal pronoun as a subject (`she`, `they`…), with its gender and number.
pub(super) fn pronoun_subject(w: &Word) -> Option<Subject> {
    PRONOUNS
        .iter()
        .find(|p| p.0 == w.lower)
        .map(|&(_, g, pl)| Subject {
            who: Who::Pronoun(g, pl),
            mention: w.span,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_in_order_mark_the_same_words() {
        let text = "Roe said “it will close” and “soon”.";
        let ents = Entities::default();
        let toks = tokens(text, Span::new(0, text.len()));
        let (a, b) = (text.find('“').unwrap(), text.rfind('“').unwrap());
        let spans = [
            Span::new(a, text.find('”').unwrap() + 3),
            Span::new(b, text.len() - 1),
        ];
        assert!(Quotes::of(&spans).ordered);
        assert!(!Quotes::of(&[spans[1], spans[0]]).ordered);
        let quoted = |f: Frame| f.words.iter().map(|w| w.quoted).collect::<Vec<_>>();
        let once = quoted(Frame::of_tokens_in(text, &toks, Quotes::of(&spans), &ents));
        assert_eq!(once, quoted(Frame::of_tokens(text, &toks, &spans, &ents)));
        assert_eq!(once, [false, false, true, true, true, false, true]);
        let f = Frame::new(text, Span::new(0, text.len()), &spans, &ents);
        assert!(f.cue(1).is_some() && f.cue(0).is_none() && f.cue(99).is_none());
        assert_eq!(f.words[0].lower, "roe");
    }
}
