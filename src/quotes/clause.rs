//! Clause shapes around a cue that change who its subject is: adverbs and verbs that are no
//! subject, the passive (`he was asked, “…”`: someone else spoke; `was asked by X`: X did;
//! `X is reported to have called`: X did), relative clauses (`Beck, who has described Trump
//! as “…”`, `bottles that said`), clauses of their own between a cue and the quote (`…,
//! although she made clear she has “…”`), descriptions before a name (`said former Sen.
//! Evan Bayh`) and a source the reporter names before or after the attribution (`“…,”
//! Sanders said, according to CNN`, `In a CNN poll, 31% said …`).
//!
//! Takes a [`Frame`] and word indices; gives subjects or yes/no answers.

use super::cues;
use super::frame::{Frame, Subject, Who};
use super::words::{is_between, DETERMINERS, FUNCTION, PEOPLE_DETERMINERS, PRONOUNS};
use crate::entities::lexicon::{is_title, ROLE_NOUNS};
use crate::entities::tokens::is_cap;
use crate::entities::{EntityKind, Gender};
use crate::text::Span;

/// Lower-case words in `-ly` that are nouns, not adverbs.
const LY_NOUNS: &[&str] = &[
    "ally", "anomaly", "assembly", "belly", "bully", "family", "folly", "jelly", "monopoly",
    "rally", "reply", "supply", "italy", "july",
];

/// Verb forms that end a noun phrase walking left (`the crowd came`, `supporters were shown`).
pub(super) const VERB_FORMS: &[&str] = &[
    "came", "shown", "heard", "seen", "made", "went", "took", "gave", "got", "began", "become",
    "known", "seemed", "appeared",
];

/// Forms of `be` (and `get`) that make a following participle passive.
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting",
];

/// Nouns for what someone said (`his promise to be “…”`).
const SPEECH_NOUNS: &[&str] = &[
    "call",
    "promise",
    "claim",
    "remark",
    "remarks",
    "comment",
    "comments",
    "assertion",
    "pledge",
    "vow",
    "warning",
    "description",
    "words",
    "slogan",
    "insistence",
    "suggestion",
    "argument",
    "contention",
    "admission",
    "boast",
    "accusation",
    "characterization",
    "declaration",
    "threat",
    "plea",
    "demand",
    "mantra",
    "refrain",
    "catchphrase",
    "rhetoric",
    "calls",
    "promises",
    "claims",
    "pledges",
    "vows",
    "warnings",
    "threats",
    "demands",
    "accusations",
    "assertions",
    "statement",
    "statements",
    "assessment",
    "view",
];

/// Documents a speaker issues (`a statement saying …`).
pub(super) const DOCUMENTS: &[&str] = &[
    "statement",
    "release",
    "letter",
    "memo",
    "email",
    "e-mail",
    "tweet",
    "message",
    "post",
    "note",
];

/// Things that carry words themselves (`a sign reading …`, `an editorial telling …`),
/// singular.
pub(super) const CARRIERS: &[&str] = &[
    "sign",
    "banner",
    "placard",
    "poster",
    "billboard",
    "hat",
    "shirt",
    "t-shirt",
    "editorial",
    "headline",
    "caption",
];

/// Passive cues that leave their subject the speaker of the verb after them (`is said to
/// have`, `is quoted as saying`, `was heard telling`).
const RAISING: &[&str] = &[
    "said",
    "reported",
    "quoted",
    "alleged",
    "rumored",
    "believed",
    "known",
    "heard",
    "overheard",
    "recorded",
    "seen",
    "understood",
    "thought",
];

/// Documents that report what many people say (`In a CNN poll, 31% said …`).
const FINDINGS: &[&str] = &["poll", "survey", "study", "report", "analysis"];

/// Relative pronouns that can be the subject of a cue.
const RELATIVES: &[&str] = &["who", "which", "that"];

