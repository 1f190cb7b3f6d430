//! Definite descriptions with no role match, joined to the entity they describe in focus.
//!
//! Takes a description at an attribution site (`the affable proprietor`, `the company`, `her
//! statement`), the entities and the [`Focus`]; gives the person or organisation in focus it
//! stands for, or nothing (an indefinite, plural, proxy or thing description: `a neighbour`,
//! `the officials`, `the spokesman`, `the report`).

use super::focus::{self, Focus};
use super::resolve::{bare, fits, one_person, pronoun};
use crate::entities::{lexicon, Entities, Entity, EntityKind, Gender};
use crate::text::{Doc, Span};

/// Heads of descriptions that name an organisation (`the company`, `the security firm`).
#[rustfmt::skip]
static ORG_HEADS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "agency", "airline", "association", "bank", "board", "broadcaster", "business", "chain",
    "city", "commission", "committee", "county", "court", "magazine", "newspaper", "office",
    "province", "town", "club", "company", "council", "department", "firm", "government", "group", "institute",
    "league", "ministry", "network", "organisation", "organization", "outlet", "party",
    "police", "retailer", "service", "startup", "team", "union", "university",
]);

/// Heads of descriptions that name a thing, not who made it (`the report`, `the memo`).
#[rustfmt::skip]
const THING_HEADS: &[&str] = &[
    "ad", "agreement", "analysis", "article", "bill", "blog", "book", "budget", "complaint",
    "data", "deal", "decision", "document", "email", "filing", "law", "lawsuit", "letter",
    "memo", "message", "note", "notice", "operation", "order", "page", "plan", "policy", "poll",
    "post", "proposal", "release", "report", "review", "ruling", "statement", "story", "study",
    "survey", "tweet", "video", "website", "editorial", "column", "campaign", "speech", "film",
    "interview", "transcript", "audience", "crowd", "public", "staff", "family",
];

/// Heads of descriptions that name someone acting for another (`the spokesman` of the person
/// quoted before): never the person in focus.
#[rustfmt::skip]
static PROXY_HEADS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "adviser", "advisor", "aide", "attorney", "lawyer", "official", "representative", "source",
    "spokesman", "spokesperson", "spokeswoman", "staffer", "narrator", "announcer",
]);

/// The entity in focus that a definite description with no role match describes: `the
/// affable proprietor` → the person the text is about (the current speaker, or the subject
/// introduced since), `the company` → the organisation in focus, `her statement` → who `her`
/// is (a possessive joins its owner only for a thing it made). Nothing for an indefinite (`a neighbour`), plural, proxy (`the spokesman`) or thing
/// (`the report`) description.
pub fn in_focus(
    doc: &Doc,
    ents: &Entities,
    desc: &str,
    pos: usize,
    focus: Focus,
    quotes: &[Span],
) -> Option<usize> {
    let d = desc.trim();
    let first = d.split_whitespace().next()?.to_lowercase();
    let head = bare(d).rsplit(' ').next()?.to_lowercase();
    let possessive = match first.as_str() {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        _ => None,
    };
    // `her statement` is hers; `his father`, `his supporters`, `her office` are others.
    if let Some(g) = possessive {
        return THING_HEADS
            .contains(&head.as_str())
            .then(|| pronoun(doc, ents, focus, pos, (Some(g), false, false), quotes))
            .flatten();
    }
    let indefinite = matches!(
        first.as_str(),
        "a" | "an"
            | "one"
            | "another"
            | "some"
            | "several"
            | "many"
            | "two"
            | "three"
            | "their"
            | "that"
            | "this"
            | "these"
            | "those"
    );
    let plural_word = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    // A plural before a cut-off phrase counts too (`sources familiar`, `officials close`).
    let lead = bare(d)
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let plural = plural_word(&head)
        || plural_word(&lead)
            && lead
                .strip_suffix('s')
                .is_some_and(|one| PROXY_HEADS.contains(&one) || lexicon::ROLE_NOUNS.contains(one));
    // A capitalised head is a name the text gives (`the Evening Star`), not a description.
    let named = bare(d)
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if indefinite || plural || named || PROXY_HEADS.contains(&head.as_str()) {
        return None;
    }
    let org = |e: &Entity| e.kind == EntityKind::Organization;
    if ORG_HEADS.contains(&head.as_str()) {
        return focus::in_focus(doc, ents, pos, focus, quotes, &org, &org);
    }
    if THING_HEADS.contains(&head.as_str()) {
        return None;
    }
    let g = lexicon::noun_gender(&head);
    let person = move |e: &Entity| one_person(e) && fits(e, g);
    let strong = |e: &Entity| e.kind == EntityKind::Person;
    focus::in_focus(doc, ents, pos, focus, quotes, &person, &strong)
}

/// A described subject since the current speaker: when the sentence before the one at byte
/// `pos` opens (after an opening phrase) with a role description (`On Monday, the mayor
/// raised it again.`) that the text gave someone as a role (`Mayor Tom Baker`), and that
/// sentence comes after the current speaker's statement, that person: the `he` of the next
/// sentence is the mayor, not the spokesperson quoted before.
pub fn subject_since(
    doc: &Doc,
    ents: &Entities,
    focus: Focus,
    pos: usize,
    want: &dyn Fn(&Entity) -> bool,
) -> Option<usize> {
    let i = doc.sentence_at(pos)?.checked_sub(1)?;
    let s = doc.sentences[i].span;
    if focus.speaker.is_some() && focus.at >= s.start {
        return None;
    }
    let text = s.of(doc.text);
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())?
        .to_lowercase();
    let opener = super::words::PREPOSITIONS.contains(&first.as_str())
        || crate::lexicon::en::EN
            .leading_clause_openers
            .contains(&first);
    let clause = if opener {
        text[text.find(", ")? + 2..].trim_start()
    } else {
        text
    };
    let rest = clause
        .strip_prefix("the ")
        .or_else(|| clause.strip_prefix("The "))?;
    let words: Vec<&str> = rest
        .split(' ')
        .take(3)
        .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        .collect();
    (1..=words.len()).rev().find_map(|k| {
        if !lexicon::ROLE_NOUNS.contains(words[k - 1]) {
            return None;
        }
        let desc = format!("the {}", words[..k].join(" "));
        let at = s.start + (text.len() - clause.len());
        super::resolve::by_role(doc, ents, &desc, at)
            .filter(|&e| ents.list[e].kind == EntityKind::Person && want(&ents.list[e]))
    })
}
