//! Anaphora: who a pronoun or a description at an attribution site refers to.
//!
//! Takes the entities, the speakers so far and the naming words; gives an entity index:
//! `she said` → the person her own sentence names first (outside quotes and opening
//! phrases), else the most recent speaker or person the text shows as female; `the Russian
//! leader` → the entity whose role the text gave as "Russian President"; a description no
//! entity fits becomes an entity of its own ("White House officials").

use super::words::PREPOSITIONS;
use crate::entities::{lexicon, Entities, Entity, EntityKind, Gender, Mention};
use crate::lexicon::en::EN;
use crate::text::{Doc, Span};
use std::collections::HashSet;

/// Heads of descriptions that stand for each other (`leader` for `president`).
const ROLE_FAMILIES: &[&[&str]] = &[
    &[
        "leader",
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "head of state",
    ],
    &["senator", "sen.", "lawmaker", "legislator"],
    &[
        "congressman",
        "congresswoman",
        "rep.",
        "representative",
        "lawmaker",
    ],
    &["governor", "gov."],
    &[
        "candidate",
        "nominee",
        "hopeful",
        "frontrunner",
        "front-runner",
    ],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["secretary", "minister"],
    &["businessman", "billionaire", "mogul", "developer"],
];

/// Whether gender `g` fits entity `e`.
fn fits(e: &Entity, g: Option<Gender>) -> bool {
    g.is_none() || e.gender.is_none() || e.gender == g
}

/// Plural nouns for groups of people that are no role nouns themselves.
const PEOPLE_PLURALS: &[&str] = &[
    "democrats",
    "opponents",
    "people",
    "protesters",
    "republicans",
    "residents",
    "voters",
];

/// Whether an entity is a plural description of people (`Critics`, `the protesters`,
/// `White House officials`): never what `he` or `she` refers to.
fn plural_people(e: &Entity) -> bool {
    let last = e.name.rsplit(' ').next().unwrap_or("");
    let head = last.to_lowercase();
    // A lower-case head, or one word (capitalised where it opens a sentence).
    let noun = last.starts_with(char::is_lowercase) || !e.name.contains(' ');
    e.gender.is_none()
        && noun
        && (PEOPLE_PLURALS.contains(&head.as_str())
            || head.len() > 3
                && !head.ends_with("ss")
                && head
                    .strip_suffix('s')
                    .is_some_and(|one| lexicon::ROLE_NOUNS.contains(one)))
}

/// The referent of a pronoun at byte `pos`: the last speaker if they fit, else the most recent
/// fitting mention outside the paragraph's quotes `quotes`. `he`/`she` want one person, `it`
/// (`neuter`) anything but a person.
pub fn pronoun(
    ents: &Entities,
    last_speaker: Option<usize>,
    pos: usize,
    (gender, plural, neuter): (Option<Gender>, bool, bool),
    quotes: &[Span],
) -> Option<usize> {
    let person_like = |e: &Entity| {
        if plural {
            e.kind != EntityKind::Place
        } else if gender.is_some() {
            // `he`/`she`: a person, or a name of unknown kind; not a description such as
            // "town council" or "the ad" (an entity whose name is in lower case), nor a
            // group ("Critics").
            (e.kind == EntityKind::Person
                || e.kind == EntityKind::Other
                    && e.name.chars().next().is_some_and(char::is_uppercase))
                && !plural_people(e)
        } else if neuter {
            // `it said`: an organisation or a thing, not a person.
            e.kind != EntityKind::Place
                && e.kind != EntityKind::Person
                && e.gender.is_none()
                && !plural_people(e)
        } else {
            e.kind != EntityKind::Place
        }
    };
    if let Some(s) = last_speaker {
        let e = &ents.list[s];
        if person_like(e)
            && fits(e, gender)
            && (plural || !e.name.ends_with('s') || e.kind == EntityKind::Person)
        {
            return Some(s);
        }
    }
    ents.mentions_before(pos)
        .take(40)
        // A name inside a quote (`“… the Jewish people …” He added`) is the speaker's word,
        // not who the reporter's pronoun points back to.
        .filter(|m| {
            !quotes
                .iter()
                .any(|q| q.start <= m.span.start && m.span.end <= q.end)
        })
        .map(|m| m.entity)
        .find(|&i| {
            let e = &ents.list[i];
            person_like(e) && fits(e, gender)
        })
}

/// A person the pronoun's own sentence (from byte `from`) names before it at byte `pos`,
/// outside the quotes `quotes`: the first one, usually the subject (`McConnell agreed to a
/// call, but only to tell Garland that he won't agree to a “…” sit-down`). Only for `he`,
/// `she` and `they`.
pub fn in_sentence(
    text: &str,
    ents: &Entities,
    from: usize,
    pos: usize,
    gender: Option<Gender>,
    plural: bool,
    quotes: &[Span],
) -> Option<usize> {
    if gender.is_none() && !plural {
        return None;
    }
    let a = ents.mentions.partition_point(|m| m.span.start < from);
    let b = ents.mentions.partition_point(|m| m.span.end <= pos);
    // Not the object of a preposition (`for Trump`), nor in an opening phrase (`In his
    // first YouTube videos, Roe wears … he calls`, `With a vote for Trump ruled out, Cross
    // said he`).
    let sentence = &text[from..pos];
    let first = sentence
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    let opening =
        if PREPOSITIONS.contains(&first.as_str()) || EN.leading_clause_openers.contains(&first) {
            sentence.find(',').map_or(from, |c| from + c)
        } else {
            from
        };
    let after_preposition = |m: &Mention| {
        let before = text[from..m.span.start].trim_end();
        let last = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        m.span.start < opening || PREPOSITIONS.contains(&last.to_lowercase().as_str())
    };
    ents.mentions[a..b.max(a)]
        .iter()
        .filter(|m| {
            !quotes
                .iter()
                .any(|q| q.start <= m.span.start && m.span.end <= q.end)
        })
        .filter(|m| !after_preposition(m))
        .map(|m| m.entity)
        .find(|&i| {
            let e = &ents.list[i];
            let kind_ok = if plural {
                e.kind == EntityKind::Organization
            } else {
                e.kind == EntityKind::Person
                    || e.kind == EntityKind::Other
                        && e.name.chars().next().is_some_and(char::is_uppercase)
            };
            kind_ok && fits(e, gender)
        })
}

