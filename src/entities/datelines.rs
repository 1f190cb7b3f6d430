//! Paragraph openers that hold no one's name: page furniture (`WATCH: …`, `READ MORE: …`)
//! and datelines (`WASHINGTON —`, `LONDON (Reuters) -`).
//!
//! Takes a paragraph, or the capitalised run opening one and the text after it; gives
//! whether it is furniture or a dateline.

use crate::text::tokens::{is_cap, Token};

/// Labels of the links a news page puts between paragraphs.
static FURNITURE: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "WATCH", "READ", "MORE", "RELATED", "LISTEN", "VIDEO", "PHOTOS", "SEE", "ALSO", "BELOW",
]);

/// Whether a paragraph is page furniture, a link line under a label in capitals (`WATCH: …`,
/// `READ MORE: …`, `WATCH BELOW: …`): its names are a headline's, never the article's people.
pub fn furniture(par: &str) -> bool {
    par.split_once(':').is_some_and(|(label, _)| {
        let mut words = label.split_whitespace().peekable();
        words.peek().is_some() && words.all(|w| FURNITURE.contains(&w))
    })
}

/// Whether a run opening a paragraph is a dateline: a place in capitals (`WASHINGTON`, `NEW
/// YORK`), maybe a state or country after a comma, then a dash or a wire's name in brackets
/// (`COLUMBUS, Ohio —`, `LONDON (Reuters) -`). A dateline names the place the story was filed
/// from, never a speaker. (Not a colon: `TRUMP: …` opens a transcript line.)
pub(super) fn dateline(text: &str, run: &[Token], rest: &str) -> bool {
    let capitals = run.iter().all(|t| {
        let w = t.span.of(text);
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    if !capitals || run.iter().map(|t| t.span.len()).sum::<usize>() < 3 {
        return false;
    }
    let mut rest = rest;
    if let Some(after_comma) = rest.strip_prefix(", ") {
        // `, Ohio`, `, Mich.`, `, South Korea`: up to two capitalised words.
        let mut r = after_comma;
        for _ in 0..2 {
            let end = r.find([' ', ',']).unwrap_or(r.len());
            if !is_cap(&r[..end]) {
                break;
            }
            r = &r[end..];
            if !r.starts_with(" ") || !r[1..].starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            r = &r[1..];
        }
        rest = r;
    }
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    rest.starts_with(['—', '–', '(']) || rest.starts_with("- ") || rest.starts_with("-- ")
}
