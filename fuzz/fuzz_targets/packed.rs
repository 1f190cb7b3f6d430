//! Fuzz target: the packed live-DOM decoder (`page_from_packed`) with arbitrary fields, then
//! `analyze_page` on whatever it accepts.
//!
//! Takes the fuzzer's bytes as [`Input`] (via `arbitrary`): either the raw fields as a
//! hostile page script could hand them over, or a shaped snapshot whose parents and block
//! lengths mostly fit, so the analysis behind the decoder gets exercised too. Gives nothing,
//! but panics — a crash for libFuzzer — when decoding or analysis panics or an accepted
//! snapshot breaks an invariant of `tests/fixtures/hostile/invariants.rs`.
#![no_main]

#[path = "../../tests/fixtures/hostile/invariants.rs"]
mod invariants;

use arbitrary::Arbitrary;
use lede::page::packed::{page_from_packed, Packed};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Fields {
    title: String,
    lang: String,
    head: String,
    nodes: String,
    parents: Vec<u32>,
    text: String,
    blocks: Vec<u32>,
}

#[derive(Debug, Arbitrary)]
enum Input {
    /// Every field exactly as given.
    Raw(Fields),
    /// Node tags and hints, parents taken modulo the index, blocks cut from `text` in the
    /// given lengths.
    Shaped {
        title: String,
        head: String,
        nodes: Vec<(String, String, u32)>,
        text: String,
        blocks: Vec<(u32, u8, u8)>,
    },
}

fn shaped(
    title: String,
    head: String,
    nodes: Vec<(String, String, u32)>,
    text: String,
    blocks: Vec<(u32, u8, u8)>,
) -> Packed {
    let clean = |s: &str| s.replace(['\u{1e}', '\u{1f}'], " ");
    let mut parents = Vec::new();
    let mut items = Vec::new();
    for (i, (tag, hints, parent)) in nodes.iter().enumerate() {
        items.push(format!("{}\u{1f}{}", clean(tag), clean(hints)));
        let p = parent % (i as u32 + 1);
        parents.push(if p == i as u32 { u32::MAX } else { p });
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = Vec::new();
    let mut at = 0usize;
    for (node, len, link) in blocks {
        if nodes.is_empty() || at >= units.len() {
            break;
        }
        let mut end = (at + len as usize + 1).min(units.len());
        // Keep surrogate pairs whole so the snapshot is valid.
        while end < units.len() && (0xDC00..0xE000).contains(&units[end]) {
            end += 1;
        }
        out.extend([node % nodes.len() as u32, (end - at) as u32, link as u32]);
        at = end;
    }
    Packed {
        title,
        lang: "en".into(),
        head,
        nodes: items.join("\u{1e}"),
        parents,
        text: String::from_utf16_lossy(&units[..at]),
        blocks: out,
    }
}

fuzz_target!(|input: Input| {
    let packed = match input {
        Input::Raw(f) => Packed {
            title: f.title,
            lang: f.lang,
            head: f.head,
            nodes: f.nodes,
            parents: f.parents,
            text: f.text,
            blocks: f.blocks,
        },
        Input::Shaped {
            title,
            head,
            nodes,
            text,
            blocks,
        } => shaped(title, head, nodes, text, blocks),
    };
    let Ok(page) = page_from_packed(&packed) else {
        return;
    };
    if let Ok(ins) = lede::analyze_page(&page) {
        if let Err(e) = invariants::check(&ins) {
            panic!("invariant broken: {e}");
        }
    }
});
