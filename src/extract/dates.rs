//! Publication dates as ISO 8601.
//!
//! Takes a date as a page writes it (meta tags, JSON-LD, `<time datetime>`); gives ISO 8601:
//! ISO-like input is kept (a space between date and time becomes `T`), and written-out
//! dates ("Tue, 05 Mar 2019 18:29:00 GMT", "March 25, 2015", "25 March 2015", "11/20/2019")
//! become `YYYY-MM-DD` plus `THH:MM[:SS]` when a time is given. Anything else gives `None`.
//! Also takes a [`Page`]'s blocks and the story's place in them; gives the date the page
//! shows near the story ([`shown`]).

use crate::page::Page;

/// Month names and abbreviations (English, lower case), January first.
const MONTHS: &[&[&str]] = &[
    &["jan", "january"],
    &["feb", "february"],
    &["mar", "march"],
    &["apr", "april"],
    &["may"],
    &["jun", "june"],
    &["jul", "july"],
    &["aug", "august"],
    &["sep", "sept", "september"],
    &["oct", "october"],
    &["nov", "november"],
    &["dec", "december"],
];

/// The date in ISO 8601, if `raw` reads as one.
pub fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if is_iso_day(s) {
        let (day, rest) = s.split_at(10);
        let rest = rest
            .strip_prefix(' ')
            .map_or(rest.to_string(), |r| format!("T{r}"));
        return Some(format!("{day}{rest}"));
    }
    written_date(s)
}

/// `YYYY-MM-DD` at the start.
fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
        && (b.len() == 10 || matches!(b[10], b'T' | b' '))
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .map(|i| i as u32 + 1)
}

/// Dates with a month name, or `M/D/YYYY`.
fn written_date(s: &str) -> Option<String> {
    let mut year = None;
    let mut month = None;
    let mut day = None;
    let mut time = None;
    for tok in s.split(|c: char| c.is_whitespace() || c == ',') {
        let tok = tok.trim_matches(|c: char| c == '.' || c == ',');
        if tok.is_empty() {
            continue;
        }
        if let Some(m) = month_of(tok) {
            month.get_or_insert(m);
        } else if tok.contains(':') && time.is_none() {
            let parts: Vec<&str> = tok.split(':').collect();
            if parts.len() >= 2 && parts.iter().all(|p| p.len() == 2 || p.len() == 1) {
                let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
                time = nums.filter(|n| n[0] < 24 && n[1] < 60);
            }
        } else if tok.matches('/').count() == 2 {
            let n: Vec<u32> = tok.split('/').filter_map(|p| p.parse().ok()).collect();
            if let [m, d, y] = n[..] {
                if y > 1900 && (1..=12).contains(&m) {
                    (month, day, year) = (Some(m), Some(d), Some(y));
                }
            }
        } else if let Ok(n) = tok
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
        {
            if n > 1900 && n < 2200 {
                year.get_or_insert(n);
            } else if (1..=31).contains(&n) {
                day.get_or_insert(n);
            }
        }
    }
    let (y, m, d) = (year?, month?, day?);
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    if let Some(t) = time {
        out.push_str(&format!("T{:02}:{:02}", t[0], t[1]));
        if let Some(sec) = t.get(2) {
            out.push_str(&format!(":{sec:02}"));
        }
    }
    Some(out)
}

