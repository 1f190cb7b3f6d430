//! Attribution as an ordered list of named sieves: who said a quote, and which rule says so.
//!
//! Takes a quote's [`Frame`] (its sentence's words) and the quote's outer span; gives a
//! [`Found`]: the subject that said it, how it was tied (a cue, punctuation, the sentence) and
//! the [`Rule`] that chose it. [`SENTENCE`] lists the sieves that read the quote's own
//! sentence, in the order they are tried; the first that finds a subject wins, and a veto
//! ([`veto`]) may then reject it. The quote-level fallbacks (the sentence next to a bare quote,
//! a dash line, a quote that continues the previous speaker) are in [`neighbour`] and are tried
//! by `quotes::find` in the order of [`STATEMENT`].
//!
//! The model is CoreNLP's quote attribution: ordered named sieves, provenance on every
//! prediction. Every rule has a stable kebab-case id ([`Rule::id`]), shown in the JSON
//! (`quotes[].rule`), and a short reason for people ([`Rule::why`]). A rule can be switched off
//! for measuring its worth ([`set_disabled`], `bench-quotes --ablate RULE`).

mod after;
mod before;
pub mod confidence;
pub mod neighbour;
mod sentence;
pub mod veto;

use super::cues::{self, Cue};
use super::frame::{Frame, Subject, Who};
use crate::text::Span;
pub use confidence::Basis;
use std::sync::atomic::{AtomicU64, Ordering};

/// How an attribution was found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum How {
    /// A reporting verb and its subject.
    Cue(Span),
    /// A name and a colon or a dash.
    Punct,
    /// The subject of the sentence.
    Sentence,
}

/// The attribution found for a quote.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    /// Who said it, and the words naming them.
    pub subject: Subject,
    /// How it was tied to the quote.
    pub how: How,
    /// The sieve that chose it.
    pub rule: Rule,
}

macro_rules! rules {
    ($($(#[doc = $doc:literal])* $name:ident = $id:literal, $why:literal;)*) => {
        /// The sieve (or the quote-level step) that chose a quote's speaker.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($(#[doc = $doc])* $name,)*
        }
        impl Rule {
            /// Every rule, in declaration order.
            pub const ALL: &'static [Rule] = &[$(Rule::$name,)*];
            /// The stable kebab-case id (`quotes[].rule` in the JSON).
            pub const fn id(self) -> &'static str {
                match self { $(Rule::$name => $id,)* }
            }
            /// Why, in a few words for the hover card ("cue after the quote").
            pub const fn why(self) -> &'static str {
                match self { $(Rule::$name => $why,)* }
            }
        }
    };
}

