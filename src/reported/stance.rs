//! Stances taken on an object: `Roe endorsed the ferry levy`, `Roe called for an inquiry`,
//! `Roe urged the council to close the bridge` — what PolNeAR annotates as an attribution
//! whose content is the object (the position taken), not a clause.
//!
//! Takes a sentence's [`Frame`]; gives [`Candidate`]s of [`Rule::StanceObject`]: the object
//! from the verb (or its particle, or the `to` after an addressee) to the end of its phrase
//! (a comma, a dash, a semicolon, a time or a reporter's clause), with the subject before
//! the verb. Only a finite verb with a subject of its own counts (not `backing the plan`,
//! nor `was endorsed by`), and verbs of judgment stay with [`super::rules::judgment`].

use super::edges::breaks;
use super::rules::{Candidate, Rule};
use super::words::{closes_statement, is_modal_or_do, is_when};
use crate::quotes::frame::{Frame, Who};
use crate::text::Span;

/// Verbs whose object is a stance taken (stems; see [`stance_at`] for the forms).
const STANCES: &[&str] = &[
    "endorse",
    "defend",
    "urge",
    "praise",
    "propose",
    "oppose",
    "reject",
    "accuse",
    "applaud",
    "demand",
    "blame",
    "promise",
    "pledge",
    "vow",
    "criticize",
    "criticise",
    "welcome",
    "cite",
    "slam",
    "blast",
    "tout",
    // Support and attack, mention and discussion, as PolNeAR annotates them (`Roe supports
    // the levy`, `Roe attacked the mayor`, `Roe mentioned the bridge`).
    "support",
    "attack",
    "mention",
    "discuss",
    // Wishes, requests and refusals, their object or infinitive the content (`Roe wants a
    // second ferry`, `Roe asked the board to resign`).
    "want",
    "seek",
    "sought",
    "ask",
];

/// Verbs that take their object after a particle (`called for an inquiry`).
/// (`talked about the bridge`, `railed against the levy`, `pointed to the delays`, `referred
/// to the crash`, `spoke about the budget`.)
const WITH_PARTICLE: &[(&str, &str)] = &[
    ("call", "for"),
    ("argue", "for"),
    ("push", "for"),
    ("advocate", "for"),
    ("talk", "about"),
    ("rail", "against"),
    ("warn", "against"),
    ("argue", "against"),
    ("point", "to"),
    ("refer", "to"),
    ("referr", "to"),
    ("spoke", "about"),
    ("spoken", "about"),
    ("ask", "about"),
    ("ask", "for"),
];

/// Whether `w` is a finite form of `stem` (`endorse` → `endorsed`, `endorses`; `promise` →
/// `promised`; `call` → `called`, `calls`). Participles in `-ing` are left out: their
/// subject is the clause's, not the word before them.
fn finite_of(w: &str, stem: &str) -> bool {
    // The first bytes first: most stems tried open otherwise, and the list of irregular
    // forms is only read for the stem itself (each word was compared with all three for
    // every stem: `make bench-callgrind`).
    w.as_bytes().first() == stem.as_bytes().first()
        && (w
            .strip_prefix(stem)
            .is_some_and(|rest| matches!(rest, "s" | "d" | "ed" | "es" | "led"))
            || w == stem && IRREGULAR.contains(&w))
}

/// Verbs whose content is the infinitive that follows them, `to` kept (`Roe hopes to reopen
/// the pier`, `Roe declined to comment`): only with `to` (not `Roe hopes so`, nor `shares
/// declined 2 per cent`).
const WITH_INFINITIVE: &[&str] = &[
    "hope", "plan", "plann", "intend", "threaten", "vow", "pledge", "promise", "decline", "refuse",
];

/// Verb forms that are their own stem in [`WITH_PARTICLE`] (`spoke about`).
const IRREGULAR: &[&str] = &["spoke", "spoken", "sought"];

