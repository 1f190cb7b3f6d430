//! Speaker identity on the Gender Gap Tracker's evaluation set, as
//! `../shared/tools/attribution_eval.py --suite ggt` scores it (GUIDE §4).
//!
//! Takes `../shared/corpora/ggt-eval` (`gold/*.json`: every annotated quote span, its speaker
//! span — absent for a floating quote — and `reference`, the speaker's fullest name) and
//! Lede's [`Insights`] for each text; gives a [`Tally`]: matched units and those whose shown
//! entity is the right person, for direct units (≥ 70% of their letters inside quotation
//! marks), floating units and all units, with the misses grouped by class.
//!
//! Units: `reported[]` plus the direct/partial `quotes[]` inside no reported span, matched
//! one-to-one, greedily in gold order, at overlap / max(len) ≥ 0.5 (code points). A unit is
//! right when the entity's name and the reference agree as names: titles dropped, the words
//! of one all in the other (`he` shown as "Winnipeg" is wrong wherever the mention stands).

use crate::insights::Insights;
use std::collections::BTreeMap;
use std::path::Path;

/// One gold unit of GGT.
pub struct Gold {
    /// The quote span, code points.
    pub span: (usize, usize),
    /// A floating quote: no speaker span by it.
    pub floating: bool,
    /// The speaker span by the quote (code points), absent for a floating quote.
    pub speaker_span: Option<(usize, usize)>,
    /// The annotated speaker's words.
    pub speaker: String,
    /// The speaker's fullest name.
    pub reference: String,
}

/// One article: its text and gold units.
pub struct Article {
    /// The file stem.
    pub name: String,
    /// The text, as given to Lede.
    pub text: String,
    /// Every annotated quote.
    pub gold: Vec<Gold>,
}

/// Reads GGT's gold and texts, sorted by file name; `None` when the folder is absent.
pub fn load(base: &Path) -> Option<Vec<Article>> {
    let mut files: Vec<_> = std::fs::read_dir(base.join("gold"))
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.file_stem()?.to_str()?.to_string();
        let g: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).ok()?).ok()?;
        let text = std::fs::read_to_string(base.join("text").join(format!("{name}.txt"))).ok()?;
        let pair = |v: &serde_json::Value| Some((v[0].as_u64()? as usize, v[1].as_u64()? as usize));
        let gold = g["annotations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| {
                let reference = [&a["reference"], &a["speaker"]]
                    .iter()
                    .find_map(|v| v.as_str().filter(|s| !s.is_empty()))
                    .unwrap_or("")
                    .to_string();
                Some(Gold {
                    span: pair(&a["quote_span"])?,
                    floating: pair(&a["speaker_span"]).is_none(),
                    speaker_span: pair(&a["speaker_span"]),
                    speaker: a["speaker"].as_str().unwrap_or("").to_string(),
                    reference,
                })
            })
            .collect();
        out.push(Article { name, text, gold });
    }
    Some(out)
}

/// Words the scorer drops when comparing names.
const TITLES: &str = "mr mrs ms miss dr sen senator rep gov president prime minister premier \
                      mayor chief prof sir lord lady herr frau the";

/// A name's words, lower case, titles dropped (`[\w'’\-]+`).
fn name_words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty() && !TITLES.split_whitespace().any(|t| t == *w))
        .map(str::to_string)
        .collect()
}

/// Whether a shown name and a reference agree as names.
pub fn same_person(name: &str, reference: &str) -> bool {
    let (n, r) = (name_words(name), name_words(reference));
    !n.is_empty()
        && !r.is_empty()
        && (n.iter().all(|w| r.contains(w)) || r.iter().all(|w| n.contains(w)))
}

/// Whether at least 70% of the letters of `t` stand between paired quotation marks (the
/// scorer's `direct`).
fn direct(t: &[char]) -> bool {
    let is_mark = |c: char| "“”\"«»„‟".contains(c);
    if !t.iter().any(|&c| is_mark(c)) {
        return false;
    }
    let letters = t.iter().filter(|c| c.is_alphanumeric()).count();
    let (mut inside, mut open) = (0, None::<usize>);
    for (i, &c) in t.iter().enumerate() {
        match open {
            None if "“\"«„‟".contains(c) => open = Some(i),
            Some(a) if "”\"»“".contains(c) => {
                if !t[a + 1..i].iter().any(|&x| is_mark(x)) {
                    inside += t[a + 1..i].iter().filter(|c| c.is_alphanumeric()).count();
                    open = None;
                } else {
                    open = Some(i);
                }
            }
            Some(_) if is_mark(c) => open = Some(i),
            _ => {}
        }
    }
    letters > 0 && inside * 10 >= letters * 7
}

/// A predicted unit: span (code points), shown name, the words at the site and the rule.
/// UTF-16 offsets to code-point offsets, as the reference scorer's `utf16_to_cp`: entry `u` is
/// the code point holding unit `u` (both units of a surrogate pair map to it), plus one entry
/// for the end.
pub fn utf16_to_cp(text: &str) -> Vec<usize> {
    let mut cp = Vec::new();
    for (i, c) in text.chars().enumerate() {
        cp.push(i);
        if c as u32 >= 0x10000 {
            cp.push(i);
        }
    }
    cp.push(text.chars().count());
    cp
}

struct Unit {
    span: (usize, usize),
    name: String,
    mention: String,
    rule: &'static str,
}

