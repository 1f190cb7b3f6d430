//! One small made-up fixture per quoting pattern: each checks the quote span and who said it.

mod speakers;

use speakers::{analyze, who};

fn pair(q: &str, s: Option<&str>) -> (String, Option<String>) {
    (q.to_string(), s.map(str::to_string))
}

#[test]
fn cue_after_and_before_and_inside() {
    let t = "Opening remarks were brief.\n\n“We will win,” Maria Lopez said.\n\n\
             “It is over,” said Tom Baker.\n\n\
             Ann Cole told reporters on Friday: “Nothing changes.”\n\n\
             “First,” Jim Hart said, “we vote.”";
    assert_eq!(
        who(t),
        [
            pair("We will win,", Some("Maria Lopez")),
            pair("It is over,", Some("Tom Baker")),
            pair("Nothing changes.", Some("Ann Cole")),
            pair("First,", Some("Jim Hart")),
            pair("we vote.", Some("Jim Hart")),
        ]
    );
}

#[test]
fn appositives_titles_and_according_to() {
    let t = "Flynn, a top Trump surrogate, said the plan was “a disaster”.\n\n\
             Kremlin spokesman Dmitry Peskov told reporters it was “premature”.\n\n\
             The deal is “dead”, according to Senator Jane Roe.";
    assert_eq!(
        who(t),
        [
            pair("a disaster", Some("Flynn")),
            pair("premature", Some("Dmitry Peskov")),
            pair("dead", Some("Jane Roe")),
        ]
    );
    let ins = analyze(t);
    let peskov = ins
        .entities
        .iter()
        .find(|e| e.entity.name == "Dmitry Peskov");
    assert_eq!(
        peskov.and_then(|e| e.entity.role.as_deref()),
        Some("Kremlin spokesman")
    );
}

#[test]
fn pronouns_follow_gender_from_the_text() {
    let t = "Mrs Helen Park met Mr David Stone on Monday.\n\n\
             “We agreed on nothing,” she said.\n\n\
             “That is not true,” he said.";
    assert_eq!(
        who(t),
        [
            pair("We agreed on nothing,", Some("Helen Park")),
            pair("That is not true,", Some("David Stone")),
        ]
    );
}

#[test]
fn nominal_references_and_organisations() {
    let t = "Russia said President Vladimir Putin would call.\n\n\
             The Russian leader said he wanted “long-term peace”.\n\n\
             Germany called it a “delaying tactic”.";
    assert_eq!(
        who(t),
        [
            pair("long-term peace", Some("Vladimir Putin")),
            pair("delaying tactic", Some("Germany")),
        ]
    );
}

#[test]
fn floating_and_continued_quotes() {
    let t = "“The vote is close,” Senator Ruth Ames said.\n\n\
             “We need every member in the room tonight.”\n\n\
             “This part goes on\n\n\
             “and ends here.” Governor Paul Hill said on Monday that he was “hopeful”.";
    let got = who(t);
    assert_eq!(got[0], pair("The vote is close,", Some("Ruth Ames")));
    assert_eq!(
        got[1],
        pair(
            "We need every member in the room tonight.",
            Some("Ruth Ames")
        )
    );
    assert_eq!(got[2].1.as_deref(), Some("Ruth Ames"), "{got:?}");
    assert_eq!(got[3].1.as_deref(), Some("Ruth Ames"), "{got:?}");
    assert_eq!(got[4], pair("hopeful", Some("Paul Hill")));
}

#[test]
fn lost_subject_gets_no_confident_speaker() {
    let t = "Senator Ruth Ames spoke first.\n\n\
             wrote on Friday that the talks were “very good”.";
    let ins = analyze(t);
    let q = &ins.quotes[0];
    assert_eq!(q.text, "very good");
    assert!(q.speaker.is_none() || q.confidence < 0.5, "{q:?}");
}

#[test]
fn scare_quotes_titles_and_marks_that_are_not_quotes() {
    let t = "The so-called “reform” passed. He is 6'2\" tall and it’s the voters’ choice.";
    let ins = analyze(t);
    assert_eq!(ins.quotes.len(), 1, "{:?}", ins.quotes);
    assert_eq!(ins.quotes[0].text, "reform");
    assert!(ins.quotes[0].speaker.is_none());
}

#[test]
fn all_quote_styles_and_nesting() {
    let t = "Ann Cole said \"yes\". Bob Dean said «non». Carl Eno said „ja“. \
             Dora Fay said ‘maybe’. Ed Gale said “she told me ‘no’ twice”.";
    let texts: Vec<String> = who(t).into_iter().map(|(q, _)| q).collect();
    assert_eq!(
        texts,
        ["yes", "non", "ja", "maybe", "she told me ‘no’ twice"]
    );
}

