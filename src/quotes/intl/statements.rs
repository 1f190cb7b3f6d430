//! Reported statements in German, French and Spanish: what was said without quotation marks.
//!
//! Takes the tokens of one sentence; gives the statement it reports, if any: the words said
//! (a token range), the cue and who said it. Rules, in order (ids of `crate::reported::Rule`):
//! `parenthetical-cue` (`Wie die Polizei mitteilte, …`, `Comme l'a dit X, …`),
//! `according-to` (`Laut X …`, `X zufolge …`, `Nach Angaben von X …`, `Selon X, …`, `Demnach
//! …`), `cue-before-that-clause` / `cue-before-clause` (`Merkel sagte, dass …` / `Merkel
//! sagte, sie sei …`, `Le ministre a déclaré que …`), `cue-after-clause` (`…, sagte er.`,
//! `…, a-t-il expliqué.`, `…, dijo el portavoz.`), and `subjunctive-sentence`: a German
//! sentence in Konjunktiv I (`Die Brücke sei marode.`) goes on with the last statement.

use super::cues::{clause_subject, cue_at, cue_then_speaker, is_quote, Pointed};
use super::sources::{report_place, source};
use super::tokens::Tok;
use crate::lexicon::Speech;
use crate::reported::Rule;

/// At least this many words make a statement.
const MIN_WORDS: usize = 3;

/// A statement found in a sentence: its words (token range), the rule, and the speaker.
pub struct Statement {
    /// The words said: tokens `said.0..said.1`.
    pub said: (usize, usize),
    /// The rule that found it.
    pub rule: Rule,
    /// Who, and the cue.
    pub who: Option<Pointed>,
    /// The cue's token when the speaker is carried over (Konjunktiv I, `demnach`).
    pub cue_tok: usize,
    /// The other part of what was said when the source stands inside it (`Die Boote sind
    /// laut Tessema recht klein`: `Die Boote sind` and `recht klein`).
    pub also: Option<(usize, usize)>,
}

fn words(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b]
        .iter()
        .filter(|t| t.word() || is_quote(t))
        .count()
}

/// The tokens `a..b` without trailing punctuation.
fn trimmed(toks: &[Tok], a: usize, mut b: usize) -> (usize, usize) {
    while b > a && !toks[b - 1].word() && !is_quote(&toks[b - 1]) {
        b -= 1;
    }
    (a, b)
}

/// Words that open a German clause that is no statement after a comma: relative pronouns,
/// subordinators and prepositions (`…, die weltweit Opfer gefordert hatte`, `…, nachdem …`).
static NOT_SAID: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "wobei",
    "womit", "wodurch", "worauf", "nachdem", "als", "um", "wenn", "weil", "obwohl", "während",
    "mit", "auf", "von", "in", "für", "bei", "an", "aus", "zu", "über", "unter", "gegen", "wo",
    "was", "wer", "sowie", "und", "oder", "aber", "sondern", "bevor", "seit", "damit", "indem",
]);

/// Whether `toks[a..b]`, after a cue and a comma, reads as what was said: in French and
/// Spanish only after `que` (checked by the caller); in German not a relative or subordinate
/// clause, whose verb comes last (`…, die gefordert hatte`).
fn said_clause(toks: &[Tok], a: usize, b: usize, lex: &Speech) -> bool {
    if lex.lang != "de" {
        return false;
    }
    let Some(first) = toks.get(a) else {
        return false;
    };
    let (_, end) = trimmed(toks, a, b);
    // `die Besatzung habe richtig gehandelt`: a finite verb early makes it a main clause.
    let finite_early = toks[a..end.saturating_sub(1)].iter().any(|t| {
        lex.subjunctive.contains(t.low.as_str()) || lex.auxiliaries.contains(t.low.as_str())
    });
    let verb_last = end > a && toks[end - 1].word() && !toks[end - 1].cap && !finite_early;
    // `forderte, die Lizenz zu entziehen`: an infinitive with `zu` is what was said.
    let zu_infinitive = end >= a + 3 && toks[end - 2].low == "zu";
    (!NOT_SAID.contains(&first.low.as_str()) || !verb_last || zu_infinitive)
        && !matches!(
            first.low.as_str(),
            "nachdem"
                | "wobei"
                | "womit"
                | "um"
                | "als"
                | "weil"
                | "wenn"
                | "obwohl"
                | "während"
                | "bevor"
                | "indem"
        )
}