/// Whether `w` opens like a stem of [`STANCES`], [`WITH_PARTICLE`] or [`WITH_INFINITIVE`]
/// (the same first three bytes): every form [`stance_at`] and [`participle_at`] take does
/// (each stem has at least three letters, and an `-ing` form drops at most a final `e` of a
/// longer stem), so a word that does not is none, asked with one lookup instead of a scan of
/// the three lists (the scans were two thirds of the reported-speech rules, `make
/// bench-callgrind`). Invented: `endorsed`, `urging`, `vow` may be; `said`, `the` are not.
fn may_be_stance(w: &str) -> bool {
    // (A set of `&str`, the type of every word set: no second hash-set code in the module.)
    static OPENINGS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let openings = OPENINGS.get_or_init(|| {
        let particle = WITH_PARTICLE.iter().map(|(s, _)| s);
        STANCES
            .iter()
            .chain(particle)
            .chain(WITH_INFINITIVE)
            .map(|s| &s[..3])
            .collect()
    });
    // (A word that opens like an ASCII stem has a char boundary after three bytes.)
    w.get(..3).is_some_and(|b| openings.contains(b))
}

/// Whether the bare verb at word `c` follows a modal or `do` (`Roe would support the levy`,
/// `Roe did not mention the bridge`): a finite verb phrase, unlike `to support`.
fn after_modal(f: &Frame, c: usize) -> bool {
    (1..=2).any(|d| {
        c >= d
            && is_modal_or_do(&f.words[c - d].lower)
            && (c - d + 1..c).all(|k| matches!(f.words[k].lower.as_str(), "also" | "still" | "not"))
    })
}

/// The stance verb at word `c`: its stem and the first word of its object, if word `c` is one.
fn stance_at(f: &Frame, c: usize) -> Option<(&'static str, usize)> {
    let w = f.words[c].lower.as_str();
    let bare = |s: &str| w == s && after_modal(f, c);
    // The particle first: `asked about the levy` takes `the levy`, `asked the board …` all.
    let next = f.words.get(c + 1)?;
    let particle = WITH_PARTICLE.iter().find(|(s, p)| {
        (finite_of(w, s) || bare(s))
            && next.lower == *p
            && !next.quoted
            && f.gap(c).trim().is_empty()
    });
    if let Some((s, _)) = particle {
        return Some((s, c + 2));
    }
    if next.lower == "to" && !next.quoted {
        if let Some(s) = WITH_INFINITIVE.iter().find(|s| finite_of(w, s) || bare(s)) {
            return Some((s, c + 1));
        }
    }
    STANCES
        .iter()
        .find(|s| finite_of(w, s) || bare(s))
        .map(|s| (*s, c + 1))
}

/// The stance verb at word `c` as a participle after a comma (`…, vowing to reopen the
/// pier`, `…, urging voters to stay home`): its stem and the object's first word. Its holder
/// is the sentence's subject.
fn participle_at(f: &Frame, c: usize) -> Option<(&'static str, usize)> {
    let w = f.words[c].lower.as_str();
    let stem = w.strip_suffix("ing").filter(|s| s.len() >= 3)?;
    if f.gap(c - 1).trim() != "," {
        return None;
    }
    let is = |s: &str| s == stem || s.strip_suffix('e') == Some(stem);
    let next = f.words.get(c + 1).filter(|n| !n.quoted)?;
    if let Some((s, _)) = WITH_PARTICLE
        .iter()
        .find(|(s, p)| is(s) && next.lower == *p && f.gap(c).trim().is_empty())
    {
        return Some((s, c + 2));
    }
    if next.lower == "to" {
        if let Some(s) = WITH_INFINITIVE.iter().find(|s| is(s)) {
            return Some((s, c + 1));
        }
    }
    STANCES.iter().find(|s| is(s)).map(|s| (*s, c + 1))
}

