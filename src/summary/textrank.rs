//! TextRank (Mihalcea & Tarau, 2004): sentence centrality over a word-overlap graph.
//!
//! Takes sentences as term [`Bag`]s; gives one score per sentence: PageRank over the graph
//! whose edge weight is the number of shared terms over `ln|a| + ln|b|`, scaled to a mean of
//! one. Also gives [`baseline`], plain TextRank as published, which the bench prints next to
//! Lede.
//!
//! Comparing sentences pairwise is quadratic, so only the first [`MAX_GRAPH`] sentences enter
//! the graph and later ones score 0 (news puts what matters first; a 5,000-word article has
//! ~250 sentences). Each sentence keeps its [`MAX_NEIGHBOURS`] strongest edges (and the edges
//! of those that keep it), so PageRank rounds stay linear: a 400-sentence article ranks in
//! about 2 ms natively. Articles of up to `MAX_NEIGHBOURS + 1` sentences keep every edge.

use super::terms::{bags, Bag};
use crate::text::{Doc, Span};

/// Most sentences compared pairwise.
pub const MAX_GRAPH: usize = 400;
/// Most edges a sentence keeps (its strongest).
pub const MAX_NEIGHBOURS: usize = 40;
/// PageRank damping factor.
const DAMPING: f64 = 0.85;
/// PageRank stops when no score moves more than this.
const TOLERANCE: f64 = 1e-5;
/// PageRank gives up after this many rounds.
const MAX_ROUNDS: usize = 60;

/// Edge weight between two sentences: shared distinct terms over the log of their lengths.
pub fn similarity(a: &Bag, b: &Bag) -> f64 {
    let norm = (a.len.max(1) as f64).ln() + (b.len.max(1) as f64).ln();
    if norm <= 0.0 {
        return 0.0;
    }
    a.shared(b) as f64 / norm
}

/// TextRank score of each sentence (mean 1 over the graph; 0 beyond [`MAX_GRAPH`]).
///
/// Every table is one flat vector, indexed through slices: at opt-level "z" a `Vec` index
/// or push is a call, and this runs in every analysis.
pub fn scores(bags: &[Bag]) -> Vec<f64> {
    let n = bags.len().min(MAX_GRAPH);
    let mut out = vec![0.0; bags.len()];
    if n == 0 {
        return out;
    }
    let bags = &bags[..n];
    let graph = Graph::new(bags);
    let (starts, cols, weights) = (&graph.starts[..], &graph.cols[..], &graph.weights[..]);
    // Each edge's weight over the total weight of its far end.
    let mut totals = vec![0.0f64; n];
    for (i, total) in totals.iter_mut().enumerate() {
        let mut sum = 0.0;
        for &w in &weights[starts[i] as usize..starts[i + 1] as usize] {
            sum += w;
        }
        *total = sum;
    }
    let totals = &totals[..];
    let inflow: Vec<f64> = cols
        .iter()
        .zip(weights)
        .map(|(&j, &w)| w / totals[j as usize])
        .collect();
    let inflow = &inflow[..];
    // Gauss–Seidel rounds (each score updated in place from the newest ones): the same fixed
    // point as the textbook Jacobi rounds, reached in about half as many rounds. The terms
    // are summed in neighbour order, as before the tables were flattened.
    let mut rank_buf = vec![1.0f64; n];
    let rank = &mut rank_buf[..];
    for _ in 0..MAX_ROUNDS {
        let mut moved = 0f64;
        for i in 0..n {
            let (a, b) = (starts[i] as usize, starts[i + 1] as usize);
            let mut sum = 0.0;
            for k in a..b {
                sum += inflow[k] * rank[cols[k] as usize];
            }
            let next = (1.0 - DAMPING) + DAMPING * sum;
            moved = moved.max((next - rank[i]).abs());
            rank[i] = next;
        }
        if moved < TOLERANCE {
            break;
        }
    }
    let mean = rank.iter().sum::<f64>() / n as f64;
    for (o, &r) in out.iter_mut().zip(rank.iter()) {
        *o = if mean > 0.0 { r / mean } else { 0.0 };
    }
    out
}

