//! Clause shapes around a cue that change who its subject is: adverbs and verbs that are no
//! subject, the passive (`he was asked, “…”`: someone else spoke; `was asked by X`: X did;
//! `X is reported to have called`: X did), relative clauses (`Beck, who has described Trump
//! as “…”`, `bottles that said`), clauses of their own between a cue and the quote (`…,
//! although she made clear she has “…”`), descriptions before a name (`said former Sen.
//! Evan Bayh`) and a source the reporter names before or after the attribution (`“…,”
//! Sanders said, according to CNN`, `In a CNN poll, 31% said …`).
//!
//! Takes a [`Frame`] and word indices; gives subjects or yes/no answers.
//! The top layer of the frame: reads `frame.rs`, `np.rs`, `heads.rs` and `subject.rs`,
//! and nothing reads it but the sieves.

use super::clause_words::{FINDINGS, REPORTS, SPEECH_NOUNS};
use super::cues;
use super::frame::{Frame, Subject, Who};
use super::words::{DETERMINERS, FUNCTION};
use crate::entities::{EntityKind, Gender};
use crate::lexicon::en::EN;
use crate::text::Span;

impl Frame<'_> {
    /// The speaker of a passive cue at word `c`: the subject when the cue raises it (`X is
    /// reported to have called`), else the agent.
    pub fn passive_speaker(&self, c: usize) -> Subject {
        if self.raises(c) {
            if let Some(s) = self
                .subject_before(c)
                .filter(|s| !matches!(s.who, Who::Nobody))
            {
                return s;
            }
        }
        self.agent(c)
    }

    /// The he or she opening a clause of its own after the cue at word `c`, up to word
    /// `lb`: after a comma, a dash or a semicolon, or a conjunction after one (`…, although
    /// she made it clear that`, `…, but he gave it a compliment:`).
    pub(super) fn pronoun_clause(&self, c: usize, lb: usize) -> Option<Subject> {
        (c + 2..lb).rev().find_map(|k| {
            let w = &self.words[k];
            if w.quoted || !matches!(w.lower.as_str(), "he" | "she") {
                return None;
            }
            let boundary = |g: &str| g.contains([',', ';', '—', '–']) || g.contains("--");
            let opens = boundary(self.gap(k - 1))
                || EN.contrast_openers.contains(&self.words[k - 1].lower)
                    && boundary(self.gap(k - 2));
            // (Quoted words of the cue's own clause may stand between: `X said they are
            // “non-entities,” but he gave them a compliment: “…”`.)
            let blocked = (c..k)
                .any(|j| !self.words[j].quoted && !self.words[j + 1].quoted && self.clause_gap(j));
            (opens && !blocked).then(|| self.np_ending_at(k)).flatten()
        })
    }

    /// The subject of the clause a participle at word `p` hangs on, when that clause opens
    /// after `when` in the sentence (`The first came when protesters interrupted her,
    /// shouting “…”`).
    pub(super) fn participle_clause_subject(&self, p: usize) -> Option<Subject> {
        let k = (1..p)
            .rev()
            .take(15)
            .take_while(|&k| !self.words[k].quoted && !self.clause_gap(k))
            .find(|&k| self.words[k].lower == "when")?;
        let s = self.np_starting_at(k + 1).or_else(|| {
            let w = self.words.get(k + 1)?;
            let plain =
                !w.quoted && !FUNCTION.contains(&w.lower.as_str()) && !self.verb_like(k + 1);
            plain.then(|| self.nominal_from(k + 1)).flatten()
        })?;
        // Its verb follows it at once.
        let v = self.first_word_from(s.mention.end)?;
        (v < p && self.gap(v - 1).trim().is_empty() && !self.words[v].quoted).then_some(s)
    }

    /// A source the reporter names before the attribution at cue `c`, opening the sentence:
    /// `According to the memo, X said “…”`, `In a CNN poll, 31% of voters said “…”`.
    pub fn leading_source(&self, c: usize) -> Option<Subject> {
        let w = &self.words;
        if c < 3 || w[0].quoted {
            return None;
        }
        let comma = (1..c).find(|&k| self.gap(k).contains(','))?;
        if (1..comma).any(|k| self.clause_gap(k)) {
            return None;
        }
        // `In a CNN poll released Monday, 31% of voters said …`: the poll reports them.
        if matches!(w[0].lower.as_str(), "in" | "from")
            && DETERMINERS.contains(&w[1].lower.as_str())
        {
            let poll = (2..=comma.min(9)).find(|&k| FINDINGS.contains(&w[k].lower.as_str()))?;
            return Some(Subject {
                who: Who::Nominal,
                mention: Span::new(w[1].span.start, w[poll].span.end),
            });
        }
        if w[0].lower != "according" || w[1].lower != "to" {
            return None;
        }
        self.subject_after(0)
            .filter(|s| s.mention.end <= w[comma].span.end)
    }

    /// A source the reporter names after the attribution that ends at word `from`: `,
    /// according to CNN`, `, reports USA Today`, `, the Post reported`.
    pub fn outer_source(&self, from: usize) -> Option<Subject> {
        let n = self.words.len();
        for a in from..n {
            let w = &self.words[a];
            // Past a quote in the same sentence (`X said he was “happy” to go, according to
            // CNN`), not past the end of a clause.
            if w.quoted {
                continue;
            }
            if a > from && !self.words[a - 1].quoted && self.gap(a - 1).contains(['.', ';']) {
                return None;
            }
            if a == 0 || !self.gap(a - 1).contains(',') {
                continue;
            }
            if w.lower == "according" {
                return self.subject_after(a);
            }
            if REPORTS.contains(&w.lower.as_str()) && self.gap(a).trim().is_empty() {
                return self.np_starting_at(a + 1);
            }
            // `…, CNN reported.`
            if let Some(s) = self
                .np_starting_at(a)
                .filter(|s| matches!(s.who, Who::Named(_)))
            {
                let next = (a..n).find(|&k| self.words[k].span.start >= s.mention.end);
                let ends = next.is_some_and(|k| {
                    REPORTS[..2].contains(&self.words[k].lower.as_str())
                        && (k + 1 == n || self.gap(k).contains(['.', ',']))
                });
                if ends {
                    return Some(s);
                }
            }
        }
        None
    }

    /// A cue after a chain of appositives that opens after word `i` (`Harry Bond, 30, of
    /// Raleigh, who was polled, said`, `Jane Roe, the director of advertising, said`): the
    /// first reporting verb right after a comma within 25 words, with no clause break between.
    pub(super) fn cue_after_appositives(&self, i: usize) -> Option<usize> {
        if !self.comma_gap(i) || self.clause_gap(i) {
            return None;
        }
        let end = self.words.len().min(i + 26);
        for k in i + 1..end {
            let w = &self.words[k];
            if w.quoted {
                return None;
            }
            let cue = cues::cue(&w.lower).filter(|c| !c.participle);
            if cue.is_some() && self.comma_gap(k - 1) && w.span.of(self.text) == w.lower {
                return (!self.passive(k)).then_some(k);
            }
            if self.clause_gap(k) {
                return None;
            }
        }
        None
    }

    /// The owner, the owner word and the speech noun of [`Self::speech_owner`].
    pub(super) fn owner_of_speech(&self, lb: usize) -> Option<(Subject, usize, usize)> {
        let lo = lb.saturating_sub(14);
        let mut that_seen = false;
        for k in (lo.max(1)..=lb).rev() {
            if self.words[k].quoted || self.gap(k).contains(['.', ';', ',', ':']) && k < lb {
                return None;
            }
            if self.words[k].lower == "that" {
                that_seen = true;
            }
            if !SPEECH_NOUNS.contains(&self.words[k].lower.as_str()) {
                continue;
            }
            if lb - k > 4 && !that_seen {
                return None;
            }
            let o = self.owner_before(k)?;
            return Some((self.owner_subject(o), o, k));
        }
        None
    }

    /// The possessive pronoun owning the noun at word `k`: right before it, or before one or
    /// two modifiers (`her March comment`, `his repeated mispronunciations`). (Not a
    /// name's `’s`: `X said Y’s claim that … is “…”` is mostly X's words on the train split.)
    pub(super) fn owner_before(&self, k: usize) -> Option<usize> {
        let owns = |o: usize| matches!(self.words[o].lower.as_str(), "his" | "her" | "their");
        let mut o = k.checked_sub(1)?;
        for _ in 0..2 {
            let w = &self.words[o];
            if w.quoted || !self.gap(o).trim().is_empty() {
                return None;
            }
            let modifier = !owns(o)
                && o > 0
                && !w.possessive
                && !FUNCTION.contains(&w.lower.as_str())
                && !DETERMINERS.contains(&w.lower.as_str())
                && !cues::is_cue(&w.lower)
                && self.entity_at(o).is_none();
            if !modifier {
                break;
            }
            o -= 1;
        }
        (!self.words[o].quoted && self.gap(o).trim().is_empty() && owns(o)).then_some(o)
    }

    /// The speaker the possessive pronoun at word `o` names: the person the sentence named
    /// before it, if the gender fits (`Trump stood by his comment that “…”`); else the
    /// pronoun, resolved later.
    pub(super) fn owner_subject(&self, o: usize) -> Subject {
        let owner = &self.words[o];
        let who = match owner.lower.as_str() {
            "his" => Who::Pronoun(Some(Gender::Male), false),
            "her" => Who::Pronoun(Some(Gender::Female), false),
            _ => Who::Pronoun(None, true),
        };
        let named = (0..o).rev().find_map(|j| {
            let (e, _) = self.entity_at(j)?;
            let ent = &self.ents.list[e];
            let fits = match who {
                Who::Pronoun(Some(g), false) => ent.gender.is_none_or(|x| x == g),
                _ => false,
            };
            (ent.kind == EntityKind::Person && fits).then_some(e)
        });
        Subject {
            who: named.map_or(who, Who::Named),
            mention: owner.span,
        }
    }

    /// The owner of words the reporter names just before a quote that ends at word `lb`:
    /// `his promise to be “…”`, `her remark that “…”`, `their call for “…”`. A modifier or
    /// two may stand between owner and noun (`her March comment that`, `his repeated
    /// mispronunciations of`), and a `that` clause may lead from the noun to the quote (`her
    /// assertion during the debate that “…”`, `his warning that the country would go to the
    /// “…”`).
    pub(super) fn speech_owner(&self, lb: usize) -> Option<Subject> {
        self.owner_of_speech(lb).map(|(s, ..)| s)
    }

    /// [`Self::speech_owner`] with the index of the owner word, when the noun's complement
    /// leads to the quote (`her claim that “…”`, `his mispronunciation of “…”`; not `called
    /// her remarks “…”`, where the quote says what the remarks are).
    pub(super) fn speech_owner_at(&self, lb: usize) -> Option<(Subject, usize)> {
        let (s, o, k) = self.owner_of_speech(lb)?;
        let complement = k < lb
            && matches!(
                self.words[k + 1].lower.as_str(),
                "that" | "of" | "to" | "for" | "about" | "during" | "before" | "in" | "on" | "at"
            );
        complement.then_some((s, o))
    }

    /// The owner of words quoted between a possessive and a speech noun (`his “…” promise`,
    /// `Roe’s “…” remark`): the word before the quote is the owner (word `lb`), the word
    /// after it (word `fa`) the noun.
    pub(super) fn owner_around(&self, lb: usize, fa: usize) -> Option<Subject> {
        let (o, n) = (self.words.get(lb)?, self.words.get(fa)?);
        if o.quoted || n.quoted || !SPEECH_NOUNS.contains(&n.lower.as_str()) {
            return None;
        }
        if !self
            .gap(fa - 1)
            .trim()
            .trim_start_matches(['”', '"', '’', '»'])
            .is_empty()
        {
            return None;
        }
        if matches!(o.lower.as_str(), "his" | "her" | "their") {
            return Some(self.owner_subject(lb));
        }
        let named = o.possessive || self.gap(lb).trim_start().starts_with(['’', '\'']);
        named
            .then(|| self.entity_at(lb))
            .flatten()
            .filter(|(e, _)| self.ents.list[*e].kind != EntityKind::Place)
            .map(|(e, span)| Subject {
                who: Who::Named(e),
                mention: span,
            })
    }
}