/// Whether the gap after word `k` ends the object: a comma (not inside a number, `54,000`),
/// a semicolon, colon, parenthesis, stop or dash (a spaced hyphen too). Quotation marks do
/// not: quoted words may be part of the stance (`promised to “end” the levy`).
fn object_breaks(f: &Frame, k: usize) -> bool {
    let g = f.gap(k);
    let digits = |i: usize| f.words[i].lower.chars().all(|c| c.is_ascii_digit());
    if g == "," && digits(k) && digits(k + 1) {
        return false;
    }
    g.contains([',', ';', ':', '(', ')', '—', '–', '.', '?', '!']) || g.contains(" - ")
}

/// Where the object from word `from` ends (its last word): before a break
/// ([`object_breaks`]), a time (`endorsed Roe last week`), a subordinate clause (`when …`,
/// `while …`), a second verb (`and said …`) or a place after a name (`endorsed Roe at a rally`).
fn object_end(f: &Frame, from: usize) -> usize {
    let n = f.words.len();
    let mut k = from;
    while k + 1 < n {
        if object_breaks(f, k) {
            break;
        }
        let next = &f.words[k + 1];
        let w = next.lower.as_str();
        let joins_verb = matches!(w, "and" | "but")
            && f.words.get(k + 2).is_some_and(|v| {
                let v = v.lower.as_str();
                super::edges::is_aux(v) || v.ends_with("ed") || f.cue(k + 2).is_some()
            });
        if !next.quoted
            && (is_when(w)
                || closes_statement(w)
                || joins_verb
                || name_then_place(f, from, k + 1)
                || matches!(w, "during" | "when" | "because" | "since" | "despite"))
        {
            break;
        }
        k += 1;
    }
    // A preposition whose object was cut off (`endorsed Roe here on Sunday`) is not kept.
    while k > from
        && matches!(
            f.words[k].lower.as_str(),
            "on" | "in" | "at" | "here" | "there"
        )
    {
        k -= 1;
    }
    k
}

/// Whether only auxiliaries, negations and adverbs stand between the subject's last word
/// (before word `c`) and the verb at `c` (`Roe has repeatedly pledged`; not `Roe repeated
/// the campaign pledges`, where `pledges` is a noun).
fn verb_of(f: &Frame, mention: Span, c: usize) -> bool {
    let Some(e) = f.words.iter().rposition(|w| w.span.end <= mention.end) else {
        return false;
    };
    e < c
        && c - e <= 4
        && (e + 1..c).all(|k| {
            let w = f.words[k].lower.as_str();
            super::edges::is_aux(w)
                || matches!(
                    w,
                    "also" | "not" | "never" | "again" | "once" | "then" | "who"
                )
                || w.ends_with("ly")
        })
}

/// Whether an appositive between commas stands between the subject and the verb at `c`
/// (`Ada Roe, the mayor since 2019, endorsed`): a comma right after the name, at most twelve
/// words, no stop and no other comma.
fn appositive_between(f: &Frame, mention: Span, c: usize) -> bool {
    let Some(e) = f.words.iter().rposition(|w| w.span.end <= mention.end) else {
        return false;
    };
    e + 1 < c
        && c - e <= 12
        && f.gap(e).trim() == ","
        && (e + 1..c - 1).all(|k| !breaks(f.gap(k)) && !f.words[k].quoted)
}

