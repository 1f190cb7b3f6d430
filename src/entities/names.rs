//! Name spotting: runs of capitalised words become name mentions, with the title before them
//! split off as a role (`Former Arkansas Gov.` + `Mike Huckabee`, `Columnist` + `George
//! Will`), a lower-case role before them (`Kremlin spokesman`) or an appositive after them
//! (`Flynn, a top Trump surrogate,`).
//!
//! Takes a [`Doc`]; gives [`Spotted`] mentions in text order, not yet clustered.

use super::lexicon::{
    self, CONNECTORS, OFFICE_OBJECTS, ORG_WORDS, PLACES, PLACE_WORDS, ROLE_NOUNS, STOP,
};
use super::{EntityKind, Gender};
use crate::text::tokens::{is_cap, Token};
use crate::text::{Doc, Span};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::OnceCell;

/// A name mention before clustering.
#[derive(Debug, Clone)]
pub struct Spotted {
    /// The name itself, without title or possessive.
    pub span: Span,
    /// Role or title the text gives at this mention.
    pub role: Option<String>,
    /// Gender an honorific or gendered title gives.
    pub gender: Option<Gender>,
    /// What the words say the name is, if they say.
    pub kind: Option<EntityKind>,
}

/// Words that end an appositive search (a clause, not a description, follows the comma).
const NOT_APPOSITIVE: &[&str] = &[
    "who", "which", "whose", "that", "and", "but", "or", "said", "says", "told", "added", "if",
    "when", "while", "as", "because", "he", "she", "they", "it", "we", "i", "you", "not", "so",
    "in", "on", "at", "for", "with", "to", "by", "from", "after", "before", "also", "however",
];

/// Whether a gap between two words is one space (a no-break space counts).
fn single_space(g: &str) -> bool {
    g == " " || g == "\u{a0}"
}

/// For each sentence, whether its first word is one the text also writes in lower case (a
/// word starting with a lower-case letter, `crate::text::words`): a sentence-initial capital
/// on it is no name. Sentences of `skip`ped paragraphs, and empty ones, get `false`.
///
/// Only the first words are looked for: the text's words are walked once and each is
/// looked up only when its first byte and length are those of some first word (a bitmap),
/// instead of every lower-case word going into a set (`make bench-callgrind`).
///
/// Invented: in `Critics left. Then critics came. Critics?`, sentences 0 and 2 get `true`,
/// sentence 1 (`then` is never written so) `false`.
fn lowercase_initials(doc: &Doc, skip: &[bool]) -> Vec<bool> {
    let text = doc.text;
    // Each first word lower-cased, as `str::to_lowercase` gives it, and the slot of its flag.
    let mut slots: FxHashMap<Cow<str>, usize> = FxHashMap::default();
    let mut slot_of = vec![usize::MAX; doc.sentences.len()];
    // Bit `len` (at most 63) of entry `first byte & 31`: some first word has them.
    let mut shapes = [0u64; 32];
    for (si, s) in doc.sentences.iter().enumerate() {
        if skip[s.paragraph] {
            continue;
        }
        let Some(t) = doc.sentence_tokens(si).first() else {
            continue;
        };
        let w = t.span.of(text);
        let low = if w
            .bytes()
            .all(|x| x.is_ascii_lowercase() || x.is_ascii_digit())
        {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(w.to_lowercase())
        };
        let Some(&b0) = low.as_bytes().first() else {
            continue;
        };
        shapes[usize::from(b0 & 31)] |= 1 << low.len().min(63);
        let n = slots.len();
        slot_of[si] = *slots.entry(low).or_insert(n);
    }
    let mut found = vec![false; slots.len()];
    for w in crate::text::words(text) {
        let b0 = w.as_bytes()[0];
        if b0 < 0x80 && !b0.is_ascii_lowercase()
            || shapes[usize::from(b0 & 31)] & (1 << w.len().min(63)) == 0
            || !w.chars().next().is_some_and(char::is_lowercase)
        {
            continue;
        }
        if let Some(&k) = slots.get(w) {
            found[k] = true;
        }
    }
    slot_of
        .iter()
        .map(|&k| found.get(k).copied().unwrap_or(false))
        .collect()
}

