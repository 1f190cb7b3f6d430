// snapshot.js — gathers a live DOM into the packed snapshot the WASM core reads, in one pass.
//
// Takes a Document (or any root element); gives one plain object of a few strings and typed
// arrays, so the page crosses the JS↔WASM boundary once (src/page/packed.rs decodes it), plus
// `elements`, the element list that block `node` indices point into, kept on the JS side to
// find quotes in the page again. The walk mirrors src/page/rules.rs and src/page/html.rs:
// change both together (the parity test compares them).
//
// JS-only output (not packed, the core never sees it): `blockTexts`, one entry per block, giving
// the block's text and the Text nodes it was built from, so lib/ranges.js can turn UTF-16
// offsets in a block back into DOM Ranges. It mirrors TextRun's collapse and trim exactly.

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP_TAGS = new Set([
  'audio', 'button', 'canvas', 'datalist', 'embed', 'head', 'iframe', 'input', 'link', 'map',
  'math', 'meta', 'noscript', 'object', 'option', 'script', 'select', 'style', 'svg',
  'template', 'textarea', 'title', 'video',
]);
const HINT_ATTRS = ['class', 'id', 'role', 'itemprop'];
const SEP_FIELD = '\u001f';
const SEP_ITEM = '\u001e';
const ELEMENT = 1;
const TEXT = 3;

function isHidden(el) {
  if (el.hasAttribute('hidden')) return true;
  const aria = el.getAttribute('aria-hidden');
  if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style === null) return false;
  const s = style.replace(/\s+/g, '').toLowerCase();
  return s.includes('display:none') || s.includes('visibility:hidden');
}

/**
 * Collects the text of one block, whitespace collapsed as in rules.rs `TextRun`.
 *
 * Also records which Text node gave which stretch of the text (`pieces`): `at` is where the
 * piece starts in the run text, `len` its collapsed length, `dropped` whether its leading
 * collapsed space was dropped. `take()` turns them into block-relative `runs`.
 */
class TextRun {
  constructor() { this.text = ''; this.linkChars = 0; this.pieces = []; }
  push(raw, inLink, node) {
    let piece = raw.replace(/[ \t\n\r\f]+/g, ' ');
    let dropped = false;
    if (piece.startsWith(' ') && (this.text === '' || this.text.endsWith(' ') || this.text.endsWith('\n'))) {
      piece = piece.slice(1);
      dropped = true;
    }
    if (node && piece !== '') this.pieces.push({ node, at: this.text.length, len: piece.length, dropped });
    this.text += piece;
    if (inLink) this.linkChars += piece.length;
  }
  lineBreak() {
    this.text = this.text.replace(/ +$/, '');
    // The trailing spaces just removed may belong to recorded pieces: shorten them.
    for (const p of this.pieces) p.len = Math.max(0, Math.min(p.len, this.text.length - p.at));
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }
  take() {
    const lead = this.text.length - this.text.replace(/^[ \n]+/, '').length;
    const text = this.text.replace(/^[ \n]+|[ \n]+$/g, '');
    const linkChars = Math.min(this.linkChars, text.length);
    // runs: block text [start, end) comes from `node`, starting at index `at` of the node's
    // data collapsed (every whitespace run → one space, nothing dropped).
    const runs = [];
    for (const p of this.pieces) {
      const start = Math.max(0, p.at - lead);
      const end = Math.min(text.length, p.at + p.len - lead);
      if (end > start) runs.push({ node: p.node, start, end, at: start - (p.at - lead) + (p.dropped ? 1 : 0) });
    }
    this.text = '';
    this.linkChars = 0;
    this.pieces = [];
    return text === '' ? null : { text, linkChars, runs };
  }
}

/** Children in the flat tree: an open shadow root's, a slot's assigned nodes, else the DOM's. */
function flatChildren(el) {
  const shadow = el.shadowRoot;
  if (shadow) return shadow.childNodes;
  if (el.localName === 'slot' && typeof el.assignedNodes === 'function') {
    const assigned = el.assignedNodes();
    if (assigned.length) return assigned;
  }
  return el.childNodes;
}

const clean = (s) => String(s).replace(/[\u001e\u001f]/g, ' ').trim();