/// A date written inside a short line of text ("Published March 4, 2025 · 5 min read",
/// "Updated 4 Mar 2025 by Ann Roe", "2025-03-04"): a month name next to a day and followed
/// by a year ("May" only capitalised), or an ISO day standing alone; gives `YYYY-MM-DD`.
pub fn date_in(text: &str) -> Option<String> {
    let toks: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•' | '(' | ')'))
        .map(|t| t.trim_matches(|c: char| c == '.' || c == ':'))
        .filter(|t| !t.is_empty())
        .collect();
    let num = |t: &str, lo: u32, hi: u32| {
        t.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
            .ok()
            .filter(|n| (lo..=hi).contains(n))
    };
    for (i, t) in toks.iter().enumerate() {
        if is_iso_day(t) && t.len() == 10 {
            return Some(t.to_string());
        }
        if let Some((y, m, d)) = numeric_date(t) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        let Some(m) = month_of(t).filter(|_| *t != "may") else {
            continue;
        };
        let after = |k: usize| toks.get(i + k).copied().unwrap_or("");
        let before = if i > 0 { toks[i - 1] } else { "" };
        let (day, year) = match (num(after(1), 1, 31), num(before, 1, 31)) {
            (Some(d), _) => (Some(d), num(after(2), 1900, 2199)),
            (None, Some(d)) => (Some(d), num(after(1), 1900, 2199)),
            _ => (None, None),
        };
        if let (Some(d), Some(y)) = (day, year) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

/// How many blocks above the story's first one (or its headline) an unlabelled date may
/// sit, how many below its headline, and how long its block may be.
const NEAR_ABOVE: usize = 12;
const NEAR_BELOW_HEADLINE: usize = 12;
const DATE_MAX_CHARS: usize = 80;
/// How far from the story a labelled date ("Last updated:", "Posted on …") may sit: a hero
/// header far above the chosen text, or a "Posted on" line in the footer of the post.
const LABELLED_ABOVE: usize = 80;
const LABELLED_BELOW: usize = 8;

/// Words that open a line dating the page ("Published March 4, 2025", "Last updated:").
const DATE_LEADS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "last updated",
    "last modified",
    "modified",
    "submitted",
    "released",
    "date",
];

/// The lead-in a line opens with, if it opens with one of [`DATE_LEADS`] (after a
/// bracket or a "Post" label's punctuation), followed by nothing but `:`, "on" or "at"
/// (`alone`) or by more text.
fn date_lead(text: &str) -> Option<bool> {
    let lower = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let lead = DATE_LEADS.iter().find(|l| {
        lower.starts_with(*l)
            && lower[l.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })?;
    let rest = lower[lead.len()..].trim_matches(|c: char| c == ':' || c.is_whitespace());
    Some(matches!(rest, "" | "on" | "at" | "on:" | "at:"))
}

/// The date the page shows for its story, in `YYYY-MM-DD`: the first short block that reads
/// as a date from [`NEAR_ABOVE`] blocks above the story's first block (or its headline, block
/// `h1`) to just after the first block (or [`NEAR_BELOW_HEADLINE`] blocks below the
/// headline); else the first labelled one farther out ("Last updated:" followed by a block
/// "Dec 12, 2025", or "Posted on April 13, 2023" below the story's end).
/// Invented example: `<div>Last updated:</div><div>Dec 12, 2025</div>`, thirty blocks of
/// menus above the story, gives 2025-12-12.
pub fn shown(page: &Page, first: usize, last: usize, h1: Option<usize>) -> Option<String> {
    shown_at(page, first, last, h1).map(|(_, d)| d)
}

/// [`shown`] with the block the date was read from.
pub fn shown_at(
    page: &Page,
    first: usize,
    last: usize,
    h1: Option<usize>,
) -> Option<(usize, String)> {
    let n = page.blocks.len();
    let short = |i: usize| {
        page.blocks
            .get(i)
            .map(|b| b.text.as_str())
            .filter(|t| t.chars().count() <= DATE_MAX_CHARS)
    };
    let top = h1.map_or(first, |h| h.min(first));
    let lo = top.saturating_sub(NEAR_ABOVE);
    let hi = (first + 2)
        .max(h1.map_or(0, |h| h + NEAR_BELOW_HEADLINE))
        .min(n);
    if let Some(d) = (lo..hi).find_map(|i| Some((i, short(i).and_then(date_in)?))) {
        return Some(d);
    }
    let far_lo = top.saturating_sub(LABELLED_ABOVE);
    let below = (last + 1).min(n)..(last + 1 + LABELLED_BELOW).min(n);
    (far_lo..lo)
        .chain(hi..first.min(n))
        .chain(below)
        .find_map(|i| {
            let t = short(i)?;
            match date_lead(t)? {
                true => Some((i + 1, short(i + 1).and_then(date_in)?)),
                false => Some((i, date_in(t)?)),
            }
        })
}

/// A date written in digits alone: `23.07.2025` and `23.7.2025` (day first, the dotted
/// European order), `2025.07.23` and `2025/07/23` (year first), `07/23/2025` (month first,
/// the US order, unless the first number cannot be a month: `23/07/2025`).
/// Invented example: "Elliot Roe · 23.07.2025 · 6 min read" dates the story 2025-07-23.
fn numeric_date(tok: &str) -> Option<(u32, u32, u32)> {
    let sep = if tok.contains('.') { '.' } else { '/' };
    let parts: Vec<&str> = tok.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    if !parts
        .iter()
        .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    let (a_n, b_n, c_n) = (n(a)?, n(b)?, n(c)?);
    let (y, m, d) = if a.len() == 4 {
        (a_n, b_n, c_n)
    } else if c.len() == 4 && (sep == '.' || a_n > 12) {
        // Day first: dotted dates (`23.07.2025`), and slashed ones whose first number is no month.
        (c_n, b_n, a_n)
    } else if c.len() == 4 {
        (c_n, a_n, b_n)
    } else {
        return None;
    };
    ((1900..2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_inside_short_lines() {
        let d = |s| date_in(s);
        assert_eq!(
            d("Published March 4, 2025 · 5 min read").as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(
            d("Updated 4 Mar 2025 by Ann Roe").as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(d("Posted on 2025-03-04").as_deref(), Some("2025-03-04"));
        assert_eq!(d("You may need 3 cups in 2024"), None);
        assert_eq!(d("Ann Roe, May 9th, 2024").as_deref(), Some("2024-05-09"));
        assert_eq!(d("March madness 2025"), None);
    }

    fn blocks(texts: &[&str]) -> Page {
        Page {
            blocks: texts
                .iter()
                .map(|t| crate::page::Block {
                    node: 0,
                    text: t.to_string(),
                    link_chars: 0,
                })
                .collect(),
            ..Page::default()
        }
    }

    #[test]
    fn a_labelled_date_far_above_the_story_is_shown() {
        let mut texts = vec!["Last updated:", "Dec 12, 2025"];
        texts.extend(std::iter::repeat_n("Menu item", 30));
        texts.push("The mill turned for two hundred years, and then it stopped.");
        let p = blocks(&texts);
        let first = texts.len() - 1;
        assert_eq!(shown(&p, first, first, None).as_deref(), Some("2025-12-12"));
        // Unlabelled, the same far date is a teaser's, not the story's.
        texts[0] = "Related";
        let p = blocks(&texts);
        assert_eq!(shown(&p, first, first, None), None);
    }

    #[test]
    fn a_posted_on_line_below_the_story_is_shown() {
        let p = blocks(&[
            "The mill turned for two hundred years, and then it stopped.",
            "Posted on April 13, 2023",
            "Nov 1, 2024",
        ]);
        assert_eq!(shown(&p, 0, 0, None).as_deref(), Some("2023-04-13"));
        let undated = blocks(&["The mill turned.", "More stories", "Nov 1, 2024 teaser"]);
        assert_eq!(shown(&undated, 0, 0, None), None);
    }

    #[test]
    fn a_date_under_the_headline_is_shown() {
        let mut texts = vec![
            "Seven ways the mill kept turning",
            "By Ada Morrow",
            "August 1, 2025",
        ];
        texts.extend(std::iter::repeat_n("A table cell", 20));
        texts.push("The mill turned for two hundred years, and then it stopped.");
        let p = blocks(&texts);
        let first = texts.len() - 1;
        assert_eq!(
            shown(&p, first, first, Some(0)).as_deref(),
            Some("2025-08-01")
        );
        assert_eq!(shown(&p, first, first, None), None);
    }

    #[test]
    fn dates_written_in_digits() {
        let d = |s| date_in(s);
        assert_eq!(
            d("Elliot Roe · 23.07.2025 · 6 min read").as_deref(),
            Some("2025-07-23")
        );
        assert_eq!(
            d("Essay - Published: 2025.12.17").as_deref(),
            Some("2025-12-17")
        );
        assert_eq!(d("Updated: 10/31/2024").as_deref(), Some("2024-10-31"));
        assert_eq!(
            d("Posted on the 15/12/2025 at 19:00").as_deref(),
            Some("2025-12-15")
        );
        assert_eq!(d("Version 1.2.3 ships"), None);
        assert_eq!(d("Scored 3/4 in 2025"), None);
        assert_eq!(d("Call 12.13.2025"), None);
    }

    #[test]
    fn formats() {
        assert_eq!(
            iso_date("2019-04-28 06:01:07").as_deref(),
            Some("2019-04-28T06:01:07")
        );
        assert_eq!(
            iso_date(" 2015-07-24T05:36:09+01:00").as_deref(),
            Some("2015-07-24T05:36:09+01:00")
        );
        assert_eq!(
            iso_date("Tue, 05 Mar 2019 18:29:00 GMT").as_deref(),
            Some("2019-03-05T18:29:00")
        );
        assert_eq!(iso_date("March 25, 2015").as_deref(), Some("2015-03-25"));
        assert_eq!(iso_date("11/20/2019").as_deref(), Some("2019-11-20"));
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(iso_date("2019-04-2é"), None);
    }
}
