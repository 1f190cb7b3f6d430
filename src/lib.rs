//! Lede's core: from a page snapshot to insights about who said what.
//!
//! Takes a [`Page`] (built from HTML, a live DOM or plain text); gives [`Insights`], the
//! schema-1 JSON object (`docs/insights.md`, `docs/schema/insights.schema.json`) with every
//! span in UTF-16 code units. Pure Rust: the browser bindings live in `wasm` (wasm32 only), the
//! CLI in `main.rs`.
//!
//! Pipeline: `page` → `extract` (article blocks + metadata) → `text` (sentences, quote marks)
//! → `entities` + `quotes` (attribution) → `reported` (speech without quotation marks) → `summary` → `insights` (JSON shape).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod entities;
#[doc(hidden)]
pub mod eval;
pub mod extract;
#[cfg(not(target_arch = "wasm32"))]
pub mod input;
pub mod insights;
pub mod lang;
pub mod lexicon;
pub mod limits;
pub mod order;
pub mod page;
pub mod quotes;
pub mod report;
pub mod reported;
pub mod summary;
pub mod text;
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
#[cfg(target_arch = "wasm32")]
pub use wasm as wasm_api;

pub use extract::{extract, Article};
pub use insights::{analyze, analyze_page, analyze_text, Insights};
pub use page::Page;

/// Everything that can go wrong between input and insights. A page without an article is not
/// among them: it gets an empty analysis ([`insights::no_article`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input held nothing but whitespace (an empty file, empty text).
    #[error("the input is empty")]
    Empty,
    /// The input is not text (binary data).
    #[error("the input looks like binary data, not text or HTML")]
    Binary,
    /// A packed live-DOM snapshot was inconsistent.
    #[error(transparent)]
    Snapshot(#[from] page::packed::PackedError),
}
