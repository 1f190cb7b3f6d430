// extension.test.mjs — the unpacked extension in Debian Chromium, on the seed article.
//
// Takes extension/ (with pkg/ built by `make wasm`), www/articles/kremlin-ceasefire.html and
// tests/e2e/fixtures/*.html served by tools/serve.mjs (repo root) on a free port. Checks, in order on one tab: the content script settles
// as "ready" with ≥10 quotes and labels for Dmitry Peskov and Melanie Joly without changing the
// page text; the background holds the Insights; the side panel page lists summary and speakers
// and scrolls the page on a click; switching off restores the page exactly (innerText,
// textContent, innerHTML as before Lede ran); switching on paints again; the screenshot
// docs/screenshot-seed.png; the message guards reject foreign or malformed messages; a page
// with a strict CSP is painted too; a page that is no article, or has no text at all, is
// "skipped". The Insights the background holds (the WASM core's output, in the content script
// and, for the strict-CSP page, in the background) must match docs/schema/insights.schema.json.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, SEED_ARTICLE, requirePrereqs, serve, launchWithExtension, captureConsole, waitForLede, labelSpeakers,
} from './harness.mjs';
import { validateInsights } from '../unit/fixture.mjs';

const SCREENSHOT = join(ROOT, 'docs', 'screenshot-seed.png');
let server;
let ext;
let page;
let panel;
let tabId;
let consoleLines;

before(async () => {
  requirePrereqs();
  server = await serve(ROOT); // the seed article under www/, fixtures under tests/e2e/
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  consoleLines = captureConsole(page);
  // The page as it was before Lede touched it: captured in the page's own world at
  // DOMContentLoaded, before the content script (injected at document_start) reads or
  // paints anything: it waits for the first task after DOMContentLoaded.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__ledeBefore = {
        innerText: document.body.innerText,
        textContent: document.body.textContent,
        innerHTML: document.body.innerHTML,
      };
    });
  });
  await page.goto(`${server.url}www/${SEED_ARTICLE}`);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

const pageSnapshot = () => page.evaluate(() => ({
  innerText: document.body.innerText,
  textContent: document.body.textContent,
  innerHTML: document.body.innerHTML,
}));

test('the content script analyses the seed page and labels its speakers', async () => {
  const { state, quotes } = await waitForLede(page, consoleLines);
  assert.equal(state, 'ready', `state ${state}\nconsole:\n${consoleLines.join('\n')}`);
  assert.ok(quotes >= 10, `expected at least 10 quotes, got ${quotes}`);
  const labels = await labelSpeakers(page);
  assert.equal(labels.length, quotes, 'one label per quote');
  const names = labels.map((l) => l.speaker);
  assert.ok(names.includes('Dmitry Peskov'), `labels: ${names.join(', ')}`);
  assert.ok(names.includes('Melanie Joly'), `labels: ${names.join(', ')}`);
  for (const l of labels) if (l.speaker) assert.equal(l.shadowText, l.speaker, 'label name lives in its shadow root');
  const highlights = await page.evaluate(() => CSS.highlights.size);
  assert.ok(highlights >= 1, 'quotes are highlighted');
  const now = await pageSnapshot();
  const before = await page.evaluate(() => window.__ledeBefore);
  assert.ok(before, 'the DOMContentLoaded capture ran');
  assert.equal(now.textContent, before.textContent, "painting changed the page's text");
});

test('content.js leaves its phases on the page timeline, after DOMContentLoaded, one run', async () => {
  // A page parsed partly after the content script started (document_start).
  const p = await ext.context.newPage();
  const lines = captureConsole(p);
  await p.goto(`${server.url}tests/e2e/fixtures/slow-parse.html`);
  assert.equal((await waitForLede(p, lines)).state, 'ready');
  await p.waitForTimeout(1500); // a re-analysis would come 300 ms after a change it saw
  const m = await p.evaluate(() => ({
    dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    measures: performance.getEntriesByType('measure').filter((e) => e.name.startsWith('lede:'))
      .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
  }));
  const names = new Set(m.measures.map((e) => e.name));
  for (const n of ['lede:hello', 'lede:snapshot', 'lede:busy:snapshot', 'lede:analysis', 'lede:core', 'lede:paint', 'lede:busy:paint', 'lede:run']) {
    assert.ok(names.has(n), `${n} measured (got ${[...names].join(', ')})`);
  }
  const runs = m.measures.filter((e) => e.name === 'lede:run');
  assert.equal(runs.length, 1, 'one analysis');
  assert.ok(!names.has('lede:recheck'), 'no re-check either: the page parsing is not taken for a change');
  // Not before the document is parsed (its DOMContentLoaded handlers run), not held to the load event.
  assert.ok(runs[0].start >= m.dcl, `the snapshot starts after DOMContentLoaded (${runs[0].start} < ${m.dcl})`);
  assert.ok(!names.has('lede:wasm'), 'the page compiled no WASM: the background ran the core');
  await p.close();
});

