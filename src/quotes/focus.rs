//! Salience: who a pronoun or a description at an attribution site points back to, across
//! sentences.
//!
//! Takes the document, the entities, the quotes' spans, the [`Focus`] (the current speaker of
//! a quote chain and where they last spoke) and a test of which entities may be meant; gives
//! the entity in focus. Walking back sentence by sentence from the attribution site: the
//! current speaker when their statement stands in that sentence, else that sentence's subject
//! (its first fitting name outside quotes, opening phrases and prepositional objects). So in
//! `“…,” Roe said. ¶ Jane Doe, a nurse, told the CBC the plan failed. ¶ “…,” she said.` the
//! `she` is Doe, the person introduced since Roe spoke, and not the CBC nor Roe.

use super::words::PREPOSITIONS;
use crate::entities::{Entities, Entity, Mention};
use crate::lexicon::en::EN;
use crate::text::{Doc, Span};

/// How many sentences before the attribution site the walk reads.
const WALK: usize = 6;

/// The current speaker of a quote chain: the last statement's speaker and the byte where that
/// statement stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Focus {
    /// The entity that spoke last, if any.
    pub speaker: Option<usize>,
    /// Where its statement (quote or report) starts.
    pub at: usize,
}

impl Focus {
    /// The focus after a statement at byte `at` given to `speaker` (unchanged when nobody).
    pub fn after(self, speaker: Option<usize>, at: usize) -> Focus {
        match speaker {
            Some(_) => Focus { speaker, at },
            None => self,
        }
    }
}

/// Whether byte span `m` lies inside one of `quotes`.
fn quoted(m: Span, quotes: &[Span]) -> bool {
    quotes.iter().any(|q| q.start <= m.start && m.end <= q.end)
}

/// The subject of the stretch `from..to` of a sentence: its first mention outside `quotes`
/// that `want` accepts, not the object of a preposition (`for Trump`) nor in an opening
/// phrase (`In his first videos, Roe wears …`, `With a vote for Trump ruled out, Cross …`).
pub fn first_subject(
    text: &str,
    ents: &Entities,
    from: usize,
    to: usize,
    quotes: &[Span],
    want: &dyn Fn(&Entity) -> bool,
) -> Option<usize> {
    let a = ents.mentions.partition_point(|m| m.span.start < from);
    let b = ents.mentions.partition_point(|m| m.span.end <= to);
    let sentence = &text[from..to.max(from)];
    let first = sentence
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    let opening =
        if PREPOSITIONS.contains(&first.as_str()) || EN.leading_clause_openers.contains(&first) {
            sentence.find(',').map_or(from, |c| from + c)
        } else {
            from
        };
    let after_preposition = |m: &Mention| {
        let before = text[from..m.span.start].trim_end();
        let last = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        m.span.start < opening || PREPOSITIONS.contains(&last.to_lowercase().as_str())
    };
    let mentions = || {
        ents.mentions[a..b.max(a)]
            .iter()
            .filter(|m| !quoted(m.span, quotes))
    };
    // No subject fits, but the sentence's own pronoun points into its opening phrase (`For
    // Mara Roe, Friday is a day she has waited for.`): the person of the opening phrase.
    let opener = || {
        let rest = &text[opening.min(to)..to.max(opening)];
        let pronoun = rest
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "he" | "she" | "his" | "her" | "him"));
        mentions()
            .filter(|m| pronoun && m.span.start < opening)
            .find(|m| want(&ents.list[m.entity]))
    };
    let Some(found) = mentions()
        .filter(|m| !after_preposition(m))
        .find(|m| want(&ents.list[m.entity]))
    else {
        return opener().map(|m| m.entity);
    };
    // A pronoun before it is the subject (`He said the firm, run by his friend Bo Li, …`):
    // it points further back, and the name after it is no antecedent.
    let pronoun_first = text[opening.max(from)..found.span.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "he" | "He" | "she" | "She" | "they" | "They"));
    (!pronoun_first || quoted(Span::new(opening.max(from), found.span.start), quotes))
        .then_some(found.entity)
}

/// The entity in focus before byte `pos` that `want` accepts, `strong` ones first: walking
/// back over the sentences before `pos`'s own, the current speaker once the walk reaches
/// their statement, else the first sentence subject that `strong` accepts (a person, for
/// `he`: in `Toronto councillor Jane Roe told the CBC …` it is Roe, not "Toronto"); past the
/// walk, the current speaker, then the first subject that `want` accepts.
pub fn in_focus(
    doc: &Doc,
    ents: &Entities,
    pos: usize,
    focus: Focus,
    quotes: &[Span],
    want: &dyn Fn(&Entity) -> bool,
    strong: &dyn Fn(&Entity) -> bool,
) -> Option<usize> {
    let cur = doc.sentences.partition_point(|s| s.span.start <= pos);
    let speaker = focus.speaker.filter(|&f| want(&ents.list[f]));
    // The current speaker spoke in this very sentence (`“…,” Roe said, “…” she added`).
    if let (Some(f), Some(s)) = (speaker, cur.checked_sub(1).map(|i| doc.sentences[i].span)) {
        if focus.at >= s.start {
            return Some(f);
        }
    }
    let own = cur.saturating_sub(1);
    let walk = || {
        (own.saturating_sub(WALK)..own)
            .rev()
            .map(|i| doc.sentences[i].span)
    };
    let both = |e: &Entity| strong(e) && want(e);
    for s in walk() {
        if let Some(f) = speaker {
            if focus.at >= s.start {
                return Some(f);
            }
        }
        if let Some(e) = first_subject(doc.text, ents, s.start, s.end, quotes, &both) {
            return Some(e);
        }
    }
    speaker.or_else(|| {
        walk().find_map(|s| first_subject(doc.text, ents, s.start, s.end, quotes, want))
    })
}
