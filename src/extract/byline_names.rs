//! Author names out of a byline's text: the lead-in ("By", "Written by"), a trailing date,
//! role or site, and labels that name no one set aside.
//!
//! Takes one line of text from any source (JSON-LD, `<meta>`, a byline element); gives the
//! names it holds, or nothing when it names no one. Invented examples: "By Ada Morrow |
//! Town Herald" gives "Ada Morrow"; "Updated Jun 3, 2025" and "Contributing Writer" give
//! nothing.

use super::patterns::{BYLINE_LEADS, MONTH_WORDS, NAME_JOINERS, WEEKDAY_WORDS, WITH_WORDS};

/// Names without a "By" lead-in, a trailing date, role or site after a separator.
pub fn clean(raw: &str) -> Option<String> {
    let first_line = raw.lines().map(str::trim).find(|l| !l.is_empty())?;
    let mut s = first_line;
    loop {
        let lower = s.to_lowercase();
        if BYLINE_LEADS.contains(&lower.trim_end_matches(':')) {
            return None;
        }
        let Some(lead) = BYLINE_LEADS.iter().find(|l| {
            lower
                .strip_prefix(*l)
                .is_some_and(|rest| rest.starts_with([' ', ':', '\u{a0}']))
        }) else {
            break;
        };
        s = s
            .get(lead.len()..)
            .unwrap_or_default()
            .trim_start_matches([' ', ':', '\u{a0}']);
    }
    let s = s
        .split(['|', '\u{2022}', '\u{b7}', '—', '–'])
        .next()
        .unwrap_or_default();
    let s = s.trim().trim_end_matches([',', '-']).trim();
    (!s.is_empty() && !names_no_one(s)).then(|| s.to_string())
}

/// Lead-ins of the people who checked or revised a story, not its writers.
pub const REVIEWER_LEADS: &[&str] = &[
    "reviewed by",
    "medically reviewed by",
    "fact checked by",
    "fact-checked by",
    "edited by",
    "updated by",
];

/// Words that are a byline's label, a role or a date, never a name.
const NOT_NAME_WORDS: &[&str] = &[
    "admin",
    "associate",
    "author",
    "authors",
    "by",
    "content",
    "contributing",
    "contributor",
    "editor",
    "editors",
    "history",
    "in",
    "mon",
    "on",
    "posted",
    "published",
    "re",
    "sat",
    "senior",
    "staff",
    "sun",
    "the",
    "they",
    "updated",
    "writer",
    "writers",
];

/// Whether a byline names no one: it opens with a comma (the name before it was lost), has
/// no letter, or its part before the first comma is only label, role or date words
/// ("Updated", "Contributing Writer", "Associate Editor, PCWorld").
fn names_no_one(s: &str) -> bool {
    let head = s.split(',').next().unwrap_or_default();
    s.starts_with(',')
        || !s.chars().any(char::is_alphabetic)
        || head
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| NOT_NAME_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Like [`clean`], for text read off the page: also cut at the first word that is not part
/// of a name (a date, "Follow", a handle). What is left must still name someone: "Updated
/// Jun 3, 2025" leaves "Updated", a label.
pub fn clean_dom(raw: &str) -> Option<String> {
    let first_line = raw.lines().map(str::trim).find(|l| !l.is_empty())?;
    let first_line = before_reviewer(first_line);
    let s = name_run(&clean(after_inner_lead(first_line))?);
    (!s.is_empty() && !names_no_one(&s)).then_some(s)
}

/// A byline without the reviewer named after the writer: "By Ada Morrow. Reviewed by Bo Li"
/// gives "By Ada Morrow"; a reviewer's own line ("Reviewed by Bo Li") gives nothing.
fn before_reviewer(line: &str) -> &str {
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        return line;
    }
    let cut = REVIEWER_LEADS
        .iter()
        .filter_map(|l| lower.find(l))
        .filter(|&at| !lower[..at].ends_with(char::is_alphanumeric))
        .min();
    match cut {
        Some(at) => line[..at].trim_end_matches([' ', '.', ',', ';', '|']),
        None => line,
    }
}

