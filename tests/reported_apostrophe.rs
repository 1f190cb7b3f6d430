//! Two apostrophes as quotation marks (`src/reported/apostrophe.rs`, rule
//! `apostrophe-quoted`): an attributed `''…''` stretch is a reported statement, never a quote.
//!
//! Takes invented paragraphs; checks the `reported[]` and `quotes[]` of `lede::analyze_text`.

use lede::Insights;

fn analyze(text: &str) -> Insights {
    lede::analyze_text(text).expect("text analyses")
}

/// (content, speaker name) of every `apostrophe-quoted` item.
fn stretches(text: &str) -> Vec<(String, String)> {
    let ins = analyze(text);
    ins.reported
        .iter()
        .filter(|r| r.rule == "apostrophe-quoted")
        .map(|r| {
            let name = r
                .speaker
                .as_ref()
                .and_then(|id| ins.entities.iter().find(|e| &e.id == id))
                .map_or(String::new(), |e| e.entity.name.clone());
            (r.text.clone(), name)
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn cue_after_the_stretch_and_the_stretch_that_goes_on() {
    let text = "''The ferry will not sail on Sunday,'' Ada Brennan said. ''The pier is unsafe.''";
    assert_eq!(
        stretches(text),
        pairs(&[
            ("The ferry will not sail on Sunday,", "Ada Brennan"),
            ("The pier is unsafe.", "Ada Brennan"),
        ])
    );
    // Not a quote: the scorers and the page read only “…”, "…" and «…» as quotation marks.
    assert!(analyze(text).quotes.is_empty());
}

#[test]
fn cue_before_the_stretch() {
    let text = "Tomas Greer, the harbour master, said, ''Nobody has asked us about the tunnel.''";
    assert_eq!(
        stretches(text),
        pairs(&[("Nobody has asked us about the tunnel.", "Tomas Greer")])
    );
}

#[test]
fn a_short_cue_sentence_after_a_question() {
    let text = "''Who would pay for a second bridge?'' Tomas Greer said. The council met later.";
    assert_eq!(
        stretches(text),
        pairs(&[("Who would pay for a second bridge?", "Tomas Greer")])
    );
}

#[test]
fn an_unclosed_stretch_goes_on_in_the_next_paragraph() {
    let text = "Ada Brennan said, ''The pier is unsafe and the council knows it.\n\n''We will close it in May and rebuild it by the autumn.''";
    assert_eq!(
        stretches(text),
        pairs(&[
            (
                "The pier is unsafe and the council knows it.",
                "Ada Brennan"
            ),
            (
                "We will close it in May and rebuild it by the autumn.",
                "Ada Brennan"
            ),
        ])
    );
}

#[test]
fn measures_titles_and_unattributed_stretches_are_not_statements() {
    // A height, a name in the reporter's clause, a stretch no cue attaches to.
    assert!(stretches("The keeper, who stands 5'11'' tall, joined in May.").is_empty());
    assert!(stretches("Ada Brennan backed a plan called ''Bold Future'' on Monday.").is_empty());
    assert!(stretches("''The ferry is late again this week and nobody knows why.''").is_empty());
}