/// Whether word `k` is a preposition of place or time after an object of capitalised words
/// only, from word `from` (`endorsed Ada Roe at a rally`, `praised Roe after the meeting`).
fn name_then_place(f: &Frame, from: usize, k: usize) -> bool {
    matches!(
        f.words[k].lower.as_str(),
        "at" | "in" | "on" | "after" | "before" | "over"
    ) && (from..k).all(|j| {
        f.words[j]
            .span
            .of(f.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            || matches!(f.words[j].lower.as_str(), "him" | "her" | "them")
    })
}

/// Words that open no object: a preposition (`rejected on Monday`, `favored by voters`).
fn opens_no_object(w: &str) -> bool {
    matches!(
        w,
        "on" | "in" | "at" | "by" | "from" | "with" | "of" | "after" | "before" | "over" | "as"
    )
}

/// `Roe endorsed the ferry levy.` / `Roe called for an inquiry into the crash.` / `Roe urged
/// the council to close the bridge.` (content: `to close the bridge`).
pub fn stance_object(f: &Frame, out: &mut Vec<Candidate>) {
    let n = f.words.len();
    for c in 1..n.saturating_sub(1) {
        if f.words[c].quoted || !may_be_stance(&f.words[c].lower) || f.passive(c) {
            continue;
        }
        let (found, participle) = match stance_at(f, c) {
            Some(x) => (x, false),
            None => match participle_at(f, c) {
                Some(x) => (x, true),
                None => continue,
            },
        };
        let mut from = found.1;
        // (A headline's capitalised verb is no sentence's: `Council Rejects Levy`.)
        let caps = f.words[c]
            .span
            .of(f.text)
            .chars()
            .all(|ch| !ch.is_lowercase());
        if from >= n || breaks(f.gap(from - 1)) || caps {
            continue;
        }
        // `promised Monday to …`: the time is not the stance.
        while from + 1 < n && is_when(&f.words[from].lower) && !object_breaks(f, from) {
            from += 1;
        }
        if opens_no_object(&f.words[from].lower) {
            continue;
        }
        // After a comma only a named subject and its appositive stand before the verb (`Roe,
        // the mayor, endorsed …`); otherwise the verb is the clause's (`…, Roe said, and
        // urged …` is the cue rules' case).
        let apposed = f.gap(c - 1).contains(',');
        let holder = if participle {
            f.sentence_subject(c)
                .filter(|s| matches!(s.who, Who::Named(_) | Who::Pronoun(..)))
        } else {
            f.subject_before(c)
        };
        let Some(subject) = holder.filter(|s| {
            participle
                || s.who != Who::Nobody
                    && if apposed {
                        matches!(s.who, Who::Named(_)) && appositive_between(f, s.mention, c)
                    } else {
                        verb_of(f, s.mention, c)
                    }
        }) else {
            continue;
        };
        // `an American who pledged …`: a restrictive relative names no holder of its own.
        let start = f
            .words
            .iter()
            .position(|w| w.span.start >= subject.mention.start);
        let restrictive = start.is_some_and(|k| {
            matches!(f.words[k].lower.as_str(), "who" | "that")
                && k > 0
                && !f.gap(k - 1).contains(',')
        });
        if restrictive {
            continue;
        }
        let last = object_end(f, from);
        let cue = Span::new(f.words[c].span.start, f.words[from - 1].span.end);
        // (`urged action`: one word is a stance; `backed it` is not.)
        let first = f.words[from].lower.as_str();
        if last == from && matches!(first, "it" | "this" | "that" | "them" | "so") {
            continue;
        }
        // A closing quotation mark right after the last word belongs to the object.
        let mut stop = f.words[last].span.end;
        if f.words[last].quoted {
            let tail = &f.text[stop..];
            if let Some(q) = tail
                .chars()
                .next()
                .filter(|ch| matches!(ch, '”' | '"' | '’'))
            {
                stop += q.len_utf8();
            }
        }
        out.push(Candidate {
            content: Span::new(f.words[from].span.start, stop),
            subject: Some(subject),
            cue,
            rule: Rule::StanceObject,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stance_form_passes_the_opening_filter() {
        let stems = STANCES.iter().chain(WITH_INFINITIVE).chain(IRREGULAR);
        let stems = stems.chain(WITH_PARTICLE.iter().map(|(s, _)| s));
        for s in stems {
            let e_dropped = s.strip_suffix('e').map(|b| format!("{b}ing"));
            for tail in ["", "s", "d", "ed", "es", "led", "ing"] {
                assert!(may_be_stance(&format!("{s}{tail}")), "{s}{tail}");
            }
            assert!(e_dropped.is_none_or(|w| may_be_stance(&w)), "{s}");
        }
        for w in ["said", "the", "to", "a", "", "é", "council"] {
            assert!(!may_be_stance(w), "{w}");
        }
    }
}