#[test]
fn entities_cluster_and_places_are_places() {
    let t = "US envoy Steve Witkoff flew to Moscow.\n\n\
             Mr Witkoff met officials there. Witkoff said the talks in Moscow were “useful”.";
    let ins = analyze(t);
    let names: Vec<&str> = ins
        .entities
        .iter()
        .map(|e| e.entity.name.as_str())
        .collect();
    assert!(
        names.contains(&"Steve Witkoff") && !names.contains(&"Witkoff"),
        "{names:?}"
    );
    let w = ins
        .entities
        .iter()
        .find(|e| e.entity.name == "Steve Witkoff");
    assert_eq!(w.map(|e| e.entity.mentions), Some(3));
    assert_eq!(
        w.and_then(|e| e.entity.gender),
        Some(lede::entities::Gender::Male)
    );
    let moscow = ins.entities.iter().find(|e| e.entity.name == "Moscow");
    assert_eq!(
        moscow.map(|e| e.entity.kind),
        Some(lede::entities::EntityKind::Place)
    );
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "“",
        "\"",
        "‘’",
        "“”",
        "said “",
        "a “b\n\n“c",
        "😀 “😀” said 😀",
        "X: “",
        "— “y” —",
    ] {
        let _ = lede::analyze_text(t);
    }
}

#[test]
fn passive_cues_give_the_agent_or_nobody() {
    let t = "Senator Ruth Ames was asked, “Will you run again?”\n\n\
             Ann Cole was asked by host Tom Baker, “Is the deal dead?”\n\n\
             Mayor Paul Hill was said to be “furious” with the council.";
    assert_eq!(
        who(t),
        [
            pair("Will you run again?", None),
            pair("Is the deal dead?", Some("Tom Baker")),
            pair("furious", None),
        ]
    );
}

#[test]
fn nouns_and_adverbs_are_not_cues_or_subjects() {
    let t = "Ann Cole criticised his recent remarks as “reckless”.\n\n\
             Jane Roe forcefully condemned the “plan”.";
    assert_eq!(
        who(t),
        [
            pair("reckless", Some("Ann Cole")),
            pair("plan", Some("Jane Roe"))
        ]
    );
}

#[test]
fn relative_clauses_and_descriptions_before_a_name() {
    let t = "Tom Baker, who has in the past described the plan as “a mess”, spoke.\n\n\
             “It is over,” said former Sen. Jane Roe.\n\n\
             “We lost,” said campaign strategist Paul Hill.\n\n\
             Said Dora Fay, a local teacher, “We were proud.”";
    let ins = analyze(t);
    assert_eq!(
        who(t),
        [
            pair("a mess", Some("Tom Baker")),
            pair("It is over,", Some("Jane Roe")),
            pair("We lost,", Some("Paul Hill")),
            pair("We were proud.", Some("Dora Fay")),
        ]
    );
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(m, Some("Tom Baker, who"));
}

#[test]
fn a_source_named_after_the_attribution_wins() {
    let t = "“We will win,” Maria Lopez said, according to the Daily Planet.\n\n\
             “The vote is close,” said Tom Baker, an organiser, reports the Evening Star.";
    assert_eq!(
        who(t),
        [
            pair("We will win,", Some("Daily Planet")),
            pair("The vote is close,", Some("Evening Star")),
        ]
    );
}

#[test]
fn appositives_ages_and_phrasal_cues_after_the_quote() {
    let t = "“We are ready,” Jane Roe, a campaign aide, said on Monday.\n\n\
             “That is fair,” Tom Baker, 69, told the paper.\n\n\
             “Not a chance,” Paul Hill shot back.\n\n\
             “Happy” about the vote, said Ann Cole.\n\n\
             Another said “we will see”.";
    assert_eq!(
        who(t),
        [
            pair("We are ready,", Some("Jane Roe")),
            pair("That is fair,", Some("Tom Baker")),
            pair("Not a chance,", Some("Paul Hill")),
            pair("Happy", Some("Ann Cole")),
            pair("we will see", Some("Another")),
        ]
    );
}

#[test]
fn marks_that_do_not_pair_and_no_break_spaces() {
    let t = "Senator Ruth Ames spoke first.\n\n\
             “We will build it,\" Tom Baker said. \"It will be built.”\n\n\
             “You know, it happens,” Jane Roe went on.\n\n\
             “It is over,” the\u{a0}judge said.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    assert_eq!(got[1], pair("You know, it happens,", Some("Jane Roe")));
    let ins = analyze(t);
    let m = ins.quotes[2].mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(m, Some("the\u{a0}judge"));
}

#[test]
fn a_cue_in_an_earlier_clause_does_not_take_the_quote() {
    let t = "Turning to analysts who claim the plan is better than nothing, Jane Roe said, \
             “I just think they don’t understand it.”\n\n\
             Tom Bolt said Ann Roe had called the plan “a disaster.”";
    assert_eq!(
        who(t),
        [
            pair("I just think they don’t understand it.", Some("Jane Roe")),
            pair("a disaster.", Some("Tom Bolt")),
        ]
    );
}

#[test]
fn long_appositive_chains_keep_the_name() {
    let t = "“We will win,” Harry Bond, 30, of Dayton, Ohio, who was among those polled, \
             said in an interview.\n\n\
             “They are open,” Jenna Golden, the director of political advertising, said.\n\n\
             “It is a trap,” Senate leader Tom Hart, R-Ky., said.\n\n\
             Ann Cole, the head of digital marketing, said the race was “close”.";
    assert_eq!(
        who(t),
        [
            pair("We will win,", Some("Harry Bond")),
            pair("They are open,", Some("Jenna Golden")),
            pair("It is a trap,", Some("Tom Hart")),
            pair("close", Some("Ann Cole")),
        ]
    );
}

