//! Quotes and who said them.
//!
//! Takes a segmented [`Doc`] and its [`Entities`]; gives every [`Quote`] with its speaker
//! (an entity index or unknown), the mention and the cue that tie them, and a confidence.
//! Fills each entity's quote count, and adds entities for speakers the text only describes
//! ("White House officials").
//!
//! For each quote, in order of preference: a cue right after it with its subject (`“…,” X
//! said`, `“…,” said X`); the nearest cue before it with its subject (`X said: “…”`, `X
//! called it “…”`); a name and a colon or dash (`X: “…”`, `“…” —X`); the subject of its
//! sentence (`Germany called it a “delaying tactic”`). A quote with no words of the
//! reporter's around it continues the previous speaker; a sentence that lost its subject
//! gets none.

pub mod cues;
mod frame;
pub mod marks;
mod resolve;

use crate::entities::Entities;
use crate::text::{words, Doc, Span};
use frame::{Frame, Subject, Who};
use serde::Serialize;

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
}

/// How an attribution was found.
#[derive(Debug, Clone, Copy, PartialEq)]
enum How {
    /// A reporting verb and its subject.
    Cue(Span),
    /// A name and a colon or a dash.
    Punct,
    /// The subject of the sentence.
    Sentence,
}

/// The attribution found in a quote's frame.
struct Found {
    subject: Subject,
    how: How,
}

/// Finds the attribution of the quote `q` (outer span) in `f`.
fn attribute(f: &Frame, q: Span) -> Option<Found> {
    let n = f.words.len();
    let first_after = f
        .words
        .iter()
        .position(|w| w.span.start >= q.end)
        .unwrap_or(n);
    let last_before = f.words.iter().rposition(|w| w.span.end <= q.start);
    let cue_at = |i: usize| {
        let w = &f.words[i];
        (!w.quoted && w.lower == w.span.of(f.text))
            .then(|| cues::cue(&w.lower))
            .flatten()
    };
    // 1. Right after a quote that closes its clause: `“…,” X said` / `“…,” said X`.
    let closes_clause = f.text.get(q.start..q.end).is_some_and(|t| {
        t.trim_end_matches(['”', '"', '»', '’', '«', '“'])
            .ends_with([',', '.', '!', '?', '…', '-', '—'])
    }) || (first_after < n
        && f.text
            .get(q.end..f.words[first_after].span.start)
            .is_some_and(|g| g.trim() == ","));
    let mut i = first_after;
    while closes_clause && i < n && i < first_after + 6 && !f.words[i].quoted {
        if let Some(c) = cue_at(i) {
            let s = f.subject_before(i).filter(|s| s.mention.start >= q.end);
            let s = s.or_else(|| {
                if c.inverts && i == first_after {
                    f.subject_after(i)
                } else {
                    None
                }
            });
            if let Some(subject) = s {
                return Some(Found {
                    subject,
                    how: How::Cue(f.words[i].span),
                });
            }
        }
        if f.gap(i).contains(['.', ';', ','])
            || matches!(
                f.words[i].lower.as_str(),
                "while"
                    | "but"
                    | "and"
                    | "as"
                    | "because"
                    | "which"
                    | "who"
                    | "when"
                    | "whereas"
                    | "although"
            )
        {
            break;
        }
        i += 1;
    }
    // `“…” —X`
    if first_after < n
        && f.text
            .get(q.end..f.words[first_after].span.start)
            .is_some_and(|g| g.contains(['—', '–']))
    {
        if let Some(subject) = f
            .np_starting_at(first_after)
            .filter(|s| matches!(s.who, Who::Named(_)))
        {
            return Some(Found {
                subject,
                how: How::Punct,
            });
        }
    }
    // 2. The nearest cue before the quote; a pronoun subject gives way to a named subject of
    // an earlier cue in the sentence (`Rubio says he feels he did “great”`).
    if let Some(lb) = last_before {
        let mut best: Option<Found> = None;
        let mut participle_seen = false;
        for i in (0..=lb).rev() {
            let Some(c) = cue_at(i) else { continue };
            if c.participle && i > 0 && f.gap(i - 1).contains(',') {
                participle_seen = true; // `…, adding it was “…”`: the clause's subject.
                continue;
            }
            let inverted =
                i > 0 && (f.words[i - 1].quoted || f.gap(i - 1).contains(['”', '"', ',']));
            let s = f.subject_before(i).or_else(|| {
                if c.inverts && inverted || f.words[i].lower == "according" {
                    f.subject_after(i).filter(|s| s.mention.end <= q.start)
                } else {
                    None
                }
            });
            if let Some(subject) = s {
                let pronoun = matches!(subject.who, Who::Pronoun(..));
                let found = Found {
                    subject,
                    how: How::Cue(f.words[i].span),
                };
                match &best {
                    None => best = Some(found),
                    // An outer cue of the same clause: `Trump said he’d asked his “people”`.
                    Some(b) if !pronoun || matches!(b.subject.who, Who::Pronoun(..)) => {
                        let clause_break = f
                            .text
                            .get(f.words[i].span.end..b.subject.mention.start)
                            .is_some_and(|t| {
                                t.contains([';', '.'])
                                    || t.contains(", but")
                                    || t.contains(", while")
                                    || t.contains(" and ")
                            });
                        if clause_break {
                            break;
                        }
                        best = Some(found);
                    }
                    Some(_) => {}
                }
            }
        }
        if best.is_none() && participle_seen {
            best = f.sentence_subject(lb).map(|subject| Found {
                subject,
                how: How::Sentence,
            });
        }
        if best.is_some() {
            return best;
        }
        // `X: “…”`
        if f.text
            .get(f.words[lb].span.end..q.start)
            .is_some_and(|g| g.trim() == ":")
        {
            if let Some(subject) = f
                .np_ending_at(lb)
                .filter(|s| matches!(s.who, Who::Named(_)))
            {
                return Some(Found {
                    subject,
                    how: How::Punct,
                });
            }
        }
    }
    if let Some(c) = (0..n).find(|&i| f.words[i].lower == "according" && !f.words[i].quoted) {
        if let Some(subject) = f.subject_after(c) {
            return Some(Found {
                subject,
                how: How::Cue(f.words[c].span),
            });
        }
    }
    // 3. Any cue later in the sentence with its subject.
    for i in first_after..n {
        if cue_at(i).is_some() {
            if let Some(subject) = f.subject_before(i) {
                return Some(Found {
                    subject,
                    how: How::Cue(f.words[i].span),
                });
            }
        }
    }
    // 4. The sentence's subject, when it stands before the quote.
    let limit = last_before.map_or(0, |l| l + 1);
    f.sentence_subject(limit).map(|subject| Found {
        subject,
        how: How::Sentence,
    })
}

