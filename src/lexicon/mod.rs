//! Word lists, one module per language, behind one lookup type.
//!
//! Takes a language code (`en`); gives its [`Lexicon`]: every word set the language work
//! reads, each named for what it is used for and documented once (in the language's module).
//! Only English exists today and the sieves read [`en::EN`] directly; `de`, `fr`, `es` get a
//! module of their own with the same fields, and choosing one by the article's language
//! (none: quotes by their marks, no speakers) is `crate::lang::attributes`'s: languages without a lexicon get quotes by their marks and no speaker.

pub mod en;

use std::sync::OnceLock;

/// The one lookup type of the word lists (the entity finder's too): a fixed list asked "is
/// this word in it?" thousands of times per article, kept as written (grouped for readers),
/// looked up by binary search in a copy sorted on first use.
pub struct WordSet {
    words: &'static [&'static str],
    sorted: OnceLock<Vec<&'static str>>,
}

impl WordSet {
    /// A set of `words` (any order, duplicates allowed).
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            sorted: OnceLock::new(),
        }
    }

    /// Whether `w` is one of the words (exact, case-sensitive).
    pub fn contains<S: AsRef<str> + ?Sized>(&self, w: &S) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut v = self.words.to_vec();
            v.sort_unstable();
            v
        });
        sorted.binary_search(&w.as_ref()).is_ok()
    }

    /// The words as written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// The word sets of one language.
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
