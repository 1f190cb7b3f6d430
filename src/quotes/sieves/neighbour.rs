//! The quote-level steps: a bare quote's neighbouring sentences, a dash line under a quote
//! paragraph, a cue inside unpaired marks.
//!
//! Takes the document, the entities and where the quote stands; gives the attribution of
//! `pointing-back`, `next-sentence`, `sentence-before`, `colon-paragraph`,
//! `report-paragraph`, `dash-line` or `embedded-cue`, or nothing.

use super::{attribute, enabled, Found, How, Rule};
use crate::entities::Entities;
use crate::quotes::cues;
use crate::quotes::frame::{Frame, Who};
use crate::quotes::marks;
use crate::text::{Doc, Span};

/// The attribution of a bare quote (one with no words of the reporter's around it) by the
/// sentences next to it: a short `X said.` right after it, or the sentence before it in the
/// paragraph (`The judge turned to me. “…”`, or a paragraph that ends with a colon, or one
/// whose last sentence reports someone's words with a cue: `X argued that …` ¶ `“…”`).
pub fn neighbour(
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
        // A line break is a paragraph break too.
        .filter(|s| text.get(u.end..s.start).is_some_and(|t| !t.contains('\n')))
    {
        let g = Frame::new(text, next, outers, ents);
        // Not a sentence of its own that goes on to report (`X said … that the US had “…”`):
        // the quote before it belongs to the previous speaker.
        let reports =
            g.words.iter().any(|w| w.quoted) || g.words.iter().take(8).any(|w| w.lower == "that");
        let adjacent = text
            .get(u.end..next.start)
            .is_some_and(|t| t.trim().is_empty());
        // `“…?” He tweeted when …`, `“…?” Jane Roe remarked, alluding to “…”`: a pronoun or a
        // name and its cue opening the sentence right after a quote that closed with `?` or
        // `!` report that quote, whatever follows.
        let subject_cue = (1..g.words.len().min(5)).any(|c| {
            // (A title may stand before the name: `Ms Jane Roe remarked`.)
            let second = g.words.get(1).map_or(next.start, |w| w.span.start);
            let subject = g.np_ending_at(c - 1).is_some_and(|s| {
                s.mention.start <= second
                    && match s.who {
                        Who::Named(_) => true,
                        Who::Pronoun(..) => c == 1 && g.words[0].lower != "it",
                        _ => false,
                    }
            });
            subject
                && cues::cue(&g.words[c].lower).is_some_and(|k| !k.participle)
                && g.words[c].lower == g.words[c].span.of(text)
                && g.words.get(c + 1).is_none_or(|w| w.lower != "that")
        }) && u
            .of(text)
            .trim_end()
            .trim_end_matches(['”', '"', '’', '»'])
            .ends_with(['?', '!']);
        if adjacent && enabled(Rule::PointingBack) {
            if let Some(a) = pointing_back(&g) {
                return Some(a);
            }
        }
        let right_after = (!reports || subject_cue) && adjacent;
        if g.words.len() <= 6 || right_after {
            if let Some(a) = attribute(&g, Span::new(next.start, next.start)) {
                // `“…?” Jane Roe remarked, alluding to …`: the cue opens the sentence.
                // `“…” Will Estrada, the party chairman for the county, said of it`: a name
                // opening the sentence and its appositives.
                let early = |c: Span| {
                    let k = g.words.iter().position(|w| w.span == c);
                    let opens = a.subject.mention.start
                        <= g.words.get(1).map_or(next.start, |w| w.span.start)
                        && matches!(a.subject.who, Who::Named(_))
                        && k.is_some_and(|k| k > 0 && g.comma_gap(k - 1));
                    opens
                        || k.is_some_and(|k| k < 5)
                            && a.subject.mention.start
                                < g.words.get(6).map_or(next.end, |w| w.span.start)
                };
                if matches!(a.how, How::Cue(c) if g.words.len() <= 6 || early(c))
                    && enabled(Rule::NextSentence)
                {
                    return Some(Found {
                        rule: Rule::NextSentence,
                        ..a
                    });
                }
            }
        }
    }
    let j = doc.sentences.partition_point(|s| s.span.end <= u.start);
    let before = doc.sentences.get(j.checked_sub(1)?)?;
    let same_par = before.paragraph == p && before.span.start >= prev_end;
    let opens_par = before.paragraph + 1 == p && u.start == par.start;
    let colon = opens_par && before.span.of(text).trim_end().ends_with(':');
    // A paragraph that ends reporting someone's words without quoting them (`Ash argued in
    // his email that …` ¶ `“…”`): their cue and subject, when the sentence has a cue.
    let report = opens_par && !colon && !before.span.of(text).contains(['"', '“', '”', '«', '»']);
    if !(same_par || colon || report) {
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
    let rule = if report {
        Rule::ReportParagraph
    } else if colon {
        Rule::ColonParagraph
    } else {
        Rule::SentenceBefore
    };
    if !enabled(rule) {
        return None;
    }
    attribute(&g, Span::new(before.span.end, before.span.end))
        .filter(|a| !report || matches!(a.how, How::Cue(_)) && a.subject.who != Who::Nobody)
        .map(|a| Found { rule, ..a })
}

/// Nouns for what someone said, in `Those were the words of X`, `Such was the verdict of X`.
static SAYING_NOUNS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "advice",
    "answer",
    "assessment",
    "message",
    "promise",
    "reaction",
    "reply",
    "response",
    "verdict",
    "view",
    "warning",
    "words",
]);

