//! The last sentence sieves: `according to`, the owner of the words, a later cue, the
//! subject of the quote's clause or of the sentence.
//!
//! Takes a quote's [`Ctx`]; gives the attribution of `according-to`, `speech-owner`,
//! `cue-later`, `clause-subject` (with `sentence-subject`), or nothing.

use super::{Ctx, Found, Rule};
use crate::lexicon::en::EN;
use crate::quotes::frame::Who;
use crate::quotes::words;

/// `according-to`: `according to` anywhere in the sentence, and who follows it:
/// `The plan is “dead,” Roe's office said on Monday according to the Tribune` when no cue
/// sieve found a subject; `According to Roe, the deal is “done”`.
pub fn according_to(cx: &Ctx) -> Option<Found> {
    let f = cx.f;
    let c = (0..cx.n).find(|&i| f.words[i].lower == "according" && !f.words[i].quoted)?;
    let subject = f.subject_after(c)?;
    Some(cx.found_plain(c, subject, Rule::AccordingTo))
}

/// `speech-owner`: the owner of the quoted words: `his promise to be “neutral”`, `Roe’s claim
/// that “…”`, `Roe’s “fair deal” promise`, `his “lock her up” line`.
pub fn speech_owner(cx: &Ctx) -> Option<Found> {
    let f = cx.f;
    let around = cx
        .last_before
        .filter(|_| cx.first_after < cx.n)
        .and_then(|lb| f.owner_around(lb, cx.first_after));
    let subject = around.or_else(|| cx.last_before.and_then(|lb| f.speech_owner(lb)))?;
    Some(cx.sentence(subject, Rule::SpeechOwner))
}

/// `cue-later`: any cue later in the sentence with its subject: `Roe defended “the deal” in
/// Ohio on Monday and said …`; after a comma an inverted cue's subject follows it (`“…” about
/// the decision, said Jane Roe`). Not a participle after a comma (`Roe defended “…,” saying
/// the city …`: the sentence's subject, found later).
pub fn cue_later(cx: &Ctx) -> Option<Found> {
    let (f, first_after) = (cx.f, cx.first_after);
    for i in first_after..cx.n {
        let Some(c) = cx.cue_at(i).filter(|_| !f.passive(i)) else {
            continue;
        };
        if c.participle && i > 0 && f.gap(i - 1).contains(',') {
            continue;
        }
        let inverted = c.inverts && (i == first_after || f.gap(i - 1).contains(','));
        let after = || inverted.then(|| f.subject_after(i)).flatten();
        let s = if i > first_after && inverted {
            after().or_else(|| f.subject_before(i))
        } else {
            f.subject_before(i).or_else(after)
        };
        if let Some(subject) = s {
            return Some(cx.found(i, subject, Rule::CueLater));
        }
    }
    None
}

/// `clause-subject`: the subject of the quote's own clause when a pronoun opens it (`Roe
/// pledged to visit every county and he has long used that fact …, for not campaigning
/// “…”`, `even though he found “…”`), or a description or a name opening a clause after a
/// conjunction with its verb right after it (`because the young ones refuse to look past
/// “…”`). Sub-rule `sentence-subject`: else the sentence's subject, when it stands before
/// the quote (`Germany called it a “delaying tactic”`).
pub fn clause_subject(cx: &Ctx) -> Option<Found> {
    let f = cx.f;
    let limit = cx.last_before.map_or(0, |l| l + 1);
    let clause = (1..limit).rev().take(12).find_map(|k| {
        let w = &f.words[k];
        let opens =
            f.gap(k - 1).contains(',') || EN.pronoun_clause_openers.contains(&f.words[k - 1].lower);
        let pronoun = matches!(w.lower.as_str(), "he" | "she" | "they") && !w.quoted;
        (pronoun && opens && !f.clause_gap(k - 1))
            .then(|| f.np_ending_at(k))
            .flatten()
    });
    let named_clause = || {
        (1..limit).rev().take(12).find_map(|k| {
            let opens =
                EN.named_clause_openers.contains(&f.words[k - 1].lower) && !f.words[k - 1].quoted;
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
        .map(|s| cx.sentence(s, Rule::ClauseSubject))
        .or_else(|| {
            f.sentence_subject(limit)
                .map(|s| cx.sentence(s, Rule::SentenceSubject))
        })
}
