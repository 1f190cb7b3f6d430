//! Two apostrophes used as quotation marks (`''The bridge will close,'' Roe said.`): the
//! style of some newspapers' archives. They are not quotes (`5'11''` and ditto marks use the
//! same marks, and the scorers read only “…”, "…", «…» as quotation marks), so an attributed
//! stretch becomes a reported statement of rule `apostrophe-quoted`.
//!
//! Takes a segmented [`Doc`], its [`Entities`] and the quotes' spans; gives [`Candidate`]s in
//! text order: the stretch without its marks, the subject the quotes' sentence sieves tie to
//! it by a cue (`''…,'' Roe said`, `Roe said, ''…''`), and the stretches that go on from an
//! attributed one in its paragraph or from an unclosed one in the paragraph before (the same
//! subject). A stretch no cue attaches to, or a short one inside the reporter's sentence
//! (`a plan he calls ''Bold Future''`), gives nothing: the other rules read that sentence.

use super::rules::{Candidate, Rule};
use crate::entities::Entities;
use crate::quotes::frame::{Frame, Subject, Who};
use crate::quotes::sieves::neighbour::neighbour;
use crate::quotes::sieves::{attribute, veto, How, Rule as QuoteRule};
use crate::quotes::unit;
use crate::text::{words, Doc, Span};

/// One `''…''` stretch of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Stretch {
    /// The words, without the marks.
    inner: Span,
    /// With the marks.
    outer: Span,
    /// Unclosed at the paragraph's end (the next paragraph opens another).
    continues: bool,
}

/// The runs of two or more apostrophes in `p` (byte start, byte end).
fn marks(p: &str) -> Vec<(usize, usize)> {
    let b = p.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\'' {
            let mut j = i;
            while j < b.len() && b[j] == b'\'' {
                j += 1;
            }
            if j - i >= 2 {
                out.push((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a mark at `p[a..b]` can open a stretch: nothing or a space, dash or bracket before
/// it, a letter, digit or ellipsis after (`5'11''` has a digit before: a measure).
fn opens(p: &str, a: usize, b: usize) -> bool {
    let before = p[..a].chars().next_back();
    let after = p[b..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-'))
        && after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '…' | '$'))
}

/// Whether a mark at `p[a..b]` can close a stretch: a letter or punctuation before it, and
/// nothing, a space or punctuation after.
fn closes(p: &str, a: usize, b: usize) -> bool {
    let before = p[..a].chars().next_back();
    let after = p[b..].chars().next();
    before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// The stretches of paragraph `par`; `next_opens`: the next paragraph opens with `''`.
fn scan(text: &str, par: Span, next_opens: bool) -> Vec<Stretch> {
    let p = par.of(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (a, b) in marks(p) {
        match open {
            Some((o, body)) if closes(p, a, b) => {
                if a > body {
                    out.push(Stretch {
                        inner: Span::new(par.start + body, par.start + a),
                        outer: Span::new(par.start + o, par.start + b),
                        continues: false,
                    });
                }
                open = None;
            }
            Some(_) => {}
            None if opens(p, a, b) => open = Some((a, b)),
            None => {}
        }
    }
    if let Some((o, body)) = open.filter(|_| next_opens) {
        let end = par.start + p.trim_end().len();
        if end > par.start + body {
            out.push(Stretch {
                inner: Span::new(par.start + body, end),
                outer: Span::new(par.start + o, end),
                continues: true,
            });
        }
    }
    out
}

/// Whether paragraph `par` opens with `''`.
fn opens_with(text: &str, par: Span) -> bool {
    par.of(text).trim_start().starts_with("''")
}

/// The fewest words of a stretch that stands as a statement inside the reporter's sentence.
const MIN_WORDS: usize = 6;

/// `''The bridge will close,'' Roe said. ''It is unsafe.''` → two statements of Roe's.
pub fn apostrophe_quoted(doc: &Doc, ents: &Entities, quotes: &[Span]) -> Vec<Candidate> {
    let text = doc.text;
    let mut out = Vec::new();
    // The subject and cue of an unclosed stretch ending the paragraph before.
    let mut carried: Option<(Subject, Span)> = None;
    for (p, &par) in doc.paragraphs.iter().enumerate() {
        if !par.of(text).contains("''") {
            carried = None;
            continue;
        }
        let next_opens = doc
            .paragraphs
            .get(p + 1)
            .is_some_and(|n| opens_with(text, *n));
        let found = scan(text, par, next_opens);
        let mut outers: Vec<Span> = quotes
            .iter()
            .filter(|q| par.start <= q.start && q.end <= par.end)
            .copied()
            .chain(found.iter().map(|s| s.outer))
            .collect();
        crate::order::sort_by_key(&mut outers, |s| s.start);
        // The subject and cue of the stretch before in this paragraph.
        let mut prev: Option<(Subject, Span)> = carried.take();
        for (k, s) in found.iter().enumerate() {
            let u = unit(doc, s.outer, par);
            let f = Frame::new(text, u, &outers, ents);
            let bare = veto::bare(&f);
            // Its sentence's cue, or a short `X said.` right after a bare one.
            let found = if bare {
                neighbour(doc, ents, p, u, par.start, &outers)
                    .filter(|a| a.rule == QuoteRule::NextSentence)
            } else {
                attribute(&f, s.outer)
            };
            let own = found.and_then(|a| match a.how {
                How::Cue(c) if a.subject.who != Who::Nobody => Some((a.subject, c)),
                _ => None,
            });
            // Only its words, or it opens its sentence after another stretch: it goes on.
            let opens_sentence = f.words.first().is_some_and(|w| w.quoted);
            let goes_on = bare || opens_sentence && (k > 0 || u.start == par.start);
            let tie = own.or_else(|| prev.filter(|_| goes_on));
            // A statement of its own: whole, long, opening its sentence or after a comma or
            // colon (`Roe said, ''…''`); not a few words inside the reporter's clause.
            let whole = f.words.iter().filter(|w| !w.quoted).count() <= 1;
            let long = words(s.inner.of(text)).count() >= MIN_WORDS;
            let after_stop = text[..s.outer.start].trim_end().ends_with([',', ':']);
            let stands = long || whole || opens_sentence || after_stop;
            if let Some((subject, cue)) = tie.filter(|_| stands) {
                out.push(Candidate {
                    content: s.inner,
                    subject: Some(subject),
                    cue,
                    rule: Rule::ApostropheQuoted,
                });
            }
            prev = tie.or(prev);
            if s.continues {
                carried = tie;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(p: &str) -> Vec<&str> {
        scan(p, Span::new(0, p.len()), false)
            .iter()
            .map(|s| s.inner.of(p))
            .collect()
    }

    #[test]
    fn pairs_marks_and_skips_measures() {
        assert_eq!(
            spans("''The ferry is late,'' Roe said, ''again.''"),
            ["The ferry is late,", "again."]
        );
        assert!(spans("He stands 5'11'' tall.").is_empty());
        assert_eq!(spans("a plan called ''Bold Future''"), ["Bold Future"]);
    }
}