#[test]
fn a_quote_with_only_a_connective_continues_the_speaker() {
    let t = "“I am not sure,” Tom Baker said outside the hall. But “we will see what happens.”\n\n\
             Ann Cole said the vote was “close.” Adding, “It is not over yet.”";
    assert_eq!(
        who(t),
        [
            pair("I am not sure,", Some("Tom Baker")),
            pair("we will see what happens.", Some("Tom Baker")),
            pair("close.", Some("Ann Cole")),
            pair("It is not over yet.", Some("Ann Cole")),
        ]
    );
}

#[test]
fn outer_sources_past_the_quote_and_inverted_cues_after_a_comma() {
    let t = "Tom Baker said he was “happy to see” the result, according to The Daily Ledger.\n\n\
             The mayor called the plan “a fine idea,” the Ledger reported.\n\n\
             “This will be a challenge” for the city, said Ann Cole.\n\n\
             “Nothing prepares you,” the governor will say, according to excerpts released \
             on Monday.";
    let got = who(t);
    assert_eq!(got[0], pair("happy to see", Some("Daily Ledger")));
    assert_eq!(got[1], pair("a fine idea,", Some("Daily Ledger")));
    assert_eq!(got[2], pair("This will be a challenge", Some("Ann Cole")));
    assert_eq!(got[3], pair("Nothing prepares you,", Some("excerpts")));
}

#[test]
fn descriptive_sources_after_the_quote() {
    let t = "The campaign wrote to donors on Sunday.\n\n\
             \"Our movement has already changed the race,\" read the email.\n\n\
             \"You seem to have picked a new standard,\" the two write.\n\n\
             \"Thanks for coming,\" said master of ceremonies Asab Tabor, a local engineer.\n\n\
             \"He stopped and said, 'We have to win it.'\" Will Ostrander, the party chairman \
             for the county, said of the meeting he had with the candidate last week.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("email"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("two"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Asab Tabor"), "{got:?}");
    assert_eq!(got[3].1.as_deref(), Some("Ostrander"), "{got:?}");
}

#[test]
fn a_line_break_ends_the_paragraph_for_a_bare_quote() {
    let t = "“It is a long road,” Tom Baker said. “We will walk it.”\n\
             Ann Cole, in the wake of a new poll showing her party behind, told reporters \
             it was “a tough week.”";
    let got = who(t);
    assert_eq!(got[1], pair("We will walk it.", Some("Tom Baker")));
    assert_eq!(got[2], pair("a tough week.", Some("Ann Cole")));
}

#[test]
fn a_statement_saying_is_its_authors_and_time_phrases_are_no_subject() {
    let t = "The town council released a statement Wednesday saying the remarks were “plainly \
             false.”\n\n\
             Tom Baker arrived in the morning.\n\n\
             A month later, he explained why the plan was “a mistake.”\n\n\
             Hours later, Ann Cole called the vote “a disgrace.”";
    let got = who(t);
    assert_eq!(got[0], pair("plainly false.", Some("town council")));
    assert_eq!(got[1], pair("a mistake.", Some("Tom Baker")));
    assert_eq!(got[2], pair("a disgrace.", Some("Ann Cole")));
}

#[test]
fn a_dateline_is_not_the_subject() {
    let t = "SPRINGFIELD, Ill. — Governor Ann Cole on Monday offered “a full and sincere \
             apology” to the workers.\n\n\
             Riverton (AP) – Mayor Tom Baker has taken aim at the “reckless” plan.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn the_owner_of_named_words_speaks_them() {
    let t = "Mr Tom Baker met Ann Cole on Monday.\n\n\
             Baker stood by his promise to be “neutral” in the talks.\n\n\
             Economists doubt her claim that “the budget is balanced.”";
    let ins = analyze(t);
    let got = who(t);
    assert_eq!(got[0], pair("neutral", Some("Tom Baker")));
    let m = ins.quotes[1].mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(m, Some("her"), "{got:?}");
}

#[test]
fn a_participle_after_the_quote_is_the_sentence_subjects() {
    let t = "Ann Cole has delivered a spirited defense of “river towns,” saying the city \
             embodied their spirit.\n\n\
             At a loud press conference, Tom Baker hit back, calling the plan “a farce.”";
    let got = who(t);
    assert_eq!(got[0], pair("river towns,", Some("Ann Cole")));
    assert_eq!(got[1], pair("a farce.", Some("Tom Baker")));
}

#[test]
fn places_and_parties_describe_the_name_after_an_inverted_cue() {
    let t = "“She will win,” said former North Dakota Gov. Jim Hart, a party elder.\n\n\
             “I do not know,” said undecided Republican voter Ann Cole.\n\n\
             “It is over,” said former Ohio congressman Tom Baker.";
    let got = who(t);
    assert_eq!(got[0], pair("She will win,", Some("Jim Hart")));
    assert_eq!(got[1], pair("I do not know,", Some("Ann Cole")));
    assert_eq!(got[2], pair("It is over,", Some("Tom Baker")));
}

