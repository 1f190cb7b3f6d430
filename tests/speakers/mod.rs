//! Shared by the quote fixture files (`quotes_patterns.rs`, `quotes_entities.rs`,
//! `identity_confidence.rs`): a text's analysis, and who each of its quotes is given to.

use lede::insights::Insights;

/// The analysis of a plain text.
#[allow(dead_code)]
pub fn analyze(text: &str) -> Insights {
    lede::analyze_text(text).expect("text analyses")
}

/// The name of the entity a statement's `speaker` id points to.
pub fn name_of(ins: &Insights, speaker: Option<&String>) -> Option<String> {
    let id = speaker?;
    ins.entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.entity.name.clone())
}

/// (quote text, speaker name or None) for every quote, in order.
#[allow(dead_code)]
pub fn who(text: &str) -> Vec<(String, Option<String>)> {
    let ins = analyze(text);
    ins.quotes
        .iter()
        .map(|q| (q.text.clone(), name_of(&ins, q.speaker.as_ref())))
        .collect()
}

/// (statement text, speaker name or None) for every reported statement, in order.
#[allow(dead_code)]
pub fn reported_who(text: &str) -> Vec<(String, Option<String>)> {
    let ins = analyze(text);
    ins.reported
        .iter()
        .map(|r| (r.text.clone(), name_of(&ins, r.speaker.as_ref())))
        .collect()
}

/// (content, speaker name or "", rule) of every reported item of a text's analysis: shared by
/// the reported-speech fixture files (`reported_rules.rs`, `reported_classes.rs`).
#[allow(dead_code)]
pub fn reported_items(text: &str) -> Vec<(String, String, String)> {
    let ins = lede::analyze_text(text).expect("text analyses");
    ins.reported
        .iter()
        .map(|r| {
            let name = name_of(&ins, r.speaker.as_ref()).unwrap_or_default();
            (r.text.clone(), name, r.rule.to_string())
        })
        .collect()
}

/// The one reported item of a text; fails when it has none or several.
#[allow(dead_code)]
pub fn one_reported(text: &str) -> (String, String, String) {
    let all = reported_items(text);
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    all.into_iter().next().unwrap()
}
