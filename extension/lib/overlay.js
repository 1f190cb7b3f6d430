// @ts-check
// overlay.js — paints the core's Insights onto a live page, and removes every trace again.
//
// Takes a Document, the Insights object and a TextLocator (ranges.js). Gives an Overlay:
// quote highlights (CSS Custom Highlight API where present, else `lede-mark` wrappers that
// unwrap exactly; also for text inside shadow roots, which document styles cannot reach), one
// `lede-label` per quote (label.js: own shadow root, hover/focus card), seek() to scroll to a
// span, intact() to tell whether the page removed any of it, and remove() which restores the
// page's nodes as they were. Also the page test hooks (`data-lede-state`, `data-lede-quotes`)
// (docs/insights.md). Styles: overlay.css (::highlight only) and CSSOM on Lede's own elements.
// Never changes the page's text: labels carry their words in a shadow root.

import { speakerSlots, quoteSlot, entityIndex, colours, UNKNOWN, SLOTS } from './palette.js';
import { makeLabel, important, darkBehind } from './label.js';

/** @typedef {import('../types').Insights} Insights */

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›', "'", '「', '『']);
const HIGHLIGHT_NAMES = [...Array(SLOTS + 1).keys()].map((i) => `lede-s${i}`).concat('lede-focus');

/**
 * Sets the page hooks (docs/insights.md). `quotes` is left off for states that painted nothing.
 * @param {Document | null | undefined} doc
 * @param {'ready' | 'skipped' | 'error'} state
 * @param {number} [quotes]
 */
export function setPageState(doc, state, quotes) {
  const root = doc.documentElement;
  root.setAttribute('data-lede-state', state);
  if (quotes == null) root.removeAttribute('data-lede-quotes');
  else root.setAttribute('data-lede-quotes', String(quotes));
}

/** True when this browser can paint with CSS.highlights. */
export function hasHighlightApi(win) {
  return typeof win.Highlight === 'function' && win.CSS != null && win.CSS.highlights != null;
}

/** Text nodes inside `range` after splitting its edge nodes (splits are recorded in `splits`). */
function splitEdges(range, splits) {
  const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
  if (ec.nodeType === Node.TEXT_NODE && eo > 0 && eo < ec.length) {
    splits.push({ first: ec, second: ec.splitText(eo) });
  }
  if (sc.nodeType === Node.TEXT_NODE && so > 0 && so < sc.length) {
    const second = sc.splitText(so);
    splits.push({ first: sc, second });
    range.setStart(second, 0);
  }
}

function textNodesIn(range) {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return [root];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n) && n.data.trim() !== '') out.push(n);
  }
  return out;
}

/** Labels or marks painted per batch by paintInBatches (one main-thread task each). */
export const BATCH = 40;

export class Overlay {
  /**
   * Paints at once; `opts.marks` forces the `lede-mark` fallback; `opts.defer` paints nothing
   * yet (call paintInBatches, which spreads the work over several tasks).
   * @param {Document} doc
   * @param {Insights} insights
   * @param {import('./ranges.js').TextLocator | null} locator
   * @param {{ marks?: boolean, defer?: boolean }} [opts]
   */
  constructor(doc, insights, locator, opts = {}) {
    this.doc = doc;
    this.win = doc.defaultView;
    this.insights = insights;
    this.useHighlights = !opts.marks && hasHighlightApi(this.win);
    this.highlighted = false; // whether any range went to CSS.highlights
    this.labels = [];
    this.marks = [];
    this.splits = [];
    this.spans = new Map(); // "start:end" → live Ranges, for seek()
    this.quoteIds = new Map(); // "start:end" → quote id, to find a quote's marks
    this.focusTimer = 0;
    if (opts.defer) return;
    try {
      for (const _ of this.steps(locator, Infinity)); // eslint-disable-line no-unused-vars
    } catch (e) {
      this.remove(); // leave nothing half-painted behind
      throw e;
    }
  }

  /**
   * Paints in batches of `size` marks or labels, awaiting `pause()` (e.g. a macrotask yield)
   * between batches so no single main-thread task grows long. `pause` may return false to stop
   * (switched off meanwhile): what was painted stays recorded, so remove() undoes it exactly.
   * On any failure everything painted so far is removed and the error rethrown.
   */
  async paintInBatches(locator, pause, size = BATCH) {
    try {
      for (const _ of this.steps(locator, size)) { // eslint-disable-line no-unused-vars
        if ((await pause()) === false) return false;
      }
      return true;
    } catch (e) {
      this.remove();
      throw e;
    }
  }

