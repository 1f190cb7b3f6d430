//! German, French and Spanish: who said what by each language's cue patterns.
//!
//! Takes invented texts (never corpus text), one per pattern the rules of
//! `src/quotes/intl` name; gives failures when a quote or a reported statement loses its
//! speaker, gets a wrong one, or when a word that is no name becomes a speaker.

fn analyze(text: &str) -> lede::Insights {
    lede::analyze_text(text).expect("text analyses")
}

/// The speaker's name of each quote, in order (`-` for none).
fn quote_speakers(ins: &lede::Insights) -> Vec<String> {
    ins.quotes
        .iter()
        .map(|q| name(ins, q.speaker.as_deref()))
        .collect()
}

fn name(ins: &lede::Insights, id: Option<&str>) -> String {
    id.and_then(|id| ins.entities.iter().find(|e| e.id == id))
        .map_or("-".to_string(), |e| e.entity.name.clone())
}

/// (what was said, speaker) of each reported statement.
fn reported(ins: &lede::Insights) -> Vec<(String, String)> {
    ins.reported
        .iter()
        .map(|r| (r.text.clone(), name(ins, r.speaker.as_deref())))
        .collect()
}

#[test]
fn german_cues_after_and_before_quotes() {
    let ins = analyze(
        "Die Stadt Neuburg hat am Dienstag einen neuen Plan für den Verkehr vorgestellt.\n\n\
         „Wir werden die Innenstadt für Autos schließen“, sagte Bürgermeisterin Anna Roth. \
         „Das ist eine Aufgabe für alle“, sagte sie.\n\n\
         Der Verkehrsminister des Landes, Paul Weber, sagte: „Wir unterstützen die Stadt.“\n\n\
         „Es wird teuer“, so Weber.\n\n\
         Zum Abschluss sagte der Stadtkämmerer Jonas Fink: „Das Geld ist da.“",
    );
    assert_eq!(ins.article.lang.as_deref(), Some("de"));
    assert_eq!(
        quote_speakers(&ins),
        [
            "Anna Roth",
            "Anna Roth",
            "Paul Weber",
            "Paul Weber",
            "Jonas Fink"
        ]
    );
    let roth = ins
        .entities
        .iter()
        .find(|e| e.entity.name == "Anna Roth")
        .unwrap();
    assert_eq!(roth.entity.role.as_deref(), Some("Bürgermeisterin"));
    assert_eq!(format!("{:?}", roth.entity.gender), "Some(Female)");
    assert_eq!(ins.quotes[0].rule, "cue-after-quote");
    assert_eq!(ins.quotes[2].rule, "colon-name");
}

#[test]
fn german_reported_speech_and_sources() {
    let ins = analyze(
        "Im Hafen von Neuburg ist am Montag ein Frachter auf Grund gelaufen.\n\n\
         Laut Hafenmeister Karl Brandt war das Schiff zu schnell unterwegs. \
         Nach Angaben der Polizei wurde niemand verletzt. \
         Der Reeder Tom Hansen sagte, die Besatzung habe richtig gehandelt. \
         Das Schiff sei nicht beschädigt. \
         Die Ladung wird morgen gelöscht, teilte die Hafenbehörde mit.",
    );
    assert_eq!(
        reported(&ins),
        [
            (
                "war das Schiff zu schnell unterwegs".to_string(),
                "Karl Brandt".to_string()
            ),
            ("wurde niemand verletzt".to_string(), "Polizei".to_string()),
            (
                "die Besatzung habe richtig gehandelt".to_string(),
                "Tom Hansen".to_string()
            ),
            (
                "Das Schiff sei nicht beschädigt".to_string(),
                "Tom Hansen".to_string()
            ),
            (
                "Die Ladung wird morgen gelöscht".to_string(),
                "Hafenbehörde".to_string()
            ),
        ]
    );
    assert_eq!(ins.reported[3].rule, "subjunctive-sentence");
}

#[test]
fn german_sentences_go_on_after_abbreviations_and_ordinals() {
    let ins = analyze(
        "Die Messe beginnt am 19. Juni in Neuburg, u. a. mit Ständen aus Polen. Sie ist die \
         größte Messe der Region und wird von der Stadt und dem Land gefördert.\n\n\
         „Wir erwarten viele Gäste, z. B. aus Prag“, sagte Messechef Dr. Leo Kranz.",
    );
    assert_eq!(quote_speakers(&ins), ["Leo Kranz"]);
}

#[test]
fn french_cues_pronouns_and_selon() {
    let ins = analyze(
        "La ministre du Logement a présenté mardi son projet de loi devant les députés.\n\n\
         « Nous ne laisserons personne à la rue », a déclaré Claire Dumas devant l'Assemblée. \
         « Ce texte est urgent », a-t-elle ajouté.\n\n\
         « Il arrive trop tard », affirme le député Marc Petit.\n\n\
         Selon le ministère, le texte sera voté en juin prochain.",
    );
    assert_eq!(ins.article.lang.as_deref(), Some("fr"));
    assert_eq!(
        quote_speakers(&ins),
        ["Claire Dumas", "Claire Dumas", "Marc Petit"]
    );
    assert_eq!(
        ins.quotes[1].mention.as_ref().map(|m| m.text.as_str()),
        Some("elle")
    );
    assert_eq!(
        reported(&ins),
        [(
            "le texte sera voté en juin prochain".to_string(),
            "Ministère".to_string()
        )]
    );
}

#[test]
fn spanish_cues_dashes_and_segun() {
    let ins = analyze(
        "El Gobierno de la provincia anunció el lunes un nuevo plan de transporte para la ciudad.\n\n\
         «Vamos a cerrar el centro a los coches», dijo la alcaldesa Ana Ruiz. \
         «Es una decisión difícil pero necesaria», afirmó el portavoz municipal Luis Gómez.\n\n\
         —No vamos a ceder ante las presiones —señaló Ruiz—.\n\n\
         Según la policía, el tráfico bajó un veinte por ciento durante la prueba.",
    );
    assert_eq!(ins.article.lang.as_deref(), Some("es"));
    assert_eq!(quote_speakers(&ins), ["Ana Ruiz", "Luis Gómez", "Ana Ruiz"]);
    let ruiz = ins
        .entities
        .iter()
        .find(|e| e.entity.name == "Ana Ruiz")
        .unwrap();
    assert_eq!(format!("{:?}", ruiz.entity.gender), "Some(Female)");
    assert_eq!(
        reported(&ins),
        [(
            "el tráfico bajó un veinte por ciento durante la prueba".to_string(),
            "Policía".to_string()
        )]
    );
}

#[test]
fn a_sentence_opening_is_never_a_speaker() {
    // `En pratique` and `Der Plan` open sentences; nobody said the quoted words there.
    for text in [
        "La réforme du logement sera votée en juin par les députés de la majorité.\n\n\
         En pratique, la réforme reste « une priorité absolue pour tout le gouvernement ».",
        "Die Stadt hat am Dienstag einen neuen Plan für den Verkehr vorgestellt.\n\n\
         Der Plan bleibt „eine Aufgabe für die ganze Stadt und ihre Bürger“.",
        // A participle opening the sentence (`Consultada`) is no speaker either.
        "El Gobierno de la provincia presentó el lunes su plan para el transporte de la ciudad.\n\n\
         Consultada sobre el plan, una fuente del sector lo resumió así: «Es mucho dinero \
         para tan pocos autobuses en las calles».",
    ] {
        let ins = analyze(text);
        assert!(ins.stats.attributed);
        assert_eq!(quote_speakers(&ins), ["-"], "{text}");
    }
}
