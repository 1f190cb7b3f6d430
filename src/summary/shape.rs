//! Sentence-shape rules: which sentences can stand alone in a summary, and how well.
//!
//! Takes one sentence's text (and the article title); gives whether it is a candidate at all
//! (headings, the title line and unpunctuated fragments are not) and a weight in (0, 1] that
//! scales its centrality down when a reader would miss context: it leans on an earlier
//! sentence ("He added that…", "This comes after…", "But…"), it is a quote with no speaker,
//! it was torn mid-sentence (starts in lower case), or it is too short to say anything.

use super::scan::{quoted_words, words};

/// Pronouns that, opening a sentence, point back to someone named earlier.
const PRONOUNS: &[&str] = &[
    "he", "her", "his", "it", "its", "she", "that", "their", "these", "they", "this", "those",
];
/// Verbs that, after such a pronoun, continue the previous sentence ("He added…").
const CONTINUING_VERBS: &[&str] = &[
    "added",
    "adds",
    "also",
    "came",
    "comes",
    "continued",
    "continues",
    "follows",
    "followed",
    "went",
];
/// Connectives that open a sentence answering the one before it.
const CONNECTIVES: &[&str] = &[
    "and",
    "also",
    "besides",
    "but",
    "furthermore",
    "however",
    "instead",
    "moreover",
    "nevertheless",
    "nonetheless",
    "so",
    "yet",
];
/// Fewest words a summary sentence should have.
const MIN_WORDS: usize = 6;

/// Weight of a sentence that plainly continues the previous one ("He added…").
pub const CONTINUING: f64 = 0.7;
/// Weight of a sentence opening with a connective ("But…", "However…").
pub const CONNECTIVE: f64 = 0.8;
/// Weight of a sentence opening with a pronoun ("They…", "This…").
pub const PRONOUN: f64 = 0.9;
/// Weight of a quote with no speaker in the sentence (on top of [`QUOTED`]).
pub const QUOTE_ONLY: f64 = 0.8;
/// Weight lost by a sentence all in quotes, in proportion to its quoted words: a reporter's
/// own sentence summarises better than a speaker's words.
pub const QUOTED: f64 = 0.2;
/// Weight of a question: a summary states, it does not ask (and a headline question
/// is often the title line itself, when the extractor did not take it as one).
pub const QUESTION: f64 = 0.6;
/// Weight of a sentence starting in lower case (torn from its start).
pub const TORN: f64 = 0.5;
/// Weight of a sentence shorter than [`MIN_WORDS`].
pub const SHORT: f64 = 0.5;

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '“')
}

/// Whether the sentence ends like a sentence (`.`, `!`, `?`, `…`, maybe inside quotes or
/// brackets). Headings, bylines, captions and menu items do not.
pub fn is_punctuated(text: &str) -> bool {
    without_closers(text).ends_with(['.', '!', '?', '…'])
}

/// The text without trailing space, closing quotes and closing brackets.
fn without_closers(text: &str) -> &str {
    text.trim_end()
        .trim_end_matches(|c: char| is_closing_quote(c) || matches!(c, '’' | '\'' | ')' | ']'))
}

/// Whether the sentence is the article's title (the plain-text title line, an `h1` kept in
/// the text), compared on lower-cased words.
pub fn is_title(text: &str, title: &str) -> bool {
    let same = |a: &str, b: &str| {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    };
    let mut sentence = words(text);
    let mut matched = 0;
    for word in words(title) {
        match sentence.next() {
            Some(w) if same(w, word) => matched += 1,
            _ => return false,
        }
    }
    // The title, maybe with a short tail ("– World", "| BBC News").
    matched > 0 && sentence.count() <= 3
}

/// Whether a sentence may appear in a summary at all.
pub fn is_candidate(text: &str, title: &str) -> bool {
    is_punctuated(text) && !is_title(text, title)
}

/// Whether the whole sentence is one quotation, with nobody named as saying it.
pub fn is_quote_only(text: &str) -> bool {
    let t = text.trim();
    let mut chars = t.chars();
    if !chars.next().is_some_and(is_opening_quote) {
        return false;
    }
    match chars.as_str().find(is_closing_quote) {
        // Whatever follows the closing mark is punctuation only.
        Some(close) => chars.as_str()[close..]
            .chars()
            .all(|c| !c.is_alphanumeric()),
        None => true,
    }
}

