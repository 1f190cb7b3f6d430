//! Entity and speaker fixtures, one small made-up text per class: the names, kinds and roles the
//! sidebar lists, and who each quote is given to.

mod speakers;

use lede::entities::EntityKind;
use speakers::{analyze, who as speakers};

/// (name, kind, role) of every entity.
fn entities(text: &str) -> Vec<(String, EntityKind, Option<String>)> {
    analyze(text)
        .entities
        .iter()
        .map(|e| (e.entity.name.clone(), e.entity.kind, e.entity.role.clone()))
        .collect()
}

#[test]
fn office_titles_stay_roles_and_place_names_stay_whole() {
    let t = "Minister for Foreign Affairs Jane Holt flew to South Korea on Monday, then met \
             officials in Saudi Arabia and the United States.\n\n\
             “We are close,” Holt said.";
    let ents = entities(t);
    let find = |n: &str| ents.iter().find(|e| e.0 == n);
    let holt = find("Jane Holt").unwrap_or_else(|| panic!("{ents:?}"));
    assert_eq!(holt.1, EntityKind::Person);
    assert_eq!(holt.2.as_deref(), Some("Minister for Foreign Affairs"));
    for place in ["South Korea", "Saudi Arabia", "United States"] {
        assert_eq!(
            find(place).map(|e| e.1),
            Some(EntityKind::Place),
            "{ents:?}"
        );
    }
    assert!(
        find("Arabia").is_none() && find("Korea").is_none(),
        "{ents:?}"
    );
    assert!(ents.iter().all(|e| !e.0.contains("Minister")), "{ents:?}");
}

#[test]
fn hyphenated_adjectives_are_not_entities() {
    let ins = lede::analyze_text(
        "The Kremlin-backed plan and a Washington-proposed ceasefire were discussed. \
         “We agree,” Anna Berg said.",
    )
    .expect("analysis");
    let names: Vec<&str> = ins
        .entities
        .iter()
        .map(|e| e.entity.name.as_str())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("-proposed") || n.contains("-backed")),
        "{names:?}"
    );
    assert!(names.contains(&"Anna Berg"), "{names:?}");
}

#[test]
fn a_person_s_name_stops_before_where_they_are_from() {
    let t = "Gov. Tom Rell of Indiana met Nina Vold of Datapoint Research on Monday.\n\n\
             “It went well,” Rell said.\n\n\
             Later, Secretary of State Ada Brune flew to the Bank of America offices.";
    let ents = entities(t);
    let find = |n: &str| ents.iter().find(|e| e.0 == n);
    let rell = find("Tom Rell").unwrap_or_else(|| panic!("{ents:?}"));
    assert_eq!(
        (rell.1, rell.2.as_deref()),
        (EntityKind::Person, Some("Gov."))
    );
    assert!(find("Nina Vold").is_some(), "{ents:?}");
    assert_eq!(
        find("Indiana").map(|e| e.1),
        Some(EntityKind::Place),
        "{ents:?}"
    );
    assert_eq!(
        find("Ada Brune").and_then(|e| e.2.as_deref()),
        Some("Secretary of State")
    );
    assert!(find("Bank of America").is_some(), "{ents:?}");
    assert_eq!(
        speakers(t),
        [("It went well,".to_string(), Some("Tom Rell".to_string()))]
    );
}

#[test]
fn suffixes_belong_to_the_name_and_party_tags_are_no_entities() {
    let t = "The Rev. Walter Green Jr. spoke first. Sen. Clara Wells (D-Mo.) and Rep. Dan \
             Pike, R-Ky., listened.\n\n\
             “We must act,” Green said.";
    let ents = entities(t);
    let green = ents
        .iter()
        .find(|e| e.0 == "Walter Green Jr.")
        .unwrap_or_else(|| panic!("{ents:?}"));
    assert_eq!(green.2.as_deref(), Some("Rev."));
    assert!(
        ents.iter()
            .all(|e| !e.0.contains("D-Mo") && !e.0.contains("R-Ky") && e.0 != "Jr."),
        "{ents:?}"
    );
    assert_eq!(
        speakers(t),
        [(
            "We must act,".to_string(),
            Some("Walter Green Jr.".to_string())
        )]
    );
}

