//! Noun phrases of a frame: the names, pronouns and descriptions that end or start at a word.
//!
//! Takes a [`Frame`] and a word index; gives the noun phrase there as a [`Subject`]
//! (`Jane Roe`, `the Russian leader`, `she`, `31% of respondents`), or none. Reads only the
//! word-level tests of `frame.rs`.

use super::clause_words::VERB_FORMS;
use super::cues;
use super::frame::{pronoun_subject, Frame, Subject, Who};
use super::words::{
    is_time_word, DETERMINERS, FUNCTION, PEOPLE_DETERMINERS, PREPOSITIONS, PRONOUNS,
};
use crate::entities::lexicon::{is_title, ROLE_NOUNS};
use crate::entities::EntityKind;
use crate::text::tokens::is_cap;
use crate::text::Span;

impl Frame<'_> {
    pub(super) fn nominal_from(&self, i: usize) -> Option<Subject> {
        let mut end = i;
        while end + 1 < self.words.len() && end - i < 6 {
            let n = &self.words[end + 1];
            // `The ad targets a “…”`: a word before a determiner is the verb.
            let verb_before_det = end > i
                && self.words.get(end + 2).is_some_and(|d| {
                    matches!(
                        d.lower.as_str(),
                        "a" | "an" | "the" | "his" | "her" | "their"
                    )
                })
                && !is_cap(n.span.of(self.text));
            // `excerpts released by …`, `the first incident came`: a verb ends the phrase.
            let verb = !is_cap(n.span.of(self.text))
                && (n.lower.len() > 4 && n.lower.ends_with("ed")
                    || VERB_FORMS.contains(&n.lower.as_str()))
                && (end > i || !DETERMINERS.contains(&self.words[i].lower.as_str()))
                && !self.adverb(end);
            // `an aide speaking to Fox News`: a participle and its preposition end it too.
            let participle = end > i
                && n.lower.len() > 4
                && n.lower.ends_with("ing")
                && !is_cap(n.span.of(self.text))
                && self
                    .words
                    .get(end + 2)
                    .is_some_and(|p| PREPOSITIONS.contains(&p.lower.as_str()) || p.lower == "by");
            // `the email`, `the report`: a cue word right after a determiner is its noun.
            let cue_noun = end == i
                && DETERMINERS.contains(&self.words[i].lower.as_str())
                && crate::quotes::cues::is_noun_form(&n.lower);
            if n.quoted
                || verb
                || participle
                || !self
                    .gap(end)
                    .chars()
                    .all(|c| c == ' ' || c == '\u{a0}' || c == '-')
                || FUNCTION.contains(&n.lower.as_str())
                || crate::quotes::cues::is_cue(&n.lower)
                    && !is_cap(n.span.of(self.text))
                    && !cue_noun
                || verb_before_det
            {
                break;
            }
            end += 1;
            if cue_noun {
                break;
            }
        }
        (end > i || !DETERMINERS.contains(&self.words[i].lower.as_str())).then(|| Subject {
            who: Who::Nominal,
            mention: Span::new(self.words[i].span.start, self.words[end].span.end),
        })
    }

    /// A name after lower-case descriptions starting at word `i` (`former Sen. Evan Bayh`,
    /// `professor Paul Beck`); the mention runs from `start`.
    pub(super) fn name_after_modifiers(&self, i: usize, start: usize) -> Option<Subject> {
        let mut k = i;
        let mut role = false;
        while k < self.words.len() && k - i < 7 {
            let w = &self.words[k];
            let text = w.span.of(self.text);
            if w.quoted || k > i && !self.gap(k - 1).trim().is_empty() {
                return None;
            }
            if let Some((e, span)) = self.entity_at(k).filter(|_| k > i) {
                let kind = self.ents.list[e].kind;
                let person = kind == EntityKind::Person || kind == EntityKind::Other && role;
                if person {
                    return Some(Subject {
                        who: Who::Named(e),
                        mention: Span::new(start, span.end),
                    });
                }
                // `former South Carolina Gov. Jim Hodges`: a place describes the person.
                if kind != EntityKind::Place {
                    return None;
                }
                k = self
                    .words
                    .iter()
                    .position(|x| x.span.start >= span.end)
                    .unwrap_or(self.words.len());
                continue;
            }
            let lower = w.lower.as_str();
            if is_title(text) || ROLE_NOUNS.contains(&lower) {
                role = true;
            } else if k == i && matches!(lower, "former" | "retired")
                || k > i && matches!(lower, "of" | "for")
            {
                // `master of ceremonies Asab Tabchi`, `director of communications Ann Roe`.
            } else if crate::entities::lexicon::ROLE_MODIFIERS.contains(&lower) {
                // `White House press secretary Sean Spicer`: a noun inside the role.
            } else if k > i && is_cap(text) && !crate::entities::lexicon::STOP.contains(&text) {
                // `undecided Republican voter Jane Roe`, `former South Carolina Gov. Jim
                // Hodges`: capitalised words that are no name describe the person too.
            } else if is_cap(text)
                || FUNCTION.contains(&lower)
                || DETERMINERS.contains(&lower)
                || PRONOUNS.iter().any(|p| p.0 == lower)
                || cues::is_cue(lower)
                || self.verb_like(k) && !lower.ends_with("ed")
            {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The noun phrase that a place or organisation at `span` hangs on through `of`, `from`,
    /// `for` or `at` (and maybe `the`), when that phrase is a name or a description ending
    /// right before the preposition: its head.
    pub(super) fn head_before_preposition(&self, span: Span) -> Option<Subject> {
        let first = self.words.iter().position(|x| x.span.start >= span.start)?;
        let mut k = first.checked_sub(1)?;
        if self.words[k].lower == "the" {
            k = k.checked_sub(1)?;
        }
        if !matches!(self.words[k].lower.as_str(), "of" | "from" | "for" | "at") {
            return None;
        }
        let head = k.checked_sub(1)?;
        if (head..first).any(|m| !self.gap(m).trim().is_empty()) {
            return None;
        }
        let lower = self.words[head].lower.as_str();
        let noun = self.entity_at(head).is_some()
            || ROLE_NOUNS.contains(&lower)
            || ROLE_NOUNS.contains(&lower.trim_end_matches('s'));
        if !noun {
            return None;
        }
        let at = self.words[head].span.end;
        self.np_ending_at(head)
            .filter(|s| matches!(s.who, Who::Named(_) | Who::Nominal) && s.mention.end == at)
    }

    /// The noun phrase whose last word is `i`, walking left.
    pub fn np_ending_at(&self, i: usize) -> Option<Subject> {
        let w = &self.words[i];
        if w.quoted {
            return None;
        }
        if let Some((e, span)) = self.entity_at(i) {
            if w.possessive {
                return None;
            }
            // `Bishop Aris Tal of the Armenian Church said`, `the senator from Ohio said`, `a
            // spokesman for Clinton said`: the phrase's head stands before the preposition.
            if matches!(
                self.ents.list[e].kind,
                EntityKind::Place | EntityKind::Organization
            ) {
                if let Some(head) = self.head_before_preposition(span) {
                    return Some(head);
                }
            }
            return Some(Subject {
                who: Who::Named(e),
                mention: span,
            });
        }
        if let Some(subject) = pronoun_subject(w) {
            return Some(subject);
        }
        if let Some(subject) = self.surname(i).filter(|_| !w.possessive) {
            return Some(subject);
        }
        // `Another said`, `Some chanted`: a determiner standing for people.
        if PEOPLE_DETERMINERS.contains(&w.lower.as_str()) {
            return Some(Subject {
                who: Who::Nominal,
                mention: w.span,
            });
        }
        if FUNCTION.contains(&w.lower.as_str())
            || DETERMINERS.contains(&w.lower.as_str())
            || is_cap(self.words[i].span.of(self.text)) && i == 0
            || self.verb_like(i)
        {
            return None;
        }
        let mut start = i;
        while start > 0 && i - start < 6 {
            let p = &self.words[start - 1];
            let gap = self.gap(start - 1);
            if p.quoted || !gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '-') {
                break;
            }
            if DETERMINERS.contains(&p.lower.as_str()) {
                start -= 1;
                break;
            }
            if FUNCTION.contains(&p.lower.as_str()) || crate::quotes::cues::is_cue(&p.lower) {
                break;
            }
            start -= 1;
        }
        Some(Subject {
            who: Who::Nominal,
            mention: Span::new(self.words[start].span.start, w.span.end),
        })
    }

    /// The noun phrase starting at word `i`, walking right.
    pub fn np_starting_at(&self, i: usize) -> Option<Subject> {
        let w = self.words.get(i)?;
        if w.quoted {
            return None;
        }
        if let Some((e, span)) = self.entity_at(i) {
            if w.possessive {
                return self.nominal_from(i);
            }
            // `Ohio State University professor Paul Beck`: the person, not the organisation.
            let after = self.words.iter().position(|x| x.span.start >= span.end);
            if let Some(person) = after.and_then(|k| self.name_after_modifiers(k, span.start)) {
                return Some(person);
            }
            return Some(Subject {
                who: Who::Named(e),
                mention: span,
            });
        }
        if let Some(subject) = pronoun_subject(w) {
            return Some(subject);
        }
        // `read one`, `said one of those advisers`, `shouted others`.
        if PEOPLE_DETERMINERS.contains(&w.lower.as_str()) {
            return self.nominal_from(i).or(Some(Subject {
                who: Who::Nominal,
                mention: w.span,
            }));
        }
        // `former Sen. Evan Bayh`, `conservative commentator Jonah Goldberg`.
        if !is_cap(w.span.of(self.text)) || matches!(w.lower.as_str(), "former" | "retired") {
            if let Some(person) = self.name_after_modifiers(i, w.span.start) {
                return Some(person);
            }
        }
        let stop = crate::entities::lexicon::STOP.contains(&w.span.of(self.text));
        // A capitalised word that is also a common one before a name (`said Will Doyle`).
        if stop && is_cap(w.span.of(self.text)) && self.gap(i).trim().is_empty() {
            if let Some((e, span)) = self.words.get(i + 1).and_then(|_| self.entity_at(i + 1)) {
                if span.start == self.words[i + 1].span.start
                    && matches!(
                        self.ents.list[e].kind,
                        EntityKind::Person | EntityKind::Other
                    )
                {
                    return Some(Subject {
                        who: Who::Named(e),
                        mention: Span::new(w.span.start, span.end),
                    });
                }
            }
        }
        // Titles before a name: `Senator Jane Roe`.
        let mut k = i;
        while crate::entities::lexicon::is_title(self.words[k].span.of(self.text))
            && k + 1 < self.words.len()
            && k - i < 4
            && self.gap(k).trim().is_empty()
        {
            k += 1;
            if let Some((e, span)) = self.entity_at(k) {
                return Some(Subject {
                    who: Who::Named(e),
                    mention: span,
                });
            }
        }
        if DETERMINERS.contains(&w.lower.as_str()) || is_cap(w.span.of(self.text)) && !stop {
            let np = self.nominal_from(i)?;
            // `said an angry Ruiz`, `said both Ruiz and Weller`: a description that ends in a
            // person's name is that person.
            let last = self
                .words
                .iter()
                .rposition(|x| x.span.end <= np.mention.end);
            if let Some((e, _)) = last
                .filter(|&k| k > i && !self.words[k].possessive)
                .and_then(|k| self.entity_at(k))
            {
                if matches!(
                    self.ents.list[e].kind,
                    EntityKind::Person | EntityKind::Other
                ) && is_cap(&self.ents.list[e].name)
                {
                    return Some(Subject {
                        who: Who::Named(e),
                        mention: np.mention,
                    });
                }
            }
            return Some(np);
        }
        None
    }

    /// A capitalised common word that is the surname of a person the text named in full
    /// (`Will wrote.` after `George Will`, `King says` after `Billie Jean King`): the names
    /// spotter leaves such words alone.
    pub(super) fn surname(&self, i: usize) -> Option<Subject> {
        let w = &self.words[i];
        let t = w.span.of(self.text);
        if !is_cap(t) || !crate::entities::lexicon::STOP.contains(&t) || is_time_word(&w.lower) {
            return None;
        }
        let e = self.ents.list.iter().position(|e| {
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(t)
        })?;
        Some(Subject {
            who: Who::Named(e),
            mention: w.span,
        })
    }

    /// A group of poll respondents ending at word `j`, right before a cue: a proportion
    /// (`About four in 10 said`) or `those` and a participle (`those surveyed said`).
    pub(super) fn respondents(&self, j: usize) -> Option<Subject> {
        let w = |k: usize| self.words[k].lower.as_str();
        if j < 1 || !self.gap(j).trim().is_empty() || self.words[j].quoted {
            return None;
        }
        let mut a = if w(j).chars().all(|c| c.is_ascii_digit()) && j >= 2 && w(j - 1) == "in" {
            j - 2
        } else if w(j - 1) == "those" && w(j).len() > 4 && w(j).ends_with("ed") {
            j - 1
        } else {
            return None;
        };
        if (a..j).any(|k| !self.gap(k).trim().is_empty() || self.words[k].quoted) {
            return None;
        }
        if a > 0
            && self.gap(a - 1).trim().is_empty()
            && matches!(
                w(a - 1),
                "about" | "nearly" | "almost" | "roughly" | "some" | "over" | "only" | "just"
            )
        {
            a -= 1;
        }
        Some(Subject {
            who: Who::Nominal,
            mention: Span::new(self.words[a].span.start, self.words[j].span.end),
        })
    }
}
