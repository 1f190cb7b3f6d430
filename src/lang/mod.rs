//! The language of an article: what the page says, checked against what its text is.
//!
//! Takes the language a page declares (its `lang` attribute or a meta tag, if any) and the
//! article text; gives the article's language as a BCP-47 tag ([`decide`]). A text in a script
//! other than Latin is named by its script (kana → `ja`, Han → `zh`, Hangul → `ko`, Cyrillic →
//! `ru` or `uk` …); Latin text by the function words it uses most (`words.rs`). The declared tag
//! is kept when the text agrees with it or says too little; the detected one replaces it when the
//! text clearly contradicts it (an English template around a French story), or when the page
//! declares nothing. [`path`] says how an article of that language gets its speakers: the
//! English sieves, the cue patterns of `crate::quotes::intl` (German, French, Spanish), or
//! none (quotes by their marks).

mod scripts;
mod words;

use rustc_hash::FxHashMap;
use scripts::{Counts, Script};
use std::sync::OnceLock;

/// How much of the text is read: enough for a verdict, little enough to cost nothing.
const SAMPLE_BYTES: usize = 16_384;
/// How many words of a Latin text are looked up.
const SAMPLE_WORDS: usize = 2_000;
/// Fewer letters than this say nothing.
const MIN_LETTERS: usize = 40;
/// A Latin verdict needs this many function-word hits for the winner…
const MIN_HITS: usize = 6;
/// …and this share of the words looked up…
const MIN_SHARE: f32 = 0.06;
/// …and this lead over the runner-up.
const MIN_LEAD: f32 = 1.4;

/// The languages whose words Lede knows well enough to say who spoke (a lexicon of cues,
/// titles and pronouns). Other languages get their quotes found by their marks, and no speaker.
pub const ATTRIBUTED: &[&str] = &["en", "de", "fr", "es"];

