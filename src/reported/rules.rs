//! The rules that find reported statements in one sentence, in the order they are tried.
//!
//! Takes a sentence's [`Frame`] (its words, those inside quotation marks marked); gives
//! [`Candidate`]s: the content span (what was said, without source, cue and a leading
//! `that`), the subject that said it (or none, for a sourceless passive), the cue and the
//! [`Rule`]. Each rule is a function named after its id, with its invented example.

use super::edges::{breaks, content_from, is_report_cue, long_enough, named_clause, tells};
use super::words::{
    asks, follows_trailing_cue, is_be, is_complementiser, is_sourceless_participle, is_speech_noun,
    judges, opens_clause, opens_relative, takes_bare_clause,
};
use crate::quotes::cues;
use crate::quotes::frame::{Frame, Subject, Who};
use crate::text::Span;

/// The rule that found a reported statement (its id is the `rule` of the JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// `Roe said on Monday that the bridge would close.`
    CueBeforeThatClause,
    /// `Roe said the bridge would close.`
    CueBeforeClause,
    /// `The bridge will close, Roe said in a statement.` / `…, said Roe.`
    CueAfterClause,
    /// `According to the council, the bridge will close.` / `…, according to the council.`
    AccordingTo,
    /// `Now, Roe says, the bridge will close.`
    Parenthetical,
    /// `Roe's claim that the bridge would close …`
    SpeechNoun,
    /// `Roe condemned the plan as “reckless”.`
    Judgment,
    /// `It was announced that the bridge would close.` (no speaker)
    SourcelessPassive,
    /// German Konjunktiv I after a statement: `Die Brücke sei marode.` (its speaker goes on;
    /// `crate::quotes::intl`)
    Subjunctive,
}

impl Rule {
    /// Every rule, in the order they are tried.
    pub const ALL: &'static [Rule] = &[
        Rule::CueBeforeThatClause,
        Rule::CueBeforeClause,
        Rule::CueAfterClause,
        Rule::AccordingTo,
        Rule::Parenthetical,
        Rule::SpeechNoun,
        Rule::Judgment,
        Rule::SourcelessPassive,
        Rule::Subjunctive,
    ];

    /// The stable kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Rule::CueBeforeThatClause => "cue-before-that-clause",
            Rule::CueBeforeClause => "cue-before-clause",
            Rule::CueAfterClause => "cue-after-clause",
            Rule::AccordingTo => "according-to",
            Rule::Parenthetical => "parenthetical-cue",
            Rule::SpeechNoun => "speech-noun",
            Rule::Judgment => "judgment-object",
            Rule::SourcelessPassive => "sourceless-passive",
            Rule::Subjunctive => "subjunctive-sentence",
        }
    }

    /// How often such a statement is right, hand-set (checked on PolNeAR train).
    pub fn confidence(self) -> f32 {
        match self {
            Rule::CueBeforeThatClause => 0.8,
            Rule::CueBeforeClause => 0.75,
            Rule::CueAfterClause => 0.75,
            Rule::AccordingTo => 0.8,
            Rule::Parenthetical => 0.7,
            Rule::SpeechNoun => 0.6,
            Rule::Judgment => 0.6,
            Rule::SourcelessPassive => 0.5,
            Rule::Subjunctive => 0.5,
        }
    }
}

/// A reported statement found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    /// What was said (bytes).
    pub content: Span,
    /// Who said it; `None` for a sourceless passive.
    pub subject: Option<Subject>,
    /// The cue word.
    pub cue: Span,
    /// The rule that found it.
    pub rule: Rule,
}

/// `X said (on Monday) that CLAUSE`, `X told reporters that …`, `X asked whether …`, and the
/// bare `X said CLAUSE` for the verbs that allow it.
pub fn cue_before(f: &Frame, end: usize, out: &mut Vec<Candidate>) {
    for c in 0..f.words.len() {
        if !is_report_cue(f, c) || f.passive(c) {
            continue;
        }
        // The complementiser within a few words, with no clause break on the way.
        let mut k = None;
        for j in c + 1..(c + 7).min(f.words.len()) {
            if f.words[j].quoted || breaks(f.gap(j - 1)) {
                break;
            }
            let w = f.words[j].lower.as_str();
            let question = matches!(w, "whether" | "if");
            if is_complementiser(w) && (!question || asks(&f.words[c].lower)) {
                k = Some(j);
                break;
            }
            // A clause of its own on the way (`said the ferry was safe and that …`): the bare
            // clause comes first.
            if is_report_cue(f, j) || opens_relative(w) || matches!(w, "and" | "but" | "or") {
                break;
            }
        }
        let (from, rule) = match k {
            // `states that have suffered`: a relative clause.
            Some(j) if f.words.get(j + 1).is_some_and(|w| opens_relative(&w.lower)) => continue,
            Some(j) => (j + 1, Rule::CueBeforeThatClause),
            None => {
                let bare = takes_bare_clause(&f.words[c].lower)
                    && !breaks(f.gap(c))
                    && f.words.get(c + 1).is_some_and(|w| {
                        !w.quoted && (opens_clause(&w.lower) || named_clause(f, c + 1))
                    });
                // `told reporters she would …`: the addressee, then the clause.
                let told = (!bare && tells(&f.words[c].lower))
                    .then(|| {
                        (c + 2..(c + 5).min(f.words.len())).find(|&j| {
                            matches!(
                                f.words[j].lower.as_str(),
                                "he" | "she" | "they" | "we" | "i"
                            )
                        })
                    })
                    .flatten()
                    .filter(|&j| (c..j).all(|k| !breaks(f.gap(k)) && !f.words[k + 1].quoted));
                match (bare, told) {
                    (true, _) => (c + 1, Rule::CueBeforeClause),
                    (false, Some(j)) => (j, Rule::CueBeforeClause),
                    _ => continue,
                }
            }
        };
        let subject = f.subject_before(c).or_else(|| {
            cues::cue(&f.words[c].lower)
                .is_some_and(|q| q.participle)
                .then(|| f.sentence_subject(c))
                .flatten()
        });
        let Some(subject) = subject.filter(|s| s.who != Who::Nobody) else {
            continue;
        };
        let cue = f.words[c].span;
        let mut from = Some(from);
        while let Some((content, second)) = from.and_then(|w| content_from(f, w, end)) {
            out.push(Candidate {
                content,
                subject: Some(subject),
                cue,
                rule,
            });
            from = second;
        }
    }
}

