// @ts-check
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
const SEP_FIELD = '\u001f';
const SEP_ITEM = '\u001e';
const ELEMENT = 1;
const TEXT = 3;

// React's streamed server rendering sends a late part of the page inside
// <div hidden id="S:0"> and a script moves it into place: not hidden from a reader
// (rules.rs is_streamed_segment).
const STREAMED_SEGMENT = /^S:[0-9]+$/;

function isHidden(el) {
  if (el.hasAttribute('hidden') && !STREAMED_SEGMENT.test(el.id)) return true;
  const aria = el.getAttribute('aria-hidden');
  if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style === null) return false;
  const s = style.replace(/\s+/g, '').toLowerCase();
  return s.includes('display:none') || s.includes('visibility:hidden');
}

/**
 * An empty array already of the elements kind that holds objects and strings. A fresh `[]`
 * starts as small integers and changes kind on its first push; V8's optimised code, made
 * for the changed kind in an earlier walk, is thrown away at that point in every new walk.
 */
function objects() {
  const a = [null];
  a.pop();
  return a;
}

/**
 * Where each block's text came from, for lib/ranges.js: one entry per recorded piece of text
 * (a Text node's collapsed data, or what is left of it), in flat arrays rather than an object
 * per Text node: `node[p]`, and `num[3p..3p+3]` = at, len, dropped. `at` is where the piece
 * starts in its run's text, `len` its collapsed length, `dropped` 1 when its leading collapsed
 * space was dropped (integers only, so the array stays a fast small-integer one). A block's pieces are contiguous:
 * only the innermost open block receives text, and an outer block is flushed before an inner
 * one opens.
 */
class Pieces {
  constructor() { this.node = objects(); this.num = []; }
  get length() { return this.node.length; }
  push(node, at, len, dropped) { this.node.push(node); this.num.push(at, len, dropped ? 1 : 0); }
  truncate(n) { this.node.length = n; this.num.length = 3 * n; }
}

/**
 * One block's text and, on demand, its `runs`: block text [start, end) comes from `node`,
 * starting at index `at` of the node's data collapsed (every whitespace run → one space,
 * nothing dropped). Runs are worked out only for the blocks lib/ranges.js asks about.
 */
class BlockText {
  constructor(text, pieces, from, to, lead) {
    this.text = text; this.pieces = pieces; this.from = from; this.to = to; this.lead = lead;
  }
  get runs() {
    const { pieces, lead, text } = this;
    const runs = [];
    for (let p = this.from; p < this.to; p++) {
      const at = pieces.num[3 * p];
      const start = Math.max(0, at - lead);
      const stop = Math.min(text.length, at + pieces.num[3 * p + 1] - lead);
      if (stop > start) runs.push({ node: pieces.node[p], start, end: stop, at: start - (at - lead) + pieces.num[3 * p + 2] });
    }
    return runs;
  }
}

/**
 * Collects the text of one block, whitespace collapsed as in rules.rs `TextRun`, recording
 * which Text node gave which stretch of it into `pieces` (when given) from index `from` on.
 */
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;
const NON_WS = /[^ \t\n\r\f]/;
const SPACE = 32;
const NEWLINE = 10;
const EMPTY = -1;

