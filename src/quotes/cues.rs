//! Reporting verbs ("cues"): the words that tie a quote to its speaker.
//!
//! Takes a word; says whether it is a form of a reporting verb (say, said, says, saying…) and
//! whether that verb may stand before its subject (`“…,” said Peskov`). The lemma tables are
//! hoisted here; inflections are generated, with the irregular ones listed.

/// Verbs of saying that also invert (`“…,” said X`, `“…,” X added`).
const SAY_VERBS: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "bark",
    "boast",
    "brag",
    "caution",
    "chant",
    "charge",
    "chime",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "cry",
    "declare",
    "demand",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "fume",
    "gush",
    "insist",
    "joke",
    "lament",
    "laugh",
    "maintain",
    "mention",
    "muse",
    "note",
    "observe",
    "opine",
    "plead",
    "pledge",
    "point",
    "posit",
    "predict",
    "proclaim",
    "promise",
    "quip",
    "rail",
    "read",
    "reason",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "say",
    "scoff",
    "scream",
    "shout",
    "sigh",
    "snap",
    "state",
    "stress",
    "suggest",
    "testify",
    "tweet",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "write",
    "yell",
];

/// Verbs that take the quote or its target as an object (`X called it “…”`): no inversion.
const OBJECT_VERBS: &[&str] = &[
    "accuse",
    "advise",
    "applaud",
    "attack",
    "back",
    "believe",
    "blame",
    "blast",
    "brand",
    "call",
    "cite",
    "condemn",
    "criticise",
    "criticize",
    "decry",
    "defend",
    "deem",
    "deny",
    "denounce",
    "deride",
    "describe",
    "dismiss",
    "dub",
    "email",
    "endorse",
    "express",
    "fear",
    "feel",
    "hail",
    "highlight",
    "hope",
    "inform",
    "invoke",
    "knock",
    "label",
    "mock",
    "oppose",
    "praise",
    "post",
    "question",
    "reject",
    "remind",
    "ridicule",
    "slam",
    "support",
    "swear",
    "tell",
    "term",
    "thank",
    "think",
    "urge",
    "welcome",
];

/// Irregular forms: (form, lemma).
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("thought", "think"),
    ("felt", "feel"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("admitted", "admit"),
    ("admitting", "admit"),
    ("regretted", "regret"),
    ("cried", "cry"),
    ("cries", "cry"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("testified", "testify"),
    ("testifies", "testify"),
    ("dubbed", "dub"),
    ("dubbing", "dub"),
    ("quipped", "quip"),
    ("quipping", "quip"),
    ("pled", "plead"),
];

/// The lemma of `word` if it is an inflection of one of `lemmas`.
fn lemma_in(word: &str, lemmas: &[&'static str]) -> Option<&'static str> {
    if let Some((_, l)) = IRREGULAR.iter().find(|(f, _)| *f == word) {
        return lemmas.iter().find(|x| *x == l).copied();
    }
    let candidates = [
        Some(word.to_string()),
        word.strip_suffix('s').map(str::to_string),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix("ed").map(str::to_string),
        word.strip_suffix('d').map(str::to_string),
        word.strip_suffix("ing").map(str::to_string),
        word.strip_suffix("ing").map(|s| format!("{s}e")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|c| lemmas.iter().find(|x| **x == c).copied())
}

/// What a cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The verb may stand before its subject (`said X`).
    pub inverts: bool,
    /// A present participle (`saying`, `adding`): its subject is the clause's.
    pub participle: bool,
}

/// Whether `word` (any case) is a reporting verb, and of which sort.
pub fn cue(word: &str) -> Option<Cue> {
    let w = word.to_lowercase();
    let participle = w.ends_with("ing");
    if lemma_in(&w, SAY_VERBS).is_some() {
        return Some(Cue {
            inverts: true,
            participle,
        });
    }
    lemma_in(&w, OBJECT_VERBS).map(|_| Cue {
        inverts: false,
        participle,
    })
}

/// Whether `word` (any case) is a reporting verb.
pub fn is_cue(word: &str) -> bool {
    cue(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_match() {
        for w in [
            "Said",
            "says",
            "saying",
            "told",
            "tells",
            "added",
            "adding",
            "argues",
            "noted",
            "noting",
            "tweeted",
            "replied",
            "wrote",
            "writes",
            "called",
            "described",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["sad", "sand", "stated_", "ad", "the", "calling_"] {
            assert!(!is_cue(w), "{w}");
        }
        assert!(cue("said").is_some_and(|c| c.inverts));
        assert!(cue("told").is_some_and(|c| !c.inverts));
        assert!(cue("adding").is_some_and(|c| c.participle));
    }
}