/// Finds the name mentions of a document.
pub fn spot(doc: &Doc) -> Vec<Spotted> {
    let text = doc.text;
    let inner = OnceCell::new();
    let mut out = Vec::new();
    let skip: Vec<bool> = doc
        .paragraphs
        .iter()
        .map(|p| furniture(p.of(text)))
        .collect();
    let initial_lower = lowercase_initials(doc, &skip);
    for (si, s) in doc.sentences.iter().enumerate() {
        if skip[s.paragraph] {
            continue;
        }
        let toks = doc.sentence_tokens(si);
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].span.of(text);
            // (The part before an apostrophe, as `split(…).next()` gave it, without an
            // iterator per word.)
            let base = apostrophe(w).map_or(w, |a| &w[..a]);
            if !is_cap(w) && !particle_name(w)
                || base != w && STOP.contains(&base)
                || hyphen_adjective(w)
                || lexicon::is_party_tag(w)
            {
                i += 1;
                continue;
            }
            let j = run_end(text, toks, i);
            let opens_paragraph = i == 0 && doc.paragraphs[s.paragraph].start == s.span.start;
            if opens_paragraph && dateline(text, &toks[..j], &text[toks[j - 1].span.end..]) {
                out.push(Spotted {
                    span: Span::new(toks[0].span.start, toks[j - 1].span.end),
                    role: None,
                    gender: None,
                    kind: Some(EntityKind::Place),
                });
            } else if let Some(m) = name_in_run(text, toks, i, j, s.span, initial_lower[si], &inner)
            {
                out.push(m);
            } else if lexicon::is_title(w)
                && toks.get(i + 1).is_some_and(|t| t.span.of(text) == "of")
            {
                // The rest of an office's list is the office's too (`Minister of Innovation,
                // Science and Economic Development`).
                let mut end = j;
                while let Some(n) = (end..toks.len()).find(|&n| is_cap(toks[n].span.of(text))) {
                    let gap = &text[toks[end - 1].span.end..toks[n].span.start];
                    if gap.replace("and", "").trim_matches([',', ' ']).is_empty() && n - end <= 1 {
                        end = run_end(text, toks, n);
                    } else {
                        break;
                    }
                }
                i = end;
                continue;
            }
            i = j;
        }
    }
    out
}

/// Labels of the links a news page puts between paragraphs.
const FURNITURE: &[&str] = &[
    "WATCH", "READ", "MORE", "RELATED", "LISTEN", "VIDEO", "PHOTOS", "SEE", "ALSO", "BELOW",
];

/// Whether a paragraph is page furniture, a link line under a label in capitals (`WATCH: …`,
/// `READ MORE: …`, `WATCH BELOW: …`): its names are a headline's, never the article's people.
pub fn furniture(par: &str) -> bool {
    par.split_once(':').is_some_and(|(label, _)| {
        let mut words = label.split_whitespace().peekable();
        words.peek().is_some() && words.all(|w| FURNITURE.contains(&w))
    })
}

