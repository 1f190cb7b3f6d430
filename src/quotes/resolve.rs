//! Anaphora: who a pronoun or a description at an attribution site refers to.
//!
//! Takes the entities, the [`Focus`] (the current speaker) and the naming words; gives an
//! entity index, the one way quotes and reported statements share ([`subject`]): `she said`
//! → the person her own sentence names first (outside quotes and opening phrases), else the
//! entity in focus that agrees (`focus.rs`); `the Russian leader` → the entity whose role
//! the text gave as "Russian President", else the entity of its kind in focus
//! (`described.rs`); a description no entity fits becomes an entity of its own ("White
//! House officials", `add_description`, quotes only).

use super::described;
use super::focus::{self, Focus};
use super::frame::{Subject, Who};
use crate::entities::{lexicon, Entities, Entity, EntityKind, Gender, Mention};
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
pub(super) fn fits(e: &Entity, g: Option<Gender>) -> bool {
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

/// Whether `e` may be one person: a person, or a capitalised name of unknown kind that is no
/// plural (not a description such as "town council", nor a group such as "Critics").
pub(super) fn one_person(e: &Entity) -> bool {
    (e.kind == EntityKind::Person
        || e.kind == EntityKind::Other
            && e.name.chars().next().is_some_and(char::is_uppercase)
            && !e.name.ends_with('s'))
        && !plural_people(e)
        && !lexicon::names_a_thing(&e.name)
}

/// Whether `e` may be what a pronoun of `gender`/`plural`/`neuter` refers to: `he`/`she` want
/// one person, or a name of unknown kind (not a description such as "town council", whose
/// name is in lower case, nor a group such as "Critics"); `it` (`neuter`) anything but a
/// person; `they` anything but a place.
fn pronoun_fits(e: &Entity, (gender, plural, neuter): (Option<Gender>, bool, bool)) -> bool {
    let kind_ok = if plural {
        e.kind != EntityKind::Place
    } else if gender.is_some() {
        one_person(e)
    } else if neuter {
        e.kind != EntityKind::Place
            && e.kind != EntityKind::Person
            && e.gender.is_none()
            && !plural_people(e)
    } else {
        e.kind != EntityKind::Place
    };
    kind_ok && fits(e, gender)
}

/// The referent of a pronoun at byte `pos` (`g`: its gender, `plural`, `neuter` for `it`):
/// the person its own sentence names first ([`in_sentence`]), else the entity in focus
/// ([`focus::in_focus`]: the current speaker unless a new subject came since), else the most
/// recent fitting mention outside the quotes `quotes`.
pub fn pronoun(
    doc: &Doc,
    ents: &Entities,
    focus: Focus,
    pos: usize,
    agreement: (Option<Gender>, bool, bool),
    quotes: &[Span],
) -> Option<usize> {
    let (gender, plural, _) = agreement;
    let from = doc
        .sentence_at(pos)
        .map_or(pos, |i| doc.sentences[i].span.start);
    let want = |e: &Entity| pronoun_fits(e, agreement);
    let strong = |e: &Entity| match agreement {
        (Some(_), false, _) => e.kind == EntityKind::Person,
        (_, true, _) => e.kind == EntityKind::Organization || plural_people(e),
        _ => e.kind == EntityKind::Organization,
    };
    in_sentence(doc.text, ents, from, pos, gender, plural, quotes)
        .or_else(|| {
            (gender.is_some() && !plural)
                .then(|| described::subject_since(doc, ents, focus, pos, &want))
                .flatten()
        })
        .or_else(|| focus::in_focus(doc, ents, pos, focus, quotes, &want, &strong))
        .or_else(|| {
            ents.mentions_before(pos)
                .take(40)
                // A name inside a quote (`“… the Jewish people …” He added`) is the
                // speaker's word, not who the reporter's pronoun points back to.
                .filter(|m| {
                    !quotes
                        .iter()
                        .any(|q| q.start <= m.span.start && m.span.end <= q.end)
                })
                .map(|m| m.entity)
                .find(|&i| want(&ents.list[i]))
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
    let want = |e: &Entity| {
        let kind_ok = if plural {
            e.kind == EntityKind::Organization
        } else {
            one_person(e)
        };
        kind_ok && fits(e, gender)
    };
    focus::first_subject(text, ents, from, pos, quotes, &want)
}

/// The words of a description without its determiner (`the Russian leader` → `Russian
/// leader`).
pub(super) fn bare(desc: &str) -> &str {
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

/// The entity a description names: by its role words (`the Russian leader` fits an entity
/// whose role is "Russian President", or "President" of a Russian place named nearby), else
/// the entity of its kind in focus ([`described::in_focus`]).
pub fn description(
    doc: &Doc,
    ents: &Entities,
    desc: &str,
    pos: usize,
    focus: Focus,
    quotes: &[Span],
) -> Option<usize> {
    by_role(doc, ents, desc, pos)
        .or_else(|| described::in_focus(doc, ents, desc, pos, focus, quotes))
}

/// Whether `word` lower-cased is `lower` (`Russian`, `russian`), without a copy when `word`
/// is ASCII.
fn lowers_to(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.len() == lower.len()
            && word
                .bytes()
                .zip(lower.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        word.to_lowercase() == lower
    }
}

/// The entity a description names by its role words.
pub fn by_role(doc: &Doc, ents: &Entities, desc: &str, pos: usize) -> Option<usize> {
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
            .find(|(d, p)| lowers_to(d, m) && !p.is_empty())
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
    // Each sentence lower-cased once, when first needed (it was once per mention and place).
    let lowered = std::cell::RefCell::new(vec![None::<String>; doc.sentences.len()]);
    // The entity a sentence names first after the place (`Russia said President Vladimir
    // Putin … to counterpart Donald Trump` makes Putin, not Trump, the Russian).
    let near_place = |i: usize| {
        ms.iter().filter(|m| m.entity == i).any(|m| {
            doc.sentence_at(m.span.start).is_some_and(|s| {
                let span = doc.sentences[s].span;
                let mut lowered = lowered.borrow_mut();
                let t = lowered[s].get_or_insert_with(|| span.of(doc.text).to_lowercase());
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

/// The entity a subject's words name, resolved the one way quotes and reported statements
/// share: a name as it is, a pronoun by agreement and focus ([`pronoun`]), a description by
/// role or focus ([`description`]); `None` when nothing fits (no entity is added).
pub fn subject(
    doc: &Doc,
    ents: &Entities,
    sub: Subject,
    focus: Focus,
    quotes: &[Span],
) -> Option<usize> {
    let text = doc.text;
    let at = sub.mention.start;
    match sub.who {
        Who::Named(e) => Some(e),
        Who::Pronoun(g, plural) => {
            let neuter = sub.mention.of(text).eq_ignore_ascii_case("it");
            pronoun(doc, ents, focus, at, (g, plural, neuter), quotes)
        }
        Who::Nominal => description(doc, ents, sub.mention.of(text), at, focus, quotes),
        Who::Nobody => None,
    }
}

/// Whether a reported statement's description may stand as an entity of its own when no
/// entity fits: words that describe someone (`some residents`, `the Crown`, `a Freedom
/// Mobile spokesperson`), not a lone capitalised word whose name was cut (`Major`, `U.S.
/// Secretary`) nor a bare quantifier (`Some`).
pub fn own_description(desc: &str) -> bool {
    let d = desc.trim();
    let first = d.split_whitespace().next().unwrap_or("").to_lowercase();
    let determined = matches!(
        first.as_str(),
        "the" | "a" | "an" | "some" | "many" | "several" | "his" | "her" | "their" | "its"
    );
    let words: Vec<&str> = bare(d).split_whitespace().collect();
    let described = words.iter().any(|w| w.starts_with(char::is_lowercase));
    // Nothing left, or a lone quantifier (`Some`).
    if words.is_empty() || words.len() == 1 && determined && d == words[0] {
        return false;
    }
    determined || described
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

#[cfg(test)]
mod tests {
    use super::lowers_to;

    #[test]
    fn lowers_to_compares_as_lower_casing_would() {
        // Invented demonyms against lower-case modifiers.
        for (w, l) in [
            ("Russian", "russian"),
            ("russian", "russian"),
            ("Émigré", "émigré"),
        ] {
            assert!(lowers_to(w, l) && w.to_lowercase() == l, "{w}");
        }
        for (w, l) in [
            ("Russian", "Russian"),
            ("Russian", "russia"),
            ("Rus", "russian"),
        ] {
            assert!(!lowers_to(w, l) && w.to_lowercase() != l, "{w}");
        }
    }
}