/// The span of the sentence(s) holding the outer span `q`, within paragraph `par`.
fn unit(doc: &Doc, q: Span, par: Span) -> Span {
    let a = doc
        .sentence_at(q.start)
        .map_or(q.start, |i| doc.sentences[i].span.start);
    let b = doc
        .sentence_at(q.end.saturating_sub(1).max(q.start))
        .map_or(q.end, |i| doc.sentences[i].span.end);
    Span::new(a.max(par.start), b.min(par.end).max(q.end.min(par.end)))
}

/// The attribution of a bare quote (one with no words of the reporter's around it) by the
/// sentences next to it: a short `X said.` right after it, or the sentence before it in the
/// paragraph (`The judge turned to me. “…”`, or a paragraph that ends with a colon).
fn neighbour(
    doc: &Doc,
    ents: &Entities,
    p: usize,
    u: Span,
    prev_end: usize,
    outers: &[Span],
) -> Option<Found> {
    let text = doc.text;
    let par = doc.paragraphs[p];
    let i = doc.sentences.partition_point(|s| s.span.start < u.end);
    if let Some(next) = doc
        .sentences
        .get(i)
        .map(|s| s.span)
        .filter(|s| par.contains(*s))
    {
        let g = Frame::new(text, next, outers, ents);
        if g.words.len() <= 6 {
            if let Some(a) = attribute(&g, Span::new(next.start, next.start)) {
                if matches!(a.how, How::Cue(_)) {
                    return Some(a);
                }
            }
        }
    }
    let j = doc.sentences.partition_point(|s| s.span.end <= u.start);
    let before = doc.sentences.get(j.checked_sub(1)?)?;
    let same_par = before.paragraph == p && before.span.start >= prev_end;
    let colon = before.paragraph + 1 == p
        && u.start == par.start
        && before.span.of(text).trim_end().ends_with(':');
    if !(same_par || colon) {
        return None;
    }
    let quotes: Vec<Span> = marks::scan(text, doc.paragraphs[before.paragraph], true)
        .iter()
        .map(|m| m.outer)
        .collect();
    let g = Frame::new(text, before.span, &quotes, ents);
    if g.words.iter().all(|w| w.quoted) {
        return None;
    }
    attribute(&g, Span::new(before.span.end, before.span.end))
}

