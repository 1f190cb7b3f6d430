//! Reported speech, one invented case per rule (`src/reported/rules.rs`): the statement's
//! words, who said it, the rule, and what must not be taken for a statement.
//!
//! Takes invented sentences; checks the `reported[]` items of `lede::analyze_text`.

use lede::Insights;

fn analyze(text: &str) -> Insights {
    lede::analyze_text(text).expect("text analyses")
}

mod speakers;

use speakers::{one_reported as one, reported_items as items};

#[test]
fn cue_before_that_clause_drops_source_cue_and_that() {
    let (t, who, rule) =
        one("Mayor Ada Brennan said on Monday that the old ferry bridge would close in May.");
    assert_eq!(t, "the old ferry bridge would close in May");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "cue-before-that-clause");
}

#[test]
fn told_reporters_that() {
    let (t, who, _) =
        one("Tomas Greer told reporters that the harbour tunnel was years behind schedule.");
    assert_eq!(t, "the harbour tunnel was years behind schedule");
    assert_eq!(who, "Tomas Greer");
}

#[test]
fn told_an_addressee_then_a_bare_clause() {
    let (t, who, rule) = one("Tomas Greer told reporters she would resign from the board.");
    assert_eq!(t, "she would resign from the board");
    assert_eq!(who, "Tomas Greer");
    assert_eq!(rule, "cue-before-clause");
}

#[test]
fn cue_before_a_bare_clause() {
    let (t, who, rule) = one("Ada Brennan said she backed a pause in the council vote.");
    assert_eq!(t, "she backed a pause in the council vote");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "cue-before-clause");
}

#[test]
fn a_pronoun_speaker_resolves_to_the_person_before() {
    let text = "Ada Brennan runs the port authority. She warned that the cranes were unsafe.";
    let (t, who, _) = one(text);
    assert_eq!(t, "the cranes were unsafe");
    assert_eq!(who, "Ada Brennan");
}

#[test]
fn trailing_and_inverted_cues() {
    let (t, who, rule) = one("The ferry will stop running in winter, Tomas Greer said.");
    assert_eq!(t, "The ferry will stop running in winter");
    assert_eq!(who, "Tomas Greer");
    assert_eq!(rule, "cue-after-clause");
    let (t, who, _) = one("The ferry will stop running in winter, said Tomas Greer.");
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("The ferry will stop running in winter", "Tomas Greer")
    );
    let (t, _, _) =
        one("The ferry will stop running in winter, Tomas Greer said in a statement on Friday.");
    assert_eq!(t, "The ferry will stop running in winter");
}

#[test]
fn according_to_before_and_after() {
    let (t, who, rule) =
        one("According to Tomas Greer, the harbour tunnel is years behind schedule.");
    assert_eq!(t, "the harbour tunnel is years behind schedule");
    assert_eq!(who, "Tomas Greer");
    assert_eq!(rule, "according-to");
    let (t, who, _) = one("The harbour tunnel is years behind schedule, according to Tomas Greer.");
    assert_eq!(t, "The harbour tunnel is years behind schedule");
    assert_eq!(who, "Tomas Greer");
}

#[test]
fn thought_and_writing_are_reported() {
    let (t, who, _) = one("Ada Brennan believes that the ferry can pay for itself.");
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("the ferry can pay for itself", "Ada Brennan")
    );
    let (t, _, _) = one("Tomas Greer wrote that the tunnel had cost twice its budget.");
    assert_eq!(t, "the tunnel had cost twice its budget");
}

#[test]
fn reported_questions() {
    let (t, who, _) = one("Ada Brennan asked whether the ferry would run on Sundays.");
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("the ferry would run on Sundays", "Ada Brennan")
    );
}

#[test]
fn two_parts_one_speaker() {
    let all = items("Ada Brennan said the ferry was safe and that the bridge would reopen soon.");
    let texts: Vec<&str> = all.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        ["the ferry was safe", "the bridge would reopen soon"]
    );
    assert!(all.iter().all(|x| x.1 == "Ada Brennan"));
}

#[test]
fn speech_nouns_with_a_possessor() {
    let text = "Ada Brennan spoke at the pier. Her claim that the ferry was safe drew jeers.";
    let (t, who, rule) = one(text);
    assert_eq!(t, "the ferry was safe drew jeers");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "speech-noun");
}

