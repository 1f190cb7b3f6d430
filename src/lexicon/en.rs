//! English word sets.
//!
//! Takes nothing; gives [`EN`], the English [`Lexicon`]. The conjunction sets differ on
//! purpose: each is the set its rule was measured with (PolNeAR train), named for its use.

use super::{Lexicon, WordSet};

/// The English lexicon.
pub static EN: Lexicon = Lexicon {
    lang: "en",
    leading_conjunctions: WordSet::of(crate::words![
        "when", "as", "after", "while", "if", "because", "before", "since", "once", "although",
        "though", "whereas", "until", "unless",
    ]),
    after_quote_breaks: WordSet::of(crate::words![
        "while", "but", "and", "as", "because", "which", "who", "when", "whereas", "although",
        "though", "after", "before", "since", "until", "once", "if", "unless",
    ]),
    cue_clause_breaks: WordSet::of(crate::words![
        "after", "before", "when", "while", "because", "since", "although", "though", "until",
        "whereas",
    ]),
    pronoun_clause_openers: WordSet::of(crate::words![
        "and", "but", "though", "although", "because", "while", "when",
    ]),
    named_clause_openers: WordSet::of(crate::words![
        "because", "though", "although", "while", "when", "whereas", "since",
    ]),
    contrast_openers: WordSet::of(crate::words![
        "but", "although", "though", "while", "yet", "because"
    ]),
    leading_clause_openers: WordSet::of(crate::words![
        "as", "when", "while", "although", "though", "if"
    ]),
    weekdays: WordSet::new(WEEKDAYS),
};

/// Weekday names, lower case: a dateline or a time, never a name.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
