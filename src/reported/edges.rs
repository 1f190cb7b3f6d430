//! The edges of a reported statement: which words are cues, where a clause breaks, where the
//! content ends (the sentence end, a semicolon, `, adding …`, `, while …`, `and that`), and
//! whether a name and its verb open a bare clause.
//!
//! Takes a sentence's [`Frame`] and word indices; gives spans and yes/no answers for the rules
//! of `rules.rs`.

use super::words::{closes_statement, is_thought, opens_relative, takes_object};
use crate::quotes::cues;
use crate::quotes::frame::Frame;
use crate::text::Span;

/// Whether word `i` is a cue of reported speech or thought outside quotation marks.
pub(super) fn is_report_cue(f: &Frame, i: usize) -> bool {
    let w = &f.words[i];
    let negated = (1..=2).any(|d| {
        i >= d && {
            let b = f.text[f.words[i - d].span.start..f.words[i - d].span.end].to_lowercase();
            b == "not" || b == "never" || b.ends_with("n't") || b.ends_with("n’t")
        }
    });
    !w.quoted
        && (cues::is_cue(&w.lower) || is_thought(&w.lower))
        && w.lower != "according"
        && !takes_object(&w.lower)
        && !negated
}

/// The fewest words a statement has.
pub(super) const MIN_WORDS: usize = 3;

/// Whether `s` holds at least [`MIN_WORDS`] words of the frame.
pub(super) fn long_enough(f: &Frame, s: Span) -> bool {
    f.words.iter().filter(|w| s.contains(w.span)).count() >= MIN_WORDS
}

/// Whether a gap holds punctuation that ends a clause.
pub(super) fn breaks(gap: &str) -> bool {
    gap.contains([
        ',', ';', ':', '(', ')', '—', '–', '.', '?', '!', '“', '”', '"',
    ])
}

/// The content from word `from` to the end of the sentence, cut at a semicolon, at a comma
/// before a participle cue (`…, adding that …`) or before `and that` (returned as the second
/// part's first word); `None` when nothing is left.
pub(super) fn content_from(f: &Frame, from: usize, end: usize) -> Option<(Span, Option<usize>)> {
    if from >= f.words.len() {
        return None;
    }
    let mut last = f.words.len() - 1;
    let mut second = None;
    for k in from..f.words.len() - 1 {
        let g = f.gap(k);
        let next = &f.words[k + 1].lower;
        if g.contains(';') && !f.words[k].quoted {
            last = k;
            break;
        }
        if g.contains(',')
            && (cues::cue(next).is_some_and(|c| c.participle) || closes_statement(next))
        {
            last = k;
            break;
        }
        if next == "and" && f.words.get(k + 2).is_some_and(|w| w.lower == "that") {
            last = k;
            second = Some(k + 3);
            break;
        }
    }
    let mut stop = f.words[last].span.end;
    // A closing quotation mark right after the last word belongs to the statement.
    let tail = f.text.get(stop..end).unwrap_or("");
    let closes: usize = tail
        .char_indices()
        .take_while(|(_, c)| matches!(c, '.' | '!' | '?' | '”' | '"' | '’'))
        .last()
        .filter(|_| tail.contains(['”', '"']))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let kept = &tail[..closes];
    if let Some(q) = kept.rfind(['”', '"']) {
        stop += q + kept[q..].chars().next().map_or(1, char::len_utf8);
    }
    let start = f.words[from].span.start;
    let span = Span::new(start, stop);
    (stop > start && long_enough(f, span)).then_some((span, second))
}

/// Verbs that name their addressee before the clause (`told reporters she …`).
pub(super) fn tells(w: &str) -> bool {
    matches!(
        w,
        "told" | "tell" | "tells" | "telling" | "assured" | "assures" | "reminded"
    )
}

/// Whether a clause opens at word `i` with a name and its verb (`said Putin had sent …`,
/// `said President Ada Roe conveyed …`): capitalised words, then a verb form. (`said Peskov.`
/// and `said Monday the …` are not clauses.)
pub(super) fn named_clause(f: &Frame, i: usize) -> bool {
    let cap = |k: usize| {
        f.words[k]
            .span
            .of(f.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && !f.words[k].quoted
    };
    let mut k = i;
    while k < f.words.len() && cap(k) && k < i + 4 {
        if k > i && !f.gap(k - 1).trim().is_empty() {
            return false;
        }
        k += 1;
    }
    if k == i || k >= f.words.len() || !f.gap(k - 1).trim().is_empty() {
        return false;
    }
    let v = f.words[k].lower.as_str();
    opens_relative(v) && v != "way" || v.ends_with("ed") && v.len() > 4
}
