// @ts-check
// playground.js — analyses pasted text or HTML in the page and shows the result.
//
// Takes the textarea's contents and the "read as" choice (auto: HTML when it starts with `<`).
// Gives: article.text rendered as paragraphs (one Text node each, so offsets map 1:1), the
// quote overlay on them (lib/overlay.js through a TextLocator built from those nodes), the
// shared sidebar (ui/sidebar.js), and the page hooks (docs/insights.md) on <html> for the tests.

import init, { analyzeText, analyzeHtml } from './pkg/lede.js';
import { TextLocator } from './lib/ranges.js';
import { Overlay, setPageState } from './lib/overlay.js';
import { renderSidebar } from './ui/sidebar.js';

/** @typedef {import('../extension/types').Insights} Insights */

const source = /** @type {HTMLTextAreaElement} */ (document.getElementById('source'));
const output = document.getElementById('output');
const sidebar = document.getElementById('sidebar');
const status = document.getElementById('status');
const go = /** @type {HTMLButtonElement} */ (document.getElementById('go'));
let overlay = null;

/** Renders article.text as <p>s split at blank lines; gives the runs for a TextLocator. */
function renderText(text) {
  const runs = [];
  const paras = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let block = 0;
  const push = (end) => {
    if (end > start) {
      const p = document.createElement('p');
      const node = document.createTextNode(text.slice(start, end));
      p.append(node);
      paras.push(p);
      runs.push({ block: block++, node, start, end, at: 0, collapsed: false });
    }
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  output.replaceChildren(...paras);
  return runs;
}

function kind() {
  const chosen = document.querySelector('input[name="kind"]:checked')?.getAttribute('value') ?? 'auto';
  if (chosen !== 'auto') return chosen;
  return source.value.trimStart().startsWith('<') ? 'html' : 'text';
}

function analyse() {
  overlay?.remove();
  overlay = null;
  const input = source.value;
  if (input.trim() === '') {
    output.replaceChildren();
    setPageState(document, 'skipped');
    renderSidebar(sidebar, { state: 'empty' });
    return;
  }
  try {
    const as = kind();
    const t0 = performance.now();
    /** @type {Insights} */
    const insights = as === 'html' ? analyzeHtml(input) : analyzeText(input);
    const ms = performance.now() - t0;
    const runs = renderText(insights.article?.text ?? '');
    overlay = new Overlay(document, insights, new TextLocator(runs));
    const n = insights.quotes?.length ?? 0;
    setPageState(document, 'ready', n);
    status.textContent = `Read as ${as} · ${n} ${n === 1 ? 'quote' : 'quotes'} · ${Math.round(ms)} ms`;
    renderSidebar(sidebar, { state: 'ready', insights }, { onSeek: (s, e) => overlay?.seek(s, e) });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    setPageState(document, 'error');
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = detail;
    output.replaceChildren(p);
    status.textContent = 'Analysis failed';
    renderSidebar(sidebar, { state: 'error', error: detail });
    console.warn(`[lede] playground: ${detail}`);
  }
}

async function loadSample() {
  const res = await fetch('articles/kremlin-ceasefire.html');
  source.value = await res.text();
  analyse();
}

go.addEventListener('click', analyse);
source.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyse();
});
document.getElementById('sample').addEventListener('click', () => {
  loadSample().catch((e) => console.warn(`[lede] playground sample: ${e.message}`));
});

renderSidebar(sidebar, { state: 'empty' });
init().then(() => {
  go.disabled = false;
  status.textContent = 'Ready (Ctrl+Enter analyses)';
  document.documentElement.dataset.ledeCore = 'loaded';
}, (e) => {
  setPageState(document, 'error');
  status.textContent = 'Could not load the WebAssembly core';
  console.warn(`[lede] playground: ${e instanceof Error ? e.message : e}`);
});
