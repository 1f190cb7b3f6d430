//! Who said what in German, French and Spanish: quotes and reported statements by cue patterns.
//!
//! Takes a segmented [`Doc`] and the language's [`Speech`] lexicon; gives the article's
//! entities, its quotes with their speakers and its reported statements, the same types the
//! English path gives (`crate::quotes::find`, `crate::reported::find`), with the rule of each.
//! No English rule runs here. Sentences are re-joined where the segmenter cut after an
//! abbreviation or an ordinal (`z. B.`, `am 19. Juni`, `Sr.`) or inside a quotation; a
//! paragraph opening with a dialogue dash (`—No cederemos —dijo el portavoz—.`) holds a quote.
//! A quote nobody is said to have said continues the speaker of the statement before it in
//! the paragraph (or the one before); so does a German sentence in Konjunktiv I.

mod cues;
mod people;
mod phrase;
mod quotes;
mod segments;
mod sources;
mod statements;
mod tokens;

use super::marks;
use super::sieves::{Basis, Rule as QuoteRule};
use super::{Quote, QuoteKind};
use crate::entities::Entities;
use crate::lexicon::Speech;
use crate::reported::{Reported, Rule};
use crate::text::{words, Doc, Span};
use cues::Pointed;
use people::People;
use segments::{dialogue, sentences, trim};
use tokens::{tokens, Kind, Tok};

/// A quote with fewer words than this and no speaker is a mention (a title, a scare quote).
const MENTION_WORDS: usize = 4;

/// How sure each kind of attribution is, hand-set (checked on the German dev split).
fn confidence(rule: QuoteRule, basis: Basis) -> f32 {
    match (rule, basis) {
        (_, Basis::Nobody) => 0.0,
        (_, Basis::Carried) => 0.5,
        (QuoteRule::CueAfter | QuoteRule::ColonName, Basis::Name) => 0.9,
        (QuoteRule::CueAfter | QuoteRule::ColonName, _) => 0.8,
        (QuoteRule::AccordingTo, _) => 0.8,
        _ => 0.6,
    }
}

