//! Languages: no English rules on text in other languages.
//!
//! Takes invented French, German, Czech and Chinese texts, and (where `../shared` is present) the
//! Readability test pages whose article is not in English; gives failures when a speaker is
//! shown for a language Lede has no lexicon for (Czech, Chinese, Japanese …), or when a speaker
//! shown on a non-English page is a function word, a sentence opening or a lower-case common
//! noun — what English rules made of French and German text before (`Il`, `En pratique`,
//! `L'élargissement`, `Consultada`). German, French and Spanish get speakers from their own
//! cue patterns (`src/quotes/intl`).

use std::path::Path;

const READABILITY: &str = "../shared/corpora/readability-test-pages";

/// Words that open sentences in the languages of the Readability pages and never open a name.
const OPENERS: &[&str] = &[
    // French
    "il", "elle", "ils", "elles", "en", "ce", "cet", "cette", "ces", "la", "le", "les", "l", "un",
    "une", "des", "du", "de", "on", "nous", "selon", "mais", "et", "pour", "dans", "sur",
    // German
    "der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "man", "auch", "im", "am", "mit",
    "für", "nach", "bei", "zum", "zur", "und", "aber", // Spanish and Portuguese
    "el", "los", "las", "lo", "una", "o", "os", "as", "um", "uma", "ella", "ele", "ela", "se",
    "por", "para", "con", "com", "en", "em", "no", "na", "según", "segundo", "pero", "mas", "y",
    "e",
];

fn analyze_text(text: &str) -> lede::Insights {
    lede::analyze_text(text).expect("text analyses")
}

/// Why a speaker name is not a person, an organisation or a described group, if it is not.
fn not_a_name(name: &str) -> Option<&'static str> {
    let first = name
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if OPENERS.contains(&first.to_lowercase().as_str()) {
        return Some("opens with a function word");
    }
    if !name.chars().next().is_some_and(char::is_uppercase) {
        return Some("not capitalised");
    }
    None
}

/// Whether a one-word "person" is a common noun: the text uses it after an article
/// (`die TOTP-Unterstützung`, `la semana`), which no one's name takes.
fn common_noun(name: &str, text: &str) -> bool {
    const ARTICLES: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einer", "le", "la",
        "les", "un", "une", "el", "los", "las", "una", "os",
    ];
    !name.contains(' ')
        && ARTICLES
            .iter()
            .any(|a| text.contains(&format!(" {a} {name}")))
}

/// The name of a quote's speaker, if it has one.
fn speaker_name<'a>(ins: &'a lede::Insights, q: &lede::insights::QuoteOut) -> Option<&'a str> {
    let id = q.speaker.as_ref()?;
    ins.entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.entity.name.as_str())
}

#[test]
fn french_text_gets_french_speakers_and_no_sentence_openings() {
    let text = "La ministre a présenté mardi son projet de loi sur le logement.\n\n\
        « Nous ne laisserons personne à la rue », a déclaré Claire Dumas devant les députés. \
        Il s'agit notamment d'aider les familles, selon le ministère.\n\n\
        « Ce dispositif arrive trop tard », a-t-il répondu.\n\n        En pratique, la réforme reste « une priorité absolue pour tout le gouvernement ».";
    let ins = analyze_text(text);
    assert_eq!(ins.article.lang.as_deref(), Some("fr"));
    assert_eq!(ins.quotes.len(), 3, "every quote is found by its marks");
    assert_eq!(speaker_name(&ins, &ins.quotes[0]), Some("Claire Dumas"));
    // `il` is the speaker's mention (resolved, if at all, to a person); `En pratique` opens a
    // sentence and says nothing.
    assert_eq!(
        ins.quotes[1].mention.as_ref().map(|m| m.text.as_str()),
        Some("il")
    );
    assert_eq!(
        speaker_name(&ins, &ins.quotes[1]).and_then(not_a_name),
        None
    );
    assert_eq!(speaker_name(&ins, &ins.quotes[2]), None);
}

