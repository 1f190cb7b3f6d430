//! Word lists of the clause shapes: `-ly` nouns, verb forms, `be`, speech nouns, documents,
//! carriers, raising verbs, findings, relatives, reports.
//!
//! Takes nothing; gives the lists, each named and documented once.

/// Lower-case words in `-ly` that are nouns, not adverbs.
pub(super) static LY_NOUNS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "ally", "anomaly", "assembly", "belly", "bully", "family", "folly", "jelly", "monopoly",
    "rally", "reply", "supply", "italy", "july",
]);

/// Verb forms that end a noun phrase walking left (`the crowd came`, `supporters were shown`).
pub(super) static VERB_FORMS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "came", "shown", "heard", "seen", "made", "went", "took", "gave", "got", "began", "become",
    "known", "seemed", "appeared",
]);

/// Forms of `be` (and `get`) that make a following participle passive.
pub(super) static BE: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting",
]);

/// Nouns for what someone said (`his promise to be “…”`).
pub(super) static SPEECH_NOUNS: crate::lexicon::WordSet =
    crate::lexicon::WordSet::of(crate::words![
        "call",
        "promise",
        "claim",
        "remark",
        "remarks",
        "comment",
        "comments",
        "assertion",
        "pledge",
        "vow",
        "warning",
        "description",
        "words",
        "slogan",
        "insistence",
        "suggestion",
        "argument",
        "contention",
        "admission",
        "boast",
        "accusation",
        "characterization",
        "declaration",
        "threat",
        "plea",
        "demand",
        "mantra",
        "refrain",
        "catchphrase",
        "rhetoric",
        "calls",
        "promises",
        "claims",
        "pledges",
        "vows",
        "warnings",
        "threats",
        "demands",
        "accusations",
        "assertions",
        "statement",
        "statements",
        "assessment",
        "view",
    ]);

/// Documents a speaker issues (`a statement saying …`).
pub(super) static DOCUMENTS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "statement",
    "release",
    "letter",
    "memo",
    "email",
    "e-mail",
    "tweet",
    "message",
    "post",
    "note",
]);

/// Things that carry words themselves (`a sign reading …`, `an editorial telling …`),
/// singular.
pub(super) static CARRIERS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "sign",
    "banner",
    "placard",
    "poster",
    "billboard",
    "hat",
    "shirt",
    "t-shirt",
    "editorial",
    "headline",
    "caption",
]);

/// Passive cues that leave their subject the speaker of the verb after them (`is said to
/// have`, `is quoted as saying`, `was heard telling`).
pub(super) static RAISING: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "said",
    "reported",
    "quoted",
    "alleged",
    "rumored",
    "believed",
    "known",
    "heard",
    "overheard",
    "recorded",
    "seen",
    "understood",
    "thought",
]);

/// Documents that report what many people say (`In a CNN poll, 31% said …`).
pub(super) const FINDINGS: &[&str] = &["poll", "survey", "study", "report", "analysis"];

/// Relative pronouns that can be the subject of a cue.
pub(super) const RELATIVES: &[&str] = &["who", "which", "that"];

/// Words that name a report rather than the speaker (`, reports USA Today`).
pub(super) const REPORTS: &[&str] = &["reports", "reported", "reporting"];