/// Whether a run opening a paragraph is a dateline: a place in capitals (`WASHINGTON`, `NEW
/// YORK`), maybe a state or country after a comma, then a dash or a wire's name in brackets
/// (`COLUMBUS, Ohio —`, `LONDON (Reuters) -`). A dateline names the place the story was filed
/// from, never a speaker. (Not a colon: `TRUMP: …` opens a transcript line.)
fn dateline(text: &str, run: &[Token], rest: &str) -> bool {
    let capitals = run.iter().all(|t| {
        let w = t.span.of(text);
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    if !capitals || run.iter().map(|t| t.span.len()).sum::<usize>() < 3 {
        return false;
    }
    let mut rest = rest;
    if let Some(after_comma) = rest.strip_prefix(", ") {
        // `, Ohio`, `, Mich.`, `, South Korea`: up to two capitalised words.
        let mut r = after_comma;
        for _ in 0..2 {
            let end = r.find([' ', ',']).unwrap_or(r.len());
            if !is_cap(&r[..end]) {
                break;
            }
            r = &r[end..];
            if !r.starts_with(" ") || !r[1..].starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            r = &r[1..];
        }
        rest = r;
    }
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    rest.starts_with(['—', '–', '(']) || rest.starts_with("- ") || rest.starts_with("-- ")
}

/// A capitalised word hyphenated to a lower-case one ("Washington-proposed", "Kremlin-backed",
/// "US-led", "Obama-era") is an adjective, not a name; a short syllable after the hyphen is
/// part of a name ("Ban Ki-moon", "Moon Jae-in").
fn hyphen_adjective(w: &str) -> bool {
    /// Short adjective-forming words after a hyphen.
    const SHORT_TAILS: &[&str] = &[
        "age", "born", "bred", "day", "era", "free", "held", "ish", "led", "like", "made", "new",
        "old", "only", "run", "size", "type", "wide",
    ];
    w.rsplit_once('-').is_some_and(|(_, last)| {
        last.chars().next().is_some_and(char::is_lowercase)
            && (last.chars().count() > 4
                || last.ends_with("ed")
                || last.ends_with("ly")
                || SHORT_TAILS.contains(&last))
    })
}

/// A name word behind a lower-case Arabic particle (`al-Assad`, `el-Sisi`).
fn particle_name(w: &str) -> bool {
    // (The particles end at the word's first hyphen: found by the byte, then compared whole,
    // not each particle tried as a prefix.)
    let b = w.as_bytes();
    let Some(h) = (0..b.len().min(4)).find(|&k| b[k] == b'-') else {
        return false;
    };
    matches!(
        &b[..h],
        b"al" | b"el" | b"ad" | b"as" | b"ash" | b"az" | b"bin" | b"ibn"
    ) && is_cap(&w[h + 1..])
}

/// The byte offset of the first apostrophe (`'` or `’`) in `w`, if any: a byte search, not a
/// char pattern.
fn apostrophe(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b'\''
            || b[k] == 0xE2 && b.get(k + 1) == Some(&0x80) && b.get(k + 2) == Some(&0x99)
        {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// Compass words that open a place's name (`South Sudan`, `Northern Ireland`, `West Bank`).
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
];

/// Capitalised function words and times that never end a name as its surname.
const NOT_SURNAMES: &[&str] = &[
    "The",
    "And",
    "But",
    "She",
    "They",
    "You",
    "His",
    "Her",
    "Its",
    "Our",
    "Their",
    "This",
    "That",
    "There",
    "Then",
    "When",
    "Where",
    "While",
    "With",
    "From",
    "For",
    "After",
    "Before",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One past the last token of the capitalised run starting at `i`.
fn run_end(text: &str, toks: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < toks.len() && !toks[j - 1].possessive {
        let gap = &text[toks[j - 1].span.end..toks[j].span.start];
        if !single_space(gap) {
            break;
        }
        let w = toks[j].span.of(text);
        // A common word as a surname ends a name: `George Will wrote`, `Billie Jean King
        // says` (not a title-case headline's `Trump Will Win`).
        let surname = is_cap(w)
            && STOP.contains(&w)
            && w.len() >= 3
            && !NOT_SURNAMES.contains(&w)
            && !STOP.contains(&toks[j - 1].span.of(text))
            && w.chars().skip(1).all(char::is_lowercase)
            && toks.get(j + 1).is_none_or(|n| {
                !single_space(&text[toks[j].span.end..n.span.start])
                    || n.span
                        .of(text)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            });
        if is_cap(w) && !STOP.contains(&w) && !hyphen_adjective(w) || particle_name(w) {
            j += 1;
        } else if surname {
            j += 1;
            break;
        } else if CONNECTORS.contains(&w) && !(w == "of" && person_so_far(text, &toks[i..j])) {
            // One or two connectors, then a capitalised word (`Bank of America`, `Mark van
            // der Berg`).
            let joined = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    single_space(&text[toks[k - 1].span.end..n.span.start])
                        && (k == j + 1 || CONNECTORS.contains(&toks[k - 1].span.of(text)))
                })
            };
            let mut k = j + 1;
            if joined(k) && CONNECTORS.contains(&toks[k].span.of(text)) && w != "of" {
                k += 1;
            }
            if joined(k) && is_cap(toks[k].span.of(text)) {
                j = k + 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    j
}

/// Whether a capitalised run reads as a person's name, so that an `of` after it starts
/// where they are from or work (`Gov. Mike Pence of Indiana`, `Nate Silver of
/// FiveThirtyEight`), not the rest of one name (`Bank of America`, `Secretary of State`,
/// `Joan of Arc`): two name words, or a title and one, and no organisation or place word.
fn person_so_far(text: &str, run: &[Token]) -> bool {
    let words: Vec<&str> = run.iter().map(|t| t.span.of(text)).collect();
    if words
        .iter()
        .any(|w| ORG_WORDS.contains(w) || PLACE_WORDS.contains(w) || CONNECTORS.contains(w))
        || PLACES.contains(&words.join(" "))
    {
        return false;
    }
    let last_title = words.iter().rposition(|w| lexicon::is_title(w));
    let names = words
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            last_title.is_none_or(|t| k > t)
                && !STOP.contains(w)
                && !lexicon::is_suffix(w)
                && !lexicon::is_demonym(w)
        })
        .count();
    names >= 2 || last_title.is_some() && names == 1
}

/// The name mention in `toks[i..j]`, a run of capitalised words, if it holds one.
/// `initial_lower`: the sentence's first word is one the text also writes in lower case
/// ([`lowercase_initials`]).
fn name_in_run<'t>(
    text: &'t str,
    toks: &[Token],
    i: usize,
    j: usize,
    sentence: Span,
    initial_lower: bool,
    inner: &OnceCell<FxHashSet<&'t str>>,
) -> Option<Spotted> {
    let word = |k: usize| toks[k].span.of(text);
    let sentence_initial = {
        let before = &text[sentence.start..toks[i].span.start];
        before.chars().all(|c| !c.is_alphanumeric())
    };
    // Leading function words, and sentence-initial words the text also writes in lower case.
    // (Sentence-initial is the sentence's first token: `initial_lower` is that word's.)
    let mut a = i;
    while a < j
        && (STOP.contains(&word(a))
            || a > i && CONNECTORS.contains(&word(a))
            || (a == i
                && sentence_initial
                && !lexicon::is_title(word(a))
                && (initial_lower
                    || (word(a).ends_with("ing") || word(a).ends_with("ly"))
                        && !inner
                            .get_or_init(|| inside_sentence(text))
                            .contains(word(a)))))
    {
        a += 1;
    }
    // A photo credit: `Jo Ray / The Canadian Press Kevin Vickers, right, …`, `Getty Images
    // Kevin Vickers at …`: the photographer's name is no mention, the agency no part of
    // the name after it.
    if text[toks[j - 1].span.end..].trim_start().starts_with('/') {
        return None;
    }
    if let Some(k) = (a..j.saturating_sub(1))
        .rev()
        .find(|&k| matches!(word(k), "Images" | "Press") && !lexicon::is_title(word(k + 1)))
    {
        a = k + 1;
    }
    if a >= j {
        return None;
    }
    // One word opening a quotation (`“Turnout will be high”`, `“Believe me.”`) is a word
    // capitalised by the quote, unless the text also writes it capitalised mid-sentence.
    let opens_quote = text[..toks[a].span.start]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '“' | '"' | '‘' | '«' | '„' | '»'));
    if a + 1 == j
        && opens_quote
        && !lexicon::is_title(word(a))
        && !is_acronym(word(a))
        && !inner
            .get_or_init(|| inside_sentence(text))
            .contains(word(a))
    {
        return None;
    }
    // Titles: everything up to the last title word is the role, when a name follows.
    // (A role noun opening the sentence is a title there too: `Columnist George Will`.)
    let role_noun = |k: usize| {
        k == a && sentence_initial && ROLE_NOUNS.contains(&word(k).to_lowercase().as_str())
    };
    // A title with only a suffix after it is part of the name (`Martin Luther King Jr.`).
    let is_name = |from: usize| {
        from < j
            && (from..j).all(|m| !ORG_WORDS.contains(&word(m)) && !CONNECTORS.contains(&word(m)))
            && (from..j).any(|m| !lexicon::is_suffix(word(m)))
    };
    let last_title = (a..j).rev().find(|&k| {
        (lexicon::is_title(word(k)) || role_noun(k))
            && (k + 1 == j || (k + 1..j).any(|m| !lexicon::is_suffix(word(m))))
    });
    let mut start = a;
    let mut role: Option<String> = None;
    let mut gender = None;
    if let Some(k) = last_title {
        // The name starts after the title, or after what an office is of (`Secretary of
        // State Marco Rubio`).
        let name_from = Some(k + 1)
            .filter(|&f| is_name(f))
            .or_else(|| office_end(&word, k, j).filter(|&f| is_name(f)));
        if let Some(f) = name_from {
            role = Some(
                Span::new(toks[a].span.start, toks[f - 1].span.end)
                    .of(text)
                    .to_string(),
            );
            gender = (a..f)
                .find_map(|m| lexicon::honorific_gender(word(m)).or(lexicon::noun_gender(word(m))));
            start = f;
        } else if k + 1 == j
            && (a..j).all(|m| lexicon::is_title(word(m)) || lexicon::is_demonym(word(m)))
        {
            return None; // "President", "Russian President": a description, not a name.
        } else if k == a && a + 1 < j && word(a + 1) == "of" {
            // `Jane Roe, Minister of Health, said`: an office, no one's name.
            return None;
        }
    }
    // Party and nationality adjectives before a person's name join the role; not those of a
    // place's own name (`Saudi Arabia`).
    let whole = Span::new(toks[start].span.start, toks[j - 1].span.end).of(text);
    while start + 1 < j
        && lexicon::is_demonym(word(start))
        && !(start + 1..j).any(|m| ORG_WORDS.contains(&word(m)))
        && !PLACES.contains(&whole)
    {
        start += 1;
    }
    if start > a && role.is_none() {
        role = Some(
            Span::new(toks[a].span.start, toks[start - 1].span.end)
                .of(text)
                .to_string(),
        );
    }
    let span = Span::new(toks[start].span.start, toks[j - 1].span.end);
    let name = span.of(text);
    if start + 1 == j && (lexicon::is_demonym(name) && !name.ends_with('s') || name.len() < 2) {
        return None;
    }
    if name.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = (start..j).map(word).collect();
    let kind = if words.iter().any(|w| ORG_WORDS.contains(w))
        || is_acronym(name) && !PLACES.contains(&name)
    {
        Some(EntityKind::Organization)
    } else if PLACES.contains(&name)
        || words.last().is_some_and(|w| PLACE_WORDS.contains(w))
        || words.len() >= 2 && COMPASS.contains(&words[0])
        || state_after(text, toks, j) && !words.iter().any(|w| CONNECTORS.contains(w))
        || lexicon::STATE_ABBREVIATIONS.contains(&name)
    {
        Some(EntityKind::Place)
    } else if words.len() >= 2 && lexicon::names_a_thing(name) {
        // `Data Retention Bill`, `Affordable Care Act`, `Christmas Day`: a law, a plan or a
        // day, no person.
        Some(EntityKind::Other)
    } else if words
        .last()
        .is_some_and(|w| w.ends_with('s') && lexicon::is_demonym(w))
    {
        // `New Zealanders`, `Tunisian Islamists`: a people, no person.
        Some(EntityKind::Other)
    } else if role.is_some() {
        Some(EntityKind::Person)
    } else if start == a && owned_thing(text, toks, a, j) {
        // `his Truth Social platform`, `her Daily Chirp account`: a thing someone owns.
        Some(EntityKind::Other)
    } else if start == a
        && article_before(text, toks, a)
        && !(start + 1 == j && lexicon::is_demonym(name))
        && !modifies_noun(text, toks, j)
    {
        // `the White House`, `the Kremlin`, `the Armenian Patriarchate`: a person's name takes
        // no article (`the Obama administration` is the article of the noun after it).
        Some(EntityKind::Organization)
    } else {
        None
    };
    if role.is_none() && kind != Some(EntityKind::Place) {
        role = role_before(text, toks, a, sentence).or_else(|| appositive(text, toks, j));
    }
    if gender.is_none() {
        gender = role
            .as_deref()
            .and_then(|r| r.split_whitespace().find_map(lexicon::noun_gender));
    }
    // `her father Ade`, `his wife Jane Roe`: a kinship noun right before the name (no role
    // of its own) still says the person's gender.
    if gender.is_none() && start == a && a > 0 {
        let prev = toks[a - 1];
        let w = prev.span.of(text);
        if prev.span.start >= sentence.start
            && single_space(&text[prev.span.end..toks[a].span.start])
            && w.starts_with(char::is_lowercase)
        {
            gender = lexicon::noun_gender(w);
        }
    }
    Some(Spotted {
        span,
        role: role.filter(|r| lexicon::honorific_gender(r).is_none()),
        gender,
        kind,
    })
}