/// Share of the sentence's words that sit inside double quotation marks.
pub fn quoted_share(text: &str) -> f64 {
    share(quoted_words(text))
}

/// `quoted / total` of a [`quoted_words`] count (0 for no words).
fn share((quoted, total): (usize, usize)) -> f64 {
    if total == 0 {
        0.0
    } else {
        quoted as f64 / total as f64
    }
}

/// Whether `word`, lower-cased, is one of `list` (all lower-case ASCII). ASCII words are
/// compared in place; others are lower-cased first, as a char may lower-case to ASCII.
fn lower_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        let lower = word.to_lowercase();
        list.contains(&lower.as_str())
    }
}

/// How well a sentence stands alone, in (0, 1].
pub fn weight(text: &str) -> f64 {
    let mut first_words = words(text);
    let first = first_words.next().unwrap_or_default();
    let second = first_words.next().unwrap_or_default();
    let mut w = if lower_in(first, PRONOUNS) {
        if lower_in(second, CONTINUING_VERBS) {
            CONTINUING
        } else {
            PRONOUN
        }
    } else if lower_in(first, CONNECTIVES) {
        CONNECTIVE
    } else {
        1.0
    };
    // One walk gives both the quoted share and the word count.
    let counts = quoted_words(text);
    w *= 1.0 - QUOTED * share(counts);
    if is_quote_only(text) {
        w *= QUOTE_ONLY;
    }
    let starts_lower = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_lowercase);
    if starts_lower {
        w *= TORN;
    }
    if without_closers(text).ends_with('?') {
        w *= QUESTION;
    }
    if counts.1 < MIN_WORDS {
        w *= SHORT;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_titles_are_not_candidates() {
        let title = "Kremlin says Putin sent ‘additional’ signals to Trump on ceasefire";
        assert!(!is_candidate("Leave a Reply", title));
        assert!(!is_candidate(&format!("{title} – World"), title));
        assert!(!is_candidate("Is this the end?", "Is this the end?"));
        assert!(is_candidate(
            "Russia said on Friday that talks would go on.",
            title
        ));
        assert!(is_candidate("“We are ready,” he said.", ""));
        assert!(is_candidate("He asked (why not?)", ""));
    }

    #[test]
    fn sentences_leaning_on_an_earlier_one_weigh_less() {
        let plain = weight("The dollar hit its highest level against the euro in three months.");
        assert_eq!(plain, 1.0);
        assert_eq!(
            weight("He added that the deficit was set to stabilise soon."),
            CONTINUING
        );
        assert_eq!(
            weight("This comes after a week of heavy losses on the markets."),
            CONTINUING
        );
        assert_eq!(
            weight("But calls for a shift in policy have fallen on deaf ears."),
            CONNECTIVE
        );
        assert_eq!(
            weight("They want the central bank to act before the summer."),
            PRONOUN
        );
    }

    #[test]
    fn quotes_without_a_speaker_weigh_less() {
        assert!(is_quote_only(
            "“There is still much to be done, but we are close.”"
        ));
        assert!(is_quote_only("\"We will win this,\" "));
        assert!(!is_quote_only(
            "“We will win this,” the coach said after the game."
        ));
        assert!(!is_quote_only("The coach said: “We will win this.”"));
        let alone = weight("“There is still much to be done, but we are close.”");
        assert!((alone - (1.0 - QUOTED) * QUOTE_ONLY).abs() < 1e-9);
        assert!(weight("“We will win this,” the coach said after the game.") > alone);
    }

    #[test]
    fn quoted_share_counts_words_inside_marks() {
        assert_eq!(quoted_share("“We will win,” he said."), 0.6);
        assert_eq!(quoted_share("He said \"yes\" twice."), 0.25);
        assert_eq!(quoted_share("No quotes here."), 0.0);
        assert_eq!(quoted_share(""), 0.0);
    }

    #[test]
    fn questions_weigh_less() {
        assert_eq!(
            weight("Could rivalry overshadow the general election campaign?"),
            QUESTION
        );
        assert_eq!(
            weight("Who will pay for the new bridge over the river?”"),
            QUESTION
        );
    }

    #[test]
    fn torn_and_short_sentences_weigh_less() {
        assert_eq!(
            weight("wrote on Friday on his platform after a long call with Putin."),
            TORN
        );
        assert_eq!(weight("Shares fell."), SHORT);
        assert_eq!(weight(""), SHORT);
    }
}
