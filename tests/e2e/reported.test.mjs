// reported.test.mjs — reported statements (said without quotation marks) in the real
// extension, on the seed article.
//
// Takes extension/ (pkg/ built by `make wasm`) and www/articles/kremlin-ceasefire.html served
// from the repo root; one Chromium with the unpacked extension, the seed page, its side panel
// (sidepanel.html?tab=…) and the options page. Checks: the statements are underlined in their
// speaker's colour (`lede-rN` highlights, apart from the quotes' `lede-sN` fill; a mixed
// statement's quote keeps its fill inside the underline) with a `lede-note` per statement
// that opens into the speaker's name on hover and on keyboard focus; the panel's
// "Paraphrased statements" switch and the options page's checkbox hide and show them at once
// (no new analysis; quotes stay); the side panel lists quotes and reported statements as two
// groups per speaker, a click on a statement scrolls the page to it and flashes it; the
// voices chart counts every statement, with "Quotes only"; switching Lede off leaves the page
// exactly as it was.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, SEED_ARTICLE, requirePrereqs, serve, launchWithExtension, captureConsole, waitForLede } from './harness.mjs';

let server;
let ext;
let page;
let panel;
let lines;
let rec;

before(async () => {
  requirePrereqs();
  server = await serve(ROOT);
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  lines = captureConsole(page);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__ledeBefore = { textContent: document.body.textContent, innerHTML: document.body.innerHTML };
    });
  });
  await page.goto(`${server.url}www/${SEED_ARTICLE}`);
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'ready', `seed page state ${state}\n${lines.join('\n')}`);
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  rec = records.find((r) => typeof r.url === 'string' && r.url.endsWith(SEED_ARTICLE));
  assert.ok(rec?.insights, 'the background holds the seed Insights');
  panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${rec.tabId}`);
  await panel.waitForSelector('.lede[data-state="ready"] .lede-speakers', { timeout: 10000 });
});

after(async () => {
  await ext?.close();
  await server?.close();
});

const names = () => new Map(rec.insights.entities.map((e) => [e.id, e.name]));

/** What the page shows of the reported statements. */
const painted = () => page.evaluate(() => {
  const texts = (name) => (CSS.highlights.has(name) ? [...CSS.highlights.get(name)].map((r) => r.toString().replace(/\s+/g, ' ')) : []);
  const names = [...CSS.highlights.keys()];
  return {
    hook: document.documentElement.getAttribute('data-lede-reported'),
    quotesHook: Number(document.documentElement.getAttribute('data-lede-quotes')),
    notes: [...document.querySelectorAll('lede-note')].map((n) => ({
      speaker: n.getAttribute('data-lede-speaker'), id: n.getAttribute('data-lede-reported'),
      shown: n.checkVisibility(), tab: n.tabIndex,
    })),
    underlined: names.filter((n) => /^lede-r\d$/.test(n)).flatMap(texts),
    filled: names.filter((n) => /^lede-s\d$/.test(n)).flatMap(texts),
    labels: document.querySelectorAll('lede-label').length,
    runs: performance.getEntriesByType('measure').filter((e) => e.name === 'lede:run').length,
  };
});

test('the seed page underlines reported statements apart from the quotes, with a note each', async () => {
  const { reported, quotes } = rec.insights;
  assert.ok(reported.length >= 3, `the core found ${reported.length} reported statements`);
  const p = await painted();
  assert.equal(Number(p.hook), reported.length, 'data-lede-reported counts the statements shown');
  assert.equal(p.notes.length, reported.length, 'one note per statement');
  assert.ok(p.notes.every((n) => n.shown && n.tab === 0), 'notes are shown and reachable with Tab');
  assert.equal(p.labels, quotes.length, 'quote labels are unchanged: one per quote');
  const who = names();
  const putin = reported.find((r) => who.get(r.speaker) === 'Vladimir Putin' && r.text.startsWith('he backed the idea of a truce'));
  assert.ok(putin, `Putin's reported statement: ${JSON.stringify(reported.map((r) => [who.get(r.speaker), r.text.slice(0, 40)]))}`);
  assert.ok(p.notes.some((n) => n.speaker === 'Vladimir Putin' && n.id === putin.id));
  for (const speaker of ['Kremlin', 'Volodymyr Zelensky']) {
    assert.ok(p.notes.some((n) => n.speaker === speaker), `a note for ${speaker}: ${p.notes.map((n) => n.speaker).join(', ')}`);
  }
  const squash = (s) => s.replace(/\s+/g, ' ');
  assert.ok(p.underlined.some((t) => t.length > 20 && squash(putin.text).startsWith(t)), `the statement is underlined: ${JSON.stringify(p.underlined)}`);
  assert.ok(!p.filled.some((t) => t.startsWith('he backed the idea')), 'not filled like a quote');
  // A mixed statement of his (`… said he had “serious questions” …`): its quoted words keep
  // their fill inside the underline.
  const mixed = reported.find((r) => who.get(r.speaker) === 'Vladimir Putin' && r.quotes.length > 0);
  const inner = mixed && quotes.find((q) => mixed.quotes.includes(q.id));
  assert.ok(inner, `a statement of Putin's holds a quote (${mixed?.quotes})`);
  assert.ok(p.filled.includes(squash(inner.text)), `"${inner.text}" keeps its highlight`);
  assert.ok(p.underlined.some((t) => t.includes(squash(inner.text))), 'and lies inside the underline');
  const before = await page.evaluate(() => window.__ledeBefore.textContent);
  assert.equal(await page.evaluate(() => document.body.textContent), before, "painting changed the page's text");
});