#[test]
fn acronyms_join_the_organisation_they_abbreviate() {
    let t = "The American Veterans Reform League sued the Federal Office of Water Safety on \
             Tuesday.\n\n\
             The AVRL said the FOWS had ignored “every warning.”";
    let ins = analyze(t);
    let orgs: Vec<(&str, usize)> = ins
        .entities
        .iter()
        .filter(|e| e.entity.kind == EntityKind::Organization)
        .map(|e| (e.entity.name.as_str(), e.entity.mentions))
        .collect();
    assert_eq!(
        orgs,
        [
            ("American Veterans Reform League", 2),
            ("Federal Office of Water Safety", 2)
        ]
    );
}

#[test]
fn a_dateline_is_a_place_and_never_a_speaker() {
    let t = "MAPLETON, Ohio — The mayor resigned on Friday.\n\n\
             “I am done,” the mayor said.\n\n\
             NATO, the alliance, said it was “watching.”";
    let ents = entities(t);
    let find = |n: &str| ents.iter().find(|e| e.0 == n);
    assert_eq!(
        find("MAPLETON").map(|e| e.1),
        Some(EntityKind::Place),
        "{ents:?}"
    );
    assert_eq!(
        find("NATO").map(|e| e.1),
        Some(EntityKind::Organization),
        "{ents:?}"
    );
}

#[test]
fn roles_keep_their_inner_nouns() {
    let t = "Press secretary aside, Trump campaign manager Lena Ortiz spoke, and U.S. Attorney \
             Ron Vale listened.";
    let ents = entities(t);
    let role = |n: &str| ents.iter().find(|e| e.0 == n).and_then(|e| e.2.clone());
    assert_eq!(
        role("Lena Ortiz").as_deref(),
        Some("Trump campaign manager")
    );
    assert_eq!(role("Ron Vale").as_deref(), Some("U.S. Attorney"));
}

#[test]
fn a_word_capitalised_by_an_opening_quote_is_no_name() {
    let t = "“Turnout will be high,” said pollster Ann Kerr.\n\n\
             “Kerr knows,” Tim Ross said. “Believe me.”";
    let names: Vec<String> = entities(t).into_iter().map(|e| e.0).collect();
    assert!(
        !names.iter().any(|n| n == "Turnout" || n == "Believe"),
        "{names:?}"
    );
    assert!(names.contains(&"Ann Kerr".to_string()), "{names:?}");
}

#[test]
fn a_name_after_an_article_is_no_person_unless_it_modifies_a_noun() {
    let t = "Senator Lia Montes spoke at the Grand Valley Forum on Monday. The Montes \
             campaign said she would return.\n\n\
             The White House said it was “not concerned.”\n\n\
             “We will be back,” Montes said.";
    let ents = entities(t);
    let kind = |n: &str| ents.iter().find(|e| e.0 == n).map(|e| e.1);
    assert_eq!(
        kind("White House"),
        Some(EntityKind::Organization),
        "{ents:?}"
    );
    assert_eq!(
        kind("Grand Valley Forum"),
        Some(EntityKind::Organization),
        "{ents:?}"
    );
    assert_eq!(kind("Lia Montes"), Some(EntityKind::Person), "{ents:?}");
    assert!(kind("Montes").is_none(), "{ents:?}");
    assert_eq!(
        speakers(t)[1],
        (
            "We will be back,".to_string(),
            Some("Lia Montes".to_string())
        )
    );
}

#[test]
fn pronouns_agree_with_what_they_refer_to() {
    // `she` is never a group; `it` is never a person; `It is …` is nobody.
    let t = "Mayor Rosa Quill spoke to protesters on Monday.\n\n\
             Critics say the budget is “a disaster.”\n\n\
             “It is not a disaster,” she said.\n\n\
             The Harbor Authority issued a statement. “We stand by the plan,” it said.\n\n\
             It is clear the plan is “popular.”";
    assert_eq!(
        speakers(t),
        [
            ("a disaster.".to_string(), Some("Critics".to_string())),
            (
                "It is not a disaster,".to_string(),
                Some("Rosa Quill".to_string())
            ),
            (
                "We stand by the plan,".to_string(),
                Some("Harbor Authority".to_string())
            ),
            ("popular.".to_string(), None),
        ]
    );
}