/// Whether an article or a group's possessive stands right before token `a` (`the`, `an`,
/// `its`, `their`).
fn article_before(text: &str, toks: &[Token], a: usize) -> bool {
    a.checked_sub(1).is_some_and(|p| {
        single_space(&text[toks[p].span.end..toks[a].span.start])
            && matches!(
                toks[p].span.of(text),
                "the" | "The" | "a" | "an" | "its" | "their" | "our"
            )
    })
}

/// Whether a person's possessive stands right before token `a` and a lower-case noun after
/// the run ending before token `j` (`his Truth Social platform`): the name is of a thing.
fn owned_thing(text: &str, toks: &[Token], a: usize, j: usize) -> bool {
    a.checked_sub(1).is_some_and(|p| {
        single_space(&text[toks[p].span.end..toks[a].span.start])
            && matches!(toks[p].span.of(text), "his" | "her" | "my" | "your")
    }) && modifies_noun(text, toks, j)
}

/// Whether a lower-case noun follows the run ending before token `j` (`Obama
/// administration`): the name modifies that noun. (Not a verb, an auxiliary or a function
/// word: `the Bill would`, `the Kremlin said`, `the Pentagon announced`.)
fn modifies_noun(text: &str, toks: &[Token], j: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "and", "are", "as", "at", "but", "by", "can", "could", "did", "does", "for", "from", "had",
        "has", "have", "in", "is", "it", "may", "might", "must", "of", "on", "or", "said", "says",
        "shall", "should", "that", "to", "was", "were", "which", "who", "will", "with", "would",
        "where", "when", "while", "since", "because", "if", "than", "into", "over", "after",
    ];
    toks.get(j).is_some_and(|n| {
        let w = n.span.of(text);
        single_space(&text[toks[j - 1].span.end..n.span.start])
            && !toks[j - 1].possessive
            && w.chars().next().is_some_and(char::is_lowercase)
            && !NOT_NOUNS.contains(&w)
            && !w.ends_with("ed")
    })
}