/// Finds the quotes of a document and attributes them.
pub fn find(doc: &Doc, ents: &mut Entities) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<usize> = None;
    let mut last_mention: Option<Span> = None;
    let mut continued: Option<usize> = None;
    for (p, par) in doc.paragraphs.iter().enumerate() {
        let next_opens = doc
            .paragraphs
            .get(p + 1)
            .is_some_and(|n| marks::opens_with_quote(text, *n));
        let marked = marks::scan(text, *par, next_opens);
        let outers: Vec<Span> = marked.iter().map(|m| m.outer).collect();
        for (k, m) in marked.iter().enumerate() {
            let u = unit(doc, m.outer, *par);
            let f = Frame::new(text, u, &outers, ents);
            let bare = f.words.iter().all(|w| w.quoted);
            let damaged =
                u.of(text).chars().next().is_some_and(char::is_lowercase) && u.start == par.start;
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
            let found = found.or_else(|| {
                bare.then(|| neighbour(doc, ents, p, u, prev_end, &outers))
                    .flatten()
            });
            let n_words = words(m.inner.of(text)).count();
            let whole = f.words.iter().filter(|w| !w.quoted).count() <= 1;
            let mut q = Quote {
                span: m.inner,
                kind: if n_words >= 6 || whole {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                },
                speaker: None,
                mention: None,
                cue: None,
                confidence: 0.0,
            };
            drop(f);
            match found {
                Some(Found { subject, how }) => {
                    q.mention = Some(subject.mention);
                    q.cue = match how {
                        How::Cue(c) => Some(c),
                        _ => None,
                    };
                    let (speaker, conf) = match subject.who {
                        Who::Named(e) => (Some(e), 0.9),
                        Who::Pronoun(g, plural) => {
                            let e = resolve::pronoun(
                                ents,
                                last_speaker,
                                subject.mention.start,
                                g,
                                plural,
                            );
                            // `she said` is evidence of the speaker's gender.
                            if let (Some(e), Some(g)) = (e, g) {
                                ents.list[e].gender.get_or_insert(g);
                            }
                            (e, 0.7)
                        }
                        Who::Nominal => {
                            let desc = subject.mention.of(text);
                            match resolve::description(doc, ents, desc, subject.mention.start) {
                                Some(e) => (Some(e), 0.75),
                                None => (
                                    Some(resolve::add_description(ents, text, subject.mention)),
                                    0.7,
                                ),
                            }
                        }
                    };
                    q.speaker = speaker;
                    q.confidence = if how == How::Sentence {
                        conf - 0.2
                    } else {
                        conf
                    };
                }
                None if damaged => q.confidence = 0.1,
                None if bare || (k == 0 && continued.is_some()) => {
                    // A floating quote: the quote before it in this paragraph, else the last
                    // speaker before the paragraph.
                    let (prev, mention) = if k > 0 {
                        quotes
                            .last()
                            .map_or((None, None), |q| (q.speaker, q.mention))
                    } else if continued.is_some() {
                        (continued, quotes.last().and_then(|q| q.mention))
                    } else {
                        (last_speaker, last_mention)
                    };
                    q.speaker = prev;
                    q.mention = mention;
                    q.confidence = if prev.is_some() { 0.6 } else { 0.0 };
                }
                None => {
                    if n_words <= 4 {
                        q.kind = QuoteKind::Mention;
                    }
                }
            }
            if q.speaker.is_some() {
                last_speaker = q.speaker;
                last_mention = q.mention;
            }
            continued = if m.continues { q.speaker } else { None };
            quotes.push(q);
        }
    }
    for q in &quotes {
        if let Some(s) = q.speaker {
            ents.list[s].quotes += 1;
        }
    }
    quotes
}
