//! The analysis result in its schema-1 JSON shape, and the functions that produce it. The
//! shape is defined by `docs/schema/insights.schema.json` and explained in `docs/insights.md`;
//! `tests/schema.rs` checks the CLI's output against it.
//!
//! Takes a [`Page`] or plain text; gives [`Insights`], where every `start`/`end` is in UTF-16
//! code units of `article.text` (the unit of JS strings and DOM ranges). A page without article
//! text gives an empty analysis (`readerable: false`, nothing found), not an error.

use crate::entities::{self, Entity};
use crate::extract::{self, Article};
use crate::limits;
use crate::page::Page;
use crate::quotes::{self, QuoteKind};
use crate::reported;
use crate::summary;
use crate::text::{utf16::Utf16Map, Doc, Span};
use crate::Error;
use serde::Serialize;

/// The version of this JSON shape.
pub const SCHEMA: u32 = 1;
/// How many summary sentences the analysis gives.
pub const SUMMARY_SENTENCES: usize = 5;

/// A span of `article.text` in UTF-16 code units, with its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextSpan {
    /// The spanned text.
    pub text: String,
    /// Start, UTF-16 code units into `article.text`.
    pub start: usize,
    /// End (exclusive), UTF-16 code units into `article.text`.
    pub end: usize,
}

/// One quote in the output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteOut {
    /// `q1`, `q2`… in text order.
    pub id: String,
    /// The quoted words, without marks.
    pub text: String,
    /// Start, UTF-16 code units into `article.text`.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
    /// direct, partial or mention.
    pub kind: QuoteKind,
    /// Entity id of the speaker, or null when unknown.
    pub speaker: Option<String>,
    /// Words naming the speaker at the attribution site.
    pub mention: Option<TextSpan>,
    /// The reporting verb.
    pub cue: Option<TextSpan>,
    /// 0–1.
    pub confidence: f32,
    /// The id of the sieve that chose the speaker (`cue-after-quote`, …; `none` when no rule
    /// found one): `quotes::sieves::Rule`.
    pub rule: &'static str,
    /// What kind of words named the speaker (`name`, `pronoun`, …): the confidence table's
    /// other key. Not in the JSON; for the benches.
    #[serde(skip)]
    pub basis: &'static str,
    /// The cue's class (`say`, `other`, `none`): the table's third key. Not in the JSON.
    #[serde(skip)]
    pub cue_class: &'static str,
}

/// One reported statement in the output (docs/insights.md; additive in schema 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedOut {
    /// `r1`, `r2`… in text order.
    pub id: String,
    /// What was said, without source, cue and a leading `that`.
    pub text: String,
    /// Start, UTF-16 code units into `article.text`.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
    /// Entity id of the speaker, or null when unknown.
    pub speaker: Option<String>,
    /// Words naming the speaker at the attribution site.
    pub mention: Option<TextSpan>,
    /// The reporting word(s).
    pub cue: Option<TextSpan>,
    /// 0–1.
    pub confidence: f32,
    /// The id of the rule that found it (`reported::Rule`).
    pub rule: &'static str,
    /// Ids of the quotes inside it (a mixed quote).
    pub quotes: Vec<String>,
}

/// One entity in the output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityOut {
    /// `e1`, `e2`…
    pub id: String,
    /// Entity fields.
    #[serde(flatten)]
    pub entity: Entity,
}

/// An article block: where its text sits in `article.text`, and the element it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockOut {
    /// Element index in the page snapshot (the collector's `elements`).
    pub node: u32,
    /// Start, UTF-16 code units into `article.text`.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
}

/// Reading stats.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Words (`\w+` runs) in the article text.
    pub words: usize,
    /// Minutes at 230 words a minute.
    pub reading_minutes: f64,
    /// Whether the page was over a size limit (`crate::limits`) and only its beginning was
    /// analysed: `article.text` then holds the analysed part.
    pub truncated: bool,
    /// Whether speakers were looked for: the article's language has a lexicon
    /// ([`crate::lang::ATTRIBUTED`]). When false, quotes are found by their marks and nobody is
    /// named, so the sidebar can say that who-said-what is not available for the language.
    pub attributed: bool,
}

/// Everything Lede says about a page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    /// Always [`SCHEMA`].
    pub schema: u32,
    /// The article and its metadata.
    pub article: Article,
    /// Quotes in text order.
    pub quotes: Vec<QuoteOut>,
    /// Entities, in order of first mention.
    pub entities: Vec<EntityOut>,
    /// Statements reported without quotation marks, in text order.
    pub reported: Vec<ReportedOut>,
    /// Key sentences, best first.
    pub summary: Vec<TextSpan>,
    /// Word count and reading time.
    pub stats: Stats,
    /// The article's blocks, in order (for painting the page).
    pub blocks: Vec<BlockOut>,
}

/// Analyses an extracted article (at most [`limits::MAX_ARTICLE_BYTES`] of it). An article
/// without text gives [`no_article`].
pub fn analyze(article: &Article) -> Insights {
    if article.text.trim().is_empty() {
        return no_article(article);
    }
    // Limits: a longer article is analysed up to the limit, and says so.
    match limits::clip_article(article) {
        Some(clipped) => {
            let mut ins = analyze_whole(&clipped);
            ins.stats.truncated = true;
            ins
        }
        None => analyze_whole(article),
    }
}