/// Capitalised words that also stand inside a sentence, after a word and a space (`Tom
/// Boreing`, `said Kelly`): names, even where they open a sentence (`Boreing said`), though
/// they end like a participle or an adverb.
///
/// A byte walk: ASCII is classed by the byte, the rest of a word's ASCII letters skipped in
/// a tight loop, a character decoded only past ASCII (this reads the whole text).
fn inside_sentence(text: &str) -> FxHashSet<&str> {
    let mut out = FxHashSet::default();
    let b = text.as_bytes();
    let mut prev_alnum = false;
    let mut space_after_word = false;
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        if word_start.is_some() && prev_alnum {
            // Inside a word: more ASCII letters and digits change nothing but the position.
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
                space_after_word = false;
            }
            if i >= b.len() {
                break;
            }
        }
        let (alnum, upper, space, n) = if b[i] < 0x80 {
            let c = b[i];
            (
                c.is_ascii_alphanumeric() || c == b'_',
                c.is_ascii_uppercase(),
                c == b' ',
                1,
            )
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.is_uppercase(), false, c.len_utf8())
        };
        match (alnum, word_start) {
            (true, None) => {
                if space_after_word && upper {
                    word_start = Some(i);
                } else {
                    word_start = Some(usize::MAX);
                }
            }
            (false, Some(a)) => {
                if a != usize::MAX {
                    out.insert(&text[a..i]);
                }
                word_start = None;
            }
            _ => {}
        }
        space_after_word = space && prev_alnum;
        prev_alnum = alnum;
        i += n;
    }
    if let Some(a) = word_start.filter(|&a| a != usize::MAX) {
        out.insert(&text[a..]);
    }
    out
}

