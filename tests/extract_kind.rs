//! Article or not (src/extract/kind.rs): invented pages of the kinds the auto-run must tell
//! apart, the same description written once as a shop page and once as a news story.
//!
//! Takes markup written here; gives the readerable verdict Lede must reach. The shop page
//! has prose enough to pass the hand gate, so only the learned table can turn it down.

fn extract(html: &str) -> lede::Article {
    lede::extract(&lede::page::html::page_from_html(html))
}

const PROSE: &str = "<p>The Harrow kettle boils a full litre in under three minutes and keeps the water hot for an hour, thanks to a double steel wall that stays cool to the touch even when the water inside has just come to the boil.</p>
<p>Its spout pours without dripping, the lid opens with one thumb, and a small window on the side shows how much water is left, so nobody needs to lift it to check before making another pot of tea for the table.</p>
<p>The base turns all the way round, the cord tucks away underneath, and the switch lights up in a soft amber colour while the kettle heats, then clicks off by itself the moment the water reaches a rolling boil.</p>
<p>Designers spent two years on the handle alone, testing it with people of every age until it felt balanced when full, and the result is a kettle that feels lighter than it is and sits firmly on any counter.</p>";

fn shop() -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Harrow Kettle 1L | Kitchen Shop</title>
<meta property="og:type" content="website">
<meta property="og:url" content="https://shop.test/products/harrow-kettle">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/products">All products</a> <a href="/cart">Cart</a></nav>
<main><h1>Harrow Kettle 1L</h1>
<div class="product-price"><span class="price">$49.99</span> <s class="price">$59.99</s></div>
<form class="add-to-cart" action="/cart/add"><button>Add to cart</button></form>
<div class="product-description">{PROSE}</div>
<ul class="product-grid"><li class="product-card"><a href="/products/cup">Cup $9.99</a></li>
<li class="product-card"><a href="/products/pot">Teapot $29.99</a></li>
<li class="product-card"><a href="/products/tray">Tray $19.99</a></li></ul>
</main></body></html>"#
    )
}

fn story() -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>The kettle that took two years to design | Town Herald</title>
<meta property="og:type" content="article">
<meta property="og:url" content="https://herald.test/news/2025/03/the-kettle-that-took-two-years-to-design">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
<meta name="author" content="Ada Morrow">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The kettle that took two years to design</h1>
<p class="byline">By Ada Morrow</p><time datetime="2025-03-04">March 4, 2025</time>
{PROSE}
</article></body></html>"#
    )
}

#[test]
fn a_shop_page_with_a_long_description_is_not_an_article() {
    let a = extract(&shop());
    assert!(a.text.contains("double steel wall"), "{}", a.text);
    assert!(!a.readerable, "shop page read as an article");
}

#[test]
fn the_same_words_as_a_dated_signed_story_are_an_article() {
    let a = extract(&story());
    assert!(a.text.contains("double steel wall"), "{}", a.text);
    assert!(a.readerable, "story not read as an article");
}