/// The words of a description without its determiner (`the Russian leader` → `Russian
/// leader`).
fn bare(desc: &str) -> &str {
    let mut d = desc.trim();
    // A relative pronoun after the description: `the star journalist, who`.
    for rel in [" who", " which", " that"] {
        if let Some(rest) = d.strip_suffix(rel) {
            d = rest.trim_end_matches([',', ' ', '—', '–', '-']);
        }
    }
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = d.strip_prefix(det) {
            d = rest;
        }
    }
    d
}

/// The entity a description names, by its role words: `the Russian leader` fits an entity
/// whose role is "Russian President" (or "President" of a Russian place named nearby).
pub fn description(doc: &Doc, ents: &Entities, desc: &str, pos: usize) -> Option<usize> {
    let words: Vec<String> = bare(desc)
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let head = words.last()?;
    if !lexicon::ROLE_NOUNS.contains(&head.as_str()) {
        return None;
    }
    let family: Vec<&str> = ROLE_FAMILIES
        .iter()
        .find(|f| f.contains(&head.as_str()))
        .map_or_else(|| vec![head.as_str()], |f| f.to_vec());
    let modifiers: Vec<&String> = words[..words.len() - 1]
        .iter()
        .filter(|w| !matches!(w.as_str(), "former" | "top" | "senior"))
        .collect();
    let role_of = |e: &Entity| e.role.as_deref().map(str::to_lowercase);
    let family_fits = |e: &Entity| role_of(e).is_some_and(|r| family.iter().any(|f| r.contains(f)));
    let place_of = |m: &str| {
        lexicon::DEMONYMS
            .iter()
            .find(|(d, p)| d.to_lowercase() == m && !p.is_empty())
            .map(|(_, p)| p.to_lowercase())
    };
    // Each modifier with the place its nationality names, worked out once.
    let modifier_places: Vec<(&str, Option<String>)> = modifiers
        .iter()
        .map(|m| (m.as_str(), place_of(m)))
        .collect();
    let fits = |e: &Entity| {
        let Some(role) = role_of(e) else {
            return false;
        };
        family_fits(e)
            && modifier_places
                .iter()
                .all(|(m, p)| role.contains(m) || p.as_deref().is_some_and(|p| role.contains(p)))
    };
    // The entities mentioned before `pos`, nearest first, each once.
    let mut seen = HashSet::new();
    let before: Vec<usize> = ents
        .mentions_before(pos)
        .map(|m| m.entity)
        .filter(|&e| seen.insert(e))
        .collect();
    if let Some(&e) = before.iter().find(|&&i| fits(&ents.list[i])) {
        return Some(e);
    }
    // The nationality may stand elsewhere: `Russia said President Vladimir Putin…` makes
    // Putin "the Russian leader".
    let places: Vec<&str> = modifier_places
        .iter()
        .filter_map(|(_, p)| p.as_deref())
        .collect();
    if places.is_empty() {
        return None;
    }
    let ms = &ents.mentions;
    // The entity a sentence names first after the place (`Russia said President Vladimir
    // Putin … to counterpart Donald Trump` makes Putin, not Trump, the Russian).
    let near_place = |i: usize| {
        ms.iter().filter(|m| m.entity == i).any(|m| {
            doc.sentence_at(m.span.start).is_some_and(|s| {
                let span = doc.sentences[s].span;
                let t = span.of(doc.text).to_lowercase();
                places.iter().any(|p| {
                    t.find(p).is_some_and(|x| {
                        let at = span.start + x + p.len();
                        // Mentions starting in `at..m.span.start`.
                        let from = ms.partition_point(|o| o.span.start < at);
                        let to = ms.partition_point(|o| o.span.start < m.span.start);
                        at <= m.span.start
                            && !ms[from..to.max(from)].iter().any(|o| {
                                o.entity != i && ents.list[o.entity].kind == EntityKind::Person
                            })
                    })
                })
            })
        })
    };
    before
        .into_iter()
        .find(|&i| family_fits(&ents.list[i]) && near_place(i))
}

/// Adds a description as an entity of its own (or finds the one added before with the same
/// words), recording the mention; gives its index.
pub fn add_description(ents: &mut Entities, text: &str, span: Span) -> usize {
    let name = bare(span.of(text)).to_string();
    let idx = match ents
        .list
        .iter()
        .position(|e| e.name.eq_ignore_ascii_case(&name))
    {
        Some(i) => i,
        None => {
            let head = name.rsplit(' ').next().unwrap_or("").to_lowercase();
            let kind = if lexicon::ROLE_NOUNS.contains(&head.trim_end_matches('s')) {
                EntityKind::Person
            } else {
                EntityKind::Other
            };
            ents.list.push(Entity {
                name: name.clone(),
                kind,
                role: None,
                gender: lexicon::noun_gender(&head),
                mentions: 0,
                quotes: 0,
            });
            ents.list.len() - 1
        }
    };
    ents.list[idx].mentions += 1;
    let at = ents.mentions.partition_point(|m| m.span < span);
    ents.mentions.insert(at, Mention { span, entity: idx });
    idx
}