rules! {
    /// `Asked whether …, “…”`: the question's words, the asker's.
    AskedClause = "asked-clause", "a question asked";
    /// `To a question on the “…,” Roe said`: a question's words, nobody's.
    QuestionPhrase = "question-phrase", "words of a question";
    /// `“…,” Roe said` / `“…,” said Roe`.
    CueAfter = "cue-after-quote", "cue after the quote";
    /// `“…,” Jane Roe, a campaign aide, said`.
    CueAfterAppositive = "cue-after-appositive", "cue after the speaker's description";
    /// `…, said Jane Roe, an expert.` closing the sentence.
    Trailing = "trailing-speaker", "speaker closing the sentence";
    /// `her claim that “…”` nearer the quote than any cue.
    OwnerNear = "speech-owner-near", "the owner of the words";
    /// `…, although she made clear she has “…”`.
    PronounClause = "pronoun-clause", "the subject of the quote's clause";
    /// `he was asked, “…”`.
    PassiveBefore = "passive-cue-before", "passive cue before the quote";
    /// `Roe said: “…”`, `Roe called it “…”`.
    CueBefore = "cue-before-quote", "cue before the quote";
    /// `…, adding it was “…”`: the participle's clause subject.
    ParticipleClause = "participle-clause", "subject of a participle's clause";
    /// `Jane Roe: “…”`.
    ColonName = "colon-name", "a name and a colon";
    /// `Roe delivered a blunt message to Trump: “…”`.
    ColonObject = "colon-object", "the subject before a colon";
    /// `according to Roe`.
    AccordingTo = "according-to", "according to";
    /// `his promise to be “neutral”`.
    SpeechOwner = "speech-owner", "the owner of the words";
    /// A cue later in the sentence: `“…” about it, said Roe`.
    CueLater = "cue-later", "cue later in the sentence";
    /// `… and he has long used “…”`: a pronoun or name opening the quote's clause.
    ClauseSubject = "clause-subject", "subject of the quote's clause";
    /// `Germany called it a “delaying tactic”`.
    SentenceSubject = "sentence-subject", "subject of the sentence";
    /// `“…” So said Roe.` / `That is what Roe told reporters.`
    PointingBack = "pointing-back", "the next sentence points back";
    /// `“…” Roe said.` right after a bare quote.
    NextSentence = "next-sentence", "cue in the next sentence";
    /// `The judge turned to me. “…”`.
    SentenceBefore = "sentence-before", "the sentence before";
    /// A paragraph ending in a colon before a quote paragraph.
    ColonParagraph = "colon-paragraph", "the paragraph before ends with a colon";
    /// `Roe argued that …` ¶ `“…”`.
    ReportParagraph = "report-paragraph", "the paragraph before reports";
    /// `“We will,” he said. “It will.”` inside unpaired marks.
    Embedded = "embedded-cue", "cue inside the quote marks";
    /// `“…”` ¶ `- Jane Roe.`
    DashLine = "dash-line", "a dash line under the quote";
    /// A quote after another in its paragraph: the same speaker.
    ContinuesQuote = "continues-quote", "same speaker as the quote before";
    /// A quote paragraph that goes on from an unclosed quote.
    ContinuesParagraph = "continues-paragraph", "the quote goes on from the paragraph before";
    /// A bare quote paragraph: the last speaker before it.
    LastSpeaker = "last-speaker", "the last speaker";
    /// A sentence that lost its subject (`damaged`): nobody.
    Damaged = "damaged-sentence", "the sentence lost its start";
    /// Nothing found.
    Unattributed = "none", "no attribution found";
}

/// Rules switched off (one bit per [`Rule`]); for measuring, never set in the product.
static DISABLED: AtomicU64 = AtomicU64::new(0);

/// Switches the given rules off (and all others on), process-wide: `bench-quotes --ablate`.
pub fn set_disabled(rules: &[Rule]) {
    let mask = rules.iter().fold(0u64, |m, r| m | 1 << (*r as u8));
    DISABLED.store(mask, Ordering::Relaxed);
}

/// Whether a rule may fire.
pub fn enabled(r: Rule) -> bool {
    DISABLED.load(Ordering::Relaxed) & (1 << (r as u8)) == 0
}

/// The rule with this id.
pub fn rule_by_id(id: &str) -> Option<Rule> {
    Rule::ALL.iter().copied().find(|r| r.id() == id)
}

/// What every sentence sieve reads: the frame, the quote, and where the quote stands in the
/// frame's words. Computed once per quote.
pub struct Ctx<'f, 'a> {
    /// The quote's sentence(s).
    pub f: &'f Frame<'a>,
    /// The quote's outer span (with its marks).
    pub q: Span,
    /// Number of words.
    pub n: usize,
    /// The first word after the quote (`n` if none).
    pub first_after: usize,
    /// The last word before the quote.
    pub last_before: Option<usize>,
}

impl<'f, 'a> Ctx<'f, 'a> {
    /// The context of quote `q` in `f`.
    pub fn new(f: &'f Frame<'a>, q: Span) -> Self {
        let n = f.words.len();
        Ctx {
            f,
            q,
            n,
            first_after: f
                .words
                .iter()
                .position(|w| w.span.start >= q.end)
                .unwrap_or(n),
            last_before: f.words.iter().rposition(|w| w.span.end <= q.start),
        }
    }

    /// The cue at word `i`, if it is one: lower case (a capital only on an inverted cue
    /// opening the sentence: `Said Jane Roe, “…”`), unquoted; also a phrasal cue
    /// (`pointed out`).
    pub fn cue_at(&self, i: usize) -> Option<Cue> {
        let f = self.f;
        let w = &f.words[i];
        let initial = i == 0 && cues::cue(&w.lower).is_some_and(|c| c.inverts);
        let next = f.words.get(i + 1).map_or("", |n| n.lower.as_str());
        (!w.quoted && (w.lower == w.span.of(f.text) || initial))
            .then(|| cues::cue(&w.lower).or_else(|| cues::phrasal(&w.lower, next)))
            .flatten()
    }