/// `CLAUSE, X said (in a statement).` and `CLAUSE, said X.`: the cue near the sentence's end,
/// after a comma; the statement is everything before the comma.
pub fn cue_after(f: &Frame, out: &mut Vec<Candidate>) {
    let n = f.words.len();
    for c in 1..n {
        if !is_report_cue(f, c) || n - c > 9 {
            continue;
        }
        let inverted = f.gap(c - 1).contains(',');
        // Nothing after the cue opens a clause of its own or takes an object: it ends the
        // sentence, or a phrase of place, time or audience follows (`in a statement`).
        if (c + 1..n).any(|j| is_complementiser(&f.words[j].lower) || f.words[j].quoted)
            || f.gap(c).contains(':')
            || !inverted
                && f.words.get(c + 1).is_some_and(|w| {
                    !follows_trailing_cue(&w.lower) && !breaks(f.gap(c)) && !f.passive(c)
                })
        {
            continue;
        }
        let (subject, comma_after) = if inverted {
            (f.subject_after(c), c - 1)
        } else {
            let Some(s) = f.subject_before(c) else {
                continue;
            };
            let Some(s0) = f.words.iter().position(|w| w.span.start >= s.mention.start) else {
                continue;
            };
            if s0 == 0 || !f.gap(s0 - 1).contains(',') {
                continue;
            }
            (Some(s), s0 - 1)
        };
        let Some(subject) = subject.filter(|s| s.who != Who::Nobody) else {
            continue;
        };
        let content = Span::new(f.words[0].span.start, f.words[comma_after].span.end);
        if !long_enough(f, content) {
            continue;
        }
        out.push(Candidate {
            content,
            subject: Some(subject),
            cue: f.words[c].span,
            rule: Rule::CueAfterClause,
        });
        return;
    }
}

/// `Now, Roe says, the bridge will close.` / `The bridge, Roe says, will close.`: a cue
/// between commas; the statement is what follows it (and what stands before, when that is a
/// clause of its own).
pub fn parenthetical(f: &Frame, end: usize, out: &mut Vec<Candidate>) {
    let n = f.words.len();
    for c in 1..n.saturating_sub(1) {
        if !is_report_cue(f, c) || f.gap(c).trim() != "," {
            continue;
        }
        let Some(s) = f.subject_before(c).filter(|s| s.who != Who::Nobody) else {
            continue;
        };
        let Some(s0) = f.words.iter().position(|w| w.span.start >= s.mention.start) else {
            continue;
        };
        if s0 == 0 || f.gap(s0 - 1).trim() != "," {
            continue;
        }
        let before = Span::new(f.words[0].span.start, f.words[s0 - 1].span.end);
        let cue = f.words[c].span;
        if long_enough(f, before) {
            out.push(Candidate {
                content: before,
                subject: Some(s),
                cue,
                rule: Rule::Parenthetical,
            });
        }
        if let Some((content, _)) = content_from(f, c + 1, end) {
            out.push(Candidate {
                content,
                subject: Some(s),
                cue,
                rule: Rule::Parenthetical,
            });
        }
        return;
    }
}

/// `According to X, CLAUSE.` and `CLAUSE, according to X.`
pub fn according_to(f: &Frame, end: usize, out: &mut Vec<Candidate>) {
    let n = f.words.len();
    for c in 0..n.saturating_sub(2) {
        if f.words[c].lower != "according" || f.words[c + 1].lower != "to" || f.words[c].quoted {
            continue;
        }
        let Some(subject) = f.subject_after(c) else {
            continue;
        };
        let cue = Span::new(f.words[c].span.start, f.words[c + 1].span.end);
        let content = if c > 0 {
            Some(Span::new(f.words[0].span.start, f.words[c - 1].span.end))
        } else {
            // The statement starts after the comma that closes the source.
            let s_end = subject.mention.end;
            (c + 2..n.saturating_sub(1))
                .find(|&k| f.words[k].span.end >= s_end && f.gap(k).contains(','))
                .and_then(|k| content_from(f, k + 1, end).map(|c| c.0))
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

/// `Roe's claim that CLAUSE`, `her warning that …`: a speech noun after a possessor.
pub fn speech_noun(f: &Frame, end: usize, out: &mut Vec<Candidate>) {
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
pub fn judgment(f: &Frame, end: usize, out: &mut Vec<Candidate>) {
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
pub fn sourceless(f: &Frame, end: usize, out: &mut Vec<Candidate>) {
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
