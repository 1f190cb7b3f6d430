//! Quote-mark scanning: finds quoted stretches in each paragraph.
//!
//! Takes the article text and its paragraph spans; gives the inner span (without the marks)
//! of every quotation: curly “…”, straight "…", guillemets «…» and »…«, low-high „…“, and
//! single ‘…’ where the closing mark is not an apostrophe. Straight marks between digits or
//! letters (`5'10"`, `rock'n'roll`) and markup attributes (`id="…"`) are not quotes. A
//! paragraph that opens a quote without closing it, when the next paragraph reopens one,
//! holds a quote continued across paragraphs: its part runs to the paragraph's end. A
//! nested quotation stays inside its outer one.

use crate::text::Span;

/// A quoted stretch: `inner` excludes the marks, `outer` includes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// The quoted words.
    pub inner: Span,
    /// The quoted words with their marks.
    pub outer: Span,
    /// The quote goes on in the next paragraph (no closing mark here).
    pub continues: bool,
}

/// The closing mark that goes with an opening `c` in context, if `c` opens a quote there.
fn closer_for(c: char, prev: Option<char>, next: Option<char>) -> Option<char> {
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let space_after = next.is_none_or(char::is_whitespace);
    match c {
        '“' => Some('”'),
        '«' => Some('»'),
        '„' => Some('“'),
        '»' => Some('«'),
        '"' if !word_before && !space_after && prev != Some('=') => Some('"'),
        '‘' if !word_before && next.is_some_and(char::is_alphanumeric) => Some('’'),
        _ => None,
    }
}

/// Words whose first letters a ‘ stands for ("how ‘bout", "rock ‘n’ roll", "‘til then").
static ELISIONS: crate::lexicon::WordSet = crate::lexicon::WordSet::of(crate::words![
    "bout", "cause", "cos", "em", "n", "nuff", "round", "til", "tis", "twas",
]);

/// Whether `rest` (the text after a ‘) starts with a lower-case elided word, a year or a
/// decade ("‘08", "‘90s"): the mark is an apostrophe, not an opening quote. A capital ("‘Cause I said so,’")
/// may open a quote, so it still does.
fn is_elision(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    let year = |d: &str| d.len() == 2 && d.chars().all(|c| c.is_ascii_digit());
    ELISIONS.contains(&word.as_str())
        || year(&word)
        || (word.len() == 3 && word.ends_with('s') && year(&word[..2]))
}

/// Whether `c` closes a quote opened with `close` in context.
fn closes(c: char, close: char, prev: Option<char>, next: Option<char>) -> bool {
    if c != close && !(close == '“' && c == '”') {
        return false;
    }
    match c {
        '"' => !prev.is_some_and(char::is_whitespace) && !next.is_some_and(char::is_alphanumeric),
        '’' => !next.is_some_and(char::is_alphanumeric),
        _ => true,
    }
}

/// A quotation found in a paragraph: byte offsets into the paragraph text `p`.
struct Found {
    /// The opening mark.
    open: usize,
    /// The first byte after the opening mark.
    body: usize,
    /// The closing mark (or the paragraph's end).
    end: usize,
    /// The closing mark's length (0 when the quote runs on).
    close_len: usize,
    /// The quote goes on in the next paragraph.
    continues: bool,
}

fn push(out: &mut Vec<Marked>, par: Span, p: &str, f: Found) {
    let Found {
        open,
        body,
        end,
        close_len,
        continues,
    } = f;
    let inner = &p[body..end];
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = inner.len() - inner.trim_start().len();
    out.push(Marked {
        inner: Span::new(
            par.start + body + lead,
            par.start + body + lead + trimmed.len(),
        ),
        outer: Span::new(par.start + open, par.start + end + close_len),
        continues,
    });
}

/// Whether a paragraph opens with a quote mark.
pub fn opens_with_quote(text: &str, par: Span) -> bool {
    par.of(text)
        .trim_start()
        .starts_with(['“', '"', '«', '„', '»', '‘'])
}

