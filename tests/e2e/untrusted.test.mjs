// untrusted.test.mjs — text written by anyone stays inert in the labels, the hover card, the
// sidebar and the Markdown export.
//
// Takes tests/e2e/fixtures/untrusted.html and the extension's modules (lib/overlay.js,
// lib/ranges.js, ui/sidebar.js, ui/export.js) served from the repo root; plain Chromium, no
// extension: the painters get hand-made Insights whose speaker names, roles, cues and quotes
// hold `<img src=x onerror=…>`, `</style><script>…`, bidi overrides and a 5,000-character name.
// Checks that no element is created from them anywhere (document and every shadow root), no
// handler runs, the names are shown as the very characters given (clipped only in display),
// labels stay small and isolate their bidi text, and the Markdown export escapes the markup.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, requirePrereqs, serve, launchPlain, captureConsole } from './harness.mjs';

const IMG = '<img src=x onerror="window.__pwned=1">';
const STYLE = '</style><script>window.__pwned=2</script>';
const BIDI = '\u202Egnp.exe\u202C Smith \u2066evil\u2069 \u200F';
const LONG = `${'A'.repeat(5000)} Long`;
const NAMES = [IMG, BIDI, LONG];

let server;
let browser;
let page;
let lines;

before(async () => {
  requirePrereqs({ pkg: false });
  server = await serve(ROOT);
  browser = await launchPlain();
  page = await browser.page();
  lines = captureConsole(page);
  await page.goto(`${server.url}tests/e2e/fixtures/untrusted.html`);
  await page.evaluate(async ({ names, img, style }) => {
    const { Overlay } = await import('/extension/lib/overlay.js');
    const { TextLocator } = await import('/extension/lib/ranges.js');
    const node = document.getElementById('p').firstChild;
    const text = node.data;
    const span = (s) => { const start = text.indexOf(s); return { start, end: start + s.length }; };
    const quotes = ['We will open the gates at dawn,', 'Nothing will stop us now,', 'Bring water,'].map((q, i) => ({
      id: `q${i + 1}`, text: i === 0 ? img : q, ...span(q), kind: 'direct', speaker: `e${i + 1}`,
      mention: { text: style, start: 0, end: 1 }, cue: { text: i === 1 ? style : 'said', start: 0, end: 1 }, confidence: 0.8,
    }));
    window.__insights = {
      schema: 1,
      article: { title: `${img} ${style}`, byline: style, published: null, site: img, lang: 'en', excerpt: img, text, readerable: true },
      quotes,
      entities: names.map((name, i) => ({ id: `e${i + 1}`, name, kind: 'person', role: i === 0 ? style : null, gender: null, mentions: 1, quotes: 1 })),
      summary: [{ text: `${img} summary`, start: 0, end: 10 }],
      stats: { words: 25, reading_minutes: 0.1 },
    };
    window.__overlay = new Overlay(document, window.__insights, new TextLocator([{ block: 0, node, start: 0, end: text.length, at: 0, collapsed: false }]));
  }, { names: NAMES, img: IMG, style: STYLE });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Tags of every element in the document and in every shadow root below it. */
const allTags = () => page.evaluate(() => {
  const tags = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      tags.push(el.localName);
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) tags.push(`@${a}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return tags;
});

test('labels show hostile names as inert text, clipped and bidi-isolated', async () => {
  const labels = await page.evaluate(() => [...document.querySelectorAll('lede-label')].map((l) => ({
    attr: l.getAttribute('data-lede-speaker'),
    chip: l.shadowRoot.firstChild.textContent,
    width: l.getBoundingClientRect().width,
    bidi: getComputedStyle(l).unicodeBidi,
  })));
  assert.equal(labels.length, 3);
  labels.forEach((l, i) => {
    assert.equal(l.attr, NAMES[i], 'data-lede-speaker holds the name as given');
    assert.equal(l.chip, NAMES[i], 'the chip shows the very characters');
    assert.ok(l.width > 5 && l.width < 320, `label ${i} is ${l.width}px wide`);
    assert.equal(l.bidi, 'isolate');
  });
  const tags = await allTags();
  assert.ok(!tags.includes('img') && !tags.includes('script'), `elements made from text: ${tags.filter((t) => t === 'img' || t === 'script')}`);
  assert.ok(!tags.some((t) => t.startsWith('@')), 'no event-handler attributes');
  const para = await page.evaluate(() => document.getElementById('p').textContent);
  assert.match(para, /^“We will open the gates at dawn,” said the first speaker\./, 'page text untouched');
});

test('the hover card shows names, roles and cues as text', async () => {
  const cards = await page.evaluate(() => [...document.querySelectorAll('lede-label')].map((l) => {
    // A card is built when it first opens.
    l.dispatchEvent(new MouseEvent('mouseenter'));
    l.dispatchEvent(new MouseEvent('mouseleave'));
    const box = l.shadowRoot.querySelector('[part=card]');
    return { text: box.shadowRoot.textContent, lines: [...box.shadowRoot.children].map((c) => c.textContent) };
  }));
  assert.equal(cards[0].lines[0], IMG);
  assert.equal(cards[0].lines[1], STYLE, 'role shown literally');
  assert.ok(cards[1].lines.some((t) => t.includes(STYLE)), 'cue shown literally');
  assert.ok(cards[2].lines[0].length <= 200 && cards[2].lines[0].endsWith('…'), 'a 5,000-character name is clipped in the card');
  await page.hover('lede-label >> nth=2');
  const box = await page.evaluate(() => {
    const card = document.querySelectorAll('lede-label')[2].shadowRoot.querySelector('[part=card]');
    const r = card.getBoundingClientRect();
    return { w: r.width, h: r.height, right: r.right, vw: innerWidth };
  });
  assert.ok(box.w > 50 && box.w <= 22 * 16 + 1 && box.right <= box.vw, `card box ${JSON.stringify(box)}`);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no handler ran');
});

const UI = join(ROOT, 'extension', 'ui', 'sidebar.js');

test('the sidebar renders hostile text inert', { skip: existsSync(UI) ? false : 'no extension/ui/sidebar.js' }, async () => {
  const got = await page.evaluate(async () => {
    const { renderSidebar } = await import('/extension/ui/sidebar.js');
    const root = document.getElementById('sidebar');
    renderSidebar(root, { state: 'ready', insights: window.__insights, error: null }, { onSeek() {}, onToggle() {} });
    return { text: root.textContent };
  });
  assert.ok(got.text.includes(IMG), 'the name appears as text');
  assert.ok(got.text.includes(BIDI.trim()) || got.text.includes(BIDI), 'bidi name appears as given');
  const tags = await allTags();
  assert.ok(!tags.includes('img') && !tags.includes('script'), 'no element made from text');
  assert.ok(!tags.some((t) => t.startsWith('@')), 'no event-handler attributes');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(lines.filter((l) => l.startsWith('pageerror')), []);
});

test('the Markdown export escapes hostile text', { skip: existsSync(join(ROOT, 'extension', 'ui', 'export.js')) ? false : 'no extension/ui/export.js' }, async () => {
  const md = await page.evaluate(async () => (await import('/extension/ui/export.js')).toMarkdown(window.__insights, { url: 'https://example.org/a' }));
  assert.ok(!/<img|<script|<\/style/i.test(md), `raw markup in the export:\n${md.slice(0, 800)}`);
  assert.ok(md.includes('&lt;img'), 'markup kept as escaped text');
  const long = md.split('\n').filter((l) => l.includes('AAAA'));
  assert.ok(long.length >= 1 && long.every((l) => !l.includes('\n')), 'long name on single lines');
});
