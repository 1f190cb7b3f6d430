//! Word lists for reading the reporter's words around a quote: what may stand between a
//! subject and its verb, what starts or ends a noun phrase, which pronouns and nouns name
//! people, and which words open a leading clause. Every list the frame consults is hoisted
//! here.

use crate::entities::Gender;
use crate::text::WEEKDAYS;

/// Whether `w` (lower case) may stand between a subject and its verb: [`BETWEEN`] or a
/// weekday ("Peskov on Friday said").
pub fn is_between(w: &str) -> bool {
    BETWEEN.contains(&w) || WEEKDAYS.contains(&w)
}

/// Whether `w` (lower case) says when: [`TIME_WORDS`] or a weekday.
pub fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || WEEKDAYS.contains(&w)
}

/// Words skipped between a subject and its verb: adverbs, auxiliaries, times (and weekdays,
/// see [`is_between`]).
pub static BETWEEN: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "both",
    "also",
    "again",
    "already",
    "afterward",
    "afterwards",
    "allegedly",
    "apparently",
    "be",
    "been",
    "bluntly",
    "briefly",
    "correctly",
    "did",
    "does",
    "do",
    "early",
    "earlier",
    "even",
    "finally",
    "first",
    "flatly",
    "further",
    "had",
    "has",
    "have",
    "have",
    "is",
    "just",
    "last",
    "late",
    "later",
    "likely",
    "loudly",
    "may",
    "might",
    "never",
    "not",
    "now",
    "often",
    "on",
    "once",
    "openly",
    "only",
    "previously",
    "privately",
    "promptly",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "repeatedly",
    "reportedly",
    "simply",
    "since",
    "still",
    "subsequently",
    "then",
    "this",
    "today",
    "tonight",
    "was",
    "were",
    "will",
    "would",
    "could",
    "should",
    "yesterday",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "are",
    "am",
    "can",
    "has",
    "immediately",
    "directly",
    "angrily",
    "famously",
    "memorably",
    "proudly",
    "succinctly",
    "tersely",
    "sarcastically",
    "jokingly",
    "similarly",
    "specifically",
    "explicitly",
    "ominously",
    "eventually",
    "ultimately",
    "always",
    "ever",
    "usually",
    "sometimes",
    "long",
    "kept",
    "keeps",
]);

/// Words that start a noun phrase.
pub static DETERMINERS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "many", "several", "most", "other", "another", "one", "two", "three", "both",
    "all", "each", "every", "few", "no", "any", "such",
]);

/// Determiners that stand alone for people as a subject (`Another said`, `Some chanted`).
pub static PEOPLE_DETERMINERS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::of(crate::words![
        "another", "others", "some", "several", "many", "most", "one", "few", "two", "three",
        "both",
    ]);

/// Function words that end a noun phrase walking left or right.
pub static FUNCTION: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "about",
    "after",
    "against",
    "and",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "for",
    "from",
    "if",
    "in",
    "into",
    "of",
    "on",
    "or",
    "over",
    "than",
    "that",
    "to",
    "under",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "with",
    "without",
    "what",
    "how",
    "why",
    "not",
    "also",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "did",
    "do",
    "does",
    "so",
    "then",
    "there",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "during",
    "despite",
    "amid",
    "throughout",
    "until",
]);

/// Prepositions that open a phrase between a subject and its verb.
pub static PREPOSITIONS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "at", "in", "on", "for", "during", "with", "from", "of", "after", "before", "to",
]);

/// Pronouns that can be a speaker: (word, gender, plural).
pub const PRONOUNS: &[(&str, Option<Gender>, bool)] = &[
    ("he", Some(Gender::Male), false),
    ("she", Some(Gender::Female), false),
    ("they", None, true),
    ("it", None, false),
    ("we", None, true),
    ("i", None, false),
];

/// Words that open a leading clause the subject follows (`In a statement, …`).
pub static LEADERS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "after",
    "although",
    "amid",
    "as",
    "asked",
    "at",
    "before",
    "commenting",
    "despite",
    "during",
    "following",
    "for",
    "if",
    "in",
    "on",
    "responding",
    "since",
    "speaking",
    "though",
    "when",
    "while",
    "with",
    "writing",
    "addressing",
    "referring",
    "under",
    "outside",
    "inside",
    "across",
    "from",
    "within",
    "throughout",
    "among",
    "around",
]);

/// Nouns for people that are no role (`the crowd chanting`, `protesters shouting`), singular.
pub static PEOPLE_NOUNS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "crowd",
    "audience",
    "people",
    "protester",
    "demonstrator",
    "voter",
    "fan",
    "resident",
    "student",
    "worker",
    "man",
    "woman",
    "men",
    "women",
    "person",
    "child",
    "children",
    "group",
    "attendee",
    "delegate",
    "participant",
    "caller",
    "viewer",
    "reader",
    "user",
    "heckler",
    "chorus",
    "narrator",
    "announcer",
    "host",
    "anchor",
    "reporter",
    "someone",
    "somebody",
    "marcher",
    "spectator",
    "celebrant",
    "onlooker",
    "mourner",
    "activist",
]);

/// Words that open a sentence before a comma without naming anyone (`Likewise,`, `First,`).
pub static SENTENCE_ADVERBS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "likewise",
    "first",
    "second",
    "third",
    "finally",
    "outside",
    "inside",
    "here",
    "there",
    "today",
    "yesterday",
    "again",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "overall",
    "instead",
    "thus",
    "hence",
    "afterward",
    "afterwards",
    "besides",
    "otherwise",
    "still",
    "now",
    "then",
    "later",
    "earlier",
    "however",
    "meanwhile",
    "indeed",
    "also",
]);

/// Words that make an opening phrase say when (`Hours later,`, `Shortly after …,`; and
/// weekdays, see [`is_time_word`]).
pub static TIME_WORDS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "later",
    "earlier",
    "ago",
    "shortly",
    "soon",
    "afterward",
    "afterwards",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "moments",
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
]);

/// Words that link a quote to the one before without saying who speaks (`But “…”`,
/// `Indeed, “…”`): a sentence of a quote and these alone is a bare quote.
pub static CONNECTIVES: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "and",
    "but",
    "indeed",
    "specifically",
    "also",
    "yet",
    "still",
    "however",
    "then",
    "plus",
    "so",
    "or",
    "again",
    "later",
    "instead",
    "rather",
]);

/// A pronoun without its contraction (`he’d` → `he`); other words as they are.
pub fn contraction_base(w: &str) -> &str {
    // (Most words hold neither mark: `'`, or `’`'s first byte; then no char is decoded.)
    if !w.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return w;
    }
    match w.split_once(['’', '\'']) {
        Some((base, "d" | "s" | "ll" | "re" | "ve" | "m")) => {
            let lb = base.to_lowercase();
            if PRONOUNS.iter().any(|p| p.0 == lb) {
                base
            } else {
                w
            }
        }
        _ => w,
    }
}

/// Whether a word is a negated auxiliary (`didn’t`, `can't`).
pub fn is_negation(w: &str) -> bool {
    w.ends_with("n’t") || w.ends_with("n't") || w == "cannot"
}