#[test]
fn parenthetical_cue() {
    let (t, who, rule) = one("Now, Tomas Greer says, the tunnel will open a year late.");
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("the tunnel will open a year late", "Tomas Greer")
    );
    assert_eq!(rule, "parenthetical-cue");
}

#[test]
fn sourceless_passive_has_no_speaker() {
    let ins = analyze("It was announced that the ferry would stop running in winter.");
    assert_eq!(ins.reported.len(), 1);
    let r = &ins.reported[0];
    assert_eq!(r.text, "the ferry would stop running in winter");
    assert_eq!(r.speaker, None);
    assert!(r.mention.is_none());
    assert_eq!(r.rule, "sourceless-passive");
}

#[test]
fn a_mixed_quote_is_one_statement_listing_its_quote() {
    let ins = analyze("Ada Brennan said the ferry was “perfectly safe” for every passenger.");
    assert_eq!(ins.reported.len(), 1);
    let r = &ins.reported[0];
    assert_eq!(r.text, "the ferry was “perfectly safe” for every passenger");
    assert_eq!(r.quotes.len(), 1);
    let q = ins
        .quotes
        .iter()
        .find(|q| q.id == r.quotes[0])
        .expect("quote listed");
    assert_eq!(q.text, "perfectly safe");
}

#[test]
fn a_direct_quote_is_not_also_reported() {
    let text = "“The ferry will run all winter and nobody will be stranded,” Ada Brennan said.";
    assert!(items(text).is_empty());
    assert_eq!(analyze(text).quotes.len(), 1);
}

#[test]
fn not_statements() {
    for text in [
        // A relative `that`.
        "Voters in the river states that have lost their ferries were angry.",
        // A cue that takes an object.
        "Ada Brennan thanked the crews who kept the ferry running.",
        // A negated cue.
        "Ada Brennan did not say that the ferry would close.",
        // `if` after a thought verb is a condition.
        "Tomas Greer thinks nothing of it if the ferry is late.",
        // A speech noun with no owner.
        "The claim that the ferry was safe drew jeers.",
    ] {
        assert!(items(text).is_empty(), "{text:?} gave {:?}", items(text));
    }
}

#[test]
fn spans_are_utf16_and_cover_the_text() {
    let text = "Ada Brennan 🚢 said that the ferry was safe again.";
    let ins = analyze(text);
    let r = &ins.reported[0];
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&units[r.start..r.end]), r.text);
    let cue = r.cue.as_ref().expect("cue");
    assert_eq!(String::from_utf16_lossy(&units[cue.start..cue.end]), "said");
}

#[test]
fn a_name_and_its_verb_open_a_bare_clause() {
    let (t, who, rule) = one("Tomas Greer said Ada Brennan had resigned from the council.");
    assert_eq!(t, "Ada Brennan had resigned from the council");
    assert_eq!(who, "Tomas Greer");
    assert_eq!(rule, "cue-before-clause");
    // `said Peskov`-style inversion is no clause.
    assert!(items("“The ferry is safe,” said Tomas Greer.").is_empty());
}

#[test]
fn judgment_of_an_object_with_quoted_words() {
    let text =
        "Ada Brennan condemned the ferry plan as “reckless and cruel”, while others cheered.";
    let (t, who, rule) = one(text);
    assert_eq!(t, "the ferry plan as “reckless and cruel”");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "judgment-object");
    // Without quoted words or `as`, an object is no statement.
    assert!(items("Ada Brennan condemned the attack on the ferry crew.").is_empty());
}

#[test]
fn a_trailing_cue_after_a_title_and_name() {
    let text =
        "Tomas Greer runs the ferry line. The ferry will stop running in winter, Mr. Greer said.";
    let (t, who, rule) = one(text);
    assert_eq!(t, "The ferry will stop running in winter");
    assert_eq!(who, "Tomas Greer");
    assert_eq!(rule, "cue-after-clause");
}

