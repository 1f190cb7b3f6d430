//! Sources named by a preposition or a phrase in German, French and Spanish.
//!
//! Takes the tokens of a sentence and a [`Speech`] lexicon; gives the source of `laut X`,
//! `gemäß X`, `X zufolge`, `nach Angaben von X`, `seiner Meinung nach`, `selon X`, `según X`,
//! `d'après X`, and the place a report is said to stand in (`In dem Schreiben heißt es`).

use super::cues::Pointed;
use super::phrase::np;
use super::tokens::Tok;
use crate::lexicon::Speech;

/// A source named in the sentence: `laut X`, `gemäß X`, `selon X`, `según X`, `nach Angaben
/// von X`, `d'après X`, `X zufolge`; the source's token range (for its span) with the speaker.
pub fn source(toks: &[Tok], lex: &Speech) -> Option<(Pointed, (usize, usize))> {
    for (i, t) in toks.iter().enumerate() {
        if !t.word() {
            continue;
        }
        let low = t.low.as_str();
        let mut at = None;
        if lex.source_before.contains(low) {
            at = Some(i + 1);
        } else {
            // `nach Angaben von X`, with up to two words between (`nach eigenen Angaben`,
            // `nach den bisherigen Erkenntnissen`).
            let noun = (i + 1..toks.len().min(i + 4))
                .take_while(|&k| toks[k].word())
                .find(|&k| {
                    lex.source_phrases
                        .iter()
                        .any(|(p, w)| *p == low && *w == toks[k].low)
                });
            if let Some(k) = noun {
                let skip = toks
                    .get(k + 1)
                    .is_some_and(|x| matches!(x.low.as_str(), "von" | "de" | "con"));
                at = Some(k + 1 + usize::from(skip));
            }
        }
        if let Some(a) = at {
            let np = np(toks, a, lex);
            let end = np.map_or(a, |n| n.1);
            return Some((
                Pointed {
                    np,
                    cue: t.span,
                    plural: None,
                    end,
                    pronoun: None,
                },
                (i, end),
            ));
        }
        // `seiner Meinung nach`, `eigenen Angaben nach`
        let noun_nach = low == "nach"
            && lex.lang == "de"
            && i > 0
            && lex
                .source_phrases
                .iter()
                .any(|(_, w)| *w == toks[i - 1].low);
        if (lex.source_after.contains(low) || noun_nach) && i > 0 {
            // `neuesten Studien zufolge`, `dem Zeugen zufolge`: the phrase before.
            let mut a = i;
            while a > 0
                && toks[a - 1].word()
                && !lex.np_stops.contains(toks[a - 1].low.as_str())
                && i - a < 8
            {
                a -= 1;
            }
            if a < i {
                let np = Some((a, i));
                return Some((
                    Pointed {
                        np,
                        cue: t.span,
                        plural: None,
                        end: i + 1,
                        pronoun: None,
                    },
                    (a, i + 1),
                ));
            }
        }
    }
    None
}

/// The report a German `heißt es` stands in, named before it: `In einem Schreiben des
/// Ministeriums heißt es, …` → `einem Schreiben des Ministeriums` (the cue is token `c`).
pub fn report_place(toks: &[Tok], c: usize, lex: &Speech) -> Option<Pointed> {
    toks.get(c + 1).filter(|t| t.low == "es")?;
    if !matches!(
        toks.first()?.low.as_str(),
        "in" | "im" | "bei" | "beim" | "aus"
    ) {
        return None;
    }
    let n = np(toks, 1, lex).filter(|n| n.1 <= c)?;
    Some(Pointed {
        np: Some(n),
        cue: toks[c].span,
        plural: None,
        end: c + 1,
        pronoun: None,
    })
}
