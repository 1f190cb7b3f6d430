//! The seed page against its hand annotation (`tests/fixtures/seed/gold.json`): every quote
//! found, at least 15 of 16 with the right speaker, and the damaged paragraph's quote not
//! given a confident wrong speaker.

use lede::insights::Insights;
use serde_json::Value;

const HTML: &str = include_str!("fixtures/seed/article.html");
const GOLD: &str = include_str!("fixtures/seed/gold.json");

fn insights() -> Insights {
    lede::analyze_page(&lede::page::html::page_from_html(HTML)).expect("seed analyses")
}

fn speaker_name(ins: &Insights, id: Option<&String>) -> Option<String> {
    let id = id?;
    ins.entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.entity.name.clone())
}

#[test]
fn seed_quotes_and_speakers() {
    let ins = insights();
    let gold: Value = serde_json::from_str(GOLD).expect("gold.json parses");
    let quotes = gold["quotes"].as_array().expect("quotes");
    let mut used = vec![false; ins.quotes.len()];
    let (mut found, mut right) = (0, 0);
    for g in quotes {
        let text = g["text"].as_str().unwrap_or_default();
        let Some(i) = (0..ins.quotes.len()).find(|&i| !used[i] && ins.quotes[i].text == text)
        else {
            eprintln!("missed quote: {text}");
            continue;
        };
        used[i] = true;
        found += 1;
        let q = &ins.quotes[i];
        let got = speaker_name(&ins, q.speaker.as_ref());
        let mut ok: Vec<&str> = g["accept"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let want = g["speaker"].as_str();
        ok.extend(want);
        let good = match &got {
            Some(name) => ok.contains(&name.as_str()) || want.is_none() && q.confidence < 0.5,
            None => want.is_none(),
        };
        if want.is_none() {
            assert!(
                good,
                "paragraph {}: confident wrong speaker {got:?}",
                g["paragraph"]
            );
        }
        if good {
            right += 1;
        } else {
            eprintln!("wrong speaker for {text:?}: got {got:?}, want {want:?}");
        }
    }
    assert_eq!(found, quotes.len(), "every seed quote found");
    assert_eq!(right, 16, "{right}/16 right speakers");
}

#[test]
fn seed_entities_cluster_and_carry_roles() {
    let ins = insights();
    let by_name = |n: &str| ins.entities.iter().find(|e| e.entity.name == n);
    let peskov = by_name("Dmitry Peskov").expect("Peskov clustered under his full name");
    assert_eq!(peskov.entity.role.as_deref(), Some("Kremlin spokesman"));
    assert!(by_name("Peskov").is_none());
    assert!(by_name("Steve Witkoff").is_some() && by_name("Witkoff").is_none());
    let joly = by_name("Melanie Joly").expect("Joly");
    assert_eq!(joly.entity.gender, Some(lede::entities::Gender::Female));
    assert_eq!(joly.entity.quotes, 3);
    // A title with what the office is of stays the role; a place's own demonym stays its name.
    let rubio = by_name("Marco Rubio").expect("Rubio named without his title");
    assert_eq!(rubio.entity.role.as_deref(), Some("Secretary of State"));
    assert!(by_name("Arabia").is_none());
    for place in ["Moscow", "Kyiv", "Quebec", "Saudi Arabia", "United States"] {
        if let Some(e) = by_name(place) {
            assert_eq!(e.entity.kind, lede::entities::EntityKind::Place, "{place}");
        }
    }
}