test('the background keeps the Insights for the tab', async () => {
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  const rec = records.find((r) => typeof r.url === 'string' && r.url.endsWith(SEED_ARTICLE));
  assert.ok(rec, `no record for the seed tab in ${JSON.stringify(records.map((r) => r.url))}`);
  tabId = rec.tabId;
  assert.equal(rec.state, 'ready');
  assert.equal(rec.enabled, true);
  const quotes = await page.evaluate(() => Number(document.documentElement.getAttribute('data-lede-quotes')));
  assert.equal(rec.insights.quotes.length, quotes);
  assert.equal(rec.insights.schema, 1);
  assert.deepEqual(validateInsights(rec.insights), [], 'the WASM output matches the schema');
  const text = rec.insights.article.text;
  for (const q of rec.insights.quotes) assert.equal(text.slice(q.start, q.end), q.text, `${q.id}: UTF-16 span`);
});

/** The background's record for the tab showing `url`'s page. */
async function recordFor(url) {
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  return records.find((r) => r.url === url);
}

test('the side panel lists the summary and the speakers with their quotes', async () => {
  panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('.lede-summary li', { timeout: 10000 });
  const view = await panel.evaluate(() => ({
    title: document.querySelector('.lede-title')?.textContent,
    summary: [...document.querySelectorAll('.lede-summary .lede-sentence')].map((b) => b.textContent),
    speakers: [...document.querySelectorAll('.lede-speaker[data-lede-speaker]')].map((s) => s.dataset.ledeSpeaker),
    quotes: document.querySelectorAll('.lede-quote').length,
  }));
  assert.match(view.title, /Kremlin says Putin sent/);
  assert.ok(view.summary.length >= 1, 'summary listed');
  assert.ok(view.summary.every((s) => s.trim().length > 20), `summary sentences: ${JSON.stringify(view.summary)}`);
  assert.ok(view.speakers.includes('Dmitry Peskov'), `speakers: ${view.speakers.join(', ')}`);
  assert.ok(view.speakers.includes('Melanie Joly'), `speakers: ${view.speakers.join(', ')}`);
  const quotes = await page.evaluate(() => Number(document.documentElement.getAttribute('data-lede-quotes')));
  assert.equal(view.quotes, quotes, 'every quote listed once');
});