#[test]
fn reporting_verbs_in_doubled_and_y_inflections() {
    // `bragged`, `snapped` double their consonant; `denied`, `clarifies` turn y into ie.
    let t = "The hearing ran late.\n\n\
             “Best year ever,” Lou Vance bragged.\n\n\
             “Not now,” Ida Roe snapped.\n\n\
             “That never happened,” Vance denied.\n\n\
             “We meant next year,” Roe clarifies.\n\n\
             “See you there,” Vance texted.";
    assert_eq!(
        speakers(t),
        [
            ("Best year ever,".to_string(), Some("Lou Vance".to_string())),
            ("Not now,".to_string(), Some("Ida Roe".to_string())),
            (
                "That never happened,".to_string(),
                Some("Lou Vance".to_string())
            ),
            (
                "We meant next year,".to_string(),
                Some("Ida Roe".to_string())
            ),
            ("See you there,".to_string(), Some("Lou Vance".to_string())),
        ]
    );
}

#[test]
fn names_with_hyphenated_syllables_particles_and_double_connectors() {
    let t = "Delegates met in Geneva on Monday.\n\n\
             “We will keep talking,” said Pak Sun-ho.\n\n\
             “Nothing is agreed,” Omar el-Faris said.\n\n\
             “The door is open,” said Anna van der Molen.\n\n\
             The Kremlin-backed plan and the Obama-era rules were not discussed.";
    assert_eq!(
        speakers(t),
        [
            (
                "We will keep talking,".to_string(),
                Some("Pak Sun-ho".to_string())
            ),
            (
                "Nothing is agreed,".to_string(),
                Some("Omar el-Faris".to_string())
            ),
            (
                "The door is open,".to_string(),
                Some("Anna van der Molen".to_string())
            ),
        ]
    );
    let names: Vec<String> = entities(t).into_iter().map(|e| e.0).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("-backed") || n.contains("-era")),
        "{names:?}"
    );
}

#[test]
fn quoted_titles_and_names_are_mentions_never_confident() {
    // Each title stands in a sentence with a speaker; the words are still nobody's.
    let t = "“We will win,” Ada Roe told NBC's “Morning Hour” on Sunday.\n\n\
             Roe said in her book, “Open Roads,” that the race was close.\n\n\
             Roe said a group called “Fair Votes Now” had sued the state.";
    let ins = analyze(t);
    let kinds: Vec<(&str, lede::quotes::QuoteKind, bool)> = ins
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.kind, q.confidence < 0.5))
        .collect();
    use lede::quotes::QuoteKind::{Mention, Partial};
    assert_eq!(
        kinds,
        [
            ("We will win,", Partial, false),
            ("Morning Hour", Mention, true),
            ("Open Roads,", Mention, true),
            ("Fair Votes Now", Mention, true),
        ]
    );
}

#[test]
fn compass_places_and_laws_are_no_people() {
    let t = "Aid reached South Taranaki and Western Mervia on Monday, as the Data Access Bill \
             passed.\n\n\
             The Bill would let police read messages, Lara Venn said.";
    let ents = entities(t);
    let kind = |n: &str| ents.iter().find(|e| e.0 == n).map(|e| e.1);
    assert_eq!(kind("South Taranaki"), Some(EntityKind::Place), "{ents:?}");
    assert_eq!(kind("Western Mervia"), Some(EntityKind::Place), "{ents:?}");
    assert!(
        ents.iter()
            .filter(|e| e.0.contains("Bill"))
            .all(|e| e.1 != EntityKind::Person && e.0 == "Data Access Bill"),
        "{ents:?}"
    );
}

#[test]
fn words_inside_quotes_say_nothing_of_the_reporters_pronouns() {
    // “he” inside her quote is no evidence that Nora Bell is male, and a name inside the quote
    // is not whom the reporter's “She” points back to.
    let t = "Nora Bell told supporters that “he loves you all.”\n\n\
             “The Harlan family stands with us,” Bell said. She added, “We will win.”";
    let ins = analyze(t);
    let bell = ins
        .entities
        .iter()
        .find(|e| e.entity.name == "Nora Bell")
        .expect("Nora Bell");
    assert_ne!(bell.entity.gender, Some(lede::entities::Gender::Male));
    assert_eq!(
        speakers(t)[2],
        ("We will win.".to_string(), Some("Nora Bell".to_string()))
    );
}

