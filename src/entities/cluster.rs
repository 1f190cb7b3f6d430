//! Mention clustering: `Peskov` joins `Dmitry Peskov`, `Mr Witkoff` joins `Steve Witkoff`,
//! `the Times` joins `The New York Times`; each entity keeps its fullest name, a role, a kind
//! and gender evidence (honorifics, gendered titles, and `he`/`she` in sentences that name
//! only that person).
//!
//! Takes the [`Spotted`] mentions of a [`Doc`]; gives [`Entities`].

use super::names::Spotted;
use super::{Entities, Entity, EntityKind, Gender, Mention};
use crate::text::tokens::tokens;
use crate::text::{Doc, Span};
use rustc_hash::FxHashMap;

/// Name words left out when comparing names: suffixes and initials.
fn core_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .filter(|w| {
            let initial = w.len() <= 2 && w.ends_with('.');
            !(super::lexicon::is_suffix(w) || initial)
        })
        .collect()
}

/// The letters of a one-word acronym (`NATO`, `F.B.I.`), if the word is one.
fn acronym(core: &[&str]) -> Option<String> {
    let [w] = core else { return None };
    // (Checked before anything is allocated: most one-word names are no acronym.)
    if !w.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
        return None;
    }
    let letters: String = w.chars().filter(|&c| c != '.').collect();
    (2..=6).contains(&letters.len()).then_some(letters)
}

/// The initials of a name of two or more capitalised words, small words skipped
/// (`Federal Bureau of Investigation` → `FBI`).
fn initials(core: &[&str]) -> Option<String> {
    let caps: Vec<char> = core
        .iter()
        .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
        .collect();
    (caps.len() >= 2 && core.len() >= 2).then(|| caps.into_iter().collect())
}

/// The key a name is filed under for acronym matching: its letters if it is an acronym, its
/// initials if it is a name of several words.
fn acronym_key(core: &[&str]) -> Option<String> {
    acronym(core).or_else(|| initials(core))
}

/// Whether a new mention with core words `b` refers to an entity of kind `kind` whose name
/// has core words `a` (a shorter or longer form of its name, or an acronym of it: `ACLU` and
/// `American Civil Liberties Union`; never for people and places).
fn same(kind: EntityKind, a: &[&str], b: &[&str]) -> bool {
    let (Some(al), Some(bl)) = (a.last(), b.last()) else {
        return false;
    };
    if !matches!(kind, EntityKind::Person | EntityKind::Place) {
        let abbreviates = |x: &[&str], y: &[&str]| {
            acronym(x).is_some_and(|l| initials(y).is_some_and(|i| i == l))
        };
        if abbreviates(a, b) || abbreviates(b, a) {
            return true;
        }
    }
    match (a.len(), b.len()) {
        (_, 1) if kind != EntityKind::Place => {
            *al == b[0] || (kind == EntityKind::Person && a.len() == 2 && a[0] == b[0])
        }
        (1, _) => *bl == a[0] && kind != EntityKind::Place,
        _ => {
            al == bl && (a[0] == b[0] || a.ends_with(b) || b.ends_with(a))
                || kind == EntityKind::Organization && (a.ends_with(b) || b.ends_with(a))
        }
    }
}

