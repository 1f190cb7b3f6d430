//! Classes of loss on one WCXB page, for `make bench-extract`'s worst-page list and totals.
//!
//! Takes the gold text, the page snapshot and Lede's article; gives the words lost and the
//! words of noise by class. A gold line Lede missed is found again among the page's blocks and
//! named by its kind (heading, list, table, caption, text) and where it sits against the
//! chosen story (above, inside, below); a line no block holds is "not in the walk" (script
//! data, `<template>`, hidden or lazy content). A chosen block the gold does not hold is noise
//! of its kind.

use lede::page::Page;
use lede::Article;
use std::collections::{HashMap, HashSet};

fn words(s: &str) -> Vec<String> {
    lede::eval::extract::tokens(s)
        .into_iter()
        .map(str::to_lowercase)
        .collect()
}

fn grams(w: &[String]) -> Vec<String> {
    if w.len() < 4 {
        return vec![w.join(" ")];
    }
    w.windows(4).map(|g| g.join(" ")).collect()
}

fn covered(line: &[String], set: &HashSet<String>) -> bool {
    let g = grams(line);
    let hit = g.iter().filter(|x| set.contains(*x)).count();
    hit * 2 >= g.len()
}

/// The kind of the element holding block `i`.
fn kind(page: &Page, i: usize) -> &'static str {
    let node = page.blocks[i].node;
    for (depth, (_, n)) in page.ancestors(node).enumerate().take(6) {
        match n.tag.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if depth == 0 => return "heading",
            "li" | "dt" | "dd" => return "list",
            "td" | "th" => return "table",
            "figcaption" | "caption" => return "caption",
            "blockquote" => return "blockquote",
            _ => {}
        }
    }
    "text"
}

/// Words lost and words of noise by class, e.g. `lost list inside` → 120.
pub fn classes(gold: &str, page: &Page, article: &Article) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::new();
    let ours: HashSet<String> = grams(&words(&article.text)).into_iter().collect();
    let gold_set: HashSet<String> = grams(&words(gold)).into_iter().collect();
    let chosen: Vec<usize> = article.blocks.iter().map(|b| b.block).collect();
    let (first, last) = (
        chosen.first().copied().unwrap_or(0),
        chosen.last().copied().unwrap_or(0),
    );
    let why = lede::extract::drop_reasons(page);
    let block_words: Vec<String> = page
        .blocks
        .iter()
        .map(|b| words(&b.text).join(" "))
        .collect();
    for line in gold.lines() {
        let w = words(line);
        if w.len() < 3 || covered(&w, &ours) {
            continue;
        }
        let joined = w.join(" ");
        let found = block_words
            .iter()
            .position(|b| b.contains(&joined) || (b.len() > 20 && joined.contains(b.as_str())));
        let class = match found {
            None => "lost: not in the walk".to_string(),
            Some(i) => {
                let pos = if i < first {
                    "above"
                } else if i > last {
                    "below"
                } else {
                    "inside"
                };
                format!("lost: {} {pos} [{}]", kind(page, i), why[i])
            }
        };
        *out.entry(class).or_default() += w.len();
    }
    for &i in &chosen {
        let w = words(&page.blocks[i].text);
        if w.len() >= 3 && !covered(&w, &gold_set) {
            *out.entry(format!("noise: {}", kind(page, i))).or_default() += w.len();
        }
    }
    out
}

/// The biggest class of a page, as "class (words)".
pub fn top(classes: &HashMap<String, usize>, prefix: &str) -> String {
    classes
        .iter()
        .filter(|(k, _)| k.starts_with(prefix))
        .max_by_key(|(k, v)| (**v, std::cmp::Reverse((*k).clone())))
        .map(|(k, v)| format!("{} ({v})", &k[prefix.len()..]))
        .unwrap_or_else(|| "-".to_string())
}
