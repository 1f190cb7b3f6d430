//! Name spotting and clustering: runs of capitalised words become mentions; titles before a
//! name become its role; a short name joins the longer name that ends with it.
//!
//! Takes a [`Doc`]; gives [`Entities`].

use super::{Entities, Entity, EntityKind, Gender, Mention};
use crate::text::{Doc, Span};

/// Capitalised words that start sentences or name no one.
const STOP: &[&str] = &[
    "A",
    "After",
    "All",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "How",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "No",
    "Not",
    "On",
    "One",
    "Our",
    "She",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Through",
    "To",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Commenting",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Leave",
    "Required",
];

/// Titles and role words that may stand before a name.
const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Foreign",
    "Secretary",
    "State",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Governor",
    "Gov.",
    "Mayor",
    "Judge",
    "Justice",
    "General",
    "Gen.",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Envoy",
    "Spokesman",
    "Spokeswoman",
    "Adviser",
    "Advisor",
    "National",
    "Security",
    "Chief",
    "Executive",
    "CEO",
    "Director",
    "Chairman",
    "Chairwoman",
    "Professor",
    "Prof.",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Vice",
    "Deputy",
    "Defence",
    "Defense",
    "Finance",
    "Canadian",
    "Ukrainian",
    "Russian",
    "US",
    "U.S.",
    "Kremlin",
    "spokesman",
    "spokeswoman",
    "envoy",
    "leader",
];

/// Single words that name organisations.
const ORG_WORDS: &[&str] = &[
    "Kremlin",
    "Nato",
    "NATO",
    "EU",
    "UN",
    "G7",
    "White House",
    "Pentagon",
    "Congress",
    "Parliament",
];

/// Single words that name places (a small seed list; places are never speakers of their own).
const PLACE_HINTS: &[&str] = &[
    "Moscow",
    "Kyiv",
    "Washington",
    "Quebec",
    "Ukraine",
    "Russia",
    "Canada",
];

fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Word spans of a sentence: runs of letters, digits, apostrophes, dots and hyphens.
fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let s = span.of(text);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inner = c.is_alphanumeric() || matches!(c, '-' | '.' | '\'');
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(Span::new(span.start + st, span.start + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(Span::new(span.start + st, span.end));
    }
    // Trailing dots belong to the sentence, not the word (except titles like "Mr.").
    out.into_iter()
        .map(|w| {
            let t = w.of(text);
            if t.ends_with('.') && !TITLES.contains(&t) {
                Span::new(w.start, w.end - 1)
            } else {
                w
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Finds names in the document and clusters them into entities.
pub fn find(doc: &Doc) -> Entities {
    let text = doc.text;
    let mut raw: Vec<(Span, Option<String>)> = Vec::new(); // name span, role
    for s in &doc.sentences {
        let words = word_spans(text, s.span);
        let mut i = 0;
        while i < words.len() {
            let w = words[i].of(text);
            if !is_cap_word(w)
                || (STOP.contains(&w) && !is_cap_word(words.get(i + 1).map_or("", |n| n.of(text))))
            {
                i += 1;
                continue;
            }
            // A run of capitalised words, adjacent (single space) in the text.
            let mut j = i + 1;
            while j < words.len()
                && is_cap_word(words[j].of(text))
                && text[words[j - 1].end..words[j].start] == *" "
            {
                j += 1;
            }
            let run: Vec<Span> = words[i..j].to_vec();
            // Split off leading titles into the role.
            let mut k = 0;
            while k + 1 < run.len()
                && (TITLES.contains(&run[k].of(text)) || STOP.contains(&run[k].of(text)))
            {
                k += 1;
            }
            let name_span = Span::new(run[k].start, run[run.len() - 1].end);
            let name = name_span.of(text);
            if !(STOP.contains(&name) || TITLES.contains(&name) && !ORG_WORDS.contains(&name)) {
                let role = (k > 0)
                    .then(|| Span::new(run[0].start, run[k - 1].end).of(text).to_string())
                    .filter(|r| !STOP.contains(&r.as_str()));
                // "Kremlin spokesman Dmitry Peskov": lower-case role words before the run.
                let role = role.or_else(|| lowercase_role_before(text, run[0].start, s.span.start));
                raw.push((name_span, role));
            }
            i = j;
        }
    }
    cluster(doc, raw)
}

/// "Kremlin spokesman" before "Dmitry Peskov": a capitalised word then role words in lower case.
fn lowercase_role_before(text: &str, name_start: usize, sentence_start: usize) -> Option<String> {
    let before = &text[sentence_start..name_start];
    let mut words: Vec<&str> = before.split_whitespace().collect();
    let mut role = Vec::new();
    while let Some(w) = words.pop() {
        if [
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "envoy",
            "minister",
            "leader",
            "adviser",
            "official",
        ]
        .contains(&w)
        {
            role.push(w);
        } else if !role.is_empty() && is_cap_word(w) && !STOP.contains(&w) {
            role.push(w);
            break;
        } else {
            break;
        }
    }
    (!role.is_empty()).then(|| role.into_iter().rev().collect::<Vec<_>>().join(" "))
}

fn cluster(doc: &Doc, raw: Vec<(Span, Option<String>)>) -> Entities {
    let text = doc.text;
    let mut out = Entities::default();
    for (span, role) in &raw {
        let name = span.of(text);
        let last = name
            .split(' ')
            .next_back()
            .unwrap_or(name)
            .trim_end_matches("’s")
            .trim_end_matches("'s");
        let name = if name.ends_with("’s") || name.ends_with("'s") {
            &name[..name.len()
                - if name.ends_with("’s") {
                    "’s".len()
                } else {
                    2
                }]
        } else {
            name
        };
        let span = Span::new(span.start, span.start + name.len());
        // Same entity: an exact name, or a longer known name ending with this last word,
        // or a shorter known name that is this name's last word.
        let found = out.list.iter().position(|e| {
            e.name == name
                || e.name.ends_with(&format!(" {name}"))
                || (name.ends_with(&format!(" {}", e.name)) && !e.name.contains(' '))
                || (last == e.name.rsplit(' ').next().unwrap_or("")
                    && name.contains(' ')
                    && e.name.contains(' ')
                    && e.name.len() > name.len())
        });
        let idx = match found {
            Some(i) => {
                if name.len() > out.list[i].name.len() {
                    out.list[i].name = name.to_string();
                }
                i
            }
            None => {
                let kind = if PLACE_HINTS.contains(&name) {
                    EntityKind::Place
                } else if ORG_WORDS.contains(&name) {
                    EntityKind::Organization
                } else if name.contains(' ') || role.is_some() {
                    EntityKind::Person
                } else {
                    EntityKind::Other
                };
                out.list.push(Entity {
                    name: name.to_string(),
                    kind,
                    role: None,
                    gender: None,
                    mentions: 0,
                    quotes: 0,
                });
                out.list.len() - 1
            }
        };
        let e = &mut out.list[idx];
        e.mentions += 1;
        if e.role.is_none() {
            e.role = role
                .clone()
                .filter(|r| !["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms."].contains(&r.as_str()));
        }
        if let Some(r) = role {
            if r.starts_with("Mrs") || r.starts_with("Ms") {
                e.gender = Some(Gender::Female);
            } else if r.starts_with("Mr") {
                e.gender = Some(Gender::Male);
            }
        }
        if e.kind == EntityKind::Other && span.of(text).contains(' ') {
            e.kind = EntityKind::Person;
        }
        out.mentions.push(Mention { span, entity: idx });
    }
    out.mentions.sort_by_key(|m| m.span);
    out
}
