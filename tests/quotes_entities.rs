//! Entity fixtures, one small made-up text per class of name: what the sidebar lists.

use lede::entities::EntityKind;
use lede::insights::Insights;

fn analyze(text: &str) -> Insights {
    lede::analyze_text(text).expect("text analyses")
}

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