  /** The painting as a generator: yields after every `size` marks or labels (and phase). */
  *steps(locator, size) {
    const { doc, insights } = this;
    const text = insights.article?.text ?? '';
    const slots = speakerSlots(insights);
    const names = entityIndex(insights);
    // 1. Every Range and label position first, while the locator's Text nodes are intact.
    const quotes = (Array.isArray(insights.quotes) ? insights.quotes : []).map((q) => {
      const at = q.start > 0 && QUOTE_MARKS.has(text[q.start - 1]) ? q.start - 1 : q.start;
      const p = locator.point(at);
      let labelAt = null;
      if (p && p.node.isConnected) {
        labelAt = doc.createRange();
        labelAt.setStart(p.node, Math.min(p.offset, p.node.length));
        labelAt.collapse(true);
      }
      const ranges = locator.ranges(q.start, q.end);
      this.spans.set(`${q.start}:${q.end}`, ranges);
      this.quoteIds.set(`${q.start}:${q.end}`, q.id);
      return { q, slot: quoteSlot(slots, q), ranges, labelAt };
    });
    for (const s of Array.isArray(insights.summary) ? insights.summary : []) {
      const key = `${s.start}:${s.end}`;
      if (!this.spans.has(key)) this.spans.set(key, locator.ranges(s.start, s.end));
    }
    // Every computed-style read (is the text behind a label dark?) before Lede changes
    // anything: the page's style is still clean here, while after the highlights or marks the
    // first read made the browser restyle the page inside a paint task (~40 ms on big pages).
    const darkCache = new Map();
    const dark = quotes.map(({ labelAt }) => {
      if (!labelAt) return false;
      const host = labelAt.startContainer.nodeType === Node.ELEMENT_NODE
        ? labelAt.startContainer : labelAt.startContainer.parentElement;
      return host ? darkBehind(host, darkCache) : false;
    });
    yield;
    // 2. Highlights for ranges in the document's own tree; marks for the rest (no Highlight
    // API, a registry that refuses our ranges, or text in a shadow root, which the document's
    // ::highlight rules cannot style).
    const toMark = quotes.map(() => []);
    if (this.useHighlights) {
      try {
        const bySlot = new Map();
        quotes.forEach(({ slot, ranges }, i) => {
          for (const r of ranges) {
            if (r.startContainer.getRootNode() !== doc) { toMark[i].push(r); continue; }
            if (!bySlot.has(slot)) bySlot.set(slot, []);
            bySlot.get(slot).push(r);
          }
        });
        for (const [slot, ranges] of bySlot) {
          this.win.CSS.highlights.set(`lede-s${slot}`, new this.win.Highlight(...ranges));
          this.highlighted = true;
        }
      } catch {
        for (const name of HIGHLIGHT_NAMES) this.win.CSS.highlights.delete(name);
        this.useHighlights = false;
        this.highlighted = false;
      }
    }
    if (!this.useHighlights) quotes.forEach(({ ranges }, i) => { toMark[i] = ranges; });
    for (const rs of toMark) for (const r of rs) splitEdges(r, this.splits);
    const nodeLists = toMark.map((rs) => rs.flatMap(textNodesIn));
    let done = 0;
    for (let i = 0; i < quotes.length; i++) {
      const { q, slot } = quotes[i];
      for (const node of nodeLists[i]) {
        // Overlapping quotes; or the page removed the node while we yielded.
        if (!node.parentNode || node.parentNode.localName === 'lede-mark') continue;
        if (++done % size === 0) yield;
        if (!node.parentNode) continue;
        const mark = doc.createElement('lede-mark');
        mark.setAttribute('data-lede-slot', String(slot));
        mark.setAttribute('data-lede-quote', String(q.id));
        important(mark, { all: 'unset', display: 'inline', background: colours(slot)[1] });
        node.parentNode.replaceChild(mark, node);
        mark.appendChild(node);
        this.marks.push(mark);
      }
    }
    yield;
    // 3. One label per quote (their backgrounds were read in 1: reading after each insertion
    // would make the browser restyle the page once per label).
    for (let i = 0; i < quotes.length; i++) {
      const { q, slot, labelAt } = quotes[i];
      if (!labelAt) continue;
      if (i > 0 && i % size === 0) yield;
      if (!labelAt.startContainer.isConnected) continue; // the page removed it meanwhile
      const entity = q.speaker != null ? names.get(q.speaker) : null;
      const facts = {
        name: typeof entity?.name === 'string' ? entity.name : null,
        role: typeof entity?.role === 'string' ? entity.role : null,
        cue: typeof q.cue?.text === 'string' ? q.cue.text : null,
        confidence: typeof q.confidence === 'number' ? q.confidence : null,
        rule: typeof q.rule === 'string' ? q.rule : null,
        quoteId: q.id,
      };
      const label = makeLabel(doc, facts, slot === UNKNOWN ? UNKNOWN : slot, dark[i]);
      this.insertAt(labelAt, label);
      this.labels.push(label);
    }
  }

