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
mod quotes;
mod sources;
mod statements;
mod tokens;

use super::marks::{self, Marked};
use super::sieves::{Basis, Rule as QuoteRule};
use super::{Quote, QuoteKind};
use crate::entities::Entities;
use crate::lexicon::Speech;
use crate::reported::{Reported, Rule};
use crate::text::{words, Doc, Span};
use cues::Pointed;
use people::People;
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
                    said.sort_by_key(|r| r.span.start);
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

/// A span without the spaces inside its marks (`« Oui »` → `Oui`).
fn trim(text: &str, s: Span) -> Span {
    let inner = s.of(text);
    let lead = inner.len() - inner.trim_start().len();
    Span::new(s.start + lead, s.start + lead + inner.trim().len()).max_start(s.start)
}

trait MaxStart {
    fn max_start(self, start: usize) -> Span;
}

impl MaxStart for Span {
    fn max_start(self, start: usize) -> Span {
        Span::new(self.start.max(start), self.end.max(self.start.max(start)))
    }
}

/// The sentences of paragraph `p`, re-joined where the segmenter cut after an abbreviation,
/// an ordinal number or inside a quotation.
fn sentences(doc: &Doc, p: usize, quotes: &[(usize, Span)], lex: &Speech) -> Vec<Span> {
    let text = doc.text;
    let mut out: Vec<Span> = Vec::new();
    for s in doc.sentences.iter().filter(|s| s.paragraph == p) {
        if let Some(prev) = out.last_mut() {
            let inside = quotes
                .iter()
                .any(|(_, q)| q.start < prev.end && q.end > s.span.start);
            if inside || cut_too_early(prev.of(text), lex) {
                prev.end = s.span.end;
                continue;
            }
        }
        out.push(s.span);
    }
    // `„… werden.“ Der Geschäftsführer fragte:` — a quote that ends its sentence inside the
    // marks ends it (the segmenter knows no German closing mark).
    let mut split = Vec::with_capacity(out.len());
    for s in out {
        let mut from = s.start;
        for (_, q) in quotes
            .iter()
            .filter(|(_, q)| q.start >= s.start && q.end < s.end)
        {
            let ends = text[..q.end]
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'));
            let next = text[q.end..s.end].trim_start().chars().next();
            if ends.ends_with(['.', '!', '?'])
                && text[q.end..].starts_with(char::is_whitespace)
                && next.is_some_and(|c| c.is_uppercase() || c == '„' || c == '«' || c == '»')
                && from < q.end
            {
                split.push(Span::new(from, q.end));
                from = q.end + text[q.end..s.end].len() - text[q.end..s.end].trim_start().len();
            }
        }
        split.push(Span::new(from, s.end));
    }
    split
}

/// Whether a sentence ends at a period that ends no sentence: after an abbreviation (`z. B.`,
/// `Sr.`), a single lower-case letter, or a German ordinal (`am 19.`).
fn cut_too_early(s: &str, lex: &Speech) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    let last = word.rsplit('.').next().unwrap_or("");
    let low = last.to_lowercase();
    let ordinal = lex.lang == "de"
        && !last.is_empty()
        && last.len() <= 2
        && last.chars().all(|c| c.is_ascii_digit());
    let letter = last.chars().count() == 1 && last.chars().all(char::is_lowercase);
    ordinal || letter || lex.abbreviations.contains(low.as_str())
}

/// A quote opened by a dialogue dash at the start of a paragraph: up to the next dash, or
/// the paragraph's end (`—No cederemos —dijo el portavoz—.` → `No cederemos`).
fn dialogue(text: &str, par: Span) -> Option<Marked> {
    let body = par.of(text);
    let lead = body.len() - body.trim_start().len();
    let rest = &body[lead..];
    let dash = rest.chars().next().filter(|c| matches!(c, '—' | '―'))?;
    let from = par.start + lead + dash.len_utf8();
    let close = text[from..par.end]
        .find(['—', '―', '–'])
        .map_or(par.end, |i| from + i);
    let inner = Span::new(from, close);
    let inner = Span::new(inner.start, inner.start + inner.of(text).trim_end().len());
    (words(inner.of(text)).count() > 0).then_some(Marked {
        inner,
        outer: Span::new(par.start + lead, inner.end),
        continues: false,
    })
}
