//! Cue patterns shared by quotes and reported statements in German, French and Spanish.
//!
//! Takes the tokens of a sentence and a [`Speech`] lexicon; gives the speaker's noun phrase
//! that a cue points to: after a cue that follows the words said (`„…“, sagte Merkel`,
//! `« … », a déclaré Claire Dumas`, `« … », a-t-il dit`, `—…—, dijo el portavoz`), the subject
//! of a clause holding a cue (`Merkel sagte:`, `Am Montag sagte der Minister:`); the sources
//! of `laut X` and its kin are `sources.rs`'s.

use super::phrase::np;
use super::tokens::{Kind, Tok};
use crate::lexicon::Speech;
use crate::text::Span;

/// A speaker pointed to: the noun phrase (token range, none when the verb has no subject in
/// the text), the cue, and whether the verb is plural.
#[derive(Debug, Clone, Copy)]
pub struct Pointed {
    /// The speaker's noun phrase, a token range.
    pub np: Option<(usize, usize)>,
    /// The reporting word(s).
    pub cue: Span,
    /// The verb's number, if it shows (`sagten` plural, `sagte` singular).
    pub plural: Option<bool>,
    /// The token after the last one the pattern read.
    pub end: usize,
    /// A pronoun inside the cue's token (`a-t-elle`): its span and gender (female?).
    pub pronoun: Option<(Span, Option<bool>)>,
}

/// The lower-case word of a span at the end of a token.
trait OfLow {
    fn of_low<'t>(&self, t: &'t Tok) -> &'t str;
}

impl OfLow for Span {
    fn of_low<'t>(&self, t: &'t Tok) -> &'t str {
        let n = self.len();
        &t.low[t.low.len().saturating_sub(n)..]
    }
}

/// Whether a German verb form is plural (`sagten`, `teilten`); other languages say nothing.
fn plural_of(lex: &Speech, w: &str) -> Option<bool> {
    (lex.lang == "de").then(|| w.ends_with("en") || w.ends_with("ten"))
}

/// An inverted cue with its pronoun in one token (`dit-il`, `a-t-elle`): the cue part, the
/// pronoun's byte span and its (female?, plural?).
fn inverted(lex: &Speech, t: &Tok) -> Option<(bool, Span)> {
    let (head, pron) = t.low.rsplit_once('-')?;
    lex.pronoun(pron)?;
    let head = head.trim_end_matches("-t");
    let is_cue = lex.is_cue(head);
    (is_cue || lex.auxiliaries.contains(head))
        .then(|| (is_cue, Span::new(t.span.end - pron.len(), t.span.end)))
}

/// 1 when token `k` is a reflexive pronoun (`erinnerte sich Trotnow`), else 0.
fn reflexive(toks: &[Tok], k: usize) -> usize {
    usize::from(
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "sich" | "se")),
    )
}

/// Whether a token may be a verb: a lower-case word that is no article, joiner or stop word.
pub fn verb_like(t: &Tok, lex: &Speech) -> bool {
    t.word()
        && !t.cap
        && !lex.determiners.contains(t.low.as_str())
        && !lex.name_joiners.contains(t.low.as_str())
        && !lex.np_stops.contains(t.low.as_str())
}

/// Whether the noun phrase `n` is the subject before the verb at `v`: it reaches the verb,
/// maybe through an apposition's comma or a phrase after the name (`Theo Kitz vom Bankhaus
/// Merck sagte`).
fn reaches(toks: &[Tok], n: (usize, usize), v: usize, lex: &Speech) -> bool {
    // `John Kline, ein Repräsentant aus Minnesota, sagte`
    let between = &toks[n.1.min(v)..v];
    if n.1 < v
        && toks[v - 1].is(',')
        && v - n.1 <= 14
        && (toks[n.1].is(',') || between.iter().all(|t| !verb_like(t, lex) && !is_quote(t)))
        && !between.iter().any(is_quote)
    {
        return true;
    }
    n.1 <= v
        && toks[n.1..v]
            .iter()
            .enumerate()
            .all(|(k, t)| (t.word() && !verb_like(t, lex)) || (k == 0 && t.is(',')))
        && (n.1 == v || lex.np_stops.contains(toks[n.1].low.as_str()) || toks[n.1].is(','))
        && v - n.1 <= 6
}

