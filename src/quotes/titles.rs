//! Quoted titles and names: words in quotation marks that name a work, a show or a thing
//! (`the movie “Clinton Cash”`, `CBS’s “This Morning”`, `a group called “We The People”`)
//! rather than report what anybody said.
//!
//! Takes the text and a quote's outer span (marks included) within its paragraph; says
//! whether the words just before it introduce a title or a name. Such a quote is a mention:
//! nobody said it, so any speaker its sentence gives it is unsure.

use crate::text::Span;

/// Nouns for works whose titles stand in quotation marks right after them, maybe behind a
/// comma (`her book, “Hard Choices,”`).
static WORKS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "album",
    "book",
    "column",
    "comedy",
    "concert",
    "documentary",
    "drama",
    "episode",
    "essay",
    "film",
    "game",
    "headline",
    "memoir",
    "movie",
    "musical",
    "novel",
    "op-ed",
    "opera",
    "painting",
    "play",
    "podcast",
    "poem",
    "series",
    "show",
    "sitcom",
    "song",
    "thriller",
]);

/// Words that give a name right after them (`a memo titled “…”`). (Not `so-called`: a
/// so-called “…” quotes somebody's own term.)
const NAMING: &[&str] = &["entitled", "titled"];

/// Words before `called` that make it a verb of speech, not of naming (`she called “…”`,
/// `was called “…”`).
static NOT_NAMING_CALLED: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "who",
    "that",
    "which",
    "and",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "be",
    "been",
    "being",
    "are",
    "also",
    "then",
    "once",
    "publicly",
    "repeatedly",
]);

/// Whether the quote at `outer` (marks included) in paragraph `par` is a title or a name.
pub fn is_title(text: &str, outer: Span, par: Span) -> bool {
    let before = &text[par.start..outer.start];
    // Only spaces and at most one comma between the introducing word and the quote.
    let spaces = [' ', '\u{a0}'];
    let trimmed = before.trim_end_matches(spaces);
    let (trimmed, comma) = match trimmed.strip_suffix(',') {
        Some(t) => (t.trim_end_matches(spaces), true),
        None => (trimmed, false),
    };
    let Some(last) = trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .filter(|w| !w.is_empty())
    else {
        return false;
    };
    let mut earlier = trimmed[..trimmed.len() - last.len()]
        .split_whitespace()
        .rev();
    let prev = earlier.next().unwrap_or("");
    if WORKS.contains(&last) {
        // `her book, “…”`, not `called the show “…”` (what the show was called).
        let before_det = earlier.next().unwrap_or("");
        return ![prev, before_det].iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "called"
                    | "calling"
                    | "calls"
                    | "call"
                    | "named"
                    | "labeled"
                    | "labelled"
                    | "described"
                    | "dubbed"
            )
        });
    }
    if comma {
        return false;
    }
    if NAMING.contains(&last) {
        return true;
    }
    if last == "called" || last == "named" {
        // `a group called “…”`: a noun before the verb names the thing; after a subject
        // (`Cruz named “…”`, `she called “…”`) it reports speech.
        return prev.chars().all(|c| c.is_lowercase() || c == '-')
            && prev.chars().count() > 2
            && !prev.ends_with("ly")
            && !NOT_NAMING_CALLED.contains(&prev);
    }
    // `CBS’s “This Morning”`: a show of a network named by its letters.
    ["’s", "'s"].iter().any(|s| {
        last.strip_suffix(s).is_some_and(|org| {
            org.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && org.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(s: &str) -> bool {
        let open = s.find('“').expect("a quote");
        is_title(s, Span::new(open, s.len()), Span::new(0, s.len()))
    }

    #[test]
    fn titles_and_names_but_not_speech() {
        assert!(titled("In her book, “Hard Choices,”"));
        assert!(titled("He appeared on CBS’s “This Morning,”"));
        assert!(titled("a group called “We The People.”"));
        assert!(titled("the ad, titled “Dangerous,”"));
        assert!(!titled("the so-called “initiative”"));
        assert!(!titled("Dave Gorab called the show “the best.”"));
        assert!(!titled("the comment by Paul Song “was wrong.”"));
        assert!(!titled("Ted Cruz named “Criminal Minds,”"));
        assert!(titled("a memo titled “The Facts,”"));
        assert!(!titled(
            "Bay Roe, a treasurer for the campaign, called “hand-to-hand combat.”"
        ));
        assert!(!titled("Trump called it “a disaster.”"));
        assert!(!titled("She called “foul.”"));
        assert!(!titled("Clinton’s “basket of deplorables”"));
        assert!(!titled("He said, “We will win.”"));
        assert!(!titled("In a statement, “We will win.”"));
    }
}
