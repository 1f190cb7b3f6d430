//! Boosted trees over the page-kind features: what `make train-kind` fits and ships as
//! `src/extract/kind_table.rs` (a linear table cannot turn down enough service and listing
//! pages without losing stories; a few shallow trees can).
//!
//! Takes the trainer's samples and the rows to fit; gives complete trees of depth
//! [`depth`] (logistic loss, classes weighed equally, Newton leaves with an L2 term, shrinkage,
//! candidate cuts at 16 quantiles per feature; deterministic) and their score of a feature list.
//! Knobs for experiments: `KIND_DEPTH`, `KIND_ROUNDS`, `KIND_SHRINK`, `KIND_MIN_LEAF`,
//! `KIND_SAMPLE`.

use super::{sigmoid, Sample};

fn knob(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
/// Levels of splits per tree.
pub fn depth() -> usize {
    knob("KIND_DEPTH", 2.0) as usize
}
fn rounds() -> usize {
    knob("KIND_ROUNDS", 75.0) as usize
}
fn shrink() -> f64 {
    knob("KIND_SHRINK", 0.2)
}
/// Share of the rows each round sees (a fixed-seed draw: stochastic boosting, deterministic).
fn sample() -> f64 {
    knob("KIND_SAMPLE", 0.5)
}
fn min_leaf() -> usize {
    knob("KIND_MIN_LEAF", 5.0) as usize
}
const LAMBDA: f64 = 1.0;

/// One complete tree in heap order: node `i` sends `x[f] < t` to `2i+1`, else `2i+2`; the
/// `2^depth` leaves follow the `2^depth - 1` splits.
#[derive(Clone, Debug)]
pub struct Tree {
    pub splits: Vec<(usize, f64)>,
    pub leaves: Vec<f64>,
}

impl Tree {
    pub fn eval(&self, x: &[f64]) -> f64 {
        let mut i = 0;
        while i < self.splits.len() {
            let (f, t) = self.splits[i];
            i = 2 * i + 1 + usize::from(x[f] >= t);
        }
        self.leaves[i - self.splits.len()]
    }
}

/// Candidate thresholds per feature: the midpoints between distinct values at 16 quantiles.
fn cuts(data: &[Sample], rows: &[usize]) -> Vec<Vec<f64>> {
    let n = data[0].x.len();
    (0..n)
        .map(|j| {
            let mut v: Vec<f64> = rows.iter().map(|&r| data[r].x[j]).collect();
            v.sort_by(f64::total_cmp);
            v.dedup();
            let mut c: Vec<f64> = (1..16)
                .filter_map(|q| {
                    let i = q * v.len() / 16;
                    // f32 midpoints: the shipped table compares f32 features.
                    (i > 0 && i < v.len()).then(|| f64::from(((v[i - 1] + v[i]) / 2.0) as f32))
                })
                .collect();
            c.dedup();
            c
        })
        .collect()
}

/// Best split of `rows` by gradient `g` and hessian `h`: gives (gain, feature, threshold).
fn best_split(
    data: &[Sample],
    rows: &[usize],
    g: &[f64],
    h: &[f64],
    cuts: &[Vec<f64>],
) -> Option<(f64, usize, f64)> {
    let (gs, hs): (f64, f64) = rows
        .iter()
        .fold((0.0, 0.0), |a, &r| (a.0 + g[r], a.1 + h[r]));
    let mut best: Option<(f64, usize, f64)> = None;
    for (j, cs) in cuts.iter().enumerate() {
        for &t in cs {
            let (mut gl, mut hl, mut nl) = (0.0, 0.0, 0usize);
            for &r in rows {
                if data[r].x[j] < t {
                    gl += g[r];
                    hl += h[r];
                    nl += 1;
                }
            }
            if nl < min_leaf() || rows.len() - nl < min_leaf() {
                continue;
            }
            let (gr, hr) = (gs - gl, hs - hl);
            let gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - gs * gs / (hs + LAMBDA);
            if best.is_none_or(|b| gain > b.0) {
                best = Some((gain, j, t));
            }
        }
    }
    best
}

/// Grows one tree on `rows`: each node takes its best split, or its parent's (a node too
/// small to split sends all its rows one way).
fn grow(data: &[Sample], rows: &[usize], g: &[f64], h: &[f64], cuts: &[Vec<f64>]) -> Tree {
    let d = depth();
    let inner = (1 << d) - 1;
    let mut splits = vec![(0usize, f64::MAX); inner];
    let mut parts: Vec<Vec<usize>> = vec![rows.to_vec()];
    for i in 0..inner {
        let part = std::mem::take(&mut parts[i]);
        let fallback = if i == 0 {
            (0, f64::MAX)
        } else {
            splits[(i - 1) / 2]
        };
        let (f, t) = best_split(data, &part, g, h, cuts).map_or(fallback, |(_, f, t)| (f, t));
        splits[i] = (f, t);
        let (l, r): (Vec<usize>, Vec<usize>) = part.iter().partition(|&&r| data[r].x[f] < t);
        parts.push(l);
        parts.push(r);
    }
    let leaves = parts[inner..]
        .iter()
        .map(|p| {
            let (gs, hs) = p.iter().fold((0.0, 0.0), |a, &r| (a.0 + g[r], a.1 + h[r]));
            -shrink() * gs / (hs + LAMBDA)
        })
        .collect();
    Tree { splits, leaves }
}

/// Boosted trees (logistic loss, classes weighed equally) on `rows`.
pub fn boost(data: &[Sample], rows: &[usize]) -> Vec<Tree> {
    let cuts = cuts(data, rows);
    let pos = rows.iter().filter(|&&r| data[r].article).count().max(1) as f64;
    let neg = (rows.len() as f64 - pos).max(1.0);
    let cw = |s: &Sample| if s.article { 0.5 / pos } else { 0.5 / neg } * rows.len() as f64;
    let mut f = vec![0.0; data.len()];
    let mut trees = Vec::new();
    let (mut g, mut h) = (vec![0.0; data.len()], vec![0.0; data.len()]);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..rounds() {
        let seen: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                ((seed >> 33) as f64 / (1u64 << 31) as f64) < sample()
            })
            .collect();
        for &r in rows {
            let p = sigmoid(f[r]);
            let y = f64::from(u8::from(data[r].article));
            g[r] = (p - y) * cw(&data[r]);
            h[r] = (p * (1.0 - p)).max(1e-6) * cw(&data[r]);
        }
        let tree = grow(data, &seen, &g, &h, &cuts);
        for &r in rows {
            f[r] += tree.eval(&data[r].x);
        }
        trees.push(tree);
    }
    trees
}

/// The trees' score of a feature list: above 0 leans article.
pub fn boost_score(trees: &[Tree], x: &[f64]) -> f64 {
    trees.iter().map(|t| t.eval(x)).sum()
}
