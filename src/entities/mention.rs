//! One name mention from a capitalised run: leading function words and sentence-initial
//! common words dropped, a title split off as the role (`Former Arkansas Gov.` + `Mike
//! Huckabee`), and a kind from the words (organisation, place, other, person).
//!
//! Takes a sentence's tokens and the bounds of a capitalised run; gives a [`Spotted`]
//! mention, if the run holds one.

use super::lexicon::{
    self, CONNECTORS, OFFICE_OBJECTS, ORG_WORDS, PLACES, PLACE_WORDS, ROLE_NOUNS, STOP,
};
use super::role::{appositive, role_before};
use super::runs::single_space;
use super::vocabulary::inside_sentence;
use super::{EntityKind, Gender};
use crate::text::tokens::Token;
use crate::text::Span;
use rustc_hash::FxHashSet;
use std::cell::OnceCell;

/// A name mention before clustering.
#[derive(Debug, Clone)]
pub struct Spotted {
    /// The name itself, without title or possessive.
    pub span: Span,
    /// Role or title the text gives at this mention.
    pub role: Option<String>,
    /// Gender an honorific or gendered title gives.
    pub gender: Option<Gender>,
    /// What the words say the name is, if they say.
    pub kind: Option<EntityKind>,
}

/// Compass words that open a place's name (`South Sudan`, `Northern Ireland`, `West Bank`).
static COMPASS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
]);

