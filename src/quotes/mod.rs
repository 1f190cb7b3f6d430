//! Quotes and who said them.
//!
//! Takes a segmented [`Doc`] and its [`Entities`]; gives every [`Quote`] with its speaker
//! (an entity index or unknown), the mention and the cue that tie them, the rule that chose
//! the speaker and a confidence measured for that rule. Adds entities for speakers the text
//! only describes ("White House officials"); after every quote is attributed, applies the
//! gender evidence and quote counts they gave and puts the entities in first-mention order
//! (`propose`).
//!
//! Stage one finds who said a quote: the sentence sieves of [`sieves::SENTENCE`], then the
//! quote-level steps of [`sieves::STATEMENT`] (a bare quote's neighbours, a dash line, the
//! previous speaker), each a named [`Rule`]. Stage two turns the subject into an entity: a
//! name as it is, a pronoun resolved (`resolve`), a description linked to a named entity or
//! added as one.

mod clause;
mod clause_words;
mod cue_words;
pub mod cues;
mod described;
pub(crate) mod focus;
pub(crate) mod frame;
mod heads;
pub mod intl;
pub mod marks;
mod np;
mod propose;
pub(crate) mod resolve;
pub mod sieves;
mod subject;
mod subject_before;
mod titles;
mod unattributed;
mod words;

use crate::entities::Entities;
use crate::text::{words, Doc, Span};
use focus::Focus;
use frame::{Frame, Who};
use serde::Serialize;
use sieves::neighbour::{dash_line, embedded, neighbour};
use sieves::{attribute, confidence, enabled, veto, Basis, Found, How, Rule};
pub use unattributed::by_marks;

/// How a quote stands in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quoted statement.
    Direct,
    /// A few quoted words inside the reporter's sentence.
    Partial,
    /// Quoted words nobody is said to have said (titles, scare quotes).
    Mention,
}

/// One quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub span: Span,
    /// Direct, partial or mention.
    pub kind: QuoteKind,
    /// The speaker: an index into [`Entities::list`], or unknown.
    pub speaker: Option<usize>,
    /// The words at the attribution site that name the speaker.
    pub mention: Option<Span>,
    /// The reporting verb.
    pub cue: Option<Span>,
    /// How sure the attribution is, 0–1.
    pub confidence: f32,
    /// The sieve that chose the speaker (or found none).
    pub rule: Rule,
    /// What kind of words named the speaker (with `rule`, the key of the confidence table).
    #[serde(skip)]
    pub basis: Basis,
    /// The cue's class and nearness (the confidence table's third key).
    #[serde(skip)]
    pub cue_class: confidence::CueClass,
}

impl Quote {
    /// A quote of `kind` at `span` that nobody is said to have said (yet): no speaker, mention
    /// or cue, rule `none`.
    pub(crate) fn unattributed(span: Span, kind: QuoteKind) -> Quote {
        Quote {
            span,
            kind,
            speaker: None,
            mention: None,
            cue: None,
            confidence: 0.0,
            rule: Rule::Unattributed,
            basis: Basis::Nobody,
            cue_class: confidence::CueClass::None,
        }
    }
}

/// The span of the sentence(s) holding the outer span `q`, within paragraph `par` (also
/// the unit of a `''…''` stretch in `reported::apostrophe`).
pub(crate) fn unit(doc: &Doc, q: Span, par: Span) -> Span {
    let a = doc
        .sentence_at(q.start)
        .map_or(q.start, |i| doc.sentences[i].span.start);
    let b = doc
        .sentence_at(q.end.saturating_sub(1).max(q.start))
        .map_or(q.end, |i| doc.sentences[i].span.end);
    Span::new(a.max(par.start), b.min(par.end).max(q.end.min(par.end)))
}