/// Analyses an article that fits the limits.
fn analyze_whole(article: &Article) -> Insights {
    // Limits: overlong paragraphs are analysed in pieces; blocks out stay whole.
    let pieces = limits::split_paragraphs(article);
    let doc = Doc::new(pieces.as_ref().unwrap_or(article));
    // Speakers only in a language Lede has a lexicon for: elsewhere the quotes are found by
    // their marks and nobody is named (English rules made `Il` a speaker of French text), and
    // no statement is reported.
    let attributed = crate::lang::attributes(article.lang.as_deref());
    let (ents, found, said) = match crate::lang::path(article.lang.as_deref()) {
        crate::lang::Path::English => {
            let mut ents = entities::find(&doc);
            let found = quotes::find(&doc, &mut ents);
            let said = reported::find(&doc, &mut ents, &found);
            (ents, found, said)
        }
        crate::lang::Path::Intl(lex) => quotes::intl::find(&doc, lex),
        crate::lang::Path::Marks => (
            entities::Entities::default(),
            quotes::by_marks(&doc),
            Vec::new(),
        ),
    };
    let summary = summary::summarize(&doc, &article.title, SUMMARY_SENTENCES);
    let (words, reading_minutes) = summary::stats(&article.text);

    let map = Utf16Map::new(&article.text);
    let span_out = |s: Span| TextSpan {
        text: doc.slice(s).to_string(),
        start: map.to_utf16(s.start),
        end: map.to_utf16(s.end),
    };
    let entity_id = |i: usize| format!("e{}", i + 1);
    Insights {
        schema: SCHEMA,
        article: article.clone(),
        quotes: found
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteOut {
                id: format!("q{}", i + 1),
                text: doc.slice(q.span).to_string(),
                start: map.to_utf16(q.span.start),
                end: map.to_utf16(q.span.end),
                kind: q.kind,
                speaker: q.speaker.map(entity_id),
                mention: q.mention.map(span_out),
                cue: q.cue.map(span_out),
                confidence: (q.confidence * 100.0).round() / 100.0,
                rule: q.rule.id(),
                basis: q.basis.id(),
                cue_class: q.cue_class.id(),
            })
            .collect(),
        reported: said
            .iter()
            .enumerate()
            .map(|(i, r)| ReportedOut {
                id: format!("r{}", i + 1),
                text: doc.slice(r.span).to_string(),
                start: map.to_utf16(r.span.start),
                end: map.to_utf16(r.span.end),
                speaker: r.speaker.map(entity_id),
                mention: r.mention.map(span_out),
                cue: Some(span_out(r.cue)),
                confidence: (r.confidence * 100.0).round() / 100.0,
                rule: r.rule.id(),
                quotes: r.quotes.iter().map(|q| format!("q{}", q + 1)).collect(),
            })
            .collect(),
        entities: ents
            .list
            .into_iter()
            .enumerate()
            .map(|(i, entity)| EntityOut {
                id: entity_id(i),
                entity,
            })
            .collect(),
        summary: summary.into_iter().map(span_out).collect(),
        stats: Stats {
            words,
            reading_minutes,
            truncated: article.truncated,
            attributed,
        },
        blocks: article
            .blocks
            .iter()
            .map(|b| BlockOut {
                node: b.node,
                start: map.to_utf16(b.start),
                end: map.to_utf16(b.end),
            })
            .collect(),
    }
}

/// The analysis of a page without article text: its metadata, `readerable: false`, no text,
/// and nothing found in it.
pub fn no_article(article: &Article) -> Insights {
    Insights {
        schema: SCHEMA,
        article: Article {
            text: String::new(),
            readerable: false,
            blocks: Vec::new(),
            ..article.clone()
        },
        quotes: Vec::new(),
        entities: Vec::new(),
        reported: Vec::new(),
        summary: Vec::new(),
        stats: Stats {
            words: 0,
            reading_minutes: 0.0,
            truncated: article.truncated,
            attributed: crate::lang::attributes(article.lang.as_deref()),
        },
        blocks: Vec::new(),
    }
}

/// Extracts and analyses a page. A page with no article text (no text at all, or none the
/// extractor keeps) gives the empty analysis of [`no_article`], not an error; the `Result`
/// stays for the callers that turn errors into messages.
pub fn analyze_page(page: &Page) -> Result<Insights, Error> {
    // Limits: the builders clip what they build; a page made by hand that is over the limits
    // is clipped on a copy.
    let clipped;
    let page = if limits::page_fits(page) {
        page
    } else {
        let mut copy = page.clone();
        limits::clip_page(&mut copy);
        clipped = copy;
        &clipped
    };
    Ok(analyze(&extract::extract(page)))
}

/// Analyses plain text; `article.text` is the text exactly as given. Text that is nothing but
/// whitespace is [`Error::Empty`].
pub fn analyze_text(text: &str) -> Result<Insights, Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(analyze(&extract::article_from_text(text)))
}