test('a note opens into its speaker on hover and on keyboard focus', async () => {
  const note = page.locator('lede-note[data-lede-speaker="Vladimir Putin"]').first();
  const view = () => note.evaluate((n) => ({
    expanded: n.getAttribute('aria-expanded'),
    chip: n.shadowRoot.querySelector('span').checkVisibility() ? n.shadowRoot.querySelector('span').textContent : null,
    card: n.shadowRoot.querySelector('[part=card]')?.checkVisibility() // built when it first opens
      ? n.shadowRoot.querySelector('[part=card]').shadowRoot.textContent : null,
    label: n.getAttribute('aria-label'),
  }));
  const closed = await view();
  assert.deepEqual([closed.expanded, closed.chip, closed.card], ['false', null, null], 'closed: a dot, no name');
  assert.match(closed.label, /^Reported statement by Vladimir Putin/);
  await note.scrollIntoViewIfNeeded();
  await note.hover();
  const hovered = await view();
  assert.equal(hovered.chip, 'Vladimir Putin');
  assert.match(hovered.card, /Vladimir Putin.*Reported statement/);
  await page.mouse.move(0, 0);
  assert.equal((await view()).expanded, 'false', 'closes when the pointer leaves');
  await note.focus();
  const focused = await view();
  assert.equal(focused.expanded, 'true', 'focus opens it');
  assert.equal(focused.chip, 'Vladimir Putin');
  await page.keyboard.press('Escape');
  assert.equal((await view()).card, null, 'Escape closes the card');
  await note.evaluate((n) => n.blur());
});

test('the side panel lists quotes and reported statements as two groups per speaker', async () => {
  const cards = await panel.locator('.lede-speaker').evaluateAll((els) => els.map((el) => ({
    name: el.dataset.ledeSpeaker ?? null,
    count: el.querySelector('.lede-count')?.textContent,
    groups: [...el.querySelectorAll('h3.lede-group')].map((g) => g.textContent),
    quotes: el.querySelectorAll('.lede-quote').length,
    statements: [...el.querySelectorAll('.lede-statement')].map((b) => b.textContent),
  })));
  const who = names();
  const byName = new Map(cards.map((c) => [c.name, c]));
  for (const r of rec.insights.reported) {
    const card = byName.get(r.speaker == null ? null : who.get(r.speaker));
    assert.ok(card?.statements.includes(r.text), `${r.id} is listed under ${who.get(r.speaker)}`);
  }
  const putin = byName.get('Vladimir Putin');
  assert.deepEqual(putin.groups, ['Quoted', 'Reported']);
  assert.match(putin.count, /^\d+ quotes? · \d+ reported$/);
  for (const c of cards) {
    // Group titles when a card holds both kinds; a card of statements alone says so too.
    const want = c.statements.length ? (c.quotes ? ['Quoted', 'Reported'] : ['Reported']) : [];
    assert.deepEqual(c.groups, want, `${c.name}: ${JSON.stringify(c)}`);
  }
  assert.ok(byName.get('Kremlin')?.statements.length >= 1, 'the Kremlin\'s reported statements are listed');
  assert.ok(byName.get('Volodymyr Zelensky')?.statements.length >= 1, 'Zelensky\'s too');
  assert.equal(cards.reduce((t, c) => t + c.statements.length, 0), rec.insights.reported.length, 'each statement listed once');
  assert.equal(cards.reduce((t, c) => t + c.quotes, 0), rec.insights.quotes.length, 'each quote listed once');
});

