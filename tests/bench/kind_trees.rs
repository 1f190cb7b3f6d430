//! Boosted depth-2 trees over the page-kind features: a comparison for `make train-kind`
//! (`KIND_TREES=1`), to see whether a non-linear table would tell more pages apart than the
//! logistic one that ships.
//!
//! Takes the trainer's samples and the rows to fit; gives the trees (logistic loss, classes
//! weighed equally, Newton leaves, shrinkage) and their score of a feature list.

use super::{sigmoid, Sample};

/// One depth-2 tree: a split at the root, one under each side, four leaves (raw units).
#[derive(Clone, Copy, Debug)]
pub struct Tree2 {
    /// (feature, threshold) of the root, the left child (x < t) and the right child.
    pub splits: [(usize, f64); 3],
    /// Leaves: left-left, left-right, right-left, right-right.
    pub leaves: [f64; 4],
}

impl Tree2 {
    fn eval(&self, x: &[f64]) -> f64 {
        let (f, t) = self.splits[0];
        let side = usize::from(x[f] >= t);
        let (g, u) = self.splits[1 + side];
        self.leaves[2 * side + usize::from(x[g] >= u)]
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
                    (i > 0 && i < v.len()).then(|| (v[i - 1] + v[i]) / 2.0)
                })
                .collect();
            c.dedup();
            c
        })
        .collect()
}

/// Best split of `rows` by gradient `g` and hessian `h` (Newton leaves, L2 `LAMBDA`): gives
/// (gain, feature, threshold).
fn best_split(
    data: &[Sample],
    rows: &[usize],
    g: &[f64],
    h: &[f64],
    cuts: &[Vec<f64>],
) -> Option<(f64, usize, f64)> {
    const LAMBDA: f64 = 1.0;
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
            if nl < MIN_LEAF || rows.len() - nl < MIN_LEAF {
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

const MIN_LEAF: usize = 12;
const ROUNDS: usize = 60;
const SHRINK: f64 = 0.2;

/// Boosted depth-2 trees (logistic loss, classes weighed equally) on `rows`.
pub fn boost(data: &[Sample], rows: &[usize]) -> (f64, Vec<Tree2>) {
    let cuts = cuts(data, rows);
    let pos = rows.iter().filter(|&&r| data[r].article).count().max(1) as f64;
    let neg = (rows.len() as f64 - pos).max(1.0);
    let cw = |s: &Sample| if s.article { 0.5 / pos } else { 0.5 / neg } * rows.len() as f64;
    let mut f = vec![0.0; data.len()];
    let mut trees = Vec::new();
    let (mut g, mut h) = (vec![0.0; data.len()], vec![0.0; data.len()]);
    for _ in 0..ROUNDS {
        for &r in rows {
            let p = sigmoid(f[r]);
            let y = f64::from(u8::from(data[r].article));
            g[r] = (p - y) * cw(&data[r]);
            h[r] = (p * (1.0 - p)).max(1e-6) * cw(&data[r]);
        }
        let Some((_, j, t)) = best_split(data, rows, &g, &h, &cuts) else {
            break;
        };
        let (left, right): (Vec<usize>, Vec<usize>) = rows.iter().partition(|&&r| data[r].x[j] < t);
        let mut splits = [(j, t); 3];
        let mut leaves = [0.0; 4];
        for (side, part) in [left, right].iter().enumerate() {
            let (k, u) = best_split(data, part, &g, &h, &cuts).map_or((j, t), |(_, k, u)| (k, u));
            splits[1 + side] = (k, u);
            for leaf in 0..2 {
                let (gs, hs) = part
                    .iter()
                    .filter(|&&r| usize::from(data[r].x[k] >= u) == leaf)
                    .fold((0.0, 0.0), |a, &r| (a.0 + g[r], a.1 + h[r]));
                leaves[2 * side + leaf] = -SHRINK * gs / (hs + 1.0);
            }
        }
        let tree = Tree2 { splits, leaves };
        for &r in rows {
            f[r] += tree.eval(&data[r].x);
        }
        trees.push(tree);
    }
    (0.0, trees)
}

pub fn boost_score(trees: &[Tree2], x: &[f64]) -> f64 {
    trees.iter().map(|t| t.eval(x)).sum()
}
