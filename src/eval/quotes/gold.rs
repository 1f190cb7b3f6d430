//! PolNeAR gold quotes: brat standoff read into quotes with their Source.
//!
//! Takes an article text and its first `.ann` file (or a split folder); gives every
//! quote-marked stretch (“…”, "…", «…») inside an attribution's Content, from its first to
//! its last fragment, marks excluded, in UTF-16 offsets, with the attribution's Source and
//! how it stands relative to the quote ([`Pattern`]). A stretch two attributions hold counts
//! once, with the first attribution's Source. Attributions without a Source count too: their
//! quotes want an unknown speaker.

use std::path::Path;

/// How a gold quote is attributed in the text, for the breakdown of misses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pattern {
    /// A named speaker before the quote in the same paragraph (`X said: “…”`).
    Before,
    /// A named speaker after the quote in the same paragraph (`“…,” said X`).
    After,
    /// A pronoun (`he said`).
    Pronoun,
    /// A description (`the Russian leader`, `officials`).
    Nominal,
    /// The speaker stands in another paragraph.
    Floating,
    /// The attribution has no Source.
    NoCue,
}

impl Pattern {
    /// Every pattern, in report order.
    pub const ALL: [Pattern; 6] = [
        Pattern::Before,
        Pattern::After,
        Pattern::Pronoun,
        Pattern::Nominal,
        Pattern::Floating,
        Pattern::NoCue,
    ];
    /// Short label.
    pub fn label(self) -> &'static str {
        match self {
            Pattern::Before => "speaker before",
            Pattern::After => "speaker after",
            Pattern::Pronoun => "pronoun",
            Pattern::Nominal => "nominal",
            Pattern::Floating => "floating",
            Pattern::NoCue => "no source/cue",
        }
    }
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their",
];

/// A gold quote: UTF-16 offsets into the text.
#[derive(Debug, Clone)]
pub struct GoldQuote {
    /// Start of the quoted words (after the mark).
    pub start: usize,
    /// End of the quoted words (before the mark).
    pub end: usize,
    /// Source fragments, UTF-16; empty when the attribution has none.
    pub sources: Vec<(usize, usize)>,
    /// The Source text (fragments joined by a space).
    pub source_text: String,
    /// How the quote is attributed.
    pub pattern: Pattern,
}

/// One brat text-bound annotation.
struct TextBound {
    label: String,
    frags: Vec<(usize, usize)>,
}

/// Code-point offset → UTF-16 offset table of a text.
fn cp_to_utf16(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut u = 0;
    for c in text.chars() {
        out.push(u);
        u += c.len_utf16();
    }
    out.push(u);
    out
}

/// Finds the paired-mark stretches of `chars[from..to]` (code points); gives inner ranges.
fn stretches(chars: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let close = match chars[i] {
            '“' => Some('”'),
            '"' => Some('"'),
            '«' => Some('»'),
            _ => None,
        };
        if let Some(close) = close {
            if let Some(j) = (i + 1..to).find(|&j| chars[j] == close) {
                out.push((i + 1, j));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Paragraph index of each code point (paragraphs are separated by blank lines).
fn paragraph_of(chars: &[char]) -> Vec<usize> {
    let mut out = Vec::with_capacity(chars.len() + 1);
    let mut p = 0;
    for (i, &c) in chars.iter().enumerate() {
        out.push(p);
        if c == '\n' && chars.get(i + 1) == Some(&'\n') {
            p += 1;
        }
    }
    out.push(p);
    out
}

/// Reads the gold quotes of one article from its text and `.ann` content.
pub fn load_gold(text: &str, ann: &str) -> Vec<GoldQuote> {
    let chars: Vec<char> = text.chars().collect();
    let u16 = cp_to_utf16(text);
    let para = paragraph_of(&chars);
    let n = chars.len();
    let mut tb = std::collections::HashMap::new();
    let mut events: Vec<Vec<(String, String)>> = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((label, offs)) = body.split_once(' ') else {
                continue;
            };
            let frags: Vec<(usize, usize)> = offs
                .split(';')
                .filter_map(|f| {
                    let (a, b) = f.trim().split_once(' ')?;
                    Some((
                        a.parse::<usize>().ok()?.min(n),
                        b.parse::<usize>().ok()?.min(n),
                    ))
                })
                .collect();
            if !frags.is_empty() {
                tb.insert(
                    id.to_string(),
                    TextBound {
                        label: label.to_string(),
                        frags,
                    },
                );
            }
        } else if id.starts_with('E') {
            events.push(
                body.split_whitespace()
                    .filter_map(|a| a.split_once(':'))
                    .map(|(r, t)| (r.to_string(), t.to_string()))
                    .collect(),
            );
        }
    }
    let mut out: Vec<GoldQuote> = Vec::new();
    for ev in &events {
        let role = |r: &str| ev.iter().find(|(k, _)| k == r).and_then(|(_, t)| tb.get(t));
        let Some(content) = role("Content").filter(|t| t.label == "Content") else {
            continue;
        };
        let source = role("Source");
        let (from, to) = (content.frags[0].0, content.frags[content.frags.len() - 1].1);
        for (a, b) in stretches(&chars, from, to.max(from)) {
            if out.iter().any(|g| g.start == u16[a] && g.end == u16[b]) {
                continue;
            }
            let (sources, source_text, pattern) = match source {
                None => (Vec::new(), String::new(), Pattern::NoCue),
                Some(s) => {
                    let text: String = s
                        .frags
                        .iter()
                        .map(|&(x, y)| chars[x..y.max(x)].iter().collect::<String>())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let spans = s.frags.iter().map(|&(x, y)| (u16[x], u16[y])).collect();
                    let (s0, s1) = (s.frags[0].0, s.frags[s.frags.len() - 1].1);
                    let lower = text.trim().to_lowercase();
                    let last_cap = text
                        .split(|c: char| !c.is_alphanumeric())
                        .rfind(|w| !w.is_empty())
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
                    let pattern = if para[s0] != para[a] {
                        Pattern::Floating
                    } else if PRONOUNS.contains(&lower.as_str()) {
                        Pattern::Pronoun
                    } else if !last_cap {
                        Pattern::Nominal
                    } else if s1 <= a {
                        Pattern::Before
                    } else {
                        Pattern::After
                    };
                    (spans, text, pattern)
                }
            };
            out.push(GoldQuote {
                start: u16[a],
                end: u16[b],
                sources,
                source_text,
                pattern,
            });
        }
    }
    out.sort_by_key(|g| (g.start, g.end));
    out
}

/// One article of a split: its name, text and first annotation file's content.
pub struct CorpusArticle {
    /// File stem.
    pub name: String,
    /// The article text.
    pub text: String,
    /// The first `.ann` file by name.
    pub ann: String,
}

/// Reads a PolNeAR split folder (`…/polnear/dev`); `None` when it is absent.
pub fn read_split(dir: &Path) -> Option<Vec<CorpusArticle>> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("text"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut out = Vec::new();
    for name in names {
        let prefix = format!("{name}_");
        let Some(ann) = anns.iter().find(|a| a.starts_with(&prefix)) else {
            continue;
        };
        let (Ok(text), Ok(ann)) = (
            std::fs::read_to_string(dir.join("text").join(format!("{name}.txt"))),
            std::fs::read_to_string(dir.join("attributions").join(ann)),
        ) else {
            continue;
        };
        out.push(CorpusArticle { name, text, ann });
    }
    Some(out)
}
