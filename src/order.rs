//! One stable sort for the whole crate.
//!
//! Takes a slice and a comparator (or a key); gives the slice sorted stably, exactly as
//! `slice::sort_by` would. Each `sort_by` call site of another element or closure type makes
//! the compiler emit its own copy of the standard library's sort (~3 KB of WASM each, 40 KB
//! for a dozen sites); here every caller sorts a list of positions through one shared,
//! non-generic sort with a `dyn` comparator, then moves its elements into that order. A
//! stable sort's result is the same whatever the algorithm, so callers see no difference.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    {
        let v = &*v;
        sort_positions(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    }
    permute(v, &order);
}

/// Sorts `v` stably by the key `key` gives (as `v.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The one instance of the standard sort: positions ordered by `cmp`.
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Moves the elements of `v` so that position `i` holds the element that was at `order[i]`
/// (`order` a permutation of `0..v.len()`). In place: the element wanted at `i`, if it was
/// already moved out of its place by an earlier swap, is found by following `order` from
/// where it was, since every swap sent the element it displaced to the place the chain names.
fn permute<T>(v: &mut [T], order: &[usize]) {
    for i in 0..v.len() {
        let mut j = order[i];
        while j < i {
            j = order[j];
        }
        v.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pseudo-random numbers (an LCG): the test needs many orders, not good randomness.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        for seed in 0..300u64 {
            let n = (seed % 70) as usize;
            // Pairs (key, position): many equal keys, so stability shows in the positions.
            let keys = numbers(seed, n, 1 + seed % 9);
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "seed {seed}");
            // A reversed comparator with a tie-break, on owned strings.
            let mut ours: Vec<String> = keys.iter().map(|k| format!("{k}")).collect();
            let mut std = ours.clone();
            sort_by(&mut ours, |a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            std.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            assert_eq!(ours, std, "seed {seed}");
        }
    }

    #[test]
    fn a_subslice_sorts_and_the_rest_stays() {
        let mut v = vec![9, 8, 3, 1, 2];
        sort_by_key(&mut v[2..], |&x| x);
        assert_eq!(v, [9, 8, 1, 2, 3]);
        let mut e: Vec<u8> = Vec::new();
        sort_by(&mut e, |a, b| a.cmp(b));
        assert!(e.is_empty());
    }
}