/// The sentence graph as compressed rows: row `i` holds its neighbours `cols[starts[i]..
/// starts[i + 1]]` in increasing order, with the edge weights alongside.
struct Graph {
    starts: Vec<u32>,
    cols: Vec<u32>,
    weights: Vec<f64>,
}

impl Graph {
    /// The graph of `bags` (at most [`MAX_GRAPH`] of them): every pair sharing a term, then
    /// only the edges one end keeps among its [`MAX_NEIGHBOURS`] strongest.
    fn new(bags: &[Bag]) -> Graph {
        let n = bags.len();
        // Inverted index, one flat list: the sentences holding term `t` are
        // `postings[post_starts[t]..post_starts[t + 1]]`, in increasing order.
        let vocabulary = bags
            .iter()
            .flat_map(|b| b.ids.iter())
            .max()
            .map_or(0, |&m| m as usize + 1);
        let mut post_starts_buf = vec![0u32; vocabulary + 1];
        let post_starts = &mut post_starts_buf[..];
        for bag in bags {
            for &t in &bag.ids {
                post_starts[t as usize + 1] += 1;
            }
        }
        for t in 0..vocabulary {
            post_starts[t + 1] += post_starts[t];
        }
        let post_starts = &post_starts_buf[..];
        // `cursor[t]`: where the next sentence holding `t` goes, then (in the pair loop)
        // where sentence `i` itself sits in `t`'s list.
        let mut cursor: Vec<u32> = post_starts[..vocabulary].to_vec();
        let mut postings_buf = vec![0u32; post_starts[vocabulary] as usize];
        {
            let (postings, cursor) = (&mut postings_buf[..], &mut cursor[..]);
            for (i, bag) in bags.iter().enumerate() {
                for &t in &bag.ids {
                    postings[cursor[t as usize] as usize] = i as u32;
                    cursor[t as usize] += 1;
                }
            }
        }
        let postings = &postings_buf[..];
        cursor.copy_from_slice(&post_starts[..vocabulary]);
        let cursor = &mut cursor[..];

        let log_len: Vec<f64> = bags.iter().map(|b| (b.len.max(1) as f64).ln()).collect();
        let log_len = &log_len[..];
        // Every pair (i < j) sharing a term, by i then j; and each sentence's degree.
        let mut pairs: Vec<(u32, u32, f64)> = Vec::with_capacity(16 * n);
        let mut degree_buf = vec![0u32; n + 1];
        let degree = &mut degree_buf[..];
        let mut shared_buf = vec![0u32; n];
        let shared = &mut shared_buf[..];
        let mut touched: Vec<u32> = Vec::with_capacity(n);
        for (i, bag) in bags.iter().enumerate() {
            for &t in &bag.ids {
                let t = t as usize;
                // Sentences before `i` in this list were all seen: `i` sits at the cursor.
                let (from, to) = (cursor[t] as usize + 1, post_starts[t + 1] as usize);
                cursor[t] += 1;
                for &j in &postings[from..to] {
                    if shared[j as usize] == 0 {
                        touched.push(j);
                    }
                    shared[j as usize] += 1;
                }
            }
            crate::order::sort_by(&mut touched, |a, b| a.cmp(b));
            for &j in &touched {
                let norm = log_len[i] + log_len[j as usize];
                if norm > 0.0 {
                    pairs.push((i as u32, j, f64::from(shared[j as usize]) / norm));
                    degree[i + 1] += 1;
                    degree[j as usize + 1] += 1;
                }
                shared[j as usize] = 0;
            }
            touched.clear();
        }
        // Each sentence's edges (far end, pair index) in rows: by far end, as pairs come by
        // their smaller end, then their larger one.
        for i in 0..n {
            degree[i + 1] += degree[i];
        }
        let row_starts = &degree_buf[..];
        let mut fill_buf: Vec<u32> = row_starts[..n].to_vec();
        let mut far_buf = vec![0u32; pairs.len() * 2];
        let mut pair_of_buf = vec![0u32; pairs.len() * 2];
        let (fill, far, pair_of) = (&mut fill_buf[..], &mut far_buf[..], &mut pair_of_buf[..]);
        for (p, &(i, j, _)) in pairs.iter().enumerate() {
            for (end, other) in [(i, j), (j, i)] {
                let at = fill[end as usize] as usize;
                far[at] = other;
                pair_of[at] = p as u32;
                fill[end as usize] += 1;
            }
        }
        // An edge stays when either end keeps it: its strongest by (weight, then index), a
        // total order, so the kept set is the one a full sort would keep.
        let (far, pair_of, pairs) = (&far_buf[..], &pair_of_buf[..], &pairs[..]);
        let mut kept_buf = vec![false; pairs.len()];
        let kept = &mut kept_buf[..];
        let mut scratch: Vec<(u32, f64)> = Vec::with_capacity(n);
        for i in 0..n {
            let row = row_starts[i] as usize..row_starts[i + 1] as usize;
            if row.len() <= MAX_NEIGHBOURS {
                for &p in &pair_of[row] {
                    kept[p as usize] = true;
                }
                continue;
            }
            let order = |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
            scratch.clear();
            for k in row.clone() {
                scratch.push((far[k], pairs[pair_of[k] as usize].2));
            }
            scratch.select_nth_unstable_by(MAX_NEIGHBOURS - 1, order);
            let last = scratch[MAX_NEIGHBOURS - 1];
            for k in row {
                let p = pair_of[k] as usize;
                if order(&(far[k], pairs[p].2), &last).is_le() {
                    kept[p] = true;
                }
            }
        }
        let mut starts = Vec::with_capacity(n + 1);
        let mut cols = Vec::with_capacity(far.len());
        let mut weights = Vec::with_capacity(far.len());
        starts.push(0u32);
        for i in 0..n {
            for k in row_starts[i] as usize..row_starts[i + 1] as usize {
                let p = pair_of[k] as usize;
                if kept[p] {
                    cols.push(far[k]);
                    weights.push(pairs[p].2);
                }
            }
            starts.push(cols.len() as u32);
        }
        Graph {
            starts,
            cols,
            weights,
        }
    }
}

