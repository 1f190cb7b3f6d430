//! The German Wikinews quotation set as gold units of the all-statement metric, read as
//! `../shared/tools/attribution_eval.py --suite german` reads it.
//!
//! Takes a split folder (`dev`, `train`; never `test`) of `*.json` articles (`text`,
//! `annotations` with `quote` and `speaker` spans in code points and a `nested` flag); gives
//! one [`metric::Doc`] per article: every quote span of every non-nested annotation with its
//! speaker spans and their text, no reference name. Shared by `make bench-german` and the floor
//! test `tests/lang_german.rs`.

use super::metric::{Doc, Gold};
use std::path::Path;

/// The articles of a split, sorted by file name; `None` when the folder is absent.
pub fn load_german(base: &Path) -> Option<Vec<Doc>> {
    let mut files: Vec<_> = std::fs::read_dir(base)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let pair = |v: &serde_json::Value| -> Option<(usize, usize)> {
        Some((v.get(0)?.as_u64()? as usize, v.get(1)?.as_u64()? as usize))
    };
    let mut out = Vec::new();
    for f in files {
        let d: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).ok()?).ok()?;
        let text = d["text"].as_str()?.to_string();
        let chars: Vec<char> = text.chars().collect();
        let slice = |(a, b): (usize, usize)| -> String {
            chars[a.min(chars.len())..b.min(chars.len()).max(a.min(chars.len()))]
                .iter()
                .collect()
        };
        let mut gold = Vec::new();
        for a in d["annotations"].as_array().into_iter().flatten() {
            if a["nested"].as_bool().unwrap_or(false) {
                continue;
            }
            let src: Vec<(usize, usize)> = a["speaker"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(pair)
                .collect();
            let src_text = src.iter().map(|&s| slice(s)).collect::<Vec<_>>().join(" ");
            for q in a["quote"].as_array().into_iter().flatten().filter_map(pair) {
                gold.push(Gold {
                    span: q,
                    src: src.clone(),
                    src_text: src_text.clone(),
                    reference: None,
                });
            }
        }
        out.push(Doc {
            name: f.file_stem()?.to_string_lossy().into_owned(),
            text,
            gold,
        });
    }
    Some(out)
}