#[test]
fn adverbials_between_the_cue_and_that() {
    let (t, who, _) = one(
        "Ada Brennan said earlier on Friday during a news conference that the ferry would run.",
    );
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("the ferry would run", "Ada Brennan")
    );
    // A noun and its relative clause are no adverbial: the bare clause is the statement.
    let (t, _, rule) = one("Ada Brennan said the yard that builds ferries had closed.");
    assert_eq!(t, "the yard that builds ferries had closed");
    assert_eq!(rule, "cue-before-clause");
}

#[test]
fn bare_clauses_after_a_time_word_or_a_noun_phrase() {
    let (t, _, _) = one("Ada Brennan said Thursday she would leave the ferry board.");
    assert_eq!(t, "she would leave the ferry board");
    let (t, who, _) = one("Ada Brennan said investigators were still at the pier.");
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("investigators were still at the pier", "Ada Brennan")
    );
    let (t, _, _) = one("Ada Brennan said a new ferry could cost twice as much.");
    assert_eq!(t, "a new ferry could cost twice as much");
    // No clause after the cue: nothing is reported.
    for text in [
        "Ada Brennan said so in a letter to the ferry board.",
        "Ada Brennan said goodbye to the ferry crew on Friday.",
    ] {
        assert!(items(text).is_empty(), "{text:?} gave {:?}", items(text));
    }
}

#[test]
fn an_inverted_cue_with_a_long_appositive() {
    let text = "The ferry will stop running in winter, said Tomas Greer, a captain who has worked \
                the harbour route for twenty years.";
    let (t, who, rule) = one(text);
    assert_eq!(t, "The ferry will stop running in winter");
    assert_eq!(who, "Tomas Greer");
    assert_eq!(rule, "cue-after-clause");
}

#[test]
fn a_subject_and_its_appositive_are_no_statement() {
    // The words before `, said` are the source of a bare clause, not a statement.
    let text = "Ada Brennan, a captain who has refused to sail for the ferry line, said the \
                harbour was unsafe.";
    let (t, who, rule) = one(text);
    assert_eq!(t, "the harbour was unsafe");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "cue-before-clause");
    // A cue far from its subject, and a thought verb before a preposition, trail nothing.
    for text in [
        "Since that winter, Ada Brennan has sailed after the ferry for what she perceives as \
         unfair reporting.",
        "In a changing harbour, ferry captains still believe in the old routes.",
    ] {
        assert!(items(text).is_empty(), "{text:?} gave {:?}", items(text));
    }
}

#[test]
fn a_name_and_a_negated_or_present_verb_open_a_bare_clause() {
    let (t, _, _) = one("Ada Brennan said Greer wasn't sailing the ferry this winter.");
    assert_eq!(t, "Greer wasn't sailing the ferry this winter");
    let (t, _, _) = one("Ada Brennan said members of the ferry board shouldn't vote on it.");
    assert_eq!(t, "members of the ferry board shouldn't vote on it");
}

#[test]
fn a_participle_cue_takes_a_bare_clause() {
    let text = "Ada Brennan closed the pier on Friday, saying the cranes were no longer safe.";
    let (t, who, _) = one(text);
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("the cranes were no longer safe", "Ada Brennan")
    );
}

#[test]
fn according_to_between_commas_after_a_short_opening() {
    let text = "Late that night, according to the harbour log, the ferry crew left the pier.";
    let (t, _, rule) = one(text);
    assert_eq!(t, "the ferry crew left the pier");
    assert_eq!(rule, "according-to");
}

#[test]
fn told_an_addressee_named_at_length() {
    let text = "Ada Brennan told the Harbour Gazette of Port Ellis last week she would resign.";
    let (t, who, _) = one(text);
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("she would resign", "Ada Brennan")
    );
}

#[test]
fn a_second_verb_or_an_appositive_shares_the_subject() {
    let text = "Ada Brennan joined the ferry board and said she would vote against the fares.";
    let (t, who, _) = one(text);
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("she would vote against the fares", "Ada Brennan")
    );
    let text = "Tomas Greer, then a deckhand, said he was told to keep quiet about the cranes.";
    let (t, who, _) = one(text);
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("he was told to keep quiet about the cranes", "Tomas Greer")
    );
}