/// Plain TextRank: the `n` best of `spans` by score alone, best first.
pub fn baseline(doc: &Doc, spans: &[Span], n: usize) -> Vec<Span> {
    let scores = scores(&bags(spans.iter().map(|s| doc.slice(*s))));
    let mut order: Vec<usize> = (0..spans.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        scores[b].total_cmp(&scores[a]).then(a.cmp(&b))
    });
    order.into_iter().take(n).map(|i| spans[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_sharing_most_ranks_first() {
        let s = scores(&bags([
            "ceasefire talks kremlin",
            "ceasefire kremlin putin trump",
            "weather sunny",
            "putin trump ceasefire",
        ]));
        assert!(s[1] > s[0] && s[1] > s[2] && s[0] > s[2]);
        assert!((s.iter().sum::<f64>() / 4.0 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn empty_and_single_inputs_do_not_panic() {
        assert!(scores(&[]).is_empty());
        assert_eq!(scores(&bags(["lonely"])), [1.0]);
        assert_eq!(scores(&bags(["", "."])), [1.0, 1.0]);
    }

    #[test]
    fn long_articles_keep_the_strongest_edges_only() {
        let texts: Vec<String> = (0..MAX_NEIGHBOURS * 3)
            .map(|i| format!("common w{} w{}", i % 7, i))
            .collect();
        let s = scores(&bags(texts.iter().map(String::as_str)));
        assert_eq!(s.len(), MAX_NEIGHBOURS * 3);
        assert!(s.iter().all(|x| x.is_finite() && *x > 0.0));
        assert!((s.iter().sum::<f64>() / s.len() as f64 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn sentences_past_the_cap_score_zero() {
        let texts: Vec<String> = (0..MAX_GRAPH + 5)
            .map(|i| format!("alpha beta w{i}"))
            .collect();
        let s = scores(&bags(texts.iter().map(String::as_str)));
        assert_eq!(s.len(), MAX_GRAPH + 5);
        assert!(s[0] > 0.0 && s[MAX_GRAPH] == 0.0);
    }
}
