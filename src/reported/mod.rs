//! Reported speech: statements attributed without quotation marks (`Putin said on Thursday
//! that he backed a truce`, `…, according to the Kremlin`, `her claim that …`).
//!
//! Takes a segmented [`Doc`], its [`Entities`] and the quotes already attributed; gives every
//! [`Reported`] statement: the content span (without source, cue and a leading `that`), the
//! speaker (an entity index or unknown), the mention and cue, the [`Rule`] that found it, a
//! confidence and the quotes it holds (a mixed quote). The rules of `rules.rs` and
//! `phrase_rules.rs` are tried in the order of [`Rule::ALL`] on every sentence; speakers are resolved by the quotes' one
//! resolver (`quotes::resolve::subject`): a name as it is, a pronoun or a description to the
//! entity in focus that agrees with it (the current speaker of quotes and reports, unless a
//! new subject came since); a description no entity fits becomes an entity of its own, as a
//! quote's does (`some residents said …` shows "some residents", [`speaker_of`]).

mod apostrophe;
mod edges;
mod phrase_rules;
mod rules;
mod sentence;
mod stance;
mod verbs;
mod words;

use crate::entities::Entities;
use crate::quotes::focus::Focus;
use crate::quotes::frame::{Frame, Subject, Who};
use crate::quotes::{resolve, Quote};
use crate::text::{Doc, Span};
pub use rules::Rule;

/// One reported statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    /// What was said (bytes into the text).
    pub span: Span,
    /// The speaker: an index into [`Entities::list`], or unknown.
    pub speaker: Option<usize>,
    /// The words naming the speaker.
    pub mention: Option<Span>,
    /// The reporting word(s).
    pub cue: Span,
    /// How sure, 0–1.
    pub confidence: f32,
    /// The rule that found it.
    pub rule: Rule,
    /// Indices into the quotes of the quotes inside it.
    pub quotes: Vec<usize>,
}

/// The share of the letters of `s` that stand inside one of `quotes`.
fn quoted_share(text: &str, s: Span, quotes: &[Span]) -> f32 {
    // Only the quotes that overlap `s` can hold its letters (a page's other quotes were
    // tested for every letter of every candidate: `make bench-callgrind`).
    let quotes: Vec<Span> = quotes
        .iter()
        .filter(|q| q.start < s.end && s.start < q.end)
        .copied()
        .collect();
    // With none, no letter is inside: the share is 0, or 1 when there is no letter at all
    // (most candidates overlap no quote; each letter was tested, `make bench-callgrind`).
    if quotes.is_empty() {
        return if s.of(text).chars().any(char::is_alphanumeric) {
            0.0
        } else {
            1.0
        };
    }
    let (mut all, mut inside) = (0usize, 0usize);
    for (i, c) in s.of(text).char_indices() {
        if c.is_alphanumeric() {
            all += 1;
            let at = s.start + i;
            inside += quotes.iter().any(|q| q.start <= at && at < q.end) as usize;
        }
    }
    if all == 0 {
        1.0
    } else {
        inside as f32 / all as f32
    }
}

/// The speaker a reported statement's subject names, by the quotes' one resolver; a
/// description nothing fits (`some residents`, `the Crown`) is added as an entity of its own
/// (`true`: added or found among those added), so the label shows it rather than nobody.
pub fn speaker_of(
    doc: &Doc,
    ents: &mut Entities,
    sub: Subject,
    focus: Focus,
    quotes: &[Span],
) -> (Option<usize>, bool) {
    if let Some(e) = resolve::subject(doc, ents, sub, focus, quotes) {
        return (Some(e), false);
    }
    let desc = sub.mention.of(doc.text);
    if sub.who == Who::Nominal && resolve::own_description(desc) {
        return (
            Some(resolve::add_description(ents, doc.text, sub.mention)),
            true,
        );
    }
    (None, false)
}