/// The name mention in `toks[i..j]`, a run of capitalised words, if it holds one.
/// `initial_lower`: the sentence's first word is one the text also writes in lower case
/// ([`super::vocabulary::lowercase_initials`]).
pub(super) fn name_in_run<'t>(
    text: &'t str,
    toks: &[Token],
    i: usize,
    j: usize,
    sentence: Span,
    initial_lower: bool,
    inner: &OnceCell<FxHashSet<&'t str>>,
) -> Option<Spotted> {
    let word = |k: usize| toks[k].span.of(text);
    let sentence_initial = {
        let before = &text[sentence.start..toks[i].span.start];
        before.chars().all(|c| !c.is_alphanumeric())
    };
    // Leading function words, and sentence-initial words the text also writes in lower case.
    // (Sentence-initial is the sentence's first token: `initial_lower` is that word's.)
    let mut a = i;
    while a < j
        && (STOP.contains(&word(a))
            || a > i && CONNECTORS.contains(&word(a))
            || (a == i
                && sentence_initial
                && !lexicon::is_title(word(a))
                && (initial_lower
                    || (word(a).ends_with("ing") || word(a).ends_with("ly"))
                        && !inner
                            .get_or_init(|| inside_sentence(text))
                            .contains(word(a)))))
    {
        a += 1;
    }
    // A photo credit: `Jo Ray / The Canadian Press Kevin Vickers, right, …`, `Getty Images
    // Kevin Vickers at …`: the photographer's name is no mention, the agency no part of
    // the name after it.
    if text[toks[j - 1].span.end..].trim_start().starts_with('/') {
        return None;
    }
    if let Some(k) = (a..j.saturating_sub(1))
        .rev()
        .find(|&k| matches!(word(k), "Images" | "Press") && !lexicon::is_title(word(k + 1)))
    {
        a = k + 1;
    }
    if a >= j {
        return None;
    }
    // One word opening a quotation (`“Turnout will be high”`, `“Believe me.”`) is a word
    // capitalised by the quote, unless the text also writes it capitalised mid-sentence.
    let opens_quote = text[..toks[a].span.start]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '“' | '"' | '‘' | '«' | '„' | '»'));
    if a + 1 == j
        && opens_quote
        && !lexicon::is_title(word(a))
        && !is_acronym(word(a))
        && !inner
            .get_or_init(|| inside_sentence(text))
            .contains(word(a))
    {
        return None;
    }
    // Titles: everything up to the last title word is the role, when a name follows.
    // (A role noun opening the sentence is a title there too: `Columnist George Will`.)
    let role_noun = |k: usize| {
        k == a && sentence_initial && ROLE_NOUNS.contains(&word(k).to_lowercase().as_str())
    };
    // A title with only a suffix after it is part of the name (`Martin Luther King Jr.`).
    let is_name = |from: usize| {
        from < j
            && (from..j).all(|m| !ORG_WORDS.contains(&word(m)) && !CONNECTORS.contains(&word(m)))
            && (from..j).any(|m| !lexicon::is_suffix(word(m)))
    };
    let last_title = (a..j).rev().find(|&k| {
        (lexicon::is_title(word(k)) || role_noun(k))
            && (k + 1 == j || (k + 1..j).any(|m| !lexicon::is_suffix(word(m))))
    });
    let mut start = a;
    let mut role: Option<String> = None;
    let mut gender = None;
    if let Some(k) = last_title {
        // The name starts after the title, or after what an office is of (`Secretary of
        // State Marco Rubio`).
        let name_from = Some(k + 1)
            .filter(|&f| is_name(f))
            .or_else(|| office_end(&word, k, j).filter(|&f| is_name(f)));
        if let Some(f) = name_from {
            role = Some(
                Span::new(toks[a].span.start, toks[f - 1].span.end)
                    .of(text)
                    .to_string(),
            );
            gender = (a..f)
                .find_map(|m| lexicon::honorific_gender(word(m)).or(lexicon::noun_gender(word(m))));
            start = f;
        } else if k + 1 == j
            && (a..j).all(|m| lexicon::is_title(word(m)) || lexicon::is_demonym(word(m)))
        {
            return None; // "President", "Russian President": a description, not a name.
        } else if k == a && a + 1 < j && word(a + 1) == "of" {
            // `Jane Roe, Minister of Health, said`: an office, no one's name.
            return None;
        }
    }
    // Party and nationality adjectives before a person's name join the role; not those of a
    // place's own name (`Saudi Arabia`).
    let whole = Span::new(toks[start].span.start, toks[j - 1].span.end).of(text);
    while start + 1 < j
        && lexicon::is_demonym(word(start))
        && !(start + 1..j).any(|m| ORG_WORDS.contains(&word(m)))
        && !PLACES.contains(&whole)
    {
        start += 1;
    }
    if start > a && role.is_none() {
        role = Some(
            Span::new(toks[a].span.start, toks[start - 1].span.end)
                .of(text)
                .to_string(),
        );
    }
    let span = Span::new(toks[start].span.start, toks[j - 1].span.end);
    let name = span.of(text);
    if start + 1 == j && (lexicon::is_demonym(name) && !name.ends_with('s') || name.len() < 2) {
        return None;
    }
    if name.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = (start..j).map(word).collect();
    let kind = if words.iter().any(|w| ORG_WORDS.contains(w))
        || is_acronym(name) && !PLACES.contains(&name)
    {
        Some(EntityKind::Organization)
    } else if PLACES.contains(&name)
        || words.last().is_some_and(|w| PLACE_WORDS.contains(w))
        || words.len() >= 2 && COMPASS.contains(&words[0])
        || state_after(text, toks, j) && !words.iter().any(|w| CONNECTORS.contains(w))
        || lexicon::STATE_ABBREVIATIONS.contains(&name)
    {
        Some(EntityKind::Place)
    } else if words.len() >= 2 && lexicon::names_a_thing(name) {
        // `Data Retention Bill`, `Affordable Care Act`, `Christmas Day`: a law, a plan or a
        // day, no person.
        Some(EntityKind::Other)
    } else if words
        .last()
        .is_some_and(|w| w.ends_with('s') && lexicon::is_demonym(w))
    {
        // `New Zealanders`, `Tunisian Islamists`: a people, no person.
        Some(EntityKind::Other)
    } else if role.is_some() {
        Some(EntityKind::Person)
    } else if start == a && owned_thing(text, toks, a, j) {
        // `his Truth Social platform`, `her Daily Chirp account`: a thing someone owns.
        Some(EntityKind::Other)
    } else if start == a
        && article_before(text, toks, a)
        && !(start + 1 == j && lexicon::is_demonym(name))
        && !modifies_noun(text, toks, j)
    {
        // `the White House`, `the Kremlin`, `the Armenian Patriarchate`: a person's name takes
        // no article (`the Obama administration` is the article of the noun after it).
        Some(EntityKind::Organization)
    } else {
        None
    };
    if role.is_none() && kind != Some(EntityKind::Place) {
        role = role_before(text, toks, a, sentence).or_else(|| appositive(text, toks, j));
    }
    if gender.is_none() {
        gender = role
            .as_deref()
            .and_then(|r| r.split_whitespace().find_map(lexicon::noun_gender));
    }
    // `her father Ade`, `his wife Jane Roe`: a kinship noun right before the name (no role
    // of its own) still says the person's gender.
    if gender.is_none() && start == a && a > 0 {
        let prev = toks[a - 1];
        let w = prev.span.of(text);
        if prev.span.start >= sentence.start
            && single_space(&text[prev.span.end..toks[a].span.start])
            && w.starts_with(char::is_lowercase)
        {
            gender = lexicon::noun_gender(w);
        }
    }
    Some(Spotted {
        span,
        role: role.filter(|r| lexicon::honorific_gender(r).is_none()),
        gender,
        kind,
    })
}

