//! The weights of the article-or-not score ([`super::kind`]), written by `make train-kind`.
//!
//! Takes nothing; gives the bias, one weight per feature (raw units: the trainer folds its
//! standardisation in) and the threshold. Fitted on 1008 gated pages of WCXB dev (CC-BY-4.0) and
//! AEB (MIT). Do not edit by hand: re-run the trainer.

// The trainer writes six decimals, more than some f32 weights hold exactly.
#![allow(clippy::excessive_precision)]

/// Constant term.
pub const BIAS: f32 = -6.903681;
/// One weight per feature of [`super::kind::NAMES`].
pub const WEIGHTS: [f32; super::kind::N] = [
    0.696751, 1.333277, 1.444965, 0.659968, -0.073757, -1.000681, -2.422535, -0.272549, 0.334792,
    2.354370, -0.189004, -0.172720, -0.596604, 0.231361, -0.873411, -0.194566, 0.067962, -0.347767,
    -0.398344, -0.319042, -0.190275, 0.062724, -0.011150, 0.042430, 0.677712, -1.184646, 0.944904,
    2.982366, -0.076123, -0.304527, 0.314817, 2.753636, -3.878448,
];
/// Scores at or above this read as articles.
pub const THRESHOLD: f32 = -3.062079;
