//! The rules of reported speech that read a phrase or a word of their own rather than a
//! speech cue before or after a clause: `according to`, a speech noun after its owner, a
//! verb of judgment and its object, a sourceless passive.
//!
//! Takes a sentence's [`Sent`]; gives [`Candidate`]s of [`Rule::AccordingTo`],
//! [`Rule::SpeechNoun`], [`Rule::Judgment`] and [`Rule::SourcelessPassive`] (the cue rules
//! and the [`Rule`]s themselves are `rules.rs`'s). Each rule is a function named after its
//! id, with its invented example.

use super::edges::{breaks, content_from};
use super::rules::{Candidate, Rule};
use super::sentence::Sent;
use super::verbs::{is_be, is_sourceless_participle, judges};
use super::words::is_speech_noun;
use crate::quotes::frame::{Subject, Who};
use crate::text::Span;

/// `According to X, CLAUSE.` and `CLAUSE, according to X.`
pub fn according_to(f: &Sent, end: usize, out: &mut Vec<Candidate>) {
    let n = f.words.len();
    for c in 0..n.saturating_sub(2) {
        if f.words[c].lower != "according" || f.words[c + 1].lower != "to" || f.words[c].quoted {
            continue;
        }
        let Some(subject) = f.subject_after(c).or_else(|| source_phrase(f, c + 2)) else {
            continue;
        };
        let cue = Span::new(f.words[c].span.start, f.words[c + 1].span.end);
        // The statement after the comma that closes the source.
        let s_end = subject.mention.end;
        let after = || {
            (c + 2..n.saturating_sub(1))
                .find(|&k| f.words[k].span.end >= s_end && f.gap(k).contains(','))
                .and_then(|k| content_from(f, k + 1, end).map(|c| c.0))
        };
        // Before the cue stands the statement, unless it is a short opening (`At ten,
        // according to the log, the crew left`): then what follows the source is.
        let content = if c > 0 && (c >= 4 || !f.gap(c - 1).contains(',')) {
            Some(Span::new(f.words[0].span.start, f.words[c - 1].span.end))
        } else {
            after()
        };
        if let Some(content) = content {
            out.push(Candidate {
                content,
                subject: Some(subject),
                cue,
                rule: Rule::AccordingTo,
            });
        }
    }
}

/// The source of `according to` that names no one the subject finder knows (`according to
/// preliminary figures released by the port`, `according to exit polling data`): its words
/// up to the clause's end, a description (at most 12 words; not a pronoun).
fn source_phrase(f: &Sent, from: usize) -> Option<Subject> {
    let first = f.words.get(from).filter(|w| !w.quoted)?;
    if matches!(
        first.lower.as_str(),
        "him" | "her" | "them" | "it" | "me" | "us" | "you" | "whom" | "which"
    ) {
        return None;
    }
    let last = (from..f.words.len())
        .take_while(|&k| k < from + 12 && !f.words[k].quoted)
        .find(|&k| k + 1 == f.words.len() || breaks(f.gap(k)))?;
    Some(Subject {
        who: Who::Nominal,
        mention: Span::new(first.span.start, f.words[last].span.end),
    })
}

/// `Roe's claim that CLAUSE`, `her warning that …`: a speech noun after a possessor.
pub fn speech_noun(f: &Sent, end: usize, out: &mut Vec<Candidate>) {
    for c in 1..f.words.len().saturating_sub(1) {
        let w = &f.words[c];
        if w.quoted || !is_speech_noun(&w.lower) || f.words[c + 1].lower != "that" {
            continue;
        }
        let owner = &f.words[c - 1];
        let subject = if owner.possessive {
            f.subject_before(c)
        } else {
            let (g, plural) = match owner.lower.as_str() {
                "his" => (Some(crate::entities::Gender::Male), false),
                "her" => (Some(crate::entities::Gender::Female), false),
                "their" => (None, true),
                _ => continue,
            };
            Some(Subject {
                who: Who::Pronoun(g, plural),
                mention: owner.span,
            })
        };
        let Some(subject) = subject.filter(|s| s.who != Who::Nobody) else {
            continue;
        };
        if let Some((content, _)) = content_from(f, c + 2, end) {
            out.push(Candidate {
                content,
                subject: Some(subject),
                cue: w.span,
                rule: Rule::SpeechNoun,
            });
        }
    }
}

/// `Roe condemned the plan as “reckless”`, `Roe called it a “delaying tactic”`: a verb of
/// judgment whose object and description are the statement (only with quoted words or `as`).
pub fn judgment(f: &Sent, end: usize, out: &mut Vec<Candidate>) {
    for c in 0..f.words.len().saturating_sub(2) {
        let w = &f.words[c];
        if w.quoted || !judges(&w.lower) || f.passive(c) || breaks(f.gap(c)) {
            continue;
        }
        let Some(subject) = f.subject_before(c).filter(|s| s.who != Who::Nobody) else {
            continue;
        };
        let Some((content, _)) = content_from(f, c + 1, end) else {
            continue;
        };
        let marked = f
            .words
            .iter()
            .filter(|x| content.contains(x.span))
            .any(|x| x.quoted || x.lower == "as");
        if !marked {
            continue;
        }
        out.push(Candidate {
            content,
            subject: Some(subject),
            cue: w.span,
            rule: Rule::Judgment,
        });
    }
}

/// `It was announced that CLAUSE`: a report with no speaker, and none guessed.
pub fn sourceless(f: &Sent, end: usize, out: &mut Vec<Candidate>) {
    for c in 2..f.words.len().saturating_sub(1) {
        let ok = f.words[c - 2].lower == "it"
            && is_be(&f.words[c - 1].lower)
            && is_sourceless_participle(&f.words[c].lower)
            && f.words[c + 1].lower == "that"
            && !f.words[c].quoted;
        if let Some((content, _)) = ok.then(|| content_from(f, c + 2, end)).flatten() {
            out.push(Candidate {
                content,
                subject: None,
                cue: f.words[c].span,
                rule: Rule::SourcelessPassive,
            });
        }
    }
}
