//! Name spotting: runs of capitalised words become name mentions, with the title before them
//! split off as a role (`Former Arkansas Gov.` + `Mike Huckabee`, `Columnist` + `George
//! Will`), a lower-case role before them (`Kremlin spokesman`) or an appositive after them
//! (`Flynn, a top Trump surrogate,`).
//!
//! Takes a [`Doc`]; gives [`Spotted`] mentions in text order, not yet clustered. The run's
//! end is [`super::runs`]'s, the mention in it [`super::mention`]'s.

use super::datelines::dateline;
pub use super::datelines::furniture;
use super::lexicon::{self, STOP};
use super::mention::name_in_run;
pub use super::mention::Spotted;
use super::runs::{apostrophe, hyphen_adjective, particle_name, run_end};
use super::vocabulary::lowercase_initials;
use super::EntityKind;
use crate::text::tokens::is_cap;
use crate::text::{Doc, Span};
use std::cell::OnceCell;

/// Finds the name mentions of a document.
pub fn spot(doc: &Doc) -> Vec<Spotted> {
    let text = doc.text;
    let inner = OnceCell::new();
    let mut out = Vec::new();
    let skip: Vec<bool> = doc
        .paragraphs
        .iter()
        .map(|p| furniture(p.of(text)))
        .collect();
    let initial_lower = lowercase_initials(doc, &skip);
    for (si, s) in doc.sentences.iter().enumerate() {
        if skip[s.paragraph] {
            continue;
        }
        let toks = doc.sentence_tokens(si);
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].span.of(text);
            // (The part before an apostrophe, as `split(…).next()` gave it, without an
            // iterator per word.)
            let base = apostrophe(w).map_or(w, |a| &w[..a]);
            if !is_cap(w) && !particle_name(w)
                || base != w && STOP.contains(&base)
                || hyphen_adjective(w)
                || lexicon::is_party_tag(w)
            {
                i += 1;
                continue;
            }
            let j = run_end(text, toks, i);
            let opens_paragraph = i == 0 && doc.paragraphs[s.paragraph].start == s.span.start;
            if opens_paragraph && dateline(text, &toks[..j], &text[toks[j - 1].span.end..]) {
                out.push(Spotted {
                    span: Span::new(toks[0].span.start, toks[j - 1].span.end),
                    role: None,
                    gender: None,
                    kind: Some(EntityKind::Place),
                });
            } else if let Some(m) = name_in_run(text, toks, i, j, s.span, initial_lower[si], &inner)
            {
                out.push(m);
            } else if lexicon::is_title(w)
                && toks.get(i + 1).is_some_and(|t| t.span.of(text) == "of")
            {
                // The rest of an office's list is the office's too (`Minister of Innovation,
                // Science and Economic Development`).
                let mut end = j;
                while let Some(n) = (end..toks.len()).find(|&n| is_cap(toks[n].span.of(text))) {
                    let gap = &text[toks[end - 1].span.end..toks[n].span.start];
                    if gap.replace("and", "").trim_matches([',', ' ']).is_empty() && n - end <= 1 {
                        end = run_end(text, toks, n);
                    } else {
                        break;
                    }
                }
                i = end;
                continue;
            }
            i = j;
        }
    }
    out
}
