//! The PolNeAR quote and speaker score of GUIDE.md §4.
//!
//! Takes an article text, its first brat `.ann` file and Lede's [`Insights`] for that text;
//! gives quote precision/recall/F1, speaker accuracy over matched quotes, end-to-end F1 and a
//! breakdown of the misses by attribution pattern. [`run_corpus`] walks a whole split.
//!
//! - Gold quotes: each quote-marked stretch (“…”, "…", «…») inside an attribution's Content
//!   (from its first to its last fragment; marks excluded); its speaker is that attribution's
//!   Source. Attributions without a Source count too: their quotes want an unknown speaker.
//! - Offsets: brat counts code points; Lede gives UTF-16 code units into `article.text`, which
//!   for plain-text input is the input itself. Both are turned into UTF-16 here.
//! - A prediction matches a gold quote when overlap / max(len) ≥ 0.5, greedily (best ratio
//!   first), one to one. Its speaker is right when the predicted `mention` overlaps the gold
//!   Source, or a capitalised token of the entity's `name` occurs in the Source text.

use crate::insights::Insights;
use std::path::Path;
use std::time::Instant;

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

/// A predicted quote, read from [`Insights`].
#[derive(Debug, Clone)]
pub struct Predicted {
    /// Start, UTF-16.
    pub start: usize,
    /// End, UTF-16.
    pub end: usize,
    /// The mention span, UTF-16.
    pub mention: Option<(usize, usize)>,
    /// The speaker entity's name.
    pub name: Option<String>,
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

/// The quotes Lede predicts, with their mention and speaker name.
pub fn predictions(ins: &Insights) -> Vec<Predicted> {
    ins.quotes
        .iter()
        .map(|q| Predicted {
            start: q.start,
            end: q.end,
            mention: q.mention.as_ref().map(|m| (m.start, m.end)),
            name: q.speaker.as_ref().and_then(|id| {
                ins.entities
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| e.entity.name.clone())
            }),
        })
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Whether a prediction names the gold speaker (GUIDE §4).
pub fn speaker_ok(g: &GoldQuote, p: &Predicted) -> bool {
    if g.sources.is_empty() {
        return p.name.is_none();
    }
    if let Some(m) = p.mention {
        if p.name.is_some() && g.sources.iter().any(|&s| overlap(s, m) > 0) {
            return true;
        }
    }
    let source_words: Vec<&str> = crate::text::words(&g.source_text).collect();
    p.name.as_deref().is_some_and(|name| {
        crate::text::words(name)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .any(|w| source_words.contains(&w))
    })
}

/// The greedy one-to-one matching: pairs (gold index, predicted index).
pub fn match_quotes(gold: &[GoldQuote], pred: &[Predicted]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let ov = overlap((g.start, g.end), (p.start, p.end)) as f64;
            let len = (g.end - g.start).max(p.end.saturating_sub(p.start)).max(1) as f64;
            if ov / len >= 0.5 {
                cands.push((ov / len, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, gi, pi) in cands {
        if !gu[gi] && !pu[pi] {
            gu[gi] = true;
            pu[pi] = true;
            out.push((gi, pi));
        }
    }
    out.sort_unstable();
    out
}

/// Counts over one article or a whole split.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Articles scored.
    pub articles: usize,
    /// Gold quotes.
    pub gold: usize,
    /// Predicted quotes.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs with the right speaker.
    pub speaker_ok: usize,
    /// Per pattern: (gold, quote missed, speaker wrong), in [`Pattern::ALL`] order.
    pub patterns: [(usize, usize, usize); 6],
    /// Time spent analysing, in milliseconds.
    pub ms: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Tally {
    /// Quote precision.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    /// Quote recall.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    /// Quote F1.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Speaker accuracy over matched quotes.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_ok, self.matched)
    }
    /// End-to-end F1: a hit is a matched quote with the right speaker.
    pub fn e2e_f1(&self) -> f64 {
        f1(
            ratio(self.speaker_ok, self.predicted),
            ratio(self.speaker_ok, self.gold),
        )
    }
    /// Adds one article's gold and predictions.
    pub fn add(&mut self, gold: &[GoldQuote], pred: &[Predicted]) {
        let pairs = match_quotes(gold, pred);
        self.articles += 1;
        self.gold += gold.len();
        self.predicted += pred.len();
        self.matched += pairs.len();
        let mut matched = vec![None; gold.len()];
        for &(g, p) in &pairs {
            matched[g] = Some(p);
        }
        for (g, m) in gold.iter().zip(&matched) {
            let slot = &mut self.patterns[Pattern::ALL
                .iter()
                .position(|&p| p == g.pattern)
                .unwrap_or(0)];
            slot.0 += 1;
            match m {
                None => slot.1 += 1,
                Some(p) if speaker_ok(g, &pred[*p]) => self.speaker_ok += 1,
                Some(_) => slot.2 += 1,
            }
        }
    }
    /// A multi-line report.
    pub fn report(&self) -> String {
        let mut s = format!(
            "articles {}  gold {}  predicted {}  matched {}\n\
             quote P {:.3}  R {:.3}  F1 {:.3}\n\
             speaker accuracy {:.3} ({} / {})\n\
             end-to-end F1 {:.3}\n\
             {:.2} ms per article\n\
             misses by pattern (gold / quote missed / speaker wrong):\n",
            self.articles,
            self.gold,
            self.predicted,
            self.matched,
            self.precision(),
            self.recall(),
            self.f1(),
            self.speaker_accuracy(),
            self.speaker_ok,
            self.matched,
            self.e2e_f1(),
            self.ms / self.articles.max(1) as f64,
        );
        for (p, (n, miss, wrong)) in Pattern::ALL.iter().zip(self.patterns) {
            s += &format!("  {:<15} {:>5} {:>5} {:>5}\n", p.label(), n, miss, wrong);
        }
        s
    }
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

/// Scores a split: analyses each article as plain text. `None` when the folder is absent.
pub fn run_corpus(dir: &Path) -> Option<Tally> {
    let articles = read_split(dir)?;
    let mut tally = Tally::default();
    for a in &articles {
        let gold = load_gold(&a.text, &a.ann);
        let t = Instant::now();
        let pred = crate::analyze_text(&a.text)
            .map(|ins| predictions(&ins))
            .unwrap_or_default();
        tally.ms += t.elapsed().as_secs_f64() * 1000.0;
        tally.add(&gold, &pred);
    }
    Some(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gold_in_utf16() {
        let text = "😀 Ann said “go now” today.\n\nIt is “late”.";
        let ann = "T1\tSource 2 5\tAnn\nT2\tCue 6 10\tsaid\nT3\tContent 11 19\t“go now”\n\
                   E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n\
                   T4\tContent 34 40\t“late”\nE2\tAttribution-no-source:T2 Content:T4 Cue:T2\n";
        let g = load_gold(text, ann);
        assert_eq!(g.len(), 2);
        let u: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&u[g[0].start..g[0].end]), "go now");
        assert_eq!(g[0].pattern, Pattern::Before);
        assert_eq!(String::from_utf16_lossy(&u[g[1].start..g[1].end]), "late");
        assert_eq!(g[1].pattern, Pattern::NoCue);
        let p = Predicted {
            start: g[0].start,
            end: g[0].end - 1,
            mention: None,
            name: Some("Ann Lee".into()),
        };
        let mut t = Tally::default();
        t.add(&g, &[p]);
        assert_eq!((t.matched, t.speaker_ok), (1, 1));
    }
}
