//! The rules that find reported statements around a speech cue in one sentence (before its
//! clause, after it, between commas), and the [`Rule`]s of all (the rules of a phrase or a
//! word of their own are `phrase_rules.rs`'s).
//!
//! Takes a sentence's [`Frame`] (its words, those inside quotation marks marked); gives
//! [`Candidate`]s: the content span (what was said, without source, cue and a leading
//! `that`), the subject that said it (or none, for a sourceless passive), the cue and the
//! [`Rule`]. Each rule is a function named after its id, with its invented example.

use super::edges::{
    adverbial_gap, bare_clause_at, breaks, content_from, is_report_cue, long_enough, name_start,
    noun_of_medium, tells,
};
use super::sentence::Sent;
use super::verbs::{asks, takes_bare_clause};
use super::words::{follows_trailing_cue, is_complementiser, is_when, opens_relative};
use crate::quotes::frame::{Subject, Who};
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
    /// `Roe endorsed the ferry levy.` / `Roe called for an inquiry.` (`stance.rs`)
    StanceObject,
    /// `It was announced that the bridge would close.` (no speaker)
    SourcelessPassive,
    /// `''The bridge will close,'' Roe said.`: two apostrophes as quotation marks
    /// (`apostrophe.rs`).
    ApostropheQuoted,
    /// German Konjunktiv I after a statement: `Die Brücke sei marode.` (its speaker goes on;
    /// `crate::quotes::intl`)
    Subjunctive,
}

