//! Attribution: the speaker of one quote from the reporter's words around it.
//!
//! Takes a quote's [`Frame`] (or the sentences next to a bare quote); gives the subject that
//! said it and how it was found: a cue right after the quote (`“…,” X said`, `“…,” said X`),
//! a speaker closing the sentence (`…, said X, an expert.`), the nearest cue before it (`X
//! said: “…”`) unless a clause of its own comes between (`…, although she made clear she has
//! “…”`), a name and a colon or a dash (also on the line under a quote paragraph, `- X.`),
//! `according to X`, the owner of the words (`his promise to be “…”`), or the subject of the
//! sentence.

use super::cues;
use super::frame::{Frame, Subject, Who};
use super::marks;
use super::words;
use super::words::is_time_word;
use crate::entities::Entities;
use crate::text::{Doc, Span};

/// How an attribution was found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum How {
    /// A reporting verb and its subject.
    Cue(Span),
    /// A name and a colon or a dash.
    Punct,
    /// The subject of the sentence.
    Sentence,
}

/// The attribution found in a quote's frame.
pub struct Found {
    pub subject: Subject,
    pub how: How,
}

/// Finds the attribution of the quote `q` (outer span) in `f`. A description whose head
/// says when (`One Sunday in late 2001`, `later that month`) is no speaker.
pub fn attribute(f: &Frame, q: Span) -> Option<Found> {
    attribution(f, q).filter(|found| {
        found.subject.who != Who::Nominal
            || !f
                .words
                .iter()
                .rfind(|w| w.span.end <= found.subject.mention.end)
                .is_some_and(|w| is_time_word(&w.lower))
    })
}