/// A line that names the author after other things ("on March 10, 2015 by Jane Doe",
/// "Le Monde | 04.05.2015 | Par Jane Doe"): the text from the first lead-in word followed
/// by a capitalised word. Leads that also join names ("von", "di") do not count here.
fn after_inner_lead(line: &str) -> &str {
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        return line; // byte offsets would not carry over
    }
    // A line that opens with its own lead-in names its author first: "By Ada Morrow.
    // Reviewed by Bo Li" is Ada Morrow's.
    let opens_led = BYLINE_LEADS.iter().any(|l| {
        lower
            .strip_prefix(l)
            .is_some_and(|r| r.starts_with([' ', ':']))
    });
    if opens_led {
        return line;
    }
    let mut at = 0;
    for word in line.split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        if start == 0 {
            continue;
        }
        let w = lower[start..at].trim();
        let follows = line[at..].trim_start().chars().next();
        if BYLINE_LEADS.contains(&w)
            && !NAME_JOINERS.contains(&w)
            && follows.is_some_and(char::is_uppercase)
        {
            return &line[start..];
        }
    }
    line
}

/// The leading run of name words: capitalised (or uncased) words and the small words that
/// join names ("and", "de", "van"); it stops at a date, a time, a handle or a lower-case word.
fn name_run(s: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    let all: Vec<&str> = s.split_whitespace().collect();
    for (k, &w) in all.iter().enumerate() {
        // A date glued to a name ("Nolan22 Dec 2016"): the letters are the name's end.
        if let Some(d) = w.find(|c: char| c.is_ascii_digit()).filter(|&d| d > 0) {
            let head = &w[..d];
            if head.chars().all(char::is_alphabetic)
                && head.chars().next().is_some_and(char::is_uppercase)
            {
                words.push(head);
            }
            break;
        }
        let bare = w.trim_end_matches([',', ';']);
        // Co-authors in brackets after the names: "Jane Doe (avec John Roe et Ann Poe)".
        if !words.is_empty() && bare.starts_with('(') {
            let lead = bare.trim_start_matches('(').to_lowercase();
            if WITH_WORDS.contains(&lead.as_str()) {
                let rest = all[k..].join(" ");
                if let Some(close) = rest.find(')') {
                    return format!("{} {}", words.join(" "), &rest[..=close]);
                }
            }
        }
        // A nickname or initials in brackets inside a name: "Richard (R.J.) Eskow".
        let first = bare
            .strip_prefix('(')
            .filter(|inner| inner.ends_with(')') && !words.is_empty())
            .unwrap_or(bare)
            .chars()
            .next();
        // A month name ends the names only when a date follows ("June 3", not "Laura June").
        let date_ahead = all
            .get(k + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        let lower = bare.trim_end_matches('.').to_lowercase();
        let month = MONTH_WORDS.contains(&lower.as_str());
        let name_like = first.is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
            && !bare.contains('@')
            && (!month || !date_ahead)
            && !WEEKDAY_WORDS.contains(&lower.as_str());
        // "Last Updated:": the words so far were a label, not names.
        if bare.ends_with(':') {
            words.clear();
            break;
        }
        if name_like || (!words.is_empty() && NAME_JOINERS.contains(&bare)) {
            words.push(w);
            if bare.len() != w.len() && !name_like {
                break;
            }
        } else {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| NAME_JOINERS.contains(&w.trim_end_matches([',', ';'])))
    {
        words.pop();
    }
    words
        .join(" ")
        .trim_end_matches([',', ';', '-'])
        .trim()
        .to_string()
}

/// The longest bare name line.
const BARE_MAX: usize = 40;
/// Words of page furniture that look like names when capitalised ("Table Of Contents").
const NOT_NAME: &[&str] = &[
    "about",
    "back",
    "next",
    "prev",
    "previous",
    "all",
    "article",
    "blog",
    "comments",
    "contact",
    "contents",
    "follow",
    "home",
    "key",
    "latest",
    "menu",
    "min",
    "more",
    "news",
    "newsletter",
    "of",
    "posts",
    "read",
    "related",
    "search",
    "share",
    "subscribe",
    "summary",
    "table",
    "takeaways",
    "the",
    "this",
    "top",
    "updated",
    "published",
    "posted",
    "guide",
    "reading",
    "time",
];

/// A line that is a name and nothing else: two or three capitalised words of letters (and
/// `-`, `'`, `.`), none of them page furniture ([`NOT_NAME`]), at most [`BARE_MAX`] chars.
/// Invented example: "Elliot Roe" is one; "Table Of Contents" and "6 min read" are not.
pub(super) fn is_bare_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    t.chars().count() <= BARE_MAX
        && (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && w.chars().next().is_some_and(char::is_uppercase)
                && !NOT_NAME.contains(&w.to_lowercase().as_str())
        })
}

