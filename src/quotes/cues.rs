//! Reporting verbs ("cues"): the words that tie a quote to its speaker.
//!
//! Takes a word; says whether it is a form of a reporting verb (say, said, says, saying…) and
//! whether that verb may stand before its subject (`“…,” said Peskov`). The lemma tables are
//! `cue_words.rs`'s; inflections are generated here, with the irregular ones listed.

use super::cue_words::{IRREGULAR, NOUNS, OBJECT_VERBS, PARTICIPLES, SAY_VERBS};
use crate::lexicon::WordSet;

/// [`SAY_VERBS`] and [`OBJECT_VERBS`] as sets: each form tried is a binary search, not a scan
/// of the list (the scans were a fifth of the analysis, `make bench-callgrind`).
static SAY: WordSet = WordSet::new(SAY_VERBS);
static OBJECT: WordSet = WordSet::new(OBJECT_VERBS);

/// `a` then `b`, in an array of `N` (their lengths summed), made at compile time.
const fn joined_lists<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    let mut j = 0;
    while j < b.len() {
        out[i + j] = b[j];
        j += 1;
    }
    out
}

/// Every lemma of [`SAY_VERBS`] and [`OBJECT_VERBS`]: a word none of whose stems is one is no
/// cue, found with one set instead of trying each list in turn (nearly every word asked is
/// none; on a page the answers are not remembered yet, `make bench-callgrind`).
static ANY: WordSet = WordSet::new(&ANY_VERBS);
const ANY_VERBS: [&str; SAY_VERBS.len() + OBJECT_VERBS.len()] =
    joined_lists(SAY_VERBS, OBJECT_VERBS);

/// The forms of [`IRREGULAR`], as a set: a word is looked up once, not compared with each.
static IRREGULAR_FORMS: WordSet = WordSet::new(&IRREGULAR_FORM_LIST);
const IRREGULAR_FORM_LIST: [&str; IRREGULAR.len()] = {
    let mut out = [""; IRREGULAR.len()];
    let mut i = 0;
    while i < IRREGULAR.len() {
        out[i] = IRREGULAR[i].0;
        i += 1;
    }
    out
};

/// The first two letters of every form of a lemma of [`ANY_VERBS`] and of every
/// [`IRREGULAR`] form, as bits (row: the first letter, bit: the second). A form keeps its
/// lemma's first two letters (every lemma has three or more, and an inflection changes only
/// the end), so a word that opens like none is no cue, turned away before the memo's hash (a
/// third of the words asked, `make bench-callgrind`). Made at compile time.
static OPENINGS: [u32; 26] = {
    let mut t = [0u32; 26];
    let mut i = 0;
    while i < ANY_VERBS.len() + IRREGULAR.len() {
        let w = if i < ANY_VERBS.len() {
            ANY_VERBS[i].as_bytes()
        } else {
            IRREGULAR[i - ANY_VERBS.len()].0.as_bytes()
        };
        t[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    t
};

/// Whether `word` (any case, at least two bytes) may open like a cue form ([`OPENINGS`]).
/// A non-ASCII byte among the first two may lower-case to an ASCII letter: then it may.
/// Invented: `Said`, `noted` may; `with`, `2024` may not.
fn may_open_a_cue(word: &str) -> bool {
    let b = word.as_bytes();
    let (x, y) = (b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase());
    if !x.is_ascii() || !y.is_ascii() {
        return true;
    }
    x.is_ascii_lowercase()
        && y.is_ascii_lowercase()
        && OPENINGS[(x - b'a') as usize] >> (y - b'a') & 1 == 1
}

/// Longer than any lemma plus the longest ending (`-ing`): no form of one.
const MAX_FORM: usize = 16;

/// `stem` + `tail` in `buf` (ASCII, at most [`MAX_FORM`] bytes).
fn joined<'a>(buf: &'a mut [u8; MAX_FORM], stem: &str, tail: u8) -> Option<&'a str> {
    let n = stem.len();
    (n < MAX_FORM).then_some(())?;
    buf[..n].copy_from_slice(stem.as_bytes());
    buf[n] = tail;
    std::str::from_utf8(&buf[..=n]).ok()
}

