// @ts-check
// ranges.js — turns UTF-16 offsets into `article.text` back into DOM Ranges.
//
// Takes the Insights the core returned (its top-level `blocks`: [{ node, start, end }]) and the
// snapshot collected by snapshot.js (its JS-only `blockTexts`), or any list of text runs you
// build yourself (the playground does). Gives a TextLocator: `ranges(start, end)` → one live
// Range per article block the span touches, `point(offset)` → { node, offset } in a Text node.
// It only maps; painting lives in overlay.js (hypothesis/client style: offsets → Range in one
// thin layer, highlighting in another).

/** @typedef {import('../types').Insights} Insights */
/**
 * A stretch of article text held by one Text node: [start, end) in article.text (UTF-16),
 * `at` the (collapsed, when `collapsed`) index in node.data where it starts.
 * @typedef {{ block: number, node: Text, start: number, end: number, at: number, collapsed: boolean }} Run
 */

const WS = /[ \t\n\r\f]/;

/**
 * Index in `data` (a Text node's raw data) of collapsed character `k`, where "collapsed" means
 * every run of ASCII whitespace became one space (snapshot.js TextRun). k may equal the
 * collapsed length: that gives data.length.
 * @param {string} data
 * @param {number} k
 * @returns {number}
 */
export function rawIndex(data, k) {
  let collapsed = 0;
  let i = 0;
  while (i < data.length) {
    if (collapsed === k) return i;
    if (WS.test(data[i])) {
      while (i < data.length && WS.test(data[i])) i++;
    } else {
      i++;
    }
    collapsed++;
  }
  return data.length;
}

const WS_RUN = /[ \t\n\r\f]{2}/;
const isWs = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * rawIndex for every collapsed index of `data` at once (k → table[k], the end included), in
 * one pass; null when they are the same (no whitespace run longer than one unit: collapsing
 * changes no offset). A page's long Text node is looked up once per quote edge and label:
 * rawIndex per lookup walked the node from its start each time (50 ms on a page of one long
 * Text node).
 * @param {string} data
 * @returns {Int32Array | null}
 */
export function rawIndexTable(data) {
  if (!WS_RUN.test(data)) return null;
  const n = data.length;
  const table = new Int32Array(n + 1);
  let k = 0;
  let i = 0;
  while (i < n) {
    table[k++] = i;
    if (isWs(data.charCodeAt(i))) {
      while (i < n && isWs(data.charCodeAt(i))) i++;
    } else {
      i++;
    }
  }
  table[k] = n;
  return table.subarray(0, k + 1);
}

/**
 * Lines the core's article blocks up with the snapshot's blocks and gives article-level runs:
 * [{ block, node: Text, start, end, at, collapsed: true }] with start/end offsets into
 * article.text (UTF-16), `block` the article block index, `at` the collapsed index in
 * node.data where the run starts.
 * @param {{ blocks: ArrayLike<number>, blockTexts?: { text: string, runs: { node: Text, start: number, end: number, at: number }[] }[] }} snapshot
 * @param {Pick<Insights, 'blocks'> & { article: Pick<Insights['article'], 'text'> }} insights
 * @returns {Run[]}
 */
export function runsFromSnapshot(snapshot, insights) {
  const text = insights.article?.text ?? '';
  const articleBlocks = Array.isArray(insights.blocks) ? insights.blocks : [];
  const blockTexts = snapshot.blockTexts ?? [];
  // Snapshot block indices per element index, in document order.
  const byNode = new Map();
  for (let i = 0; i < blockTexts.length; i++) {
    const node = snapshot.blocks[3 * i];
    if (!byNode.has(node)) byNode.set(node, []);
    byNode.get(node).push(i);
  }
  const used = new Set();
  const runs = [];
  articleBlocks.forEach((ab, blockIndex) => {
    const slice = text.slice(ab.start, ab.end);
    const candidates = byNode.get(ab.node) ?? [];
    // Several blocks can share an element: take the first unused one with the same text,
    // else one that contains the text (the core may have trimmed a block).
    let pick = candidates.find((i) => !used.has(i) && blockTexts[i].text === slice);
    let shift = 0;
    if (pick === undefined) {
      pick = candidates.find((i) => blockTexts[i].text.includes(slice));
      if (pick === undefined) return;
      shift = blockTexts[pick].text.indexOf(slice);
    } else {
      used.add(pick);
    }
    for (const r of blockTexts[pick].runs) {
      const s = Math.max(r.start, shift);
      const e = Math.min(r.end, shift + slice.length);
      if (e <= s) continue;
      runs.push({
        block: blockIndex,
        node: r.node,
        start: ab.start + s - shift,
        end: ab.start + e - shift,
        at: r.at + (s - r.start),
        collapsed: true,
      });
    }
  });
  return runs;
}

