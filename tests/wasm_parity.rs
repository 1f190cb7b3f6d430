//! In a real browser (wasm-bindgen-test, headless Chromium): the live-DOM snapshot
//! (`extension/lib/snapshot.js` → packed → `Page`) and the native HTML snapshot (html5ever)
//! of the same page give the same article text; and the JS API answers bad input with an
//! error, not a panic, and a page without an article with the empty analysis.
//!
//! Run by `make test` as `cargo test --target wasm32-unknown-unknown --test wasm_parity`.
#![cfg(target_arch = "wasm32")]

use lede::page::html::page_from_html;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/seed/article.html");

#[wasm_bindgen(module = "/extension/lib/snapshot.js")]
extern "C" {
    #[wasm_bindgen(js_name = collectSnapshot)]
    fn collect_snapshot(doc: &web_sys::Document) -> JsValue;
}

/// The article text the browser path gives for `html`: parse with DOMParser, analyse via the
/// exported API (snapshot.js → packed → core).
fn browser_text(html: &str) -> String {
    let value = lede_analyze_html(html);
    let article = js_sys::Reflect::get(&value, &"article".into()).expect("article");
    js_sys::Reflect::get(&article, &"text".into())
        .expect("text")
        .as_string()
        .expect("string")
}

fn lede_analyze_html(html: &str) -> JsValue {
    let parser = web_sys::DomParser::new().expect("DOMParser");
    let doc = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .expect("parse");
    let _keep = collect_snapshot(&doc); // the collector itself must not throw
    lede::wasm_api::analyze_document(&doc)
        .map_err(JsValue::from)
        .expect("analysis")
}

#[wasm_bindgen_test]
fn seed_page_same_article_text_from_both_sources() {
    let native = lede::extract(&page_from_html(SEED)).text;
    let browser = browser_text(SEED);
    assert!(
        native.len() > 2000,
        "native text too short: {}",
        native.len()
    );
    assert_eq!(browser, native);
}

#[wasm_bindgen_test]
fn snapshot_blocks_match_on_tricky_markup() {
    let html = "<html><body><div class=story>Lead <b>bold</b>\n<p>Para <a href=x>link</a>  text</p>tail<br>two\
                <span hidden>secret</span><script>var x;</script><ul><li>one</li><li> two </li></ul></div>\
                <p>Quote “ok” — ‘fine’ 😀 done.</p></body></html>";
    let native: Vec<String> = page_from_html(html)
        .blocks
        .into_iter()
        .map(|b| b.text)
        .collect();
    let parser = web_sys::DomParser::new().expect("DOMParser");
    let doc = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .expect("parse");
    let snap = collect_snapshot(&doc);
    let text = js_sys::Reflect::get(&snap, &"text".into())
        .expect("text")
        .as_string()
        .expect("string");
    assert_eq!(text, native.concat());
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    assert!(lede::wasm_api::analyze_text_js("   ").is_err());
    // A page without an article is no error: the empty analysis, `readerable: false`.
    let empty = lede::wasm_api::analyze_html("")
        .map_err(JsValue::from)
        .expect("an analysis");
    let article = js_sys::Reflect::get(&empty, &"article".into()).expect("article");
    assert_eq!(
        js_sys::Reflect::get(&article, &"readerable".into())
            .expect("readerable")
            .as_bool(),
        Some(false)
    );
    let quotes = js_sys::Reflect::get(&empty, &"quotes".into()).expect("quotes");
    assert_eq!(js_sys::Array::from(&quotes).length(), 0);
    let ok = lede::wasm_api::analyze_text_js("“We are ready,” she said.")
        .map_err(JsValue::from)
        .expect("ok");
    assert!(js_sys::Reflect::get(&ok, &"quotes".into())
        .expect("quotes")
        .is_object());
}
