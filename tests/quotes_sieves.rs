//! Sieve fixtures: each rule of the attribution engine, with an invented sentence it must
//! recognise, the rule that must choose the speaker and who that speaker is.
//!
//! Takes the table below (invented text only, never corpus text); gives one check per rule,
//! a check that every rule of `quotes::sieves::Rule` has a fixture, and an ablation check
//! (switching a rule off hands its quote to a later rule or to nobody).

use lede::quotes::sieves::{self, Rule};
use std::sync::Mutex;

/// Switching rules off is process-wide: the tests of this file take turns.
static LOCK: Mutex<()> = Mutex::new(());

/// (rule, text, speaker of the quote the rule attributes): the quote checked is the first
/// one the rule chose.
const FIXTURES: &[(&str, &str, Option<&str>)] = &[
    ("asked-clause", "Asked whether the bridge was “safe,” most residents said no.", None),
    ("question-phrase", "To a question on the “new tariffs,” Mara Lind said nothing.", None),
    ("cue-after-quote", "“We will rebuild the pier,” Mara Lind said.", Some("Mara Lind")),
    ("cue-after-appositive", "“The tide is turning,” Mara Lind, a harbour pilot, said on Monday.", Some("Mara Lind")),
    ("trailing-speaker", "The council has used “every trick in the book” to delay the vote, said Mara Lind, a harbour pilot.", Some("Mara Lind")),
    ("speech-owner-near", "Mara Lind blamed the press for seizing on her claim that “the pier is sinking” last week.", Some("Mara Lind")),
    ("pronoun-clause", "Mara Lind backed the plan, although she made it clear that she has “serious doubts” about it.", Some("Mara Lind")),
    ("passive-cue-before", "At the meeting Olaf Berg was asked, “Will the pier survive the winter?”", None),
    ("cue-before-quote", "Mara Lind said on Monday: “The pier will open in spring.”", Some("Mara Lind")),
    ("participle-clause", "Mara Lind issued a statement on Monday, adding that the delay was “unacceptable to everyone.”", Some("Mara Lind")),
    ("colon-name", "Mara Lind: “The pier will open in spring.”", Some("Mara Lind")),
    ("colon-object", "Mara Lind delivered a blunt message to Olaf Berg: “Fix the pier or resign.”", Some("Mara Lind")),
    ("according-to", "The pier is “beyond repair,” according to Mara Lind.", Some("Mara Lind")),
    ("cue-later", "The “pier crisis” was the talk of the town, Mara Lind told reporters.", Some("Mara Lind")),
    ("next-sentence", "The harbour was quiet.\n\n“We will not sail tonight.” Mara Lind said.", Some("Mara Lind")),
    ("sentence-before", "Mara Lind turned to the crowd. “We will not sail tonight.”", Some("Mara Lind")),
    ("colon-paragraph", "Mara Lind told the crowd on Monday:\n\n“We will not sail tonight. The storm is too strong for our boats and the pier is not safe.”", Some("Mara Lind")),
    ("report-paragraph", "Mara Lind argued in her email that the pier was unsafe.\n\n“We cannot open it this year. The storm broke the pilings and the money is gone.”", Some("Mara Lind")),
    ("dash-line", "“We will not sail tonight. The storm is too strong for our boats.”\n\n- Mara Lind, harbour pilot.", Some("Mara Lind")),
    ("continues-quote", "“We will rebuild the pier,” Mara Lind said. “It will be stronger than before.”", Some("Mara Lind")),
    ("last-speaker", "“We will rebuild the pier,” Mara Lind said.\n\n“It will be stronger than before, and it will be ready by spring.”", Some("Mara Lind")),
    ("pointing-back", "“We will not sail tonight.” So said Mara Lind, the harbour pilot.", Some("Mara Lind")),
    ("speech-owner", "Olaf Berg kept his promise to be “neutral” during the talks.", Some("Olaf Berg")),
    ("speech-owner", "The deal broke Olaf Berg’s “no new taxes” promise.", Some("Olaf Berg")),
    ("clause-subject", "Mara Lind toured every harbour and she has long used that fact against rivals for not backing “a fair deal.”", Some("Mara Lind")),
    ("sentence-subject", "Mara Lind wore a “lucky” hat to the vote.", Some("Mara Lind")),
    ("sentence-subject", "The council approved a “temporary” pier on Monday.", Some("council")),
    ("embedded-cue", "Mara Lind spoke to the crowd.\n\n“We will build it,\" she said. \"It will be built.”", Some("Mara Lind")),
    ("damaged-sentence", "said on Monday, “The pier is closed for the whole winter season.”", None),
    ("continues-paragraph", "Mara Lind spoke first. She said: “We will rebuild the pier and it will be stronger than before.\n\n“And it will be ready by spring, whatever the council says.”", Some("Mara Lind")),
    ("none", "The old word “pier” comes from Latin.", None),
];

/// (rule, speaker name) of each quote of `text`.
fn rules_of(text: &str) -> Vec<(&'static str, Option<String>)> {
    let ins = lede::analyze_text(text).expect("analysis");
    ins.quotes
        .iter()
        .map(|q| {
            let name = q.speaker.as_ref().and_then(|id| {
                ins.entities
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| e.entity.name.clone())
            });
            (q.rule, name)
        })
        .collect()
}

#[test]
fn each_rule_chooses_the_speaker_of_its_fixture() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    sieves::set_disabled(&[]);
    let mut bad = Vec::new();
    for (rule, text, who) in FIXTURES {
        let got = rules_of(text);
        let hit = got.iter().find(|(r, _)| r == rule);
        match hit {
            Some((_, name)) if name.as_deref() == *who => {}
            _ => bad.push(format!("{rule}: {text:?} gave {got:?}, want {who:?}")),
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_rule_has_a_fixture() {
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| !FIXTURES.iter().any(|f| f.0 == *id))
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
}

#[test]
fn rule_ids_are_unique_kebab_case() {
    for (i, r) in Rule::ALL.iter().enumerate() {
        let id = r.id();
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !id.starts_with('-'),
            "{id}"
        );
        assert_eq!(sieves::rule_by_id(id), Some(*r));
        assert!(Rule::ALL[..i].iter().all(|o| o.id() != id), "{id} twice");
    }
}

#[test]
fn ablating_a_rule_hands_its_quote_on() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    for (rule, text, _) in FIXTURES {
        if *rule == "none" {
            continue;
        }
        let r = sieves::rule_by_id(rule).expect("known rule");
        sieves::set_disabled(&[r]);
        let got = rules_of(text);
        sieves::set_disabled(&[]);
        assert!(
            got.iter().all(|(g, _)| g != rule),
            "{rule} still fires when switched off: {got:?}"
        );
    }
}
