//! Reporting verbs ("cues"): the words that tie a quote to its speaker.
//!
//! Takes a word; says whether it is a form of a reporting verb (say, said, says, saying…).

/// Reporting verbs, every inflection listed.
const CUES: &[&str] = &[
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "add",
    "added",
    "adding",
    "adds",
    "admit",
    "admits",
    "admitted",
    "announce",
    "announced",
    "announces",
    "argue",
    "argued",
    "argues",
    "arguing",
    "ask",
    "asked",
    "asks",
    "call",
    "called",
    "calling",
    "calls",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "comment",
    "commented",
    "comments",
    "conclude",
    "concluded",
    "condemn",
    "condemned",
    "condemning",
    "condemns",
    "declare",
    "declared",
    "declares",
    "describe",
    "described",
    "describes",
    "describing",
    "emphasised",
    "emphasized",
    "explain",
    "explained",
    "explains",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "note",
    "noted",
    "notes",
    "noting",
    "predicted",
    "promised",
    "recalled",
    "replied",
    "replies",
    "responded",
    "said",
    "say",
    "saying",
    "says",
    "state",
    "stated",
    "states",
    "stressed",
    "suggested",
    "tell",
    "telling",
    "tells",
    "told",
    "tweet",
    "tweeted",
    "tweets",
    "urge",
    "urged",
    "urges",
    "warn",
    "warned",
    "warning",
    "warns",
    "write",
    "writes",
    "writing",
    "wrote",
];

/// Whether `word` (any case) is a reporting verb.
pub fn is_cue(word: &str) -> bool {
    let w = word.to_lowercase();
    CUES.binary_search(&w.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_is_sorted_and_matches() {
        assert!(CUES.windows(2).all(|w| w[0] < w[1]), "keep CUES sorted");
        assert!(is_cue("Said") && is_cue("told") && !is_cue("sad"));
    }
}
