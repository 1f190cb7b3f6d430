//! Byte offsets → UTF-16 code units, the unit of every span Lede gives out (DOM `Range` and
//! JS strings speak UTF-16).
//!
//! Takes the text once; gives O(log n) lookups of any byte offset that lies on a char boundary.

/// A lookup table from byte offsets to UTF-16 offsets of one text.
#[derive(Debug, Clone)]
pub struct Utf16Map {
    /// (byte offset, utf16 offset) at each non-ASCII char and at the end.
    marks: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        let mut marks = vec![(0, 0)];
        let mut units = 0usize;
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                marks.push((i, units));
            }
            units += c.len_utf16();
            if !c.is_ascii() {
                marks.push((i + c.len_utf8(), units));
            }
        }
        marks.push((text.len(), units));
        Utf16Map { marks }
    }

    /// The UTF-16 offset of byte offset `byte`.
    pub fn to_utf16(&self, byte: usize) -> usize {
        let i = self
            .marks
            .partition_point(|&(b, _)| b <= byte)
            .saturating_sub(1);
        let (b, u) = self.marks[i];
        u + (byte - b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_units() {
        let t = "a“b”😀c";
        let m = Utf16Map::new(t);
        for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
            assert_eq!(m.to_utf16(i), t[..i].encode_utf16().count(), "at {i}");
        }
    }
}
