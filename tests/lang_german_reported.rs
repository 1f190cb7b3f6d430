//! German reported speech: hearsay `sollen`, Konjunktiv II, and words that look like cues.
//!
//! Takes invented German texts (never corpus text), one per class of failure found on the
//! German Wikinews train and dev splits; gives failures when a hearsay sentence (`Er soll
//! gelogen haben`) is not reported with the speaker before it, when a plan (`soll fertig
//! sein`) or a conditional (`wäre teurer`) is taken as reported speech, or when an adjective
//! participle (`die genannten Firmen`), `geriet` (not `ge` + `riet`) or a noun (`die Aussagen`:
//! not `aus` + `sagen`) opens a statement.

fn analyze(text: &str) -> lede::Insights {
    let ins = lede::analyze_text(text).expect("text analyses");
    assert_eq!(ins.article.lang.as_deref(), Some("de"));
    ins
}

fn name(ins: &lede::Insights, id: Option<&str>) -> String {
    id.and_then(|id| ins.entities.iter().find(|e| e.id == id))
        .map_or("-".to_string(), |e| e.entity.name.clone())
}

/// (what was said, speaker, rule) of each reported statement.
fn reported(ins: &lede::Insights) -> Vec<(String, String, String)> {
    ins.reported
        .iter()
        .map(|r| {
            (
                r.text.clone(),
                name(ins, r.speaker.as_deref()),
                r.rule.to_string(),
            )
        })
        .collect()
}

#[test]
fn hearsay_sollen_before_a_perfect_infinitive_is_reported_speech() {
    let ins = analyze(
        "Im Hafen von Nordstedt ist am Montag ein Kran umgestürzt.\n\n\
         Die Polizei teilte mit, der Kranführer sei verletzt worden. Er soll zu schnell \
         gefahren sein. Ein neuer Kran soll im Frühjahr geliefert werden. Die neue Halle soll \
         im Jahr 2030 fertig sein.",
    );
    let r = reported(&ins);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "der Kranführer sei verletzt worden");
    assert_eq!(
        r[1],
        (
            "Er soll zu schnell gefahren sein".to_string(),
            "Polizei".to_string(),
            "subjunctive-sentence".to_string()
        )
    );
}

#[test]
fn hearsay_with_haben_and_worden_sein_needs_no_cue() {
    let ins = analyze(
        "In Kleinfeld hat die Staatsanwaltschaft am Dienstag Anklage gegen den Kassenwart eines \
         Sportvereins erhoben. Der Prozess beginnt im Herbst vor dem Landgericht.\n\n\
         Der Kassenwart soll Gelder des Vereins veruntreut haben. Außerdem sollen Belege \
         gefälscht worden sein.",
    );
    let texts: Vec<String> = reported(&ins).into_iter().map(|r| r.0).collect();
    assert_eq!(
        texts,
        [
            "Der Kassenwart soll Gelder des Vereins veruntreut haben",
            "Außerdem sollen Belege gefälscht worden sein"
        ]
    );
}

#[test]
fn konjunktiv_ii_waere_is_no_reported_speech() {
    let ins = analyze(
        "Die Stadt Neuburg will den alten Kai sanieren.\n\n\
         Der Hafenmeister sagte, der Kai sei marode. Ein Neubau des Kais wäre aber teurer als \
         seine Sanierung. Die Arbeiten sollten eigentlich schon im Mai beginnen.",
    );
    let r = reported(&ins);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "der Kai sei marode");
    assert_eq!(r[0].1, "Hafenmeister");
}

#[test]
fn adjective_participles_and_geriet_are_no_cues() {
    let ins = analyze(
        "Am Hafen von Nordstedt hat es am Sonntag gebrannt.\n\n\
         Die oben genannten Firmen, darunter zwei Reedereien aus Kiel, haben ihren Sitz am \
         Kai. Dabei geriet ein Lagerschuppen in Brand, ein Arbeiter wurde leicht verletzt. \
         Der Hafenmeister hat gesagt, der Schuppen sei alt gewesen.",
    );
    let r = reported(&ins);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_str()),
        ("der Schuppen sei alt gewesen", "Hafenmeister")
    );
}

#[test]
fn a_capitalised_noun_inside_a_sentence_is_no_cue() {
    let ins = analyze(
        "Am Hafen von Nordstedt ist am Sonntag ein Kutter gesunken. Die Aussagen der beiden \
         Zeugen, zwei Fischer aus Kiel, widersprechen sich. Der Hafenmeister sagte, der \
         Kutter sei alt gewesen.",
    );
    let r = reported(&ins);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_str()),
        ("der Kutter sei alt gewesen", "Hafenmeister")
    );
}