/// Whether an article or a group's possessive stands right before token `a` (`the`, `an`,
/// `its`, `their`).
fn article_before(text: &str, toks: &[Token], a: usize) -> bool {
    a.checked_sub(1).is_some_and(|p| {
        single_space(&text[toks[p].span.end..toks[a].span.start])
            && matches!(
                toks[p].span.of(text),
                "the" | "The" | "a" | "an" | "its" | "their" | "our"
            )
    })
}

/// Whether a person's possessive stands right before token `a` and a lower-case noun after
/// the run ending before token `j` (`his Truth Social platform`): the name is of a thing.
fn owned_thing(text: &str, toks: &[Token], a: usize, j: usize) -> bool {
    a.checked_sub(1).is_some_and(|p| {
        single_space(&text[toks[p].span.end..toks[a].span.start])
            && matches!(toks[p].span.of(text), "his" | "her" | "my" | "your")
    }) && modifies_noun(text, toks, j)
}

/// Whether a lower-case noun follows the run ending before token `j` (`Obama
/// administration`): the name modifies that noun. (Not a verb, an auxiliary or a function
/// word: `the Bill would`, `the Kremlin said`, `the Pentagon announced`.)
fn modifies_noun(text: &str, toks: &[Token], j: usize) -> bool {
    static NOT_NOUNS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
        "and", "are", "as", "at", "but", "by", "can", "could", "did", "does", "for", "from", "had",
        "has", "have", "in", "is", "it", "may", "might", "must", "of", "on", "or", "said", "says",
        "shall", "should", "that", "to", "was", "were", "which", "who", "will", "with", "would",
        "where", "when", "while", "since", "because", "if", "than", "into", "over", "after",
    ]);
    toks.get(j).is_some_and(|n| {
        let w = n.span.of(text);
        single_space(&text[toks[j - 1].span.end..n.span.start])
            && !toks[j - 1].possessive
            && w.chars().next().is_some_and(char::is_lowercase)
            && !NOT_NOUNS.contains(&w)
            && !w.ends_with("ed")
    })
}

/// Whether a US state follows the run ending before token `j` after a comma: the run is a
/// city (`Columbus, Ohio`, `Flint, Mich.`, `Derry, N.H.`).
fn state_after(text: &str, toks: &[Token], j: usize) -> bool {
    let (Some(last), Some(next)) = (j.checked_sub(1).and_then(|k| toks.get(k)), toks.get(j)) else {
        return false;
    };
    let w = next.span.of(text);
    let rest = &text[next.span.end..];
    let state = lexicon::US_STATES.contains(&w)
        || lexicon::STATE_ABBREVIATIONS.contains(&w) && (w.ends_with('.') || rest.starts_with('.'));
    state
        && !last.possessive
        && !next.possessive
        && text[last.span.end..next.span.start].trim() == ","
}

/// `Secretary of State`, `Minister for Foreign Affairs`: when title word `k` is followed by
/// `of`/`for` and office words or places, the index of the first word after them.
fn office_end<'t>(word: &impl Fn(usize) -> &'t str, k: usize, j: usize) -> Option<usize> {
    if k + 2 >= j || !matches!(word(k + 1), "of" | "for") {
        return None;
    }
    let mut m = k + 2;
    while m < j && (OFFICE_OBJECTS.contains(&word(m)) || PLACES.contains(&word(m))) {
        m += 1;
    }
    (m > k + 2).then_some(m)
}

/// Whether a word is an acronym (`FBI`, `NATO`), two or more capitals.
fn is_acronym(w: &str) -> bool {
    // (Counted in one pass, with no Vec of the letters.)
    let mut letters = 0;
    for c in w.chars() {
        if c == ' ' || c.is_alphabetic() && !c.is_uppercase() {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_acronym_is_the_letter_vec_test() {
        // The first test (every letter collected), on invented and random words.
        let old = |w: &str| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !w.contains(' ')
        };
        for w in [
            "FBI", "NATO", "F.B.I.", "Fbi", "A", "A B", "ÉU", "U.S", "3M", "",
        ] {
            assert_eq!(is_acronym(w), old(w), "{w:?}");
        }
        for w in crate::text::random_texts(5_000) {
            assert_eq!(is_acronym(&w), old(&w), "{w:?}");
        }
        assert!(lexicon::is_demonym("Russians") && lexicon::is_demonym("GOP"));
        assert!(!lexicon::is_demonym("Russ") && !lexicon::is_demonym(""));
    }
}
