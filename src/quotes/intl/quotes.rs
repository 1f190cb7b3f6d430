//! Who said a quote, in German, French or Spanish: the quote rules, tried in order.
//!
//! Takes the tokens of the quote's sentence and the quote's token; gives the rule that found
//! a speaker and what it pointed to. The rules (ids of the quote sieves they mirror):
//! `cue-after-quote` (`„…“, sagte Merkel.`, `„…“, so Merkel.`, `« … », a-t-il dit`, `—…—,
//! dijo el portavoz`), `colon-name` (`Merkel sagte: „…“`, `Zum Rücktritt sagte der Kardinal:
//! „…“`, `Merkel: „…“`), `cue-before-quote` (`Er nannte den Plan „…“`), `according-to` (`laut
//! Merkel „…“`, `selon le ministre`), `cue-later` (a cue later in the sentence).

use super::cues::{
    clause_subject, cue_then_speaker, is_quote, last_cue, order_subject, verb_then_speaker, Pointed,
};
use super::sources::{report_place, source};
use super::tokens::Tok;
use crate::lexicon::Speech;
use crate::quotes::sieves::Rule;

/// The first rule that finds who said the quote at token `q` of a sentence.
pub fn attribute(toks: &[Tok], q: usize, lex: &Speech) -> Option<(Rule, Pointed)> {
    // After the quote: `„…“, sagte Merkel` (the comma is missing after `?“` and `!“`).
    let mut j = q + 1;
    while toks
        .get(j)
        .is_some_and(|t| t.is(',') || t.is('—') || t.is('–'))
    {
        j += 1;
    }
    if let Some(p) = cue_then_speaker(toks, j, lex) {
        return Some((Rule::CueAfter, p));
    }
    if j == q + 2 && toks[q + 1].is(',') {
        if let Some(p) = verb_then_speaker(toks, j, lex) {
            return Some((Rule::CueAfter, p));
        }
    }
    // Before the quote, up to the clause's start (sentence start, an earlier quote).
    let lo = toks[..q].iter().rposition(is_quote).map_or(0, |k| k + 1);
    let colon = q > lo && toks[q - 1].is(':');
    if let Some(c) = last_cue(toks, lo, q, lex) {
        let place = || (lo == 0).then(|| report_place(toks, c, lex)).flatten();
        if let Some(p) = clause_subject(toks, lo, c, lex).or_else(place) {
            return Some((
                if colon {
                    Rule::ColonName
                } else {
                    Rule::CueBefore
                },
                p,
            ));
        }
    }
    if colon {
        // `Hier sparte der Bundespräsident nicht mit Kritik: „…“`, `Merkel: „…“`
        if let Some(p) = order_subject(toks, lo, q - 1, lex) {
            return Some((Rule::ColonName, p));
        }
    }
    if let Some((p, _)) = source(toks, lex) {
        if p.np.is_some() {
            return Some((Rule::AccordingTo, p));
        }
    }
    let hi = toks.len();
    let c = last_cue(toks, j, hi, lex)?;
    let lo = toks[..c]
        .iter()
        .rposition(|t| is_quote(t) || t.is(','))
        .map_or(0, |k| k + 1);
    clause_subject(toks, lo, c, lex).map(|p| (Rule::CueLater, p))
}
