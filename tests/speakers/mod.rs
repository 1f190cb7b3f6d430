//! Shared by the quote fixture files (`quotes_patterns.rs`, `quotes_entities.rs`): a text's
//! analysis, and who each of its quotes is given to.

use lede::insights::Insights;

/// The analysis of a plain text.
pub fn analyze(text: &str) -> Insights {
    lede::analyze_text(text).expect("text analyses")
}

/// (quote text, speaker name or None) for every quote, in order.
pub fn who(text: &str) -> Vec<(String, Option<String>)> {
    let ins = analyze(text);
    ins.quotes
        .iter()
        .map(|q| {
            let name = q.speaker.as_ref().and_then(|id| {
                ins.entities
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| e.entity.name.clone())
            });
            (q.text.clone(), name)
        })
        .collect()
}

/// (statement text, speaker name or None) for every reported statement, in order.
#[allow(dead_code)]
pub fn reported_who(text: &str) -> Vec<(String, Option<String>)> {
    let ins = analyze(text);
    ins.reported
        .iter()
        .map(|r| {
            let name = r.speaker.as_ref().and_then(|id| {
                ins.entities
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| e.entity.name.clone())
            });
            (r.text.clone(), name)
        })
        .collect()
}