/// Whether `word` (lower-case ASCII) is an inflection of one of `lemmas`.
/// Invented: `bragged` (doubled consonant), `denied` (`y` → `ie`), `noting` (`-ing` dropped
/// an `e`), `said` (irregular) are forms of `brag`, `deny`, `note`, `say`.
fn lemma_in(word: &str, lemmas: &WordSet) -> bool {
    if word.len() > MAX_FORM {
        return false;
    }
    if IRREGULAR_FORMS.contains(word) {
        return IRREGULAR
            .iter()
            .find(|(f, _)| *f == word)
            .is_some_and(|(_, l)| lemmas.contains(*l));
    }
    // The word itself, then without an inflection, as borrowed slices: no allocation per word.
    let stems = [
        Some(word),
        word.strip_suffix('s'),
        word.strip_suffix("es"),
        word.strip_suffix("ed"),
        // (`-d` only after an `e`: `argued`, not `crowd`.)
        word.strip_suffix('d').filter(|s| s.ends_with('e')),
        word.strip_suffix("ing"),
    ];
    if stems.into_iter().flatten().any(|c| lemmas.contains(c)) {
        return true;
    }
    // A doubled final consonant (`bragged`, `snapping`).
    let doubled = [word.strip_suffix("ed"), word.strip_suffix("ing")]
        .into_iter()
        .flatten()
        .find(|s| {
            let b = s.as_bytes();
            b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2]
        })
        .map(|s| &s[..s.len() - 1]);
    if doubled.is_some_and(|d| lemmas.contains(d)) {
        return true;
    }
    let mut buf = [0; MAX_FORM];
    // `y` → `ie` (`denied`, `clarifies`).
    let y = word
        .strip_suffix("ied")
        .or_else(|| word.strip_suffix("ies"));
    if y.and_then(|y| joined(&mut buf, y, b'y'))
        .is_some_and(|l| lemmas.contains(l))
    {
        return true;
    }
    // `-ing` after a dropped `e` (`noting`).
    word.strip_suffix("ing")
        .and_then(|s| joined(&mut buf, s, b'e'))
        .is_some_and(|l| lemmas.contains(l))
}

/// What a cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The verb may stand before its subject (`said X`).
    pub inverts: bool,
    /// A present participle (`saying`, `adding`): its subject is the clause's.
    pub participle: bool,
}

/// Words asked about before, with the answer: the sieves ask about the same words again and
/// again (each quote's and statement's frame, each rule), and a lookup is a hash, not up to
/// fourteen binary searches. Cleared when it holds [`MEMO_MAX`] words (a page has fewer).
const MEMO_MAX: usize = 8192;
thread_local! {
    static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<Cue>>> =
        Default::default();
}

/// Whether `word` (any case) is a reporting verb, and of which sort.
pub fn cue(word: &str) -> Option<Cue> {
    // No form is shorter than the shortest lemma (`add`, `say`: three letters), and a word
    // of fewer than three bytes lower-cases to no longer an ASCII word: `a`, `to`, `he`…
    // (a third of the words asked about) need no lookup.
    if word.len() < 3 || !may_open_a_cue(word) {
        return None;
    }
    MEMO.with(|memo| {
        if let Some(&c) = memo.borrow().get(word) {
            return c;
        }
        let c = cue_of(word);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_MAX {
            memo.clear();
        }
        memo.insert(word.into(), c);
        c
    })
}

/// [`cue`], worked out.
fn cue_of(word: &str) -> Option<Cue> {
    // The callers pass lower-case words: lower-casing is then no copy. Every lemma is ASCII,
    // so a word that is not ASCII once lower case is none of their forms.
    let w: std::borrow::Cow<str> = if !word.is_ascii() {
        word.to_lowercase().into()
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        word.to_ascii_lowercase().into()
    } else {
        word.into()
    };
    if !w.is_ascii() {
        return None;
    }
    // (A form of a lemma of either list is a form of one of all of them, and back.)
    if !lemma_in(&w, &ANY) {
        return None;
    }
    let participle = w.ends_with("ing");
    if lemma_in(&w, &SAY) {
        return Some(Cue {
            inverts: true,
            participle,
        });
    }
    lemma_in(&w, &OBJECT).then_some(Cue {
        inverts: false,
        participle,
    })
}