/// The cue right at token `j` and the speaker after it: `sagte Merkel`, `so Merkel`, `teilte
/// die Polizei mit`, `a déclaré Claire Dumas`, `a-t-il dit`, `dijo el portavoz`, `hatte der
/// Minister gesagt`.
pub fn cue_then_speaker(toks: &[Tok], j: usize, lex: &Speech) -> Option<Pointed> {
    let t = toks.get(j).filter(|t| t.word())?;
    let low = t.low.as_str();
    if lex.after_quote_cues.contains(low) {
        // `so Merkel`; `so charakterisierte ihn der Funktionär`
        let Some(np) = np(toks, j + 1, lex) else {
            let mut p = cue_then_speaker(toks, j + 1, lex)
                .or_else(|| verb_then_speaker(toks, j + 1, lex))?;
            p.cue = t.span;
            return Some(p);
        };
        return Some(Pointed {
            np: Some(np),
            cue: t.span,
            plural: None,
            end: np.1,
            pronoun: None,
        });
    }
    if let Some((is_cue, pron)) = inverted(lex, t) {
        // `a-t-il dit` / `dit-il`: the pronoun is the subject.
        let cue = if is_cue {
            t.span
        } else {
            toks.get(j + 1).filter(|n| lex.is_cue(&n.low))?.span
        };
        let (female, plural) = lex.pronoun(pron.of_low(t))?;
        return Some(Pointed {
            np: None,
            cue,
            plural,
            end: j + 1 + usize::from(!is_cue),
            pronoun: Some((pron, female)),
        });
    }
    if lex.is_cue(low) && !noun(t, lex) {
        // `heißt es in dem Schreiben`, `hieß es bei Russland Aktuell`
        if toks.get(j + 1).is_some_and(|t| t.low == "es") {
            let at = j
                + 2
                + usize::from(toks.get(j + 2).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "in" | "im" | "bei" | "beim" | "aus" | "von" | "vom" | "seitens"
                    )
                }));
            let np = np(toks, at, lex).filter(|_| at > j + 2);
            return Some(Pointed {
                np,
                cue: t.span,
                plural: None,
                end: np.map_or(j + 2, |n| n.1),
                pronoun: None,
            });
        }
        let np = np(toks, j + 1 + reflexive(toks, j + 1), lex);
        return Some(Pointed {
            np,
            cue: t.span,
            plural: plural_of(lex, low),
            end: np.map_or(j + 1, |n| n.1),
            pronoun: None,
        });
    }
    if lex.auxiliaries.contains(low) {
        // `a déclaré X` / `ha dicho X`: the participle next, then the speaker.
        if let Some(n) = toks.get(j + 1).filter(|n| lex.is_cue(&n.low)) {
            let np = np(toks, j + 2, lex);
            return Some(Pointed {
                np,
                cue: n.span,
                plural: None,
                end: np.map_or(j + 2, |x| x.1),
                pronoun: None,
            });
        }
        // `hatte der Minister gesagt`: the speaker, then the participle.
        let np = np(toks, j + 1, lex)?;
        let cue = toks[np.1..]
            .iter()
            .take(6)
            .take_while(|t| t.word())
            .find(|t| lex.is_cue(&t.low))?;
        return Some(Pointed {
            np: Some(np),
            cue: cue.span,
            plural: plural_of(lex, low),
            end: np.1,
            pronoun: None,
        });
    }
    None
}

/// Any verb right after a quote and its comma, then a speaker (`„…“, beschwichtigte der
/// Minister`): in German, French and Spanish the subject follows the verb there.
pub fn verb_then_speaker(toks: &[Tok], j: usize, lex: &Speech) -> Option<Pointed> {
    let t = toks.get(j).filter(|t| verb_like(t, lex))?;
    let mut k = j + 1 + reflexive(toks, j + 1);
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "ihn" | "sie" | "es" | "le" | "la" | "lo"))
        && np(toks, k, lex).is_none_or(|n| n.1 == k + 1 && toks.get(k + 1).is_some_and(Tok::word))
    {
        k += 1;
    }
    let n = np(toks, k, lex)?;
    (lex.pronoun(&toks[n.0].low).is_none() || n.0 == j + 1).then_some(Pointed {
        np: Some(n),
        cue: t.span,
        plural: None,
        end: n.1,
        pronoun: None,
    })
}

