//! The sentences and quotation spans the German, French and Spanish rules read.
//!
//! Takes a segmented [`Doc`], a paragraph and the quotations marked in it; gives its sentences
//! re-joined where the segmenter cut after an abbreviation or an ordinal (`z. B.`, `am 19.
//! Juni`, `Sr.`) or inside a quotation, and split after a quote that ends its sentence inside
//! the marks; a quote opened by a dialogue dash (`—No cederemos —dijo el portavoz—.`); and a
//! quotation's span without the spaces inside its marks (`« Oui »`).

use crate::lexicon::Speech;
use crate::quotes::marks::Marked;
use crate::text::{words, Doc, Span};

/// A span without the spaces inside its marks (`« Oui »` → `Oui`).
pub fn trim(text: &str, s: Span) -> Span {
    let inner = s.of(text);
    let lead = inner.len() - inner.trim_start().len();
    Span::new(s.start + lead, s.start + lead + inner.trim().len()).max_start(s.start)
}

trait MaxStart {
    fn max_start(self, start: usize) -> Span;
}

impl MaxStart for Span {
    fn max_start(self, start: usize) -> Span {
        Span::new(self.start.max(start), self.end.max(self.start.max(start)))
    }
}

/// The sentences of paragraph `p`, re-joined where the segmenter cut after an abbreviation,
/// an ordinal number or inside a quotation.
pub fn sentences(doc: &Doc, p: usize, quotes: &[(usize, Span)], lex: &Speech) -> Vec<Span> {
    let text = doc.text;
    let mut out: Vec<Span> = Vec::new();
    for s in doc.sentences.iter().filter(|s| s.paragraph == p) {
        if let Some(prev) = out.last_mut() {
            let inside = quotes
                .iter()
                .any(|(_, q)| q.start < prev.end && q.end > s.span.start);
            if inside || cut_too_early(prev.of(text), lex) {
                prev.end = s.span.end;
                continue;
            }
        }
        out.push(s.span);
    }
    // `„… werden.“ Der Geschäftsführer fragte:` — a quote that ends its sentence inside the
    // marks ends it (the segmenter knows no German closing mark).
    let mut split = Vec::with_capacity(out.len());
    for s in out {
        let mut from = s.start;
        for (_, q) in quotes
            .iter()
            .filter(|(_, q)| q.start >= s.start && q.end < s.end)
        {
            let ends = text[..q.end]
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'));
            let next = text[q.end..s.end].trim_start().chars().next();
            if ends.ends_with(['.', '!', '?'])
                && text[q.end..].starts_with(char::is_whitespace)
                && next.is_some_and(|c| c.is_uppercase() || c == '„' || c == '«' || c == '»')
                && from < q.end
            {
                split.push(Span::new(from, q.end));
                from = q.end + text[q.end..s.end].len() - text[q.end..s.end].trim_start().len();
            }
        }
        split.push(Span::new(from, s.end));
    }
    split
}

/// Whether a sentence ends at a period that ends no sentence: after an abbreviation (`z. B.`,
/// `Sr.`), a single lower-case letter, or a German ordinal (`am 19.`).
fn cut_too_early(s: &str, lex: &Speech) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    let last = word.rsplit('.').next().unwrap_or("");
    let low = last.to_lowercase();
    let ordinal = lex.lang == "de"
        && !last.is_empty()
        && last.len() <= 2
        && last.chars().all(|c| c.is_ascii_digit());
    let letter = last.chars().count() == 1 && last.chars().all(char::is_lowercase);
    ordinal || letter || lex.abbreviations.contains(low.as_str())
}

/// A quote opened by a dialogue dash at the start of a paragraph: up to the next dash, or
/// the paragraph's end (`—No cederemos —dijo el portavoz—.` → `No cederemos`).
pub fn dialogue(text: &str, par: Span) -> Option<Marked> {
    let body = par.of(text);
    let lead = body.len() - body.trim_start().len();
    let rest = &body[lead..];
    let dash = rest.chars().next().filter(|c| matches!(c, '—' | '―'))?;
    let from = par.start + lead + dash.len_utf8();
    let close = text[from..par.end]
        .find(['—', '―', '–'])
        .map_or(par.end, |i| from + i);
    let inner = Span::new(from, close);
    let inner = Span::new(inner.start, inner.start + inner.of(text).trim_end().len());
    (words(inner.of(text)).count() > 0).then_some(Marked {
        inner,
        outer: Span::new(par.start + lead, inner.end),
        continues: false,
    })
}