#[test]
fn a_relative_clause_after_a_comma_is_its_own_attribution() {
    let t = "“The plan is dead,” said Tom Baker, who said there were “too many holes in it.”\n\n\
             “It was weak,” said one aide close to the talks, who added that the mayor seemed \
             “rattled.”\n\n\
             Ann Cole told a voter who asked about taxes that “nothing will change.”";
    let ins = analyze(t);
    let mention = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(mention(1).as_deref(), Some("Tom Baker, who"));
    assert!(
        mention(3).is_some_and(|m| m.ends_with(", who")),
        "{:?}",
        mention(3)
    );
    assert_eq!(who(t)[4], pair("nothing will change.", Some("Ann Cole")));
}

#[test]
fn a_quote_opening_its_sentence_goes_on_with_the_speaker_before_it() {
    let t = "“Voters will not care,” Ann Cole told reporters. “They care about wages” and \
             other pocketbook issues.";
    let got = who(t);
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_source_opening_the_sentence_is_the_attribution() {
    let t = "According to the Daily Ledger, Tom Baker said the deal was \"a done thing.\"";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(m, Some("the Daily Ledger"), "{:?}", who(t));
}

#[test]
fn a_city_and_its_state_inside_an_appositive_are_no_speaker() {
    let t = "Ann Cole, at a town hall meeting in Dayton, Ohio, said she was \"going to win.\"\n\n\
             Tom Baker, 22, of Lansing, Mich., said he hoped for a \"surprise.\"";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_pronoun_goes_to_the_person_its_sentence_names_first() {
    let t = "“We are ready,” said Ann Cole.\n\n\
             Senator Tom Baker agreed to a call, but only to tell Jim Hart that he would not \
             back a “rushed” vote.\n\n\
             With a vote for Cole ruled out, Mr Ray Hill said he was left with a \
             “poor choice.”";
    let got = who(t);
    assert_eq!(got[1], pair("rushed", Some("Tom Baker")));
    assert_eq!(got[2], pair("poor choice.", Some("Ray Hill")));
}

#[test]
fn the_sentence_subject_after_any_short_opening_phrase_or_a_capital_former() {
    let t = "Here in Dayton, Tom Baker stepped up his pitch on jobs, saying, “We have got to \
             do better.”\n\n\
             Former Secretary of State Ann Cole clashed with Jim Hart, chiding him, “What \
             difference does it make?”";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_document_that_reads_and_people_determiners_after_the_cue() {
    let t = "Tom Baker sent a letter to members on Monday.\n\n\
             “Friend, let me be blunt. We can win,” the letter read.\n\n\
             “There is no path,” said one of the advisers, who spoke on condition of \
             anonymity.\n\n\
             “We will see,” Ann Cole elaborated.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m(0).as_deref(), Some("the letter"));
    assert!(m(1).is_some_and(|m| m.starts_with("one")), "{:?}", m(1));
    assert_eq!(who(t)[2], pair("We will see,", Some("Ann Cole")));
}

#[test]
fn an_object_or_a_time_before_the_cue_is_not_its_subject() {
    let t = "The town council, in its daily summary Monday, emailed a story saying that \
             \"the mayor is rattled.\"\n\n\
             Tom Baker, who is running for reelection this year, praised the plan for its \
             \"courage.\"\n\n\
             “It was a plot,” an intelligence source, who was not authorized to speak, told \
             reporters.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m(0).as_deref(), Some("The town council"));
    assert_eq!(who(t)[1], pair("courage.", Some("Tom Baker")));
    assert_eq!(m(2).as_deref(), Some("an intelligence source"));
}

#[test]
fn a_year_after_a_single_mark_is_an_apostrophe() {
    let t = "Tom Baker said in ‘08 that voters were tired. “It ends the ‘blame game’ for \
             good,” he said.";
    let got = who(t);
    assert_eq!(
        got,
        [pair(
            "It ends the ‘blame game’ for good,",
            Some("Tom Baker")
        )]
    );
}

#[test]
fn a_sentence_adverb_or_an_opening_participle_is_no_subject() {
    let t = "Preceded at the lectern by a local sheriff, Tom Baker launched into a lament for \
             the \"forgotten towns.\"\n\n\
             Likewise, a paper from the Hart Institute had this to say: \"Families from the \
             top half gain the most.\"";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(who(t)[0], pair("forgotten towns.", Some("Tom Baker")));
    assert_eq!(m(1).as_deref(), Some("a paper"));
}

#[test]
fn a_common_word_as_a_first_name_and_reacted() {
    let t = "\"It is a costly model,\" said Will Hart, a professor at the state college.\n\n\
             “What sport is he talking about?” reacted Tom Baker.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m(0).as_deref(), Some("Will Hart"));
    assert_eq!(who(t)[1].1.as_deref(), Some("Tom Baker"));
}

#[test]
fn a_participle_after_a_thing_is_the_sentence_subjects() {
    let t = "The opposition group had hired lawyers and placed national newspaper \
             ads calling the deal a \"costly mistake.\"\n\n\
             Ann Cole held up a sign saying \"Not in our name.\"\n\n\
             Hundreds of protesters gathered, many of them chanting \"Stop the plan!\"";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m(0).as_deref(), Some("The opposition group"));
    assert_eq!(m(1).as_deref(), Some("a sign"));
    assert!(m(2).is_some_and(|m| m.contains("many")), "{:?}", m(2));
}

#[test]
fn that_after_a_cue_opens_its_clause_not_its_subject() {
    let t = "Tom Baker, who often fights with reporters, claims that the Daily Ledger \
             \"takes its orders\" from the mayor.";
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"), "{:?}", who(t));
}

#[test]
fn a_pronoun_before_a_parenthetical_is_the_subject() {
    let t = "Tom Baker spoke for an hour.\n\n\
             He pledged to fix the budget and he, once again, pledged a “clean slate” for the \
             town.";
    let ins = analyze(t);
    let m = ins.quotes[0]
        .mention
        .as_ref()
        .map(|m| (m.text.clone(), m.start));
    assert_eq!(m.as_ref().map(|m| m.0.as_str()), Some("he"), "{m:?}");
}

#[test]
fn a_dash_line_after_a_quote_paragraph_names_its_speaker() {
    let t = "Here are some of the claims we checked.\n\n\
             \"Families are worried about the future of their kids.\"\n\n\
             - Ann Cole.\n\n\
             The senator is relying on an old figure.";
    assert_eq!(who(t)[0].1.as_deref(), Some("Ann Cole"), "{:?}", who(t));
}

#[test]
fn the_subject_after_an_opening_phrase_with_an_appositive() {
    let t = "Introduced at the lectern by Jim Hart, the county sheriff and a longtime ally, Tom \
             Baker launched into a lament for the \"forgotten workers.\"\n\n\
             Outside the arena in downtown Dayton, the protesters gathered, chanting \
             \"Stop the plan.\"";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"), "{:?}", who(t));
    assert!(m(1).is_some_and(|m| m.contains("protesters")), "{:?}", m(1));
}

#[test]
fn a_pronoun_opening_the_quotes_clause_is_its_subject() {
    let t = "Tom Baker met Ann Cole on Monday.\n\n\
             The mayor decided not to act even though he found “evidence” of fraud.";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("he"), "{:?}", who(t));
}

#[test]
fn a_passive_agent_after_the_quote_and_a_trailing_source_after_a_participle() {
    let t = "The scheme has been called \"strategic ambiguity\" by Tom Baker, a professor at \
             the state college.\n\n\
             On Saturday, Ann Cole made clear the meeting was not political, saying that \
             critics should \"look elsewhere,\" according to the Daily Ledger.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"));
    assert_eq!(m(1).as_deref(), Some("the Daily Ledger"));
}

