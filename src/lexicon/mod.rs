//! Word lists, one module per language, behind one lookup type.
//!
//! Takes a language code (`en`); gives its [`Lexicon`]: every word set the language work
//! reads, each named for what it is used for and documented once (in the language's module).
//! Only English exists today; `de`, `fr`, `es` get a module of their own with the same
//! fields, and a language without one gets quotes by their marks and no speakers.

pub mod en;

/// A named set of lower-case words.
#[derive(Debug)]
pub struct WordSet(pub &'static [&'static str]);

impl WordSet {
    /// Whether `w` (already lower case) is in the set.
    pub fn contains(&self, w: &str) -> bool {
        self.0.contains(&w)
    }
}

/// The word sets of one language.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// Conjunctions that open a leading adverbial clause (`When Roe said …, the crowd …`).
    pub leading_conjunctions: WordSet,
    /// Words that end the stretch after a quote where its cue may stand (`“…,” Roe said
    /// while …`): the leading conjunctions, `and`, `but` and the relatives `which`, `who`.
    pub after_quote_breaks: WordSet,
    /// Conjunctions of an adverbial clause that separates an earlier cue from a later one
    /// (`Roe tweeted after Doe argued that “…”`).
    pub cue_clause_breaks: WordSet,
    /// Words after which a pronoun opens the quote's own clause (`… and he has long used …`).
    pub pronoun_clause_openers: WordSet,
    /// Conjunctions after which a name or description opens the quote's own clause
    /// (`because the young ones refuse …`).
    pub named_clause_openers: WordSet,
    /// Conjunctions that, after a comma, open a clause of its own between a cue and its
    /// quote (`…, although she made it clear …`).
    pub contrast_openers: WordSet,
    /// Conjunctions of a leading clause that a sentence's pronoun may refer across (`When
    /// Roe arrived, she said …`).
    pub leading_clause_openers: WordSet,
    /// Weekday names.
    pub weekdays: WordSet,
}

/// The lexicon of a language, if there is one.
pub fn for_lang(lang: &str) -> Option<&'static Lexicon> {
    match lang {
        "en" => Some(&en::EN),
        _ => None,
    }
}
