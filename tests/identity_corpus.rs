//! Floors for speaker identity on GGT eval (`src/eval/identity.rs`, the numbers of
//! `../shared/tools/attribution_eval.py --suite ggt`): the entity a label shows is the person
//! the annotators name, for direct quotes, floating quotes and all matched statements.
//!
//! Takes `../shared/corpora/ggt-eval`; skips with a message when it is absent.

use lede::eval::identity::{load, Tally};
use std::path::Path;

#[test]
fn ggt_identity_holds_its_floor() {
    let Some(docs) = load(Path::new("../shared/corpora/ggt-eval")) else {
        eprintln!("skipped: ../shared/corpora/ggt-eval not found");
        return;
    };
    let mut t = Tally::default();
    for d in &docs {
        t.add(d, &lede::analyze_text(&d.text).expect("text analyses"));
    }
    eprintln!("{}", t.report());
    let (direct, floating, all) = (
        Tally::acc(t.direct),
        Tally::acc(t.floating),
        Tally::acc(t.all),
    );
    // 0.880 before the kinship-gender and opening-phrase rules, 0.895 with them, 0.901 with
    // the role-description subject (`the mayor`) between a quote and `he`.
    assert!(direct >= 0.90, "GGT direct identity {direct:.3} < 0.90");
    assert!(
        floating >= 0.89,
        "GGT floating identity {floating:.3} < 0.89"
    );
    // 0.785 before reported speech added description speakers and the entity-kind rules;
    // 0.854 with them (direct 0.880); 0.862 with kinship gender and the opening phrase;
    // 0.860 (514/598) in round 11, when reported speech matched 7 more statements (5 right):
    // the target is 0.85.
    assert!(all >= 0.855, "GGT all-statement identity {all:.3} < 0.855");
}

#[test]
fn names_agree_as_the_scorer_says() {
    use lede::eval::identity::same_person;
    assert!(same_person("Jane Roe", "Prime Minister Jane Roe"));
    assert!(same_person("Roe", "Jane Roe"));
    assert!(!same_person("John Roe", "Jane Roe"));
    assert!(!same_person("Winnipeg", "Jane Roe"));
    assert!(!same_person("", "Jane Roe"));
}
