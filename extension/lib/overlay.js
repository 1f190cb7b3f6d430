// @ts-check
// overlay.js — paints the core's Insights onto a live page, and removes every trace again.
//
// Takes a Document, the Insights object and a TextLocator (ranges.js). Gives an Overlay:
// quote highlights (CSS Custom Highlight API where present, else `lede-mark` wrappers that
// unwrap exactly; also for text inside shadow roots, which document styles cannot reach), one
// `lede-label` per quote (label.js: own shadow root, hover/focus card); reported statements
// underlined in their speaker's colour (highlights `lede-rN`, else `lede-mark
// data-lede-reported` wrappers around the quote marks inside them) with a `lede-note` dot at
// their start that shows the label on hover and focus; setReported() shows or hides them at
// once (the panel's "Paraphrased statements" switch); seek() to scroll to a
// span, intact() to tell whether the page removed any of it, and remove() which restores the
// page's nodes as they were. Also the page test hooks (`data-lede-state`, `data-lede-quotes`)
// (docs/insights.md). Styles: overlay.css (::highlight only) and CSSOM on Lede's own elements.
// Never changes the page's text: labels carry their words in a shadow root.

import { speakerSlots, quoteSlot, entityIndex, colours, UNKNOWN, SLOTS } from './palette.js';
import { makeLabel, important, darkBehind } from './label.js';

/** @typedef {import('../types').Insights} Insights */

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›', "'", '「', '『']);
const HIGHLIGHT_NAMES = [...Array(SLOTS + 1).keys()].flatMap((i) => [`lede-s${i}`, `lede-r${i}`]).concat('lede-focus');
/** A reported statement's underline (marks; overlay.css has the same for highlights). */
const underline = (slot) => `underline 0.09em ${colours(slot)[0]}`;
/** The resting background of a mark: a quote's tint, none for a reported statement. */
const restingBackground = (m) => (m.hasAttribute('data-lede-reported') ? 'transparent' : colours(Number(m.getAttribute('data-lede-slot')))[1]);

/**
 * Sets the page hooks (docs/insights.md). `quotes` (and `reported`, the reported statements
 * shown) are left off for states that painted nothing.
 * @param {Document | null | undefined} doc
 * @param {'ready' | 'skipped' | 'error'} state
 * @param {number} [quotes]
 * @param {number} [reported]
 */
