//! Quotes and who said them.
//!
//! Takes a segmented [`Doc`] and its [`Entities`]; gives every [`Quote`] with its speaker
//! (an entity index or unknown), the mention and the cue that tie them, and a confidence.
//! Fills each entity's quote count (and gender, where "she said" gives it away).

pub mod cues;
pub mod marks;

use crate::entities::{Entities, EntityKind, Gender};
use crate::text::{words, Doc, Span};
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

const PRONOUNS: &[(&str, Option<Gender>)] = &[
    ("he", Some(Gender::Male)),
    ("she", Some(Gender::Female)),
    ("they", None),
    ("it", None),
];

/// A word with its span.
fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let s = span.of(text);
    let base = s.as_ptr() as usize;
    words(s)
        .map(|w| {
            let st = span.start + (w.as_ptr() as usize - base);
            Span::new(st, st + w.len())
        })
        .collect()
}

/// A cue with the words that name its subject.
struct Attribution {
    cue: Span,
    mention: Option<Span>,
    entity: Option<usize>,
    pronoun: Option<Option<Gender>>,
}

/// Finds the attribution of each cue in a sentence, ignoring the words inside quotes.
fn attributions(doc: &Doc, ents: &Entities, sentence: Span, quoted: &[Span]) -> Vec<Attribution> {
    let text = doc.text;
    let ws: Vec<Span> = word_spans(text, sentence)
        .into_iter()
        .filter(|w| !quoted.iter().any(|q| q.contains(*w)))
        .collect();
    let mention_at = |w: Span| {
        ents.mentions
            .iter()
            .find(|m| m.span.start <= w.start && w.end <= m.span.end)
    };
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !cues::is_cue(w.of(text)) {
            continue;
        }
        let mut a = Attribution {
            cue: *w,
            mention: None,
            entity: None,
            pronoun: None,
        };
        // Subject before the cue: skip up to four short connecting words ("on Friday", "also").
        let mut j = i;
        let mut skipped = 0;
        while j > 0 && skipped <= 4 {
            j -= 1;
            let word = ws[j];
            let lw = word.of(text).to_lowercase();
            if let Some(m) = mention_at(word) {
                if !matches!(ents.list[m.entity].kind, EntityKind::Other) || skipped <= 1 {
                    a.mention = Some(m.span);
                    a.entity = Some(m.entity);
                }
                break;
            }
            if let Some((_, g)) = PRONOUNS.iter().find(|(p, _)| *p == lw) {
                a.mention = Some(word);
                a.pronoun = Some(*g);
                break;
            }
            if [
                "leader",
                "official",
                "spokesman",
                "spokeswoman",
                "minister",
                "president",
            ]
            .contains(&lw.as_str())
            {
                a.mention = Some(word);
                a.pronoun = Some(None);
                break;
            }
            // Only words that cannot carry a verb of their own are skipped.
            if matches!(
                lw.as_str(),
                "and" | "but" | "that" | "which" | "who" | "to" | "would" | "will" | "had" | "has"
            ) {
                break;
            }
            skipped += 1;
        }
        // Subject after the cue: "said Peskov", "told reporters", "according to X".
        if a.mention.is_none() {
            if let Some(&next) = ws.get(i + 1) {
                if let Some(m) = mention_at(next) {
                    a.mention = Some(m.span);
                    a.entity = Some(m.entity);
                }
            }
        }
        out.push(a);
    }
    out
}

/// Finds the quotes of a document and attributes them.
pub fn find(doc: &Doc, ents: &mut Entities) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<usize> = None;
    for (p, par) in doc.paragraphs.iter().enumerate() {
        let marked = marks::scan(text, *par);
        let outers: Vec<Span> = marked.iter().map(|m| m.outer).collect();
        let first_of_par = quotes.len();
        for m in &marked {
            let Some(si) = doc.sentence_at(m.inner.start) else {
                continue;
            };
            let sentence = doc.sentences[si].span;
            let n_words = words(m.inner.of(text)).count();
            let whole_sentence = sentence.len() <= m.outer.len() + 2;
            let kind = if n_words >= 5 || whole_sentence {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let damaged = sentence
                .of(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            let atts = attributions(doc, ents, sentence, &outers);
            // The attribution nearest the quote: before it on the right of a subject, or after.
            let best = atts
                .iter()
                .filter(|a| a.entity.is_some() || a.pronoun.is_some())
                .min_by_key(|a| {
                    if a.cue.start >= m.outer.end {
                        a.cue.start - m.outer.end
                    } else {
                        m.outer.start.saturating_sub(a.cue.end) * 2
                    }
                });
            let mut q = Quote {
                span: m.inner,
                kind,
                speaker: None,
                mention: None,
                cue: None,
                confidence: 0.0,
            };
            match best {
                Some(a) if a.entity.is_some() => {
                    q.speaker = a.entity;
                    q.mention = a.mention;
                    q.cue = Some(a.cue);
                    q.confidence = 0.9;
                }
                Some(a) if !damaged => {
                    // A pronoun or a role noun: the last speaker that fits.
                    let gender = a.pronoun.flatten();
                    let fit = last_speaker.filter(|&s| {
                        let e = &ents.list[s];
                        gender.is_none() || e.gender.is_none() || e.gender == gender
                    });
                    q.speaker = fit;
                    q.mention = a.mention;
                    q.cue = Some(a.cue);
                    q.confidence = if fit.is_some() { 0.7 } else { 0.2 };
                    if let (Some(s), Some(g)) = (fit, gender) {
                        ents.list[s].gender.get_or_insert(g);
                    }
                }
                Some(a) => {
                    q.cue = Some(a.cue);
                    q.mention = a.mention;
                    q.confidence = 0.1;
                }
                None if !damaged && atts.is_empty() && kind == QuoteKind::Direct => {
                    // A floating quote continues the speaker before it.
                    let prev = if quotes.len() > first_of_par {
                        quotes.last().and_then(|q| q.speaker)
                    } else {
                        last_speaker
                    };
                    q.speaker = prev;
                    q.confidence = if prev.is_some() { 0.6 } else { 0.0 };
                }
                None => {
                    q.kind = if atts.is_empty() && kind == QuoteKind::Partial {
                        QuoteKind::Mention
                    } else {
                        kind
                    };
                }
            }
            if q.speaker.is_some() {
                last_speaker = q.speaker;
            }
            quotes.push(q);
        }
        let _ = p;
    }
    for q in &quotes {
        if let Some(s) = q.speaker {
            ents.list[s].quotes += 1;
        }
    }
    quotes
}