/// Finds the reported statements of a document (after its quotes are attributed).
pub fn find(doc: &Doc, ents: &mut Entities, quotes: &[Quote]) -> Vec<Reported> {
    let text = doc.text;
    let spans: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let mut out: Vec<Reported> = Vec::new();
    let mut focus = Focus::default();
    let mut qi = 0;
    // `''…,'' Roe said`: read once per document, each tried first in its sentence.
    let apos = apostrophe::apostrophe_quoted(doc, ents, &spans);
    let apo_spans: Vec<Span> = apos.iter().map(|c| c.content).collect();
    let mut ai = 0;
    let in_order = crate::quotes::frame::Quotes::of(&spans);
    for (si, s) in doc.sentences.iter().enumerate() {
        // The last speaker before this sentence: quotes and reports, in text order.
        while qi < quotes.len() && quotes[qi].span.start < s.span.start {
            focus = focus.after(quotes[qi].speaker, quotes[qi].span.start);
            qi += 1;
        }
        let f = sentence::Sent::new(Frame::of_tokens_in(
            text,
            doc.sentence_tokens(si),
            in_order,
            ents,
        ));
        if f.words.is_empty() {
            continue;
        }
        let mut found = Vec::new();
        while ai < apos.len() && apos[ai].content.start < s.span.end {
            found.push(apos[ai]);
            ai += 1;
        }
        let n_apos = found.len();
        rules::cue_before(&f, s.span.end, &mut found);
        rules::cue_after(&f, &mut found);
        phrase_rules::according_to(&f, s.span.end, &mut found);
        rules::parenthetical(&f, s.span.end, &mut found);
        phrase_rules::speech_noun(&f, s.span.end, &mut found);
        phrase_rules::judgment(&f, s.span.end, &mut found);
        stance::stance_object(&f, &mut found);
        phrase_rules::sourceless(&f, s.span.end, &mut found);
        let first = out.len();
        for (i, c) in found.into_iter().enumerate() {
            // Mostly quoted words are a direct quote: `quotes` has it (or a `''…''`
            // statement does).
            if quoted_share(text, c.content, &spans) >= 0.7
                || i >= n_apos && quoted_share(text, c.content, &apo_spans) >= 0.5
            {
                continue;
            }
            // One statement per stretch of text: a later rule's overlapping span loses, but a
            // nested report stays (`X said Y told him that …`).
            // (Only a named speaker's `that` clause nests: `I think …` inside a statement is
            // part of it.)
            let nests = c.rule == Rule::CueBeforeThatClause
                && c.subject.is_some_and(|s| matches!(s.who, Who::Named(_)));
            let clash = out[first..].iter().any(|r| {
                let o = r.span.start < c.content.end && c.content.start < r.span.end;
                o && !(nests && (r.span.contains(c.content) || c.content.contains(r.span)))
                    || r.span == c.content
            });
            if clash {
                continue;
            }
            // A stance is shown only with a holder the resolver finds (`a woman who has
            // endorsed …` is none, and gets no description entity of its own).
            let (speaker, added) = match c.subject {
                None => (None, false),
                Some(sub) if c.rule == Rule::StanceObject => {
                    (resolve::subject(doc, ents, sub, focus, &spans), false)
                }
                Some(sub) => speaker_of(doc, ents, sub, focus, &spans),
            };
            let mention = c.subject.map(|s| s.mention);
            if c.rule == Rule::StanceObject && speaker.is_none() {
                continue;
            }
            focus = focus.after(speaker, c.content.start);
            let inside = (0..quotes.len())
                .filter(|&i| c.content.contains(spans[i]))
                .collect();
            let mut confidence = c.rule.confidence();
            if (speaker.is_none() || added) && c.subject.is_some() {
                confidence *= 0.5;
            }
            out.push(Reported {
                span: c.content,
                speaker,
                mention,
                cue: c.cue,
                confidence,
                rule: c.rule,
                quotes: inside,
            });
        }
        crate::order::sort_by_key(&mut out[first..], |r| {
            (r.span.start, std::cmp::Reverse(r.span.end))
        });
    }
    out
}
