//! Named entities: people, organisations and places mentioned in the article, with their
//! mentions clustered (`Peskov` = `Dmitry Peskov`), a role from the text and gender from
//! textual evidence only.
//!
//! Takes a segmented [`Doc`]; gives [`Entities`]: the entity list and every mention span.

mod cluster;
mod datelines;
pub mod lexicon;
mod mention;
mod names;
mod role;
mod runs;
mod vocabulary;

pub use names::furniture;

use crate::text::{Doc, Span};
use serde::Serialize;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, government body, party, outlet…
    Organization,
    /// A country, city or region.
    Place,
    /// Anything else.
    Other,
}

/// Gender, only as the text shows it (pronouns, honorifics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// she/her, Mrs, Ms…
    Female = 0,
    /// he/him, Mr…
    Male = 1,
}

/// One entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// The fullest name the text uses.
    pub name: String,
    /// Person, organisation, place or other.
    pub kind: EntityKind,
    /// Role or title from the text ("Kremlin spokesman").
    pub role: Option<String>,
    /// Gender from textual evidence, if any.
    pub gender: Option<Gender>,
    /// How many times the text mentions it.
    pub mentions: usize,
    /// How many quotes it is given (filled by attribution).
    pub quotes: usize,
}

/// A mention of an entity in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Where the name stands (without any title before it).
    pub span: Span,
    /// Index into [`Entities::list`].
    pub entity: usize,
}

/// All entities of a document and their mentions in text order.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Entities, in order of first mention.
    pub list: Vec<Entity>,
    /// Mentions, in text order.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// The last mention that ends at or before byte `pos`, if any.
    pub fn mentions_before(&self, pos: usize) -> impl Iterator<Item = &Mention> {
        let i = self.mentions.partition_point(|m| m.span.end <= pos);
        self.mentions[..i].iter().rev()
    }
}

/// Finds the entities of a document.
pub fn find(doc: &Doc) -> Entities {
    cluster::cluster(doc, names::spot(doc))
}