/// Whether `word` (lower case) is a past participle (`asked`, `told`): after a form of
/// `be` the cue is passive and its subject is not the speaker.
pub fn is_participle(word: &str) -> bool {
    word.ends_with("ed") || PARTICIPLES.contains(&word)
}

/// Whether `word` (lower case) is a cue form that is also a noun (`remarks`, `call`).
pub fn is_noun_form(word: &str) -> bool {
    let base = word
        .strip_suffix("es")
        .filter(|b| NOUNS.contains(b))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    NOUNS.contains(&base) || NOUNS.contains(&word)
}

/// A two-word cue: `shot back`, `fired back`, `hit back`, `put it` (`as X put it`).
pub fn phrasal(word: &str, next: &str) -> Option<Cue> {
    let back = matches!(
        word,
        "shot" | "fired" | "hit" | "hits" | "pushed" | "struck"
    ) && next == "back";
    let put = matches!(word, "put" | "puts") && next == "it"
        || matches!(word, "went" | "goes" | "go") && next == "on";
    (back || put).then_some(Cue {
        inverts: false,
        participle: false,
    })
}

/// Whether `word` (any case) is a reporting verb.
pub fn is_cue(word: &str) -> bool {
    cue(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_match() {
        for w in [
            "Said",
            "says",
            "saying",
            "told",
            "tells",
            "added",
            "adding",
            "argues",
            "noted",
            "noting",
            "tweeted",
            "replied",
            "wrote",
            "writes",
            "called",
            "described",
            "proposed",
            "slammed",
            "decried",
            "speculates",
            "begged",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in ["sad", "sand", "stated_", "ad", "the", "calling_", "crowd"] {
            assert!(!is_cue(w), "{w}");
        }
        assert!(cue("said").is_some_and(|c| c.inverts));
        assert!(cue("told").is_some_and(|c| !c.inverts));
        assert!(cue("adding").is_some_and(|c| c.participle));
    }

    #[test]
    fn remembered_answers_are_the_worked_out_ones() {
        // Invented: the same words asked twice, in several cases, and a word past any form's
        // length; the memo must answer as `cue_of` does.
        for _ in 0..2 {
            for w in [
                "Noted",
                "noting",
                "DENIES",
                "denied",
                "crowd",
                "characterising",
                "sayingsayings",
            ] {
                assert_eq!(cue(w), cue_of(w), "{w}");
            }
        }
        assert!(cue("characterising").is_some() && cue("sayingsayings").is_none());
        // Short words are turned away before the memo, as `cue_of` would answer them.
        for w in ["a", "to", "He", "é", "ay", "ad"] {
            assert_eq!(cue(w), None, "{w}");
            assert_eq!(cue_of(w), None, "{w}");
        }
        assert_eq!(ANY.words().len(), SAY_VERBS.len() + OBJECT_VERBS.len());
        assert!(SAY_VERBS
            .iter()
            .chain(OBJECT_VERBS)
            .all(|l| ANY.contains(*l)));
        assert!(IRREGULAR.iter().all(|(f, _)| IRREGULAR_FORMS.contains(*f)));
        // The one-set filter turns away only what neither list takes.
        for w in [
            "said",
            "told",
            "denied",
            "noting",
            "whispered",
            "crowd",
            "the",
            "texts",
        ] {
            let either = lemma_in(w, &SAY) || lemma_in(w, &OBJECT);
            assert_eq!(cue_of(w).is_some(), either, "{w}");
        }
        let shortest = SAY_VERBS.iter().chain(OBJECT_VERBS).map(|l| l.len()).min();
        assert_eq!(shortest, Some(3));
        // The openings filter is built of lower-case letters and turns away no form.
        let letters = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
        assert!(ANY_VERBS.iter().all(|l| letters(l)));
        assert!(IRREGULAR.iter().all(|(f, _)| letters(f)));
        for w in [
            "said", "Told", "DENIED", "bragged", "noting", "cried", "pled",
        ] {
            assert!(may_open_a_cue(w) && cue_of(w).is_some(), "{w}");
        }
        for w in ["zero", "2024", "-said", "xylophone", "for", "with"] {
            assert!(!may_open_a_cue(w) && cue_of(w).is_none(), "{w}");
        }
        // (The Kelvin sign lower-cases to an ASCII `k`: non-ASCII openings are asked.)
        assert!(may_open_a_cue("\u{212A}nock"));
    }
}
