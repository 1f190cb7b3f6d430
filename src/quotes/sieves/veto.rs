//! Vetoes: named checks that keep a sieve's answer, or a quote, from being attributed.
//!
//! Takes a frame and what a sieve found, or a quote's words; gives whether the veto applies.

use super::{Found, How};
use crate::quotes::cues;
use crate::quotes::frame::{Frame, Who};
use crate::quotes::words::{self, is_time_word};

/// `time-description`: a description whose head says when is no speaker: `One Sunday in
/// late 2001 she said “…”` must not give `One Sunday in late 2001`.
pub fn time_description(f: &Frame, found: &Found) -> bool {
    found.subject.who == Who::Nominal
        && f.words
            .iter()
            .rfind(|w| w.span.end <= found.subject.mention.end)
            .is_some_and(|w| is_time_word(&w.lower))
}

/// `bare-quote`: only quoted words, or connectives and a participle with them (`But “…”`,
/// `Adding, “…”`): the sentence sieves have nothing to read.
pub fn bare(f: &Frame) -> bool {
    f.words.iter().all(|w| {
        w.quoted
            || words::CONNECTIVES.contains(&w.lower.as_str())
            || cues::cue(&w.lower).is_some_and(|c| c.participle)
    })
}

/// `damaged-sentence`: a paragraph that opens in lower case lost its start (`said on
/// Monday, “…”` with the speaker cut off): no speaker.
pub fn damaged(unit: &str, opens_paragraph: bool) -> bool {
    opens_paragraph && unit.chars().next().is_some_and(char::is_lowercase)
}

/// `dummy-it`: without a speech verb, `it` before a copula or a raising verb is the dummy
/// subject of `It is clear that “…”`, `It seems …`: no speaker.
pub fn dummy_it(text: &str, found: &Found) -> bool {
    let m = found.subject.mention;
    m.of(text).eq_ignore_ascii_case("it")
        && !matches!(found.how, How::Cue(_))
        && copula_after(&text[m.end..])
}

/// Whether the words after a pronoun start with a copula or a raising verb (`is`, `'s`,
/// `was`, `seems`, `appears`, `remains`).
fn copula_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['\'', '’']);
    if rest.starts_with("s ") {
        return true;
    }
    let next = rest.split_whitespace().next().unwrap_or("");
    matches!(
        next,
        "is" | "was" | "seems" | "seemed" | "appears" | "appeared" | "remains" | "remained"
    )
}
