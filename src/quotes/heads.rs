//! Heads of noun phrases that stand apart from the cue: an appositive or a relative clause
//! before it (`Roe, a campaign aide, said`; `Beck, who has described Trump as “…”`), a
//! passive's agent (`was asked by Roe`), the subject of a noun cue (`Roe's claim`).
//!
//! Takes a [`Frame`] and word indices; gives subjects. Reads `frame.rs` and `np.rs` only.

use super::clause_words::RELATIVES;
use super::frame::{Frame, Subject, Who};
use super::words::{is_between, DETERMINERS, PEOPLE_DETERMINERS};
use crate::entities::EntityKind;
use crate::text::tokens::is_cap;
use crate::text::Span;

impl Frame<'_> {
    /// The name an appositive chain ending at word `j` belongs to (`Harry Bond, 30, of
    /// Raleigh, N.C., who was polled,` → Harry Bond): walking left over commas, the first
    /// person (else organisation) named at the start of its clause.
    pub(super) fn appositive_head(&self, j: usize) -> Option<Subject> {
        let mut fallback = None;
        let mut k = j;
        while k > 0 && j - k < 25 {
            k -= 1;
            if self.words[k].quoted || self.clause_gap(k) {
                break;
            }
            if !self.comma_gap(k) {
                continue;
            }
            let Some(s) = self.np_ending_at(k) else {
                continue;
            };
            let Who::Named(e) = s.who else { continue };
            let kind = self.ents.list[e].kind;
            if kind == EntityKind::Place {
                continue;
            }
            // The name opens its clause: the sentence starts there, or a comma or quote
            // stands before it.
            let first = self
                .words
                .iter()
                .position(|w| w.span.start >= s.mention.start)
                .unwrap_or(k);
            let opens = first == 0
                || self.words[first - 1].quoted
                || self.gap(first - 1).contains([',', '“', '”', '"', '—'])
                || matches!(self.words[first - 1].lower.as_str(), "and" | "but");
            if !opens {
                continue;
            }
            if kind == EntityKind::Person {
                return Some(s);
            }
            fallback.get_or_insert(s);
        }
        fallback
    }

    /// The noun phrase a relative clause set off by commas hangs on, when that clause ends at
    /// word `j` (`Sen. Jane Roe (D-Mo.), who has endorsed Smith,` → Jane Roe; `The complaint,
    /// which was filed in Washington,` → The complaint).
    pub(super) fn relative_head(&self, j: usize) -> Option<Subject> {
        let mut k = j;
        loop {
            k = k.checked_sub(1).filter(|&k| j - k <= 20)?;
            if self.words[k].quoted || self.words[k + 1].quoted {
                return None;
            }
            let relative = matches!(self.words[k + 1].lower.as_str(), "who" | "which");
            if relative && self.gap(k).contains([',', '—']) {
                break;
            }
            if self.clause_gap(k) {
                return None;
            }
        }
        // (A parenthesis closing before the comma: the words before it. A word set off by
        // commas: the words before it, `Roe, meanwhile, who`.)
        if self.gap(k).contains(')') {
            k = (k.saturating_sub(6)..k)
                .rev()
                .find(|&p| self.gap(p).contains('('))?;
        } else if k > 0
            && self.gap(k - 1).contains(',')
            && !is_cap(self.words[k].span.of(self.text))
        {
            k -= 1;
        }
        self.np_ending_at(k)
            .filter(|s| !matches!(s.who, Who::Pronoun(..)))
    }

    /// A relative pronoun subject ending at or before word `j` (`Beck, who has in the past
    /// described`): the mention runs from its antecedent to the pronoun; the speaker is the
    /// antecedent.
    pub(super) fn relative_subject(&self, j: usize) -> Option<Subject> {
        let mut r = j;
        loop {
            let w = &self.words[r];
            if RELATIVES.contains(&w.lower.as_str()) && !w.quoted {
                break;
            }
            if r == 0 || j - r >= 5 || !self.gap(r - 1).trim().is_empty() || w.quoted {
                return None;
            }
            // Only auxiliaries, adverbs and short prepositional phrases between.
            let filler = is_between(&w.lower)
                || self.adverb(r)
                || matches!(
                    w.lower.as_str(),
                    "in" | "the" | "past" | "a" | "recent" | "has"
                );
            if !filler {
                return None;
            }
            r -= 1;
        }
        if r == 0 {
            return None;
        }
        // `that` right after a noun without a comma is often a complementiser (`said that`),
        // unless the cue follows it at once (`water bottles that said`).
        let gap = self.gap(r - 1);
        if self.words[r].lower == "that" && !gap.contains(',') && r != j {
            return None;
        }
        // After a comma or a dash (`the sign — which read`).
        if !gap.trim().is_empty() && !matches!(gap.trim(), "," | "—" | "–" | "-" | "--") {
            return None;
        }
        let ante = self.np_ending_at(r - 1)?;
        if matches!(ante.who, Who::Pronoun(..)) {
            return None;
        }
        Some(Subject {
            who: ante.who,
            mention: Span::new(ante.mention.start, self.words[r].span.end),
        })
    }

    /// The agent of a passive cue at word `c` (`was asked by host Bill Maher`, `has been
    /// called “…” by X`), or nobody.
    pub fn agent(&self, c: usize) -> Subject {
        // Past the quoted words themselves: `has been called “…” by X`, `labeled as a “…” by
        // Democrats`.
        let mut k = c + 1;
        while k < self.words.len()
            && k - c < 16
            && (self.words[k].quoted
                || matches!(self.words[k].lower.as_str(), "as" | "a" | "an" | "the"))
            && !self.gap(k - 1).contains(['.', ';'])
        {
            k += 1;
        }
        let by = self
            .words
            .get(k)
            .filter(|w| w.lower == "by" && !self.gap(k - 1).contains(['.', ';', ',']));
        by.and_then(|_| self.np_starting_at(k + 1))
            .filter(|s| s.who != Who::Nobody)
            .unwrap_or(Subject {
                who: Who::Nobody,
                mention: self.words[c].span,
            })
    }

    /// Whether `np`, ending at word `j`, can be the subject of the cue at word `c` whose form
    /// is also a noun: a name or a pronoun; a description with an article before an `-s`
    /// form (`the report notes`); a plural before a base form (`officials call`). Not `his
    /// recent remarks`, `a fundraising call`, `the Paris attacks`, `Sanders’ comments`.
    pub(super) fn noun_cue_subject(&self, c: usize, j: usize, np: &Subject) -> bool {
        let possessive = self.words[j].possessive || self.gap(j).contains(['’', '\'']);
        if possessive {
            return false;
        }
        // `“…,” the editorial read.`: a cue that ends the sentence after a quote is a verb.
        let ends = c + 1 == self.words.len() || self.gap(c).trim_start().starts_with(['.', ',']);
        let after_quote = self.words[..c].iter().any(|w| w.quoted);
        let determined = self
            .words
            .iter()
            .find(|w| w.span.start >= np.mention.start)
            .is_some_and(|w| DETERMINERS.contains(&w.lower.as_str()));
        if ends && after_quote && np.who == Who::Nominal && determined {
            return true;
        }
        let words: Vec<&str> = self
            .words
            .iter()
            .filter(|w| np.mention.start <= w.span.start && w.span.end <= np.mention.end)
            .map(|w| w.lower.as_str())
            .collect();
        match np.who {
            Who::Named(e) => self.ents.list[e].kind != EntityKind::Place,
            Who::Pronoun(..) => true,
            Who::Nobody => false,
            Who::Nominal => {
                let cue = self.words[c].lower.as_str();
                // `press`, `address`: a base form, not an `-s` one.
                let s_form = cue.ends_with('s') && !cue.ends_with("ss");
                let head = words.last().copied().unwrap_or("");
                let article = matches!(
                    words.first().copied(),
                    Some("the" | "a" | "an" | "this" | "that" | "another")
                );
                let people = words.len() == 1 && PEOPLE_DETERMINERS.contains(&head);
                if s_form {
                    article && words.len() >= 2 || people
                } else {
                    head.ends_with('s') && !head.ends_with("ss") || people
                }
            }
        }
    }
}
