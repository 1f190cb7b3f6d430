//! The first sieves: a leading question, and a cue or a name right after the quote.
//!
//! Takes a quote's [`Ctx`]; gives the attribution of `asked-clause`, `question-phrase`,
//! `cue-after-quote` (with `cue-after-appositive`) and `trailing-speaker`, or nothing.

use super::{enabled, Ctx, Found, Rule};
use crate::lexicon::en::EN;
use crate::quotes::cues;
use crate::quotes::frame::{Subject, Who};

/// `asked-clause`: a quote in a leading `Asked …` clause gives the question's words, the
/// asker's, whom the sentence does not name: `Asked whether Roe is “fit,” 75 percent said
/// yes`, `When asked about the “lost” emails, the source …`.
pub fn asked_clause(cx: &Ctx) -> Option<Found> {
    let f = cx.f;
    let a = match f.words.first().map(|w| w.lower.as_str()) {
        Some("asked") => Some(0),
        Some("when" | "if" | "after") if f.words.get(1).is_some_and(|w| w.lower == "asked") => {
            Some(1)
        }
        _ => None,
    }
    .filter(|&a| {
        !f.words[a].quoted
            && cx
                .last_before
                .is_some_and(|lb| (a..lb).all(|k| !f.comma_gap(k) && !f.clause_gap(k)))
    })?;
    Some(cx.found(a, f.agent(a), Rule::AskedClause))
}

/// `question-phrase`: a question named in a phrase that opens the sentence with a
/// preposition and runs to the quote gives nobody's words: `To a question on the “deal,” Roe
/// said …` (not `Roe responded to a question on …`).
pub fn question_phrase(cx: &Ctx) -> Option<Found> {
    let f = cx.f;
    let lb = cx.last_before?;
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
    let leading = q < 5
        && matches!(
            f.words[0].lower.as_str(),
            "to" | "in" | "on" | "answering" | "responding" | "during"
        )
        && (0..lb).all(|k| !f.comma_gap(k) && !f.clause_gap(k));
    leading.then(|| {
        cx.sentence(
            Subject {
                who: Who::Nobody,
                mention: f.words[q].span,
            },
            Rule::QuestionPhrase,
        )
    })
}

/// `cue-after-quote`: right after a quote that closes its clause, a cue and its subject:
/// `“We won,” Roe said` / `“We won,” said Roe`. Sub-rule `cue-after-appositive` (`“…,” Jane
/// Roe, a campaign aide, said`; `“…,” an aide, who was not authorized to speak, told Fox`). Not when the quote
/// ends a leading clause with its own cue (`When Roe said he would “win,” the crowd cheered`).
pub fn cue_after(cx: &Ctx) -> Option<Found> {
    let (f, q, n, first_after) = (cx.f, cx.q, cx.n, cx.first_after);
    let closes_clause = f.text.get(q.start..q.end).is_some_and(|t| {
        t.trim_end_matches(['”', '"', '»', '’', '«', '“', '\'', '‘'])
            .ends_with([',', '.', '!', '?', '…', '-', '—'])
    }) || (first_after < n
        && f.text
            .get(q.end..f.words[first_after].span.start)
            .is_some_and(|g| g.trim() == ","));
    if !closes_clause {
        return None;
    }
    let leading = f
        .words
        .first()
        .is_some_and(|w| !w.quoted && EN.leading_conjunctions.contains(&w.lower))
        && cx.last_before.is_some_and(|lb| {
            (1..=lb).any(|k| cx.cue_at(k).is_some() && !f.passive(k))
                && !(1..lb).any(|k| f.gap(k).contains([',', ';']) && !f.words[k].quoted)
        });
    if leading {
        return None;
    }
    let mut i = first_after;
    let mut limit = first_after + 6;
    while i < n && i < limit && !f.words[i].quoted {
        if let Some(c) = cx.cue_at(i) {
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
                return Some(cx.found(i, subject, Rule::CueAfter));
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
                .filter(|_| enabled(Rule::CueAfterAppositive))
                .and_then(|s| Some((s, f.cue_after_appositives(i)?)))
            {
                return Some(cx.found(c, s, Rule::CueAfterAppositive));
            }
            if let Some(k) = named.and_then(|_| f.appositive_end(i)) {
                i = k + 1;
                limit = k + 3;
                continue;
            }
        }
        if f.gap(i).contains(['.', ';', ',']) || EN.after_quote_breaks.contains(&f.words[i].lower) {
            break;
        }
        i += 1;
    }
    None
}

/// `trailing-speaker`: a speaker closing the sentence after a comma, with no quote after it,
/// holds the whole sentence: `Roe has used “hardball” in its dealings, said Jane Doe, an
/// expert.`, `…, the Tribune reported.`
/// Also a name signed after a dash that ends its line: `“The bridge is unsafe.” ― Jane Roe`.
pub fn trailing(cx: &Ctx) -> Option<Found> {
    let (f, n) = (cx.f, cx.n);
    if let Some(s) = signed(cx) {
        return Some(cx.punct(s, Rule::Trailing));
    }
    let k = (cx.first_after.max(1)..n)
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
        return Some(cx.found_plain(k, s, Rule::Trailing));
    }
    // `…, Jane Roe said.`
    let s = f.np_starting_at(k).filter(someone)?;
    let c = f.first_word_from(s.mention.end)?;
    let ends = c + 1 == n || f.gap(c).trim_start().starts_with(['.', ',']);
    (verb(c) && ends).then(|| cx.found_plain(c, s, Rule::Trailing))
}

/// The name after a dash right behind the quote, alone up to a line end or the text's end.
fn signed(cx: &Ctx) -> Option<Subject> {
    let (f, a) = (cx.f, cx.first_after);
    if a == 0 || a >= cx.n || !f.words[a - 1].quoted {
        return None;
    }
    let g = f.gap(a - 1);
    if !g.contains(['\u{2015}', '\u{2014}']) || g.contains('\n') {
        return None;
    }
    let s = f
        .np_starting_at(a)
        .filter(|s| matches!(s.who, Who::Named(_)))?;
    let rest = f.text.get(s.mention.end..).unwrap_or("");
    let tail = rest.split('\n').next().unwrap_or("").trim();
    tail.trim_matches(['.', ' ']).is_empty().then_some(s)
}
