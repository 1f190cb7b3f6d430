// locales.test.mjs — Lede's own words in the browser's language (extension/_locales via
// lib/i18n.js): Chromium started in German (harness `lang`) with the unpacked extension, on
// the seed article. Checks that the side panel, the hover card and aria-label of a label, and
// the settings page speak German, while the page's own text (speaker names, quotes) is left
// as it is; the English run is every other e2e file.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, SEED_ARTICLE, requirePrereqs, serve, launchWithExtension, captureConsole, waitForLede } from './harness.mjs';

let server;
let ext;
let page;
let rec;

before(async () => {
  requirePrereqs();
  server = await serve(ROOT);
  ext = await launchWithExtension({ lang: 'de' });
  page = await ext.context.newPage();
  const lines = captureConsole(page);
  await page.goto(`${server.url}www/${SEED_ARTICLE}`);
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'ready', `seed page state ${state}\n${lines.join('\n')}`);
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  rec = records.find((r) => typeof r.url === 'string' && r.url.endsWith(SEED_ARTICLE));
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test('the browser speaks German to the extension', async () => {
  // (getUILanguage() in the headless worker may still say en-US: the messages are what counts.)
  assert.equal(await ext.worker.evaluate(() => chrome.i18n.getMessage('voices')), 'Stimmen');
});

test('the side panel is in German; names and quotes stay as the page wrote them', async () => {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${rec.tabId}`);
  await panel.waitForSelector('.lede[data-state="ready"] .lede-speakers');
  const view = await panel.evaluate(() => ({
    headings: [...document.querySelectorAll('.lede h2')].map((h) => h.textContent),
    switchText: document.querySelector('.lede-switch').textContent,
    paraphrased: document.querySelector('.lede-reported-switch').textContent,
    joly: document.querySelector('.lede-speaker[data-lede-speaker="Melanie Joly"] .lede-count').textContent,
    groups: [...document.querySelectorAll('.lede-speaker[data-lede-speaker="Vladimir Putin"] h3.lede-group')].map((g) => g.textContent),
    quote: document.querySelector('.lede-speaker[data-lede-speaker="Melanie Joly"] .lede-quote').textContent,
    footer: document.querySelector('.lede-stats').textContent,
  }));
  assert.ok(view.headings.includes('Kernsätze') && view.headings.includes('Stimmen') && view.headings.includes('Export'), view.headings.join(' | '));
  assert.ok(view.headings.some((h) => /^Sprecher \(\d+\)$/.test(h)), view.headings.join(' | '));
  assert.equal(view.switchText, 'An');
  assert.equal(view.paraphrased, 'Sinngemäße Aussagen');
  assert.equal(view.joly, '3 Zitate');
  assert.deepEqual(view.groups, ['Zitiert', 'Wiedergegeben']);
  assert.match(view.quote, /^“Through our long conversations/, 'the quote is the page\'s English');
  assert.match(view.footer, /Wörter · 16 Zitate · \d+ wiedergegebene Aussagen/);
  await panel.close();
});

test('labels and the hover card are in German', async () => {
  const label = page.locator('lede-label[data-lede-speaker="Melanie Joly"]').first();
  assert.match(await label.getAttribute('aria-label'), /^Zitat von Melanie Joly/);
  await label.scrollIntoViewIfNeeded();
  await label.hover();
  const card = await label.evaluate((l) => l.shadowRoot.querySelector('[part=card]').shadowRoot.textContent);
  assert.match(card, /Signal: „[^“]+“/);
  assert.match(card, /Sicherheit: \d+ %/);
  const note = page.locator('lede-note').first();
  assert.match(await note.getAttribute('aria-label'), /^Wiedergegebene Aussage von /);
});

test('the settings page is in German', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.waitForSelector('html[data-loaded="true"]');
  const view = await options.evaluate(() => ({
    title: document.title,
    legend: document.querySelector('legend').textContent,
    button: document.querySelector('#add-site button').textContent,
    aria: document.getElementById('site').getAttribute('aria-label'),
  }));
  assert.deepEqual(view, {
    title: 'Lede-Einstellungen', legend: 'Wann Lede läuft', button: 'Auf dieser Website ausschalten', aria: 'Website, auf der Lede aus ist',
  });
  await options.close();
});
