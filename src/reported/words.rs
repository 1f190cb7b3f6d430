//! The function words and nouns of reported speech: clause openers after a bare cue, words
//! that open no clause, time words, complementisers, relative-clause openers, what may follow
//! a trailing cue, and the speech nouns.
//!
//! Takes a lower-cased word; gives whether it plays one of those parts. Hand-set lists (the
//! verbs are `verbs.rs`'s).

use crate::lexicon::WordSet;

/// Words that open a clause after a bare cue: pronouns and determiners (`said he …`, `said
/// the talks …`). A capitalised word is not enough (`said Peskov` inverts).
static CLAUSE_OPENERS: WordSet = WordSet::of(crate::words![
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "his", "her", "their", "its",
    "our",
]);

/// Whether `w` (lower case) may open a reported clause after a bare cue.
pub fn opens_clause(w: &str) -> bool {
    CLAUSE_OPENERS.contains(w)
}

/// Determiners and quantifiers that open a noun phrase, hence a clause, after a bare cue
/// (`said a stern sentence could …`, `say many voters …`).
pub fn opens_phrase(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "this"
            | "these"
            | "those"
            | "some"
            | "many"
            | "most"
            | "all"
            | "both"
            | "each"
            | "every"
            | "several"
            | "few"
            | "my"
            | "your"
            | "no"
            | "none"
            | "nobody"
            | "everyone"
    )
}

/// Words after a bare cue that open no clause: prepositions, particles and objects (`said
/// in a statement`, `said so`, `said goodbye`).
pub fn no_clause(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "to"
            | "of"
            | "for"
            | "from"
            | "with"
            | "by"
            | "about"
            | "during"
            | "after"
            | "before"
            | "so"
            | "something"
            | "anything"
            | "nothing"
            | "yes"
            | "goodbye"
            | "hello"
            | "thanks"
            | "sorry"
            | "what"
            | "how"
            | "why"
            | "when"
            | "where"
            | "who"
            | "and"
            | "or"
            | "but"
            | "as"
            | "than"
    )
}

/// Time words that may stand between a bare cue and its clause (`said Thursday he …`).
pub fn is_when(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "recently"
            | "privately"
            | "publicly"
            | "repeatedly"
            | "again"
            | "also"
            | "now"
            | "last"
            | "week"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
    )
}

/// Complementisers that open a reported clause (`that`) or a reported question.
pub fn is_complementiser(w: &str) -> bool {
    matches!(w, "that" | "whether" | "if")
}

/// Modals and `do` (`would`, `can`, `did` …): before a bare verb they make a finite verb
/// phrase (`Roe would support the levy`); after `that` they open a relative clause.
pub fn is_modal_or_do(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
    )
}

/// Words that after `that` show a relative clause, not a statement (`states that have …`).
pub fn opens_relative(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "have" | "has" | "had" | "way"
    ) || is_modal_or_do(w)
}

/// Words that may follow a trailing cue (`…, Roe said in a statement`, `…, Roe told
/// reporters on Monday`).
pub fn follows_trailing_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "to"
            | "from"
            | "after"
            | "before"
            | "via"
            | "with"
            | "when"
            | "while"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "tonight"
            | "recently"
            | "reporters"
            | "journalists"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "late"
            | "early"
            | "afterward"
            | "afterwards"
            | "then"
            | "again"
            | "publicly"
            | "privately"
    )
}

/// Words after a comma that open a clause of the reporter's own (`…, while Germany …`).
pub fn closes_statement(w: &str) -> bool {
    matches!(w, "while" | "whereas" | "although" | "though")
}

/// Nouns of speech and thought that take a `that` clause (`her claim that …`).
static SPEECH_NOUNS: WordSet = WordSet::of(crate::words![
    "claim",
    "claims",
    "warning",
    "warnings",
    "statement",
    "promise",
    "promises",
    "assertion",
    "belief",
    "argument",
    "insistence",
    "suggestion",
    "contention",
    "allegation",
    "allegations",
    "pledge",
    "vow",
    "assurance",
    "assurances",
    "prediction",
    "view",
    "announcement",
]);

/// Whether `w` (lower case) is a speech noun.
pub fn is_speech_noun(w: &str) -> bool {
    SPEECH_NOUNS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_hold_their_examples() {
        assert!(opens_clause("he") && !opens_clause("peskov"));
        assert!(is_complementiser("whether") && is_speech_noun("claim"));
        assert!(closes_statement("while"));
        assert!(opens_relative("have") && follows_trailing_cue("in"));
    }
}
