//! A readable plain-text report of [`Insights`] for the terminal (`lede analyze` without
//! `--json`, and `make run` without a display).
//!
//! Takes insights; gives a string: the headline and metadata, the summary, then each speaker
//! with their quotes.

use crate::insights::Insights;
use std::fmt::Write;

/// Renders the report.
pub fn render(ins: &Insights) -> String {
    let mut out = String::new();
    let a = &ins.article;
    let _ = writeln!(
        out,
        "{}",
        if a.title.is_empty() {
            "(untitled)"
        } else {
            &a.title
        }
    );
    let meta: Vec<&str> = [
        a.site.as_deref(),
        a.byline.as_deref(),
        a.published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "{}", meta.join(" · "));
    }
    let _ = writeln!(
        out,
        "{} · {:.1} min read · {} · {}",
        plural(ins.stats.words, "word"),
        ins.stats.reading_minutes,
        plural(ins.quotes.len(), "quote"),
        plural(
            ins.entities.iter().filter(|e| e.entity.quotes > 0).count(),
            "speaker"
        )
    );
    let _ = writeln!(out, "\nSummary");
    for (i, s) in ins.summary.iter().take(3).enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, s.text);
    }
    let _ = writeln!(out, "\nWho said what");
    let mut speakers: Vec<_> = ins
        .entities
        .iter()
        .filter(|e| e.entity.quotes > 0)
        .collect();
    speakers.sort_by_key(|e| std::cmp::Reverse(e.entity.quotes));
    for e in speakers {
        let role = e
            .entity
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}{} ({})",
            e.entity.name,
            role,
            plural(e.entity.quotes, "quote")
        );
        for q in ins
            .quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(e.id.as_str()))
        {
            let _ = writeln!(out, "    “{}”", q.text);
        }
    }
    let unknown: Vec<_> = ins.quotes.iter().filter(|q| q.speaker.is_none()).collect();
    if !unknown.is_empty() {
        let _ = writeln!(out, "  (speaker unknown)");
        for q in unknown {
            let _ = writeln!(out, "    “{}”", q.text);
        }
    }
    out
}

/// `1 quote`, `2 quotes`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_agree_with_their_noun() {
        let ins = crate::analyze_text("“We won,” Ada Moss said.").expect("analysis");
        let out = super::render(&ins);
        assert!(out.contains(" · 1 quote · 1 speaker"), "{out}");
        assert!(out.contains("Ada Moss (1 quote)"), "{out}");
    }
}
