// @ts-check
// demo.js — runs Lede on a sample article without the extension.
//
// Takes ?article=<name> (a file in articles/, default kremlin-ceasefire) and ?marks (force the
// `lede-mark` fallback instead of the CSS Highlight API). Loads the article in the frame, then
// does what the extension's content script does — snapshot (lib/snapshot.js) → WASM core
// (pkg/lede.js) → overlay (lib/overlay.js) — and renders the shared sidebar (ui/sidebar.js)
// beside it, whose switch removes and repaints the overlay (and whose "Paraphrased
// statements" switch shows or hides the reported statements). Gives the page hooks of docs/insights.md on
// both the article document and this page's <html>.

import init, { analyzeSnapshot } from './pkg/lede.js';
import { collectSnapshot } from './lib/snapshot.js';
import { locatorFor } from './lib/ranges.js';
import { Overlay, setPageState } from './lib/overlay.js';
import { renderSidebar } from './ui/sidebar.js';

/** @typedef {import('../extension/types').Insights} Insights */

const params = new URLSearchParams(location.search);
const name = params.get('article') ?? 'kremlin-ceasefire';
const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('article'));
const sidebar = document.getElementById('sidebar');
const status = document.getElementById('status');
let overlay = null;
/** @type {Insights | null} */
let insights = null;
/** @type {import('../extension/types').ViewState} */
let state = 'pending'; // sidebar view: pending | ready | skipped | off
let reported = true; // "Paraphrased statements" (the extension keeps it in its settings)

function loadFrame(src) {
  return new Promise((ok, fail) => {
    frame.addEventListener('load', () => ok(frame.contentDocument), { once: true });
    frame.addEventListener('error', () => fail(new Error(`cannot load ${src}`)), { once: true });
    frame.src = src;
  });
}

function addOverlayStyles(doc) {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('lib/overlay.css', location.href).href;
  link.dataset.lede = '';
  (doc.head ?? doc.documentElement).append(link);
}

function hooks(pageState, quotes) {
  const shown = quotes == null || !overlay ? undefined : reported ? overlay.reportedCount : 0;
  setPageState(frame.contentDocument, pageState, quotes, shown);
  setPageState(document, pageState, quotes, shown);
}

/** Analyses the article document and paints it; returns the analysis time in ms. */
function analyse(doc) {
  const t0 = performance.now();
  const snapshot = collectSnapshot(doc);
  insights = analyzeSnapshot(snapshot);
  const ms = performance.now() - t0;
  if (insights.article?.readerable === false) {
    state = 'skipped';
    hooks('skipped');
    return ms;
  }
  overlay = new Overlay(doc, insights, locatorFor(snapshot, insights), { marks: params.has('marks'), reported });
  state = 'ready';
  hooks('ready', insights.quotes?.length ?? 0);
  return ms;
}

function draw() {
  renderSidebar(sidebar, { state, insights, reported }, {
    onSeek: (start, end) => overlay?.seek(start, end),
    onReported: (on) => {
      reported = on;
      if (overlay) {
        overlay.setReported(on);
        hooks('ready', insights?.quotes?.length ?? 0);
      }
      draw();
    },
    onToggle: (on) => {
      if (on && !overlay) analyse(frame.contentDocument);
      if (!on && overlay) {
        overlay.remove();
        overlay = null;
        state = 'off';
        hooks('skipped');
      }
      draw();
    },
  });
}

async function main() {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`no such article: ${name}`);
  const [doc] = await Promise.all([loadFrame(`articles/${name}.html`), init()]);
  document.title = `Lede demo — ${doc.title}`;
  addOverlayStyles(doc);
  const ms = analyse(doc);
  const n = insights.quotes?.length ?? 0;
  status.textContent = `${n} ${n === 1 ? 'quote' : 'quotes'} · analysed in ${Math.round(ms)} ms`;
  draw();
}

main().catch((e) => {
  try {
    if (frame.contentDocument) setPageState(frame.contentDocument, 'error');
  } catch {
    // Frame not ours (cross-origin) or gone.
  }
  setPageState(document, 'error');
  status.textContent = 'Analysis failed';
  renderSidebar(sidebar, { state: 'error', error: e instanceof Error ? e.message : String(e) });
  console.warn(`[lede] demo failed: ${e instanceof Error ? e.message : e}`);
});