test('clicking a quote in the side panel scrolls the page to it', async () => {
  await page.setViewportSize({ width: 1280, height: 360 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await panel.locator('.lede-speaker[data-lede-speaker="Melanie Joly"] .lede-quote').first().click();
  await page.waitForFunction(() => window.scrollY > 200 && CSS.highlights.has('lede-focus'), null, { timeout: 5000 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
});

test('switching Lede off restores the page exactly as it was', async () => {
  await panel.locator('.lede-switch').click();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'skipped', null, { timeout: 10000 });
  const traces = await page.evaluate(() => ({
    labels: document.querySelectorAll('lede-label, lede-mark').length,
    highlights: CSS.highlights.size,
    quotesAttr: document.documentElement.hasAttribute('data-lede-quotes'),
  }));
  assert.deepEqual(traces, { labels: 0, highlights: 0, quotesAttr: false });
  const now = await pageSnapshot();
  const before = await page.evaluate(() => window.__ledeBefore);
  assert.equal(now.innerText, before.innerText, 'innerText differs from before Lede ran');
  assert.equal(now.textContent, before.textContent);
  assert.equal(now.innerHTML, before.innerHTML, 'the DOM differs from before Lede ran');
  await panel.waitForSelector('.lede[data-state="off"]', { timeout: 5000 });
  const rec = await ext.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
  assert.equal(rec[`tab:${tabId}`].enabled, false);
});

test('switching Lede back on paints the page again', async () => {
  await panel.locator('.lede-switch').click();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'ready', null, { timeout: 10000 });
  const labels = await labelSpeakers(page);
  assert.ok(labels.some((l) => l.speaker === 'Melanie Joly'));
  await panel.waitForSelector('.lede[data-state="ready"] .lede-summary li', { timeout: 5000 });
});

test('screenshot of the seed page with the overlay and the side panel', async () => {
  // Runs after the DOM comparisons: Playwright's screenshot leaves `style=""` on form fields.
  await page.setViewportSize({ width: 900, height: 760 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const article = await page.screenshot({ clip: { x: 0, y: 130, width: 900, height: 600 } });
  await panel.setViewportSize({ width: 340, height: 600 });
  await panel.evaluate(() => window.scrollTo(0, 0));
  const side = await panel.screenshot();
  // Side by side, as in the browser: composed in a blank page of the same browser.
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize({ width: 1241, height: 600 });
  await canvas.setContent(`<body style="margin:0;display:flex;background:#fff">
    <img style="display:block" src="data:image/png;base64,${article.toString('base64')}">
    <img style="display:block;border-left:1px solid #d4d4d8" src="data:image/png;base64,${side.toString('base64')}"></body>`);
  await canvas.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(SCREENSHOT, await canvas.screenshot());
  await canvas.close();
  const kb = statSync(SCREENSHOT).size / 1024;
  assert.ok(kb > 10 && kb < 300, `screenshot is ${kb.toFixed(0)} KB`);
});

test('message guards drop malformed and foreign messages', async () => {
  const r = await panel.evaluate(async () => {
    const m = await import('./messages.js');
    const foreign = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' };
    const page = { id: chrome.runtime.id, url: 'https://evil.example/' };
    const ours = { id: chrome.runtime.id, url: chrome.runtime.getURL('sidepanel.html') };
    return {
      good: m.isMessage(m.seek(1, 5)) && m.isMessage(m.toggle(3, false), 'lede:toggle'),
      wrongType: m.isMessage(m.seek(1, 5), 'lede:toggle'),
      badFields: [m.isMessage({ type: 'lede:seek', start: -1, end: 2 }), m.isMessage({ type: 'lede:seek', start: 5, end: 2 }),
        m.isMessage({ type: 'lede:toggle', tabId: 1, enabled: 'yes' }), m.isMessage({ type: 'lede:report', state: 'ready', insights: [], error: null }),
        m.isMessage({ type: 'toString' }), m.isMessage(null), m.isMessage('lede:hello')],
      senders: [m.fromThisExtension(foreign, chrome.runtime), m.fromThisExtension(page, chrome.runtime), m.fromThisExtension(ours, chrome.runtime)],
    };
  });
  assert.equal(r.good, true);
  assert.equal(r.wrongType, false);
  assert.deepEqual(r.badFields, [false, false, false, false, false, false, false]);
  assert.deepEqual(r.senders, [false, false, true]);
});

test('a page whose CSP forbids inline and foreign scripts is painted too', async () => {
  const p = await ext.context.newPage();
  const lines = captureConsole(p);
  await p.goto(`${server.url}tests/e2e/fixtures/strict-csp.html`);
  const { state, quotes } = await waitForLede(p, lines);
  assert.equal(state, 'ready', `state ${state}\nconsole:\n${lines.join('\n')}`);
  assert.ok(quotes >= 2, `quotes: ${quotes}`);
  assert.equal((await labelSpeakers(p)).length, quotes);
  assert.ok(await p.evaluate(() => CSS.highlights.size) >= 1);
  const rec = await recordFor(p.url());
  assert.ok(rec?.insights, 'the background holds the analysis it made');
  assert.deepEqual(validateInsights(rec.insights), [], 'the background WASM output matches the schema');
  await p.close();
});

test('a page with no text at all is skipped, not an error', async () => {
  const p = await ext.context.newPage();
  const lines = captureConsole(p);
  await p.goto(`${server.url}tests/e2e/fixtures/no-text.html`);
  const { state } = await waitForLede(p, lines);
  assert.equal(state, 'skipped', `state ${state}\nconsole:\n${lines.join('\n')}`);
  assert.ok(!lines.some((l) => l.includes('[lede]')), `console:\n${lines.join('\n')}`);
  await p.close();
});

test('a page that is not an article is skipped, untouched', async () => {
  const p = await ext.context.newPage();
  const lines = captureConsole(p);
  await p.goto(`${server.url}tests/e2e/fixtures/not-article.html`);
  const { state } = await waitForLede(p, lines);
  assert.equal(state, 'skipped', `state ${state}\nconsole:\n${lines.join('\n')}`);
  assert.equal(await p.locator('lede-label').count(), 0);
  assert.equal(await p.evaluate(() => CSS.highlights.size), 0);
  await p.close();
});
