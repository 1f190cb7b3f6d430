//! Invented pages of layout classes found on today's web, checked inline.
//!
//! Takes markup written here; gives the article text and metadata Lede must find. (Inline,
//! not in `tests/fixtures/`: the old scraper-based builder that `src/page/html/reference.rs`
//! keeps for parity does not know the streamed-segment rule.)

fn extract(html: &str) -> lede::Article {
    lede::extract(&lede::page::html::page_from_html(html))
}

/// React's streamed server rendering: the story arrives in `<div hidden id="S:0">`, which a
/// script moves into place; other `hidden` elements stay out. The head names its authors by
/// `@id` reference, dates only its `WebPage`, and leaves `&#8211;` in its JSON-LD.
const STREAMED: &str = r##"<!DOCTYPE html>
<html lang="en"><head><title>Why the lighthouse keepers stayed &amp;#8211; Shore Notes</title>
<meta property="og:site_name" content="Shore Notes">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","@id":"https://shore.test/keepers#page","datePublished":"2025-06-14T08:00:00Z"},
{"@type":"BlogPosting","headline":"Why the lighthouse keepers stayed &#8211; a history","author":[{"@id":"https://shore.test/#/person/1"},{"@id":"https://shore.test/#/person/2"}]},
{"@type":"Person","@id":"https://shore.test/#/person/1","name":"Mira Tollan"},
{"@type":"Person","@id":"https://shore.test/#/person/2","name":"Jon Vesk"}]}</script>
</head>
<body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></nav></header>
<main id="main">
<h1>Why the lighthouse keepers stayed</h1>
<p class="meta">By Mira Tollan and Jon Vesk</p>
<template id="B:0"></template>
<p>Loading…</p>
</main>
<footer class="site-footer"><p>© Shore Notes. All rights reserved.</p></footer>
<div hidden id="S:0"><article class="post-body">
<p>For more than a century the keepers of the northern light lived on a rock a mile from the shore, trimming wicks, winding the clockwork and writing the weather into a ledger every three hours.</p>
<p>Most of them asked to stay when the light was automated. The ledgers show why: the rock was a home, the work had a rhythm, and the families who lived there had built a small world of gardens, boats and schooling by radio.</p>
<p>When the last keeper left, he wrote one line under the final entry, in the same careful hand as every entry before it, and locked the door behind him for the relief crew who would never need the key.</p>
</article></div>
<div hidden id="menu-drawer"><p>This drawer is hidden and must stay out of the walk, however long the text inside it happens to be written.</p></div>
</body></html>
"##;

#[test]
fn a_streamed_segment_is_read_and_its_metadata_found() {
    let a = extract(STREAMED);
    assert_eq!(a.text, "For more than a century the keepers of the northern light lived on a rock a mile from the shore, trimming wicks, winding the clockwork and writing the weather into a ledger every three hours.\n\nMost of them asked to stay when the light was automated. The ledgers show why: the rock was a home, the work had a rhythm, and the families who lived there had built a small world of gardens, boats and schooling by radio.\n\nWhen the last keeper left, he wrote one line under the final entry, in the same careful hand as every entry before it, and locked the door behind him for the relief crew who would never need the key.");
    assert_eq!(a.title, "Why the lighthouse keepers stayed");
    assert_eq!(a.byline.as_deref(), Some("Mira Tollan and Jon Vesk"));
    assert_eq!(a.published.as_deref(), Some("2025-06-14T08:00:00Z"));
    assert!(a.readerable);
    assert!(!a.text.contains("drawer"));
}

