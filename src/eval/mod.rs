//! Quality scoring shared by the benchmarks (`make bench-*`) and the corpus floor tests: each
//! submodule reproduces one published metric exactly (the module docs say how).
//!
//! Takes Lede's output and a corpus's gold; gives the numbers. Corpus readers skip with a
//! message when `../shared` is absent.
pub mod extract;
#[cfg(not(target_arch = "wasm32"))]
pub mod identity;
pub mod quotes;
pub mod summary;
#[cfg(not(target_arch = "wasm32"))]
pub mod wcxb;
