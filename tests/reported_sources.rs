//! Reported speech: sources the entity finder does not name (`src/reported/rules.rs`:
//! `according-to` with a description).
//!
//! Takes invented sentences; checks the `reported[]` items of `lede::analyze_text`.

/// (content, mention, rule) of every reported item.
fn items(text: &str) -> Vec<(String, String, String)> {
    let ins = lede::analyze_text(text).expect("text analyses");
    ins.reported
        .iter()
        .map(|r| {
            let m = r.mention.as_ref().map_or(String::new(), |m| m.text.clone());
            (r.text.clone(), m, r.rule.to_string())
        })
        .collect()
}

#[test]
fn according_to_a_description_no_entity_names() {
    let all = items(
        "The harbour ferry carried fewer riders than ever last winter, according to preliminary figures released by the port.",
    );
    assert_eq!(
        all,
        [(
            "The harbour ferry carried fewer riders than ever last winter".to_string(),
            "preliminary figures released by the port".to_string(),
            "according-to".to_string()
        )]
    );
    // A pronoun after `according to` is the subject finder's, never a description.
    assert!(items("The ferry was late again, according to him.")
        .iter()
        .all(|(_, m, _)| m != "him"));
}
