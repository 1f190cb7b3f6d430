//! The verbs of reported speech beyond the speech cues: verbs of thought, writing and
//! evidence, those that take a clause without `that`, those that take an object instead,
//! verbs of a reported question and of judgment, and the participles and forms of `be` of a
//! sourceless passive.
//!
//! Takes a lower-cased word; gives whether it is one of those verbs. Hand-set lists (the
//! speech cues themselves are `quotes::cues`; these add thought and writing, as PolNeAR
//! annotates them). The other words the rules read are `words.rs`'s.

use crate::lexicon::WordSet;

/// Verbs of thought, writing and evidence that report a statement (`X believes that …`, `the
/// poll found that …`), beyond the speech cues of `quotes::cues`.
static THOUGHT: WordSet = WordSet::of(crate::words![
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
]);

/// Whether `w` (lower case) is a verb of thought or writing that reports a clause.
pub fn is_thought(w: &str) -> bool {
    THOUGHT.contains(w)
}

/// Verbs whose clause may follow without `that` (`Putin said he backed …`).
static BARE_CLAUSE: WordSet = WordSet::of(crate::words![
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
]);

/// Whether the cue `w` (lower case) may take its clause without `that`.
pub fn takes_bare_clause(w: &str) -> bool {
    BARE_CLAUSE.contains(w)
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
        assert!(is_sourceless_participle("announced") && is_be("was"));
        assert!(takes_object("thanked") && takes_object("continuing") && !takes_object("said"));
        assert!(judges("condemned") && judges("called") && !judges("caller"));
        assert!(asks("asked"));
    }
}
