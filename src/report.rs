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
        "{} words · {:.1} min read · {} quotes · {} speakers",
        ins.stats.words,
        ins.stats.reading_minutes,
        ins.quotes.len(),
        ins.entities.iter().filter(|e| e.entity.quotes > 0).count()
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
    speakers.sort_by(|x, y| y.entity.quotes.cmp(&x.entity.quotes));
    for e in speakers {
        let role = e
            .entity
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}{} ({} quotes)",
            e.entity.name, role, e.entity.quotes
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