/// Entities by the words a mention can match them on, so that a mention is compared with a
/// few candidates instead of every entity: the whole name, the last core word (every match
/// of [`same`] but an exact one shares it) and the first core word of two-word names (`Dmitry`
/// for `Dmitry Peskov`). Keys of a name an entity outgrew stay: candidates are still checked.
#[derive(Default)]
struct Index<'a> {
    by_key: FxHashMap<(u8, &'a str), Vec<usize>>,
    /// Entities by acronym letters or initials ([`acronym_key`]).
    by_acronym: FxHashMap<String, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn add(&mut self, name: &'a str, core: &[&'a str], e: usize) {
        let mut keys = vec![(0, name)];
        keys.extend(core.last().map(|w| (1, *w)));
        if core.len() == 2 {
            keys.push((2, core[0]));
        }
        for k in keys {
            let v = self.by_key.entry(k).or_default();
            if v.last() != Some(&e) {
                v.push(e);
            }
        }
        if let Some(k) = acronym_key(core) {
            let v = self.by_acronym.entry(k).or_default();
            if v.last() != Some(&e) {
                v.push(e);
            }
        }
    }

    /// The entities filed under one key.
    fn get(&self, tag: u8, word: &'a str) -> &[usize] {
        self.by_key.get(&(tag, word)).map_or(&[], Vec::as_slice)
    }

    /// Entities that may be the same as a mention `name` with core words `core`.
    fn candidates(&self, name: &'a str, core: &[&'a str]) -> impl Iterator<Item = usize> + '_ {
        let last = core.last().map_or(&[][..], |w| self.get(1, w));
        let first = match core {
            [w] => self.get(2, w),
            _ => &[],
        };
        let abbreviated = acronym_key(core)
            .and_then(|k| self.by_acronym.get(&k))
            .map_or(&[][..], Vec::as_slice);
        self.get(0, name)
            .iter()
            .chain(last)
            .chain(first)
            .chain(abbreviated)
            .copied()
    }
}

/// Clusters spotted mentions into entities.
pub fn cluster(doc: &Doc, spotted: Vec<Spotted>) -> Entities {
    let text = doc.text;
    let mut out = Entities::default();
    let mut last_seen: Vec<usize> = Vec::new();
    let mut votes: Vec<[i32; 2]> = Vec::new();
    // A person only because the name has two words (`Toronto Star` in a photo credit): the
    // same name given as an organisation or place later (`the Toronto Star`) joins it.
    let mut weak: Vec<bool> = Vec::new();
    // Each entity's current name (a slice of the text) and its core words, kept once.
    let mut names: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut index = Index::default();
    for (n, m) in spotted.into_iter().enumerate() {
        let name = m.span.of(text);
        let core = core_words(name);
        // The most recently mentioned entity this name can refer to.
        let found = index
            .candidates(name, &core)
            .filter(|&i| names[i].0 == name || same(out.list[i].kind, &names[i].1, &core))
            .filter(|&i| {
                matches!(m.kind, None | Some(EntityKind::Other))
                    || m.kind == Some(out.list[i].kind)
                    || out.list[i].kind == EntityKind::Other
                    || weak[i] && names[i].0 == name && m.kind != Some(EntityKind::Person)
            })
            .max_by_key(|&i| last_seen[i]);
        let idx = match found {
            Some(i) => i,
            None => {
                out.list.push(Entity {
                    name: name.to_string(),
                    kind: m.kind.unwrap_or(EntityKind::Other),
                    role: None,
                    gender: None,
                    mentions: 0,
                    quotes: 0,
                });
                last_seen.push(n);
                votes.push([0, 0]);
                weak.push(false);
                let i = out.list.len() - 1;
                index.add(name, &core, i);
                names.push((name, core.clone()));
                i
            }
        };
        last_seen[idx] = n;
        let e = &mut out.list[idx];
        if core.len() > names[idx].1.len() {
            e.name = name.to_string();
            index.add(name, &core, idx);
            names[idx] = (name, core);
        }
        if weak[idx] && m.kind.is_some_and(|k| k != EntityKind::Other) {
            e.kind = m.kind.unwrap_or(e.kind);
            weak[idx] = false;
        }
        if e.kind == EntityKind::Other {
            if let Some(k) = m.kind {
                e.kind = k;
            } else if name.contains(' ') {
                e.kind = EntityKind::Person;
                weak[idx] = true;
            }
        }
        if e.role.is_none() {
            e.role = m.role;
        }
        if let Some(g) = m.gender {
            weak[idx] = false;
            votes[idx][g as usize] += 5;
            if e.kind == EntityKind::Other {
                e.kind = EntityKind::Person;
            }
        }
        e.mentions += 1;
        out.mentions.push(Mention {
            span: m.span,
            entity: idx,
        });
    }
    pronoun_votes(doc, &out, &mut votes);
    places_by_preposition(doc, &mut out);
    for (e, v) in out.list.iter_mut().zip(&votes) {
        if e.kind == EntityKind::Person || e.kind == EntityKind::Other {
            e.gender = match v[0].cmp(&v[1]) {
                std::cmp::Ordering::Greater => Some(Gender::Female),
                std::cmp::Ordering::Less => Some(Gender::Male),
                std::cmp::Ordering::Equal => None,
            };
            if e.gender.is_some() && e.kind == EntityKind::Other && v[0].max(v[1]) >= 2 {
                e.kind = EntityKind::Person;
            }
        }
    }
    out
}

