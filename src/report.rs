//! A readable plain-text report of [`Insights`] for the terminal (`lede analyze` without
//! `--json`, and `make run` without a display).
//!
//! Takes insights; gives a string: the headline and metadata, the summary, then each speaker
//! with their quotes (with `--explain`, each quote's rule, cue and confidence under it;
//! speakers below [`UNCERTAIN`] marked `(uncertain)`).

use crate::insights::{Insights, QuoteOut};
use crate::quotes::sieves;
use std::fmt::Write;

/// Below this confidence a speaker is shown as uncertain (the sidebar and hover card too).
pub const UNCERTAIN: f32 = 0.6;

/// Renders the report.
pub fn render(ins: &Insights) -> String {
    render_with(ins, false)
}

/// `why: cue after the quote — said (cue-after-quote, 0.97)`.
pub fn explain(q: &QuoteOut) -> String {
    let why = sieves::rule_by_id(q.rule).map_or(q.rule, |r| r.why());
    let cue = q
        .cue
        .as_ref()
        .map(|c| format!(" — {}", c.text))
        .unwrap_or_default();
    let mention = q
        .mention
        .as_ref()
        .map(|m| format!(" via “{}”", m.text))
        .unwrap_or_default();
    format!("why: {why}{cue}{mention} ({}, {:.2})", q.rule, q.confidence)
}

/// Renders the report; with `explain`, each quote's rule under it.
pub fn render_with(ins: &Insights, explain_rules: bool) -> String {
    let quote_line = |out: &mut String, q: &QuoteOut| {
        let unsure = if q.speaker.is_some() && q.confidence < UNCERTAIN {
            " (uncertain)"
        } else {
            ""
        };
        let _ = writeln!(out, "    “{}”{unsure}", q.text);
        if explain_rules {
            let _ = writeln!(out, "      {}", explain(q));
        }
    };
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
            quote_line(&mut out, q);
        }
    }
    let unknown: Vec<_> = ins.quotes.iter().filter(|q| q.speaker.is_none()).collect();
    if !unknown.is_empty() {
        let _ = writeln!(out, "  (speaker unknown)");
        for q in unknown {
            quote_line(&mut out, q);
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

    #[test]
    fn explain_names_the_rule_and_the_cue() {
        let ins = crate::analyze_text("“We won,” Ada Moss said.").expect("analysis");
        let out = super::render_with(&ins, true);
        assert!(
            out.contains("why: cue after the quote — said via “Ada Moss” (cue-after-quote,"),
            "{out}"
        );
        assert!(!super::render(&ins).contains("why:"));
    }
}