/** Maps article offsets to DOM positions through a list of runs (see runsFromSnapshot). */
export class TextLocator {
  /**
   * @param {Run[]} runs
   */
  constructor(runs) {
    this.runs = runs.slice().sort((a, b) => a.start - b.start);
    // maxEnd[i]: the largest end among runs[0..i] (non-decreasing), so a binary search finds
    // the first run that can reach past an offset; lookups cost log(runs), not a full scan.
    this.maxEnd = [];
    let m = -Infinity;
    for (const r of this.runs) { m = Math.max(m, r.end); this.maxEnd.push(m); }
    /** Text node → [its data when the table was made, rawIndexTable(data)] */
    this.tables = new WeakMap();
  }

  /** Index of the first run whose maxEnd is > offset (or ≥ when `orEqual`). */
  firstReaching(offset, orEqual) {
    let lo = 0;
    let hi = this.maxEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = this.maxEnd[mid];
      if (e > offset || (orEqual && e === offset)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** DOM position of `offset` inside `run` (offset between run.start and run.end). */
  position(run, offset) {
    const k = run.at + (offset - run.start);
    const data = run.node.data;
    if (!run.collapsed) return { node: run.node, offset: Math.min(k, data.length) };
    let got = this.tables.get(run.node);
    if (!got || got[0] !== data) {
      got = [data, rawIndexTable(data)];
      this.tables.set(run.node, got);
    }
    const table = got[1];
    return { node: run.node, offset: table === null ? Math.min(k, data.length) : table[Math.min(k, table.length - 1)] };
  }

  /** Runs overlapping [start, end), in article order. */
  overlapping(start, end) {
    const out = [];
    for (let i = this.firstReaching(start, false); i < this.runs.length && this.runs[i].start < end; i++) {
      const r = this.runs[i];
      if (r.end > start) out.push(r);
    }
    return out;
  }

  /**
   * Text-node pieces of [start, end): [{ node, start, end }] with raw offsets into node.data.
   * Takes a snapshot of the current DOM; read it before changing the page.
   */
  segments(start, end) {
    return this.overlapping(start, end).map((r) => {
      const a = this.position(r, Math.max(start, r.start));
      const b = this.position(r, Math.min(end, r.end));
      return { node: r.node, start: a.offset, end: b.offset };
    });
  }

  /** One live Range per article block that [start, end) touches; [] when nothing maps. */
  ranges(start, end) {
    const byBlock = new Map();
    for (const r of this.overlapping(start, end)) {
      if (!byBlock.has(r.block)) byBlock.set(r.block, []);
      byBlock.get(r.block).push(r);
    }
    const out = [];
    for (const runs of byBlock.values()) {
      const first = runs[0];
      const last = runs[runs.length - 1];
      const a = this.position(first, Math.max(start, first.start));
      const b = this.position(last, Math.min(end, last.end));
      if (!a.node.isConnected || !b.node.isConnected) continue;
      const range = a.node.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      if (!range.collapsed) out.push(range);
    }
    return out;
  }

  /** DOM position of one article offset, or null when no run holds it. */
  point(offset) {
    const { runs } = this;
    let run = null;
    for (let i = this.firstReaching(offset, false); i < runs.length && runs[i].start <= offset; i++) {
      if (offset < runs[i].end) { run = runs[i]; break; }
    }
    if (!run) {
      for (let i = this.firstReaching(offset, true); i < runs.length && runs[i].start <= offset; i++) {
        if (runs[i].end === offset) { run = runs[i]; break; }
      }
    }
    return run ? this.position(run, offset) : null;
  }
}

/**
 * Builds the locator for a page: snapshot from collectSnapshot, insights from the core.
 * @param {Parameters<typeof runsFromSnapshot>[0]} snapshot
 * @param {Insights} insights
 * @returns {TextLocator}
 */
export function locatorFor(snapshot, insights) {
  return new TextLocator(runsFromSnapshot(snapshot, insights));
}