/// The entities, quotes and reported statements of `doc`.
///
/// `„Wir schließen die Innenstadt“, sagte Bürgermeisterin Anna Roth.` → one quote by `Anna
/// Roth` (rule `cue-after-quote`).
pub fn find(doc: &Doc, lex: &'static Speech) -> (Entities, Vec<Quote>, Vec<Reported>) {
    let text = doc.text;
    let mut people = People::new(text, lex);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut said: Vec<Reported> = Vec::new();
    // The last speaker, their mention, and the paragraph they spoke in.
    let mut last: Option<(Option<usize>, Option<Span>, usize)> = None;
    for (p, par) in doc.paragraphs.iter().enumerate() {
        let next_opens = doc
            .paragraphs
            .get(p + 1)
            .is_some_and(|n| marks::opens_with_quote(text, *n));
        let mut marked = marks::scan(text, *par, next_opens);
        if marked.is_empty() {
            marked.extend(dialogue(text, *par));
        }
        let base = quotes.len();
        let outers: Vec<(usize, Span)> = marked
            .iter()
            .enumerate()
            .map(|(k, m)| (base + k, m.outer))
            .collect();
        let mut before: Option<Span> = None;
        for s in sentences(doc, p, &outers, lex) {
            let toks = tokens(text, s, &outers);
            people.introduce(&toks);
            let prev = before.replace(s);
            if let (Some(pointed), Some(prev)) = (statements::points_back(&toks, lex), prev) {
                let prev_toks = tokens(text, prev, &outers);
                if said.last().is_none_or(|r| r.span.end <= prev.start)
                    && quoted_share(&prev_toks, 0, prev_toks.len(), text) < 0.7
                {
                    let (e, m, _) = resolve(&mut people, &toks, &pointed);
                    let span = Span::new(
                        prev.start,
                        prev.end - usize::from(prev.of(text).ends_with('.')),
                    );
                    said.push(reported(
                        span,
                        e,
                        m,
                        pointed.cue,
                        Rule::CueAfterClause,
                        &quotes,
                    ));
                    last = Some((e, m, p));
                    continue;
                }
            }
            let carry = last.filter(|l| p <= l.2 + 1);
            // The speaker of an earlier quote in this sentence.
            let mut in_sentence: Option<(Option<usize>, Option<Span>)> = None;
            let subjunctive = toks
                .iter()
                .any(|t| t.word() && lex.subjunctive.contains(t.low.as_str()));
            for (qi, t) in toks.iter().enumerate() {
                let Kind::Quote(k) = t.kind else { continue };
                let m = marked[k - base];
                let inner = trim(text, m.inner);
                let n_words = words(inner.of(text)).count();
                let others = toks.iter().filter(|t| t.word()).count();
                let kind = if n_words >= 6 || others <= 1 {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                };
                let mut q = Quote::unattributed(inner, kind);
                if let Some((rule, pointed)) = quotes::attribute(&toks, qi, lex) {
                    let (speaker, mention, basis) = resolve(&mut people, &toks, &pointed);
                    q.rule = rule;
                    q.cue = Some(pointed.cue);
                    q.speaker = speaker;
                    q.mention = mention;
                    q.basis = basis;
                    let near = matches!(rule, QuoteRule::CueAfter | QuoteRule::ColonName);
                    if n_words < MENTION_WORDS && !near {
                        q.kind = QuoteKind::Mention;
                    }
                } else if let Some((e, mention)) = in_sentence {
                    q.rule = QuoteRule::ContinuesQuote;
                    q.speaker = e;
                    q.mention = mention;
                    q.basis = Basis::Carried;
                } else if others <= 1 || subjunctive {
                    // A quote standing alone, or in a sentence in Konjunktiv I: the speaker
                    // before it goes on.
                    if let Some((e, mention, _)) = carry {
                        q.rule = QuoteRule::LastSpeaker;
                        q.speaker = e;
                        q.mention = mention;
                        q.basis = Basis::Carried;
                    }
                } else if n_words < MENTION_WORDS || q.kind == QuoteKind::Partial {
                    // A few quoted words nobody is said to have said: a title, a scare quote.
                    q.kind = QuoteKind::Mention;
                }
                q.confidence = if q.speaker.is_some() {
                    confidence(q.rule, q.basis)
                } else {
                    0.0
                };
                if let Some(e) = q.speaker {
                    people.quoted(e);
                }
                if q.speaker.is_some() || q.mention.is_some() {
                    last = Some((q.speaker, q.mention, p));
                    if q.kind != QuoteKind::Mention {
                        in_sentence = Some((q.speaker, q.mention));
                    }
                }
                quotes.push(q);
            }
            if let Some(st) = statements::statement(&toks, lex) {
                let (a, b) = st.said;
                let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
                if quoted_share(&toks, a, b, text) >= 0.7 {
                    // `Hatzius kritisiert, die Aktion erinnere „fatal …“`: the quote is the
                    // statement, and its speaker the statement's.
                    if let Some(pointed) = &st.who {
                        if quotes[base..].iter().any(|q| open(q, span)) {
                            let (e, m, basis) = resolve(&mut people, &toks, pointed);
                            inherit(
                                &mut people,
                                (e, m, basis),
                                pointed.cue,
                                &mut quotes[base..],
                                span,
                            );
                        }
                    }
                    continue;
                }
                let mut basis = Basis::Carried;
                let (speaker, mention, cue) = match &st.who {
                    Some(pointed) => {
                        let (e, m, b) = resolve(&mut people, &toks, pointed);
                        basis = b;
                        (e, m, pointed.cue)
                    }
                    None => {
                        let Some((e, m, _)) = carry else {
                            said.push(reported(
                                span,
                                None,
                                None,
                                toks[st.cue_tok].span,
                                st.rule,
                                &quotes,
                            ));
                            continue;
                        };
                        (e, m, toks[st.cue_tok].span)
                    }
                };
                if speaker.is_some() || mention.is_some() {
                    last = Some((speaker, mention, p));
                }
                if st.who.is_some() {
                    inherit(
                        &mut people,
                        (speaker, mention, basis),
                        cue,
                        &mut quotes[base..],
                        span,
                    );
                }
                said.push(reported(span, speaker, mention, cue, st.rule, &quotes));
                if let Some((a, b)) = st.also.filter(|(a, b)| a < b) {
                    let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
                    said.push(reported(span, speaker, mention, cue, st.rule, &quotes));
                    crate::order::sort_by_key(&mut said, |r| r.span.start);
                }
            }
        }
    }
    (people.ents, quotes, said)
}