#[test]
fn a_name_only_ever_after_in_or_near_is_a_place() {
    let t = "Rallies were held in Brantmoor and near Oskel on Friday.\n\n\
             “Turnout was huge,” said Dana Holt, who spoke in Brantmoor.\n\n\
             Critics in Vellan's council disagreed. The horror game “Night Shift” sold well.";
    let ents = entities(t);
    let kind = |n: &str| ents.iter().find(|e| e.0 == n).map(|e| e.1);
    assert_eq!(kind("Brantmoor"), Some(EntityKind::Place), "{ents:?}");
    assert_eq!(kind("Oskel"), Some(EntityKind::Place), "{ents:?}");
    assert_ne!(kind("Vellan"), Some(EntityKind::Place), "{ents:?}");
    let ins = analyze(t);
    let game = ins
        .quotes
        .iter()
        .find(|q| q.text == "Night Shift")
        .expect("title");
    assert_eq!(game.kind, lede::quotes::QuoteKind::Mention);
}

#[test]
fn a_description_ending_in_a_name_is_that_person() {
    let t = "Dana Ruiz and Tom Weller spoke at noon.\n\n\
             “It is a disgrace,” said an angry Ruiz.\n\n\
             “We lost,” said Democratic National Committee Chairwoman Ann Brill.";
    assert_eq!(
        speakers(t),
        [
            (
                "It is a disgrace,".to_string(),
                Some("Dana Ruiz".to_string())
            ),
            ("We lost,".to_string(), Some("Ann Brill".to_string())),
        ]
    );
}

#[test]
fn a_sentence_pointing_back_at_a_quote_names_its_speaker() {
    let t = "The rally opened at noon. Dana Ruiz and Tom Weller spoke.\n\n\
             “We will build it.” That is what Ruiz told supporters on Monday.\n\n\
             “Nobody is above the law.” So said Weller, the attorney general.\n\n\
             “I never met him.” Those were the words of Ada Price in 2015.";
    assert_eq!(
        speakers(t),
        [
            (
                "We will build it.".to_string(),
                Some("Dana Ruiz".to_string())
            ),
            (
                "Nobody is above the law.".to_string(),
                Some("Tom Weller".to_string())
            ),
            (
                "I never met him.".to_string(),
                Some("Ada Price".to_string())
            ),
        ]
    );
}

#[test]
fn the_head_of_a_subject_phrase_speaks() {
    // Not the organisation a role names, nor the place or body the person is of.
    let t = "Sen. Clara Wells and Bishop Aris Tal met on Monday.\n\n\
             “It is over,” said White House press secretary Sean Pyle.\n\n\
             Bishop Aris Tal of the Armenian Church of Jerusalem told reporters, “We suffered.”\n\n\
             “Every vote matters,” the senator from Ohio said.";
    assert_eq!(
        speakers(t),
        [
            ("It is over,".to_string(), Some("Sean Pyle".to_string())),
            ("We suffered.".to_string(), Some("Aris Tal".to_string())),
            (
                "Every vote matters,".to_string(),
                Some("Clara Wells".to_string())
            ),
        ]
    );
}

#[test]
fn a_name_never_starts_with_a_connector_and_company_words_make_organisations() {
    let t = "Plans for Ventra are in flux. As for Remain Co., it will be sold.\n\n\
             Amnesty International and the Morris Trust said the deal was “opaque.”";
    let ents = entities(t);
    assert!(ents.iter().all(|e| !e.0.starts_with("for ")), "{ents:?}");
    for org in ["Remain Co.", "Amnesty International", "Morris Trust"] {
        assert_eq!(
            ents.iter().find(|e| e.0 == org).map(|e| e.1),
            Some(EntityKind::Organization),
            "{org}: {ents:?}"
        );
    }
}

#[test]
fn hyphenated_titles_water_places_and_peoples() {
    let t = "Attorney-General Gina Brand flew over Kelso Harbour and met Tunisians on Monday.";
    let ents = entities(t);
    let find = |n: &str| ents.iter().find(|e| e.0 == n);
    assert_eq!(
        find("Gina Brand").and_then(|e| e.2.as_deref()),
        Some("Attorney-General"),
        "{ents:?}"
    );
    assert_eq!(
        find("Kelso Harbour").map(|e| e.1),
        Some(EntityKind::Place),
        "{ents:?}"
    );
    assert_ne!(
        find("Tunisians").map(|e| e.1),
        Some(EntityKind::Person),
        "{ents:?}"
    );
}

#[test]
fn a_name_in_apposition_after_a_description_is_the_speaker() {
    let t = "Lena Ortiz and Tom Kale campaigned in Ohio.\n\n\
             “I disagree,” said Ortiz's running mate, Tom Kale.";
    assert_eq!(
        speakers(t),
        [("I disagree,".to_string(), Some("Tom Kale".to_string()))]
    );
}