#[test]
fn a_common_word_as_a_surname() {
    let t = "Columnist Ann Will wrote a long piece on Monday.\n\n\
             “This should hasten the end of the outsiders,” Will wrote.\n\n\
             Will described the plan as a “caricature of good government.”";
    let got = who(t);
    assert!(
        got.iter()
            .all(|(_, s)| s.as_deref().is_some_and(|s| s.ends_with("Ann Will"))),
        "{got:?}"
    );
}

#[test]
fn words_after_a_cue_behind_a_comma_are_its_clause_not_its_subject() {
    let t = "The county clerk, who ran the count for the board, said the new system is \
             “a real improvement.”\n\n\
             One organiser, who asked not to be named, said the message was that “we are \
             not done yet.”";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert!(m(0).is_some_and(|m| m.contains("clerk")), "{:?}", m(0));
    assert!(m(1).is_some_and(|m| m.contains("organiser")), "{:?}", m(1));
}

#[test]
fn a_dash_or_but_ends_the_clause_of_an_earlier_cue() {
    let t = "Ann Cole met Tom Baker on Monday.\n\n\
             Baker credits the party's gains to its volunteers -- but he said the new map \
             “is going to help us.”";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("he"), "{:?}", who(t));
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"));
}

#[test]
fn a_pronoun_clause_between_a_cue_and_the_quote_is_its_own() {
    let t = "Ann Cole spoke in the capital on Tuesday.\n\n\
             Cole endorsed the budget deal, although she made it clear that she has \
             “serious doubts” about two items.";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("she"), "{:?}", who(t));
    assert_eq!(who(t)[0].1.as_deref(), Some("Ann Cole"));
}

#[test]
fn a_surname_ending_like_a_participle_can_open_a_sentence() {
    let t = "The club's director, Tom Boreing, announced the change on Monday.\n\n\
             Boreing said, “It is time we change how we do it.”";
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Boreing"), "{:?}", who(t));
}

#[test]
fn a_raising_passive_leaves_its_subject_the_speaker() {
    let t = "Mayor Tom Baker also is reported to have called the plan “a disgrace” last \
             year.\n\n\
             “The method works because we ask less,” Ann Cole is quoted as saying.\n\n\
             Jim Hart was asked, “Will you run again?”";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
    assert_eq!(got[2].1, None, "{got:?}");
}