/// A sentence that points back at the one before as said by someone (`Dies bestätigte der
/// Parteivorsitzende am Abend.`): the speaker.
pub fn points_back(toks: &[Tok], lex: &Speech) -> Option<Pointed> {
    let first = toks.first()?;
    if !matches!(
        first.low.as_str(),
        "dies" | "das" | "dieses" | "cela" | "ceci" | "esto" | "eso"
    ) {
        return None;
    }
    cue_then_speaker(toks, 1, lex).filter(|p| p.np.is_some() && lex.is_cue(&toks[1].low))
}

/// The statement a sentence reports, if it reports one.
pub fn statement(toks: &[Tok], lex: &Speech) -> Option<Statement> {
    let n = toks.len();
    let first = toks.first()?;
    // `Wie die Polizei mitteilte, …`
    if lex.as_clause.contains(first.low.as_str()) {
        if let Some(m) = toks.iter().position(|t| t.is(',')) {
            if let Some(c) = (1..m).rev().find(|&k| lex.is_cue(&toks[k].low)) {
                let who = super::phrase::np(toks, 1, lex).map(|np| Pointed {
                    np: Some(np),
                    cue: toks[c].span,
                    plural: None,
                    end: m,
                    pronoun: None,
                });
                if words(toks, m + 1, n) >= MIN_WORDS {
                    return Some(Statement {
                        said: trimmed(toks, m + 1, n),
                        rule: Rule::Parenthetical,
                        who,
                        cue_tok: c,
                        also: None,
                    });
                }
            }
        }
    }
    // `Laut X …`, `X zufolge …`, `…, selon X.`
    if let Some((p, (a, b))) = source(toks, lex) {
        let (mut sa, mut sb) = if a <= 1 || words(toks, b, n) > words(toks, 0, a) {
            (b, n)
        } else {
            (0, a)
        };
        while sa < sb && toks[sa].is(',') {
            sa += 1;
        }
        while sb > sa && toks[sb - 1].is(',') {
            sb -= 1;
        }
        if words(toks, sa, sb) >= MIN_WORDS {
            let cue_tok = a.saturating_sub(1);
            let (mut oa, mut ob) = if sa == b { (0, a) } else { (b, n) };
            while oa < ob && toks[oa].is(',') {
                oa += 1;
            }
            while ob > oa && toks[ob - 1].is(',') {
                ob -= 1;
            }
            let (oa, ob) = trimmed(toks, oa, ob);
            let also = (a > 0 && words(toks, oa, ob) >= 1).then_some((oa, ob));
            return Some(Statement {
                said: trimmed(toks, sa, sb),
                rule: Rule::AccordingTo,
                who: Some(p),
                cue_tok,
                also,
            });
        }
    }
    // `Demnach …`: the source of the sentence before.
    if lex.reported_adverbs.contains(first.low.as_str()) && words(toks, 1, n) >= MIN_WORDS {
        return Some(Statement {
            said: trimmed(toks, 1, n),
            rule: Rule::AccordingTo,
            who: None,
            cue_tok: 0,
            also: None,
        });
    }
    // `Merkel sagte, (dass) …` / `Merkel sagte: …`
    for c in 0..n.min(16) {
        if !cue_at(toks, c, lex) {
            continue;
        }
        let Some(m) = (c + 1..n.min(c + 8)).find(|&k| toks[k].is(',') || toks[k].is(':')) else {
            continue;
        };
        if toks[c + 1..m].iter().any(|t| lex.is_cue(&t.low)) {
            continue;
        }
        if words(toks, m + 1, n) < MIN_WORDS {
            continue;
        }
        let that = toks
            .get(m + 1)
            .is_some_and(|t| lex.complementizers.contains(t.low.as_str()));
        if !that && !toks[m].is(':') && !said_clause(toks, m + 1, n, lex) {
            continue;
        }
        // A relative clause is no statement: `Roth, die sagte, …` has its cue inside commas.
        let who = clause_subject(toks, 0, c, lex).or_else(|| report_place(toks, c, lex));
        let rule = if that {
            Rule::CueBeforeThatClause
        } else {
            Rule::CueBeforeClause
        };
        // The part said ends where a later `, sagte X` frame begins.
        let end = (m + 1..n)
            .find(|&k| toks[k].is(',') && toks.get(k + 1).is_some_and(|t| lex.is_cue(&t.low)))
            .unwrap_or(n);
        return Some(Statement {
            said: trimmed(toks, m + 1, end),
            rule,
            who,
            cue_tok: c,
            also: None,
        });
    }
    // `…, sagte er.` / `…, so Merkel.`
    for m in MIN_WORDS..n {
        if !toks[m].is(',') || words(toks, 0, m) < MIN_WORDS {
            continue;
        }
        if let Some(p) = cue_then_speaker(toks, m + 1, lex) {
            if p.np.is_some() || p.pronoun.is_some() || lex.lang != "de" {
                // `…, sagte er, und …`: what follows the frame is said too.
                let k = (p.end..n.min(p.end + 6)).find(|&k| toks[k].is(','));
                let also = k
                    .map(|k| trimmed(toks, k + 1, n))
                    .filter(|&(a, b)| words(toks, a, b) >= 2);
                return Some(Statement {
                    said: trimmed(toks, 0, m),
                    rule: Rule::CueAfterClause,
                    who: Some(p),
                    cue_tok: m + 1,
                    also,
                });
            }
        }
    }
    // `Die Gewerkschaft kritisierte den Plan scharf.`: a sentence whose subject reports.
    if lex.lang == "de" {
        if let Some(c) = (1..n.min(10)).find(|&c| cue_at(toks, c, lex)) {
            if let Some(p) = clause_subject(toks, 0, c, lex).filter(|p| p.np.is_some()) {
                if words(toks, c + 1, n) >= MIN_WORDS && !toks.iter().any(is_quote) {
                    return Some(Statement {
                        said: trimmed(toks, 0, n),
                        rule: Rule::CueBeforeClause,
                        who: Some(p),
                        cue_tok: c,
                        also: None,
                    });
                }
            }
        }
    }
    // `Die Brücke sei marode.` / `Der Minister soll gelogen haben.`
    let k = toks
        .iter()
        .position(|t| t.word() && lex.subjunctive.contains(t.low.as_str()))
        .or_else(|| hearsay(toks, lex))?;
    (words(toks, 0, n) > MIN_WORDS).then(|| Statement {
        said: trimmed(toks, 0, n),
        rule: Rule::Subjunctive,
        who: None,
        cue_tok: k,
        also: None,
    })
}

/// The modal of a hearsay sentence, a German `sollen` before a perfect infinitive at the end
/// (`Der Fahrer soll betrunken gewesen sein.`, `Sie sollen Geld verlangt haben.`: a
/// participle in `-t` or `-en` before `haben`/`sein`), not the modal of a plan (`Die Brücke
/// soll 2030 fertig sein.`).
fn hearsay(toks: &[Tok], lex: &Speech) -> Option<usize> {
    let (modals, infinitives) = &lex.hearsay;
    let (_, end) = trimmed(toks, 0, toks.len());
    let last = toks[..end].iter().rposition(Tok::word)?;
    let before = toks.get(last.checked_sub(1)?)?;
    let perfect = last + 1 == end
        && infinitives.contains(toks[last].low.as_str())
        && before.word()
        && !before.cap
        && (before.low.ends_with('t') || before.low.ends_with("en"))
        && !lex.np_stops.contains(before.low.as_str());
    if !perfect {
        return None;
    }
    toks[..last]
        .iter()
        .position(|t| t.word() && modals.contains(t.low.as_str()))
}