/// A one-word name of unknown kind that the text only ever puts after a preposition of place
/// (`in Columbus`, `near Khartoum`, `across Darfur`), never as an owner (`in Comey's letter`),
/// is a place.
fn places_by_preposition(doc: &Doc, ents: &mut Entities) {
    const OF_PLACE: &[&str] = &["in", "near", "outside", "across", "throughout", "around"];
    let mut seen = vec![(0usize, 0usize); ents.list.len()];
    for m in &ents.mentions {
        let before = doc.text[..m.span.start].trim_end_matches([' ', '\u{a0}']);
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let gap_ok = before.len() < m.span.start; // one space at least, no punctuation
        let after = &doc.text[m.span.end..];
        let owner = after.starts_with("’s") || after.starts_with("'s");
        let s = &mut seen[m.entity];
        s.1 += 1;
        if gap_ok && OF_PLACE.contains(&word) && !owner {
            s.0 += 1;
        }
    }
    for (e, (placed, all)) in ents.list.iter_mut().zip(seen) {
        if e.kind == EntityKind::Other && !e.name.contains(' ') && all > 0 && placed == all {
            e.kind = EntityKind::Place;
        }
    }
}

/// `he`/`she` after the only person a sentence names count as evidence of that person's gender.
fn pronoun_votes(doc: &Doc, ents: &Entities, votes: &mut [[i32; 2]]) {
    let mut mi = 0;
    for s in &doc.sentences {
        while mi < ents.mentions.len() && ents.mentions[mi].span.start < s.span.start {
            mi += 1;
        }
        let mut people: Vec<(usize, Span)> = Vec::new();
        let mut k = mi;
        while k < ents.mentions.len() && ents.mentions[k].span.end <= s.span.end {
            let m = ents.mentions[k];
            if matches!(
                ents.list[m.entity].kind,
                EntityKind::Person | EntityKind::Other
            ) {
                people.push((m.entity, m.span));
            }
            k += 1;
        }
        let Some(&(who, first)) = people.first() else {
            continue;
        };
        if people.iter().any(|p| p.0 != who) {
            continue;
        }
        let quoted = quoted_ranges(doc.text, s.span);
        for t in tokens(doc.text, Span::new(first.end, s.span.end)) {
            // `X told supporters that “he loves you”`: a pronoun inside a quote is the
            // speaker's word, no evidence of X's gender.
            if quoted
                .iter()
                .any(|q| q.start <= t.span.start && t.span.end <= q.end)
            {
                continue;
            }
            match t.span.of(doc.text) {
                "he" | "him" | "his" | "himself" => votes[who][Gender::Male as usize] += 1,
                "she" | "her" | "hers" | "herself" => votes[who][Gender::Female as usize] += 1,
                _ => {}
            }
        }
    }
}

/// The stretches of a sentence inside quotation marks (“…”, "…"); an unclosed mark runs to
/// the sentence's end.
fn quoted_ranges(text: &str, sentence: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in sentence.of(text).char_indices() {
        let at = sentence.start + i;
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((at, c)),
            (Some((a, '“')), '”') | (Some((a, '"')), '"') => {
                out.push(Span::new(a, at));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((a, _)) = open {
        out.push(Span::new(a, sentence.end));
    }
    out
}