/// Whether a quote inside `span` has nobody said to have said it.
fn open(q: &Quote, span: Span) -> bool {
    span.contains(q.span)
        && q.speaker.is_none()
        && q.mention.is_none()
        && q.kind != QuoteKind::Mention
}

/// Gives the speaker of a statement to the quotes inside it that nobody is said to have said
/// (`Hatzius kritisiert, die Aktion erinnere „fatal …“`).
fn inherit(
    people: &mut People,
    (e, m, basis): (Option<usize>, Option<Span>, Basis),
    cue: Span,
    quotes: &mut [Quote],
    span: Span,
) {
    for q in quotes.iter_mut().filter(|q| open(q, span)) {
        q.rule = QuoteRule::CueBefore;
        q.cue = Some(cue);
        q.speaker = e;
        q.mention = m;
        q.basis = basis;
        q.confidence = if e.is_some() {
            confidence(q.rule, basis)
        } else {
            0.0
        };
        if let Some(e) = e {
            people.quoted(e);
        }
    }
}

/// A reported statement, with the quotes inside it.
fn reported(
    span: Span,
    speaker: Option<usize>,
    mention: Option<Span>,
    cue: Span,
    rule: Rule,
    quotes: &[Quote],
) -> Reported {
    Reported {
        span,
        speaker,
        mention,
        cue,
        confidence: if speaker.is_some() {
            rule.confidence()
        } else {
            0.0
        },
        rule,
        quotes: quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| span.contains(q.span))
            .map(|(i, _)| i)
            .collect(),
    }
}

/// The speaker a cue pattern pointed to: entity, mention, and what kind of words named them.
fn resolve(people: &mut People, toks: &[Tok], p: &Pointed) -> (Option<usize>, Option<Span>, Basis) {
    if let Some((span, female)) = p.pronoun {
        return (
            people.pronoun(span.start, female, p.plural),
            Some(span),
            Basis::Pronoun,
        );
    }
    let Some(np) = p.np else {
        return (None, None, Basis::Nobody);
    };
    let span = Span::new(toks[np.0].span.start, toks[np.1 - 1].span.end);
    let pronoun = np.1 == np.0 + 1 && !toks[np.0].cap;
    let e = people.entity(toks, np, p.plural);
    let basis = if pronoun || people.lex_pronoun(&toks[np.0].low) {
        Basis::Pronoun
    } else if toks[np.0].cap {
        Basis::Name
    } else {
        Basis::Description
    };
    (e, Some(span), basis)
}

/// The share of the letters of tokens `a..b` that stand inside quotation marks.
fn quoted_share(toks: &[Tok], a: usize, b: usize, text: &str) -> f32 {
    let letters = |t: &Tok| {
        t.span
            .of(text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
    };
    let all: usize = toks[a..b].iter().map(letters).sum();
    let inside: usize = toks[a..b]
        .iter()
        .filter(|t| cues::is_quote(t))
        .map(letters)
        .sum();
    if all == 0 {
        0.0
    } else {
        inside as f32 / all as f32
    }
}
