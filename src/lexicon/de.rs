//! German word sets for who-said-what.
//!
//! Takes nothing; gives [`DE`], the German [`Speech`] lexicon: reporting verbs as stems and
//! endings (`sag` + `te`, `ge` + `sag` + `t`, `mit` + `teilte`), the source words of `laut X`,
//! `X zufolge`, `nach Angaben von X`, articles, role and organisation endings, and the
//! Konjunktiv I forms that mark reported speech. Hand-written from German grammar.

use super::{Speech, WordSet};

/// The German lexicon.
pub static DE: Speech = Speech {
    lang: "de",
    cue_stems: &[
        "sag", "erklär", "beton", "meld", "bericht", "teil", "forder", "kritisier", "bestätig",
        "bezeichn", "kündig", "äußer", "warn", "versicher", "behaupt", "mein", "ergänz",
        "antwort", "erläuter", "kommentier", "bekräftig", "verkünd", "erinner", "frag", "klag",
        "beklag", "zitier", "mahn", "schilder", "entgegn", "füg", "räum", "erwider", "twitter",
        "verlaut", "bilanzier", "beschuldig", "appellier", "präzisier", "argumentier", "schätz",
        "befürcht", "bedauer", "lob", "drängt", "droh", "prophezei", "glaub",
    ],
    cue_endings: &["te", "ten", "t", "et", "ete", "eten"],
    cue_forms: WordSet::new(&[
        "schrieb", "schrieben", "schreibt", "geschrieben", "rief", "riefen", "sprach", "spricht",
        "hieß", "heißt", "empfahl", "empfiehlt", "verriet", "unterstrich", "unterstreicht",
        "gestand", "gesteht", "versprach", "verspricht", "beschrieb", "hervorhob", "wies",
        "bekanntgab", "angab", "bekanntgegeben", "angegeben", "nannte", "nannten", "nennt",
        "begründet", "begründete", "zitiert", "lautete", "lautet",
        "sagen", "erklären", "betonen", "fordern", "kritisieren",
    ]),
    cue_prefixes: &[
        "ge", "mit", "hinzu", "an", "zu", "fest", "bekannt", "klar", "hervor", "hin", "ein",
        "zurück", "auf", "aus",
    ],
    after_quote_cues: WordSet::new(&["so"]),
    source_before: WordSet::new(&["laut", "gemäß"]),
    source_after: WordSet::new(&["zufolge"]),
    source_phrases: &[
        ("nach", "angaben"),
        ("nach", "aussage"),
        ("nach", "aussagen"),
        ("nach", "informationen"),
        ("nach", "berichten"),
        ("nach", "ansicht"),
        ("nach", "meinung"),
        ("nach", "auffassung"),
        ("nach", "einschätzung"),
        ("nach", "darstellung"),
        ("nach", "worten"),
        ("nach", "schätzungen"),
        ("nach", "erkenntnissen"),
        ("nach", "ermittlungen"),
        ("nach", "mitteilung"),
    ],
    reported_adverbs: WordSet::new(&["demnach", "wonach"]),
    determiners: WordSet::new(&[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
        "einen", "dessen", "deren", "dieser", "diese", "dieses", "diesem", "diesen", "sein", "seine", "seiner",
        "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "kein", "keine", "alle",
        "viele", "einige", "mehrere", "beide", "zwei", "drei",
    ]),
    np_stops: WordSet::new(&[
        "am", "im", "in", "auf", "an", "bei", "beim", "vor", "nach", "mit", "gegenüber", "zur",
        "zum", "zu", "über", "für", "gegen", "während", "seit", "unter", "aus", "auch",
        "jedoch", "aber", "dazu", "darüber", "außerdem", "weiter", "zudem", "gestern", "heute",
        "morgen", "noch", "bereits", "schon", "dann", "nun", "damals", "später", "und", "oder",
        "sowie", "als", "wie", "wenn", "dass", "daß", "ob", "es", "sich", "nicht", "so",
        "deshalb", "daher", "dort", "hier", "jetzt", "kürzlich", "zuvor", "einst", "erneut",
        "ebenfalls", "gleichzeitig", "allerdings", "inzwischen", "mittlerweile", "etwa",
        "unterdessen", "vergangene", "vergangenen", "letzte", "letzten", "vom", "ins", "durch",
        "ist", "war", "sei", "hat", "hatte", "habe", "wird", "wurde", "werde", "seien", "sind",
        "waren", "haben", "hatten", "werden", "wurden", "kann", "könne", "soll", "solle",
        "bis", "ab", "um", "wegen", "trotz", "laut", "zufolge", "man",
    ]),
    name_joiners: WordSet::new(&["von", "van", "de", "zu", "der", "den", "al", "bin", "ibn", "di", "da"]),
    pronouns: &[("er", Some(false), Some(false)), ("sie", None, None)],
    role_endings: &[
        "minister", "präsident", "sprecher", "kanzler", "chef", "leiter", "direktor",
        "vorsitzende", "vorsitzender", "trainer", "bürgermeister", "senator", "abgeordnete",
        "abgeordneter", "sekretär", "kommissar", "botschafter", "experte", "professor",
        "anwalt", "richter", "kardinal", "papst", "bischof", "könig", "premier", "gouverneur",
        "general", "kommandeur", "arzt", "autor", "sänger", "spieler", "manager", "gründer",
        "forscher", "wissenschaftler", "beauftragte", "beauftragter", "politiker", "aktivist",
        "journalist", "reporter", "mitarbeiter", "vertreter", "staatsanwalt", "ermittler",
        "analyst", "ökonom", "kandidat", "chefin", "kapitän", "pilot", "zeuge", "polizist",
        "fraktionschef", "generalsekretär", "schauspieler", "regisseur", "bauer", "berater",
    ],
    female_endings: &["in"],
    org_endings: &[
        "ministerium", "regierung", "polizei", "partei", "verband", "institut", "gericht", "amt",
        "behörde", "bank", "zeitung", "agentur", "konzern", "gesellschaft", "kommission",
        "union", "verein", "stiftung", "universität", "bundeswehr", "armee", "ag", "gmbh",
        "unternehmen", "organisation", "büro", "sender", "fernsehen", "rundfunk", "magazin",
        "blatt", "rat", "hof", "senat", "fraktion", "konferenz", "bundestag", "militär",
        "feuerwehr", "staatsanwaltschaft", "gewerkschaft", "airlines", "welle", "post", "online",
    ],
    complementizers: WordSet::new(&["dass", "daß", "ob"]),
    subjunctive: WordSet::new(&[
        "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe",
        "hätten", "wären", "bestehe", "liege", "gehe", "komme", "stehe", "handle", "sehe",
        "brauche", "lasse", "wisse", "bleibe", "trage", "zeige", "arbeite", "plane", "erwarte",
    ]),
    as_clause: WordSet::new(&["wie"]),
    auxiliaries: WordSet::new(&["hat", "hatte", "habe", "haben", "hatten", "hätte", "wurde", "wird"]),
    abbreviations: WordSet::new(&[
        "bzw", "ca", "nr", "vgl", "dr", "prof", "st", "inkl", "evtl", "ggf", "sog", "jh", "mio",
        "mrd", "abs", "bspw", "usw", "etc", "dipl", "ing", "hrsg", "gen", "ev", "u", "z", "d",
        "o", "s", "v", "chr",
    ]),
};
