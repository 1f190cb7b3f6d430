//! The browser API (wasm32 only): the thin layer between JS and the pure core.
//!
//! Takes a live `Document`, a packed snapshot from `extension/lib/snapshot.js`, an HTML
//! string or plain text; gives the schema-1 insights as a plain JS object (UTF-16 spans).
//! Every failure comes back as a thrown JS `Error`, never a panic: this module may not
//! unwrap.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::page::packed::{page_from_packed, Packed};
use crate::{analyze_page, analyze_text, Error};
use wasm_bindgen::prelude::*;

/// The module's allocator: Talc instead of Rust's default dlmalloc for wasm32. An analysis
/// makes tens of thousands of small allocations (tokens, strings, vectors), and dlmalloc's
/// malloc and free were ~7 % of the core's time in the page.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(module = "/extension/lib/snapshot.js")]
extern "C" {
    /// The collector: one pass over the DOM, packed (see snapshot.js).
    #[wasm_bindgen(js_name = collectSnapshot, catch)]
    fn collect_snapshot(doc: &web_sys::Document) -> Result<Snapshot, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// The object `collectSnapshot` returns.
    pub type Snapshot;
    #[wasm_bindgen(method, getter, structural)]
    fn head(this: &Snapshot) -> JsValue;
    #[wasm_bindgen(method, getter, structural)]
    fn nodes(this: &Snapshot) -> JsValue;
    #[wasm_bindgen(method, getter, structural)]
    fn text(this: &Snapshot) -> JsValue;
    #[wasm_bindgen(method, getter, structural)]
    fn parents(this: &Snapshot) -> Option<js_sys::Uint32Array>;
    #[wasm_bindgen(method, getter, structural)]
    fn blocks(this: &Snapshot) -> Option<js_sys::Uint32Array>;
}

// The snapshot's long strings (head, nodes, text: tens to hundreds of KB) are encoded to UTF-8
// by the engine's own TextEncoder straight into a buffer in WASM memory (`encodeInto`: one
// copy). Passed as `String`, wasm-bindgen's glue copies their ASCII run char by char in a JS
// loop, which cost more than the snapshot's decoding in the core (bench-inpage profile: ~10 %
// of the analysis); `TextEncoder.encode` + `to_vec` cost a JS buffer and a second copy.
#[wasm_bindgen(inline_js = "const encoder = new TextEncoder();\n\
export function utf8Into(s, memory, at, room) {\n\
  return encoder.encodeInto(s, new Uint8Array(memory.buffer, at, room)).written;\n\
}")]
extern "C" {
    #[wasm_bindgen(js_name = utf8Into)]
    fn utf8_into(s: &js_sys::JsString, memory: &JsValue, at: u32, room: u32) -> u32;
}

/// The snapshot's short string fields, read by name (serde-wasm-bindgen).
#[derive(serde::Deserialize)]
struct SnapshotStrings {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

/// A string field of the snapshot as a Rust `String` (see `utf8_into`); `None` when it is not a
/// string.
fn long_string(v: &JsValue) -> Option<String> {
    let s = v.dyn_ref::<js_sys::JsString>()?;
    // Room for the worst case: a UTF-16 unit never takes more than 3 bytes in UTF-8.
    let mut bytes = vec![0u8; s.length() as usize * 3];
    let room = u32::try_from(bytes.len()).ok()?;
    let written = utf8_into(s, &wasm_bindgen::memory(), bytes.as_mut_ptr() as u32, room);
    bytes.truncate(written as usize);
    String::from_utf8(bytes).ok()
}

/// The result as a plain JS object: serialised to JSON in the core and parsed by the engine's
/// `JSON.parse`. Our result is mostly strings (the article, quotes, names), and building it
/// field by field through serde-wasm-bindgen cost a JS call per string and per property:
/// the JSON route made the analysis 7 % faster in the page (median page −14 %; a paired A/B
/// of both builds in the same 130 pages), and numbers come out as the CLI prints them.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let cannot =
        |e: &dyn std::fmt::Display| JsError::new(&format!("lede: cannot convert the result: {e}"));
    let json = serde_json::to_string(value).map_err(|e| cannot(&e))?;
    js_sys::JSON::parse(&json).map_err(|_| cannot(&"JSON.parse refused it"))
}

fn err(e: Error) -> JsError {
    JsError::new(&format!("lede: {e}"))
}

/// Reads the packed fields out of a snapshot object (a handful of boundary crossings).
fn unpack(s: &Snapshot) -> Result<Packed, JsError> {
    let malformed = |what: &str| JsError::new(&format!("lede: malformed page snapshot: {what}"));
    let strings: SnapshotStrings = serde_wasm_bindgen::from_value(JsValue::clone(s.as_ref()))
        .map_err(|e| malformed(&e.to_string()))?;
    let head = s.head();
    Ok(Packed {
        title: strings.title.unwrap_or_default(),
        lang: strings.lang.unwrap_or_default(),
        head: if head.is_undefined() || head.is_null() {
            String::new()
        } else {
            long_string(&head).ok_or_else(|| malformed("`head` is not a string"))?
        },
        nodes: long_string(&s.nodes()).ok_or_else(|| malformed("no `nodes` string"))?,
        parents: s
            .parents()
            .ok_or_else(|| malformed("no `parents`"))?
            .to_vec(),
        text: long_string(&s.text()).ok_or_else(|| malformed("no `text` string"))?,
        blocks: s.blocks().ok_or_else(|| malformed("no `blocks`"))?.to_vec(),
    })
}

/// Analyses a snapshot made by `collectSnapshot(document)`; the caller keeps
/// `snapshot.elements` to find the blocks (`insights.blocks[].node`) in the page again.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(snapshot: &Snapshot) -> Result<JsValue, JsError> {
    let page = page_from_packed(&unpack(snapshot)?).map_err(|e| err(e.into()))?;
    to_js(&analyze_page(&page).map_err(err)?)
}

/// Analyses a live document: one pass to gather it, one call into the core.
#[wasm_bindgen(js_name = analyzeDocument)]
pub fn analyze_document(document: &web_sys::Document) -> Result<JsValue, JsError> {
    let snapshot = collect_snapshot(document).map_err(|e| {
        JsError::new(&format!(
            "lede: cannot read the page: {}",
            e.as_string().unwrap_or_else(|| format!("{e:?}"))
        ))
    })?;
    analyze_snapshot(&snapshot)
}

/// Analyses an HTML string: the browser's own parser builds a detached document, which is
/// then read exactly like a live one.
#[wasm_bindgen(js_name = analyzeHtml)]
pub fn analyze_html(html: &str) -> Result<JsValue, JsError> {
    let parser =
        web_sys::DomParser::new().map_err(|_| JsError::new("lede: DOMParser is not available"))?;
    let doc = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .map_err(|_| JsError::new("lede: cannot parse the HTML"))?;
    analyze_document(&doc)
}

/// Analyses plain text; `article.text` is the text exactly as given.
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text_js(text: &str) -> Result<JsValue, JsError> {
    to_js(&analyze_text(text).map_err(err)?)
}
