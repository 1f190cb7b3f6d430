//! Mention clustering: `Peskov` joins `Dmitry Peskov`, `Mr Witkoff` joins `Steve Witkoff`,
//! `the Times` joins `The New York Times`; each entity keeps its fullest name, a role, a kind
//! and gender evidence (honorifics, gendered titles, and `he`/`she` in sentences that name
//! only that person).
//!
//! Takes the [`Spotted`] mentions of a [`Doc`]; gives [`Entities`].

use super::names::Spotted;
use super::tokens::tokens;
use super::{Entities, Entity, EntityKind, Gender, Mention};
use crate::text::{Doc, Span};

/// Name words left out when comparing names: suffixes and initials.
fn core_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .filter(|w| {
            let suffix = matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV");
            let initial = w.len() <= 2 && w.ends_with('.');
            !(suffix || initial)
        })
        .collect()
}

/// Whether a new mention `name` refers to entity `e` (a shorter or longer form of its name).
fn same(e: &Entity, name: &str) -> bool {
    if e.name == name {
        return true;
    }
    let (a, b) = (core_words(&e.name), core_words(name));
    let (Some(al), Some(bl)) = (a.last(), b.last()) else {
        return false;
    };
    match (a.len(), b.len()) {
        (_, 1) if e.kind != EntityKind::Place => {
            *al == b[0] || (e.kind == EntityKind::Person && a.len() == 2 && a[0] == b[0])
        }
        (1, _) => *bl == a[0] && e.kind != EntityKind::Place,
        _ => {
            al == bl && (a[0] == b[0] || a.ends_with(&b) || b.ends_with(&a))
                || e.kind == EntityKind::Organization && (a.ends_with(&b) || b.ends_with(&a))
        }
    }
}

/// Clusters spotted mentions into entities.
pub fn cluster(doc: &Doc, spotted: Vec<Spotted>) -> Entities {
    let text = doc.text;
    let mut out = Entities::default();
    let mut last_seen: Vec<usize> = Vec::new();
    let mut votes: Vec<[i32; 2]> = Vec::new();
    for (n, m) in spotted.into_iter().enumerate() {
        let name = m.span.of(text);
        // The most recently mentioned entity this name can refer to.
        let found = (0..out.list.len())
            .filter(|&i| same(&out.list[i], name))
            .filter(|&i| {
                m.kind.is_none()
                    || m.kind == Some(out.list[i].kind)
                    || out.list[i].kind == EntityKind::Other
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
                out.list.len() - 1
            }
        };
        last_seen[idx] = n;
        let e = &mut out.list[idx];
        if core_words(name).len() > core_words(&e.name).len() {
            e.name = name.to_string();
        }
        if e.kind == EntityKind::Other {
            if let Some(k) = m.kind {
                e.kind = k;
            } else if name.contains(' ') {
                e.kind = EntityKind::Person;
            }
        }
        if e.role.is_none() {
            e.role = m.role;
        }
        if let Some(g) = m.gender {
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
        for t in tokens(doc.text, Span::new(first.end, s.span.end)) {
            match t.span.of(doc.text) {
                "he" | "him" | "his" | "himself" => votes[who][Gender::Male as usize] += 1,
                "she" | "her" | "hers" | "herself" => votes[who][Gender::Female as usize] += 1,
                _ => {}
            }
        }
    }
}