#[test]
fn a_relative_that_or_one_after_a_dash_is_the_cue_subject() {
    let t = "Volunteers handed out water bottles that said, “Welcome to the fair.”\n\n\
             Tom Baker spotted a banner in the hall.\n\n\
             He held up the banner — which read “Vote Baker” — and waved it around, \
             mouthing “thank you” to the crowd.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert!(
        m(0).is_some_and(|m| m.ends_with("bottles that")),
        "{:?}",
        m(0)
    );
    assert!(
        m(1).is_some_and(|m| m.ends_with("banner — which")),
        "{:?}",
        m(1)
    );
    assert_eq!(who(t)[2].1.as_deref(), Some("Tom Baker"), "{:?}", who(t));
}

#[test]
fn a_poll_opening_the_sentence_and_a_conditional_inside_a_cue_are_outer_sources() {
    let t = "In a Daily Ledger poll released Monday, 31 percent of voters said they were \
             “very excited” about the race.\n\n\
             Tom Baker spoke in the square on Friday.\n\n\
             He says if people think the problems will be fixed by “more of the same,” they \
             should vote for someone else.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert!(m(0).is_some_and(|m| m.ends_with("poll")), "{:?}", m(0));
    assert_eq!(m(1).as_deref(), Some("He"), "{:?}", who(t));
}

#[test]
fn a_quote_paragraph_after_reported_speech_is_the_reporters_speaker() {
    let t = "“We are ready,” Ann Cole said.\n\n\
             Tom Baker argued in his letter that the vote should wait a year.\n\n\
             “In light of this breach, is it wise to go on as before?”";
    let got = who(t);
    assert_eq!(got[1].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_speaker_closing_the_sentence_holds_its_quotes() {
    let t = "The ruling signals “the beginning of the end” for the old council, said Ann Cole, \
             a law professor at the state college.\n\n\
             Fans in the stands also chanted “Go home,” pointing at the visitors, the Daily \
             Ledger reported.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(who(t)[0].1.as_deref(), Some("Ann Cole"), "{:?}", who(t));
    assert!(
        m(1).is_some_and(|m| m.contains("Daily Ledger")),
        "{:?}",
        m(1)
    );
}

#[test]
fn a_role_noun_opening_the_sentence_is_a_role_not_a_name() {
    let t = "Columnist Ann Will wrote that the plan was “a disaster.”\n\n\
             Pollster Tom Baker said it was “too early to tell.”";
    let ins = analyze(t);
    let ann = ins
        .entities
        .iter()
        .find(|e| e.entity.name.ends_with("Ann Will"));
    assert_eq!(
        ann.map(|e| e.entity.name.as_str()),
        Some("Ann Will"),
        "{:?}",
        who(t)
    );
    assert_eq!(
        ann.and_then(|e| e.entity.role.as_deref()),
        Some("Columnist"),
        "{:?}",
        ann
    );
    assert_eq!(who(t)[1].1.as_deref(), Some("Tom Baker"));
}

#[test]
fn a_party_and_state_tag_does_not_end_the_attribution() {
    let t = "House Speaker Tom Baker (R-Wis.) Tuesday told reporters the bill is “dead on \
             arrival.”\n\n\
             As Sen. Ann Cole (D-Calif.) has pointed out, that is the “textbook definition” \
             of a bad deal.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_name_after_a_preposition_before_a_colon_is_no_speaker() {
    let t = "Council leader Ann Cole, a Democrat, delivered a blunt message to Tom Baker: \
             “It is time to stop attacking people and get on with the job.”";
    assert_eq!(who(t)[0].1.as_deref(), Some("Ann Cole"), "{:?}", who(t));
}

#[test]
fn a_pronoun_clause_after_the_cues_own_quoted_words_is_its_own() {
    let t = "Tom Baker spoke to reporters on Monday.\n\n\
             Ann Cole said both rivals are “lightweights in the House,” but she gave the \
             younger one a compliment: “He is a very smart man with ideas I do not like.”";
    let ins = analyze(t);
    let m = ins.quotes[1].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("she"), "{:?}", who(t));
    assert_eq!(who(t)[1].1.as_deref(), Some("Ann Cole"));
}

#[test]
fn adverbs_and_a_leading_preposition_between_subject_and_cue() {
    let t = "The county press has always claimed itself to be an “unbiased” voice.\n\n\
             Sen. Tom Baker (R-Wis.) kept asking her why the office had called it a \
             “spontaneous” protest.\n\n\
             Mayor Ann Cole, during several interviews on Thursday, referred to the plan as \
             “the worst idea yet.”";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert!(m(0).is_some_and(|m| m.contains("press")), "{:?}", m(0));
    assert_eq!(who(t)[1].1.as_deref(), Some("Tom Baker"), "{:?}", who(t));
    assert_eq!(who(t)[2].1.as_deref(), Some("Ann Cole"), "{:?}", who(t));
}

#[test]
fn a_participle_takes_the_subject_of_the_when_clause_it_hangs_on() {
    let t = "The first incident came during a speech at the college, when student \
             protesters interrupted the mayor, shouting “we lose, you win!”";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert!(
        m.as_deref().is_some_and(|m| m.contains("protesters")),
        "{m:?}"
    );
}

#[test]
fn more_reporting_verbs_are_cues() {
    let t = "Tom Baker, the former governor, proposed we \"wake up and face the facts\" and \
             left.\n\n\
             Ann Cole slammed the new rule as \"a tax on the poor.\"";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn poll_respondents_are_the_subject_of_their_cue() {
    let t = "About four in 10 said they were “angry” with the county board.\n\n\
             While those surveyed said Tom Baker has the “best experience,” Ann Cole leads \
             the race.";
    let ins = analyze(t);
    let m = |k: usize| ins.quotes[k].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m(0).as_deref(), Some("About four in 10"), "{:?}", who(t));
    assert_eq!(m(1).as_deref(), Some("those surveyed"), "{:?}", who(t));
}

#[test]
fn a_noun_ending_like_a_past_tense_is_no_cue() {
    let t = "Tom Baker won the county on Tuesday.\n\n\
             He told the raucous crowd that it meant a lot that “the people who know me best” \
             voted for him.";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("He"), "{:?}", who(t));
}

