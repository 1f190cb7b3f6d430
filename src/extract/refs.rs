//! Character references that no HTML parser decoded: JSON-LD is script text, so its
//! `"headline": "Tom&#8217;s"` arrives as written, and some pages encode `<meta>` values twice
//! (`&amp;#038;`).
//!
//! Takes a string; gives it with numeric references (`&#8217;`, `&#x2019;`) and the named
//! references of punctuation and Latin-1 letters decoded; anything else stays as written. A
//! small table instead of HTML5's 2,231 names: the full list cost the WASM module ~60 KB for
//! titles and bylines, where only these occur in practice.

/// Named references decoded besides the Latin-1 letters of [`LATIN1`].
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("sect", '§'),
    ("para", '¶'),
    ("times", '×'),
    ("divide", '÷'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("shy", '\u{ad}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
];

/// The names of U+00C0..=U+00FF in order (`×` and `÷` are in [`NAMED`]).
const LATIN1: [&str; 64] = [
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// The character a reference's name (between `&` and `;`) stands for.
fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    NAMED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
        .or_else(|| {
            let i = LATIN1.iter().position(|n| *n == name)?;
            char::from_u32(0xC0 + i as u32)
        })
}

/// `s` with its character references decoded once.
pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after
            .find(';')
            .filter(|&end| end > 0 && end <= 10)
            .and_then(|end| Some((reference(&after[..end])?, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_and_named_references_are_decoded() {
        assert_eq!(decode("Tom&#8217;s &amp; Jerry&#x27;s"), "Tom’s & Jerry's");
        assert_eq!(
            decode("Caf&eacute; &laquo;Z&uuml;rich&raquo; &ndash; 5&times;2"),
            "Café «Zürich» – 5×2"
        );
        assert_eq!(decode("&Agrave;&yuml;&divide;&szlig;"), "Àÿ÷ß");
    }

    #[test]
    fn what_is_no_reference_stays_as_written() {
        assert_eq!(decode("AT&T; R&D & more"), "AT&T; R&D & more");
        assert_eq!(
            decode("&unknownname; &#0; &#xZZ; &;"),
            "&unknownname; &#0; &#xZZ; &;"
        );
        assert_eq!(decode("ends with &"), "ends with &");
        assert_eq!(decode("&#128512;"), "😀");
    }
}
