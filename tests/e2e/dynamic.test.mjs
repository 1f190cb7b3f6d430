// dynamic.test.mjs — the extension on pages that change, hide things or fight back.
//
// Takes extension/ (pkg built) and tests/e2e/fixtures/ served from the repo root; one Chromium
// with the unpacked extension. Checks: "load more" paragraphs get labels, without duplicates;
// SPA history navigation (pushState, back) repaints the new story and drops the old; page CSS
// that hides custom elements and spans leaves labels visible; a page deleting Lede's elements
// gets them back; a page replacing document.body is repainted; a paragraph rewritten every
// 10 ms for 5 s leaves no main-thread task over 50 ms and a bounded number of re-analyses; an
// article in an iframe; an article in an open shadow root (marks there, exact restore); and
// no request by the extension to anything but the page's origin and the extension itself.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requirePrereqs, serve, launchWithExtension, captureConsole, waitForLede, labelSpeakers, ROOT } from './harness.mjs';

let server;
let ext;
const requests = [];
const FIX = () => `${server.url}tests/e2e/fixtures/`;

before(async () => {
  requirePrereqs();
  server = await serve(ROOT);
  ext = await launchWithExtension();
  ext.context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path) {
  const page = await ext.context.newPage();
  const lines = captureConsole(page);
  await page.goto(FIX() + path);
  const settled = await waitForLede(page, lines);
  return { page, lines, ...settled };
}

/** The labels now in the page: { count, ids (unique quote ids), speakers, quotes attr }. */
const paintState = (page) => page.evaluate(() => {
  const labels = [...document.querySelectorAll('lede-label')];
  return {
    count: labels.length,
    unique: new Set(labels.map((l) => l.getAttribute('data-lede-quote'))).size,
    speakers: labels.map((l) => l.getAttribute('data-lede-speaker')),
    quotes: Number(document.documentElement.getAttribute('data-lede-quotes')),
    state: document.documentElement.getAttribute('data-lede-state'),
  };
});

/** Waits until `pred(paintState)` holds; fails with the last state and console. */
async function until(page, lines, pred, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let s;
  while (Date.now() < end) {
    s = await paintState(page);
    if (pred(s)) return s;
    await page.waitForTimeout(100);
  }
  throw new Error(`${what}: never happened; last ${JSON.stringify(s)}\nconsole:\n${lines.join('\n')}`);
}

/** The background's record of the tab showing `page`. */
async function record(page) {
  const url = page.url();
  const all = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  return all.find((r) => r.url === url) ?? null;
}

const errorLines = (lines) => lines.filter((l) => l.startsWith('pageerror') || l.includes('[lede]'));

test('"load more" paragraphs are labelled, each quote once', async () => {
  const { page, lines, state, quotes } = await open('dynamic.html');
  assert.equal(state, 'ready', lines.join('\n'));
  assert.ok(quotes >= 2, `quotes ${quotes}`);
  await page.click('#more');
  const s = await until(page, lines, (x) => x.quotes >= quotes + 2 && x.count === x.quotes, 'labels for the new paragraphs');
  assert.equal(s.unique, s.count, `duplicate labels: ${s.speakers}`);
  assert.ok(s.speakers.includes('Rosa Delgado') && s.speakers.includes('Tomasz Wren'), `speakers ${s.speakers}`);
  await page.evaluate(() => window.loadMore(1));
  const t = await until(page, lines, (x) => x.quotes >= s.quotes + 1 && x.count === x.quotes, 'a third late paragraph');
  assert.equal(t.unique, t.count);
  assert.ok(t.speakers.includes('Helen Okafor'), `speakers ${t.speakers}`);
  assert.deepEqual(errorLines(lines), []);
  await page.close();
});

test('SPA navigation (pushState, back) repaints the new story and drops the old', async () => {
  const { page, lines, state } = await open('dynamic.html');
  assert.equal(state, 'ready');
  assert.ok((await paintState(page)).speakers.includes('Martin Alsop'));
  await page.evaluate(() => window.spaGo('two'));
  const two = await until(page, lines, (x) => x.speakers.includes('Priya Natarajan') && x.count === x.quotes, 'labels of the second story');
  assert.ok(!two.speakers.includes('Martin Alsop'), `old labels left: ${two.speakers}`);
  assert.equal(two.unique, two.count);
  await page.goBack();
  const one = await until(page, lines, (x) => x.speakers.includes('Martin Alsop') && x.count === x.quotes, 'labels after going back');
  assert.ok(!one.speakers.includes('Priya Natarajan'), `labels ${one.speakers}`);
  assert.deepEqual(errorLines(lines), []);
  await page.close();
});

test('page CSS that hides custom elements and spans leaves the labels visible', async () => {
  const { page, lines, state, quotes } = await open('hostile-css.html');
  assert.equal(state, 'ready', lines.join('\n'));
  assert.ok(quotes >= 2);
  const seen = await page.evaluate(() => [...document.querySelectorAll('lede-label')].map((l) => {
    const r = l.getBoundingClientRect();
    const cs = getComputedStyle(l);
    return { w: r.width, h: r.height, display: cs.display, visibility: cs.visibility, opacity: cs.opacity, visible: l.checkVisibility() };
  }));
  assert.equal(seen.length, quotes);
  for (const s of seen) {
    assert.ok(s.w > 10 && s.h > 5 && s.display === 'inline-block' && s.visibility === 'visible' && s.opacity === '1' && s.visible, JSON.stringify(s));
  }
  // The hover card opens on hover and on keyboard focus.
  await page.hover('lede-label');
  const card = () => page.evaluate(() => {
    const box = document.querySelector('lede-label').shadowRoot.querySelector('[part=card]');
    return { display: getComputedStyle(box).display, text: box.shadowRoot.textContent };
  });
  const hovered = await card();
  assert.equal(hovered.display, 'block');
  assert.match(hovered.text, /Anna Holm/);
  assert.match(hovered.text, /Confidence: \d+%/);
  assert.match(hovered.text, /why: [a-z]+( [a-z]+)*/, 'the card says which rule chose the speaker');
  await page.mouse.move(0, 0);
  assert.equal((await card()).display, 'none');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.localName);
  assert.equal(focused, 'lede-label', 'labels are reachable with Tab');
  assert.equal((await card()).display, 'block', 'focus opens the card');
  await page.keyboard.press('Escape');
  assert.equal((await card()).display, 'none', 'Escape closes it');
  await page.close();
});

