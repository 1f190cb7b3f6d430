//! Quotes found by their marks alone, for an article in a language Lede has no lexicon for.
//!
//! Takes a segmented [`Doc`]; gives its quotes with no speaker, mention or cue (rule `none`):
//! English cues, titles and names are never looked for in French or Chinese text, where they
//! made speakers of `Il` and `En pratique`. A quote is direct when it holds six words or more
//! or fills its sentence, a mention when it holds four or fewer, else partial; in scripts
//! written without spaces, two characters count as a word.

use super::{marks, unit, Quote, QuoteKind};
use crate::text::{words, Doc};

/// The quotes of `doc`, found by their marks, attributed to nobody.
///
/// `« Nous ne laisserons personne à la rue », a déclaré Claire Dumas.` → one direct quote,
/// speaker unknown.
pub fn by_marks(doc: &Doc) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes = Vec::new();
    for (p, par) in doc.paragraphs.iter().enumerate() {
        let next_opens = doc
            .paragraphs
            .get(p + 1)
            .is_some_and(|n| marks::opens_with_quote(text, *n));
        for m in marks::scan(text, *par, next_opens) {
            let inner = m.inner.of(text);
            let unspaced = inner.chars().filter(|c| is_unspaced(*c)).count();
            let n = words(inner).count().max(unspaced / 2);
            let sentence = unit(doc, m.outer, *par);
            let around = words(&text[sentence.start..m.outer.start]).count()
                + words(&text[m.outer.end..sentence.end]).count();
            let kind = if n >= 6 || (around <= 1 && n >= 2) {
                QuoteKind::Direct
            } else if n <= 4 {
                QuoteKind::Mention
            } else {
                QuoteKind::Partial
            };
            quotes.push(Quote::unattributed(m.inner, kind));
        }
    }
    quotes
}

/// Letters of the scripts written without spaces between words (Han, kana, Thai).
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xE00..=0xE7F)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article_from_text;

    fn quotes(text: &str) -> Vec<(String, QuoteKind)> {
        let article = article_from_text(text);
        let doc = Doc::new(&article);
        by_marks(&doc)
            .into_iter()
            .map(|q| {
                assert_eq!(q.speaker, None);
                assert_eq!(q.mention, None);
                assert_eq!(q.cue, None);
                (q.span.of(text).to_string(), q.kind)
            })
            .collect()
    }

    #[test]
    fn quotes_are_found_by_their_marks_and_given_to_nobody() {
        let got = quotes(
            "« Nous ne laisserons personne à la rue », a déclaré Claire Dumas.\n\n\
             Le projet « Toit pour tous » sera voté, « sans aucun doute possible » selon elle.",
        );
        assert_eq!(
            got,
            [
                (
                    "Nous ne laisserons personne à la rue".to_string(),
                    QuoteKind::Direct
                ),
                ("Toit pour tous".to_string(), QuoteKind::Mention),
                ("sans aucun doute possible".to_string(), QuoteKind::Mention),
            ]
        );
    }

    #[test]
    fn unspaced_scripts_count_characters() {
        let got = quotes("“我们将关闭市中心的汽车通行，”市长说。");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, QuoteKind::Direct);
    }
}
