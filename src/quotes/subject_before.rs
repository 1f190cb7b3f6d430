//! The subject of a cue standing before it (`Peskov told`, `Flynn, a top Trump surrogate,
//! said`, `the ministry's spokesman said`).
//!
//! Takes a [`Frame`] and a cue's word index; gives the [`Subject`]. Reads `frame.rs`, `np.rs`
//! and `heads.rs` only.

use super::clause_words::{CARRIERS, DOCUMENTS};
use super::frame::{Frame, Subject, Who};
use super::words::{
    is_between, is_negation, is_time_word, DETERMINERS, FUNCTION, PEOPLE_DETERMINERS, PEOPLE_NOUNS,
    PREPOSITIONS,
};
use crate::entities::EntityKind;
use crate::text::tokens::is_cap;

impl Frame<'_> {
    /// The subject of the cue at word `c`, standing before it.
    pub fn subject_before(&self, c: usize) -> Option<Subject> {
        let mut j = c.checked_sub(1)?;
        let people = PEOPLE_DETERMINERS.contains(&self.words[j].lower.as_str())
            && !crate::quotes::cues::is_noun_form(&self.words[c].lower);
        // `water bottles that said, “…”`: a relative `that` right before a cue that opens
        // the quote.
        let opens_quote =
            self.gap(c).contains([',', ':']) || self.words.get(c + 1).is_some_and(|w| w.quoted);
        if self.words[j].lower == "that"
            && opens_quote
            && j > 0
            && !crate::quotes::cues::is_cue(&self.words[j - 1].lower)
        {
            if let Some(rel) = self.relative_subject(j) {
                return Some(rel);
            }
        }
        if DETERMINERS.contains(&self.words[j].lower.as_str()) && !people {
            return None; // "the claims": a noun, not a verb.
        }
        let mut skipped = 0;
        while (is_between(&self.words[j].lower)
            || is_negation(&self.words[j].lower)
            || self.adverb(j))
            && skipped < 4
            && self.entity_at(j).is_none()
            && self.surname(j).is_none()
        {
            // (An abbreviation's period closing a parenthesis is no stop: `Roe (R-Wis.)
            // Tuesday said`.)
            if j == 0 {
                return None;
            }
            let g = self.gap(j - 1);
            let g = g
                .strip_prefix('.')
                .filter(|r| r.starts_with(')'))
                .unwrap_or(g);
            if g.contains(['.', ';', '“', '”', '"']) {
                return None;
            }
            j -= 1;
            skipped += 1;
        }
        // A parenthesis after the subject: `Gov. John Kasich (R-OH), said`.
        if self.gap(j).contains(')') && !self.gap(j).contains('(') {
            let open = (0..j).rev().take(6).find(|&k| self.gap(k).contains('('));
            match open {
                Some(k) => j = k,
                None => return None,
            }
        } else if self.gap(j).contains(['.', ';', ':', '(', ')'])
            && !self.gap(j).contains("),")
            && !self.gap(j).trim_start().starts_with(".,")
        {
            return None;
        }
        // An age between commas: `Sarandon, 69, told`.
        if j > 0
            && self.words[j].lower.chars().all(|c| c.is_ascii_digit())
            && self.gap(j - 1).trim() == ","
            && self.gap(j).trim() == ","
            && self.entity_at(j - 1).is_some()
        {
            j -= 1;
            return self.np_ending_at(j);
        }
        if let Some(rel) = self.relative_subject(j) {
            return Some(rel);
        }
        if let Some(group) = self.respondents(j) {
            return Some(group);
        }
        let Some(mut np) = self.np_ending_at(j) else {
            // `Jane Roe, the director of advertising, said`: no noun phrase ends the
            // appositive, but a name opens it.
            return self.comma_gap(j).then(|| self.appositive_head(j)).flatten();
        };
        // `his recent remarks`, `the Paris attacks`: a noun, not a verb.
        if crate::quotes::cues::is_noun_form(&self.words[c].lower)
            && !self.noun_cue_subject(c, j, &np)
        {
            return None;
        }
        // A prepositional phrase between subject and verb: `Trump at the time said`.
        if np.who == Who::Nominal {
            let first = self.first_word_from(np.mention.start).unwrap_or(j);
            if first >= 2
                && PREPOSITIONS.contains(&self.words[first - 1].lower.as_str())
                && self.gap(first - 2).trim().is_empty()
            {
                if let Some(outer) = self.np_ending_at(first - 2) {
                    if outer.who != Who::Nominal || !self.gap(j).contains(',') {
                        np = outer;
                        j = first - 2;
                    }
                }
            }
        }
        // A name in a participle's phrase after the subject (`a letter obtained by the AP
        // warns`, `an aide speaking to Fox News said`): the subject stands before it.
        if matches!(np.who, Who::Named(_)) && !self.gap(j).contains([',', '—']) {
            let first = self.first_word_from(np.mention.start).unwrap_or(j);
            let reduced = first >= 2 && {
                let (v, p) = (&self.words[first - 2], &self.words[first - 1]);
                !v.quoted
                    && !p.quoted
                    && self.gap(first - 2).trim().is_empty()
                    && self.gap(first - 1).trim().is_empty()
                    && (PREPOSITIONS.contains(&p.lower.as_str()) || p.lower == "by")
                    && v.lower.len() > 4
                    && (v.lower.ends_with("ing") || v.lower.ends_with("ed"))
                    && !is_cap(v.span.of(self.text))
            };
            if reduced {
                if let Some(s) = self
                    .sentence_subject(first - 1)
                    .filter(|s| s.mention.end <= self.words[first - 1].span.start)
                {
                    return Some(s);
                }
            }
        }
        if self.gap(j).contains(',') || self.gap(j).contains('—') {
            // `X, who …, said`, `The complaint, which was filed in Washington, alleged`: the
            // noun phrase the relative clause hangs on.
            if let Some(head) = self.relative_head(j) {
                return Some(head);
            }
            // An appositive or a relative clause: the name before the opening comma. A place
            // there is part of the appositive (`Clinton, at a town hall in Columbus, Ohio,
            // said`), unless no one else is named.
            let place = |s: &Subject| matches!(s.who, Who::Named(e) if self.ents.list[e].kind == EntityKind::Place);
            // `and he, once again, pledged a “…”`.
            if matches!(np.who, Who::Pronoun(..)) {
                return Some(np);
            }
            let mut k = j;
            let mut first_place = place(&np).then_some(np);
            while k > 0 && j - k < 20 {
                k -= 1;
                if self.gap(k).contains(',') || self.gap(k).contains('—') {
                    match self.np_ending_at(k) {
                        Some(s) if place(&s) => {
                            first_place = Some(s);
                            continue;
                        }
                        Some(s) if matches!(s.who, Who::Named(_)) => return Some(s),
                        _ => break,
                    }
                }
            }
            if matches!(np.who, Who::Named(_)) && !place(&np) {
                return Some(np);
            }
            return self.appositive_head(j).or(first_place);
        }
        // A participle's subject is a speaker, not a thing it is said of (`placed newspaper
        // ads calling the deal a “…”`, `started out the debate saying “…”`): else the
        // sentence's subject.
        // (`is already claiming` is a finite verb.)
        let progressive = (c.saturating_sub(3)..c).any(|k| {
            matches!(
                self.words[k].lower.as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "keeps" | "kept"
            )
        });
        let participle = crate::quotes::cues::cue(&self.words[c].lower)
            .is_some_and(|k| k.participle)
            && !progressive;
        if participle && np.who == Who::Nominal {
            let head = self.words[j].lower.as_str();
            let singular = head.strip_suffix('s').unwrap_or(head);
            let person = crate::entities::lexicon::ROLE_NOUNS.contains(&head)
                || crate::entities::lexicon::ROLE_NOUNS.contains(&singular)
                || PEOPLE_DETERMINERS.contains(&head)
                || PEOPLE_NOUNS.contains(&head)
                || PEOPLE_NOUNS.contains(&singular)
                || DOCUMENTS.contains(&singular)
                || CARRIERS.contains(&singular);
            if !person {
                let first = self.first_word_from(np.mention.start).unwrap_or(j);
                return self
                    .sentence_subject(first)
                    .filter(|s| s.mention.end <= self.words[first].span.start);
            }
        }
        // An object of a preposition or a verb, or a time (`Pence, who is running for
        // reelection this year, praised`, `The RNC, in its daily summary Monday, emailed`,
        // `The department less than two weeks ago said`): the sentence's subject.
        if np.who == Who::Nominal {
            let first = self.first_word_from(np.mention.start).unwrap_or(j);
            // Not a part of a quantity or of a plural noun's phrase: `At least half of
            // voters in each state say`, `one of her ads asking`, `critics of the plan say`.
            let partitive =
                first >= 2 && matches!(self.words[first - 1].lower.as_str(), "of" | "in") && {
                    let q = &self.words[first - 2];
                    let w = q.lower.as_str();
                    !q.quoted
                        && (w.chars().all(|c| c.is_ascii_digit())
                            || PEOPLE_DETERMINERS.contains(&w)
                            || matches!(
                                w,
                                "half"
                                    | "percent"
                                    | "all"
                                    | "each"
                                    | "majority"
                                    | "four"
                                    | "five"
                                    | "six"
                                    | "seven"
                                    | "eight"
                                    | "nine"
                                    | "ten"
                            )
                            || w.ends_with('s')
                                && !w.ends_with("ss")
                                && !FUNCTION.contains(&w)
                                && !self.verb_like(first - 2))
                };
            let object = first > 0 && !partitive && {
                let p = &self.words[first - 1];
                !p.quoted
                    && self.gap(first - 1).trim().is_empty()
                    && (PREPOSITIONS.contains(&p.lower.as_str())
                        || matches!(
                            p.lower.as_str(),
                            "by" | "about" | "upon" | "into" | "under" | "through" | "against"
                        )
                        || self.verb_like(first - 1) && !self.adverb(first - 1))
            };
            if object || is_time_word(&self.words[j].lower) || self.words[j].lower == "ago" {
                return self
                    .sentence_subject(first)
                    .filter(|s| s.mention.end <= self.words[first].span.start);
            }
        }
        Some(np)
    }
}
