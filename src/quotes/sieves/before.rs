//! The sieves that look before the quote: the nearest cue, and a name and a colon.
//!
//! Takes a quote's [`Ctx`]; gives the attribution of `cue-before-quote` (with
//! `speech-owner-near`, `pronoun-clause`, `passive-cue-before`, `participle-clause`) and of
//! `colon-name` (with `colon-object`), or nothing.

use super::{enabled, Ctx, Found, Rule};
use crate::lexicon::en::EN;
use crate::quotes::frame::{Subject, Who};
use crate::text::Span;

/// `cue-before-quote`: the nearest cue before the quote and its subject: `Roe said: “…”`,
/// `Roe called it “a farce”`. A pronoun subject gives way to a named subject of an earlier
/// cue in the sentence (`Roe says he feels he did “great”`); a cue after a modal gives way to
/// an outer cue (`said that her campaign would continue “…”`). Sub-rules, tried inside the
/// same walk from the quote back: `speech-owner-near` (`Roe blamed the media for seizing on
/// her claim that “…”`), `pronoun-clause` (`Roe endorsed the deal, although she made it clear
/// that she has “…”`), `passive-cue-before` (`he was asked, “…”`) and `participle-clause`
/// (`…, adding it was “…”`: the subject of the participle's clause).
pub fn cue_before(cx: &Ctx) -> Option<Found> {
    let (f, q) = (cx.f, cx.q);
    let lb = cx.last_before?;
    let mut best: Option<Found> = None;
    let mut participle_seen = false;
    let mut participle_at = 0;
    // The owner of a speech noun nearer the quote than any cue: `X blamed the media for
    // seizing on her claim that “…”` is hers.
    let owner = f.speech_owner_at(lb);
    let mut hypothetical = false;
    for i in (0..=lb).rev() {
        let Some(c) = cx.cue_at(i) else { continue };
        if let Some((subject, _)) =
            owner.filter(|&(_, o)| best.is_none() && i < o && enabled(Rule::OwnerNear))
        {
            return Some(cx.sentence(subject, Rule::OwnerNear));
        }
        // A clause of its own between the cue and the quote, opened by a pronoun
        // (`Roe endorsed the deal, although she made it clear that she has “…”`).
        if best.is_none() && !participle_seen && enabled(Rule::PronounClause) {
            // (Or any subject of a cue in a conditional clause: `when I asked X if he
            // would ever endorse Y, he looked at me and said, “…”`.)
            let named = || {
                f.subject_before(i)
                    .is_some_and(|s| !matches!(s.who, Who::Pronoun(..)) || f.subordinate(s.mention))
            };
            if let Some(subject) = f.pronoun_clause(i, lb).filter(|_| named()) {
                return Some(cx.sentence(subject, Rule::PronounClause));
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
        if f.passive(i) && enabled(Rule::PassiveBefore) {
            if best.is_none() {
                return Some(cx.found(i, f.passive_speaker(i), Rule::PassiveBefore));
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
            let found = cx.found(i, subject, Rule::CueBefore);
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
                            rule: b.rule,
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
                    if !pronoun || hypothetical || matches!(b.subject.who, Who::Pronoun(..)) =>
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
                                || t.split_whitespace()
                                    .any(|w| EN.cue_clause_breaks.contains(w))
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
        let outer = f
            .outer_source(cx.first_after)
            .filter(|s| s.who != Who::Nobody);
        best = outer
            .or_else(|| f.participle_clause_subject(participle_at))
            .or_else(|| f.sentence_subject(lb))
            .map(|subject| cx.sentence(subject, Rule::ParticipleClause));
    }
    best
}

/// `colon-name`: a name and a colon before the quote: `Jane Roe: “We won.”` Sub-rule
/// `colon-object`: a name that is the object of the clause before the colon (`Roe delivered a
/// blunt message to Trump: “…”`) gives the clause's subject.
pub fn colon_name(cx: &Ctx) -> Option<Found> {
    let (f, q) = (cx.f, cx.q);
    let lb = cx.last_before?;
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
            if object && enabled(Rule::ColonObject) {
                if let Some(s) = f
                    .sentence_subject(first)
                    .filter(|s| s.mention.end <= subject.mention.start)
                {
                    return Some(cx.sentence(s, Rule::ColonObject));
                }
            }
            return Some(cx.punct(subject, Rule::ColonName));
        }
    }
    None
}
