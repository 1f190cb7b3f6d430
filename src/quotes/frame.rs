//! The reporter's words around a quote, and the subjects in them.
//!
//! Takes a span of the text (a quote's sentence or sentences), the paragraph's quotes and the
//! entities; gives a [`Frame`]: its words, each marked as quoted or not, and the noun phrase
//! that is the subject of a cue (before it: `Peskov told`, `Flynn, a top Trump surrogate,
//! said`; after it: `said Peskov`, `according to the Kremlin`) or of the whole sentence
//! (`Germany called it a “delaying tactic”`).

use super::words::{
    contraction_base, is_between, is_negation, is_time_word, DETERMINERS, FUNCTION, LEADERS,
    PEOPLE_DETERMINERS, PEOPLE_NOUNS, PREPOSITIONS, PRONOUNS, SENTENCE_ADVERBS,
};
use crate::entities::lexicon::ROLE_NOUNS;
use crate::entities::tokens::{is_cap, tokens};
use crate::entities::{Entities, EntityKind, Gender};
use crate::text::Span;

/// A word of a frame.
#[derive(Debug, Clone)]
pub struct Word {
    /// Where it stands.
    pub span: Span,
    /// Lower-cased text.
    pub lower: String,
    /// A possessive `’s` followed.
    pub possessive: bool,
    /// Inside a quotation.
    pub quoted: bool,
}

/// Who a subject noun phrase is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Who {
    /// A named entity.
    Named(usize),
    /// A pronoun: its gender and number.
    Pronoun(Option<Gender>, bool),
    /// A description (`the Russian leader`); resolved later.
    Nominal,
    /// Nobody the text names: a passive cue with no agent (`he was asked, “…”`).
    Nobody,
}

/// A subject: who, and the words naming them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Subject {
    /// Who it is.
    pub who: Who,
    /// The naming words.
    pub mention: Span,
}

/// The words of a quote's sentence(s).
pub struct Frame<'a> {
    /// The article text.
    pub text: &'a str,
    /// Words, in order.
    pub words: Vec<Word>,
    pub(super) ents: &'a Entities,
}

impl<'a> Frame<'a> {
    /// Reads the words of `span`, marking those inside any of `quotes` (outer spans).
    pub fn new(text: &'a str, span: Span, quotes: &[Span], ents: &'a Entities) -> Self {
        // Quotes in text order without overlaps (as `marks::scan` gives them) are searched
        // by bisection; any others one by one.
        let ordered = quotes.windows(2).all(|w| w[0].end <= w[1].start);
        let inside = |q: &Span, t: Span| q.start <= t.start && t.end <= q.end;
        let quoted = |t: Span| {
            if ordered {
                let k = quotes.partition_point(|q| q.start <= t.start);
                k > 0 && inside(&quotes[k - 1], t)
            } else {
                quotes.iter().any(|q| inside(q, t))
            }
        };
        let words = tokens(text, span)
            .into_iter()
            .map(|t| Word {
                span: t.span,
                lower: contraction_base(t.span.of(text)).to_lowercase(),
                possessive: t.possessive,
                quoted: quoted(t.span),
            })
            .collect();
        Frame { text, words, ents }
    }

    /// Index of the first word starting at or after byte `at`.
    pub(super) fn first_word_from(&self, at: usize) -> Option<usize> {
        self.words.iter().position(|w| w.span.start >= at)
    }

    /// The text between word `i` and word `i + 1`.
    pub fn gap(&self, i: usize) -> &'a str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.span.end..b.span.start).unwrap_or(""),
            _ => "",
        }
    }

    pub(super) fn entity_at(&self, i: usize) -> Option<(usize, Span)> {
        let w = self.words[i].span;
        let ms = &self.ents.mentions;
        let k = ms.partition_point(|m| m.span.end <= w.start);
        ms.get(k)
            .filter(|m| m.span.start <= w.start && w.end <= m.span.end)
            .map(|m| (m.entity, m.span))
    }

    /// The noun phrase that a place or organisation at `span` hangs on through `of`, `from`,
    /// `for` or `at` (and maybe `the`), when that phrase is a name or a description ending
    /// right before the preposition: its head.
    fn head_before_preposition(&self, span: Span) -> Option<Subject> {
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

    /// A capitalised common word that is the surname of a person the text named in full
    /// (`Will wrote.` after `George Will`, `King says` after `Billie Jean King`): the names
    /// spotter leaves such words alone.
    fn surname(&self, i: usize) -> Option<Subject> {
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
                    || super::clause::VERB_FORMS.contains(&n.lower.as_str()))
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
            if j == 0 {
                return None;
            }
            // (An abbreviation's period closing a parenthesis is no stop: `Roe (R-Wis.)
            // Tuesday said`.)
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
                || super::clause::DOCUMENTS.contains(&singular)
                || super::clause::CARRIERS.contains(&singular);
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

    /// A group of poll respondents ending at word `j`, right before a cue: a proportion
    /// (`About four in 10 said`) or `those` and a participle (`those surveyed said`).
    fn respondents(&self, j: usize) -> Option<Subject> {
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
                    .map_or(true, |n| n > 0 && !self.gap(n - 1).trim().is_empty());
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

impl Frame<'_> {
    /// The first word after a dateline opening the sentence (`WASHINGTON (AP) —`,
    /// `DECATUR, Ill. —`, `Paris, July 25 (UPI) –`): capitalised words, numbers and
    /// parentheses up to a dash within eight words; 0 when there is none.
    fn dateline_end(&self) -> usize {
        for k in 0..self.words.len().min(8) {
            let w = &self.words[k];
            let t = w.span.of(self.text);
            if w.quoted || !(is_cap(t) || t.chars().all(|c| c.is_ascii_digit())) {
                return 0;
            }
            let g = self.gap(k);
            if g.contains(['—', '–']) || g.contains(" - ") {
                return k + 1;
            }
            if g.contains(['.', ';', ':', '“', '"']) {
                return 0;
            }
        }
        0
    }

    /// Whether the words from `i` up to the first comma (before `limit`, within six words)
    /// say when: they open with a time word (`Hours later,`, `Shortly after the call
    /// ended,`) or are a short phrase ending in one (`A month later,`).
    fn time_lead(&self, i: usize, limit: usize) -> bool {
        let end = limit.min(i + 6);
        let Some(comma) = (i..end).find(|&k| self.gap(k).contains(',')) else {
            return false;
        };
        let time = |k: usize| is_time_word(&self.words[k].lower);
        time(i) || comma - i <= 3 && time(comma)
    }
}

/// A personal pronoun as a subject (`she`, `they`…), with its gender and number.
fn pronoun_subject(w: &Word) -> Option<Subject> {
    PRONOUNS
        .iter()
        .find(|p| p.0 == w.lower)
        .map(|&(_, g, pl)| Subject {
            who: Who::Pronoun(g, pl),
            mention: w.span,
        })
}