class TextRun {
  constructor(pieces) { this.text = ''; this.last = EMPTY; this.linkChars = 0; this.pieces = pieces ?? null; this.from = -1; }
  push(raw, inLink, node) {
    // Fast paths (same result as the general replace): whitespace-only data is one space, and
    // data with no tab/newline/CR/FF and no double space has nothing to collapse.
    let piece;
    if (raw === '') piece = '';
    else if (!NON_WS.test(raw)) piece = ' ';
    else piece = NEEDS_COLLAPSE.test(raw) ? raw.replace(/[ \t\n\r\f]+/g, ' ') : raw;
    let dropped = false;
    // `last` is the run text's last UTF-16 unit (EMPTY when none): no flattening of `text`.
    if (piece.charCodeAt(0) === SPACE && (this.last === EMPTY || this.last === SPACE || this.last === NEWLINE)) {
      piece = piece.slice(1);
      dropped = true;
    }
    if (piece === '') return;
    const pieces = this.pieces;
    if (node && pieces) {
      if (this.from < 0) this.from = pieces.length;
      pieces.push(node, this.text.length, piece.length, dropped);
    }
    this.text += piece;
    this.last = piece.charCodeAt(piece.length - 1);
    if (inLink) this.linkChars += piece.length;
  }
  lineBreak() {
    // Collapsed text never holds two spaces in a row: at most one trailing space to drop.
    if (this.last === SPACE) {
      this.text = this.text.slice(0, -1);
      const n = this.text.length;
      // The space removed may belong to recorded pieces (only the trailing ones): shorten them.
      const pieces = this.pieces;
      if (pieces && this.from >= 0) {
        for (let i = pieces.length - 1; i >= this.from; i--) {
          const at = pieces.num[3 * i];
          if (at + pieces.num[3 * i + 1] <= n) break;
          pieces.num[3 * i + 1] = Math.max(0, n - at);
        }
      }
      this.last = n ? this.text.charCodeAt(n - 1) : EMPTY;
    }
    if (this.last !== EMPTY && this.last !== NEWLINE) { this.text += '\n'; this.last = NEWLINE; }
  }
  take() {
    const all = this.text;
    let lead = 0;
    let end = all.length;
    // (Bounds first: charCodeAt past either end deoptimises the optimised code.)
    while (lead < end) { const c = all.charCodeAt(lead); if (c !== SPACE && c !== NEWLINE) break; lead++; }
    while (end > lead) { const c = all.charCodeAt(end - 1); if (c !== SPACE && c !== NEWLINE) break; end--; }
    const text = lead === 0 && end === all.length ? all : all.slice(lead, end);
    const linkChars = Math.min(this.linkChars, text.length);
    const pieces = this.pieces;
    const from = this.from < 0 ? (pieces ? pieces.length : 0) : this.from;
    const to = pieces ? pieces.length : 0;
    this.text = '';
    this.last = EMPTY;
    this.linkChars = 0;
    this.from = -1;
    if (text === '') {
      // (Setting an array's length is slow even when it does not change: only when needed.)
      if (pieces && pieces.length > from) pieces.truncate(from);
      return null;
    }
    return { text, linkChars, from, to, lead };
  }
}

const BLOCK = 1;
const LINK = 2;
const KINDS = new Map();

/** What the walk needs to know of an element by its localName (cached: few distinct names). */
function kindOf(localName) {
  let k = KINDS.get(localName);
  if (k === undefined) {
    const tag = localName.toLowerCase();
    k = {
      tag,
      mark: localName === 'lede-mark',
      skip: SKIP_TAGS.has(tag) || tag.startsWith('lede-'),
      block: BLOCK_TAGS.has(tag),
      link: tag === 'a',
    };
    KINDS.set(localName, k);
  }
  return k;
}

const SEPARATORS = /[\u001e\u001f]/;
const SEPARATORS_ALL = /[\u001e\u001f]/g;
/** A value with our field/item separators blanked out and trimmed (test first: they are rare). */
const clean = (s) => {
  const str = String(s);
  return (SEPARATORS.test(str) ? str.replace(SEPARATORS_ALL, ' ') : str).trim();
};

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
 * The state of one walk (see collectSnapshot). Its steps are methods, so every walk runs the
 * same functions: with closures made per call, V8 dropped its optimised code at each new walk
 * ("wrong call target"), and the page's runs 2 and 3 were slow. Methods, `objects()` arrays
 * and small-integer parents made the snapshot ~15 % faster at p50 and ~20 % over all pages
 * (paired runs in the same 130 pages).
 */
