//! Character classes for the text's byte walks (words, tokens, the name spotter's scans).
//!
//! Takes a byte of the text, or the char at a byte offset; gives its class (ASCII letter or
//! digit, word char, upper or lower case) from one table lookup, and for chars past ASCII
//! whether they are letters or digits, by range for Latin letters and general punctuation
//! (most of the non-ASCII text) before `char::is_alphanumeric`'s table search (slow at
//! opt-level "z", `make bench-callgrind`).

/// Class bit: an ASCII letter or digit.
pub const ALNUM: u8 = 1;
/// Class bit: a `\w` char in ASCII (a letter, a digit or `_`).
pub const WORD: u8 = 2;
/// Class bit: an ASCII capital letter.
pub const UPPER: u8 = 4;
/// Class bit: an ASCII small letter.
pub const LOWER: u8 = 8;

/// The class bits of each byte; 0 for every byte past ASCII.
pub static CLASS: [u8; 256] = class_table();

const fn class_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut x = 0;
    while x < 128 {
        let b = x as u8;
        let mut c = 0;
        if b.is_ascii_alphanumeric() {
            c |= ALNUM | WORD;
        }
        if b == b'_' {
            c |= WORD;
        }
        if b.is_ascii_uppercase() {
            c |= UPPER;
        }
        if b.is_ascii_lowercase() {
            c |= LOWER;
        }
        t[x] = c;
        x += 1;
    }
    t
}

/// Whether byte `x` has class bit(s) `bit`.
#[inline]
pub fn is(x: u8, bit: u8) -> bool {
    CLASS[usize::from(x)] & bit != 0
}

/// The char that starts at byte `i` of `b` (the bytes of a `str`, `i` a char boundary inside
/// it) and its length in bytes: decoded from the bytes, without slicing the `str`.
pub fn decode(b: &[u8], i: usize) -> (char, usize) {
    let x = u32::from(b[i]);
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let (c, n) = if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        ((x & 0x1F) << 6 | cont(1), 2)
    } else if x < 0xF0 {
        ((x & 0x0F) << 12 | cont(1) << 6 | cont(2), 3)
    } else {
        ((x & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4)
    };
    (char::from_u32(c).unwrap_or('\u{FFFD}'), n)
}

/// `c.is_alphanumeric()`, answered by range for ASCII, Latin letters (U+00C0–U+024F, all
/// letters but `×` and `÷`) and the general punctuation block (U+2000–U+206F: spaces,
/// dashes, curly quotes, none a letter), by `char::is_alphanumeric` for the rest.
pub fn is_alnum(c: char) -> bool {
    let u = u32::from(c);
    if u < 0x80 {
        is(u as u8, ALNUM)
    } else if (0xC0..=0x24F).contains(&u) {
        u != 0xD7 && u != 0xF7
    } else if (0x2000..=0x206F).contains(&u) {
        false
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_those_of_the_std_predicates() {
        for x in 0..=255u8 {
            assert_eq!(is(x, ALNUM), x.is_ascii_alphanumeric(), "{x}");
            assert_eq!(is(x, WORD), x.is_ascii_alphanumeric() || x == b'_', "{x}");
            assert_eq!(is(x, UPPER), x.is_ascii_uppercase(), "{x}");
            assert_eq!(is(x, LOWER), x.is_ascii_lowercase(), "{x}");
        }
    }

    #[test]
    fn is_alnum_is_is_alphanumeric_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn decode_reads_every_char_of_a_text() {
        let t: String = (0..=0x10FFFF)
            .step_by(7)
            .filter_map(char::from_u32)
            .collect();
        let b = t.as_bytes();
        for (i, c) in t.char_indices() {
            assert_eq!(decode(b, i), (c, c.len_utf8()), "{i}");
        }
    }
}