/// The first byte at or after `from` of a mark [`scan`] may act on: `"`, or the lead byte
/// of “ ” „ ‘ ’ (U+2018-U+201E: `E2 80 98-9E`) or « » (`C2 AB`, `C2 BB`). Every other
/// character neither opens nor closes a quote, so the scan skips them byte by byte, with no
/// character decoded (decoding and keeping every character of every paragraph was half of
/// the quote finder, `make bench-callgrind`).
fn next_mark(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'"' => return Some(i),
            0xE2 if b.get(i + 1) == Some(&0x80)
                && b.get(i + 2)
                    .is_some_and(|&x| matches!(x, 0x98 | 0x99 | 0x9C..=0x9E)) =>
            {
                return Some(i)
            }
            0xC2 if b.get(i + 1).is_some_and(|&x| x == 0xAB || x == 0xBB) => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Finds the quotations of one paragraph `par` of `text`; `next_opens` says whether the next
/// paragraph starts with a quote mark (a continued quote).
pub fn scan(text: &str, par: Span, next_opens: bool) -> Vec<Marked> {
    let p = par.of(text);
    let bytes = p.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, char)> = None; // (open pos, body pos, closer)
    let mut from = 0;
    while let Some(i) = next_mark(bytes, from) {
        let rest = &p[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        let prev = p[..i].chars().next_back();
        let next = p[from..].chars().next();
        match open {
            Some((o, body, close)) => {
                if closes(c, close, prev, next) {
                    // A single ’ after a plural ("voters’ rolls") closes only if no later ’ can.
                    let possessive = c == '’'
                        && prev == Some('s')
                        && next == Some(' ')
                        && p[from..].contains('’');
                    if !possessive {
                        push(
                            &mut out,
                            par,
                            p,
                            Found {
                                open: o,
                                body,
                                end: i,
                                close_len: c.len_utf8(),
                                continues: false,
                            },
                        );
                        open = None;
                    }
                } else if c == '“' && close == '”' {
                    // Two openers in a row: the first was never closed.
                    open = closer_for(c, prev, next).map(|cl| (i, from, cl));
                }
            }
            None => {
                let elided = c == '‘' && is_elision(&p[from..]);
                if let Some(close) = closer_for(c, prev, next).filter(|_| !elided) {
                    open = Some((i, from, close));
                }
            }
        }
    }
    if let Some((o, body, close)) = open {
        if next_opens && close != '’' {
            push(
                &mut out,
                par,
                p,
                Found {
                    open: o,
                    body,
                    end: p.len(),
                    close_len: 0,
                    continues: true,
                },
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first scan (every character of the paragraph decoded and kept), kept to check the
    /// byte walk against.
    fn by_char_table(text: &str, par: Span, next_opens: bool) -> Vec<Marked> {
        let p = par.of(text);
        let chars: Vec<(usize, char)> = p.char_indices().collect();
        let mut out = Vec::new();
        let mut open: Option<(usize, usize, char)> = None; // (open pos, body pos, closer)
        for (k, &(i, c)) in chars.iter().enumerate() {
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            match open {
                Some((o, body, close)) => {
                    if closes(c, close, prev, next) {
                        // A single ’ after a plural ("voters’ rolls") closes only if no later ’ can.
                        let possessive = c == '’'
                            && prev == Some('s')
                            && next == Some(' ')
                            && p[i + c.len_utf8()..].contains('’');
                        if !possessive {
                            push(
                                &mut out,
                                par,
                                p,
                                Found {
                                    open: o,
                                    body,
                                    end: i,
                                    close_len: c.len_utf8(),
                                    continues: false,
                                },
                            );
                            open = None;
                        }
                    } else if c == '“' && close == '”' {
                        // Two openers in a row: the first was never closed.
                        open = closer_for(c, prev, next).map(|cl| (i, i + c.len_utf8(), cl));
                    }
                }
                None => {
                    let elided = c == '‘' && is_elision(&p[i + c.len_utf8()..]);
                    if let Some(close) = closer_for(c, prev, next).filter(|_| !elided) {
                        open = Some((i, i + c.len_utf8(), close));
                    }
                }
            }
        }
        if let Some((o, body, close)) = open {
            if next_opens && close != '’' {
                push(
                    &mut out,
                    par,
                    p,
                    Found {
                        open: o,
                        body,
                        end: p.len(),
                        close_len: 0,
                        continues: true,
                    },
                );
            }
        }
        out
    }

    #[test]
    fn byte_walk_matches_the_char_table() {
        // Invented paragraphs with every mark, in and out of words, nested and unclosed.
        let texts = [
            "He said “yes, now,” and \"no\". «Oui» et „Ja“ »Nein« ‘fine’ voters’ rolls",
            "how ‘bout the ‘90s, in ‘08 rock ‘n’ roll and ‘real’ news ‘Cause I said so,’ x",
            "He is 6'2\" tall, id=\"42\" and rock'n'roll “a “b” c” é“ü” 東“京”",
            "A “broken one. And “a real one” here. ’s ‘x’’ \"\" “” «» „“ ‘’",
            "“First part of it.",
            "‘Quoted’ and “opened",
            "",
            "\"",
            "“",
        ];
        for t in texts {
            for start in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for next_opens in [false, true] {
                    let span = Span::new(start, t.len());
                    assert_eq!(
                        scan(t, span, next_opens),
                        by_char_table(t, span, next_opens),
                        "{t:?} from {start}"
                    );
                }
            }
        }
    }

    fn inner(t: &str) -> Vec<&str> {
        scan(t, Span::new(0, t.len()), false)
            .iter()
            .map(|m| m.inner.of(t))
            .collect()
    }

    #[test]
    fn finds_each_style() {
        assert_eq!(
            inner("He said “yes, now,” and \"no\"."),
            ["yes, now,", "no"]
        );
        assert_eq!(inner("«Oui» et „Ja“"), ["Oui", "Ja"]);
        assert_eq!(inner("It’s ‘fine’ and Trump’s ‘deal’"), ["fine", "deal"]);
        assert_eq!(inner("the voters’ ‘big day’ came"), ["big day"]);
        assert_eq!(
            inner("how ‘bout the ‘90s, in ‘08 rock ‘n’ roll and ‘real’ news"),
            ["real"]
        );
        assert_eq!(inner("‘Cause I said so,’ she said"), ["Cause I said so,"]);
    }

    #[test]
    fn ignores_inches_and_attributes() {
        assert_eq!(
            inner("He is 6'2\" tall, id=\"42\" and rock'n'roll"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn unbalanced_marks_are_left_alone_or_continued() {
        assert_eq!(inner("A “broken quote with no end"), Vec::<&str>::new());
        assert_eq!(
            inner("A “broken one. And “a real one” here."),
            ["a real one"]
        );
        let t = "“First part of it.";
        let m = scan(t, Span::new(0, t.len()), true);
        assert_eq!(
            (m[0].inner.of(t), m[0].continues),
            ("First part of it.", true)
        );
    }
}