fn units(text: &str, ins: &Insights) -> Vec<Unit> {
    let cp = utf16_to_cp(text);
    let conv = |x: usize| cp[x.min(cp.len() - 1)];
    let name = |s: &Option<String>| {
        let e = s
            .as_deref()
            .and_then(|id| ins.entities.iter().find(|e| e.id == id));
        e.map_or(String::new(), |e| e.entity.name.clone())
    };
    let mention =
        |m: Option<&crate::insights::TextSpan>| m.map_or(String::new(), |m| m.text.clone());
    let mut out: Vec<Unit> = ins
        .reported
        .iter()
        .map(|r| Unit {
            span: (conv(r.start), conv(r.end)),
            name: name(&r.speaker),
            mention: mention(r.mention.as_ref()),
            rule: r.rule,
        })
        .collect();
    let rep: Vec<(usize, usize)> = out.iter().map(|u| u.span).collect();
    for q in &ins.quotes {
        let k = serde_json::to_value(q.kind).unwrap_or_default();
        let span = (conv(q.start), conv(q.end));
        if k != "direct" && k != "partial" || rep.iter().any(|r| r.0 <= span.0 && span.1 <= r.1) {
            continue;
        }
        out.push(Unit {
            span,
            name: name(&q.speaker),
            mention: mention(q.mention.as_ref()),
            rule: q.rule,
        });
    }
    out
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let i = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    i as f64
        / (a.1.saturating_sub(a.0))
            .max(b.1.saturating_sub(b.0))
            .max(1) as f64
}

/// The class of a wrong label, by what named the speaker.
fn class(u: &Unit) -> &'static str {
    let m = u.mention.trim();
    let first = m.split_whitespace().next().unwrap_or("").to_lowercase();
    if u.name.is_empty() {
        "no speaker"
    } else if u.rule.starts_with("continues") || u.rule == "last-speaker" {
        "floating: carried a wrong speaker"
    } else if matches!(first.as_str(), "he" | "she" | "they" | "it" | "i" | "we") {
        "pronoun to the wrong entity"
    } else if m.starts_with(char::is_lowercase) || matches!(first.as_str(), "the" | "a" | "an") {
        "description not linked"
    } else {
        "name: another person or no person"
    }
}

/// Matched units and right identities: direct, floating, all; misses by class.
#[derive(Default)]
pub struct Tally {
    /// (matched, right) of direct units.
    pub direct: (usize, usize),
    /// (matched, right) of floating units.
    pub floating: (usize, usize),
    /// (matched, right) of all units.
    pub all: (usize, usize),
    /// Wrong labels by class.
    pub misses: BTreeMap<&'static str, usize>,
    /// Each wrong label, one line: article, class, rule, shown name and mention, gold
    /// reference and speaker words, the quote's first words (for `bench-quotes --misses`).
    pub wrong: Vec<String>,
}

impl Tally {
    /// Scores one article's insights against its gold.
    pub fn add(&mut self, a: &Article, ins: &Insights) {
        let chars: Vec<char> = a.text.chars().collect();
        let us = units(&a.text, ins);
        let mut used = vec![false; us.len()];
        let mut gold: Vec<&Gold> = a.gold.iter().collect();
        gold.sort_by_key(|g| g.span);
        for g in gold {
            let (mut best, mut bi) = (0.0, None);
            for (i, u) in us.iter().enumerate() {
                let o = overlap(g.span, u.span);
                if !used[i] && o > best {
                    (best, bi) = (o, Some(i));
                }
            }
            let Some(i) = bi.filter(|_| best >= 0.5) else {
                continue;
            };
            used[i] = true;
            let right = same_person(&us[i].name, &g.reference) as usize;
            let (x, y) = (g.span.0.min(chars.len()), g.span.1.min(chars.len()));
            let count = |t: &mut (usize, usize)| {
                t.0 += 1;
                t.1 += right;
            };
            count(&mut self.all);
            let is_direct = direct(&chars[x..y.max(x)]);
            if is_direct {
                count(&mut self.direct);
            }
            if g.floating {
                count(&mut self.floating);
            }
            if right == 0 {
                *self.misses.entry(class(&us[i])).or_default() += 1;
                let head: String = chars[x..y.max(x)].iter().take(60).collect();
                self.wrong.push(format!(
                    "{}{} {} [{}] got {:?} via {:?}; gold {:?} ({:?}) | {}",
                    if is_direct { "direct " } else { "" },
                    a.name,
                    class(&us[i]),
                    us[i].rule,
                    us[i].name,
                    us[i].mention,
                    g.reference,
                    g.speaker,
                    head.replace('\n', "¶")
                ));
            }
        }
    }

    /// Identity accuracy of (matched, right).
    pub fn acc((m, r): (usize, usize)) -> f64 {
        r as f64 / m.max(1) as f64
    }

    /// The bench's lines: the three accuracies, then the misses by class.
    pub fn report(&self) -> String {
        let mut s = format!(
            "identity (GGT eval): direct {:.3} ({}/{})  floating {:.3} ({}/{})  all statements \
             {:.3} ({}/{})\nidentity misses by class:",
            Self::acc(self.direct),
            self.direct.1,
            self.direct.0,
            Self::acc(self.floating),
            self.floating.1,
            self.floating.0,
            Self::acc(self.all),
            self.all.1,
            self.all.0,
        );
        for (c, n) in &self.misses {
            s.push_str(&format!("\n  {c:<36} {n:>4}"));
        }
        s
    }
}