test('clicking a reported statement in the panel scrolls the page to it and flashes it', async () => {
  await page.setViewportSize({ width: 1280, height: 360 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const card = panel.locator('.lede-speaker[data-lede-speaker="Vladimir Putin"]');
  if ((await card.locator('.lede-speaker-head').getAttribute('aria-expanded')) === 'false') await card.locator('.lede-speaker-head').click();
  const button = card.locator('.lede-statement', { hasText: 'he backed the idea of a truce' });
  await page.evaluate(() => CSS.highlights.delete('lede-focus'));
  await button.click();
  // The flash (2 s) starts with the seek: read what it covers as soon as it shows; the smooth
  // scroll follows (slow on a busy machine).
  const flashed = await page.waitForFunction(() => CSS.highlights.has('lede-focus')
    && [...CSS.highlights.get('lede-focus')].map((r) => r.toString()).join(''), null, { timeout: 10000 });
  assert.match((await flashed.jsonValue()).replace(/\s+/g, ' '), /^he backed the idea of a truce/);
  await page.waitForFunction(() => window.scrollY > 150, null, { timeout: 10000 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
});

test('the voices chart counts every statement, with a "Quotes only" switch', async () => {
  const chart = () => panel.evaluate(() => ({
    note: document.querySelector('.lede-voices .lede-note').textContent,
    label: document.querySelector('.lede-voices svg.lede-chart-speakers').getAttribute('aria-label'),
    on: document.querySelector('.lede-quotes-only').getAttribute('aria-checked'),
  }));
  const all = await chart();
  assert.equal(all.on, 'false');
  assert.match(all.note, /^Share of [\d,]+ words said \(quoted or reported\)$/);
  assert.match(all.label, /Vladimir Putin \d+%/);
  await panel.locator('.lede-quotes-only').click();
  const quotes = await chart();
  assert.equal(quotes.on, 'true');
  assert.match(quotes.note, /^Share of [\d,]+ quoted words$/);
  const n = (s) => Number(s.match(/[\d,]+/)[0].replace(/,/g, ''));
  assert.ok(n(all.note) > n(quotes.note), `${all.note} vs ${quotes.note}`);
  await panel.locator('.lede-quotes-only').click();
  assert.equal((await chart()).on, 'false');
});

test('the panel switch "Paraphrased statements" hides and shows them at once, quotes stay', async () => {
  const sw = panel.locator('.lede-reported-switch');
  assert.equal(await sw.getAttribute('aria-checked'), 'true', 'on by default');
  const before = await painted();
  await sw.click();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lede-reported') === '0', null, { timeout: 5000 });
  const off = await painted();
  assert.equal(off.underlined.length, 0, 'no underline');
  assert.ok(off.notes.every((n) => !n.shown), 'no note shown');
  assert.deepEqual(off.filled, before.filled, 'quotes keep their highlights');
  assert.equal(off.labels, before.labels);
  assert.equal(off.runs, before.runs, 'no new analysis');
  await panel.waitForSelector('.lede-reported-switch[aria-checked="false"]', { timeout: 5000 });
  assert.equal(await panel.locator('.lede-statement').count(), 0, 'the panel lists no statements either');
  assert.equal((await ext.worker.evaluate(() => chrome.storage.local.get('settings'))).settings.reported, false, 'stored with the settings');
  await panel.locator('.lede-reported-switch').click();
  await page.waitForFunction((n) => document.documentElement.getAttribute('data-lede-reported') === String(n), rec.insights.reported.length, { timeout: 5000 });
  const on = await painted();
  assert.deepEqual(on.underlined, before.underlined);
  assert.ok(on.notes.every((n) => n.shown));
  assert.equal(on.runs, before.runs, 'still no new analysis');
  await panel.waitForSelector('.lede-statement', { timeout: 5000 });
});

test('the options page has the same switch; a page loaded while it is off paints no statement', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.waitForSelector('html[data-loaded="true"]');
  assert.equal(await options.isChecked('#reported'), true);
  await options.uncheck('#reported');
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lede-reported') === '0', null, { timeout: 5000 });
  await page.reload();
  assert.equal((await waitForLede(page, lines)).state, 'ready');
  const fresh = await painted();
  assert.equal(fresh.hook, '0');
  assert.equal(fresh.underlined.length, 0);
  assert.ok(fresh.notes.length > 0 && fresh.notes.every((n) => !n.shown), 'painted hidden, ready to show');
  await options.check('#reported');
  await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-lede-reported')) > 0, null, { timeout: 5000 });
  assert.ok((await painted()).underlined.length > 0);
  await options.close();
});

test('switching Lede off leaves the page exactly as it was, statements and all', async () => {
  await panel.reload();
  await panel.waitForSelector('.lede[data-state="ready"] .lede-switch', { timeout: 10000 });
  await panel.locator('.lede-switch').click();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'skipped', null, { timeout: 10000 });
  const now = await page.evaluate(() => ({
    textContent: document.body.textContent, innerHTML: document.body.innerHTML,
    traces: document.querySelectorAll('lede-label, lede-mark, lede-note').length + CSS.highlights.size,
    hook: document.documentElement.hasAttribute('data-lede-reported'),
  }));
  const before = await page.evaluate(() => window.__ledeBefore);
  assert.equal(now.traces, 0);
  assert.equal(now.hook, false);
  assert.equal(now.textContent, before.textContent);
  assert.equal(now.innerHTML, before.innerHTML, 'the DOM differs from before Lede ran');
});
