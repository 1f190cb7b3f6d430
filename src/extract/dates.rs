//! Publication dates as ISO 8601.
//!
//! Takes a date as a page writes it (meta tags, JSON-LD, `<time datetime>`); gives ISO 8601:
//! ISO-like input is kept (a space between date and time becomes `T`), and written-out
//! dates ("Tue, 05 Mar 2019 18:29:00 GMT", "March 25, 2015", "25 March 2015", "11/20/2019")
//! become `YYYY-MM-DD` plus `THH:MM[:SS]` when a time is given. Anything else gives `None`.

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