/// Words that name a report rather than the speaker (`, reports USA Today`).
const REPORTS: &[&str] = &["reports", "reported", "reporting"];

impl Frame<'_> {
    /// Whether word `i` is a lower-case adverb in `-ly`.
    pub(super) fn adverb(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.lower.len() > 4
            && w.lower.ends_with("ly")
            && !LY_NOUNS.contains(&w.lower.as_str())
            && !is_cap(w.span.of(self.text))
            && !w.quoted
    }

    /// Whether word `i` is a verb form or a number: no noun phrase ends there.
    pub(super) fn verb_like(&self, i: usize) -> bool {
        let w = &self.words[i];
        if is_cap(w.span.of(self.text)) {
            return false;
        }
        (w.lower.len() > 4 && (w.lower.ends_with("ing") || w.lower.ends_with("ed")))
            || VERB_FORMS.contains(&w.lower.as_str())
            || w.lower.chars().all(|c| c.is_ascii_digit())
            || self.adverb(i)
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

    /// The last word of an appositive that opens after word `i` (`Jane Roe, a campaign
    /// aide,` → `aide`): the word before the next comma, within 15 words of the sentence.
    pub(super) fn appositive_end(&self, i: usize) -> Option<usize> {
        (i + 1..self.words.len().min(i + 16))
            .take_while(|&k| !self.words[k].quoted && !self.gap(k - 1).contains(['.', ';']))
            .find(|&k| self.gap(k).contains(','))
            .filter(|&k| !self.gap(k).contains(['.', ';']))
    }

    /// Whether the gap after word `k` ends a clause: a stop, semicolon, colon or quote mark
    /// (an abbreviation's period before a comma, `R-Ky.,`, does not).
    pub(super) fn clause_gap(&self, k: usize) -> bool {
        let g = self.gap(k);
        g.contains([';', ':', '“', '”', '"', '(', ')'])
            || g.contains('.') && !g.trim_start().starts_with(".,")
    }

    /// Whether the gap after word `k` opens or closes an appositive: a comma or a dash.
    pub(super) fn comma_gap(&self, k: usize) -> bool {
        let g = self.gap(k);
        g.contains([',', '—', '–'])
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

    /// Whether a document its author issued stands right before word `c` (`a statement
    /// saying`, `a press release Wednesday calling`): the participle is the author's.
    pub(super) fn document_before(&self, c: usize) -> bool {
        let mut k = c;
        for _ in 0..2 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            k = p;
            let w = &self.words[k];
            if w.quoted || !self.gap(k).trim().is_empty() {
                return false;
            }
            if DOCUMENTS.contains(&w.lower.as_str()) {
                return true;
            }
            if !is_between(&w.lower) {
                return false;
            }
        }
        false
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

    /// The owner, the owner word and the speech noun of [`Self::speech_owner`].
    fn owner_of_speech(&self, lb: usize) -> Option<(Subject, usize, usize)> {
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
    fn owner_before(&self, k: usize) -> Option<usize> {
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
    fn owner_subject(&self, o: usize) -> Subject {
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
                Who::Pronoun(Some(g), false) => ent.gender.map_or(true, |x| x == g),
                _ => false,
            };
            (ent.kind == EntityKind::Person && fits).then_some(e)
        });
        Subject {
            who: named.map_or(who, Who::Named),
            mention: owner.span,
        }
    }

    /// Whether the mention `m` stands apart from the words after it: punctuation or a quote
    /// follows it, or nothing does (`said Roe, “…”`, `said Roe “…”`; not `said the plan is`).
    pub(super) fn stands_apart(&self, m: Span) -> bool {
        let Some(k) = self.words.iter().rposition(|w| w.span.end <= m.end) else {
            return true;
        };
        k + 1 >= self.words.len()
            || self.words[k + 1].quoted
            || self.gap(k).contains([',', ':', ';', '.', '(', '—', '–'])
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
                || matches!(
                    self.words[k - 1].lower.as_str(),
                    "but" | "although" | "though" | "while" | "yet" | "because"
                ) && boundary(self.gap(k - 2));
            // (Quoted words of the cue's own clause may stand between: `X said they are
            // “non-entities,” but he gave them a compliment: “…”`.)
            let blocked = (c..k)
                .any(|j| !self.words[j].quoted && !self.words[j + 1].quoted && self.clause_gap(j));
            (opens && !blocked).then(|| self.np_ending_at(k)).flatten()
        })
    }

    /// Whether the mention `m` opens a conditional clause: `if`, `whether` or `unless`
    /// stands right before it (not `while`, `though`, `because`, whose clauses report on
    /// their own: `though he said, “…”`).
    pub(super) fn subordinate(&self, m: Span) -> bool {
        self.first_word_from(m.start)
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| {
                !self.words[k].quoted
                    && self.gap(k).trim().is_empty()
                    && matches!(self.words[k].lower.as_str(), "if" | "whether" | "unless")
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

    /// Whether the cue at word `c` stands in a relative clause opened by `, which` that a
    /// comma closes before word `lb` (the quote's words are the outer clause's).
    pub(super) fn closed_relative(&self, c: usize, lb: usize) -> bool {
        let opened = (1..c)
            .rev()
            .take(8)
            .take_while(|&k| !self.words[k].quoted && !self.clause_gap(k))
            .find(|&k| self.words[k].lower == "which")
            .is_some_and(|r| self.gap(r - 1).contains(','));
        opened
            && (c..lb).any(|k| {
                self.gap(k).contains(',') && !self.words[k].quoted && !self.words[k + 1].quoted
            })
    }

    /// Whether the cue at word `c` is passive (`was asked`, `is widely described`).
    pub fn passive(&self, c: usize) -> bool {
        if !cues::is_participle(&self.words[c].lower) {
            return false;
        }
        let mut k = c;
        while k > 0 && c - k < 4 {
            k -= 1;
            let w = &self.words[k];
            if !self.gap(k).trim().is_empty() || w.quoted {
                return false;
            }
            if BE.contains(&w.lower.as_str()) {
                return true;
            }
            if !(self.adverb(k) || matches!(w.lower.as_str(), "not" | "also" | "never" | "often")) {
                return false;
            }
        }
        false
    }

    /// Whether the passive cue at word `c` raises its subject into a speech of its own:
    /// `is reported to have called`, `is quoted as saying`, `was heard saying`, `is said to
    /// have told` (the subject speaks; not `was asked to`, where someone else spoke).
    pub(super) fn raises(&self, c: usize) -> bool {
        if !RAISING.contains(&self.words[c].lower.as_str()) {
            return false;
        }
        let next = |k: usize| {
            self.words
                .get(k)
                .filter(|w| !w.quoted && self.gap(k - 1).trim().is_empty())
                .map(|w| w.lower.as_str())
        };
        let cue = |k: usize| next(k).is_some_and(|w| cues::cue(w).is_some());
        match next(c + 1) {
            Some("to") => cue(c + 2) || next(c + 2) == Some("have") && cue(c + 3),
            Some("as") => cue(c + 2) || next(c + 2) == Some("having") && cue(c + 3),
            Some(_) => cues::cue(&self.words[c + 1].lower).is_some_and(|k| k.participle),
            None => false,
        }
    }

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

    /// Whether the mention `m` ends in a relative pronoun after a comma (`Beck, who`; not
    /// `a young woman who`, which only tells the outer clause's object apart).
    pub(super) fn ends_in_relative(&self, m: Span) -> bool {
        let r = self.words.iter().rposition(|w| w.span.end <= m.end);
        r.is_some_and(|r| {
            let w = &self.words[r];
            w.span.end == m.end
                && RELATIVES.contains(&w.lower.as_str())
                && r > 0
                && self.gap(r - 1).contains(',')
        })
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
}
