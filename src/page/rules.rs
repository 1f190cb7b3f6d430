//! The walk rules shared by every DOM builder: which elements start a block, which are
//! skipped with their content, and how whitespace collapses.
//!
//! `extension/lib/snapshot.js` holds the same tables for the live DOM; keep the two in step
//! (the parity test fails when they drift).

/// Elements whose text forms blocks of its own.
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements skipped together with everything inside them.
pub const SKIP_TAGS: &[&str] = &[
    "audio", "button", "canvas", "datalist", "embed", "head", "iframe", "input", "link", "map",
    "math", "meta", "noscript", "object", "option", "script", "select", "style", "svg", "template",
    "textarea", "title", "video",
];

/// True when `tag` (lower case) starts a block.
pub fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.binary_search(&tag).is_ok()
}

/// True when `tag` (lower case) is skipped with its content. Lede's own overlay elements
/// (`lede-*`) are skipped too, so a re-analysis never reads its own labels.
pub fn is_skipped(tag: &str) -> bool {
    SKIP_TAGS.binary_search(&tag).is_ok() || tag.starts_with("lede-")
}

/// True when the element's attributes hide it from every reader: `hidden`,
/// `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
pub fn is_hidden(hidden_attr: bool, aria_hidden: Option<&str>, style: Option<&str>) -> bool {
    if hidden_attr || aria_hidden.is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    style.is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let s = s.to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// True for an element id of the form `S:<digits>`: React's streamed server rendering sends a
/// suspended part of the page late, inside `<div hidden id="S:0">`, and a script moves it into
/// place; a reader sees it, so its `hidden` attribute does not hide it from the walk.
pub fn is_streamed_segment(id: Option<&str>) -> bool {
    id.and_then(|id| id.strip_prefix("S:"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Builds the text of one block from raw text pieces, collapsing runs of ASCII whitespace
/// (space, tab, CR, LF, FF) into one space; a `\n` pushed with [`TextRun::line_break`] is kept.
#[derive(Debug, Default)]
pub struct TextRun {
    text: String,
    link_chars: u32,
}

impl TextRun {
    /// Appends raw text; `in_link` counts it as link text. A byte walk: the runs between
    /// whitespace bytes are copied whole (they end at ASCII bytes, so at char boundaries).
    pub fn push(&mut self, raw: &str, in_link: bool) {
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
        let bytes = raw.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if is_space(bytes[i]) {
                i += 1;
                if !matches!(self.text.as_bytes().last(), None | Some(b' ' | b'\n')) {
                    self.text.push(' ');
                    self.link_chars += u32::from(in_link);
                }
                continue;
            }
            let start = i;
            while i < bytes.len() && !is_space(bytes[i]) {
                i += 1;
            }
            let run = &raw[start..i];
            self.text.push_str(run);
            if in_link {
                self.link_chars += utf16_len(run);
            }
        }
    }

    /// Appends a `<br>` line break.
    pub fn line_break(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// Takes the collected text, trimmed, with its link count; empty text gives `None`.
    pub fn take(&mut self) -> Option<(String, u32)> {
        let run = std::mem::take(self);
        let text = run.text.trim_matches([' ', '\n']).to_string();
        if text.is_empty() {
            return None;
        }
        let link_chars = run.link_chars.min(text.encode_utf16().count() as u32);
        Some((text, link_chars))
    }
}

/// The UTF-16 length of `s`, from its bytes: a 4-byte sequence is a surrogate pair.
fn utf16_len(s: &str) -> u32 {
    s.bytes()
        .map(|b| match b {
            0..=0x7f | 0xc0..=0xef => 1,
            0xf0..=0xff => 2,
            _ => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char walk `TextRun::push` was: the reference the byte walk is checked against.
    fn push_by_char(run: &mut TextRun, raw: &str, in_link: bool) {
        for c in raw.chars() {
            let c = if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                ' '
            } else {
                c
            };
            if c == ' ' && (run.text.is_empty() || run.text.ends_with([' ', '\n'])) {
                continue;
            }
            run.text.push(c);
            if in_link {
                run.link_chars += c.len_utf16() as u32;
            }
        }
    }

    #[test]
    fn text_runs_collapse_as_the_char_walk_did() {
        let pieces = [
            "",
            " ",
            "  a\tb\n\nc ",
            "\u{a0}x\u{a0}",
            "é ü  ß",
            "😀 😀",
            "\x0c\r\n",
            "Roe said",
            " “Hi,” ",
            "末\n尾",
            "a\u{2009}b",
        ];
        let mut seed = 7u32;
        for _ in 0..2000 {
            let (mut ours, mut old) = (TextRun::default(), TextRun::default());
            for _ in 0..6 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let piece = pieces[(seed >> 16) as usize % pieces.len()];
                let in_link = seed & 1 == 0;
                if seed & 6 == 0 {
                    ours.line_break();
                    old.line_break();
                }
                ours.push(piece, in_link);
                push_by_char(&mut old, piece, in_link);
            }
            assert_eq!(ours.text, old.text);
            assert_eq!(ours.link_chars, old.link_chars);
        }
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(BLOCK_TAGS.windows(2).all(|w| w[0] < w[1]));
        assert!(SKIP_TAGS.windows(2).all(|w| w[0] < w[1]), "{SKIP_TAGS:?}");
    }

    #[test]
    fn whitespace_collapses_and_breaks_stay() {
        let mut run = TextRun::default();
        run.push("  Hello,\n\t world ", false);
        run.line_break();
        run.push(" next", true);
        assert_eq!(run.take(), Some(("Hello, world\nnext".to_string(), 4)));
        assert_eq!(run.take(), None);
    }

    #[test]
    fn hidden_rules() {
        assert!(is_hidden(true, None, None));
        assert!(is_hidden(false, Some("true"), None));
        assert!(is_hidden(false, None, Some("color: red; DISPLAY : none")));
        assert!(!is_hidden(false, Some("false"), Some("display:block")));
        assert!(is_streamed_segment(Some("S:12")));
        assert!(!is_streamed_segment(Some("S:")) && !is_streamed_segment(Some("s:1")));
        assert!(!is_streamed_segment(Some("Section:1")) && !is_streamed_segment(None));
    }
}