/// The subject of the clause `toks[lo..hi]` that holds the cue at `c`: the words before the
/// verb when they are one noun phrase (`Merkel sagte`, `Claire Dumas a déclaré`), else the
/// noun phrase after the finite verb (`Am Montag sagte der Minister`).
pub fn clause_subject(toks: &[Tok], lo: usize, c: usize, lex: &Speech) -> Option<Pointed> {
    let cue = toks[c].span;
    // The finite verb: an auxiliary before a participle cue, else the cue.
    let finite = (lo..c)
        .rev()
        .take(8)
        .find(|&k| lex.auxiliaries.contains(toks[k].low.as_str()))
        .unwrap_or(c);
    let plural = plural_of(lex, &toks[finite].low);
    let after =
        np(toks, finite + 1 + reflexive(toks, finite + 1), lex).filter(|n| n.1 <= c || finite == c);
    if let Some(n) = np(toks, lo, lex) {
        // `Der englischen Zeitung sagte Filep Karma:` — a name after the verb is the subject.
        let name_after = after
            .is_some_and(|m| toks[m.0].cap && !lex.determiners.contains(toks[m.0].low.as_str()));
        let object_first = lex.determiners.contains(toks[n.0].low.as_str()) && name_after;
        // `Der Leiter der WHO, Klaus Stöhr, sagte`: the apposition's comma.
        if reaches(toks, n, finite, lex) && !object_first {
            return Some(Pointed {
                np: Some(n),
                cue,
                plural,
                end: c + 1,
                pronoun: None,
            });
        }
    }
    let n = after?;
    Some(Pointed {
        np: Some(n),
        cue,
        plural,
        end: c + 1,
        pronoun: None,
    })
}

/// The subject of the clause `toks[lo..hi]` by word order alone, when it holds no cue (`Hier
/// sparte der Bundespräsident nicht mit Kritik:`): the noun phrase before the first verb-like
/// word (a lower-case word after the first constituent), else the one after it.
pub fn order_subject(toks: &[Tok], lo: usize, hi: usize, lex: &Speech) -> Option<Pointed> {
    let cue = toks.get(hi.saturating_sub(1))?.span;
    let found = |n| {
        Some(Pointed {
            np: Some(n),
            cue,
            plural: None,
            end: hi,
            pronoun: None,
        })
    };
    // `…, so Elshorst weiter:`
    if let Some(k) = (lo..hi).find(|&k| {
        lex.after_quote_cues.contains(toks[k].low.as_str()) && k > lo && toks[k - 1].is(',')
    }) {
        if let Some(n) = np(toks, k + 1, lex) {
            return found(n);
        }
    }
    let v = (lo + 1..hi).find(|&k| {
        verb_like(&toks[k], lex) && (k == lo + 1 || toks[k - 1].cap || toks[k - 1].is(','))
    });
    if let Some(n) = np(toks, lo, lex) {
        // `Erkki Tuomioja, Präsident des Rats:` (no verb at all, only a name and its role;
        // not `Consultada sobre esta desproporción, una fuente …:`)
        let names_only = toks[lo..hi].iter().all(|t| {
            !t.word()
                || t.cap
                || lex.determiners.contains(t.low.as_str())
                || lex.name_joiners.contains(t.low.as_str())
        });
        if v.map_or(names_only, |v| reaches(toks, n, v, lex)) {
            return found(n);
        }
    }
    let k = v?;
    let s = k + 1 + reflexive(toks, k + 1);
    let n = np(toks, s, lex).filter(|n| n.1 <= hi)?;
    found(n)
}

/// Whether a word inside a German sentence is a noun by its capital, so no verb (`die
/// Aussagen der Zeugen`: not `aus` + `sagen`).
fn noun(t: &Tok, lex: &Speech) -> bool {
    lex.lang == "de" && t.cap
}

/// Whether token `k` is a cue, counting German separable cues by their particle (`geht davon
/// aus, dass`, `wies darauf hin, dass`).
pub fn cue_at(toks: &[Tok], k: usize, lex: &Speech) -> bool {
    let t = &toks[k];
    t.word()
        && (k == 0 || !noun(t, lex))
        && (lex.is_cue(&t.low)
            || (lex.lang == "de"
                && (matches!(t.low.as_str(), "bekannt" | "hervor")
                    || k > 0
                        && matches!(
                            (toks[k - 1].low.as_str(), t.low.as_str()),
                            ("davon", "aus") | ("darauf", "hin")
                        ))))
}

/// The last cue word in `toks[lo..hi]`, if any.
pub fn last_cue(toks: &[Tok], lo: usize, hi: usize, lex: &Speech) -> Option<usize> {
    (lo..hi).rev().find(|&k| cue_at(toks, k, lex))
}

/// Whether token `k` is a quotation.
pub fn is_quote(t: &Tok) -> bool {
    matches!(t.kind, Kind::Quote(_))
}
