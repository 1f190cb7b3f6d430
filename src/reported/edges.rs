//! The edges of a reported statement: which words are cues, where a clause breaks, where the
//! content ends (the sentence end, a semicolon, `, adding …`, `, while …`, `and that`, `and
//! Roe said`), and whether a name and its verb open a bare clause.
//!
//! Takes a sentence's [`Sent`] (its [`Frame`] and per-word facts) and word indices; gives spans and yes/no answers for the rules
//! of `rules.rs` and `phrase_rules.rs`.

use super::sentence::Sent;
use super::words::{
    closes_statement, follows_trailing_cue, is_when, no_clause, opens_clause, opens_phrase,
    opens_relative,
};
use crate::quotes::frame::Frame;
use crate::text::Span;

/// Whether word `i` is a cue of reported speech or thought outside quotation marks
/// ([`Sent::report_cue`], worked out once per sentence).
pub(super) fn is_report_cue(f: &Sent, i: usize) -> bool {
    f.report_cue(i)
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
pub(super) fn content_from(f: &Sent, from: usize, end: usize) -> Option<(Span, Option<usize>)> {
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
            && (f.cue(k + 1).is_some_and(|c| c.participle)
                || closes_statement(next)
                || comma_closes(f, k + 1))
        {
            last = k;
            break;
        }
        // A second verb of the source (`… and said …`, `… but promised …`) is a report of
        // its own.
        if matches!(next.as_str(), "and" | "but")
            && !f.words[k + 1].quoted
            && (k + 2..(k + 4).min(f.words.len()))
                .find(|&j| !matches!(f.words[j].lower.as_str(), "also" | "then" | "later"))
                .is_some_and(|j| is_report_cue(f, j) && !f.words[j].lower.ends_with("ing"))
        {
            last = k;
            break;
        }
        // Another source's report (`… and Democrats accused …`, `… but he noted …`) ends it.
        if matches!(next.as_str(), "and" | "but") && !f.words[k + 1].quoted && new_speaker(f, k + 2)
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
    // An opening quotation mark right before the first word belongs to the statement too
    // (`said that “the bridge will close” soon`).
    let mut start = f.words[from].span.start;
    if f.words[from].quoted {
        let before = &f.text[..start];
        if let Some(q) = before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '“' | '"' | '‘'))
        {
            start -= q.len_utf8();
        }
    }
    let span = Span::new(start, stop);
    (stop > start && long_enough(f, span)).then_some((span, second))
}

/// The first word of the name whose last words start at word `s0`: a subject's mention may
/// leave out its titles and initials (`Mr. Rubel`, `Vice President Joseph R. Biden Jr.`), so
/// this walks back over capitalised words joined by spaces (at most four).
pub(super) fn name_start(f: &Frame, s0: usize) -> usize {
    let mut k = s0;
    while k > 0 && s0 - k < 4 {
        let w = &f.words[k - 1];
        let cap = w
            .span
            .of(f.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !cap || w.quoted || !f.gap(k - 1).trim().is_empty() {
            break;
        }
        k -= 1;
    }
    k
}

/// Whether the words between a cue and its `that` may stand there: time, place, medium and
/// audience (`said on Friday during a news conference that`, `said repeatedly that`), not
/// a clause of their own (`said the plant that makes …`). Verbs that name an addressee take
/// any (`warned Congress that`).
pub(super) fn adverbial_gap(f: &Frame, c: usize, j: usize) -> bool {
    if j == c + 1 || tells(&f.words[c].lower) {
        return true;
    }
    let w = f.words[c + 1].lower.as_str();
    follows_trailing_cue(w)
        || matches!(
            w,
            "of" | "about"
                | "for"
                | "over"
                | "through"
                | "by"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "also"
                | "repeatedly"
                | "once"
                | "twice"
                | "now"
                | "still"
        )
        || w.ends_with("ly") && w.len() > 4
}

/// Where a bare reported clause opens after the cue at word `c`: after at most two time
/// words (`said Thursday he would …`), a pronoun or determiner (`said the talks …`), a name
/// and its verb (`said Putin had …`) or a short noun phrase and its auxiliary (`said
/// investigators were …`); `None` when no clause opens (`said in a statement`, `said so`).
pub(super) fn bare_clause_at(f: &Sent, c: usize) -> Option<usize> {
    let n = f.words.len();
    let open = |k: usize| k < n && !breaks(f.gap(k - 1)) && !f.words[k].quoted;
    let mut t = c + 1;
    while t < c + 3 && open(t) && is_when(&f.words[t].lower) {
        t += 1;
    }
    if !open(t) {
        return None;
    }
    let w = f.words[t].lower.as_str();
    if t > c + 1 && !opens_clause(w) && !named_clause(f, t) {
        return None;
    }
    if opens_clause(w) || opens_phrase(w) || named_clause(f, t) {
        return Some(t);
    }
    // `said about half of the fund went …`: an amount opens the noun phrase.
    let amount = w == "about" && f.words.get(t + 1).is_some_and(|x| is_amount(&x.lower));
    if no_clause(w) && !amount {
        return None;
    }
    // A short noun phrase, then its auxiliary: `said investigators were …`, `said members
    // of the court shouldn’t …`; after `say` itself a verb in the past does too (`said
    // rival crews hacked …`).
    let say = matches!(f.words[c].lower.as_str(), "say" | "says" | "said");
    let reach = if say { 12 } else { 8 };
    (t + 1..(t + reach).min(n))
        .take_while(|&k| open(k) && !is_report_cue(f, k))
        .any(|k| is_aux(&f.words[k].lower) || say && is_past(&f.words[k].lower))
        .then_some(t)
}

/// Whether `w` names an amount after `about` (`about half`, `about 40`).
fn is_amount(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "half" | "a" | "one" | "two" | "three" | "four" | "five" | "six" | "ten" | "twice"
        )
}

