//! Function words of the languages written in Latin letters, the evidence for telling them apart.
//!
//! Takes nothing; gives [`LATIN`], a table of (language tag, its most frequent function words).
//! Hand-set from general knowledge of each language (articles, conjunctions, prepositions,
//! auxiliaries), not learned from any corpus. A word may stand in several lists (`de` is Dutch,
//! Spanish, French and Portuguese); the counting in `mod.rs` lets the words only one language
//! has decide.

/// (BCP-47 primary tag, function words in lower case).
pub const LATIN: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "in", "it", "was", "for", "with", "he", "she",
            "said", "on", "are", "this", "have", "be", "by", "not", "but", "from", "they", "which",
            "would", "has", "had", "were", "their", "been", "will", "an",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "den", "das", "ist", "nicht", "mit", "sich", "des", "auf", "für",
            "dem", "ein", "eine", "auch", "es", "als", "wird", "bei", "hat", "sie", "nach", "wie",
            "sind", "oder", "zu", "im", "von", "dass", "werden", "einer", "wurde",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "est", "et", "une", "du", "dans", "que", "qui", "pour",
            "pas", "sur", "au", "par", "sont", "avec", "ce", "il", "elle", "plus", "ont", "mais",
            "été", "cette", "aux", "nous", "un", "de", "ne", "se",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "del", "que", "y", "en", "por", "una", "con", "para", "es",
            "se", "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "son", "este", "esta",
            "también", "de", "un", "su", "muy", "entre",
        ],
    ),
    (
        "pt",
        &[
            "o", "a", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para",
            "com", "não", "no", "na", "por", "se", "mais", "foi", "ao", "são", "pelo", "pela",
            "também", "de", "seu", "sua", "como", "mas",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "la", "e", "per", "un", "una", "non", "sono", "del", "della", "con",
            "è", "gli", "le", "al", "si", "da", "nel", "anche", "ma", "più", "questo", "dei",
            "alla", "nella", "ha", "come", "lo",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor",
            "met", "die", "ook", "er", "aan", "maar", "om", "bij", "wordt", "naar", "heeft", "wij",
            "ze", "hij", "worden", "werd", "nog",
        ],
    ),
    (
        "cs",
        &[
            "a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "o", "jsou", "by", "jako",
            "ale", "pro", "tak", "které", "který", "také", "jeho", "bylo", "podle", "již", "není",
            "může", "jsem", "byl", "mezi", "před",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "na", "się", "z", "że", "do", "nie", "jest", "to", "o", "jak", "po", "przez",
            "dla", "od", "ale", "jego", "są", "czy", "tak", "który", "która", "oraz", "także",
            "jej", "być", "tym", "przy",
        ],
    ),
    (
        "sv",
        &[
            "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
            "de", "inte", "om", "ett", "han", "men", "var", "sig", "från", "vi", "så", "kan",
            "när", "efter", "också",
        ],
    ),
    (
        "da",
        &[
            "og", "i", "at", "det", "er", "en", "til", "på", "af", "med", "for", "den", "som",
            "ikke", "de", "har", "et", "han", "men", "var", "fra", "vi", "kan", "også", "efter",
            "blev", "være", "hvor",
        ],
    ),
    (
        "fi",
        &[
            "ja", "on", "ei", "että", "se", "oli", "hän", "ovat", "kun", "mutta", "myös", "joka",
            "tai", "kuin", "mukaan", "sen", "jo", "nyt", "vain", "olla", "ole", "tämä",
        ],
    ),
    (
        "ro",
        &[
            "și", "în", "de", "la", "cu", "pe", "că", "nu", "este", "un", "o", "din", "care",
            "pentru", "mai", "sunt", "se", "fost", "au", "lui", "ale", "sau", "dar", "acest",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan",
            "ne", "ama", "kadar", "sonra", "her", "değil", "şey", "oldu", "ise",
        ],
    ),
    (
        "hu",
        &[
            "a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "el", "volt", "van", "csak",
            "már", "mint", "ha", "még", "azt", "ki", "vagy", "szerint", "után",
        ],
    ),
];
