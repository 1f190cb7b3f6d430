//! Roles around a name that no title gives: a lower-case role right before it (`Kremlin
//! spokesman`) or an appositive after it (`Flynn, a top Trump surrogate,`).
//!
//! Takes a sentence's tokens and the bounds of a name in them; gives the role's text.

use super::lexicon::{self, ROLE_NOUNS, STOP};
use super::runs::single_space;
use crate::text::tokens::{is_cap, Token};
use crate::text::Span;

/// Words that end an appositive search (a clause, not a description, follows the comma).
static NOT_APPOSITIVE: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "who", "which", "whose", "that", "and", "but", "or", "said", "says", "told", "added", "if",
    "when", "while", "as", "because", "he", "she", "they", "it", "we", "i", "you", "not", "so",
    "in", "on", "at", "for", "with", "to", "by", "from", "after", "before", "also", "however",
]);

/// A lower-case role right before a name: `Kremlin spokesman`, `Republican presidential
/// candidate`, `Trump campaign manager`.
pub(super) fn role_before(text: &str, toks: &[Token], at: usize, sentence: Span) -> Option<String> {
    let mut k = at;
    let mut first = None;
    let mut has_noun = false;
    while k > 0 {
        let prev = toks[k - 1];
        if prev.span.start < sentence.start
            || !single_space(&text[prev.span.end..toks[k].span.start])
        {
            break;
        }
        let w = prev.span.of(text);
        let lw = w.to_lowercase();
        if !has_noun {
            if ROLE_NOUNS.contains(&lw.as_str()) && w == lw {
                has_noun = true;
                first = Some(k - 1);
            } else {
                break;
            }
        } else if (is_cap(w) && !STOP.contains(&w)
            || w.ends_with("al")
            || lexicon::ROLE_MODIFIERS.contains(&w)
            || w == "former"
            || w == "top")
            && !prev.possessive
            && at - k < 4
        {
            first = Some(k - 1);
        } else {
            break;
        }
        k -= 1;
    }
    let f = first?;
    Some(
        Span::new(toks[f].span.start, toks[at - 1].span.end)
            .of(text)
            .to_string(),
    )
}

/// An appositive after a name: `, a top Trump surrogate,` → "top Trump surrogate".
pub(super) fn appositive(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let last = toks.get(end.checked_sub(1)?)?;
    let next = toks.get(end)?;
    let gap = &text[last.span.end..next.span.start];
    if gap.trim() != "," || last.possessive {
        return None;
    }
    let first = next.span.of(text);
    if NOT_APPOSITIVE.contains(&first.to_lowercase().as_str())
        || is_cap(first)
            && !lexicon::is_title(first)
            && !lexicon::is_demonym(first)
            && !matches!(first, "A" | "An" | "The")
    {
        return None;
    }
    let mut k = end;
    while k < toks.len() && k - end < 12 {
        if k > end {
            let g = &text[toks[k - 1].span.end..toks[k].span.start];
            if g.contains(',') || g.contains('.') || g.contains('(') || g.contains('—') {
                let role = Span::new(next.span.start, toks[k - 1].span.end).of(text);
                let role = role
                    .trim_start_matches("a ")
                    .trim_start_matches("an ")
                    .trim_start_matches("the ");
                let has_role_word = role.split_whitespace().any(|w| {
                    ROLE_NOUNS.contains(&w.to_lowercase().as_str()) || lexicon::is_title(w)
                });
                return has_role_word.then(|| role.to_string());
            }
        }
        k += 1;
    }
    None
}
