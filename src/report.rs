//! A readable plain-text report of [`Insights`] for the terminal (`lede analyze` without
//! `--json`, and `make run` without a display).
//!
//! Takes insights; gives a string: the headline and metadata, the summary, then each speaker
//! with their quotes and then their reported statements (`reported: …`, what they said
//! without quotation marks; a mixed statement's quoted words stay listed as quotes) — with
//! `--explain`, each item's rule, cue and confidence under it; speakers below [`UNCERTAIN`]
//! marked `(uncertain)`.

use crate::insights::{Insights, QuoteOut, ReportedOut};
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

/// `why: cue before that clause — said via “Putin” (cue-before-that-clause, 0.80)`.
pub fn explain_reported(r: &ReportedOut) -> String {
    let cue = r
        .cue
        .as_ref()
        .map(|c| format!(" — {}", c.text))
        .unwrap_or_default();
    let mention = r
        .mention
        .as_ref()
        .map(|m| format!(" via “{}”", m.text))
        .unwrap_or_default();
    let why = r.rule.replace('-', " ");
    format!("why: {why}{cue}{mention} ({}, {:.2})", r.rule, r.confidence)
}

/// `  (uncertain)` when a named speaker's confidence is below [`UNCERTAIN`].
fn unsure(speaker: Option<&str>, confidence: f32) -> &'static str {
    if speaker.is_some() && confidence < UNCERTAIN {
        " (uncertain)"
    } else {
        ""
    }
}

/// Renders the report; with `explain`, each quote's and statement's rule under it.
pub fn render_with(ins: &Insights, explain_rules: bool) -> String {
    let quote_line = |out: &mut String, q: &QuoteOut| {
        let _ = writeln!(
            out,
            "    “{}”{}",
            q.text,
            unsure(q.speaker.as_deref(), q.confidence)
        );
        if explain_rules {
            let _ = writeln!(out, "      {}", explain(q));
        }
    };
    let reported_line = |out: &mut String, r: &ReportedOut| {
        let _ = writeln!(
            out,
            "    reported: {}{}",
            r.text,
            unsure(r.speaker.as_deref(), r.confidence)
        );
        if explain_rules {
            let _ = writeln!(out, "      {}", explain_reported(r));
        }
    };
    let reported_by = |id: Option<&str>| -> Vec<&ReportedOut> {
        ins.reported
            .iter()
            .filter(|r| r.speaker.as_deref() == id)
            .collect()
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
    // A speaker: someone quoted or reported.
    let speaks = |id: &str, quotes: usize| quotes > 0 || !reported_by(Some(id)).is_empty();
    let _ = writeln!(
        out,
        "{} · {:.1} min read · {} · {} · {}",
        plural(ins.stats.words, "word"),
        ins.stats.reading_minutes,
        plural(ins.quotes.len(), "quote"),
        plural(ins.reported.len(), "reported statement"),
        plural(
            ins.entities
                .iter()
                .filter(|e| speaks(&e.id, e.entity.quotes))
                .count(),
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
        .map(|e| (e, reported_by(Some(e.id.as_str()))))
        .filter(|(e, r)| e.entity.quotes > 0 || !r.is_empty())
        .collect();
    // Most quoted first, then most reported (stable: ties keep the order of first mention).
    crate::order::sort_by_key(&mut speakers, |(e, r)| {
        std::cmp::Reverse((e.entity.quotes, r.len()))
    });
    for (e, reported) in speakers {
        let role = e
            .entity
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let counts = if reported.is_empty() {
            plural(e.entity.quotes, "quote")
        } else {
            format!(
                "{}, {} reported",
                plural(e.entity.quotes, "quote"),
                reported.len()
            )
        };
        let _ = writeln!(out, "  {}{} ({counts})", e.entity.name, role);
        for q in ins
            .quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(e.id.as_str()))
        {
            quote_line(&mut out, q);
        }
        for r in reported {
            reported_line(&mut out, r);
        }
    }
    let unknown: Vec<_> = ins.quotes.iter().filter(|q| q.speaker.is_none()).collect();
    let unknown_reported = reported_by(None);
    if !unknown.is_empty() || !unknown_reported.is_empty() {
        let _ = writeln!(out, "  (speaker unknown)");
        for q in unknown {
            quote_line(&mut out, q);
        }
        for r in unknown_reported {
            reported_line(&mut out, r);
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
        assert!(
            out.contains(" · 1 quote · 0 reported statements · 1 speaker"),
            "{out}"
        );
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

    #[test]
    fn reported_statements_are_listed_under_their_speaker() {
        // Invented: a paraphrase with no quotation marks, then a quote by the same speaker.
        let text = "Mara Quill said on Monday that the harbour would reopen in spring. \
                    “We are ready,” Quill said.";
        let ins = crate::analyze_text(text).expect("analysis");
        assert!(
            !ins.reported.is_empty(),
            "the core found no reported statement"
        );
        let out = super::render(&ins);
        assert!(out.contains("1 reported statement · 1 speaker"), "{out}");
        assert!(out.contains("Mara Quill (1 quote, 1 reported)"), "{out}");
        let quote = out.find("    “We are ready,”").expect(&out);
        let reported = out
            .find("    reported: the harbour would reopen in spring")
            .expect(&out);
        assert!(quote < reported, "quotes first, then reported: {out}");
        let explained = super::render_with(&ins, true);
        assert!(
            explained.contains("— said via “Mara Quill” ("),
            "{explained}"
        );
    }

    #[test]
    fn a_sourceless_report_is_listed_as_speaker_unknown() {
        // Invented: a passive report names no one; the report does not guess.
        let ins = crate::analyze_text("It was announced that the ferry would run again.")
            .expect("analysis");
        let out = super::render(&ins);
        assert!(
            out.contains("(speaker unknown)\n    reported: the ferry would run again\n"),
            "{out}"
        );
    }
}
