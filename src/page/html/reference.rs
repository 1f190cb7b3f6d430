//! The builder as it was before the light DOM (`scraper` + `ego_tree`), kept for tests only: the
//! parity tests check that [`super::page_from_html`] gives exactly the same [`Page`] for every
//! fixture and corpus page.

use crate::limits;
use crate::page::rules::{is_block, is_hidden, is_skipped, TextRun};
use crate::page::{Block, Node, Page, NO_PARENT};
use ego_tree::iter::Edge;
use scraper::{Html, Node as DomNode};

/// One block-level element that is open during the walk.
struct Frame {
    node: u32,
    run: TextRun,
}

/// Parses `html` and builds its snapshot, within the limits of `crate::limits` (over them,
/// `Page::truncated` says so).
pub fn page_from_html(html: &str) -> Page {
    // Limits (issue 8): parse at most MAX_HTML_BYTES.
    let clipped = limits::clip_str(html, limits::MAX_HTML_BYTES);
    let doc = Html::parse_document(clipped);
    let mut page = Page {
        truncated: clipped.len() < html.len(),
        ..Page::default()
    };
    read_head(&doc, &mut page);

    let mut frames: Vec<Frame> = Vec::new();
    // Index of each open recorded element (for parents), and whether it started a frame.
    let mut open: Vec<(u32, bool, bool)> = Vec::new(); // (node, is_block, is_link)
    let mut skip_depth = 0usize;
    let mut link_depth = 0usize;

    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                DomNode::Element(el) => {
                    if skip_depth > 0 {
                        skip_depth += 1;
                        continue;
                    }
                    let tag = el.name().to_ascii_lowercase();
                    let hidden = is_hidden(
                        el.attr("hidden").is_some(),
                        el.attr("aria-hidden"),
                        el.attr("style"),
                    );
                    if is_skipped(&tag) || hidden {
                        skip_depth = 1;
                        continue;
                    }
                    let parent = open.last().map_or(NO_PARENT, |o| o.0);
                    let idx = page.nodes.len() as u32;
                    let hints = ["class", "id", "role", "itemprop"]
                        .iter()
                        .filter_map(|a| el.attr(a))
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase();
                    page.nodes.push(Node {
                        parent,
                        tag: tag.clone(),
                        hints,
                    });
                    if tag == "time" {
                        if let Some(dt) = el.attr("datetime") {
                            page.meta.push(("time".into(), dt.trim().to_string()));
                        }
                    }
                    if tag == "br" {
                        if let Some(f) = frames.last_mut() {
                            f.run.line_break();
                        }
                    }
                    let block = is_block(&tag);
                    if block {
                        flush(&mut frames, &mut page.blocks);
                        frames.push(Frame {
                            node: idx,
                            run: TextRun::default(),
                        });
                    }
                    let link = tag == "a";
                    if link {
                        link_depth += 1;
                    }
                    open.push((idx, block, link));
                }
                DomNode::Text(t) => {
                    if skip_depth == 0 {
                        if let Some(f) = frames.last_mut() {
                            f.run.push(&t.text, link_depth > 0);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(n) => {
                if !matches!(n.value(), DomNode::Element(_)) {
                    continue;
                }
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                if let Some((_, block, link)) = open.pop() {
                    if block {
                        flush(&mut frames, &mut page.blocks);
                        frames.pop();
                    }
                    if link {
                        link_depth = link_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    // Limits (issue 8): element count, text size and depth.
    limits::clip_page(&mut page);
    page
}

/// Emits the text gathered so far by the innermost open block, if any.
fn flush(frames: &mut [Frame], blocks: &mut Vec<Block>) {
    if let Some(f) = frames.last_mut() {
        if let Some((text, link_chars)) = f.run.take() {
            blocks.push(Block {
                node: f.node,
                text,
                link_chars,
            });
        }
    }
}

/// Title, `lang`, `<meta>` pairs and JSON-LD scripts.
fn read_head(doc: &Html, page: &mut Page) {
    for node in doc.tree.root().descendants() {
        let DomNode::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "html" if page.lang.is_none() => {
                page.lang = el
                    .attr("lang")
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty());
            }
            "title" if page.title.is_empty() => {
                let mut run = TextRun::default();
                for t in node.descendants().filter_map(|d| d.value().as_text()) {
                    run.push(t, false);
                }
                page.title = run.take().map(|(t, _)| t).unwrap_or_default();
            }
            "meta" => {
                let key = el
                    .attr("name")
                    .or(el.attr("property"))
                    .or(el.attr("itemprop"));
                if let (Some(k), Some(v)) = (key, el.attr("content")) {
                    page.meta
                        .push((k.trim().to_lowercase(), v.trim().to_string()));
                }
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let text: String = node
                    .descendants()
                    .filter_map(|d| d.value().as_text())
                    .map(|t| &**t)
                    .collect();
                page.json_ld.push(text);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod parity {
    //! The light-DOM builder against this one: same `Page` for every input.

    use super::page_from_html as reference;
    use crate::page::html::dom::raw_text_end;
    use crate::page::html::page_from_html;
    use std::io::Read;
    use std::path::{Path, PathBuf};

    fn same(name: &str, html: &str) {
        let (new, old) = (page_from_html(html), reference(html));
        if new != old {
            let first = |a: &[crate::page::Block], b: &[crate::page::Block]| {
                a.iter().zip(b).position(|(x, y)| x != y)
            };
            panic!(
                "{name}: pages differ (first meta {:?}, first node {:?}; title {:?} vs {:?}, lang {:?} vs {:?}, meta {} vs {}, json_ld {} vs {}, nodes {} vs {}, blocks {} vs {}, first differing block {:?})",
                new.meta.iter().zip(&old.meta).find(|(a, b)| a != b),
                new.nodes.iter().zip(&old.nodes).find(|(a, b)| a != b),
                new.title,
                old.title,
                new.lang,
                old.lang,
                new.meta.len(),
                old.meta.len(),
                new.json_ld.len(),
                old.json_ld.len(),
                new.nodes.len(),
                old.nodes.len(),
                new.blocks.len(),
                old.blocks.len(),
                first(&new.blocks, &old.blocks),
            );
        }
    }

    /// Reads a file, unpacking `.gz`, decoding as the CLI does.
    fn read(path: &Path) -> String {
        let raw = std::fs::read(path).expect("readable");
        let bytes = if path.extension().is_some_and(|e| e == "gz") {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .expect("gzip");
            out
        } else {
            raw
        };
        match crate::input::decode(&bytes, true) {
            Ok((text, _)) => text,
            Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    fn files_below(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                files_below(&p, keep, out);
            } else if keep(&p) {
                out.push(p);
            }
        }
    }

    fn check_dir(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> usize {
        let mut files = Vec::new();
        files_below(dir, keep, &mut files);
        files.sort();
        for f in &files {
            same(&f.display().to_string(), &read(f));
        }
        files.len()
    }

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn same_page_for_every_fixture() {
        let n = check_dir(&root().join("tests/fixtures"), &|p| {
            let s = p.to_string_lossy();
            s.ends_with(".html") || s.ends_with(".html.gz") || s.ends_with(".gz")
        });
        assert!(n >= 8, "only {n} fixtures found");
        // The cargo-fuzz corpus, when it is there (it stays local).
        check_dir(&root().join("fuzz/corpus/analyze_html"), &|_| true);
    }

    #[test]
    fn same_page_for_every_corpus_page() {
        let corpora = root().join("../shared/corpora");
        let aeb = corpora.join("article-extraction-benchmark/html");
        let rtp = corpora.join("readability-test-pages");
        if !aeb.is_dir() || !rtp.is_dir() {
            eprintln!(
                "skipped: {} is absent (the corpora live in ../shared/corpora)",
                corpora.display()
            );
            return;
        }
        let n = check_dir(&aeb, &|p| p.to_string_lossy().ends_with(".html.gz"));
        assert_eq!(n, 181, "AEB pages");
        let n = check_dir(&rtp, &|p| {
            p.file_name()
                .is_some_and(|f| f == "source.html" || f == "expected.html")
        });
        assert!(n >= 2 * 130, "Readability pages: {n}");
    }

    /// Markup that exercises the tree builder's odd corners and the raw text skipping.
    #[test]
    fn same_page_for_tricky_markup() {
        let cases = [
            "",
            "   ",
            "plain text",
            "<p>unclosed <b>bold <i>both</b> italic</i> after",
            "<table><tr><td>cell</td></tr>foster <b>parented</b><tr><td>x</table>",
            "<table>text<script>s()</script><style>p{}</style>more</table>",
            "<a href=x><div>block in link</div></a><p>a<a>b<p>c</a>d",
            "<b><b><b><b>nested</b></b></b></b><p>x<b>y<div>z</b>w</div>",
            "<template><p>inside template</p><meta name=t content=v></template><p>out",
            "<svg><title>svg <script>in title</script> title</title></svg><title>real</title>",
            "<svg><title><style>p{}</style></title></svg><p>x",
            "<svg><script type='application/ld+json'><foreignObject><script>{}</script></foreignObject></script></svg>",
            "<svg><style>svg style <b>is not raw</b></style></svg>",
            "<math><mi><script>x</script><style>y</style></mi></math><p>after",
            "<script type='application/ld+json'>{\"a\":1}</script><script type=' APPLICATION/LD+JSON '>{}</script>",
            "<script>if (a<b) x = '</scr' + 'ipt>';</script><p>after",
            "<script><!-- <script> </script> still script --></script><p>after",
            "<script><!-- x --></script><p>after",
            "<script><!--></script><p>after",
            "<script><!---></script><p>after",
            "<script><!-- <script></script></script> out? --> </script><p>after",
            "<script></SCRIPT ><p>after",
            "<script></script/><p>after",
            "<script></scripty></script\r\n><p>after",
            "<script>never closed <p>text",
            "<style>never closed",
            "<style></styl></style x=1><p>after",
            "<style><!-- </style> --><p>after",
            "<head><script>1</script></head><body><script>2</script>text</body>",
            "<html><body><html lang=fr><body class=b>text",
            "<p hidden>h</p><p aria-hidden=' TRUE '>a</p><p style='DISPLAY: none'>d</p><p>v</p>",
            "<div class='A B' id=Î role=x itemprop=y>Σ hints</div>",
            "<time datetime=' 2020 '>t</time><meta property=og:title content=' T '>",
            "<frameset><frame></frameset><p>x",
            "<body><p>x</p><frameset>",
            "<select><option>a<script>s</script><option>b</select>",
            "<noscript><p>no script</p></noscript><iframe><p>frame</p></iframe>",
            "<textarea>\n<p>text area</p></textarea><pre>\npre</pre>",
            "<title>a</title><title>b</title>",
            "<title></title><svg><title>second</title></svg>",
            "<lede-label>skip</lede-label><p>x<br>y<br><br>z</p>",
            "\u{feff}<p>bom</p><script>x</script>\u{feff}<p>after</p>",
            "<script>x</script>\u{feff}y",
            "<table><tr><td><svg><title><script>s</script></title></svg></td></tr></table>",
            "<svg><title><b><table><tr><td><script>s</script></table></b></title></svg>",
            "<svg><title><template><script>s</script></template></title></svg>",
            "<svg><title><b><p>x<script>s</script></b>y</title></svg>",
            "<p><b><svg><title></b><script>s</script></title></svg>",
            "<div><svg><desc><script>x</script></desc></svg></div>",
            "<table><caption><svg><title><script>x</script></title></svg></caption></table>",
            "<b><table><td></b><i></table>X<script>s</script>",
            "<a><svg><title><a><script>s</script></a></title></svg></a>",
            "<!DOCTYPE html><html><head><meta charset=utf-8><title>x</title></head></html>",
            "<plaintext><script>x</script>",
            "<script>\0</script>\0<p>\0x</p>",
            "<SCRIPT>x</ScRiPt><STYLE>y</sTyLe>z",
        ];
        for (i, html) in cases.iter().enumerate() {
            same(&format!("case {i}: {html:?}"), html);
        }
        // Deep nesting and many elements.
        same(
            "deep",
            &("<div>".repeat(5000) + "deep" + &"</div>".repeat(5000)),
        );
        same("many", &"<p><b>x</b><script>s</script></p>".repeat(5000));
    }

    /// `raw_text_end` agrees with html5ever on where script and style text ends, for random
    /// mixes of the characters that matter.
    #[test]
    fn raw_text_end_matches_the_tokenizer() {
        let alphabet: &[&str] = &[
            "<", "/", "!", "-", "-", ">", " ", "\n", "\r", "\t", "a", "x", "script", "SCRIPT",
            "style", "scrip", "t", "s", "<!--", "-->", "</", "</script", "</style", "<script",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..20_000 {
            let len = (next() % 14) as usize;
            let body: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            for (tag, script) in [("script", true), ("style", false)] {
                let html = format!("<{tag}>{body}");
                let doc = scraper::Html::parse_document(&html);
                // The raw text is the first text child of the element.
                let el = doc
                    .tree
                    .nodes()
                    .find(|n| n.value().as_element().is_some_and(|e| e.name() == tag))
                    .expect("element");
                let text: String = el
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .collect();
                let end = raw_text_end(body.as_bytes(), script);
                // html5ever reads \r\n and \r as \n.
                let want = text;
                let got = body[..end].replace("\r\n", "\n").replace('\r', "\n");
                assert_eq!(got, want, "round {round}, <{tag}> body {body:?}");
            }
        }
    }
}
