//! The words of reported speech: verbs that take a clause without `that`, speech nouns,
//! complementisers and the verbs of sourceless passives.
//!
//! Takes a lower-cased word; gives whether it plays one of those parts. Hand-set lists (the
//! speech cues themselves are `quotes::cues`; these add thought and writing, as PolNeAR
//! annotates them).

use crate::lexicon::WordSet;

/// Verbs of thought, writing and evidence that report a statement (`X believes that …`, `the
/// poll found that …`), beyond the speech cues of `quotes::cues`.
const THOUGHT: &[&str] = &[
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "expect",
    "expects",
    "expected",
    "worry",
    "worries",
    "worried",
    "write",
    "writes",
    "wrote",
    "suggest",
    "suggests",
    "suggested",
    "predict",
    "predicts",
    "predicted",
    "estimate",
    "estimates",
    "estimated",
    "know",
    "knows",
    "knew",
    "figure",
    "figures",
    "figured",
    "reckon",
    "reckons",
    "reckoned",
    "doubt",
    "doubts",
    "doubted",
    "maintain",
    "maintains",
    "maintained",
    "note",
    "notes",
    "noted",
    "warn",
    "warns",
    "warned",
    "report",
    "reports",
    "reported",
    "signal",
    "signals",
    "signaled",
    "signalled",
    "indicate",
    "indicates",
    "indicated",
    "wonder",
    "wonders",
    "wondered",
    "feel",
    "feels",
    "felt",
    // Evidence, as PolNeAR annotates it (`the poll found that …`, `…, records show`).
    "show",
    "shows",
    "showed",
    "find",
    "finds",
    "found",
    "reveal",
    "reveals",
    "revealed",
    "conclude",
    "concludes",
    "concluded",
];

/// Whether `w` (lower case) is a verb of thought or writing that reports a clause.
pub fn is_thought(w: &str) -> bool {
    // A set, not a scan of the list: asked for nearly every word of every sentence (the
    // scans were a sixth of the analysis, `make bench-callgrind`).
    static SET: WordSet = WordSet::new(THOUGHT);
    SET.contains(w)
}

/// Verbs whose clause may follow without `that` (`Putin said he backed …`).
const BARE_CLAUSE: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "show",
    "shows",
    "showed",
    "arguing",
    "claiming",
    "insisting",
    "warning",
    "suggesting",
    "adding",
    "acknowledging",
    "admitting",
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "argue",
    "argues",
    "argued",
    "claim",
    "claims",
    "claimed",
    "insist",
    "insists",
    "insisted",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "expect",
    "expects",
    "expected",
    "warn",
    "warns",
    "warned",
    "suggest",
    "suggests",
    "suggested",
    "add",
    "adds",
    "added",
    "estimate",
    "estimates",
    "estimated",
    "predict",
    "predicts",
    "predicted",
    "know",
    "knows",
    "knew",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
    "contend",
    "contends",
    "contended",
    "figure",
    "figures",
    "figured",
    "wrote",
    "writes",
    "announce",
    "announces",
    "announced",
    "maintain",
    "maintains",
    "maintained",
];

/// Whether the cue `w` (lower case) may take its clause without `that`.
pub fn takes_bare_clause(w: &str) -> bool {
    static SET: WordSet = WordSet::new(BARE_CLAUSE);
    SET.contains(w)
}

/// Words that open a clause after a bare cue: pronouns and determiners (`said he …`, `said
/// the talks …`). A capitalised word is not enough (`said Peskov` inverts).
const CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "his", "her", "their", "its",
    "our",
];

