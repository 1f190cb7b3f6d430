//! The noun phrase that names a speaker in German, French and Spanish.
//!
//! Takes the tokens of a sentence, a place in them and a [`Speech`] lexicon; gives the noun
//! phrase that stands there, as a token range (`np`: `Bundeskanzlerin Angela Merkel`, `der
//! italienische Kardinal Angelo Sodano`, `le ministre de l'Intérieur`, `er`), for the cue
//! patterns to point at and `people.rs` to turn into an entity.

use super::tokens::{Kind, Tok};
use crate::lexicon::Speech;

/// At most this many tokens in a speaker's noun phrase.
const MAX_NP: usize = 12;

/// The noun phrase starting at token `i`, as a token range, if one starts there.
///
/// `sagte Schalkes Trainer Felix Magath zur Sportschau` from `Schalkes` → `Schalkes Trainer
/// Felix Magath`; `sagte sie.` → `sie`; `sagte am Montag` → none.
pub fn np(toks: &[Tok], i: usize, lex: &Speech) -> Option<(usize, usize)> {
    let first = toks.get(i).filter(|t| t.word())?;
    if lex.pronoun(&first.low).is_some() {
        return Some((i, i + 1));
    }
    let det = lex.determiners.contains(first.low.as_str());
    // `Von der Leyen betonte`: a name opening with a joiner, lower-cased as a sentence's
    // first word that the text writes in lower case elsewhere.
    let joined_name = i == 0 && !first.cap && lex.name_joiners.contains(first.low.as_str()) && {
        let k = (i + 1..toks.len())
            .find(|&k| !lex.name_joiners.contains(toks[k].low.as_str()))
            .unwrap_or(toks.len());
        k > i + 1 && toks.get(k).is_some_and(|t| t.word() && t.cap)
    };
    if !det
        && !joined_name
        && (!first.cap || lex.np_stops.contains(first.low.as_str()) || lex.is_cue(&first.low))
    {
        return None;
    }
    // German writes nouns with a capital, French and Spanish do not.
    let lower_nouns = lex.lang != "de";
    let mut end = i + 1;
    let mut seen_noun = (first.cap || joined_name) && !det;
    while end < toks.len() && end - i < MAX_NP {
        let t = &toks[end];
        match t.kind {
            Kind::Word => {
                let low = t.low.as_str();
                let joins = lex.name_joiners.contains(low)
                    && toks
                        .get(end + 1)
                        .is_some_and(|n| n.cap || lex.determiners.contains(n.low.as_str()));
                if joins && seen_noun {
                    end += 1;
                    continue;
                }
                if lex.np_stops.contains(low) || lex.is_cue(low) || lex.auxiliaries.contains(low) {
                    break;
                }
                if lex.determiners.contains(low) {
                    // A genitive after the head noun (`der Sprecher der Polizei`).
                    if !seen_noun {
                        break;
                    }
                    end += 1;
                    continue;
                }
                if t.cap
                    && lex.abbreviations.contains(low)
                    && toks.get(end + 1).is_some_and(|n| n.is('.'))
                {
                    // `Messechef Dr. Leo Kranz`
                    end += 2;
                    continue;
                }
                if t.cap {
                    seen_noun = true;
                } else if !(det && (lower_nouns || !seen_noun)) {
                    break;
                }
                end += 1;
            }
            Kind::Punct('(') if seen_noun => {
                // A party or a place after a name: `Kristina Schröder (CDU)`.
                let close = (end + 1..toks.len().min(end + 5)).find(|&k| toks[k].is(')'));
                match close {
                    Some(k)
                        if toks[end + 1..k].iter().all(|t| t.word() && t.cap) && k > end + 1 =>
                    {
                        end = k + 1
                    }
                    _ => break,
                }
            }
            Kind::Punct(',') => {
                // An apposition naming the speaker: `der Deutschlandchef von EY, Hubert Bart`.
                let mut k = end + 1;
                while toks.get(k).is_some_and(|t| {
                    t.word() && (t.cap || lex.name_joiners.contains(t.low.as_str()))
                }) {
                    k += 1;
                }
                let closes = toks
                    .get(k)
                    .is_none_or(|t| !t.word() && !matches!(t.kind, Kind::Quote(_)));
                if k > end + 1 && closes && seen_noun {
                    end = k;
                }
                break;
            }
            _ => break,
        }
    }
    while end > i + 1 {
        let last = &toks[end - 1];
        if lex.name_joiners.contains(last.low.as_str())
            || lex.determiners.contains(last.low.as_str())
        {
            end -= 1;
        } else {
            break;
        }
    }
    (seen_noun || det && end > i + 1).then_some((i, end))
}
