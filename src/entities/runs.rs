//! Capitalised runs: where a run of name words starting at a token ends (`Bank of America`,
//! `Mark van der Berg`, `George Will` before `wrote`), and the word tests it rests on
//! (hyphenated adjectives, Arabic particles, apostrophes, single spaces).
//!
//! Takes a sentence's tokens and the index of a capitalised one; gives the end of its run.

use super::lexicon::{self, CONNECTORS, ORG_WORDS, PLACES, PLACE_WORDS, STOP};
use crate::text::tokens::{is_cap, Token};

/// Whether a gap between two words is one space (a no-break space counts).
pub(super) fn single_space(g: &str) -> bool {
    g == " " || g == "\u{a0}"
}

/// A capitalised word hyphenated to a lower-case one ("Washington-proposed", "Kremlin-backed",
/// "US-led", "Obama-era") is an adjective, not a name; a short syllable after the hyphen is
/// part of a name ("Ban Ki-moon", "Moon Jae-in").
pub(super) fn hyphen_adjective(w: &str) -> bool {
    /// Short adjective-forming words after a hyphen.
    static SHORT_TAILS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
        "age", "born", "bred", "day", "era", "free", "held", "ish", "led", "like", "made", "new",
        "old", "only", "run", "size", "type", "wide",
    ]);
    w.rsplit_once('-').is_some_and(|(_, last)| {
        last.chars().next().is_some_and(char::is_lowercase)
            && (last.chars().count() > 4
                || last.ends_with("ed")
                || last.ends_with("ly")
                || SHORT_TAILS.contains(&last))
    })
}

/// A name word behind a lower-case Arabic particle (`al-Assad`, `el-Sisi`).
pub(super) fn particle_name(w: &str) -> bool {
    // (The particles end at the word's first hyphen: found by the byte, then compared whole,
    // not each particle tried as a prefix.)
    let b = w.as_bytes();
    let Some(h) = (0..b.len().min(4)).find(|&k| b[k] == b'-') else {
        return false;
    };
    matches!(
        &b[..h],
        b"al" | b"el" | b"ad" | b"as" | b"ash" | b"az" | b"bin" | b"ibn"
    ) && is_cap(&w[h + 1..])
}

/// The byte offset of the first apostrophe (`'` or `’`) in `w`, if any: a byte search, not a
/// char pattern.
pub(super) fn apostrophe(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b'\''
            || b[k] == 0xE2 && b.get(k + 1) == Some(&0x80) && b.get(k + 2) == Some(&0x99)
        {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// Capitalised function words and times that never end a name as its surname.
static NOT_SURNAMES: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "The",
    "And",
    "But",
    "She",
    "They",
    "You",
    "His",
    "Her",
    "Its",
    "Our",
    "Their",
    "This",
    "That",
    "There",
    "Then",
    "When",
    "Where",
    "While",
    "With",
    "From",
    "For",
    "After",
    "Before",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]);

/// One past the last token of the capitalised run starting at `i`.
pub(super) fn run_end(text: &str, toks: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < toks.len() && !toks[j - 1].possessive {
        let gap = &text[toks[j - 1].span.end..toks[j].span.start];
        if !single_space(gap) {
            break;
        }
        let w = toks[j].span.of(text);
        // A common word as a surname ends a name: `George Will wrote`, `Billie Jean King
        // says` (not a title-case headline's `Trump Will Win`).
        let surname = is_cap(w)
            && STOP.contains(&w)
            && w.len() >= 3
            && !NOT_SURNAMES.contains(&w)
            && !STOP.contains(&toks[j - 1].span.of(text))
            && w.chars().skip(1).all(char::is_lowercase)
            && toks.get(j + 1).is_none_or(|n| {
                !single_space(&text[toks[j].span.end..n.span.start])
                    || n.span
                        .of(text)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            });
        if is_cap(w) && !STOP.contains(&w) && !hyphen_adjective(w) || particle_name(w) {
            j += 1;
        } else if surname {
            j += 1;
            break;
        } else if CONNECTORS.contains(&w) && !(w == "of" && person_so_far(text, &toks[i..j])) {
            // One or two connectors, then a capitalised word (`Bank of America`, `Mark van
            // der Berg`).
            let joined = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    single_space(&text[toks[k - 1].span.end..n.span.start])
                        && (k == j + 1 || CONNECTORS.contains(&toks[k - 1].span.of(text)))
                })
            };
            let mut k = j + 1;
            if joined(k) && CONNECTORS.contains(&toks[k].span.of(text)) && w != "of" {
                k += 1;
            }
            if joined(k) && is_cap(toks[k].span.of(text)) {
                j = k + 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    j
}

/// Whether a capitalised run reads as a person's name, so that an `of` after it starts
/// where they are from or work (`Gov. Mike Pence of Indiana`, `Nate Silver of
/// FiveThirtyEight`), not the rest of one name (`Bank of America`, `Secretary of State`,
/// `Joan of Arc`): two name words, or a title and one, and no organisation or place word.
fn person_so_far(text: &str, run: &[Token]) -> bool {
    let words: Vec<&str> = run.iter().map(|t| t.span.of(text)).collect();
    if words
        .iter()
        .any(|w| ORG_WORDS.contains(w) || PLACE_WORDS.contains(w) || CONNECTORS.contains(w))
        || PLACES.contains(&words.join(" "))
    {
        return false;
    }
    let last_title = words.iter().rposition(|w| lexicon::is_title(w));
    let names = words
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            last_title.is_none_or(|t| k > t)
                && !STOP.contains(w)
                && !lexicon::is_suffix(w)
                && !lexicon::is_demonym(w)
        })
        .count();
    names >= 2 || last_title.is_some() && names == 1
}