#[test]
fn the_owner_of_speech_before_the_quote_beats_a_cue_after_it() {
    let t = "Tom Baker rallied students with his calls to end the “rigged economy” that he \
             says is kept alive by big donors.";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("his"), "{:?}", who(t));
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"));
}

#[test]
fn a_quote_ending_a_leading_clause_with_its_own_cue_is_that_cues() {
    let t = "When Tom Baker later said he would “protect every family,” the crowd applauded \
             loudly.\n\n\
             After Ann Cole said students might do better at “smaller schools,” Baker said he \
             disagreed.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_cue_in_a_which_clause_closed_before_the_quote_is_not_its_attribution() {
    let t = "Tom Baker spoke at the debate on Saturday.\n\n\
             He said the party's announcement, which some have argued was meant to help a \
             rival, was an “insult” to the volunteers.";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("He"), "{:?}", who(t));
}

#[test]
fn a_pronoun_clause_after_a_conditional_cue_is_its_own() {
    let t = "Last month, when I asked Tom Baker if he would ever endorse Ann Cole, he looked \
             straight into the camera and said, “I am going to endorse you!”";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("he"), "{:?}", who(t));
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"));
}

#[test]
fn the_owner_of_a_speech_noun_whose_clause_holds_the_quote_speaks_it() {
    // A modifier between owner and noun; a `that` clause from the noun to the quote; a cue
    // before the owner is not the quote's.
    let t = "Mr Tom Baker met Ms Ann Cole in Denver on Monday.\n\n\
             On Friday, voters recalled her March comment that the mill would “close within a \
             year.”\n\n\
             Baker blamed reporters for seizing on her claim that the plan was “a gift to the \
             rich.”\n\n\
             Baker called her remarks “reckless.”";
    let ins = analyze(t);
    let m = |i: usize| ins.quotes[i].mention.as_ref().map(|m| m.text.clone());
    let got = who(t);
    assert_eq!(m(0).as_deref(), Some("her"), "{got:?}");
    assert_eq!(m(1).as_deref(), Some("her"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
    // `called her remarks “…”` says what the remarks are: the caller's words.
    assert_eq!(got[2].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_name_inside_a_clause_on_the_subject_is_not_the_subject() {
    // A relative clause set off by commas (also after a parenthesis or a word between
    // commas), and a participle's phrase, hang on the subject before them.
    let t = "Sen. Ann Cole (D-Ore.), who has endorsed Tom Baker, said the plan was “a \
             disaster.”\n\n\
             The lawsuit, which was filed in a court in Denver, claimed the city had “ignored \
             every warning.”\n\n\
             An aide speaking to Channel Four News said the vote was “a farce.”\n\n\
             Baker, meanwhile, who has never held office, said he was “ready to serve.”";
    let ins = analyze(t);
    let m = |i: usize| ins.quotes[i].mention.as_ref().map(|m| m.text.clone());
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
    assert_eq!(m(1).as_deref(), Some("The lawsuit"), "{got:?}");
    assert_eq!(m(2).as_deref(), Some("An aide"), "{got:?}");
    assert_eq!(got[3].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_quote_opening_a_sentence_after_a_report_is_the_reporters_source() {
    // Inside a paragraph, a quote that opens a sentence no words of which attribute it
    // belongs to the cue of the sentence before.
    let t = "Mr Tom Baker met reporters in Denver on Monday.\n\n\
             Ms Ann Cole, the town's lawyer, argues that the mayor broke no rules. \"Every \
             permit was signed on time and in full\" is the heart of her defence.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_pronoun_and_its_cue_after_a_question_quote_report_it() {
    // `“…?” He posted …`: the capital after `?` opens a new sentence, whose pronoun and cue
    // still report the quote, even when the sentence goes on with other quoted words.
    let t = "Mr Tom Baker met reporters in Denver on Monday.\n\n\
             “Too slick?” He posted the question an hour after the new ad aired, with a link \
             to the “original” version.";
    let ins = analyze(t);
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("He"), "{:?}", who(t));
    assert_eq!(who(t)[0].1.as_deref(), Some("Tom Baker"));
}

#[test]
fn a_cue_in_an_adverbial_clause_is_not_nested_in_the_outer_cue() {
    // `X tweeted after Y argued that “…”`: Y's words; an outer cue of the same clause still
    // wins (`X said he had asked his “people”`).
    let t = "Mr Tom Baker tweeted a reply after Ms Ann Cole argued on Monday that “the vote \
             was rigged.”\n\n\
             Mr Tom Baker said he had asked his “people” to look into it.";
    let ins = analyze(t);
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
    let m = ins.quotes[1].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_cue_after_a_modal_gives_way_to_the_report_around_it() {
    // `would continue “…”`, `should declare a “…”` tell what someone might do, inside what
    // the outer cue reports; also when that cue shares an earlier verb's subject (`met
    // voters and said`).
    let t = "Ms Ann Cole met voters in Denver and said that her campaign would continue “to \
             fight for every vote.”\n\n\
             Mr Tom Baker said the council should formally declare a “climate emergency” this \
             year.";
    let ins = analyze(t);
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
    let m = ins.quotes[0].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("Ann Cole"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_subordinate_clause_holding_the_quote_gives_its_own_subject() {
    // `…, when the council ordered that … “…”`: the clause's subject, not the sentence's;
    // a leading `When X died,` clause closed by a comma is not the quote's.
    let t = "Mr Tom Baker spoke on Monday.\n\n\
             The rule was weakened in 2008, when the council ordered that the office work only \
             with “major” parties.\n\n\
             When Ms Ann Cole died in 2010, the mayor released the following statement:\n\n\
             “We have lost a friend of this city and a tireless voice for its children.”";
    let ins = analyze(t);
    let m = |i: usize| ins.quotes[i].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m(0).as_deref(), Some("the council"), "{:?}", who(t));
    assert_eq!(m(1).as_deref(), Some("the mayor"), "{:?}", who(t));
}

#[test]
fn a_name_and_its_cue_after_a_question_quote_report_it() {
    // As with a pronoun: `“…?” Ms Jane Roe remarked, alluding to the “…”`.
    let t = "Mr Tom Baker asked about the vote.\n\n\
             “Is it really over?” Ms Ann Cole remarked, alluding to the “final” count in \
             Denver.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_cue_in_an_adverbial_clause_after_the_quote_is_not_its() {
    // `“…,” X wrote, “…,” after Y said …`: the clause after `after` reports something else.
    let t = "“In other news,” Mr Tom Baker wrote on Monday, “the mayor agrees with me,” after \
             Ms Ann Cole said she backed the plan.";
    let got = who(t);
    assert_eq!(got[1].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_quote_ending_a_concessive_clause_with_its_own_cue_is_that_cues() {
    // As with `When X said … “…,”`: `Although`, `Though`, `Unless`, `Until` open a leading
    // clause whose cue reports the quote; the main clause after it is not the quote's.
    let t = "Although Mr Tom Baker said the plan would “save the town,” Ms Ann Cole told \
             reporters it was doomed.";
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_quote_in_a_leading_asked_clause_is_the_unnamed_askers() {
    // The question's words belong to whoever asked it, not to the subject who answers.
    let t = "Asked whether Ms Ann Cole is “fit to serve,” 60 percent of voters said yes.\n\n\
             When asked about the “secret” memo, Mr Tom Baker said he had never seen it.";
    let got = who(t);
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1, None, "{got:?}");
}

#[test]
fn a_quote_in_a_leading_question_phrase_is_the_unnamed_askers() {
    // `To a question on the “…,” X said`: the question's words; not when the subject itself
    // answers a question before its own quote.
    let t = "To a question on the “gig economy,” Mr Tom Baker said he would study it.\n\n\
             Mr Tom Baker responded to a question on the radio, saying “we will win.”";
    let got = who(t);
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tom Baker"), "{got:?}");
}

#[test]
fn a_quote_between_an_owner_and_a_speech_noun_is_the_owners() {
    // `Roe’s “…” promise`, `her “…” pledge`: the possessive owns the words the noun names.
    let t = "Mr Tom Baker's “jobs for all” promise won him the town.\n\n\
             Ms Ann Cole spoke in Denver. It was her “never again” pledge that stuck.";
    let ins = analyze(t);
    let got = who(t);
    assert_eq!(got[0].1.as_deref(), Some("Tom Baker"), "{got:?}");
    let m = ins.quotes[1].mention.as_ref().map(|m| m.text.clone());
    assert_eq!(m.as_deref(), Some("her"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ann Cole"), "{got:?}");
}

#[test]
fn a_description_that_says_when_is_no_speaker() {
    // A time phrase opening the sentence, or a description ending in a day, names no one.
    let t = "Mr Tom Baker spoke on Monday.\n\n\
             One Sunday in late May the “reform” bill quietly stalled in committee.\n\n\
             His budget speech Wednesday was a “turning point” for the party.";
    let got = who(t);
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1, None, "{got:?}");
}