#[test]
fn evidence_verbs_report_what_a_record_shows() {
    let (t, _, rule) = one("The harbour survey found that the ferry ran late on most days.");
    assert_eq!(t, "the ferry ran late on most days");
    assert_eq!(rule, "cue-before-that-clause");
    let (t, _, rule) = one("The ferry ran late on most days in March, harbour records show.");
    assert_eq!(t, "The ferry ran late on most days in March");
    assert_eq!(rule, "cue-after-clause");
    // Finding a thing is no statement.
    assert!(items("Ada Brennan found the keys to the ferry office.").is_empty());
}

#[test]
fn asked_names_its_addressee_before_the_question() {
    let text = "Ada Brennan asked the ferry crews if they planned to strike in May.";
    let (t, who, _) = one(text);
    assert_eq!(
        (t.as_str(), who.as_str()),
        ("they planned to strike in May", "Ada Brennan")
    );
}

#[test]
fn a_statement_ends_before_a_second_verb_or_an_attribution() {
    let all = items("Ada Brennan said the ferry was safe but promised that the pier would close.");
    let texts: Vec<&str> = all.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(texts, ["the ferry was safe", "the pier would close"]);
    let text = "Ada Brennan thinks the ferry fares are too high, her deputy Tomas Greer said \
                this week at the pier.";
    let all = items(text);
    assert!(
        all.iter()
            .any(|x| x.0 == "the ferry fares are too high" && x.1 == "Ada Brennan"),
        "{all:?}"
    );
}

#[test]
fn a_parenthetical_cue_splits_a_short_opening_from_the_rest() {
    let all = items("The old ferry, Tomas Greer says, will never sail again.");
    let texts: Vec<&str> = all.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(texts, ["The old ferry", "will never sail again"]);
    // One word before the cue is no statement of its own.
    let all = items("Still, Tomas Greer says, the old ferry will never sail again.");
    let texts: Vec<&str> = all.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(texts, ["the old ferry will never sail again"]);
}

#[test]
fn a_trailing_cue_followed_by_a_participle() {
    let text = "The ferry will stop running in winter, Tomas Greer said, adding that the pier \
                would stay open.";
    let all = items(text);
    let texts: Vec<&str> = all.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The ferry will stop running in winter",
            "the pier would stay open"
        ]
    );
    assert!(all.iter().all(|x| x.1 == "Tomas Greer"), "{all:?}");
}

#[test]
fn a_participle_after_a_comma_takes_the_clause_subject() {
    // Not the noun before the comma.
    let text = "Ada Brennan said the ferry would stop at Port Ellis, adding it was safe to sail.";
    let all = items(text);
    assert!(
        all.iter()
            .any(|x| x.0 == "it was safe to sail" && x.1 == "Ada Brennan"),
        "{all:?}"
    );
}

#[test]
fn a_stance_taken_on_an_object() {
    let (t, who, rule) =
        one("Ada Brennan endorsed the ferry levy last week and has campaigned for it.");
    assert_eq!(t, "the ferry levy");
    assert_eq!(who, "Ada Brennan");
    assert_eq!(rule, "stance-object");
    // A particle, an appositive between commas, a number with a comma.
    let (t, who, _) = one("Tomas Greer, the harbour master, called for an inquiry into the 12,000 lost crates, which sank.");
    assert_eq!(t, "an inquiry into the 12,000 lost crates");
    assert_eq!(who, "Tomas Greer");
    // The addressee of `urged` stays with the stance.
    let (t, _, _) = one("Ada Brennan urged the council to close the old bridge.");
    assert_eq!(t, "the council to close the old bridge");
}

#[test]
fn no_stance_without_a_holder_or_a_verb() {
    // A passive, a participle, a noun, a headline, a restrictive relative, a pronoun object.
    for text in [
        "The ferry levy was endorsed by the council.",
        "Backing the levy, Tomas Greer spoke for an hour.",
        "Tomas Greer repeated the campaign pledges of the spring.",
        "Council Rejects Ferry Levy After Long Night",
        "A sailor who praised the captain left the ship at Port Ellis.",
        "Tomas Greer praised it.",
        "Tomas Greer rejected on Monday a plan to close the pier.",
    ] {
        let all = items(text);
        assert!(
            all.iter().all(|x| x.2 != "stance-object"),
            "{text:?} gave {all:?}"
        );
    }
}