/// Whether a US state follows the run ending before token `j` after a comma: the run is a
/// city (`Columbus, Ohio`, `Flint, Mich.`, `Derry, N.H.`).
fn state_after(text: &str, toks: &[Token], j: usize) -> bool {
    let (Some(last), Some(next)) = (j.checked_sub(1).and_then(|k| toks.get(k)), toks.get(j)) else {
        return false;
    };
    let w = next.span.of(text);
    let rest = &text[next.span.end..];
    let state = lexicon::US_STATES.contains(&w)
        || lexicon::STATE_ABBREVIATIONS.contains(&w) && (w.ends_with('.') || rest.starts_with('.'));
    state
        && !last.possessive
        && !next.possessive
        && text[last.span.end..next.span.start].trim() == ","
}

/// `Secretary of State`, `Minister for Foreign Affairs`: when title word `k` is followed by
/// `of`/`for` and office words or places, the index of the first word after them.
fn office_end<'t>(word: &impl Fn(usize) -> &'t str, k: usize, j: usize) -> Option<usize> {
    if k + 2 >= j || !matches!(word(k + 1), "of" | "for") {
        return None;
    }
    let mut m = k + 2;
    while m < j && (OFFICE_OBJECTS.contains(&word(m)) || PLACES.contains(&word(m))) {
        m += 1;
    }
    (m > k + 2).then_some(m)
}

