//! Word lists for name spotting: every table the entity finder consults, hoisted here.
//!
//! Takes a word; says whether it is a title, an honorific, an organisation or place word, a
//! function word that starts sentences, a nationality, or a gendered role noun.

mod places;
mod roles;

pub use places::{DEMONYMS, ORG_WORDS, PLACES, PLACE_WORDS, STATE_ABBREVIATIONS, US_STATES};
pub use roles::{GENDERED_NOUNS, HONORIFICS, OFFICE_OBJECTS, ROLE_MODIFIERS, ROLE_NOUNS, TITLES};

use super::Gender;
pub use crate::lexicon::WordSet;

/// Capitalised words that start sentences or name no one on their own.
pub static STOP: WordSet = WordSet::of(crate::words![
    "A",
    "About",
    "Above",
    "According",
    "Across",
    "After",
    "Afterward",
    "Again",
    "Against",
    "Ah",
    "All",
    "Almost",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Anyone",
    "Anything",
    "Are",
    "As",
    "Asked",
    "At",
    "Back",
    "Be",
    "Because",
    "Before",
    "Behind",
    "Being",
    "Below",
    "Besides",
    "Between",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Dear",
    "Despite",
    "Did",
    "Do",
    "Does",
    "Down",
    "During",
    "Each",
    "Earlier",
    "Either",
    "Even",
    "Ever",
    "Every",
    "Everyone",
    "Everything",
    "Except",
    "For",
    "Former",
    "From",
    "Further",
    "Given",
    "Go",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "Hers",
    "Herself",
    "Hey",
    "Hi",
    "Him",
    "Himself",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Inside",
    "Instead",
    "Is",
    "It",
    "Its",
    "Itself",
    "Just",
    "Last",
    "Later",
    "Let",
    "Like",
    "Many",
    "Maybe",
    "Me",
    "Meanwhile",
    "Meantime",
    "More",
    "Moreover",
    "Most",
    "Much",
    "Must",
    "My",
    "Neither",
    "Never",
    "Nevertheless",
    "Next",
    "No",
    "Nobody",
    "None",
    "Nor",
    "Not",
    "Nothing",
    "Now",
    "Of",
    "Off",
    "Oh",
    "OK",
    "Okay",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Others",
    "Our",
    "Out",
    "Over",
    "Overall",
    "Perhaps",
    "Please",
    "Plus",
    "Read",
    "Regardless",
    "Rather",
    "Said",
    "Several",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Someone",
    "Something",
    "Soon",
    "Still",
    "Such",
    "Than",
    "Thank",
    "Thanks",
    "That",
    "The",
    "Their",
    "Them",
    "Then",
    "There",
    "Therefore",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Through",
    "Thus",
    "To",
    "Today",
    "Together",
    "Tomorrow",
    "Tonight",
    "Too",
    "Twitter",
    "Under",
    "Unless",
    "Unlike",
    "Until",
    "Up",
    "Upon",
    "Us",
    "Very",
    "Was",
    "We",
    "Well",
    "Were",
    "What",
    "Whatever",
    "When",
    "Whenever",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Whoever",
    "Whom",
    "Whose",
    "Why",
    "Will",
    "With",
    "Within",
    "Without",
    "Would",
    "Yes",
    "Yesterday",
    "Yet",
    "You",
    "Your",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Leave",
    "Required",
    "Follow",
    "Update",
    "UPDATE",
    "Photo",
    "Video",
    "Watch",
    "Click",
    "Editor",
    "Advertisement",
    "Share",
    "Related",
    "Reporting",
    "Additional",
    "Copyright",
    "Contact",
]);

/// Small words that may join capitalised words inside one name ("Bank of America").
pub static CONNECTORS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "of", "for", "de", "del", "da", "van", "von", "bin", "al", "la", "le", "der", "den", "ter",
    "du", "des", "di", "dos", "das",
]);

/// Whether `w` is a generational suffix that closes a name (`Jr.`, `III`).
pub fn is_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// Whether `w` is a party-and-state tag after a politician's name (`D-N.Y.`, `R-Ky`,
/// `I-Vermont`): no entity of its own.
pub fn is_party_tag(w: &str) -> bool {
    let Some((party, state)) = w.split_once('-') else {
        return false;
    };
    let state = state
        .strip_suffix('.')
        .filter(|s| !s.contains('.'))
        .unwrap_or(state);
    matches!(party, "D" | "R" | "I")
        && (STATE_ABBREVIATIONS.contains(&state) || US_STATES.contains(&state))
}

/// Last words of the names of laws, plans, agreements and days (`Data Retention Bill`,
/// `Christmas Day`).
static THING_LAST: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "Act",
    "Accord",
    "Accords",
    "Agreement",
    "Amendment",
    "Bill",
    "Convention",
    "Doctrine",
    "Plan",
    "Protocol",
    "Treaty",
    "Day",
    "Eve",
    "Week",
]);

/// Whether a name of two words or more names a law, a plan or a day, never a person
/// (`Affordable Care Act`, `Boxing Day`).
pub fn names_a_thing(name: &str) -> bool {
    name.contains(' ')
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| THING_LAST.contains(&w))
}

/// Whether `w` is a title word.
pub fn is_title(w: &str) -> bool {
    TITLES.contains(&w)
}

/// The gender an honorific gives, if any.
pub fn honorific_gender(w: &str) -> Option<Gender> {
    HONORIFICS.iter().find(|(h, _)| *h == w).map(|(_, g)| *g)
}

/// The gender a role noun gives, if any.
pub fn noun_gender(w: &str) -> Option<Gender> {
    let lw = w.to_lowercase();
    GENDERED_NOUNS
        .iter()
        .find(|(h, _)| *h == lw)
        .map(|(_, g)| *g)
}

/// Whether `w` is a nationality or party adjective.
pub fn is_demonym(w: &str) -> bool {
    // (A set of the adjectives, made once: the list was scanned pair by pair on every ask.)
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let set = SET.get_or_init(|| DEMONYMS.iter().map(|(d, _)| *d).collect());
    let base = w.strip_suffix('s').unwrap_or(w);
    set.contains(w) || set.contains(base)
}
