//! Speaker identity of reported statements and of descriptions (`speaker_of` in
//! `src/reported/mod.rs`, `src/quotes/described.rs`): a description no entity fits is shown
//! as itself rather than as nobody or as the person in focus; a possessive description is
//! its owner only for a thing the owner made. Invented texts; each failed before the change
//! (the statement had no speaker, or went to the named person before it).

mod speakers;

use speakers::{reported_who, who};

/// The speaker names of a text's reported statements, in order.
fn said(text: &str) -> Vec<Option<String>> {
    reported_who(text).into_iter().map(|(_, n)| n).collect()
}

fn some(n: &str) -> Option<String> {
    Some(n.to_string())
}

#[test]
fn a_group_description_with_no_entity_is_shown_as_itself() {
    let t = "Mayor Tom Baker opened the bridge on Monday.\n\n\
             Some residents said the new road would cut the village in two.";
    assert_eq!(said(t), [some("Some residents")]);
}

#[test]
fn an_institution_after_according_to_is_shown_as_itself() {
    let t = "Jane Roe, 41, was charged in March.\n\n\
             The ferry had no licence that summer, according to the Crown.";
    assert_eq!(said(t), [some("Crown")]);
}

#[test]
fn sources_familiar_are_not_the_person_in_focus() {
    let t = "Lisa Marsh runs the network's sports arm.\n\n\
             The deal is worth $2 billion, according to sources familiar with the talks.";
    assert_eq!(said(t), [some("sources familiar")]);
}

#[test]
fn his_father_is_not_him() {
    let t = "Tom Baker, 12, won the spelling bee on Friday.\n\n\
             “We are so proud of him,” his father said.";
    let names: Vec<Option<String>> = who(t).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, [some("his father")]);
}

#[test]
fn her_statement_is_hers() {
    let t = "Justice Minister Ann Lowe resigned on Tuesday.\n\n\
             “I leave with a clear conscience,” her statement said.";
    let names: Vec<Option<String>> = who(t).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, [some("Ann Lowe")]);
}