fn attribution(f: &Frame, q: Span) -> Option<Found> {
    let n = f.words.len();
    let first_after = f
        .words
        .iter()
        .position(|w| w.span.start >= q.end)
        .unwrap_or(n);
    let last_before = f.words.iter().rposition(|w| w.span.end <= q.start);
    let cue_at = |i: usize| {
        let w = &f.words[i];
        // A capital only on an inverted cue opening the sentence: `Said Jane Roe, “…”`.
        let initial = i == 0 && cues::cue(&w.lower).is_some_and(|c| c.inverts);
        let next = f.words.get(i + 1).map_or("", |n| n.lower.as_str());
        (!w.quoted && (w.lower == w.span.of(f.text) || initial))
            .then(|| cues::cue(&w.lower).or_else(|| cues::phrasal(&w.lower, next)))
            .flatten()
    };
    // The cue at word `i` with its subject; a source named after it (`“…,” X said,
    // according to CNN`) or opening the sentence (`According to CNN, X said “…”`) wins.
    let found = |i: usize, subject: Subject| {
        let end = f
            .words
            .iter()
            .rposition(|w| w.span.end <= subject.mention.end)
            .map_or(i + 1, |e| e.max(i) + 1);
        let subject = f
            .outer_source(end)
            .or_else(|| f.leading_source(i))
            .filter(|s| s.who != Who::Nobody)
            .unwrap_or(subject);
        Found {
            subject,
            how: How::Cue(f.words[i].span),
        }
    };
    // 0. A quote in a leading `Asked …` clause (`Asked whether Roe is “…,” 75 percent said
    // yes`, `When asked about the “…” emails, the source …`) gives the question's words: the
    // asker's, whom the sentence does not name.
    let asked = match f.words.first().map(|w| w.lower.as_str()) {
        Some("asked") => Some(0),
        Some("when" | "if" | "after") if f.words.get(1).is_some_and(|w| w.lower == "asked") => {
            Some(1)
        }
        _ => None,
    }
    .filter(|&a| {
        !f.words[a].quoted
            && last_before.is_some_and(|lb| (a..lb).all(|k| !f.comma_gap(k) && !f.clause_gap(k)))
    });
    if let Some(a) = asked {
        return Some(found(a, f.agent(a)));
    }
    // (Also a question named in a leading phrase: `To a question on the “…,” Roe said`.)
    let question = last_before.and_then(|lb| {
        let q = (0..=lb).find(|&k| {
            matches!(f.words[k].lower.as_str(), "question" | "questions")
                && !f.words[k].quoted
                && f.words.get(k + 1).is_some_and(|w| {
                    matches!(
                        w.lower.as_str(),
                        "on" | "about" | "over" | "of" | "regarding"
                    )
                })
        })?;
        // The phrase opens the sentence with a preposition and runs to the quote (not
        // `Roe responded to a question on …`).
        let leading = q < 5
            && matches!(
                f.words[0].lower.as_str(),
                "to" | "in" | "on" | "answering" | "responding" | "during"
            )
            && (0..lb).all(|k| !f.comma_gap(k) && !f.clause_gap(k));
        leading.then_some(q)
    });
    if let Some(q) = question {
        return Some(Found {
            subject: Subject {
                who: Who::Nobody,
                mention: f.words[q].span,
            },
            how: How::Sentence,
        });
    }
    // 1. Right after a quote that closes its clause: `“…,” X said` / `“…,” said X`.
    let closes_clause = f.text.get(q.start..q.end).is_some_and(|t| {
        t.trim_end_matches(['”', '"', '»', '’', '«', '“', '\'', '‘'])
            .ends_with([',', '.', '!', '?', '…', '-', '—'])
    }) || (first_after < n
        && f.text
            .get(q.end..f.words[first_after].span.start)
            .is_some_and(|g| g.trim() == ","));
    // Not when the quote ends a leading clause that has its own cue (`When Trump said he
    // would “…,” the crowd applauded`): the words after it are the main clause.
    let leading = f.words.first().is_some_and(|w| {
        !w.quoted
            && matches!(
                w.lower.as_str(),
                "when"
                    | "as"
                    | "after"
                    | "while"
                    | "if"
                    | "because"
                    | "before"
                    | "since"
                    | "once"
                    | "although"
                    | "though"
                    | "whereas"
                    | "until"
                    | "unless"
            )
    }) && last_before.is_some_and(|lb| {
        (1..=lb).any(|k| cue_at(k).is_some() && !f.passive(k))
            && !(1..lb).any(|k| f.gap(k).contains([',', ';']) && !f.words[k].quoted)
    });
    let mut i = first_after;
    let mut limit = first_after + 6;
    while closes_clause && !leading && i < n && i < limit && !f.words[i].quoted {
        if let Some(c) = cue_at(i) {
            if f.passive(i) {
                return Some(found(i, f.passive_speaker(i)));
            }
            let s = f.subject_before(i).filter(|s| s.mention.start >= q.end);
            let s = s.or_else(|| {
                // Not a participle: `“…,” saying the city …` is no `said X`.
                if c.inverts && !c.participle && i == first_after {
                    f.subject_after(i)
                } else {
                    None
                }
            });
            if let Some(subject) = s {
                return Some(found(i, subject));
            }
        }
        // `“…,” Jane Roe, a campaign aide, said` / `Sarandon, 69, told`: past the appositive.
        if f.gap(i).contains(',') && !f.gap(i).contains(['.', ';']) {
            let named = f.np_ending_at(i).filter(|s| matches!(s.who, Who::Named(_)));
            // `“…,” an intelligence source, who was not authorized to speak, told Fox`.
            let relative = f.words.get(i + 1).is_some_and(|w| w.lower == "who");
            let described = f
                .np_ending_at(i)
                .filter(|s| s.who == Who::Nominal && relative && s.mention.start >= q.end);
            // `“…,” Harry Bond, 30, of Raleigh, who was polled, said`.
            if let Some((s, c)) = named
                .or(described)
                .and_then(|s| Some((s, f.cue_after_appositives(i)?)))
            {
                return Some(found(c, s));
            }
            if let Some(k) = named.and_then(|_| f.appositive_end(i)) {
                i = k + 1;
                limit = k + 3;
                continue;
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
                    | "though"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "once"
                    | "if"
                    | "unless"
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
    // A speaker closing the sentence after a comma (`X has used “…” in its dealings, said
    // Jane Roe, an expert.`, `…, the Tribune reported.`) holds the whole sentence.
    if let Some(found) = trailing(f, first_after) {
        return Some(found);
    }
    // 2. The nearest cue before the quote; a pronoun subject gives way to a named subject of
    // an earlier cue in the sentence (`Rubio says he feels he did “great”`).
    if let Some(lb) = last_before {
        let mut best: Option<Found> = None;
        let mut participle_seen = false;
        let mut participle_at = 0;
        // The owner of a speech noun nearer the quote than any cue: `X blamed the media for
        // seizing on her claim that “…”` is hers.
        let owner = f.speech_owner_at(lb);
        let mut hypothetical = false;
        for i in (0..=lb).rev() {
            let Some(c) = cue_at(i) else { continue };
            if let Some((subject, _)) = owner.filter(|&(_, o)| best.is_none() && i < o) {
                return Some(Found {
                    subject,
                    how: How::Sentence,
                });
            }
            // A clause of its own between the cue and the quote, opened by a pronoun
            // (`Roe endorsed the deal, although she made it clear that she has “…”`).
            if best.is_none() && !participle_seen {
                // (Or any subject of a cue in a conditional clause: `when I asked X if he
                // would ever endorse Y, he looked at me and said, “…”`.)
                let named = || {
                    f.subject_before(i).is_some_and(|s| {
                        !matches!(s.who, Who::Pronoun(..)) || f.subordinate(s.mention)
                    })
                };
                if let Some(subject) = f.pronoun_clause(i, lb).filter(|_| named()) {
                    return Some(Found {
                        subject,
                        how: How::Sentence,
                    });
                }
            }
            if c.participle && i > 0 && (f.gap(i - 1).contains(',') || f.document_before(i)) {
                // `…, adding it was “…”`, `X issued a statement saying “…”`: the clause's
                // subject.
                if !participle_seen {
                    participle_at = i;
                }
                participle_seen = true;
                continue;
            }
            // A relative clause set off by commas that closed before the quote (`the
            // pipeline, which is widely supported by Republicans, “wouldn't go 10 feet”`).
            if best.is_none() && f.closed_relative(i, lb) {
                continue;
            }
            if f.passive(i) {
                if best.is_none() {
                    return Some(found(i, f.passive_speaker(i)));
                }
                break;
            }
            let after_quote = i == 0 || f.words[i - 1].quoted || f.gap(i - 1).contains(['”', '"']);
            let inverted = after_quote || f.gap(i - 1).contains(',');
            // A verb joined to an earlier one by `and` shares its subject (`X met voters and
            // said that her campaign would “…”`).
            let coordinated = || {
                (i >= 2 && f.words[i - 1].lower == "and" && !f.words[i - 1].quoted)
                    .then(|| f.sentence_subject(i - 1))
                    .flatten()
                    .filter(|s| s.who != Who::Nobody && s.mention.end <= f.words[i - 1].span.start)
            };
            let s = f.subject_before(i).or_else(|| {
                if c.inverts && inverted || f.words[i].lower == "according" {
                    f.subject_after(i).filter(|s| {
                        // After a comma alone (`Roe, who …, said the plan is “…”`) the
                        // words after the cue are its clause, unless they stand apart as
                        // its subject (`…, said Roe, “…”`); a pronoun there is most likely
                        // the speaker again (`Roe, for one, said she would “…”`).
                        s.mention.end <= q.start
                            && (after_quote
                                || f.words[i].lower == "according"
                                || matches!(s.who, Who::Pronoun(..))
                                || f.stands_apart(s.mention))
                    })
                } else {
                    None
                }
            });
            // Not a relative clause that closed before the quote (`held up the sign — which
            // read “…” — and waved it, mouthing “…”`).
            let relative = |s: &Subject| {
                f.words
                    .iter()
                    .rfind(|w| w.span.end <= s.mention.end)
                    .is_some_and(|w| matches!(w.lower.as_str(), "who" | "which" | "that"))
            };
            // A relative clause set off by dashes closes at the second dash.
            let closed = || {
                (i + 1..lb).any(|k| {
                    f.words[k].quoted && !f.words[k + 1].quoted && f.gap(k).contains(['—', '–'])
                })
            };
            let s = s.filter(|s| !(relative(s) && closed()));
            let s = s.or_else(|| {
                best.as_ref()
                    .filter(|_| hypothetical)
                    .and_then(|_| coordinated())
            });
            if let Some(subject) = s {
                let pronoun = matches!(subject.who, Who::Pronoun(..));
                let found = found(i, subject);
                let subject = found.subject;
                match &best {
                    None => {
                        // A cue after a modal is no report of its own (`said that her
                        // campaign would continue “…”`): an outer cue takes it over.
                        hypothetical = (i.saturating_sub(2)..i).any(|k| {
                            !f.words[k].quoted
                                && matches!(
                                    f.words[k].lower.as_str(),
                                    "would"
                                        | "should"
                                        | "could"
                                        | "might"
                                        | "must"
                                        | "will"
                                        | "can"
                                        | "may"
                                )
                        });
                        best = Some(found)
                    }
                    // An outer cue of the same clause: `Trump said he’d asked his “people”`.
                    // A relative clause is its own: `said Beck, who said there were “…”`
                    // is Beck's through `who`. After `said one Democrat familiar with the
                    // talks, who added` the pronoun stands for the whole subject.
                    Some(b) if f.ends_in_relative(b.subject.mention) => {
                        let inverted = subject.mention.start > f.words[i].span.start;
                        if inverted && !matches!(b.subject.who, Who::Named(_)) {
                            best = Some(Found {
                                subject: Subject {
                                    who: subject.who,
                                    mention: Span::new(
                                        subject.mention.start.min(b.subject.mention.start),
                                        b.subject.mention.end,
                                    ),
                                },
                                how: b.how,
                            });
                        }
                        break;
                    }
                    // A cue in a conditional clause inside an earlier cue's words (`He says
                    // if people think it is “…”`) is nested in that attribution.
                    Some(b)
                        if f.subordinate(b.subject.mention)
                            && f.text
                                .get(f.words[i].span.end..b.subject.mention.start)
                                .is_some_and(|t| !t.contains([';', '.', ':', '—', '–'])) =>
                    {
                        best = Some(found);
                        break;
                    }
                    Some(b)
                        if !pronoun
                            || hypothetical
                            || matches!(b.subject.who, Who::Pronoun(..)) =>
                    {
                        let clause_break = f
                            .text
                            .get(f.words[i].span.end..b.subject.mention.start)
                            .is_some_and(|t| {
                                // A comma too: `Citing critics who claim …, Roe
                                // said, “…”` is Roe's, not the critics'.
                                // A dash or `but` ends the earlier clause too
                                // (`Roe credits the staff -- but he said it was “…”`).
                                // So does an adverbial clause's conjunction: `X tweeted
                                // after Y argued that “…”` is Y's.
                                t.contains([';', '.', ',', '—', '–'])
                                    || t.contains(" and ")
                                    || t.contains(" but ")
                                    || t.contains("--")
                                    || t.split_whitespace().any(|w| {
                                        matches!(
                                            w,
                                            "after"
                                                | "before"
                                                | "when"
                                                | "while"
                                                | "because"
                                                | "since"
                                                | "although"
                                                | "though"
                                                | "until"
                                                | "whereas"
                                        )
                                    })
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
            // A source named after it wins here too (`…, saying that “…,” according to
            // Reuters`).
            let outer = f.outer_source(first_after).filter(|s| s.who != Who::Nobody);
            best = outer
                .or_else(|| f.participle_clause_subject(participle_at))
                .or_else(|| f.sentence_subject(lb))
                .map(|subject| Found {
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
                // A name that is the object of the clause before the colon (`X delivered a
                // blunt message to Trump: “…”`): the clause's subject speaks.
                let first = f.first_word_from(subject.mention.start).unwrap_or(lb);
                let object = first > 0
                    && f.gap(first - 1).trim().is_empty()
                    && matches!(
                        f.words[first - 1].lower.as_str(),
                        "to" | "at" | "with" | "for" | "on" | "against"
                    );
                if object {
                    if let Some(s) = f
                        .sentence_subject(first)
                        .filter(|s| s.mention.end <= subject.mention.start)
                    {
                        return Some(Found {
                            subject: s,
                            how: How::Sentence,
                        });
                    }
                }
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
    // `his promise to be “neutral”`, `Trump’s claim that “…”`: the owner of the words.
    // `Obama’s “…” promise`, `his “…” line`.
    let around = last_before
        .filter(|_| first_after < n)
        .and_then(|lb| f.owner_around(lb, first_after));
    if let Some(subject) = around.or_else(|| last_before.and_then(|lb| f.speech_owner(lb))) {
        return Some(Found {
            subject,
            how: How::Sentence,
        });
    }
    // 3. Any cue later in the sentence with its subject.
    for i in first_after..n {
        let Some(c) = cue_at(i).filter(|_| !f.passive(i)) else {
            continue;
        };
        // `X defended “…,” saying the city …`: the participle's subject is the sentence's.
        if c.participle && i > 0 && f.gap(i - 1).contains(',') {
            continue;
        }
        // `“…” about the decision, said Jane Roe`: after a comma the subject follows.
        let inverted = c.inverts && (i == first_after || f.gap(i - 1).contains(','));
        let after = || inverted.then(|| f.subject_after(i)).flatten();
        let s = if i > first_after && inverted {
            after().or_else(|| f.subject_before(i))
        } else {
            f.subject_before(i).or_else(after)
        };
        if let Some(subject) = s {
            return Some(found(i, subject));
        }
    }
    // 4. The subject of the quote's own clause when a pronoun opens it (`Cruz pledged to
    // visit every county and he has long used that fact …, for not campaigning “…”`, `even
    // though he found “…”`); else the sentence's subject, when it stands before the quote.
    let limit = last_before.map_or(0, |l| l + 1);
    let clause = (1..limit).rev().take(12).find_map(|k| {
        let w = &f.words[k];
        let opens = f.gap(k - 1).contains(',')
            || matches!(
                f.words[k - 1].lower.as_str(),
                "and" | "but" | "though" | "although" | "because" | "while" | "when"
            );
        let pronoun = matches!(w.lower.as_str(), "he" | "she" | "they") && !w.quoted;
        (pronoun && opens && !f.clause_gap(k - 1))
            .then(|| f.np_ending_at(k))
            .flatten()
    });
    // (Or a description or a name opening a clause after a conjunction, with its verb right
    // after it: `it's because the young ones don't see … and refuse to look past “…”`.)
    let named_clause = || {
        (1..limit).rev().take(12).find_map(|k| {
            let opens = matches!(
                f.words[k - 1].lower.as_str(),
                "because" | "though" | "although" | "while" | "when" | "whereas" | "since"
            ) && !f.words[k - 1].quoted;
            // (The clause holds the quote: no comma closes it before.)
            let closed = (k..limit - 1).any(|j| f.gap(j).contains([',', '—', '–']));
            if !opens || closed || f.clause_gap(k - 1) || f.words[k].quoted {
                return None;
            }
            let s = f.np_starting_at(k).filter(|s| {
                matches!(s.who, Who::Named(_) | Who::Nominal)
                    && s.mention.end <= f.words[limit - 1].span.start
            })?;
            let v = f.first_word_from(s.mention.end)?;
            let verb = v < limit
                && !f.words[v].quoted
                && f.gap(v - 1).trim().is_empty()
                && f.words[v].lower == f.words[v].span.of(f.text)
                && !words::FUNCTION.contains(&f.words[v].lower.as_str());
            verb.then_some(s)
        })
    };
    clause
        .or_else(named_clause)
        .or_else(|| f.sentence_subject(limit))
        .map(|subject| Found {
            subject,
            how: How::Sentence,
        })
}

/// A speaker closing the sentence, after a comma past word `from`, with no quote after it:
/// `…, said Jane Roe[, an expert].`, `…, the Tribune reported.`
fn trailing(f: &Frame, from: usize) -> Option<Found> {
    let n = f.words.len();
    let k = (from.max(1)..n)
        .rev()
        .take_while(|&k| !f.words[k].quoted)
        .filter(|&k| f.gap(k - 1).trim() == "," && !f.words[k - 1].quoted)
        .last()?;
    let someone = |s: &Subject| !matches!(s.who, Who::Nobody);
    let verb = |i: usize| {
        let w = &f.words[i];
        w.lower == w.span.of(f.text)
            && cues::cue(&w.lower).is_some_and(|c| !c.participle)
            && !f.passive(i)
    };
    // `…, said Jane Roe.`
    if verb(k) && cues::cue(&f.words[k].lower).is_some_and(|c| c.inverts) {
        let s = f
            .subject_after(k)
            .filter(|s| someone(s) && f.stands_apart(s.mention))?;
        return Some(Found {
            subject: s,
            how: How::Cue(f.words[k].span),
        });
    }
    // `…, Jane Roe said.`
    let s = f.np_starting_at(k).filter(someone)?;
    let c = f.first_word_from(s.mention.end)?;
    let ends = c + 1 == n || f.gap(c).trim_start().starts_with(['.', ',']);
    (verb(c) && ends).then_some(Found {
        subject: s,
        how: How::Cue(f.words[c].span),
    })
}

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
                && g.words.get(c + 1).map_or(true, |w| w.lower != "that")
        }) && u
            .of(text)
            .trim_end()
            .trim_end_matches(['”', '"', '’', '»'])
            .ends_with(['?', '!']);
        if adjacent {
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
                if matches!(a.how, How::Cue(c) if g.words.len() <= 6 || early(c)) {
                    return Some(a);
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
    attribute(&g, Span::new(before.span.end, before.span.end))
        .filter(|a| !report || matches!(a.how, How::Cue(_)) && a.subject.who != Who::Nobody)
}

/// Nouns for what someone said, in `Those were the words of X`, `Such was the verdict of X`.
const SAYING_NOUNS: &[&str] = &[
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
];

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
                });
            }
        }
    }
    None
}
