//! The weights of the article-or-not score ([`super::kind`]), written by `make train-kind`.
//!
//! Takes nothing; gives the bias, one weight per feature (raw units: the trainer folds its
//! standardisation in) and the threshold. Fitted on 1008 gated pages of WCXB dev (CC-BY-4.0) and
//! AEB (MIT). Do not edit by hand: re-run the trainer.

// The trainer writes six decimals, more than some f32 weights hold exactly.
#![allow(clippy::excessive_precision)]

/// Constant term.
pub const BIAS: f32 = -7.669073;
/// One weight per feature of [`super::kind::NAMES`].
pub const WEIGHTS: [f32; super::kind::N] = [
    0.810000, 1.112446, 1.236101, 0.424343, 0.100328, -1.186882, -2.210000, -0.396176, 1.913403,
    1.995071, -0.139474, -0.841021, -0.599214, 0.151773, -0.719679, -0.126623, 0.195331, -0.505500,
    -0.630493, -0.107605, -0.111812, -0.039864, -0.057802, 0.060813, 1.004828, -1.350859, 0.975661,
    2.538799, -0.098029, -0.400936, -0.069021, 2.569769, -3.946331, -0.038800, -0.001606,
    -0.453754, 0.042601, -2.395626, 1.771827, 1.591485, 0.480828,
];
/// Scores at or above this read as articles.
pub const THRESHOLD: f32 = -3.219820;