/// A sentence right after a quote that points back at it and names its speaker: `So said X`,
/// `That is what X told reporters`, `Those were the words of X`.
fn pointing_back(g: &Frame) -> Option<Found> {
    let w = &g.words;
    let lower = |k: usize| w.get(k).map_or("", |x| x.lower.as_str());
    let cue_at = |k: usize| {
        w.get(k)
            .is_some_and(|x| !x.quoted && cues::is_cue(&x.lower))
    };
    // `So said X`, `So says X`.
    if lower(0) == "so" && cue_at(1) {
        let subject = g.subject_after(1)?;
        return Some(Found {
            subject,
            how: How::Cue(w[1].span),
            rule: Rule::PointingBack,
        });
    }
    let points = matches!(lower(0), "that" | "this" | "those" | "these" | "such")
        || lower(0).starts_with("that") && lower(0).len() <= 6; // that's, that’s
    if !points {
        return None;
    }
    // `That is what X told supporters`: the subject of the cue after `what`.
    if let Some(k) = (1..4).find(|&k| lower(k) == "what") {
        let subject = g.np_starting_at(k + 1)?;
        let after = w.iter().position(|x| x.span.start >= subject.mention.end)?;
        let c = (after..(after + 3).min(w.len())).find(|&c| cue_at(c))?;
        return Some(Found {
            subject,
            how: How::Cue(w[c].span),
            rule: Rule::PointingBack,
        });
    }
    // `Those were the words of X`, `That was the message from X`.
    let be = |k: usize| matches!(lower(k), "is" | "was" | "were" | "are");
    let det = |k: usize| matches!(lower(k), "the" | "a");
    for k in 1..3 {
        if be(k) && det(k + 1) {
            let n = (k + 2..(k + 4).min(w.len())).find(|&n| SAYING_NOUNS.contains(&lower(n)))?;
            if !matches!(lower(n + 1), "of" | "from") {
                return None;
            }
            let subject = g.np_starting_at(n + 2)?;
            return Some(Found {
                subject,
                how: How::Cue(w[n].span),
                rule: Rule::PointingBack,
            });
        }
    }
    None
}

/// The speaker of a quote that fills paragraph `p`, named by the next paragraph after a dash
/// (`“…”` ¶ `- Bernie Sanders.`, `—President Obama, tweeting after the speech.`).
pub fn dash_line(doc: &Doc, ents: &Entities, p: usize) -> Option<Found> {
    let text = doc.text;
    let next = *doc.paragraphs.get(p + 1)?;
    let t = next.of(text);
    let body = t.trim_start().strip_prefix(['-', '—', '–'])?;
    if body.len() > 200 {
        return None;
    }
    let start = next.end - body.len();
    let g = Frame::new(text, Span::new(start, next.end), &[], ents);
    g.np_starting_at(0)
        .filter(|s| matches!(s.who, Who::Named(_)))
        .map(|subject| Found {
            subject,
            how: How::Punct,
            rule: Rule::DashLine,
        })
}

/// The attribution inside a quote whose marks do not pair up (`“We will build it," he
/// said. "It will be built.”`): a short stretch between two inner marks, after a closing
/// comma or stop, that holds a cue and its subject.
pub fn embedded(text: &str, ents: &Entities, inner: Span) -> Option<Found> {
    let t = inner.of(text);
    let marks: Vec<usize> = t
        .char_indices()
        .filter(|&(_, c)| matches!(c, '"' | '”' | '“'))
        .map(|(i, _)| i)
        .collect();
    for w in marks.windows(2) {
        let (a, b) = (w[0], w[1]);
        let closes = t[..a].trim_end().ends_with([',', '.', '?', '!', '…', '—']);
        let between = t.get(a + 1..b)?;
        if !closes || between.len() > 100 || between.trim().is_empty() {
            continue;
        }
        let span = Span::new(inner.start + a + 1, inner.start + b);
        let g = Frame::new(text, span, &[], ents);
        if g.words.len() > 15 {
            continue;
        }
        for i in 0..g.words.len().min(4) {
            let Some(c) = cues::cue(&g.words[i].lower) else {
                continue;
            };
            let s = g
                .subject_before(i)
                .or_else(|| (c.inverts && i == 0).then(|| g.subject_after(i)).flatten());
            if let Some(subject) = s {
                return Some(Found {
                    subject,
                    how: How::Cue(g.words[i].span),
                    rule: Rule::Embedded,
                });
            }
        }
    }
    None
}
