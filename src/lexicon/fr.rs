//! French word sets for who-said-what.
//!
//! Takes nothing; gives [`FR`], the French [`Speech`] lexicon: reporting verbs as stems and
//! endings (`déclar` + `é`: `a déclaré`; `affirm` + `e`: `affirme X`), irregular forms (`dit`,
//! `écrit`), `selon X`, articles, pronouns (`il`, `elle` — also in `a-t-il dit`), role nouns
//! (`ministre`, `porte-parole`) and organisation words. Hand-written from French grammar.

use super::{Speech, WordSet};

/// The French lexicon.
pub static FR: Speech = Speech {
    lang: "fr",
    cue_stems: &[
        "déclar", "affirm", "expliqu", "ajout", "indiqu", "estim", "précis", "assur", "soulign",
        "annonc", "confi", "insist", "rappel", "lanc", "confirm", "dénonc", "regrett", "martel",
        "comment", "racont", "avou", "déplor", "tranch", "résum", "plaid", "réclam",
        "assén", "observ", "twitt", "tweet", "signal",
    ],
    cue_endings: &["é", "ée", "e", "ent", "ait", "aient", "a"],
    cue_forms: WordSet::new(&[
        "dit", "disent", "disait", "répond", "répondu", "répondait", "soutient", "soutenu",
        "reconnaît", "reconnu", "écrit", "écrivent", "prévient", "prévenu", "averti", "avertit",
        "poursuit", "poursuivi", "conclut", "conclu", "admet", "admis", "promet", "promis",
        "réagi", "réagit", "selon",
    ]),
    cue_prefixes: &[],
    after_quote_cues: WordSet::new(&[]),
    source_before: WordSet::new(&["selon", "d'après"]),
    source_after: WordSet::new(&[]),
    source_phrases: &[("de", "source"), ("aux", "dires")],
    reported_adverbs: WordSet::new(&[]),
    determiners: WordSet::new(&[
        "le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "plusieurs", "certains", "deux", "trois",
    ]),
    np_stops: WordSet::new(&[
        "à", "au", "aux", "en", "dans", "sur", "devant", "lors", "pendant", "après", "avant",
        "avec", "pour", "par", "chez", "dès", "depuis", "et", "ou", "mais", "qui", "que", "qu",
        "dont", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
        "aujourd'hui", "mardi", "ce", "cette", "encore", "aussi", "également", "ensuite",
        "alors", "toutefois", "pourtant", "cependant", "est", "a", "ont", "sont", "était",
        "avait", "sera", "se", "ne", "y", "lui", "leur", "vers", "contre", "sans", "selon",
        "sous", "entre", "jusqu'à", "fin", "début",
    ]),
    name_joiners: WordSet::new(&["de", "d", "du", "des", "la", "le", "van", "von", "el", "ben", "ibn"]),
    pronouns: &[
        ("il", Some(false), Some(false)),
        ("elle", Some(true), Some(false)),
        ("ils", Some(false), Some(true)),
        ("elles", Some(true), Some(true)),
    ],
    role_endings: &[
        "ministre", "président", "présidente", "porte-parole", "maire", "directeur",
        "directrice", "secrétaire", "député", "députée", "sénateur", "sénatrice", "chef",
        "avocat", "avocate", "juge", "procureur", "procureure", "expert", "experte",
        "professeur", "responsable", "dirigeant", "dirigeante", "patron", "patronne",
        "ambassadeur", "ambassadrice", "commissaire", "général", "entraîneur", "chercheur",
        "chercheuse", "syndicaliste", "militant", "militante", "porte-parole", "préfet",
        "préfète", "conseiller", "conseillère", "élu", "élue", "candidat", "candidate",
        "délégué", "déléguée", "fondateur", "fondatrice", "économiste", "analyste", "témoin",
        "habitant", "habitante", "pape", "évêque", "roi", "reine", "premier", "première",
    ],
    female_endings: &["e", "rice"],
    org_endings: &[
        "ministère", "gouvernement", "police", "parti", "institut", "tribunal", "mairie",
        "préfecture", "agence", "commission", "conseil", "syndicat", "association", "élysée",
        "assemblée", "sénat", "entreprise", "groupe", "banque", "journal", "fédération",
        "union", "université", "armée", "gendarmerie", "parquet",
    ],
    complementizers: WordSet::new(&["que", "qu"]),
    subjunctive: WordSet::new(&[]),
    as_clause: WordSet::new(&["comme"]),
    auxiliaries: WordSet::new(&["a", "avait", "ont", "avaient", "aurait", "ait"]),
    abbreviations: WordSet::new(&["m", "mm", "mme", "dr", "pr", "st", "ste", "av", "env", "etc", "cf", "p"]),
};