/// How an article's speakers are found, by its language.
#[derive(Clone, Copy)]
pub enum Path {
    /// The English sieves (also for an article whose language nobody could tell).
    English,
    /// The cue patterns of `crate::quotes::intl` with this lexicon (German, French, Spanish).
    Intl(&'static crate::lexicon::Speech),
    /// Quotes by their marks, no speaker.
    Marks,
}

/// The path for an article of language `tag`: `path(Some("de-AT"))` → `Intl(DE)`,
/// `path(Some("cs"))` → `Marks`, `path(None)` → `English`.
pub fn path(tag: Option<&str>) -> Path {
    let Some(t) = tag else {
        return Path::English;
    };
    let p = primary(t);
    match crate::lexicon::speech_for(&p) {
        Some(lex) => Path::Intl(lex),
        None if p == "en" => Path::English,
        None => Path::Marks,
    }
}

/// Whether speakers are attributed in an article of language `tag`. An article whose language
/// nobody could tell (no declaration, too little text) is read as English, as before.
///
/// `attributes(Some("en-US"))` → true; `attributes(Some("cs"))` → false; `attributes(None)` → true.
pub fn attributes(tag: Option<&str>) -> bool {
    tag.is_none_or(|t| ATTRIBUTED.contains(&primary(t).as_str()))
}

/// The primary subtag of a BCP-47 tag, lower-cased: `en-US` → `en`, `pt_BR` → `pt`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The article's language: the declared tag unless the text clearly says otherwise; the
/// detected one when nothing is declared; `None` when neither tells.
///
/// `decide(Some("en"), "Le gouvernement a annoncé …")` → `fr`; `decide(Some("en-GB"), "The
/// minister said …")` → `en-GB`.
pub fn decide(declared: Option<&str>, text: &str) -> Option<String> {
    let declared = declared.map(str::trim).filter(|d| !d.is_empty());
    match (declared, detect(text)) {
        (Some(d), Some(g)) if primary(d) != g => Some(g.to_string()),
        (Some(d), _) => Some(d.to_string()),
        (None, g) => g.map(str::to_string),
    }
}

/// The language a text is written in, when its letters say so clearly.
pub fn detect(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let counts = Counts::of(sample);
    if counts.total() < MIN_LETTERS {
        return None;
    }
    // An ideograph or syllable carries about a word's worth of text; a Latin letter a fifth.
    let cjk = (counts.get(Script::Han) + counts.get(Script::Kana) + counts.get(Script::Hangul)) * 4;
    let main = if cjk > counts.get(Script::Latin) {
        [Script::Han, Script::Kana, Script::Hangul]
            .into_iter()
            .max_by_key(|&s| counts.get(s))?
    } else {
        counts.main()?
    };
    Some(match main {
        Script::Latin => return latin(sample),
        Script::Han | Script::Kana => {
            // Japanese writes its grammar in kana around the kanji; Chinese has none.
            let kana = counts.get(Script::Kana);
            if kana * 10 >= kana + counts.get(Script::Han) {
                "ja"
            } else {
                "zh"
            }
        }
        Script::Hangul => "ko",
        Script::Cyrillic => {
            let ukrainian = sample
                .chars()
                .filter(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ'))
                .count();
            if ukrainian * 100 >= counts.get(Script::Cyrillic) {
                "uk"
            } else {
                "ru"
            }
        }
        Script::Arabic => {
            let persian = sample
                .chars()
                .filter(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی'))
                .count();
            if persian * 50 >= counts.get(Script::Arabic) {
                "fa"
            } else {
                "ar"
            }
        }
        Script::Hebrew => "he",
        Script::Greek => "el",
        Script::Devanagari => "hi",
        Script::Thai => "th",
    })
}

/// Function word → the languages (bit i = `words::LATIN[i]`) that use it.
fn function_words() -> &'static FxHashMap<&'static str, u32> {
    static TABLE: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (i, (_, list)) in words::LATIN.iter().enumerate() {
            for w in *list {
                *map.entry(*w).or_insert(0) |= 1 << i;
            }
        }
        map
    })
}

/// The longest function word of [`words::LATIN`], in bytes: a longer ASCII word is none.
const LONGEST_WORD: usize = 8;

/// The Latin-script language whose function words the sample uses clearly most.
fn latin(sample: &str) -> Option<&'static str> {
    let table = function_words();
    let mut hits = [0usize; words::LATIN.len()];
    let mut looked = 0;
    let mut word = String::new();
    let b = sample.as_bytes();
    let mut i = 0;
    // Words are runs of letters, read by the byte; a character is decoded only past ASCII.
    while i < b.len() && looked < SAMPLE_WORDS {
        let (letter, n) = letter_at(sample, i);
        if !letter {
            i += n;
            continue;
        }
        let (start, mut ascii) = (i, true);
        loop {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if i >= b.len() || b[i] < 0x80 {
                break;
            }
            let (letter, n) = letter_at(sample, i);
            if !letter {
                break;
            }
            ascii = false;
            i += n;
        }
        looked += 1;
        let raw = &sample[start..i];
        let langs = if ascii && !raw.bytes().any(|c| c.is_ascii_uppercase()) {
            (raw.len() <= LONGEST_WORD)
                .then(|| table.get(raw))
                .flatten()
        } else if ascii {
            // ASCII lower-cases byte for byte, on the stack.
            let mut low = [0u8; LONGEST_WORD];
            match low.get_mut(..raw.len()) {
                Some(low) => {
                    low.copy_from_slice(raw.as_bytes());
                    low.make_ascii_lowercase();
                    std::str::from_utf8(low).ok().and_then(|w| table.get(w))
                }
                None => None,
            }
        } else {
            word.clear();
            word.extend(raw.chars().flat_map(char::to_lowercase));
            table.get(word.as_str())
        };
        if let Some(&langs) = langs {
            for (i, h) in hits.iter_mut().enumerate() {
                *h += (langs >> i & 1) as usize;
            }
        }
    }
    let mut order: Vec<usize> = (0..hits.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| std::cmp::Reverse(hits[i]));
    let (best, second) = (hits[order[0]], hits[order[1]]);
    let clear = best >= MIN_HITS
        && best as f32 >= MIN_SHARE * looked as f32
        && best as f32 >= MIN_LEAD * second as f32;
    clear.then(|| words::LATIN[order[0]].0)
}