export function setPageState(doc, state, quotes, reported) {
  const root = doc.documentElement;
  root.setAttribute('data-lede-state', state);
  if (quotes == null) root.removeAttribute('data-lede-quotes');
  else root.setAttribute('data-lede-quotes', String(quotes));
  if (quotes == null || reported == null) root.removeAttribute('data-lede-reported');
  else root.setAttribute('data-lede-reported', String(reported));
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
   * yet (call paintInBatches, which spreads the work over several tasks); `opts.reported`
   * false paints reported statements hidden (setReported(true) shows them).
   * @param {Document} doc
   * @param {Insights} insights
   * @param {import('./ranges.js').TextLocator | null} locator
   * @param {{ marks?: boolean, defer?: boolean, reported?: boolean }} [opts]
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
    this.reportedIds = new Map(); // "start:end" → reported id, to find its marks
    this.showReported = opts.reported !== false;
    this.notes = []; // the `lede-note`s (also in `labels`)
    this.reportedMarks = [];
    this.reportedBySlot = new Map(); // slot → Ranges underlined with the Highlight API
    this.reportedCount = 0; // reported statements painted (found in the page)
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
    const reported = (Array.isArray(insights.reported) ? insights.reported : []).map((r) => {
      const p = locator.point(r.start);
      let labelAt = null;
      if (p && p.node.isConnected) {
        labelAt = doc.createRange();
        labelAt.setStart(p.node, Math.min(p.offset, p.node.length));
        labelAt.collapse(true);
      }
      const ranges = locator.ranges(r.start, r.end);
      const key = `${r.start}:${r.end}`;
      if (!this.spans.has(key)) this.spans.set(key, ranges);
      this.reportedIds.set(key, r.id);
      return { q: r, slot: quoteSlot(slots, r), ranges, labelAt };
    });
    this.reportedCount = reported.filter((r) => r.ranges.length > 0).length;
    for (const s of Array.isArray(insights.summary) ? insights.summary : []) {
      const key = `${s.start}:${s.end}`;
      if (!this.spans.has(key)) this.spans.set(key, locator.ranges(s.start, s.end));
    }
    // Every computed-style read (is the text behind a label dark?) before Lede changes
    // anything: the page's style is still clean here, while after the highlights or marks the
    // first read made the browser restyle the page inside a paint task (~40 ms on big pages).
    const darkCache = new Map();
    const isDark = ({ labelAt }) => {
      if (!labelAt) return false;
      const host = labelAt.startContainer.nodeType === Node.ELEMENT_NODE
        ? labelAt.startContainer : labelAt.startContainer.parentElement;
      return host ? darkBehind(host, darkCache) : false;
    };
    const dark = quotes.map(isDark);
    const darkReported = reported.map(isDark);
    yield;
    // 2. Highlights for ranges in the document's own tree; marks for the rest (no Highlight
    // API, a registry that refuses our ranges, or text in a shadow root, which the document's
    // ::highlight rules cannot style).
    // Reported statements first: their marks hold the marks of the quotes inside them.
    const items = [...reported, ...quotes];
    const toMark = items.map(() => []);
    if (this.useHighlights) {
      try {
        const bySlot = new Map(); // quote highlights by slot
        items.forEach(({ slot, ranges }, i) => {
          const into = i < reported.length ? this.reportedBySlot : bySlot;
          for (const r of ranges) {
            if (r.startContainer.getRootNode() !== doc) { toMark[i].push(r); continue; }
            if (!into.has(slot)) into.set(slot, []);
            into.get(slot).push(r);
          }
        });
        for (const [slot, ranges] of bySlot) {
          this.win.CSS.highlights.set(`lede-s${slot}`, new this.win.Highlight(...ranges));
          this.highlighted = true;
        }
        if (this.reportedBySlot.size) this.highlighted = true;
        if (this.showReported) this.underlineReported();
      } catch {
        for (const name of HIGHLIGHT_NAMES) this.win.CSS.highlights.delete(name);
        this.useHighlights = false;
        this.highlighted = false;
        this.reportedBySlot.clear();
      }
    }
    if (!this.useHighlights) items.forEach(({ ranges }, i) => { toMark[i] = ranges; });
    for (const rs of toMark) for (const r of rs) splitEdges(r, this.splits);
    const nodeLists = toMark.map((rs) => rs.flatMap(textNodesIn));
    // Wrapping a Text node moves the live Ranges inside it out to its parent: the label
    // positions are kept as (Text node, offset), which wrapping leaves valid, and set again after.
    const anchors = [...reported, ...quotes].map(({ labelAt }) => labelAt && { node: labelAt.startContainer, offset: labelAt.startOffset });
    let done = 0;
    for (let i = 0; i < items.length; i++) {
      const { q, slot } = items[i];
      const isReported = i < reported.length;
      const attr = isReported ? 'data-lede-reported' : 'data-lede-quote';
      for (const node of nodeLists[i]) {
        // Overlapping statements or quotes; or the page removed the node while we yielded.
        const parent = node.parentNode;
        if (!parent || (parent.localName === 'lede-mark' && parent.hasAttribute(attr))) continue;
        if (++done % size === 0) yield;
        if (!node.parentNode) continue;
        const mark = doc.createElement('lede-mark');
        mark.setAttribute('data-lede-slot', String(slot));
        mark.setAttribute(attr, String(q.id));
        if (isReported) {
          important(mark, { all: 'unset', display: 'inline', 'text-decoration': this.showReported ? underline(slot) : 'none', 'text-underline-offset': '0.2em' });
          this.reportedMarks.push(mark);
        } else {
          important(mark, { all: 'unset', display: 'inline', background: colours(slot)[1] });
        }
        node.parentNode.replaceChild(mark, node);
        mark.appendChild(node);
        this.marks.push(mark);
      }
    }
    if (done > 0) {
      [...reported, ...quotes].forEach(({ labelAt }, i) => {
        if (labelAt && anchors[i]) labelAt.setStart(anchors[i].node, anchors[i].offset);
      });
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
    // 4. One note per reported statement, at its first word.
    for (let i = 0; i < reported.length; i++) {
      const { q, slot, labelAt, ranges } = reported[i];
      if (!labelAt || ranges.length === 0) continue;
      if (i > 0 && i % size === 0) yield;
      if (!labelAt.startContainer.isConnected) continue;
      const entity = q.speaker != null ? names.get(q.speaker) : null;
      const note = makeLabel(doc, {
        name: typeof entity?.name === 'string' ? entity.name : null,
        role: typeof entity?.role === 'string' ? entity.role : null,
        cue: typeof q.cue?.text === 'string' ? q.cue.text : null,
        confidence: typeof q.confidence === 'number' ? q.confidence : null,
        rule: typeof q.rule === 'string' ? q.rule : null,
        reportedId: q.id,
      }, slot, darkReported[i]);
      if (!this.showReported) important(note, { display: 'none' });
      this.insertAt(labelAt, note);
      this.labels.push(note);
      this.notes.push(note);
    }
  }

  /** Registers the reported statements' underline highlights (ranges still in the page). */
  underlineReported() {
    for (const [slot, ranges] of this.reportedBySlot) {
      const live = ranges.filter((r) => r.startContainer.isConnected);
      if (live.length) this.win.CSS.highlights.set(`lede-r${slot}`, new this.win.Highlight(...live));
    }
  }

  /** Shows or hides the reported statements (underlines and notes), at once, without repainting. */
  setReported(show) {
    this.showReported = show;
    if (this.useHighlights) {
      if (show) this.underlineReported();
      else for (const slot of this.reportedBySlot.keys()) this.win.CSS.highlights.delete(`lede-r${slot}`);
    }
    for (const m of this.reportedMarks) {
      important(m, { 'text-decoration': show ? underline(Number(m.getAttribute('data-lede-slot'))) : 'none' });
    }
    for (const n of this.notes) important(n, { display: show ? 'inline-block' : 'none' });
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
      if (n.nodeType === Node.ELEMENT_NODE && /^lede-(label|mark|note)$/.test(n.localName)) return true;
    }
    return false;
  }

  /** Scrolls to the span [start, end) of article.text and flashes it; false when unknown. */
  seek(start, end) {
    const key = `${start}:${end}`;
    const ranges = (this.spans.get(key) ?? []).filter((r) => r.startContainer.isConnected);
    const id = this.quoteIds.get(key);
    const rid = id === undefined ? this.reportedIds.get(key) : undefined;
    const [attr, want] = id !== undefined ? ['data-lede-quote', id] : ['data-lede-reported', rid];
    const marks = want === undefined ? [] : this.marks.filter((m) => m.isConnected && m.getAttribute(attr) === String(want));
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
        important(m, { background: restingBackground(m) });
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
    this.notes = [];
    this.reportedMarks = [];
    this.reportedBySlot.clear();
    this.spans.clear();
    this.quoteIds.clear();
    this.reportedIds.clear();
  }
}