    /// The cue at word `i` with its subject; a source named after it (`“…,” X said,
    /// according to CNN`) or opening the sentence (`According to CNN, X said “…”`) wins.
    pub fn found(&self, i: usize, subject: Subject, rule: Rule) -> Found {
        let f = self.f;
        let end = f
            .words
            .iter()
            .rposition(|w| w.span.end <= subject.mention.end)
            .map_or(i + 1, |e| e.max(i) + 1);
        let subject = f
            .outer_source(end)
            .or_else(|| f.leading_source(i))
            .filter(|s| s.who != Who::Nobody)
            .unwrap_or(subject);
        Found {
            subject,
            how: How::Cue(f.words[i].span),
            rule,
        }
    }

    /// The cue at word `i` with its subject as found (no outer source).
    pub fn found_plain(&self, i: usize, subject: Subject, rule: Rule) -> Found {
        Found {
            subject,
            how: How::Cue(self.f.words[i].span),
            rule,
        }
    }

    /// A subject tied by punctuation.
    pub fn punct(&self, subject: Subject, rule: Rule) -> Found {
        Found {
            subject,
            how: How::Punct,
            rule,
        }
    }

    /// A subject found as the sentence's (or clause's).
    pub fn sentence(&self, subject: Subject, rule: Rule) -> Found {
        Found {
            subject,
            how: How::Sentence,
            rule,
        }
    }
}

/// A sentence sieve: a rule id and the function that tries it.
pub struct Sieve {
    /// The rule it gives (its sub-rules are listed in its doc comment).
    pub rule: Rule,
    /// Tries the sieve.
    pub run: fn(&Ctx) -> Option<Found>,
}

/// The sentence sieves, in the order they are tried: the first that finds a subject wins.
pub const SENTENCE: &[Sieve] = &[
    Sieve {
        rule: Rule::AskedClause,
        run: after::asked_clause,
    },
    Sieve {
        rule: Rule::QuestionPhrase,
        run: after::question_phrase,
    },
    // Also cue-after-appositive.
    Sieve {
        rule: Rule::CueAfter,
        run: after::cue_after,
    },
    Sieve {
        rule: Rule::Trailing,
        run: after::trailing,
    },
    // Also speech-owner-near, pronoun-clause, passive-cue-before, participle-clause.
    Sieve {
        rule: Rule::CueBefore,
        run: before::cue_before,
    },
    // Also colon-object.
    Sieve {
        rule: Rule::ColonName,
        run: before::colon_name,
    },
    Sieve {
        rule: Rule::AccordingTo,
        run: sentence::according_to,
    },
    Sieve {
        rule: Rule::SpeechOwner,
        run: sentence::speech_owner,
    },
    Sieve {
        rule: Rule::CueLater,
        run: sentence::cue_later,
    },
    // Also sentence-subject.
    Sieve {
        rule: Rule::ClauseSubject,
        run: sentence::clause_subject,
    },
];

/// The quote-level steps after the sentence sieves, in the order `quotes::find` tries them
/// (each only for the quotes it applies to; see there).
pub const STATEMENT: &[Rule] = &[
    Rule::SentenceBefore, // a quote opening a later sentence: the cue of the sentence before
    Rule::Embedded,       // a bare quote: a cue inside unpaired marks
    Rule::DashLine,       // a quote paragraph: a dash line under it
    Rule::NextSentence,   // a bare quote: the sentence after, else before (neighbour)
    Rule::ContinuesQuote, // nothing found: the previous speaker
    Rule::Unattributed,
];

/// Finds the attribution of the quote `q` (outer span) in `f` by the sentence sieves, then
/// the vetoes. (A switched-off rule is skipped where it is tried, as if deleted; a sub-rule
/// not guarded there drops its sieve's answer, and the next sieve is tried.)
pub fn attribute(f: &Frame, q: Span) -> Option<Found> {
    let cx = Ctx::new(f, q);
    let found = SENTENCE
        .iter()
        .filter(|s| enabled(s.rule))
        .find_map(|s| (s.run)(&cx).filter(|found| enabled(found.rule)))?;
    (!veto::time_description(f, &found)).then_some(found)
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}
