//! What attribution proposes about entities, and the one step that applies it.
//!
//! Takes, while the quotes are attributed, the evidence they give about entities (`she said`
//! says the speaker is female); gives, once every quote is attributed, the entities updated in
//! this order: gender evidence (the first for each entity wins, a gender the text already gave
//! stays), quote counts, then the list put in first-mention order (quotes and mentions
//! re-pointed). Descriptions that name a speaker (`White House officials`) are still added at
//! once, since later quotes resolve to them (`they said`).

use super::Quote;
use crate::entities::{Entities, Gender};

/// Evidence about entities, gathered while attributing.
#[derive(Debug, Default)]
pub struct Proposals {
    /// (entity, gender) in the order the quotes gave it.
    genders: Vec<(usize, Gender)>,
}

impl Proposals {
    /// `she said` resolved to entity `e`: evidence that `e` is female.
    pub fn gender(&mut self, e: usize, g: Gender) {
        self.genders.push((e, g));
    }

    /// Applies the proposals and the quote counts, then orders the entities by first
    /// mention, re-pointing `quotes` and the mentions.
    pub fn apply(self, ents: &mut Entities, quotes: &mut [Quote]) {
        for (e, g) in self.genders {
            ents.list[e].gender.get_or_insert(g);
        }
        for q in quotes.iter() {
            if let Some(s) = q.speaker {
                ents.list[s].quotes += 1;
            }
        }
        first_mention_order(ents, quotes);
    }
}

/// Puts the entity list in order of first mention (an entity without a mention last, in its
/// old order), and re-points every mention and quote speaker.
fn first_mention_order(ents: &mut Entities, quotes: &mut [Quote]) {
    let n = ents.list.len();
    let mut first = vec![usize::MAX; n];
    for m in &ents.mentions {
        first[m.entity] = first[m.entity].min(m.span.start);
    }
    let mut order: Vec<usize> = (0..n).collect();
    crate::order::sort_by_key(&mut order, |&e| (first[e], e));
    if order.iter().enumerate().all(|(i, &e)| i == e) {
        return;
    }
    let mut new_index = vec![0; n];
    for (i, &e) in order.iter().enumerate() {
        new_index[e] = i;
    }
    let mut old: Vec<Option<crate::entities::Entity>> = std::mem::take(&mut ents.list)
        .into_iter()
        .map(Some)
        .collect();
    ents.list = order.iter().filter_map(|&e| old[e].take()).collect();
    for m in &mut ents.mentions {
        m.entity = new_index[m.entity];
    }
    for q in quotes {
        q.speaker = q.speaker.map(|s| new_index[s]);
    }
}
