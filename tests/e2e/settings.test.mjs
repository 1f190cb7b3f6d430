// settings.test.mjs — the settings page and what it controls.
//
// Takes extension/ (pkg built) and tests/e2e/fixtures/ served from the repo root; one Chromium
// with the unpacked extension, its options page (options.html) in a tab. Checks the defaults;
// "only on click" mode leaves an article alone until the toolbar button is clicked (called
// through the worker: a headless browser has no toolbar); switching back to automatic paints
// open tabs; the per-site switch (the panel's `site` message) and the global switch remove
// every trace and bring Lede back.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requirePrereqs, serve, launchWithExtension, captureConsole, waitForLede, ROOT } from './harness.mjs';

let server;
let ext;
let options;
let page;
let lines;
let tabId;
const ARTICLE = () => `${server.url}tests/e2e/fixtures/hostile-css.html`;

before(async () => {
  requirePrereqs();
  server = await serve(ROOT);
  ext = await launchWithExtension();
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.waitForSelector('html[data-loaded="true"]');
});

after(async () => {
  await ext?.close();
  await server?.close();
});

const stored = () => ext.worker.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings ?? null));
const hooks = () => page.evaluate(() => ({
  state: document.documentElement.getAttribute('data-lede-state'),
  labels: document.querySelectorAll('lede-label').length,
  highlights: CSS.highlights.size,
}));
const waitState = (state) => page.waitForFunction((s) => document.documentElement.getAttribute('data-lede-state') === s, state, { timeout: 10000 });

async function tabOf(url) {
  for (let i = 0; i < 50; i++) {
    const all = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
    const rec = all.find((r) => r.url === url);
    if (rec) return rec;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no record for ${url}`);
}

test('the settings page shows the defaults', async () => {
  const view = await options.evaluate(() => ({
    enabled: document.getElementById('enabled').checked,
    auto: document.getElementById('mode-auto').checked,
    sites: document.querySelectorAll('#sites li').length,
  }));
  assert.deepEqual(view, { enabled: true, auto: true, sites: 0 });
});

test('"only on click": an article waits for the toolbar button', async () => {
  await options.check('#mode-click');
  await options.waitForFunction(() => document.getElementById('status').textContent !== '');
  assert.equal((await stored()).mode, 'click');
  page = await ext.context.newPage();
  lines = captureConsole(page);
  await page.goto(ARTICLE());
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'skipped');
  assert.deepEqual(await hooks(), { state: 'skipped', labels: 0, highlights: 0 });
  const rec = await tabOf(page.url());
  tabId = rec.tabId;
  assert.equal(rec.state, 'idle');
  await ext.worker.evaluate(({ id, url }) => globalThis.__ledeToolbar({ id, url }), { id: tabId, url: page.url() });
  await waitState('ready');
  assert.ok((await hooks()).labels >= 2);
});

test('a new page in click mode waits again', async () => {
  await page.goto(`${server.url}tests/e2e/fixtures/strict-csp.html`);
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'skipped');
  assert.equal((await hooks()).labels, 0);
});

test('back to automatic: the open tab is painted at once', async () => {
  await options.check('#mode-auto');
  await waitState('ready');
  assert.ok((await hooks()).labels >= 2);
});

test('the per-site switch turns Lede off on the site, and back on', async () => {
  const before = await page.evaluate(() => document.body.innerHTML);
  await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'lede:site', tabId: id, enabled: false }), tabId);
  await waitState('skipped');
  assert.deepEqual(await hooks(), { state: 'skipped', labels: 0, highlights: 0 });
  await options.waitForSelector('#sites li button[data-site="127.0.0.1"]');
  assert.deepEqual((await stored()).disabledSites, ['127.0.0.1']);
  const rec = await ext.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
  assert.equal(rec[`tab:${tabId}`].state, 'off');
  // A new page on the site stays off.
  await page.reload();
  assert.equal((await waitForLede(page, lines)).state, 'skipped');
  await options.click('#sites li button[data-site="127.0.0.1"]');
  await waitState('ready');
  assert.equal(await page.evaluate(() => document.body.textContent.includes('Library opening hours')), true);
  assert.ok(before.length > 0);
});

test('the global switch removes every trace and brings Lede back', async () => {
  const painted = await page.evaluate(() => document.body.textContent);
  await options.uncheck('#enabled');
  await waitState('skipped');
  assert.deepEqual(await hooks(), { state: 'skipped', labels: 0, highlights: 0 });
  assert.equal(await page.evaluate(() => document.body.textContent), painted);
  await options.check('#enabled');
  await waitState('ready');
  assert.deepEqual(lines.filter((l) => l.startsWith('pageerror') || l.includes('[lede]')), []);
});

test('typed site names are cleaned; junk is refused', async () => {
  await options.fill('#site', 'https://www.News.Example.com/path?q=1');
  await options.click('#add-site button');
  await options.waitForSelector('#sites li button[data-site="news.example.com"]');
  await options.fill('#site', 'not a site!');
  await options.click('#add-site button');
  await options.waitForFunction(() => /does not look like/.test(document.getElementById('status').textContent));
  assert.deepEqual((await stored()).disabledSites, ['news.example.com']);
});