#[test]
fn german_text_gets_german_speakers_and_czech_and_chinese_none() {
    let de = analyze_text(
        "Die Stadt hat am Dienstag einen neuen Plan für den Verkehr vorgestellt.\n\n\
         „Wir werden die Innenstadt für Autos schließen“, sagte Bürgermeisterin Anna Roth. \
         Die TOTP-Unterstützung sei nicht mehr nötig, hieß es aus dem Rathaus, das auch \
         von den Bürgern kritisiert wird.\n\n         Der Plan bleibt „eine Aufgabe für die ganze Stadt und ihre Bürger“.",
    );
    assert_eq!(de.article.lang.as_deref(), Some("de"));
    let names: Vec<_> = de.quotes.iter().map(|q| speaker_name(&de, q)).collect();
    assert_eq!(names, [Some("Anna Roth"), None]);
    let texts = [
        (
            "cs",
            "Město v úterý představilo nový plán dopravy, který je podle radnice nutný.\n\n\
             „Centrum uzavřeme pro auta“, řekla starostka Anna Novák. Podle ní se to také \
             týká parkovišť, která jsou v centru města a která se mají zrušit.",
        ),
        (
            "zh",
            "市政府星期二公布了新的交通计划，居民可以在网上提出意见。\n\n\
             “我们将关闭市中心的汽车通行，”市长王丽说。她表示，这项计划将在明年开始实施，\
             市民的意见会被认真考虑。",
        ),
    ];
    for (lang, text) in texts {
        let ins = analyze_text(text);
        assert_eq!(ins.article.lang.as_deref(), Some(lang));
        assert!(
            !ins.quotes.is_empty(),
            "{lang}: the quote is found by its marks"
        );
        for q in &ins.quotes {
            assert_eq!(q.speaker, None, "{lang}: {q:?}");
        }
    }
}

#[test]
fn english_text_keeps_its_speakers() {
    let ins = analyze_text(
        "The council met on Tuesday to discuss the new traffic plan for the city centre.\n\n\
         \"We will close the centre to cars,\" said Mayor Anna Roth. She said the plan would \
         start next year and that residents had been asked for their views.",
    );
    assert_eq!(ins.article.lang.as_deref(), Some("en"));
    assert!(ins.quotes.iter().any(|q| q.speaker.is_some()));
}

/// On every Readability page whose article is not in English: no speaker where Lede has no
/// lexicon for the language, and never a function word or a sentence opening as a speaker.
#[test]
fn non_english_readability_pages_show_no_nonsense_speakers() {
    let dir = Path::new(READABILITY);
    if !dir.is_dir() {
        eprintln!("skipped: {READABILITY} is absent");
        return;
    }
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    names.sort();
    let mut checked = Vec::new();
    let mut shown = Vec::new();
    let mut bad = Vec::new();
    for page in names {
        let bytes = std::fs::read(page.join("source.html")).expect("page reads");
        let Ok((html, _)) = lede::input::decode(&bytes, true) else {
            continue;
        };
        let Ok(ins) = lede::analyze_page(&lede::page::html::page_from_html(&html)) else {
            continue;
        };
        let lang = ins.article.lang.clone().unwrap_or_default();
        if lang.is_empty() || lede::lang::primary(&lang) == "en" {
            continue;
        }
        let name = page.file_name().unwrap().to_string_lossy().into_owned();
        checked.push(format!("{name} ({lang})"));
        let speakers = ins.quotes.iter().map(|q| &q.speaker);
        for id in speakers.chain(ins.reported.iter().map(|r| &r.speaker)) {
            let Some(id) = id else { continue };
            let Some(ent) = ins.entities.iter().find(|e| &e.id == id) else {
                continue;
            };
            let who = ent.entity.name.as_str();
            let person = format!("{:?}", ent.entity.kind) == "Person";
            shown.push(format!("{name}: {who}"));
            if !lede::lang::attributes(Some(&lang)) {
                bad.push(format!(
                    "{name} ({lang}): speaker {who:?} without a lexicon"
                ));
            } else if let Some(why) = not_a_name(who) {
                bad.push(format!("{name} ({lang}): speaker {who:?} {why}"));
            } else if person && common_noun(who, &ins.article.text) {
                bad.push(format!("{name} ({lang}): speaker {who:?} is a common noun"));
            }
        }
    }
    eprintln!("non-English pages checked: {}", checked.join(", "));
    eprintln!("speakers shown: {}", shown.join("; "));
    assert!(
        checked.len() >= 10,
        "expected the French, German, Spanish, Portuguese, Czech, Chinese and Japanese pages, got {checked:?}"
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_speaker_check_knows_a_name_from_a_sentence_opening() {
    assert_eq!(not_a_name("Claire Dumas"), None);
    assert_eq!(not_a_name("Il"), Some("opens with a function word"));
    assert_eq!(
        not_a_name("L'élargissement"),
        Some("opens with a function word")
    );
    assert_eq!(
        not_a_name("En pratique"),
        Some("opens with a function word")
    );
    assert_eq!(
        not_a_name("La semana pasada"),
        Some("opens with a function word")
    );
    assert_eq!(not_a_name("consultada"), Some("not capitalised"));
    assert!(common_noun(
        "TOTP-Unterstützung",
        "Seit Mai gibt es die TOTP-Unterstützung auch hier."
    ));
    assert!(!common_noun("Merkel", "Das sagte Merkel am Montag."));
}