/// Whether a word is an acronym (`FBI`, `NATO`), two or more capitals.
fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !w.contains(' ')
}

/// A lower-case role right before a name: `Kremlin spokesman`, `Republican presidential
/// candidate`, `Trump campaign manager`.
fn role_before(text: &str, toks: &[Token], at: usize, sentence: Span) -> Option<String> {
    let mut k = at;
    let mut first = None;
    let mut has_noun = false;
    while k > 0 {
        let prev = toks[k - 1];
        if prev.span.start < sentence.start
            || !single_space(&text[prev.span.end..toks[k].span.start])
        {
            break;
        }
        let w = prev.span.of(text);
        let lw = w.to_lowercase();
        if !has_noun {
            if ROLE_NOUNS.contains(&lw.as_str()) && w == lw {
                has_noun = true;
                first = Some(k - 1);
            } else {
                break;
            }
        } else if (is_cap(w) && !STOP.contains(&w)
            || w.ends_with("al")
            || lexicon::ROLE_MODIFIERS.contains(&w)
            || w == "former"
            || w == "top")
            && !prev.possessive
            && at - k < 4
        {
            first = Some(k - 1);
        } else {
            break;
        }
        k -= 1;
    }
    let f = first?;
    Some(
        Span::new(toks[f].span.start, toks[at - 1].span.end)
            .of(text)
            .to_string(),
    )
}

/// An appositive after a name: `, a top Trump surrogate,` → "top Trump surrogate".
fn appositive(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let last = toks.get(end.checked_sub(1)?)?;
    let next = toks.get(end)?;
    let gap = &text[last.span.end..next.span.start];
    if gap.trim() != "," || last.possessive {
        return None;
    }
    let first = next.span.of(text);
    if NOT_APPOSITIVE.contains(&first.to_lowercase().as_str())
        || is_cap(first)
            && !lexicon::is_title(first)
            && !lexicon::is_demonym(first)
            && !matches!(first, "A" | "An" | "The")
    {
        return None;
    }
    let mut k = end;
    while k < toks.len() && k - end < 12 {
        if k > end {
            let g = &text[toks[k - 1].span.end..toks[k].span.start];
            if g.contains(',') || g.contains('.') || g.contains('(') || g.contains('—') {
                let role = Span::new(next.span.start, toks[k - 1].span.end).of(text);
                let role = role
                    .trim_start_matches("a ")
                    .trim_start_matches("an ")
                    .trim_start_matches("the ");
                let has_role_word = role.split_whitespace().any(|w| {
                    ROLE_NOUNS.contains(&w.to_lowercase().as_str()) || lexicon::is_title(w)
                });
                return has_role_word.then(|| role.to_string());
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_initials_are_first_words_also_written_in_lower_case() {
        // Invented: `critics` is written in lower case, `then` is not.
        let article =
            crate::extract::article_from_text("Critics left. Then critics came. Critics?");
        let doc = Doc::new(&article);
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(lowercase_initials(&doc, &[false]), [true, false, true]);
        assert_eq!(lowercase_initials(&doc, &[true]), [false, false, false]);
    }

    #[test]
    fn inside_sentence_keeps_capitals_after_a_word_and_a_space() {
        // Invented: `Boreing` after `said `, `Émile` past ASCII; not the opening `Tom`, not
        // `Kelly` after a comma, not `Ann` after two spaces.
        let got = inside_sentence("Tom met said Boreing, Kelly left  Ann x_Émile y Zoë");
        let mut got: Vec<&str> = got.into_iter().collect();
        got.sort_unstable();
        assert_eq!(got, ["Boreing", "Zoë"]);
        assert!(inside_sentence("").is_empty());
        assert_eq!(
            inside_sentence("one Two").into_iter().collect::<Vec<_>>(),
            ["Two"]
        );
    }
}
