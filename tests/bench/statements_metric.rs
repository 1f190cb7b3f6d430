//! The all-statement metric, as `../shared/tools/attribution_eval.py` computes
//! it: shared by `bench-statements` and the floor test `tests/reported_corpus.rs`.
//!
//! Takes a gold folder (PolNeAR split: brat Source/Content, first `.ann` per article; GGT:
//! `gold/*.json` with quote and speaker spans); gives a [`Tally`] of units, matches, speakers
//! and identities, overall and per kind (direct, mixed, reported), and the scorer's one-line
//! report. Offsets are code points, as in the script (the JSON's UTF-16 is converted).

use lede::Insights;
use std::collections::HashMap;
use std::path::Path;

/// A gold unit: a contiguous content span and its source.
pub struct Gold {
    pub span: (usize, usize),
    pub src: Vec<(usize, usize)>,
    pub src_text: String,
    pub reference: Option<String>,
}

/// One article: name, text, gold units.
pub struct Doc {
    pub name: String,
    pub text: String,
    pub gold: Vec<Gold>,
}

fn chars_of(text: &str, a: usize, b: usize) -> String {
    text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

/// PolNeAR: each contiguous Content span of every attribution, with its Source.
pub fn load_polnear(base: &Path) -> Option<Vec<Doc>> {
    let mut files: Vec<String> = std::fs::read_dir(base.join("attributions"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    files.sort();
    let mut first: Vec<(String, String)> = Vec::new();
    for f in files {
        let art = f.rsplit_once('_').map_or(f.as_str(), |x| x.0).to_string();
        if !first.iter().any(|(a, _)| *a == art) {
            first.push((art, f));
        }
    }
    first.sort();
    let mut out = Vec::new();
    for (art, f) in first {
        let text = std::fs::read_to_string(base.join("text").join(format!("{art}.txt"))).ok()?;
        let ann = std::fs::read_to_string(base.join("attributions").join(&f)).ok()?;
        let mut t: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let mut events: Vec<HashMap<String, String>> = Vec::new();
        for line in ann.lines() {
            let p: Vec<&str> = line.split('\t').collect();
            if p[0].starts_with('T') && p.len() > 1 {
                let Some((_, spans)) = p[1].split_once(' ') else {
                    continue;
                };
                let v = spans
                    .split(';')
                    .filter_map(|s| {
                        let mut it = s.split_whitespace().map(|x| x.parse::<usize>().ok());
                        Some((it.next()??, it.next()??))
                    })
                    .collect();
                t.insert(p[0].to_string(), v);
            } else if p[0].starts_with('E') && p.len() > 1 {
                events.push(
                    p[1].split_whitespace()
                        .filter_map(|x| x.split_once(':'))
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect(),
                );
            }
        }
        let mut gold = Vec::new();
        for e in &events {
            let src = e
                .get("Source")
                .and_then(|s| t.get(s))
                .cloned()
                .unwrap_or_default();
            let src_text = src
                .iter()
                .map(|&(a, b)| chars_of(&text, a, b))
                .collect::<Vec<_>>()
                .join(" ");
            for &span in e
                .get("Content")
                .and_then(|c| t.get(c))
                .into_iter()
                .flatten()
            {
                gold.push(Gold {
                    span,
                    src: src.clone(),
                    src_text: src_text.clone(),
                    reference: None,
                });
            }
        }
        out.push(Doc {
            name: art,
            text,
            gold,
        });
    }
    Some(out)
}

/// GGT: every annotated quote span with its speaker span and reference.
pub fn load_ggt(base: &Path) -> Option<Vec<Doc>> {
    let docs = lede::eval::identity::load(base)?;
    Some(
        docs.into_iter()
            .map(|a| Doc {
                name: a.name,
                text: a.text,
                gold: a
                    .gold
                    .into_iter()
                    .map(|g| Gold {
                        span: g.span,
                        src: g.speaker_span.into_iter().collect(),
                        src_text: g.speaker,
                        reference: Some(g.reference),
                    })
                    .collect(),
            })
            .collect(),
    )
}

const QMARKS: &[char] = &['“', '”', '"', '«', '»', '„', '‟'];

/// direct (>= 70% of the letters inside quotation marks), mixed or reported.
pub fn kind_of(t: &[char]) -> usize {
    if !t.iter().any(|c| QMARKS.contains(c)) {
        return 2;
    }
    let letters = t.iter().filter(|c| c.is_alphanumeric()).count();
    let (mut inside, mut i) = (0, 0);
    while i < t.len() {
        if ['“', '"', '«', '„', '‟'].contains(&t[i]) {
            if let Some(j) = (i + 1..t.len()).find(|&j| QMARKS.contains(&t[j])) {
                if ['”', '"', '»', '“'].contains(&t[j]) {
                    inside += t[i + 1..j].iter().filter(|c| c.is_alphanumeric()).count();
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    if letters > 0 && inside as f64 >= 0.7 * letters as f64 {
        0
    } else {
        1
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let i = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    i as f64 / (a.1 - a.0.min(a.1)).max(b.1 - b.0.min(b.1)).max(1) as f64
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[A-ZÀ-ÖØ-Þ][\w'’\-]+` runs.
fn caps(s: &str) -> Vec<String> {
    let c: Vec<char> = s.chars().collect();
    let (mut out, mut i) = (Vec::new(), 0);
    let cont = |x: char| is_word(x) || x == '\'' || x == '’' || x == '-';
    while i < c.len() {
        let cap =
            c[i].is_ascii_uppercase() || ('À'..='Ö').contains(&c[i]) || ('Ø'..='Þ').contains(&c[i]);
        if cap && i + 1 < c.len() && cont(c[i + 1]) {
            let mut j = i + 1;
            while j < c.len() && cont(c[j]) {
                j += 1;
            }
            out.push(c[i..j].iter().collect());
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

const TITLES: &str = "mr mrs ms miss dr sen senator rep gov president prime minister premier mayor chief prof sir lord lady herr frau the";

fn name_words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !(is_word(c) || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty() && !TITLES.split(' ').any(|t| t == *w))
        .map(str::to_string)
        .collect()
}

struct Unit {
    span: (usize, usize),
    mention: Option<(usize, usize)>,
    name: String,
    reported: bool,
    /// `reported:RULE` or `quote:RULE`.
    rule: String,
}

fn units(text: &str, ins: &Insights) -> Vec<Unit> {
    let cp = lede::eval::identity::utf16_to_cp(text);
    let conv = |x: usize| cp[x.min(cp.len() - 1)];
    let names: HashMap<&str, &str> = ins
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.entity.name.as_str()))
        .collect();
    let name = |s: &Option<String>| {
        s.as_deref()
            .and_then(|s| names.get(s))
            .unwrap_or(&"")
            .to_string()
    };
    let mut out: Vec<Unit> = ins
        .reported
        .iter()
        .map(|r| Unit {
            span: (conv(r.start), conv(r.end)),
            mention: r.mention.as_ref().map(|m| (conv(m.start), conv(m.end))),
            name: name(&r.speaker),
            reported: true,
            rule: format!("reported:{}", r.rule),
        })
        .collect();
    let rep: Vec<(usize, usize)> = out.iter().map(|u| u.span).collect();
    for q in &ins.quotes {
        let k = serde_json::to_value(q.kind).unwrap_or_default();
        if k != "direct" && k != "partial" {
            continue;
        }
        let span = (conv(q.start), conv(q.end));
        if rep.iter().any(|r| r.0 <= span.0 && span.1 <= r.1) {
            continue;
        }
        out.push(Unit {
            span,
            mention: q.mention.as_ref().map(|m| (conv(m.start), conv(m.end))),
            name: name(&q.speaker),
            reported: false,
            rule: format!("quote:{}", q.rule),
        });
    }
    out
}

fn speaker_ok(g: &Gold, u: &Unit) -> bool {
    if u.mention
        .is_some_and(|m| g.src.iter().any(|&s| overlap(m, s) > 0.0))
    {
        return true;
    }
    let gold = format!("{} {}", g.src_text, g.reference.as_deref().unwrap_or(""));
    let gc: Vec<String> = caps(&gold).iter().map(|t| t.to_lowercase()).collect();
    if u.name.is_empty() {
        return false;
    }
    if gc.is_empty() {
        let last = u
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        return gold.to_lowercase().split_whitespace().any(|w| w == last);
    }
    caps(&u.name).iter().any(|t| gc.contains(&t.to_lowercase()))
}

fn identity_ok(g: &Gold, u: &Unit) -> bool {
    let (n, r) = (
        name_words(&u.name),
        name_words(g.reference.as_deref().unwrap_or("")),
    );
    !n.is_empty()
        && !r.is_empty()
        && (n.iter().all(|w| r.contains(w)) || r.iter().all(|w| n.contains(w)))
}

/// Per kind (direct, mixed, reported, all): gold, matched, speaker right, identity right,
/// gold with a reference.
#[derive(Default)]
pub struct Tally {
    pub kinds: [[usize; 5]; 4],
    pub pred_quotes: usize,
    pub pred_reported: usize,
    /// Per rule: predicted, matched, speaker right, gold missed with only this rule's unit
    /// overlapping it (a boundary miss).
    pub rules: std::collections::BTreeMap<String, [usize; 4]>,
    /// Gold missed with no unit overlapping at all, per kind.
    pub unseen: [usize; 3],
    /// When set, one line per missed gold unit and per unmatched unit (`--misses`).
    pub log: Option<Vec<String>>,
}

impl Tally {
    /// Scores one article's insights against its gold.
    pub fn add(&mut self, doc: &Doc, ins: &Insights) {
        let chars: Vec<char> = doc.text.chars().collect();
        let us = units(&doc.text, ins);
        for u in &us {
            *if u.reported {
                &mut self.pred_reported
            } else {
                &mut self.pred_quotes
            } += 1;
        }
        for u in &us {
            self.rules.entry(u.rule.clone()).or_default()[0] += 1;
        }
        let mut used = vec![false; us.len()];
        let mut gold: Vec<&Gold> = doc.gold.iter().collect();
        gold.sort_by_key(|g| g.span);
        for g in gold {
            let (a, b) = (g.span.0.min(chars.len()), g.span.1.min(chars.len()));
            let kind = kind_of(&chars[a..b.max(a)]);
            for k in [kind, 3] {
                self.kinds[k][0] += 1;
                self.kinds[k][4] += g.reference.as_deref().is_some_and(|r| !r.is_empty()) as usize;
            }
            let (mut best, mut bi) = (0.0, None);
            for (i, u) in us.iter().enumerate() {
                let o = overlap(g.span, u.span);
                if !used[i] && o > best {
                    (best, bi) = (o, Some(i));
                }
            }
            let Some(i) = bi.filter(|_| best >= 0.5) else {
                // A miss: by the rule of the unit that overlaps it most, if any.
                let near = us
                    .iter()
                    .map(|u| (overlap(g.span, u.span), u))
                    .filter(|x| x.0 > 0.0)
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                if let Some(log) = self.log.as_mut() {
                    let near_text = near.map_or(String::new(), |(_, u)| {
                        format!(
                            " || {}: {}",
                            u.rule,
                            chars_of(&doc.text, u.span.0, u.span.1)
                        )
                    });
                    log.push(format!(
                        "MISS {} k{kind} [{}] {} <<{}>> {}{near_text}",
                        doc.name,
                        g.src_text,
                        chars_of(&doc.text, a.saturating_sub(60), a).replace('\n', " "),
                        chars_of(&doc.text, a, b).replace('\n', " "),
                        chars_of(&doc.text, b, b + 30).replace('\n', " ")
                    ));
                }
                match near {
                    Some((_, u)) => self.rules.entry(u.rule.clone()).or_default()[3] += 1,
                    None => self.unseen[kind] += 1,
                }
                continue;
            };
            used[i] = true;
            let (ok, idy) = (speaker_ok(g, &us[i]), identity_ok(g, &us[i]));
            if let Some(log) = self.log.as_mut().filter(|_| !ok) {
                log.push(format!(
                    "SPKR {} {} [{}] got [{}] {}",
                    doc.name,
                    us[i].rule,
                    g.src_text,
                    us[i].name,
                    chars_of(&doc.text, a, b).replace('\n', " ")
                ));
            }
            let r = self.rules.entry(us[i].rule.clone()).or_default();
            r[1] += 1;
            r[2] += ok as usize;
            for k in [kind, 3] {
                self.kinds[k][1] += 1;
                self.kinds[k][2] += ok as usize;
                self.kinds[k][3] += idy as usize;
            }
        }
        if let Some(log) = self.log.as_mut() {
            for (u, _) in us.iter().zip(&used).filter(|x| !*x.1) {
                log.push(format!(
                    "FALSE {} {} [{}] {}",
                    doc.name,
                    u.rule,
                    u.name,
                    chars_of(&doc.text, u.span.0, u.span.1).replace('\n', " ")
                ));
            }
        }
    }

    /// (P, R, F1, speaker accuracy, end-to-end F1) over all units.
    pub fn all(&self) -> (f64, f64, f64, f64, f64) {
        let [g, m, s, _, _] = self.kinds[3];
        let p = (self.pred_quotes + self.pred_reported) as f64;
        let d = |a: usize, b: f64| if b > 0.0 { a as f64 / b } else { 0.0 };
        let f1 = |p: f64, r: f64| {
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let (pp, rr) = (d(m, p), d(m, g as f64));
        (
            pp,
            rr,
            f1(pp, rr),
            d(s, m as f64),
            f1(d(s, p), d(s, g as f64)),
        )
    }

    /// Recall of the gold units of kind `k` (0 direct, 1 mixed, 2 reported).
    #[allow(dead_code)] // (the floor test reads it, the bench prints the line)
    pub fn recall(&self, k: usize) -> f64 {
        self.kinds[k][1] as f64 / self.kinds[k][0].max(1) as f64
    }

    /// The scorer's line (without `seconds`).
    pub fn report(&self, suite: &str) -> String {
        let (p, r, f1, sa, e2e) = self.all();
        let d = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let f = |p: f64, r: f64| {
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let [g, m, _, i, rg] = self.kinds[3];
        let np = self.pred_quotes + self.pred_reported;
        let mut parts = vec![
            suite.to_string(),
            format!(
                "gold={g} pred={np} (quotes {}, reported {})",
                self.pred_quotes, self.pred_reported
            ),
            format!("all_P={p:.3} all_R={r:.3} all_F1={f1:.3} all_speaker_acc={sa:.3}"),
            format!("all_e2e_F1={e2e:.3}"),
        ];
        if rg > 0 {
            parts.push(format!(
                "all_identity_acc={:.3} all_identity_e2e_F1={:.3}",
                d(i, m),
                f(d(i, np), d(i, g))
            ));
        }
        for (k, label) in ["direct", "mixed", "reported"].iter().enumerate() {
            let [g, m, s, i, rg] = self.kinds[k];
            let id = if rg > 0 {
                format!(" identity_acc={:.3}", d(i, m))
            } else {
                String::new()
            };
            parts.push(format!(
                "{label}: gold={g} R={:.3} speaker_acc={:.3}{id}",
                d(m, g),
                d(s, m)
            ));
        }
        parts.join(" | ")
    }

    /// Per rule, one line: units predicted, their precision and speaker accuracy, and the
    /// gold units missed where only a unit of this rule overlapped (boundary misses); then
    /// the misses no unit touched, per kind.
    #[allow(dead_code)] // (the bench prints it, the floor test does not)
    pub fn by_rule(&self) -> String {
        let d = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let mut out = String::new();
        for (rule, [p, m, s, near]) in &self.rules {
            out += &format!(
                "  {rule:<36} pred={p:<5} P={:.3} speaker_acc={:.3} boundary_misses={near}\n",
                d(*m, *p),
                d(*s, *m)
            );
        }
        let [a, b, c] = self.unseen;
        out += &format!("  misses no unit touched: direct={a} mixed={b} reported={c}");
        out
    }
}