/// Finds the quotes of a document and attributes them.
pub fn find(doc: &Doc, ents: &mut Entities) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<usize> = None;
    let mut last_mention: Option<Span> = None;
    let mut continued: Option<usize> = None;
    let mut proposals = propose::Proposals::default();
    // Who the quote chain is with, and the quotes so far (a name inside them is nobody's
    // antecedent).
    let mut focus = Focus::default();
    let mut quoted: Vec<Span> = Vec::new();
    for (p, par) in doc.paragraphs.iter().enumerate() {
        let next_opens = doc
            .paragraphs
            .get(p + 1)
            .is_some_and(|n| marks::opens_with_quote(text, *n));
        let marked = marks::scan(text, *par, next_opens);
        let outers: Vec<Span> = marked.iter().map(|m| m.outer).collect();
        quoted.extend(&outers);
        // A link line (`WATCH: Roe warns of ‘sextortion’`): a headline's words, said by
        // nobody here, and no speaker for a later quote to continue.
        if crate::entities::furniture(par.of(text)) {
            let m = marked
                .iter()
                .map(|m| Quote::unattributed(m.inner, QuoteKind::Mention));
            quotes.extend(m);
            continued = None;
            continue;
        }
        for (k, m) in marked.iter().enumerate() {
            let u = unit(doc, m.outer, *par);
            let f = Frame::new(text, u, &outers, ents);
            // Only quoted words, or connectives and a participle with them (`But “…”`,
            // `Adding, “…”`).
            let bare = veto::bare(&f);
            let damaged = enabled(Rule::Damaged) && veto::damaged(u.of(text), u.start == par.start);
            let found = if bare || damaged {
                None
            } else {
                attribute(&f, m.outer)
            };
            let prev_end = if k > 0 {
                marked[k - 1].outer.end
            } else {
                par.start
            };
            // The quote is the whole paragraph.
            let alone =
                marked.len() == 1 && par.of(text).trim().len() == m.outer.len() && !m.continues;
            // A quote opening a sentence inside a paragraph, that no words of the sentence
            // attribute (`Roe argues that … . “…” were the words that stuck.`): the speaker of
            // a cue in the sentence before it.
            let leads = k == 0
                && !bare
                && !damaged
                && u.start > par.start
                && f.words.first().is_some_and(|w| w.quoted);
            let found = found
                .or_else(|| {
                    leads
                        .then(|| neighbour(doc, ents, p, u, par.start, &outers))
                        .flatten()
                        .filter(|a| matches!(a.how, How::Cue(_)) && a.subject.who != Who::Nobody)
                })
                .or_else(|| {
                    (bare && enabled(Rule::Embedded))
                        .then(|| embedded(text, ents, m.inner))
                        .flatten()
                })
                .or_else(|| {
                    (alone && enabled(Rule::DashLine))
                        .then(|| dash_line(doc, ents, p))
                        .flatten()
                })
                .or_else(|| {
                    bare.then(|| neighbour(doc, ents, p, u, prev_end, &outers))
                        .flatten()
                });
            let n_words = words(m.inner.of(text)).count();
            let whole = f.words.iter().filter(|w| !w.quoted).count() <= 1;
            // The quote opens its sentence (`“…,” Roe said. “…” and more.`).
            let opens = f.words.first().is_some_and(|w| w.quoted);
            let kind = if n_words >= 6 || whole {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let mut q = Quote::unattributed(m.inner, kind);
            drop(f);
            // Which earlier speaker a quote without one of its own continues.
            let carried = if k > 0 {
                Rule::ContinuesQuote
            } else if continued.is_some() {
                Rule::ContinuesParagraph
            } else {
                Rule::LastSpeaker
            };
            match found {
                Some(Found { subject, how, rule }) => {
                    q.rule = rule;
                    q.mention = (subject.who != Who::Nobody).then_some(subject.mention);
                    q.cue = match how {
                        How::Cue(c) => Some(c),
                        _ => None,
                    };
                    let (speaker, basis) = match subject.who {
                        Who::Named(e) => (Some(e), Basis::Name),
                        Who::Pronoun(g, _) => {
                            let dummy = veto::dummy_it(text, &Found { subject, how, rule });
                            let e = if dummy {
                                q.mention = None;
                                None
                            } else {
                                resolve::subject(doc, ents, subject, focus, &quoted)
                            };
                            // `she said` is evidence of the speaker's gender.
                            // (Known at once, so a later `he` does not go to her.)
                            if let (Some(e), Some(g)) = (e, g) {
                                proposals.gender(e, g);
                                ents.list[e].gender.get_or_insert(g);
                            }
                            (e, Basis::Pronoun)
                        }
                        Who::Nominal => {
                            match resolve::subject(doc, ents, subject, focus, &quoted) {
                                // (Joined to the entity in focus, not by its role words,
                                // it keeps the confidence of a description of its own.)
                                Some(e) => {
                                    let desc = subject.mention.of(text);
                                    let role =
                                        resolve::by_role(doc, ents, desc, subject.mention.start);
                                    (
                                        Some(e),
                                        if role.is_some() {
                                            Basis::Description
                                        } else {
                                            Basis::NewDescription
                                        },
                                    )
                                }
                                None => (
                                    Some(resolve::add_description(ents, text, subject.mention)),
                                    Basis::NewDescription,
                                ),
                            }
                        }
                        Who::Nobody => (None, Basis::Nobody),
                    };
                    q.speaker = speaker;
                    q.basis = basis;
                }
                None if damaged => q.rule = Rule::Damaged,
                None if (bare || (k == 0 && continued.is_some()) || (k > 0 && opens))
                    && enabled(carried) =>
                {
                    // A floating quote: the quote before it in this paragraph, else the last
                    // speaker before the paragraph.
                    // (Titles and names in quotation marks are skipped: nobody said them.)
                    q.rule = carried;
                    let (prev, mention) = if k > 0 {
                        quotes[quotes.len() - k..]
                            .iter()
                            .rev()
                            .find(|q| q.kind != QuoteKind::Mention)
                            .map_or((None, None), |q| (q.speaker, q.mention))
                    } else if continued.is_some() {
                        (continued, quotes.last().and_then(|q| q.mention))
                    } else {
                        (last_speaker, last_mention)
                    };
                    q.speaker = prev;
                    q.mention = mention;
                    q.basis = Basis::Carried;
                }
                None => {
                    if n_words <= 4 {
                        q.kind = QuoteKind::Mention;
                    }
                }
            }
            // How often this rule is right from such words, measured (a quote with no
            // speaker has no label to trust).
            if q.speaker.is_some() {
                q.cue_class = if q.basis == Basis::Carried {
                    let since = quotes.last().map_or(par.start, |p| p.span.end);
                    confidence::CueClass::carried(ents, q.speaker, since, m.outer.start)
                } else {
                    confidence::CueClass::at(text, q.cue, m.outer)
                };
                q.confidence = confidence::of(q.rule, q.basis, q.cue_class);
            }
            // A title or a name in quotation marks (`the movie “…”`, `NBC's “Today”`): nobody
            // said those words. It stays with the sentence's speaker, unsure.
            if titles::is_title(text, m.outer, *par) {
                q.kind = QuoteKind::Mention;
                q.confidence = q.confidence.min(0.3);
            }
            focus = focus.after(q.speaker, q.span.start);
            if q.speaker.is_some() {
                last_speaker = q.speaker;
                last_mention = q.mention;
            }
            continued = if m.continues { q.speaker } else { None };
            quotes.push(q);
        }
    }
    proposals.apply(ents, &mut quotes);
    quotes
}
