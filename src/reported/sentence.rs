//! A sentence as the reported-speech rules read it: its [`Frame`] and the facts about its
//! words that the rules ask again and again, worked out once.
//!
//! Takes a sentence's [`Frame`]; gives a [`Sent`], which reads as the frame (`Deref`) and
//! answers [`Sent::report_cue`] by index (each rule asked it of every word, and the cue rules
//! of the dozen words after each cue: `make bench-callgrind`).

use super::verbs::{is_thought, takes_object};
use crate::quotes::frame::Frame;

/// A sentence's frame with its words' report-cue answers.
pub struct Sent<'a> {
    frame: Frame<'a>,
    report_cues: Vec<bool>,
}

impl<'a> Sent<'a> {
    /// The sentence of `frame`, each word's answers worked out.
    pub fn new(frame: Frame<'a>) -> Self {
        let report_cues = (0..frame.words.len())
            .map(|i| report_cue(&frame, i))
            .collect();
        Sent { frame, report_cues }
    }

    /// Whether word `i` is a cue of reported speech or thought outside quotation marks
    /// ([`report_cue`]).
    pub fn report_cue(&self, i: usize) -> bool {
        self.report_cues[i]
    }
}

impl<'a> std::ops::Deref for Sent<'a> {
    type Target = Frame<'a>;
    fn deref(&self) -> &Frame<'a> {
        &self.frame
    }
}

/// Whether word `i` of `f` is a cue of reported speech or thought outside quotation marks: a
/// speech cue or a verb of thought, not `according`, not a cue that takes an object, not
/// negated. Invented: in `Roe said Doe did not say so`, `said` is one, `say` is not.
fn report_cue(f: &Frame, i: usize) -> bool {
    let w = &f.words[i];
    // The negation test last, and most words are no cue (it ran first, on every word of every
    // sentence: `make bench-callgrind`). (A word's lower-cased form differs from the
    // lower-cased text only for a pronoun's contraction, `he’d`, which is no negation.)
    let negated = || {
        (1..=2).any(|d| {
            i >= d && {
                let b = f.words[i - d].lower.as_str();
                b == "not" || b == "never" || b.ends_with("n't") || b.ends_with("n’t")
            }
        })
    };
    !w.quoted
        && (f.cue(i).is_some() || is_thought(&w.lower))
        && w.lower != "according"
        && !takes_object(&w.lower)
        && !negated()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Entities;
    use crate::text::Span;

    #[test]
    fn report_cues_are_worked_out_per_word() {
        let text = "Roe said Doe did not say so, according to Ann, who thanked voters.";
        let ents = Entities::default();
        let f = Frame::new(text, Span::new(0, text.len()), &[], &ents);
        let s = Sent::new(f);
        let cues: Vec<&str> = (0..s.words.len())
            .filter(|&i| s.report_cue(i))
            .map(|i| s.words[i].span.of(text))
            .collect();
        assert_eq!(cues, ["said"]);
    }
}