impl Rule {
    /// Every rule, in the order they are tried.
    pub const ALL: &'static [Rule] = &[
        Rule::ApostropheQuoted,
        Rule::CueBeforeThatClause,
        Rule::CueBeforeClause,
        Rule::CueAfterClause,
        Rule::AccordingTo,
        Rule::Parenthetical,
        Rule::SpeechNoun,
        Rule::Judgment,
        Rule::StanceObject,
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
            Rule::StanceObject => "stance-object",
            Rule::SourcelessPassive => "sourceless-passive",
            Rule::Subjunctive => "subjunctive-sentence",
            Rule::ApostropheQuoted => "apostrophe-quoted",
        }
    }

    /// How often such a statement is right: the share of its statements on PolNeAR train
    /// that match a gold statement with the right source (precision × speaker accuracy of
    /// `cargo run --release --example bench-statements -- --split
    /// ../shared/corpora/polnear/train`, per rule), rounded by hand. (Sourceless passives,
    /// 3 on train, keep a cautious 0.5.)
    pub fn confidence(self) -> f32 {
        match self {
            Rule::CueBeforeThatClause => 0.73,
            Rule::CueBeforeClause => 0.72,
            Rule::CueAfterClause => 0.81,
            Rule::AccordingTo => 0.82,
            Rule::Parenthetical => 0.81,
            Rule::SpeechNoun => 0.3,
            Rule::Judgment => 0.64,
            Rule::StanceObject => 0.7,
            Rule::SourcelessPassive => 0.5,
            Rule::Subjunctive => 0.5,
            Rule::ApostropheQuoted => 0.9,
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
pub fn cue_before(f: &Sent, end: usize, out: &mut Vec<Candidate>) {
    for c in 0..f.words.len() {
        if !is_report_cue(f, c) || f.passive(c) {
            continue;
        }
        // The complementiser within a few words, with no clause break on the way.
        let mut k = None;
        for j in c + 1..(c + 12).min(f.words.len()) {
            if f.words[j].quoted || breaks(f.gap(j - 1)) {
                break;
            }
            let w = f.words[j].lower.as_str();
            let question = matches!(w, "whether" | "if");
            if is_complementiser(w) && (!question || asks(&f.words[c].lower)) {
                k = adverbial_gap(f, c, j).then_some(j);
                break;
            }
            // A clause of its own on the way (`said the ferry was safe and that …`): the bare
            // clause comes first.
            if is_report_cue(f, j) && !noun_of_medium(f, j)
                || opens_relative(w)
                || matches!(w, "and" | "but" | "or")
            {
                break;
            }
        }
        let (from, rule) = match k {
            // `states that have suffered`: a relative clause.
            Some(j) if f.words.get(j + 1).is_some_and(|w| opens_relative(&w.lower)) => continue,
            Some(j) => (j + 1, Rule::CueBeforeThatClause),
            None => {
                let bare = takes_bare_clause(&f.words[c].lower)
                    .then(|| bare_clause_at(f, c))
                    .flatten();
                // `told reporters she would …`: the addressee, then the clause.
                let told = (bare.is_none() && tells(&f.words[c].lower))
                    .then(|| {
                        (c + 2..(c + 10).min(f.words.len())).find(|&j| {
                            matches!(
                                f.words[j].lower.as_str(),
                                "he" | "she" | "they" | "we" | "i"
                            )
                        })
                    })
                    .flatten()
                    .filter(|&j| (c..j).all(|k| !breaks(f.gap(k)) && !f.words[k + 1].quoted));
                match (bare, told) {
                    (Some(t), _) => (t, Rule::CueBeforeClause),
                    (None, Some(j)) => (j, Rule::CueBeforeClause),
                    _ => continue,
                }
            }
        };
        let participle = f.cue(c).is_some_and(|q| q.participle);
        // After a comma a participle's subject is the clause's, not the noun before the
        // comma (`Russia said …, adding it was …`: not `Ukraine, adding`); after a cue, that
        // cue's (`…, Roe said, adding that …`).
        let loose = participle && c > 1 && f.gap(c - 1).contains(',');
        let prior = || {
            loose
                .then(|| {
                    (c.saturating_sub(4)..c)
                        .rev()
                        .find(|&j| is_report_cue(f, j))
                })
                .flatten()
                .and_then(|j| f.subject_before(j))
        };
        let own = || (!loose).then(|| f.subject_before(c)).flatten();
        let subject = own().or_else(prior).or_else(|| {
            (participle || shares_subject(f, c, from, rule))
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

/// Whether the cue at word `c` shares the sentence's subject: a second verb (`Roe became a
/// delegate and said he …`) or a verb after an appositive (`Roe, then 38, said he …`). After
/// a comma only a `that` clause or a pronoun's clause counts (`…, said the spokesman` is an
/// inverted source).
fn shares_subject(f: &Sent, c: usize, from: usize, rule: Rule) -> bool {
    if c == 0 || f.words[c - 1].quoted {
        return false;
    }
    if matches!(f.words[c - 1].lower.as_str(), "and" | "but") && !breaks(f.gap(c - 1)) {
        return true;
    }
    let pronoun = matches!(
        f.words.get(from).map(|w| w.lower.as_str()),
        Some("he" | "she" | "they" | "we" | "i")
    );
    f.gap(c - 1).trim() == ","
        && (rule == Rule::CueBeforeThatClause || pronoun)
        && (1..=4).any(|d| c > d + 1 && f.gap(c - 1 - d).trim() == ",")
}

/// `CLAUSE, X said (in a statement).` and `CLAUSE, said X.`: the cue near the sentence's end,
/// after a comma; the statement is everything before the comma.
pub fn cue_after(f: &Sent, out: &mut Vec<Candidate>) {
    let n = f.words.len();
    // The last word of a mention.
    let last_of = |m: Span| f.words.iter().rposition(|w| w.span.end <= m.end);
    for c in 1..n {
        if !is_report_cue(f, c) {
            continue;
        }
        // A verb of thought trails only at the sentence's end (`…, Roe believes.`, not
        // `…, voters believe in the dream`).
        if f.cue(c).is_none() && c + 1 < n {
            continue;
        }
        let inverted = f.gap(c - 1).contains(',');
        // The cue's own clause ends at the next comma (`…, Roe said, adding that …`).
        let tail = (c + 1..n)
            .find(|&j| f.gap(j - 1).contains(',') && j > c + 1 || j == c + 1 && breaks(f.gap(c)))
            .unwrap_or(n);
        // Nothing after the cue opens a clause of its own or takes an object: it ends the
        // sentence, or a phrase of place, time or audience follows (`in a statement`).
        if (c + 1..tail).any(|j| is_complementiser(&f.words[j].lower) || f.words[j].quoted)
            || f.gap(c).contains(':')
            || !inverted
                && (tail - c > 9
                    || f.words.get(c + 1).is_some_and(|w| {
                        !follows_trailing_cue(&w.lower) && !breaks(f.gap(c)) && !f.passive(c)
                    }))
        {
            continue;
        }
        let (subject, comma_after) = if inverted {
            let Some(s) = f.subject_after(c) else {
                continue;
            };
            // After the source, an appositive or a phrase of time and place, not its verb
            // (`…, said the Khan family deserved better` is a bare clause).
            let Some(e) = last_of(s.mention) else {
                continue;
            };
            let apposed = f.gap(e).contains(',');
            let tail_ok =
                e + 1 >= n || apposed || follows_trailing_cue(&f.words[e + 1].lower) && n - c <= 9;
            if !tail_ok {
                continue;
            }
            (Some(s), c - 1)
        } else {
            let Some(s) = f.subject_before(c) else {
                continue;
            };
            let Some(s0) = f.words.iter().position(|w| w.span.start >= s.mention.start) else {
                continue;
            };
            let s0 = name_start(f, s0);
            if s0 == 0 || !f.gap(s0 - 1).contains(',') {
                continue;
            }
            // The source stands right before its verb, at most an auxiliary or an adverb
            // between (`…, Roe has said`, `…, Roe later said`).
            let near = last_of(s.mention).is_some_and(|e| {
                e < c
                    && (e + 1..c).all(|k| {
                        let w = f.words[k].lower.as_str();
                        opens_relative(w) || is_when(w) || w.ends_with("ly")
                    })
                    && c - e <= 3
            });
            if !near {
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
pub fn parenthetical(f: &Sent, end: usize, out: &mut Vec<Candidate>) {
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
        let s0 = name_start(f, s0);
        if s0 == 0 || f.gap(s0 - 1).trim() != "," {
            continue;
        }
        let before = Span::new(f.words[0].span.start, f.words[s0 - 1].span.end);
        let cue = f.words[c].span;
        // (Two words are enough before it: `Of course, Roe said, …` splits the statement.)
        if s0 >= 2 {
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