function readHead(doc) {
  const meta = [];
  const jsonLd = [];
  for (const m of doc.querySelectorAll('meta')) {
    const key = m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop');
    const content = m.getAttribute('content');
    if (key !== null && content !== null) meta.push(clean(key).toLowerCase() + SEP_FIELD + clean(content));
  }
  for (const s of doc.querySelectorAll('script')) {
    const type = s.getAttribute('type');
    if (type !== null && type.trim().toLowerCase() === 'application/ld+json') jsonLd.push(s.textContent.replace(/\u001e/g, ' '));
  }
  const titleEl = doc.querySelector('title');
  let title = '';
  if (titleEl) {
    const run = new TextRun();
    run.push(titleEl.textContent, false);
    title = run.take()?.text ?? '';
  }
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  return { title, lang, meta, jsonLd };
}

/**
 * Walks `doc` once. Returns { title, lang, head, nodes, parents, text, blocks, elements,
 * blockTexts }:
 * `nodes` is "tag\x1fhints" per element joined by \x1e; `parents` the parent index per element
 * (0xFFFFFFFF for none); `text` every block's text concatenated; `blocks` [node, length in
 * UTF-16 units, link chars] per block. JS-only: `elements` (the Element per node index) and
 * `blockTexts` ({ text, runs: [{ node: Text, start, end, at }] } per block).
 */
export function collectSnapshot(doc) {
  const { title, lang, meta, jsonLd } = readHead(doc);
  const nodeStrings = [];
  const parents = [];
  const elements = [];
  const texts = [];
  const blocks = [];
  const blockTexts = []; // JS-only: { text, runs } per block, see TextRun.take
  const times = [];
  const frames = []; // { node, run }
  const open = []; // { node, block, link }
  let linkDepth = 0;

  const flush = () => {
    const f = frames[frames.length - 1];
    if (!f) return;
    const got = f.run.take();
    if (got) {
      texts.push(got.text);
      blocks.push(f.node, got.text.length, got.linkChars);
      blockTexts.push({ text: got.text, runs: got.runs });
    }
  };

  const enter = (el) => {
    const tag = el.localName.toLowerCase();
    // Most elements carry no attributes at all: skip the attribute reads for them.
    const hasAttrs = el.hasAttributes();
    if (SKIP_TAGS.has(tag) || tag.startsWith('lede-') || (hasAttrs && isHidden(el))) return false;
    const idx = elements.length;
    const parent = open.length ? open[open.length - 1].node : 0xffffffff;
    let hints = '';
    if (hasAttrs) {
      const found = [];
      for (const a of HINT_ATTRS) { const v = el.getAttribute(a); if (v !== null) found.push(v); }
      if (found.length) hints = clean(found.join(' ')).toLowerCase();
    }
    elements.push(el);
    parents.push(parent);
    nodeStrings.push(tag + SEP_FIELD + hints);
    if (tag === 'time' && el.hasAttribute('datetime')) times.push('time' + SEP_FIELD + clean(el.getAttribute('datetime')));
    if (tag === 'br' && frames.length) frames[frames.length - 1].run.lineBreak();
    const block = BLOCK_TAGS.has(tag);
    if (block) { flush(); frames.push({ node: idx, run: new TextRun() }); }
    const link = tag === 'a';
    if (link) linkDepth++;
    open.push({ node: idx, block, link });
    return true;
  };
  const leave = () => {
    const o = open.pop();
    if (o.block) { flush(); frames.pop(); }
    if (o.link) linkDepth--;
  };

  const root = doc.documentElement ?? doc;
  // Iterative depth-first walk of the flat tree (what the page renders): an open shadow root
  // stands in for its host's children, a <slot> for the nodes assigned to it. Lede's own
  // `lede-mark` wrappers are transparent; its labels are skipped (enter). An explicit stack:
  // deep pages cannot overflow it.
  const stack = [{ list: [root], i: 0, entered: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i >= top.list.length) {
      stack.pop();
      if (top.entered) leave();
      continue;
    }
    const node = top.list[top.i++];
    if (node.nodeType === ELEMENT) {
      if (node.localName === 'lede-mark') stack.push({ list: flatChildren(node), i: 0, entered: false });
      else if (enter(node)) stack.push({ list: flatChildren(node), i: 0, entered: true });
    } else if (node.nodeType === TEXT && frames.length) {
      frames[frames.length - 1].run.push(node.data, linkDepth > 0, node);
    }
  }
  while (open.length) leave();

  return {
    title,
    lang,
    head: meta.concat(times).join(SEP_ITEM) + SEP_ITEM + SEP_ITEM + jsonLd.join(SEP_ITEM),
    nodes: nodeStrings.join(SEP_ITEM),
    parents: Uint32Array.from(parents),
    text: texts.join(''),
    blocks: Uint32Array.from(blocks),
    elements,
    blockTexts,
  };
}
