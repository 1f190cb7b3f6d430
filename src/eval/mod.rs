//! Quality scoring shared by the benchmarks (`make bench-*`) and the corpus floor tests: each
//! submodule reproduces one metric of GUIDE.md §4 exactly.
//!
//! Takes Lede's output and a corpus's gold; gives the numbers. Corpus readers skip with a
//! message when `../shared` is absent.
pub mod extract;
pub mod quotes;
pub mod summary;
#[cfg(not(target_arch = "wasm32"))]
pub mod wcxb;
