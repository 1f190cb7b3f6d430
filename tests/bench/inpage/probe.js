// probe.js — the page side of tests/bench/inpage.mjs: times one unit of work per call.
//
// Takes the served layout inpage.mjs builds (/ext → extension/, /pkg → the WASM package,
// /readability.js → npm
// @mozilla/readability, already injected as a classic script so `window.Readability` exists).
// Gives setup() (initialises the WASM package; returns its memory size) and one function per
// measured unit, each doing the work once and returning its synchronous durations in ms
// (performance.now(), coarsened to ~0.1 ms outside cross-origin isolation). Each is meant to
// be called from its own page.evaluate, i.e. as its own main-thread task, like content.js.

import init, { analyzeSnapshot } from '../pkg/lede.js';
import { collectSnapshot } from '../ext/lib/snapshot.js';
import { locatorFor } from '../ext/lib/ranges.js';
import { Overlay } from '../ext/lib/overlay.js';

let wasm = null;
const now = () => performance.now();

/** Loads the WASM core; gives the byte size of its linear memory before any analysis. */
export async function setup() {
  wasm = await init({ module_or_path: new URL('../pkg/lede_bg.wasm', import.meta.url) });
  return wasm.memory.buffer.byteLength;
}

/**
 * Lede as content.js runs it, in one synchronous span: snapshot → analyse → paint (only when
 * the core calls the page readerable), then removes the overlay so the next run starts clean
 * (removal is not timed).
 */
export function lede() {
  const t0 = now();
  const snap = collectSnapshot(document);
  const t1 = now();
  const insights = analyzeSnapshot(snap);
  const t2 = now();
  let paint = null;
  let overlay = null;
  if (insights?.article?.readerable !== false) {
    overlay = new Overlay(document, insights, locatorFor(snap, insights));
    paint = now() - t2;
  }
  const span = now() - t0;
  overlay?.remove();
  return {
    snapshot: t1 - t0,
    analysis: t2 - t1,
    paint,
    span,
    quotes: insights?.quotes?.length ?? 0,
    textLength: insights?.article?.text?.length ?? 0,
    memory: wasm.memory.buffer.byteLength,
  };
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
