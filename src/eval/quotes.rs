//! The PolNeAR quote and speaker score (the rules are below; `make bench-quotes` prints it).
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

mod gold;

pub use gold::{load_gold, read_split, CorpusArticle, GoldQuote, Pattern};

use crate::insights::Insights;
use std::path::Path;
use std::time::Instant;

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
    /// The cue span, UTF-16 (for the miss listing).
    pub cue: Option<(usize, usize)>,
    /// Lede's confidence in the attribution.
    pub confidence: f32,
    /// The id of the sieve that chose the speaker.
    pub rule: &'static str,
    /// The kind of words that named the speaker (`name`, `pronoun`, …).
    pub basis: &'static str,
    /// The cue's class (`say`, `other`, `none`).
    pub cue_class: &'static str,
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
            cue: q.cue.as_ref().map(|c| (c.start, c.end)),
            confidence: q.confidence,
            rule: q.rule,
            basis: q.basis,
            cue_class: q.cue_class,
        })
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Whether a prediction names the gold speaker: its mention overlaps the gold Source, or a
/// capitalised token of its entity's name occurs in the Source text.
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
            cue: None,
            confidence: 0.9,
            rule: "cue-after-quote",
            basis: "name",
            cue_class: "say",
        };
        let mut t = Tally::default();
        t.add(&g, &[p]);
        assert_eq!((t.matched, t.speaker_ok), (1, 1));
    }
}