test('a page that deletes Lede\'s elements gets them back, boundedly', async () => {
  const { page, lines, state, quotes } = await open('dynamic.html');
  assert.equal(state, 'ready');
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.deleteLede());
    assert.equal((await paintState(page)).count, 0);
    await until(page, lines, (x) => x.count === quotes && x.unique === quotes && x.state === 'ready', `labels back (round ${i + 1})`);
  }
  const rec = await record(page);
  assert.ok(rec.runs <= 6, `re-analyses: ${rec.runs}`);
  assert.deepEqual(errorLines(lines), []);
  await page.close();
});

test('a page that replaces document.body is repainted', async () => {
  const { page, lines, state } = await open('dynamic.html');
  assert.equal(state, 'ready');
  await page.evaluate(() => window.replaceBody('two'));
  const s = await until(page, lines, (x) => x.speakers.includes('Priya Natarajan') && x.count === x.quotes && x.state === 'ready', 'labels in the new body');
  assert.ok(!s.speakers.includes('Martin Alsop'));
  assert.deepEqual(errorLines(lines), []);
  await page.close();
});

/** One 5-s ticker run on a fresh tab: long tasks (ms) and Lede's analyses during it. */
async function tickerRun() {
  const page = await ext.context.newPage();
  const lines = captureConsole(page);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${FIX()}dynamic.html`);
  const { state, quotes } = await waitForLede(page, lines);
  assert.equal(state, 'ready');
  const before = (await record(page)).runs;
  const t0 = await page.evaluate(() => performance.now());
  const updates = await page.evaluate(() => window.mutateFor(5000, 10));
  assert.ok(updates > 100, `the page only updated ${updates} times`);
  await page.waitForTimeout(2500); // let a last debounced run finish
  const long = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from && t.ms > 50), t0);
  const runs = (await record(page)).runs - before;
  const s = await paintState(page);
  await page.close();
  return { long, runs, s, quotes, lines };
}

test('a paragraph rewritten every 10 ms for 5 s: no task over 50 ms, bounded re-analysis', async () => {
  let r = await tickerRun();
  // NOTE: on a loaded machine the browser itself can stall past 50 ms once; a second run on a
  // fresh tab must then be clean (a slow Lede would fail both).
  if (r.long.length) r = { ...(await tickerRun()), first: r.long };
  assert.deepEqual(r.long, [], `main-thread tasks over 50 ms: ${JSON.stringify(r.long)} (first run: ${JSON.stringify(r.first)})`);
  assert.ok(r.runs >= 1 && r.runs <= 8, `re-analyses during 5 s of changes: ${r.runs}`);
  assert.equal(r.s.state, 'ready');
  assert.equal(r.s.count, r.s.quotes);
  assert.ok(r.s.quotes >= r.quotes);
  assert.deepEqual(errorLines(r.lines), []);
});

test('an article inside an iframe is painted in the frame', async () => {
  const page = await ext.context.newPage();
  const lines = captureConsole(page);
  await page.goto(`${FIX()}iframe.html`);
  const frame = page.frames().find((f) => f.url().endsWith('hostile-css.html'));
  assert.ok(frame, 'the iframe loaded');
  const { state, quotes } = await waitForLede(frame, lines);
  assert.equal(state, 'ready');
  assert.ok(quotes >= 2);
  const names = (await labelSpeakers(frame)).map((l) => l.speaker);
  assert.ok(names.includes('Anna Holm'), `labels ${names}`);
  let rec = null;
  for (let i = 0; i < 50 && rec?.state !== 'ready'; i++) {
    rec = await record(page);
    await page.waitForTimeout(100);
  }
  assert.equal(rec?.state, 'ready', 'the panel gets the frame\'s analysis');
  assert.equal(rec.insights.quotes.length, quotes);
  await page.close();
});

test('an article inside an open shadow root is read, marked and restored exactly', async () => {
  const { page, lines, state, quotes } = await open('shadow.html');
  assert.equal(state, 'ready', lines.join('\n'));
  assert.ok(quotes >= 2, `quotes ${quotes}`);
  const inside = await page.evaluate(() => {
    const root = document.querySelector('news-story').shadowRoot;
    return {
      labels: [...root.querySelectorAll('lede-label')].map((l) => [l.getAttribute('data-lede-speaker'), l.checkVisibility()]),
      marks: [...root.querySelectorAll('lede-mark')].map((m) => m.checkVisibility()),
    };
  });
  assert.equal(inside.labels.length, quotes);
  assert.ok(inside.labels.some(([n]) => n === 'Lena Fischer'), JSON.stringify(inside.labels));
  assert.ok(inside.labels.every(([, v]) => v), 'labels visible despite the shadow root\'s CSS');
  assert.ok(inside.marks.length >= quotes && inside.marks.every(Boolean), 'quotes marked (document ::highlight rules cannot reach a shadow root)');
  const html = await page.evaluate(() => document.querySelector('news-story').shadowRoot.innerHTML);
  const rec = await record(page);
  await ext.worker.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'lede:switch', enabled: false }), rec.tabId);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'skipped');
  const after = await page.evaluate(() => document.querySelector('news-story').shadowRoot.innerHTML);
  assert.notEqual(html, after);
  assert.ok(!after.includes('<lede-') && !after.includes('data-lede'), 'every trace gone');
  // Compare with a fresh parse of the same template.
  const fresh = await page.evaluate(async () => {
    const src = await (await fetch(location.href)).text();
    const doc = Document.parseHTMLUnsafe ? Document.parseHTMLUnsafe(src) : new DOMParser().parseFromString(src, 'text/html');
    const host = doc.querySelector('news-story');
    return host.shadowRoot ? host.shadowRoot.innerHTML : host.querySelector('template').innerHTML;
  });
  assert.equal(after, fresh, 'the shadow root is exactly as parsed');
  await page.close();
});

test('the extension makes no request beyond the page\'s origin and its own files', async () => {
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith(`chrome-extension://${ext.id}/`) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.startsWith(origin)), 'requests were recorded at all');
});