/// A shop page: prose enough to read, but its head says it is a product.
#[test]
fn a_page_that_declares_a_product_is_not_run_by_itself() {
    let para = "This kettle boils a litre of water in under four minutes and keeps it warm for an hour, with a steel body that stays cool to the touch and a spout that pours without dripping. ";
    let html = format!(
        r#"<html><head><meta property="og:type" content="product"><title>Kettle</title></head><body><main><h1>Steel kettle</h1><p>{p}</p><p>{p}</p><p>{p}</p><p>{p}</p></main></body></html>"#,
        p = para
    );
    let a = extract(&html);
    assert!(!a.text.is_empty());
    assert!(!a.readerable);
    let article = html.replace(r#"content="product""#, r#"content="article""#);
    assert!(extract(&article).readerable);
}

/// Three invented story paragraphs, each over the prose threshold.
const PARAS: [&str; 3] = [
    "The ferry from the island runs twice a day in winter, and when the wind turns east the morning crossing is often the only one that sails before the harbour closes again.",
    "Shopkeepers on the quay order a week of bread at a time in those months, and the school keeps a shelf of spare uniforms for the children who stay over on the mainland.",
    "Nobody on the island expects the timetable to change soon, but the council has promised a second boat by the spring if the repairs to the old slipway are finished.",
];

/// A page built with Elementor: every box of the story is an `elementor-widget`, which is a
/// layout unit, not a sidebar widget; the real sidebar still is one.
#[test]
fn a_page_builders_widgets_hold_the_story() {
    let w = |p: &str| {
        format!(
            r#"<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>{p}</p></div></div>"#
        )
    };
    let html = format!(
        r#"<html><head><title>Ferry</title></head><body><div class="elementor elementor-41"><section class="elementor-section"><div class="elementor-widget-wrap">{}{}{}</div></section></div><div class="widget widget_recent_entries"><p>Recent posts from the rest of this site, listed here for readers who want more of the same.</p></div></body></html>"#,
        w(PARAS[0]),
        w(PARAS[1]),
        w(PARAS[2])
    );
    assert_eq!(extract(&html).text, PARAS.join("\n\n"));
}

/// A post's own element carries its taxonomy as classes (`author-…`, `has-comments`): the
/// words of a byline and a comment box, but the element is the story.
#[test]
fn a_posts_own_classes_do_not_make_it_chrome() {
    let html = format!(
        r#"<html><head><title>Ferry</title></head><body><main><article class="blogitem hentry tag-island author-ann-lee has-comments"><h1>The winter ferry</h1><p>{}</p><p>{}</p><p>{}</p></article><section class="comments"><p>A reader's comment that is long enough to read like a paragraph of prose, but is no part of it.</p></section></main></body></html>"#,
        PARAS[0], PARAS[1], PARAS[2]
    );
    assert_eq!(extract(&html).text, PARAS.join("\n\n"));
}

/// A story whose link lists (a list of changes, each a link) cost more than its paragraphs
/// earn: the container is the story's wrapper, not the one paragraph that sits alone in its
/// own box.
#[test]
fn a_story_with_link_lists_keeps_all_its_paragraphs() {
    let links: String = (0..12)
        .map(|i| format!(r#"<li><a href="/pr/{i}">Change number {i} to the build scripts of the tool</a></li>"#))
        .collect();
    let html = format!(
        r#"<html><head><title>Ferry</title></head><body><main><div class="post-body"><div class="sect"><p>{}</p><ul>{links}</ul><p>{}</p><ul>{links}</ul></div><div class="sect"><div class="para"><p>{}</p></div><ul>{links}</ul><p>{}</p></div></div></main></body></html>"#,
        PARAS[0], PARAS[1], PARAS[2], PARAS[0]
    );
    let text = extract(&html).text;
    for p in PARAS {
        assert!(text.contains(p), "{p} missing from {text}");
    }
}

/// A listicle: each entry is a box with a linked heading and a paragraph, the shape of a
/// "more stories" card, but its boxes look exactly like the box of the intro (same tag and
/// class), so they are the story's sections. A related-posts grid of its own stays out.
#[test]
fn listicle_entries_that_look_like_the_intro_are_story() {
    let entry = |name: &str, what: &str| {
        format!(
            r#"<div class="piece"><h2><a href="https://{name}.test/">{name}</a></h2><p>{what} The workshop sells through its own site and a few shops, and it publishes where its wool comes from.</p></div>"#
        )
    };
    let html = format!(
        r#"<html><body><main><h1>Five small knitwear makers</h1>
<div class="piece"><p>We looked for makers who spin, dye and knit close to home, and who say plainly what their garments are made of and who made them. These five stood out this winter.</p><p>Prices run from modest to dear, but every maker here repairs what it sells, for free, for as long as the garment lasts.</p></div>
{}{}{}
<div class="more"><div class="card"><h3><a href="/knit-care">How to wash wool without shrinking it</a></h3><p>Cold water, flat drying and patience.</p></div><div class="card"><h3><a href="/moths">Keeping moths away from your jumpers</a></h3><p>Cedar helps less than you think.</p></div></div>
</main></body></html>"#,
        entry(
            "Fernloop",
            "Fernloop knits jumpers from the wool of one flock on a hill farm."
        ),
        entry(
            "Tidewool",
            "Tidewool makes fishermen's sweaters on two old hand-frames."
        ),
        entry(
            "Brackenstitch",
            "Brackenstitch dyes its yarn with plants from its own garden."
        ),
    );
    let a = extract(&html);
    for name in [
        "Fernloop knits",
        "Tidewool makes",
        "Brackenstitch dyes",
        "These five stood",
    ] {
        assert!(a.text.contains(name), "{name} missing: {}", a.text);
    }
    assert!(!a.text.contains("Cedar helps"), "teaser kept: {}", a.text);
}

/// A figure that holds a data table or a pull quote is part of the story; a photo's figure
/// and its caption are not.
#[test]
fn a_figure_holding_a_table_or_a_quote_is_story() {
    let p = "The council counted the bicycles crossing the river bridge every morning for a year, and the counts grew in every month but one, when the bridge was closed for repairs.";
    let html = format!(
        r#"<html><body><article><h1>Bridge counts</h1><p>{p}</p>
<figure class="wp-block-table"><table><tr><th>Month</th><th>Riders</th></tr><tr><td>March</td><td>4,210</td></tr><tr><td>April</td><td>4,980</td></tr></table></figure>
<p>{p}</p>
<figure class="pull"><blockquote><p>We never expected the winter numbers to hold up as well as they did.</p></blockquote></figure>
<p>{p}</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn. Photo: Ann Example</figcaption></figure>
<p>{p}</p></article></body></html>"#
    );
    let a = extract(&html);
    assert!(a.text.contains("April"), "table missing: {}", a.text);
    assert!(
        a.text.contains("winter numbers"),
        "quote missing: {}",
        a.text
    );
    assert!(!a.text.contains("Photo: Ann"), "caption kept: {}", a.text);
}

/// A story's list that names a link in each item ("Official site: …") is story, though half
/// its text is linked; a list of nothing but links inside the same container is a menu.
#[test]
fn a_list_with_a_link_in_each_item_is_story() {
    let p = "We stayed a week at each of these inns, paid our own way, and went back a year later to see whether the welcome had lasted as long as the paint.";
    let html = format!(
        r#"<html><body><article><h1>Three inns worth the drive</h1><p>{p}</p>
<ul><li>Website: <a href="https://a.test/">Harbour Lantern Inn</a></li><li>Best room: <a href="https://a.test/r">The Loft</a></li><li>Our review: <a href="https://a.test/v">read it</a></li></ul>
<p>{p}</p>
<ul><li><a href="/inns">Inns</a></li><li><a href="/guides">Guides</a></li><li><a href="/maps">Maps</a></li></ul>
<p>{p}</p></article></body></html>"#
    );
    let a = extract(&html);
    assert!(
        a.text.contains("Website: Harbour Lantern Inn"),
        "list missing: {}",
        a.text
    );
    assert!(!a.text.contains("Guides"), "menu kept: {}", a.text);
}
