//! Reported speech, the classes of PolNeAR misses added in round 4 (issue 16): one invented
//! case per class, what it must find and what it must leave alone.
//!
//! Takes invented sentences; checks the `reported[]` items of `lede::analyze_text`.

mod speakers;

use speakers::{one_reported as one, reported_items as items};

#[test]
fn stances_of_support_attack_and_topic() {
    for (text, content) in [
        ("Ada Brennan supports the ferry levy.", "the ferry levy"),
        (
            "Tomas Greer attacked the harbour board.",
            "the harbour board",
        ),
        (
            "Ada Brennan would support a second ferry.",
            "a second ferry",
        ),
        (
            "Tomas Greer talked about the flooded tunnel.",
            "the flooded tunnel",
        ),
        (
            "Ada Brennan spoke about the silted harbour.",
            "the silted harbour",
        ),
        ("Tomas Greer railed against the toll rise.", "the toll rise"),
        (
            "Ada Brennan pointed to the rusted pylons.",
            "the rusted pylons",
        ),
    ] {
        let (t, _, rule) = one(text);
        assert_eq!(t, content, "{text:?}");
        assert_eq!(rule, "stance-object", "{text:?}");
    }
    // `to support` has the clause's subject, not a finite verb's; a talk is a noun.
    for text in [
        "The plan to support the ferry levy failed.",
        "The talk about the tunnel ran late.",
    ] {
        let all = items(text);
        assert!(
            all.iter().all(|x| x.2 != "stance-object"),
            "{text:?} gave {all:?}"
        );
    }
}

#[test]
fn wishes_requests_and_refusals() {
    for (text, content) in [
        (
            "Ada Brennan wants a second ferry for the island.",
            "a second ferry for the island",
        ),
        (
            "Tomas Greer asked the harbour board to resign.",
            "the harbour board to resign",
        ),
        (
            "Tomas Greer sought to calm the ferry crews.",
            "to calm the ferry crews",
        ),
        (
            "Ada Brennan asked about the flooded tunnel.",
            "the flooded tunnel",
        ),
    ] {
        let (t, _, rule) = one(text);
        assert_eq!(t, content, "{text:?}");
        assert_eq!(rule, "stance-object", "{text:?}");
    }
    // A passive has no holder of its own.
    let all = items("Ada Brennan was asked to resign from the board.");
    assert!(all.iter().all(|x| x.2 != "stance-object"), "{all:?}");
}

#[test]
fn a_bare_clause_whose_noun_phrase_ends_in_a_past_verb() {
    for (text, content) in [
        (
            "Ada Brennan said rival ferry crews hacked the booking system.",
            "rival ferry crews hacked the booking system",
        ),
        (
            "Tomas Greer said about half of the harbour fund went to dredging.",
            "about half of the harbour fund went to dredging",
        ),
    ] {
        let (t, who, rule) = one(text);
        assert_eq!(t, content, "{text:?}");
        assert_eq!(rule, "cue-before-clause", "{text:?}");
        assert!(!who.is_empty(), "{text:?}");
    }
    // No clause: an object, a place.
    for text in [
        "Ada Brennan said goodbye to the ferry crews.",
        "Tomas Greer said about the harbour very little.",
    ] {
        let all = items(text);
        assert!(
            all.iter().all(|x| x.2 != "cue-before-clause"),
            "{text:?} gave {all:?}"
        );
    }
}

#[test]
fn infinitives_of_intent_and_comma_participles() {
    for (text, content) in [
        ("Ada Brennan declined to comment.", "to comment"),
        (
            "Tomas Greer hopes to reopen the old pier.",
            "to reopen the old pier",
        ),
        (
            "Ada Brennan planned to sell the ferry company.",
            "to sell the ferry company",
        ),
        (
            "Tomas Greer left the meeting early, vowing to block the toll rise.",
            "to block the toll rise",
        ),
        (
            "Ada Brennan spoke for an hour, urging the crews to stay calm.",
            "the crews to stay calm",
        ),
    ] {
        let all = items(text);
        assert!(
            all.iter()
                .any(|x| x.0 == content && x.2 == "stance-object" && !x.1.is_empty()),
            "{text:?} gave {all:?}"
        );
    }
    // A market's fall is no refusal; a hope without `to` takes no object.
    for text in [
        "Harbour shares declined 2 per cent to 40 cents.",
        "Tomas Greer hopes so.",
    ] {
        let all = items(text);
        assert!(
            all.iter().all(|x| x.2 != "stance-object"),
            "{text:?} gave {all:?}"
        );
    }
}

#[test]
fn a_medium_noun_before_that_and_an_opening_quotation_mark() {
    let (t, who, rule) =
        one("Ada Brennan said in an email that the ferry levy would stay until May.");
    assert_eq!(t, "the ferry levy would stay until May");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "cue-before-that-clause");
    // The statement keeps the quotation mark that opens it, so it holds the quote.
    let ins = lede::analyze_text(
        "Ada Brennan said that “the harbour board will defend itself” against the critics.",
    )
    .expect("text analyses");
    let r = &ins.reported[0];
    assert_eq!(
        r.text,
        "“the harbour board will defend itself” against the critics"
    );
    assert_eq!(r.quotes.len(), 1, "{:?}", ins.reported);
}

#[test]
fn another_sources_report_ends_the_statement() {
    let all = items(
        "Ada Brennan said the ferry levy was fair and Tomas Greer accused the board of waste.",
    );
    assert!(
        all.iter()
            .any(|x| x.0 == "the ferry levy was fair" && x.1 == "Ada Brennan"),
        "{all:?}"
    );
    // One speaker's second clause stays hers.
    let (t, _, _) = one("Ada Brennan said the ferry levy was fair and the pier was safe.");
    assert_eq!(t, "the ferry levy was fair and the pier was safe");
}
