//! Input decoding for the CLI: bytes to text the way a browser would, and HTML-or-text
//! detection.
//!
//! Takes raw bytes (and the file name when there is one); gives a `String` plus an optional
//! one-line warning, or an [`Error`] for empty or binary input. Order: a BOM, then (for HTML)
//! `<meta charset>` / `http-equiv` in the first 1024 bytes, then UTF-8 if valid, then
//! `chardetng` detection.

use crate::Error;
use encoding_rs::Encoding;

/// What the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML document.
    Html,
    /// Plain text.
    Text,
}

/// Guesses the kind from the file extension, else from the content's first tag.
pub fn detect_kind(name: Option<&str>, text: &str) -> Kind {
    if let Some(ext) = name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
    {
        match ext.as_str() {
            "html" | "htm" | "xhtml" => return Kind::Html,
            "txt" | "text" | "md" => return Kind::Text,
            _ => {}
        }
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    let tagged = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<article",
        "<div",
        "<p>",
        "<!--",
    ];
    if tagged.iter().any(|t| head.starts_with(t)) {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// Whether the bytes look like binary data rather than text in any encoding.
fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b)
        .count();
    sample.contains(&0) && !has_utf16_bom(bytes) || controls * 10 > sample.len().max(1)
}

fn has_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff])
}

/// The charset an HTML document declares in its first 1024 bytes, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let i = head.find("charset=")? + "charset=".len();
    let rest = head[i..].trim_start_matches(['"', '\'', ' ']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    let enc = Encoding::for_label(label.as_bytes())?;
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard's rule).
    Some(
        if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            enc
        },
    )
}

/// Decodes `bytes` to text. `html` enables the `<meta charset>` step.
pub fn decode(bytes: &[u8], html: bool) -> Result<(String, Option<String>), Error> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), None));
    }
    if is_binary(bytes) {
        return Err(Error::Binary);
    }
    if html {
        if let Some(enc) = declared_charset(bytes) {
            let (text, _, _) = enc.decode(bytes);
            return Ok((text.into_owned(), None));
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), None));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = enc.decode(bytes);
    let warning =
        (!html).then(|| format!("warning: input is not UTF-8; decoded as {}", enc.name()));
    Ok((text.into_owned(), warning))
}

/// [`decode`] for bytes the caller gives away: valid UTF-8 (the common case) becomes the
/// `String` without a copy. Same result as `decode(&bytes, html)`.
pub fn decode_owned(bytes: Vec<u8>, html: bool) -> Result<(String, Option<String>), Error> {
    if bytes.iter().all(|b| b.is_ascii_whitespace())
        || Encoding::for_bom(&bytes).is_some()
        || is_binary(&bytes)
        || (html && declared_charset(&bytes).is_some())
    {
        return decode(&bytes, html);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => decode(e.as_bytes(), html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_and_detected_encodings() {
        let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode(latin1, true).expect("decodes").0.contains("café"));
        let (t, warn) = decode(b"na\xefve caf\xe9 cr\xe8me br\xfbl\xe9e", false).expect("decodes");
        assert!(t.contains("café"), "{t}");
        assert!(warn.is_some());
        assert_eq!(decode(b"\xef\xbb\xbfhi", false).expect("bom").0, "hi");
    }

    #[test]
    fn decode_owned_is_decode() {
        let inputs: [&[u8]; 7] = [
            b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>",
            b"na\xefve caf\xe9 cr\xe8me br\xfbl\xe9e",
            b"\xef\xbb\xbfhi",
            b"  \n",
            b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00",
            "<p>plain UTF-8 café</p>".as_bytes(),
            b"\xff\xfeh\x00i\x00",
        ];
        for bytes in inputs {
            for html in [true, false] {
                let want = decode(bytes, html).map_err(|e| e.to_string());
                let got = decode_owned(bytes.to_vec(), html).map_err(|e| e.to_string());
                assert_eq!(got, want, "{bytes:?} html={html}");
            }
        }
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert!(matches!(decode(b"  \n", false), Err(Error::Empty)));
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00", false),
            Err(Error::Binary)
        ));
    }

    #[test]
    fn detects_kind() {
        assert_eq!(detect_kind(Some("a.txt"), "<html>"), Kind::Text);
        assert_eq!(detect_kind(None, "  <!DOCTYPE html><html>"), Kind::Html);
        assert_eq!(detect_kind(None, "Hello <b>world</b>"), Kind::Text);
    }
}
