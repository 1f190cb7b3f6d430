//! The subject of a cue standing after it (`said Peskov`, `according to the Kremlin`) and of
//! a whole sentence (`Germany called it a “delaying tactic”`); the subject before a cue is
//! `subject_before.rs`'s.
//!
//! Takes a [`Frame`] and a cue's word index; gives the [`Subject`]. Reads `frame.rs`, `np.rs`
//! and `heads.rs` only.

use super::frame::{Frame, Subject, Who};
use super::words::{
    DETERMINERS, FUNCTION, LEADERS, PEOPLE_DETERMINERS, PREPOSITIONS, PRONOUNS, SENTENCE_ADVERBS,
};
use crate::entities::EntityKind;
use crate::text::tokens::is_cap;
use crate::text::Span;

impl Frame<'_> {
    /// The subject of the cue at word `c`, standing after it (`said Peskov`, `said the
    /// Kremlin`, `according to X`).
    pub fn subject_after(&self, c: usize) -> Option<Subject> {
        let mut j = c + 1;
        if self.words[c].lower == "according" {
            if self.words.get(j)?.lower != "to" {
                return None;
            }
            j += 1;
        }
        if !self.gap(j - 1).trim().is_empty() {
            return None;
        }
        // `claims that Univision “…”`: a complementiser, not the speaker.
        if self.words.get(j).is_some_and(|w| w.lower == "that") {
            return None;
        }
        let np = self.np_starting_at(j);
        // `said Clinton's running mate, Tim Kaine`: a description, then the name in apposition.
        // (The description may run on past where the phrase stopped: `running mate`.)
        if let Some(d) = np.filter(|d| d.who == Who::Nominal) {
            let from = self
                .words
                .iter()
                .position(|x| x.span.start >= d.mention.end);
            let k = from.and_then(|f| {
                (f..(f + 4).min(self.words.len())).find(|&k| {
                    k > 0 && self.gap(k - 1).trim() == ","
                        || self.words[k].quoted
                        || !is_cap(self.words[k].span.of(self.text))
                            && (FUNCTION.contains(&self.words[k].lower.as_str())
                                || crate::quotes::cues::is_cue(&self.words[k].lower))
                })
            });
            if let Some((e, span)) = k
                .filter(|&k| k > 0 && self.gap(k - 1).trim() == ",")
                .and_then(|k| {
                    self.entity_at(k)
                        .filter(|m| m.1.start == self.words[k].span.start)
                })
            {
                let person = matches!(
                    self.ents.list[e].kind,
                    EntityKind::Person | EntityKind::Other
                );
                let closes = self
                    .words
                    .iter()
                    .position(|x| x.span.start >= span.end)
                    .is_none_or(|n| n > 0 && !self.gap(n - 1).trim().is_empty());
                if person && closes {
                    return Some(Subject {
                        who: Who::Named(e),
                        mention: Span::new(d.mention.start, span.end),
                    });
                }
            }
        }
        // `according to excerpts released by …`: a bare plural noun is a source too.
        if np.is_none() && self.words[c].lower == "according" {
            let w = self.words.get(j)?;
            let word = w.lower.as_str();
            if !w.quoted
                && word.ends_with('s')
                && !FUNCTION.contains(&word)
                && !DETERMINERS.contains(&word)
                && !PRONOUNS.iter().any(|p| p.0 == word)
            {
                return self.nominal_from(j);
            }
        }
        np
    }

    /// The subject of the whole sentence: the first noun phrase after any opening clause,
    /// if it starts before word `limit`.
    pub fn sentence_subject(&self, limit: usize) -> Option<Subject> {
        let mut i = self.dateline_end();
        while i < limit
            && matches!(
                self.words[i].lower.as_str(),
                "but"
                    | "and"
                    | "so"
                    | "yet"
                    | "still"
                    | "however"
                    | "meanwhile"
                    | "now"
                    | "then"
                    | "indeed"
                    | "instead"
                    | "also"
                    | "later"
                    | "earlier"
            )
        {
            i += 1;
        }
        // A sentence adverb and a comma (`Likewise,`, `First,`, `Outside,`, `Separately,`).
        let person = |k: usize| {
            self.entity_at(k)
                .is_some_and(|(e, _)| self.ents.list[e].kind == EntityKind::Person)
        };
        if i + 1 < limit
            && self.gap(i).trim() == ","
            && !person(i)
            && (SENTENCE_ADVERBS.contains(&self.words[i].lower.as_str())
                || self.words[i].lower.len() > 4 && self.words[i].lower.ends_with("ly"))
        {
            i += 1;
        }
        // A participle or an adverb opening the sentence before a preposition (`Preceded at
        // the lectern by X,`, `Based on the statement,`, `Immediately after the attacks,`).
        let opener = i + 1 < limit && {
            let w = &self.words[i].lower;
            w.len() > 4
                && (w.ends_with("ed") || w.ends_with("ly"))
                && !person(i)
                && self.gap(i).trim().is_empty()
                && (PREPOSITIONS.contains(&self.words[i + 1].lower.as_str())
                    || matches!(self.words[i + 1].lower.as_str(), "by" | "about" | "upon"))
        };
        if i < limit
            && (LEADERS.contains(&self.words[i].lower.as_str())
                || self.time_lead(i, limit)
                || self.words[i].lower.ends_with("ing")
                || opener)
        {
            // The leading clause ends at the comma after which a subject and its verb follow.
            let commas: Vec<usize> = (i..limit).filter(|&k| self.gap(k).contains(',')).collect();
            // (A subject opens with a capital, a determiner or a pronoun, and its verb
            // follows: not `the sheriff and hard-liner, Trump`, not `casts Trump as`.)
            let after = commas.iter().map(|&k| k + 1).find(|&k| {
                let opens = self.words.get(k).is_some_and(|w| {
                    is_cap(w.span.of(self.text))
                        || DETERMINERS.contains(&w.lower.as_str())
                        || PEOPLE_DETERMINERS.contains(&w.lower.as_str())
                        || PRONOUNS.iter().any(|p| p.0 == w.lower)
                        || w.lower.chars().all(|c| c.is_ascii_digit())
                });
                opens
                    && self.np_starting_at(k).is_some_and(|s| {
                        let next = self
                            .words
                            .iter()
                            .position(|w| w.span.start >= s.mention.end);
                        next.is_some_and(|x| {
                            x > 0
                                && !self.gap(x - 1).contains(',')
                                && !is_cap(self.words[x].span.of(self.text))
                                && !FUNCTION.contains(&self.words[x].lower.as_str())
                        })
                    })
            });
            i = after.or_else(|| commas.first().map(|k| k + 1))?;
        }
        if i >= limit || self.words[i].quoted {
            return None;
        }
        // Any other short opening phrase: `Here in Columbia, Roe stepped up …`.
        let s = match self.np_starting_at(i) {
            Some(s) => s,
            None => {
                let comma = (i..limit.min(i + 6)).find(|&k| self.gap(k).contains(','))?;
                if (i..comma).any(|k| self.clause_gap(k) || self.words[k].quoted) {
                    return None;
                }
                i = comma + 1;
                if i >= limit || self.words[i].quoted {
                    return None;
                }
                self.np_starting_at(i)?
            }
        };
        // A subject is followed by its verb, not by the quote (`The so-called “reform”`).
        let next = self.words.iter().find(|w| w.span.start >= s.mention.end)?;
        if next.quoted && s.who == Who::Nominal {
            return None;
        }
        // `The answer was …`, `His remarks drew …`: words about speech are not its speaker.
        let head = self.words.iter().rfind(|w| w.span.end <= s.mention.end)?;
        if s.who == Who::Nominal && crate::quotes::cues::is_noun_form(&head.lower) {
            return None;
        }
        let kind_ok = match s.who {
            Who::Named(e) => {
                self.ents.list[e].kind != EntityKind::Place || !self.words[i].possessive
            }
            _ => true,
        };
        kind_ok.then_some(s)
    }
}