class Walk {
  constructor() {
    this.nodeStrings = objects();
    this.parents = [];
    this.elements = objects();
    this.texts = objects();
    this.blocks = [];
    this.blockTexts = objects(); // JS-only: a BlockText per block (text, and runs on demand)
    this.pieces = new Pieces();
    this.times = objects();
    // Open block frames: element index and TextRun per level (runs reused across blocks).
    this.frameNode = [];
    this.frameRun = objects();
    this.frameDepth = 0;
    // Open elements: index and BLOCK/LINK flags per level.
    this.openNode = [];
    this.openFlags = [];
    this.openDepth = 0;
    this.linkDepth = 0;
  }

  flush() {
    const depth = this.frameDepth;
    if (!depth) return;
    const got = this.frameRun[depth - 1].take();
    if (got) {
      this.texts.push(got.text);
      this.blocks.push(this.frameNode[depth - 1], got.text.length, got.linkChars);
      this.blockTexts.push(new BlockText(got.text, this.pieces, got.from, got.to, got.lead));
    }
  }

  enter(el, kind) {
    if (kind.skip) return false;
    const tag = kind.tag;
    // Most elements carry no attributes at all: skip the attribute reads for them.
    const hasAttrs = el.hasAttributes();
    if (hasAttrs && isHidden(el)) return false;
    const idx = this.elements.length;
    // No parent: -1, which Uint32Array.from turns into 0xFFFFFFFF (0xFFFFFFFF itself is not a
    // small integer, and V8's code made for small integers would be dropped at every root).
    const parent = this.openDepth ? this.openNode[this.openDepth - 1] : -1;
    let hints = '';
    if (hasAttrs) {
      // Hints: the class, id, role and itemprop values present, joined by spaces (as rules.rs).
      let h = el.getAttribute('class');
      const id = el.getAttribute('id');
      if (id !== null) h = h === null ? id : `${h} ${id}`;
      const role = el.getAttribute('role');
      if (role !== null) h = h === null ? role : `${h} ${role}`;
      const itemprop = el.getAttribute('itemprop');
      if (itemprop !== null) h = h === null ? itemprop : `${h} ${itemprop}`;
      if (h !== null) hints = clean(h).toLowerCase();
    }
    this.elements.push(el);
    this.parents.push(parent);
    this.nodeStrings.push(tag + SEP_FIELD + hints);
    if (tag === 'time' && el.hasAttribute('datetime')) this.times.push('time' + SEP_FIELD + clean(el.getAttribute('datetime')));
    if (tag === 'br' && this.frameDepth) this.frameRun[this.frameDepth - 1].lineBreak();
    if (kind.block) {
      this.flush();
      const depth = this.frameDepth;
      this.frameNode[depth] = idx;
      if (this.frameRun.length <= depth) this.frameRun.push(new TextRun(this.pieces));
      this.frameDepth = depth + 1;
    }
    if (kind.link) this.linkDepth++;
    this.openNode[this.openDepth] = idx;
    this.openFlags[this.openDepth] = (kind.block ? BLOCK : 0) | (kind.link ? LINK : 0);
    this.openDepth++;
    return true;
  }

  leave() {
    const flags = this.openFlags[--this.openDepth];
    if (flags & BLOCK) { this.flush(); this.frameDepth--; }
    if (flags & LINK) this.linkDepth--;
  }

  text(node) {
    if (this.frameDepth) this.frameRun[this.frameDepth - 1].push(node.data, this.linkDepth > 0, node);
  }
}

/**
 * Walks `doc` once. Returns { title, lang, head, nodes, parents, text, blocks, elements,
 * blockTexts }:
 * `nodes` is "tag\x1fhints" per element joined by \x1e; `parents` the parent index per element
 * (0xFFFFFFFF for none); `text` every block's text concatenated; `blocks` [node, length in
 * UTF-16 units, link chars] per block. JS-only: `elements` (the Element per node index) and
 * `blockTexts` (per block a BlockText: `text`, and `runs` [{ node: Text, start, end, at }] worked
 * out when read).
 */
export function collectSnapshot(doc) {
  const head = readHead(doc);
  const w = new Walk();
  walkTree(w, new Cursor(doc.documentElement ?? doc), Infinity);
  return packed(head, w);
}

