// probe.js — the page side of tests/bench/inpage.mjs: times one unit of work per call.
//
// Takes the served layout inpage.mjs builds (/ext → extension/, /pkg → the WASM package,
// /readability.js → npm
// @mozilla/readability, already injected as a classic script so `window.Readability` exists).
// Gives setup() (initialises the WASM package; returns its memory size) and one function per
// measured unit, each doing the work once and returning its synchronous durations in ms
// (performance.now(): 5 µs steps, as inpage.mjs serves the pages cross-origin isolated). Each is meant to
// be called from its own page.evaluate, i.e. as its own main-thread task, like content.js.

import init, { analyzeSnapshot, analyzeDocument } from '../pkg/lede.js';
import { collectSnapshotInSlices } from '../ext/lib/snapshot.js';
import { locatorFor } from '../ext/lib/ranges.js';
import { Overlay } from '../ext/lib/overlay.js';

let wasm = null;
const now = () => performance.now();

/** Loads the WASM core; gives the byte size of its linear memory before any analysis. */
export async function setup() {
  wasm = await init({ module_or_path: new URL('../pkg/lede_bg.wasm', import.meta.url) });
  return wasm.memory.buffer.byteLength;
}

const nextTask = () => new Promise((r) => { setTimeout(r, 0); });
/** content.js's SLICE_MS: the walk and the paint go on in one task for about this long. */
const SLICE_MS = 8;

/**
 * Lede as content.js runs it: the walk in slices, the analysis, and the paint (only when the
 * core calls the page readerable) in overlay.js batches yielding every SLICE_MS, each slice its
 * own main-thread task; then removes the overlay so the next run starts clean (not timed).
 * Gives each phase's busy time (paint = the sum of its batches), `span` = their sum (the time
 * the waits between tasks excluded) and `task` = the longest single task (phase or batch).
 */
export async function lede() {
  // The walk in content.js's slices (SLICE_MS = 8): `snapshot` is their sum.
  const slices = [];
  let t0 = now();
  const snap = await collectSnapshotInSlices(document, async () => {
    slices.push(now() - t0);
    await nextTask();
    t0 = now();
    return true;
  }, SLICE_MS);
  slices.push(now() - t0);
  const snapshot = slices.reduce((a, b) => a + b, 0);
  await nextTask();
  const t1 = now();
  const insights = analyzeSnapshot(snap);
  const analysis = now() - t1;
  let paint = null;
  let overlay = null;
  const batches = [];
  if (insights?.article?.readerable !== false) {
    await nextTask();
    let t = now();
    overlay = new Overlay(document, insights, null, { defer: true });
    // As content.js: batches of 10, a new task only every SLICE_MS of painting.
    await overlay.paintInBatches(locatorFor(snap, insights), async () => {
      if (now() - t < SLICE_MS) return true;
      batches.push(now() - t);
      await nextTask();
      t = now();
      return true;
    }, 10);
    batches.push(now() - t);
    paint = batches.reduce((a, b) => a + b, 0);
  }
  overlay?.remove();
  return {
    snapshot,
    analysis,
    paint,
    span: snapshot + analysis + (paint ?? 0),
    task: Math.max(...slices, analysis, ...batches),
    batches: batches.length,
    batchMax: batches.length ? Math.max(...batches) : null,
    quotes: insights?.quotes?.length ?? 0,
    textLength: insights?.article?.text?.length ?? 0,
    memory: wasm.memory.buffer.byteLength,
  };
}

/**
 * The method of an independent harness: analyzeDocument(document) six times back
 * to back in one task; gives the first call and the median of the other five (ms).
 */
export function six() {
  const t = [];
  for (let i = 0; i < 6; i++) {
    const t0 = now();
    analyzeDocument(document);
    t.push(now() - t0);
  }
  const rest = t.slice(1).sort((a, b) => a - b);
  return { first: t[0], warm: rest[2] };
}

/** Readability.js the only way it can run in a live page: on a clone (parse() mutates). */
export function readability() {
  const t0 = now();
  const clone = document.cloneNode(true);
  const t1 = now();
  const article = new window.Readability(clone).parse();
  const t2 = now();
  return { clone: t1 - t0, parse: t2 - t1, total: t2 - t0, textLength: article?.textContent?.length ?? 0 };
}

/** The floor: one TreeWalker pass gathering every Text node's data. */
export function walk() {
  const t0 = now();
  const parts = [];
  const walker = document.createTreeWalker(document.documentElement ?? document, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
  const text = parts.join('');
  return { total: now() - t0, textLength: text.length };
}