/// Names are a few words, mostly capitalised, without digits.
pub(super) fn looks_like_names(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 12
        && !s.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 2
            >= words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_names_are_a_few_capitalised_words() {
        assert!(is_bare_name("Elliot Roe"));
        assert!(is_bare_name("Ana Van-Vries"));
        assert!(!is_bare_name("Table Of Contents"));
        assert!(!is_bare_name("Next Prerequisites"));
        assert!(!is_bare_name("6 min read"));
        assert!(!is_bare_name("Ada"));
        assert!(!is_bare_name("the mill"));
    }

    #[test]
    fn labels_and_roles_name_no_one() {
        assert_eq!(clean("Updated"), None);
        assert_eq!(clean("Contributing Writer"), None);
        assert_eq!(clean("Associate Editor, Town Herald"), None);
        assert_eq!(clean(", Town Herald"), None);
        assert_eq!(clean("1234567"), None);
        assert_eq!(
            clean("Ada Morrow, Senior Editor").as_deref(),
            Some("Ada Morrow, Senior Editor")
        );
    }

    #[test]
    fn cleans_leads_and_tails() {
        assert_eq!(clean("By Jane Doe | Reuters").as_deref(), Some("Jane Doe"));
        assert_eq!(
            clean("Written by: Rob E\nEdited by X").as_deref(),
            Some("Rob E")
        );
        assert_eq!(
            clean("Par Sébastien Farcis").as_deref(),
            Some("Sébastien Farcis")
        );
        assert_eq!(clean("By").as_deref(), None);
        assert_eq!(
            clean_dom("By Erin Cunningham March 18 at 3:57 PM Follow").as_deref(),
            Some("Erin Cunningham")
        );
        assert_eq!(
            clean_dom("Alex Perry 1 day ago").as_deref(),
            Some("Alex Perry")
        );
        assert_eq!(
            clean_dom("Dan Goodin - Apr 16, 2015").as_deref(),
            Some("Dan Goodin")
        );
        assert_eq!(
            clean_dom("Laura June Topolsky").as_deref(),
            Some("Laura June Topolsky")
        );
        assert_eq!(
            clean_dom("by Lucas Nolan22 Dec 2016651").as_deref(),
            Some("Lucas Nolan")
        );
        assert_eq!(clean_dom("Sunday, Feb 1, 2015 11:57 AM UTC"), None);
        assert_eq!(
            clean_dom("By Ada Morrow, DVM. Reviewed by Bo Li, DVM").as_deref(),
            Some("Ada Morrow, DVM")
        );
        assert_eq!(clean_dom("Fact checked by Bo Li"), None);
        assert_eq!(
            clean_dom("on March 10, 2015 by Nikhil Marathe").as_deref(),
            Some("Nikhil Marathe")
        );
        assert_eq!(
            clean_dom("Le Monde | 04.05.2015 | Par Jane Doe (avec John Roe et Ann Poe)").as_deref(),
            Some("Jane Doe (avec John Roe et Ann Poe)")
        );
        assert_eq!(
            clean_dom("Ursula von der Leyen").as_deref(),
            Some("Ursula von der Leyen")
        );
        assert_eq!(
            clean_dom("Richard (R.J.) Eskow").as_deref(),
            Some("Richard (R.J.) Eskow")
        );
        assert_eq!(clean_dom("Last Updated: January 7, 2025"), None);
        assert_eq!(clean_dom("Updated Jun 3, 2025"), None);
        assert!(looks_like_names("Jane Doe and John Roe"));
        assert!(!looks_like_names("Updated 5:27 am"));
    }
}