/// Whether `w` (lower case) may open a reported clause after a bare cue.
pub fn opens_clause(w: &str) -> bool {
    static SET: WordSet = WordSet::new(CLAUSE_OPENERS);
    SET.contains(w)
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

/// Speech cues that mostly take an object, not a statement (`continued the tour`, `thanked
/// voters`, `slammed the plan`): no reported clause follows them.
const OBJECT_CUES: &[&str] = &[
    "continue", "support", "thank", "welcome", "hit", "press", "term", "word", "text", "charge",
    "echo", "cheer", "beam", "boom", "chime", "tout", "slam", "praise", "blast", "attack",
];

/// Whether the cue `w` (lower case) is one of [`OBJECT_CUES`], in any inflection.
pub fn takes_object(w: &str) -> bool {
    OBJECT_CUES.iter().any(|l| {
        w.strip_prefix(l).is_some_and(|rest| {
            matches!(rest, "" | "s" | "d" | "ed" | "es" | "ing" | "ted" | "ting")
        }) || w
            .strip_suffix("ing")
            .is_some_and(|s| l.strip_suffix('e') == Some(s))
    })
}

/// Cues of a reported question (`asked whether …`, `wondered if …`).
pub fn asks(w: &str) -> bool {
    ["ask", "wonder", "question"]
        .iter()
        .any(|l| w.starts_with(l))
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

/// Verbs of judgment whose object and its description are the statement (`condemned the
/// plan as “reckless”`, `called it a “delaying tactic”`).
const JUDGING: &[&str] = &[
    "condemn",
    "call",
    "describe",
    "denounce",
    "criticise",
    "criticize",
    "dismiss",
    "brand",
    "label",
    "hail",
    "decry",
];

/// Whether `w` (lower case) is a form of a verb of [`JUDGING`].
pub fn judges(w: &str) -> bool {
    // Only a word that opens like one of the verbs can be a form of one: most words are
    // turned away on their first letter (the judgment rule asks of every word).
    if !w
        .bytes()
        .next()
        .is_some_and(|b| JUDGING.iter().any(|l| l.as_bytes()[0] == b))
    {
        return false;
    }
    JUDGING.iter().any(|l| {
        w.strip_prefix(l).is_some_and(|rest| {
            matches!(rest, "" | "s" | "d" | "ed" | "es" | "led" | "ling" | "ing")
        })
    })
}

/// Words after a comma that open a clause of the reporter's own (`…, while Germany …`).
pub fn closes_statement(w: &str) -> bool {
    matches!(w, "while" | "whereas" | "although" | "though")
}

/// Nouns of speech and thought that take a `that` clause (`her claim that …`).
const SPEECH_NOUNS: &[&str] = &[
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
];

/// Whether `w` (lower case) is a speech noun.
pub fn is_speech_noun(w: &str) -> bool {
    static SET: WordSet = WordSet::new(SPEECH_NOUNS);
    SET.contains(w)
}

/// Participles of a sourceless passive (`it was announced that …`).
pub fn is_sourceless_participle(w: &str) -> bool {
    matches!(
        w,
        "announced"
            | "reported"
            | "said"
            | "claimed"
            | "alleged"
            | "believed"
            | "understood"
            | "confirmed"
            | "expected"
            | "rumored"
            | "rumoured"
            | "thought"
            | "feared"
    )
}

/// Forms of `be` in a sourceless passive.
pub fn is_be(w: &str) -> bool {
    matches!(w, "is" | "was" | "were" | "are" | "been" | "be" | "being")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_hold_their_examples() {
        assert!(is_thought("believes") && !is_thought("ran"));
        assert!(takes_bare_clause("said") && !takes_bare_clause("told"));
        assert!(opens_clause("he") && !opens_clause("peskov"));
        assert!(is_complementiser("whether") && is_speech_noun("claim"));
        assert!(is_sourceless_participle("announced") && is_be("was"));
        assert!(takes_object("thanked") && takes_object("continuing") && !takes_object("said"));
        assert!(judges("condemned") && judges("called") && !judges("caller"));
        assert!(closes_statement("while"));
        assert!(asks("asked") && opens_relative("have") && follows_trailing_cue("in"));
    }
}
