//! Confidence by evidence: the nearness keys of `src/quotes/sieves/confidence.rs` on invented
//! text. A cue several words from the quote marks (`he said the rival is in “…”`) is its own
//! class, and so is a carried speaker with another person named since the quote it continues;
//! each keys its own measured row, so the two kinds of label get different confidences.
//! Both failed before the keys (one class, one confidence for near and far).

mod speakers;

use lede::quotes::sieves::confidence::{CueClass, NEAR_WORDS};
use lede::text::Span;

/// The span of the first `needle` in `text`.
fn at(text: &str, needle: &str) -> Span {
    let a = text.find(needle).expect("needle in text");
    Span::new(a, a + needle.len())
}

#[test]
fn a_cue_beside_the_marks_is_near_and_one_past_a_clause_is_far() {
    let t = "Jane Roe said on Monday that “the plan works.”";
    assert_eq!(
        CueClass::at(t, Some(at(t, "said")), at(t, "“the plan works.”")),
        CueClass::Say
    );
    let t = "Jane Roe said her rival in the race is in “serious trouble.”";
    assert_eq!(
        CueClass::at(t, Some(at(t, "said")), at(t, "“serious trouble.”")),
        CueClass::SayFar
    );
    let t = "“It was a mistake,” the committee's longtime chairman Tom Baker argued.";
    assert_eq!(
        CueClass::at(t, Some(at(t, "argued")), at(t, "“It was a mistake,”")),
        CueClass::OtherFar
    );
    assert_eq!(
        CueClass::at(t, None, at(t, "“It was a mistake,”")),
        CueClass::None
    );
    assert_eq!(NEAR_WORDS, 3);
}

#[test]
fn ids_are_distinct_kebab_case() {
    let ids: Vec<&str> = CueClass::ALL.iter().map(|c| c.id()).collect();
    for (i, a) in ids.iter().enumerate() {
        assert!(a.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{a}");
        assert!(!ids[i + 1..].contains(a), "{a} twice");
    }
}

/// (speaker, confidence) of each quote.
fn labels(text: &str) -> Vec<(Option<String>, f32)> {
    let ins = lede::analyze_text(text).expect("analysis");
    ins.quotes
        .iter()
        .map(|q| (speakers::name_of(&ins, q.speaker.as_ref()), q.confidence))
        .collect()
}

#[test]
fn a_carried_speaker_is_trusted_less_once_another_person_is_named() {
    let plain =
        labels("“We start on Monday,” said Jane Roe, the site manager. “The cranes arrive first.”");
    let crowded = labels(
        "“We start on Monday,” said Jane Roe, and her lawyer Tom Baker nodded. \
         “The cranes arrive first.”",
    );
    assert_eq!(plain.len(), 2);
    assert_eq!(crowded.len(), 2);
    assert_eq!(plain[1].0.as_deref(), Some("Jane Roe"));
    assert!(
        crowded[1].1 < plain[1].1,
        "carried past another person {:?} vs plain {:?}",
        crowded[1],
        plain[1]
    );
}

#[test]
fn a_far_pronoun_cue_is_trusted_less_than_a_near_one() {
    let intro = "Jane Roe runs the bakery on Main Street.\n\n";
    let near = labels(&format!(
        "{intro}She said: “The ovens are older than I am, and they still work.”"
    ));
    let far = labels(&format!(
        "{intro}She said the ovens in the back are “older than I am, and they still work.”"
    ));
    assert_eq!(near[0].0.as_deref(), Some("Jane Roe"));
    assert_eq!(far[0].0.as_deref(), Some("Jane Roe"));
    assert!(
        far[0].1 < near[0].1,
        "far {:?} vs near {:?}",
        far[0],
        near[0]
    );
}