/// Whether the character at byte `i` of `s` is a letter, and its length in bytes.
fn letter_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes()[i] {
        b if b < 0x80 => (b.is_ascii_alphabetic(), 1),
        _ => {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_alphabetic(), c.len_utf8())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Invented sentences, a few per language.
    const EN: &str = "The minister said on Tuesday that the plan would go ahead, and that the \
        council had been told of it. It was not clear which of them would vote for it.";
    const DE: &str = "Der Minister sagte am Dienstag, dass der Plan nicht gestoppt wird. Die \
        Stadt hat sich für eine andere Lösung entschieden, die auch von den Bürgern getragen wird.";
    const FR: &str = "Le ministre a déclaré mardi que le projet sera maintenu. La ville a choisi \
        une autre solution, qui est soutenue par les habitants et par les élus de la région.";
    const ES: &str = "El ministro dijo el martes que el plan seguirá adelante. La ciudad ha \
        elegido otra solución, que también es apoyada por los vecinos y por los concejales.";
    const PT: &str = "O ministro disse na terça-feira que o plano não será suspenso. A cidade \
        escolheu uma outra solução, que também é apoiada pelos moradores e pela câmara.";
    const CS: &str = "Ministr v úterý řekl, že plán bude pokračovat. Město se podle něj \
        rozhodlo pro jiné řešení, které je také podporováno obyvateli a je to tak správné.";

    #[test]
    fn latin_languages_are_told_by_their_function_words() {
        assert_eq!(detect(EN), Some("en"));
        assert_eq!(detect(DE), Some("de"));
        assert_eq!(detect(FR), Some("fr"));
        assert_eq!(detect(ES), Some("es"));
        assert_eq!(detect(PT), Some("pt"));
        assert_eq!(detect(CS), Some("cs"));
    }

    #[test]
    fn other_scripts_are_told_by_their_letters() {
        let zh =
            "市政府星期二表示，新的交通计划将在明年开始实施，居民可以在网上提出意见。".repeat(2);
        let ja = "市役所は火曜日、新しい交通計画を来年から始めると発表しました。住民はインターネットで意見を出すことができます。";
        let ko = "시청은 화요일에 새로운 교통 계획을 내년부터 시행한다고 밝혔습니다. 주민들은 온라인으로 의견을 낼 수 있습니다.";
        let ru =
            "Министр заявил во вторник, что план будет продолжен, а город выбрал другое решение.";
        let uk = "Міністр заявив у вівторок, що план буде продовжено, а місто обрало інше рішення.";
        assert_eq!(detect(&zh), Some("zh"));
        assert_eq!(detect(ja), Some("ja"));
        assert_eq!(detect(ko), Some("ko"));
        assert_eq!(detect(ru), Some("ru"));
        assert_eq!(detect(uk), Some("uk"));
    }

    #[test]
    fn too_little_text_says_nothing() {
        assert_eq!(detect("Hello there"), None);
        assert_eq!(detect(""), None);
        assert_eq!(detect("12345 67890 — 2026-12-01 / 3.14 · 42"), None);
    }

    #[test]
    fn the_declared_language_stands_unless_the_text_contradicts_it() {
        assert_eq!(decide(Some("en-GB"), EN).as_deref(), Some("en-GB"));
        assert_eq!(decide(Some("en"), FR).as_deref(), Some("fr"));
        assert_eq!(decide(None, ES).as_deref(), Some("es"));
        assert_eq!(decide(Some("de"), "Kurz.").as_deref(), Some("de"));
        assert_eq!(decide(None, "Kurz."), None);
        assert_eq!(decide(Some("  "), DE).as_deref(), Some("de"));
    }

    #[test]
    fn an_english_story_with_a_few_foreign_words_stays_english() {
        let text = format!("{EN} She called it a \"coup de théâtre\" and left the room. {EN}");
        assert_eq!(detect(&text), Some("en"));
    }

    #[test]
    fn only_languages_with_a_lexicon_are_attributed() {
        assert!(attributes(Some("en-US")));
        assert!(attributes(None));
        assert!(attributes(Some("fr")));
        assert!(attributes(Some("de-AT")));
        assert!(!attributes(Some("cs")));
        assert!(!attributes(Some("zh-TW")));
        assert!(matches!(path(Some("en-GB")), Path::English));
        assert!(matches!(path(Some("es")), Path::Intl(l) if l.lang == "es"));
        assert!(matches!(path(Some("pt")), Path::Marks));
    }

    #[test]
    fn function_words_fit_the_longest() {
        let longest = words::LATIN
            .iter()
            .flat_map(|(_, w)| w.iter())
            .map(|w| w.len())
            .max();
        assert_eq!(longest, Some(LONGEST_WORD));
        // Capitals and letters past ASCII are read as the lower-cased words they are.
        assert_eq!(detect(&EN.to_uppercase()), Some("en"));
        assert_eq!(detect(&FR.to_uppercase()), Some("fr"));
    }

    #[test]
    fn primary_subtags() {
        assert_eq!(primary("en-US"), "en");
        assert_eq!(primary("pt_BR"), "pt");
        assert_eq!(primary("DE"), "de");
    }
}