/// Whether `w` is a verb in the past: regular (`hacked`, five letters or more) or one of a
/// few common irregular ones (`lost`, `cost`, `made`).
pub(super) fn is_past(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !matches!(w, "indeed" | "speed" | "breed" | "greed")
        || matches!(
            w,
            "lost"
                | "cost"
                | "made"
                | "took"
                | "gave"
                | "went"
                | "came"
                | "got"
                | "left"
                | "sent"
                | "spent"
                | "won"
                | "paid"
                | "held"
                | "kept"
                | "led"
                | "met"
                | "ran"
                | "saw"
                | "found"
                | "knew"
                | "became"
                | "began"
                | "brought"
                | "bought"
                | "built"
                | "fell"
                | "grew"
                | "meant"
                | "rose"
                | "sold"
                | "stood"
                | "drove"
                | "did"
        )
}

/// Whether what follows a comma at word `i` is the reporter's attribution, no longer the
/// statement (`…, former mayor Ada Roe said this week`): a speech cue within the next few
/// words, with no comma before it.
fn comma_closes(f: &Sent, i: usize) -> bool {
    !f.words[i].quoted
        && (i..(i + 6).min(f.words.len()))
            .take_while(|&j| j == i || !f.gap(j - 1).contains(','))
            .any(|j| j > i && is_report_cue(f, j) && f.cue(j).is_some())
}

/// Verbs that name their addressee before the clause (`told reporters she …`).
pub(super) fn tells(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "assured"
            | "assures"
            | "reminded"
            | "reminds"
            | "informed"
            | "convinced"
            | "warned"
            | "warns"
            | "asked"
            | "asks"
            | "ask"
            | "asking"
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
    is_aux(v)
        || v.ends_with("ed") && v.len() > 4
        || v.ends_with('s') && v.len() > 3 && !f.words[k].possessive
}

/// Whether `w` is an auxiliary or modal, negated or not (`was`, `wasn’t`, `would`).
pub(super) fn is_aux(w: &str) -> bool {
    let base = w
        .strip_suffix("n't")
        .or_else(|| w.strip_suffix("n’t"))
        .unwrap_or(w);
    let base = match base {
        "ca" => "can",
        "wo" => "will",
        "sha" => "shall",
        b => b,
    };
    opens_relative(base) && base != "way"
}

/// Whether a new subject and its speech verb open at word `i` (`… and Democrats accused …`,
/// `… but he noted …`): a pronoun or up to three capitalised words, then a cue.
fn new_speaker(f: &Sent, i: usize) -> bool {
    let Some(w) = f.words.get(i) else {
        return false;
    };
    let pron = matches!(w.lower.as_str(), "he" | "she" | "they" | "we" | "i");
    let cap = |k: usize| {
        f.words.get(k).is_some_and(|w| {
            !w.quoted
                && w.span
                    .of(f.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    };
    let mut k = i;
    if pron {
        k += 1;
    } else {
        while k < i + 3 && cap(k) {
            k += 1;
        }
        if k == i {
            return false;
        }
    }
    k < f.words.len() && is_report_cue(f, k) && f.cue(k).is_some()
}

/// Whether the cue word at `j` is a noun of the medium after a preposition or determiner
/// (`said via email that …`, `said in an email that …`), not a verb of a clause of its own.
pub(super) fn noun_of_medium(f: &Frame, j: usize) -> bool {
    j > 0
        && matches!(
            f.words[j - 1].lower.as_str(),
            "a" | "an" | "the" | "via" | "by" | "in" | "his" | "her" | "their" | "its"
        )
}