/**
 * collectSnapshot(doc) as several main-thread tasks: walks for about `sliceMs` at a time, then
 * awaits `pause()` (a yield to the page); `pause` may return false to stop (gives null). Same
 * result as collectSnapshot when the page does not change meanwhile (the caller watches for
 * changes and analyses again when it does). For the content script, so a large page's walk
 * is no long task.
 */
export async function collectSnapshotInSlices(doc, pause, sliceMs = 8) {
  const head = readHead(doc);
  const w = new Walk();
  const c = new Cursor(doc.documentElement ?? doc);
  while (!walkTree(w, c, performance.now() + sliceMs)) {
    if ((await pause()) === false) return null;
  }
  return packed(head, w);
}

/** The snapshot object of a finished walk. */
function packed({ title, lang, meta, jsonLd }, w) {
  while (w.openDepth) w.leave();
  return {
    title,
    lang,
    head: meta.concat(w.times).join(SEP_ITEM) + SEP_ITEM + SEP_ITEM + jsonLd.join(SEP_ITEM),
    nodes: w.nodeStrings.join(SEP_ITEM),
    parents: Uint32Array.from(w.parents),
    text: w.texts.join(''),
    blocks: Uint32Array.from(w.blocks),
    elements: w.elements,
    blockTexts: w.blockTexts,
  };
}

/**
 * Where a walk is (walkTree's explicit stack, parallel arrays, one level per open element): a
 * level walks either a sibling chain (`next`) or an array (slot-assigned nodes, the root).
 */
class Cursor {
  constructor(root) {
    this.sNext = [null];
    this.sArr = [[root]];
    this.sIdx = [0];
    this.sEntered = [false];
    this.depth = 1;
  }
}

/**
 * The walk's loop, apart from collectSnapshot: V8 optimises this function while it runs (on
 * stack replacement), and code after the loop that no walk had reached yet made that
 * optimised code bail out at the end of the walk ("insufficient type feedback").
 * Walks from cursor `c` until the walk is done (true) or `performance.now()` passes
 * `deadline` (false; checked every 64 nodes, `c` then says where to go on).
 */
function walkTree(w, c, deadline) {
  // Iterative depth-first walk of the flat tree (what the page renders): an open shadow root
  // stands in for its host's children, a <slot> for the nodes assigned to it. Lede's own
  // `lede-mark` wrappers are transparent; its labels are skipped (enter). An explicit stack:
  // deep pages cannot overflow it.
  const { sNext, sArr, sIdx, sEntered } = c;
  let depth = c.depth;
  let steps = 0;
  while (depth) {
    if ((++steps & 63) === 0 && deadline !== Infinity && performance.now() > deadline) {
      c.depth = depth;
      return false;
    }
    const d = depth - 1;
    const arr = sArr[d];
    let node;
    if (arr !== null) {
      node = sIdx[d] < arr.length ? arr[sIdx[d]++] : null;
    } else {
      node = sNext[d];
      if (node !== null) sNext[d] = node.nextSibling;
    }
    if (node === null) {
      depth--;
      sArr[depth] = null;
      if (sEntered[depth]) w.leave();
      continue;
    }
    const type = node.nodeType;
    if (type === ELEMENT) {
      const kind = kindOf(node.localName);
      let entered = false;
      if (kind.mark || (entered = w.enter(node, kind))) {
        // Descend: the shadow root, a slot's assigned nodes, or the children.
        let first = null;
        let list = null;
        const shadow = node.shadowRoot;
        if (shadow) first = shadow.firstChild;
        else if (kind.tag === 'slot' && typeof node.assignedNodes === 'function') {
          const assigned = node.assignedNodes();
          if (assigned.length) list = assigned;
          else first = node.firstChild;
        } else first = node.firstChild;
        sNext[depth] = first;
        sArr[depth] = list;
        sIdx[depth] = 0;
        sEntered[depth] = entered;
        depth++;
      }
    } else if (type === TEXT) {
      w.text(node);
    }
  }
  c.depth = 0;
  return true;
}
