//! Word lists, one module per language, behind one lookup type.
//!
//! Takes a language code (`en`); gives its [`Lexicon`]: every word set the language work
//! reads, each named for what it is used for and documented once (in the language's module).
//! The English sieves read [`en::EN`] directly; German, French and Spanish have a [`Speech`]
//! lexicon each (`de.rs`, `fr.rs`, `es.rs`) that `crate::quotes::intl` reads ([`speech_for`]).
//! Choosing one by the article's language is `crate::lang::path`'s: languages with neither get
//! quotes by their marks and no speaker.

pub mod de;
mod de_nouns;
pub mod en;
pub mod es;
pub mod fr;
mod words;

pub use words::Words;

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The one lookup type of the word lists (the entity finder's too): a fixed list asked "is
/// this word in it?" thousands of times per article, kept as written (grouped for readers),
/// looked up in a hash set built on first use (FxHash: a binary search's ~9 string
/// comparisons per lookup were 4 % of a long page's analysis, `make bench-callgrind`).
pub struct WordSet {
    /// The words as a slice (`WordSet::new`, the older form), or none.
    slice: &'static [&'static str],
    /// The words packed (`WordSet::of`), or none.
    packed: Words,
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    /// A set of `words` (any order, duplicates allowed).
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            slice: words,
            packed: Words::packed(""),
            set: OnceLock::new(),
        }
    }

    /// A set of packed `words` (`WordSet::of(words!["a", "b"])`; any order, duplicates allowed).
    pub const fn of(words: Words) -> Self {
        Self {
            slice: &[],
            packed: words,
            set: OnceLock::new(),
        }
    }

    /// Whether `w` is one of the words (exact, case-sensitive).
    pub fn contains<S: AsRef<str> + ?Sized>(&self, w: &S) -> bool {
        self.set
            .get_or_init(|| self.slice.iter().copied().chain(self.packed).collect())
            .contains(w.as_ref())
    }

    /// The words as written (a set made by [`WordSet::of`] or [`WordSet::new`]).
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.slice.iter().copied().chain(self.packed)
    }

    /// How many words were written (duplicates counted).
    pub fn len(&self) -> usize {
        self.slice.len() + self.packed.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The words of a set made by [`WordSet::new`], as written.
    pub fn words(&self) -> &'static [&'static str] {
        self.slice
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

/// The words of who-said-what in a language other than English, read by `crate::quotes::intl`.
/// Every list is lower case; cue verbs are matched by [`Speech::cue_stems`] and endings, not
/// by a table of every form.
pub struct Speech {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// Stems of regular reporting verbs (`sag` → sagte, sagt, gesagt; `déclar` → déclaré).
    pub cue_stems: Words,
    /// Endings a stem takes to make a cue form (`te`, `t`, `é`, `ó` …).
    pub cue_endings: &'static [&'static str],
    /// Irregular reporting verb forms, written out (`schrieb`, `dit`, `dijo`).
    pub cue_forms: WordSet,
    /// A prefix of a participle (`ge`: gesagt) or a separable particle (`mit`: mitteilte).
    pub cue_prefixes: &'static [&'static str],
    /// A word that reports after a quote and a comma without being a verb (`„…“, so Merkel`).
    pub after_quote_cues: WordSet,
    /// Words that name a source before it (`laut X`, `selon X`, `según X`).
    pub source_before: WordSet,
    /// Words that name a source after it (`X zufolge`).
    pub source_after: WordSet,
    /// Nouns of a source phrase after a preposition (`nach Angaben von X`): (preposition, noun).
    pub source_phrases: &'static [(&'static str, &'static str)],
    /// Words that alone say a statement is reported (`demnach`, `heißt es`).
    pub reported_adverbs: WordSet,
    /// Articles and determiners: a capitalised noun after one is a description, not a name.
    pub determiners: WordSet,
    /// Words that end a speaker's noun phrase (prepositions, adverbs, conjunctions, verbs).
    pub np_stops: WordSet,
    /// Words that join a name's parts (`von`, `de`, `del`).
    pub name_joiners: WordSet,
    /// Personal pronouns that can say something: (word, female?, plural?); `None` = either.
    pub pronouns: &'static [(&'static str, Option<bool>, Option<bool>)],
    /// Endings of role nouns (`minister`, `sprecher`, `präsident`, `portavoz`).
    pub role_endings: Words,
    /// Endings that make a role noun female (`in`: Ministerin; `a`: presidenta).
    pub female_endings: &'static [&'static str],
    /// Words of an organisation's name (`ministerium`, `polizei`, `gobierno`), matched as endings.
    pub org_endings: Words,
    /// Words that open a reported clause after a cue (`dass`, `que`).
    pub complementizers: WordSet,
    /// Verb forms that mark reported speech by themselves (German Konjunktiv I: `sei`, `habe`).
    pub subjunctive: WordSet,
    /// Modals of hearsay before a perfect infinitive (`Er soll gelogen haben`: he is said to
    /// have lied), and the infinitives that end one (`haben`, `sein`).
    pub hearsay: (WordSet, WordSet),
    /// Words that open an as-clause holding a cue (`Wie X mitteilte, …`, `Comme l'a dit X`).
    pub as_clause: WordSet,
    /// Auxiliaries of a compound cue (`hat … gesagt`, `a déclaré`, `ha dicho`).
    pub auxiliaries: WordSet,
    /// Abbreviations (without their period) after which a sentence goes on (`z. B.`, `Sr.`).
    pub abbreviations: WordSet,
}

impl Speech {
    /// Whether `w` (lower case) is a form of a reporting verb.
    ///
    /// German: `sagte`, `gesagt`, `mitteilte`; French: `déclaré`; Spanish: `afirmó`.
    pub fn is_cue(&self, w: &str) -> bool {
        if self.cue_forms.contains(w) || self.regular_cue(w) {
            return true;
        }
        self.cue_prefixes.iter().any(|p| {
            let Some(rest) = w.strip_prefix(p).filter(|r| r.len() > 2) else {
                return false;
            };
            if *p == "ge" {
                // `gesagt`, not `gesagten` (an adjective) nor `geriet` (`ge` + `riet`).
                return self.participle(rest);
            }
            // `angekündigt`: a separable particle before the participle's `ge`.
            let participle = rest.strip_prefix("ge").filter(|r| r.len() > 2);
            self.cue_forms.contains(rest)
                || self.regular_cue(rest)
                || participle.is_some_and(|r| self.participle(r))
        })
    }

    /// Whether `w`, after a participle's `ge`, is a regular cue's stem with a participle's
    /// ending and no adjective ending (`sag` + `t`, not `sag` + `te`).
    fn participle(&self, w: &str) -> bool {
        ["t", "et"].iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|stem| self.cue_stems.contains(&stem))
        })
    }

    fn regular_cue(&self, w: &str) -> bool {
        self.cue_endings.iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|stem| self.cue_stems.contains(&stem))
        })
    }

    /// The pronoun `w` (lower case) as (female?, plural?), if it is one.
    pub fn pronoun(&self, w: &str) -> Option<(Option<bool>, Option<bool>)> {
        self.pronouns.iter().find(|p| p.0 == w).map(|p| (p.1, p.2))
    }
}

/// The [`Speech`] lexicon of a language other than English, if there is one.
pub fn speech_for(lang: &str) -> Option<&'static Speech> {
    match lang {
        "de" => Some(&de::DE),
        "fr" => Some(&fr::FR),
        "es" => Some(&es::ES),
        _ => None,
    }
}
