//! Spanish word sets for who-said-what.
//!
//! Takes nothing; gives [`ES`], the Spanish [`Speech`] lexicon: reporting verbs as stems and
//! endings (`afirm` + `ó`, `señal` + `ó`, `ha` + `afirm` + `ado`), irregular forms (`dijo`,
//! `sostuvo`), `según X`, articles, pronouns, role nouns (`portavoz`, `ministra`) and
//! organisation words. Hand-written from Spanish grammar.

use super::{Speech, WordSet};

/// The Spanish lexicon.
pub static ES: Speech = Speech {
    lang: "es",
    cue_stems: &[
        "afirm", "señal", "explic", "asegur", "añad", "indic", "declar", "apunt", "destac",
        "manifest", "coment", "subray", "insist", "recalc", "precis", "denunci", "anunci",
        "agreg", "expres", "opin", "cont", "advert", "admit", "respond", "reconoc", "sentenci",
        "lament", "critic", "reclam", "asever", "remarc", "concluy", "escrib", "tuit", "relat",
        "confirm", "confes", "record", "plante", "pregunt", "exig",
    ],
    cue_endings: &["ó", "a", "an", "ado", "aron", "aba", "ió", "e", "en", "ido", "ieron", "ía"],
    cue_forms: WordSet::new(&[
        "dijo", "dice", "dicen", "dijeron", "dicho", "decía", "sostuvo", "sostiene", "advirtió",
        "advierte", "concluyó", "escribió", "escrito", "aseveró", "expuso", "propuso",
    ]),
    cue_prefixes: &[],
    after_quote_cues: WordSet::new(&[]),
    source_before: WordSet::new(&["según"]),
    source_after: WordSet::new(&[]),
    source_phrases: &[("de", "acuerdo"), ("a", "juicio")],
    reported_adverbs: WordSet::new(&[]),
    determiners: WordSet::new(&[
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "su", "sus", "este", "esta",
        "estos", "estas", "ese", "esa", "del", "al", "varios", "varias", "dos", "tres",
    ]),
    np_stops: WordSet::new(&[
        "a", "en", "ante", "durante", "tras", "después", "antes", "con", "para", "por", "desde",
        "hasta", "y", "o", "pero", "que", "quien", "cuyo", "lunes", "martes", "miércoles",
        "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "este", "esta", "también",
        "además", "luego", "sin", "embargo", "es", "ha", "han", "fue", "era", "está", "se", "no",
        "le", "les", "sobre", "entre", "contra", "según", "mientras", "cuando", "como",
    ]),
    name_joiners: WordSet::new(&["de", "del", "la", "las", "los", "y", "van", "von"]),
    pronouns: &[
        ("él", Some(false), Some(false)),
        ("ella", Some(true), Some(false)),
        ("ellos", Some(false), Some(true)),
        ("ellas", Some(true), Some(true)),
    ],
    role_endings: &[
        "portavoz", "ministro", "ministra", "presidente", "presidenta", "alcalde", "alcaldesa",
        "director", "directora", "secretario", "secretaria", "diputado", "diputada", "senador",
        "senadora", "jefe", "jefa", "abogado", "abogada", "juez", "jueza", "fiscal", "experto",
        "experta", "profesor", "profesora", "responsable", "dirigente", "embajador",
        "embajadora", "comisario", "general", "entrenador", "investigador", "investigadora",
        "líder", "gobernador", "gobernadora", "candidato", "candidata", "vocero", "vocera",
        "economista", "analista", "testigo", "vecino", "vecina", "papa", "obispo", "rey",
        "reina", "consejero", "consejera", "concejal", "concejala", "delegado", "delegada",
    ],
    female_endings: &["a", "esa", "iz"],
    org_endings: &[
        "ministerio", "gobierno", "policía", "partido", "instituto", "tribunal", "ayuntamiento",
        "agencia", "comisión", "consejo", "sindicato", "asociación", "congreso", "senado",
        "empresa", "grupo", "banco", "diario", "federación", "unión", "universidad", "ejército",
        "fiscalía", "alcaldía",
    ],
    complementizers: WordSet::new(&["que"]),
    subjunctive: WordSet::new(&[]),
    as_clause: WordSet::new(&["como"]),
    auxiliaries: WordSet::new(&["ha", "había", "han", "habían", "habría"]),
    abbreviations: WordSet::new(&["sr", "sra", "srta", "dr", "dra", "ee", "uu", "etc", "lic", "ing", "av", "st"]),
};
