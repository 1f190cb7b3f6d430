//! Sentence segmentation of one paragraph.
//!
//! Takes a paragraph's text; gives byte spans of its sentences, trimmed. A sentence ends at
//! `.`, `!`, `?` or `…` (plus any closing quotes or brackets) followed by space and a capital,
//! digit or opening quote — unless the word before is a known abbreviation or an initial, or
//! the period closes a short tag in brackets (`(R-Wis.)`). A line break always ends a
//! sentence.

use super::Span;

/// Words that end with a period without ending the sentence.
static ABBREVIATIONS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dr", "e.g", "etc",
    "feb", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar",
    "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "ph.d", "prof", "rep", "rev", "sen",
    "sep", "sept", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vs", "st",
]);

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹' | '„' | '¿' | '¡'
    )
}

/// Whether the word ending at byte `end` of `text` (just before a period) is an abbreviation.
fn abbreviation_before(text: &str, end: usize) -> bool {
    let start = text[..end]
        .rfind(|c: char| c.is_whitespace() || is_opener(c))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[start..end];
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // A single capital letter ("J. K. Rowling") or dotted initials ("U.S.").
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    (letters.len() == 1 && letters[0].is_uppercase())
        || (word.contains('.') && letters.iter().all(|c| c.is_uppercase()))
}

/// Whether the period at byte `pos` ends a short parenthetical tag with no space in it
/// (`Paul Ryan (R-Wis.) Tuesday said`, `(D-Calif.)`): an abbreviation, not a sentence end.
fn in_tag(text: &str, pos: usize) -> bool {
    text[pos + 1..].starts_with(')')
        && text[..pos]
            .rfind(|c: char| c == '(' || c.is_whitespace())
            .is_some_and(|o| text[o..].starts_with('(') && pos - o <= 12)
}

/// Splits a paragraph into sentence spans (byte offsets into `text`).
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let mut end = None;
        if c == '\n' {
            end = Some((pos, pos + 1));
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?') || is_closer(chars[j].1))
            {
                j += 1;
            }
            let cut = chars.get(j).map_or(text.len(), |x| x.0);
            let next_ok = match chars.get(j) {
                None => true,
                Some(&(_, w)) if w.is_whitespace() => {
                    let mut k = j;
                    while k < chars.len() && chars[k].1.is_whitespace() {
                        k += 1;
                    }
                    chars
                        .get(k)
                        .is_none_or(|&(_, n)| n.is_uppercase() || n.is_numeric() || is_opener(n))
                }
                _ => false,
            };
            if next_ok && !(c == '.' && (abbreviation_before(text, pos) || in_tag(text, pos))) {
                end = Some((cut, cut));
            }
            i = j.max(i + 1) - 1;
        }
        if let Some((e, next)) = end {
            push_trimmed(text, start, e, &mut out);
            start = next;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| s.of(t)).collect()
    }

    #[test]
    fn splits_after_closing_quotes() {
        assert_eq!(
            texts("He said: “We are ready.” Mr. Smith disagreed. U.S. officials left!"),
            [
                "He said: “We are ready.”",
                "Mr. Smith disagreed.",
                "U.S. officials left!"
            ]
        );
    }

    #[test]
    fn keeps_a_party_and_state_tag() {
        assert_eq!(
            texts("Rep. Paul Ryan (R-Wis.) Tuesday said it. He left (for good.) Then"),
            [
                "Rep. Paul Ryan (R-Wis.) Tuesday said it.",
                "He left (for good.)",
                "Then"
            ]
        );
    }

    #[test]
    fn keeps_initials_and_lowercase_continuations() {
        assert_eq!(
            texts("J. K. Rowling wrote it. it was e.g. fine"),
            ["J. K. Rowling wrote it. it was e.g. fine"]
        );
        assert_eq!(texts("One.\nTwo"), ["One.", "Two"]);
    }
}
