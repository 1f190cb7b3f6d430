//! Writing systems: which script a text's letters are in.
//!
//! Takes a text; gives the count of its letters per [`Script`]. A script other than Latin names
//! its language family well enough on its own (kana → Japanese, Hangul → Korean, Han alone →
//! Chinese); Latin text needs the function words of `words.rs`.

/// A script Lede tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin letters, with or without diacritics.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
    /// Arabic (and Persian, Urdu).
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Devanagari.
    Devanagari,
    /// Thai.
    Thai,
    /// Han ideographs (Chinese, and Japanese kanji).
    Han,
    /// Hiragana and katakana.
    Kana,
    /// Hangul.
    Hangul,
}

/// Every script, in the order of [`Counts::of`].
pub const ALL: [Script; 10] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Devanagari,
    Script::Thai,
    Script::Han,
    Script::Kana,
    Script::Hangul,
];

/// The script of one character, if it is a letter of a script Lede tells apart.
pub fn of(c: char) -> Option<Script> {
    let u = c as u32;
    Some(match u {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF if c.is_alphabetic() => {
            Script::Latin
        }
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x900..=0x97F => Script::Devanagari,
        0xE00..=0xE7F => Script::Thai,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
        _ => return None,
    })
}

/// Letters per script.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    n: [usize; ALL.len()],
}

impl Counts {
    /// Counts the letters of `text`. ASCII is read by the byte (its letters are Latin,
    /// the rest no letter); a character is decoded only past ASCII.
    pub fn of(text: &str) -> Counts {
        let mut counts = Counts::default();
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] < 0x80 {
                counts.n[Script::Latin as usize] += usize::from(b[i].is_ascii_alphabetic());
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if let Some(s) = of(c) {
                counts.n[s as usize] += 1;
            }
            i += c.len_utf8();
        }
        counts
    }

    /// Letters in script `s`.
    pub fn get(&self, s: Script) -> usize {
        self.n[s as usize]
    }

    /// All letters counted.
    pub fn total(&self) -> usize {
        self.n.iter().sum()
    }

    /// The script with the most letters, if any letter was counted.
    pub fn main(&self) -> Option<Script> {
        let (i, &n) = self.n.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        (n > 0).then_some(ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_counted_by_script() {
        let c = Counts::of("Hello world Мир 東京 とうきょう 서울, 42!");
        assert_eq!(c.get(Script::Latin), 10);
        assert_eq!(c.get(Script::Cyrillic), 3);
        assert_eq!(c.get(Script::Han), 2);
        assert_eq!(c.get(Script::Kana), 5);
        assert_eq!(c.get(Script::Hangul), 2);
        assert_eq!(c.total(), 22);
        assert_eq!(c.main(), Some(Script::Latin));
        assert_eq!(Counts::of("42 — !").main(), None);
    }

    #[test]
    fn accented_latin_is_latin() {
        assert_eq!(of('é'), Some(Script::Latin));
        assert_eq!(of('ß'), Some(Script::Latin));
        assert_eq!(of('ř'), Some(Script::Latin));
        assert_eq!(of('×'), None);
        assert_eq!(of('÷'), None);
    }
}