  /** Inserts `el` at a collapsed live Range, splitting a Text node when needed. */
  insertAt(range, el) {
    const c = range.startContainer;
    const o = range.startOffset;
    if (c.nodeType === Node.TEXT_NODE) {
      if (o === 0) c.parentNode.insertBefore(el, c);
      else if (o >= c.length) c.parentNode.insertBefore(el, c.nextSibling);
      else {
        const second = c.splitText(o);
        this.splits.push({ first: c, second });
        c.parentNode.insertBefore(el, second);
      }
    } else {
      c.insertBefore(el, c.childNodes[o] ?? null);
    }
  }

  /** True when every label and mark is still in the page (a page may delete them). */
  intact() {
    return this.labels.every((l) => l.isConnected) && this.marks.every((m) => m.isConnected);
  }

  /** True when `node` is (inside) one of this overlay's elements. */
  owns(node) {
    for (let n = node; n; n = n.parentNode) {
      if (n.nodeType === Node.ELEMENT_NODE && (n.localName === 'lede-label' || n.localName === 'lede-mark')) return true;
    }
    return false;
  }

  /** Scrolls to the span [start, end) of article.text and flashes it; false when unknown. */
  seek(start, end) {
    const key = `${start}:${end}`;
    const ranges = (this.spans.get(key) ?? []).filter((r) => r.startContainer.isConnected);
    const id = this.quoteIds.get(key);
    const marks = id === undefined ? [] : this.marks.filter((m) => m.isConnected && m.getAttribute('data-lede-quote') === String(id));
    // Marks are steadier targets than ranges whose text nodes they have wrapped.
    const target = marks[0] ?? ranges[0];
    if (!target) return false;
    const rect = target.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      const el = target.startContainer?.nodeType === Node.ELEMENT_NODE
        ? target.startContainer : (target.startContainer?.parentElement ?? target);
      el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    } else {
      this.win.scrollTo({ top: this.win.scrollY + rect.top - this.win.innerHeight / 3, behavior: 'smooth' });
    }
    this.win.clearTimeout(this.focusTimer);
    if (this.highlighted && marks.length === 0) {
      this.win.CSS.highlights.set('lede-focus', new this.win.Highlight(...ranges));
      this.focusTimer = this.win.setTimeout(() => this.win.CSS.highlights.delete('lede-focus'), 2000);
    } else {
      for (const m of marks) { m.setAttribute('data-lede-focus', ''); important(m, { background: 'rgba(250, 204, 21, 0.65)' }); }
      this.focusTimer = this.win.setTimeout(() => marks.forEach((m) => {
        m.removeAttribute('data-lede-focus');
        important(m, { background: colours(Number(m.getAttribute('data-lede-slot')))[1] });
      }), 2000);
    }
    return true;
  }

  /** Removes labels, marks and highlights, and merges every Text node split back together. */
  remove() {
    this.win.clearTimeout(this.focusTimer);
    if (this.useHighlights) for (const name of HIGHLIGHT_NAMES) this.win.CSS.highlights.delete(name);
    for (const label of this.labels) label.remove();
    for (const mark of this.marks) if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const { first, second } = this.splits[i];
      if (first.nextSibling === second) {
        first.appendData(second.data);
        second.remove();
      }
    }
    this.labels = [];
    this.marks = [];
    this.splits = [];
    this.spans.clear();
    this.quoteIds.clear();
  }
}
