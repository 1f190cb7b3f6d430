// sidebar.test.mjs — the sidebar in the extension's side panel, on the seed article.
//
// Takes extension/ (pkg/ built by `make wasm`) and www/articles/kremlin-ceasefire.html served
// from the repo root. Opens sidepanel.html?tab=<seed tab> beside the page and checks: the
// header; three key sentences with a "more" expander to five, quoted words in their speaker's
// colour; a summary click scrolls the page and flashes the sentence; the speakers list (Dmitry
// Peskov ≥ 4 quotes, Melanie Joly 3) with expanders (aria-expanded) and a quote click that
// scrolls the page; the voices chart (SVG bars and segments, readable in dark mode); entities
// with counts; keyboard use; the Markdown copy and the JSON download; and writes
// docs/screenshot-sidebar.png (< 300 KB). Hostile page text: sidebar-export.test.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_ARTICLE, requirePrereqs, serve, launchWithExtension, captureConsole, waitForLede } from './harness.mjs';

const SCREENSHOT = join(ROOT, 'docs', 'screenshot-sidebar.png');
let server;
let ext;
let page;
let panel;
let panelLines;
let rec;

before(async () => {
  requirePrereqs();
  server = await serve(ROOT);
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  const lines = captureConsole(page);
  await page.goto(`${server.url}www/${SEED_ARTICLE}`);
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'ready', `seed page state ${state}\n${lines.join('\n')}`);
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  rec = records.find((r) => typeof r.url === 'string' && r.url.endsWith(SEED_ARTICLE));
  assert.ok(rec?.insights, 'the background holds the seed Insights');
  panel = await ext.context.newPage();
  panelLines = captureConsole(panel);
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${rec.tabId}`);
  await panel.waitForSelector('.lede[data-state="ready"] .lede-summary', { timeout: 10000 });
});

after(async () => {
  await ext?.close();
  await server?.close();
});

const visible = (selector) => panel.locator(selector).evaluateAll((els) => els
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => el.textContent));

/** Scrolls the page to the top with a short viewport, runs `click`, waits for flash + scroll: { y, text }. */
async function expectSeek(click) {
  await page.setViewportSize({ width: 1280, height: 360 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => CSS.highlights.delete('lede-focus'));
  await click();
  // The flash starts with the seek; the smooth scroll follows (slow on a busy machine).
  // The flash lasts 2 s: read what it covers as soon as it shows.
  const flashed = await page.waitForFunction(() => CSS.highlights.has('lede-focus')
    && [...CSS.highlights.get('lede-focus')].map((r) => r.toString()).join(''), null, { timeout: 10000 });
  const text = await flashed.jsonValue();
  await page.waitForFunction(() => window.scrollY > 200, null, { timeout: 10000 });
  const y = await page.evaluate(() => window.scrollY);
  await page.setViewportSize({ width: 1280, height: 800 });
  return { y, text };
}

test('the header shows the title and the reading time', async () => {
  assert.match(await panel.locator('.lede-title').textContent(), /Kremlin says Putin sent/);
  assert.match(await panel.locator('.lede-reading').textContent(), /^\d+ min read$/);
});

test('the panel offers the per-site switch when the background names the site', async (t) => {
  const got = await panel.evaluate(async (id) => {
    const m = await import('./messages.js');
    return chrome.runtime.sendMessage(m.get(id));
  }, rec.tabId);
  if (typeof got?.site !== 'string') return t.skip('the background gives no site for this tab');
  const sw = panel.locator('.lede-site');
  assert.equal(await sw.textContent(), got.site);
  assert.equal(await sw.getAttribute('role'), 'switch');
  assert.equal(await sw.getAttribute('aria-checked'), String(got.siteEnabled !== false));
});

test('three key sentences, "more" shows five, quoted words keep their colour', async () => {
  assert.equal((await visible('.lede-summary .lede-sentence')).length, 3);
  const more = panel.locator('.lede-summary .lede-more');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await more.evaluate((b) => b.localName), 'button');
  await more.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  const five = await visible('.lede-summary .lede-sentence');
  assert.equal(five.length, Math.min(5, rec.insights.summary.length));
  assert.deepEqual(five, rec.insights.summary.slice(0, 5).map((s) => s.text), 'sentences best first, text intact');
  await more.click();
  assert.equal((await visible('.lede-summary .lede-sentence')).length, 3);
  // "additional" in the first sentence is Russia's partial quote: its speaker's colour.
  const marks = await panel.locator('.lede-summary .lede-inquote').evaluateAll((els) => els.map((el) => ({
    text: el.textContent, colour: el.style.getPropertyValue('--lede-colour'), quote: el.dataset.quote,
  })));
  assert.ok(marks.length >= 1, 'quotes inside summary sentences are marked');
  const byQuote = new Map(rec.insights.quotes.map((q) => [q.id, q]));
  for (const m of marks) assert.equal(m.text, byQuote.get(m.quote).text, 'the marked words are the quote');
  const cards = await panel.locator('.lede-speaker').evaluateAll((els) => els.map((el) => ({
    name: el.dataset.ledeSpeaker ?? null, colour: el.style.getPropertyValue('--lede-colour'),
    quotes: [...el.querySelectorAll('.lede-quote')].map((b) => b.dataset.quote),
  })));
  for (const m of marks) {
    const card = cards.find((c) => c.quotes.includes(m.quote));
    assert.equal(m.colour, card.colour, `quote ${m.quote} in the summary has ${card.name}'s colour`);
  }
});

test('clicking a key sentence scrolls the page to it and flashes it', async () => {
  // The second key sentence is further down the article than the first screen.
  const target = rec.insights.summary.slice(0, 3).reduce((a, b) => (b.start > a.start ? b : a));
  const { y, text } = await expectSeek(() => panel.locator(`.lede-summary .lede-sentence[data-start="${target.start}"]`).click());
  assert.ok(y > 200, `scrolled to ${y}`);
  assert.equal(text.replace(/\s+/g, ' '), target.text.replace(/\s+/g, ' '), 'the sentence is what flashes');
});

test('speakers: Dmitry Peskov with at least 4 quotes, Melanie Joly with 3, colours and roles', async () => {
  const speakers = await panel.locator('.lede-speaker').evaluateAll((els) => els.map((el) => ({
    name: el.dataset.ledeSpeaker ?? null,
    count: el.querySelector('.lede-count')?.textContent,
    role: el.querySelector('.lede-role')?.textContent ?? null,
    quotes: el.querySelectorAll('.lede-quote').length,
    colour: el.style.getPropertyValue('--lede-colour'),
  })));
  const peskov = speakers.find((s) => s.name === 'Dmitry Peskov');
  const joly = speakers.find((s) => s.name === 'Melanie Joly');
  assert.ok(peskov, `speakers: ${speakers.map((s) => s.name).join(', ')}`);
  assert.ok(joly, `speakers: ${speakers.map((s) => s.name).join(', ')}`);
  assert.ok(peskov.quotes >= 4, `Dmitry Peskov has ${peskov.quotes} quotes`);
  assert.equal(joly.quotes, 3, `Melanie Joly has ${joly.quotes} quotes`);
  assert.equal(joly.count, '3 quotes');
  assert.match(peskov.role ?? '', /Kremlin spokesman/);
  assert.match(joly.role ?? '', /Foreign Minister/);
  for (const s of speakers) assert.match(s.colour, /^#[0-9a-f]{6}$/i, `${s.name} has a label colour`);
  // Most quotes first; every quote listed exactly once.
  const counts = speakers.filter((s) => s.name).map((s) => s.quotes);
  assert.deepEqual(counts, counts.slice().sort((a, b) => b - a));
  assert.equal(speakers.reduce((t, s) => t + s.quotes, 0), rec.insights.quotes.length);
});

test('expanding a speaker lists their quotes (aria-expanded), collapsed shows one', async () => {
  const card = panel.locator('.lede-speaker[data-lede-speaker="Dmitry Peskov"]');
  const head = card.locator('.lede-speaker-head');
  assert.equal(await head.evaluate((b) => b.localName), 'button');
  assert.equal(await head.getAttribute('aria-expanded'), 'false');
  assert.equal((await card.locator('.lede-quote').evaluateAll((els) => els.filter((e) => e.getClientRects().length))).length, 1);
  await head.click();
  assert.equal(await head.getAttribute('aria-expanded'), 'true');
  const n = await card.locator('.lede-quote').count();
  assert.equal((await card.locator('.lede-quote').evaluateAll((els) => els.filter((e) => e.getClientRects().length))).length, n);
  // The keyboard does the same: focus the head, press Enter.
  await head.focus();
  await panel.keyboard.press('Enter');
  assert.equal(await head.getAttribute('aria-expanded'), 'false');
  await panel.keyboard.press('Space');
  assert.equal(await head.getAttribute('aria-expanded'), 'true');
});

test('clicking a quote scrolls the page to it', async () => {
  const joly = rec.insights.quotes.filter((q) => rec.insights.entities.find((e) => e.id === q.speaker)?.name === 'Melanie Joly');
  const { y, text } = await expectSeek(() => panel.locator('.lede-speaker[data-lede-speaker="Melanie Joly"] .lede-quote').first().click());
  assert.ok(y > 200, `scrolled to ${y}`);
  assert.equal(text.replace(/\s+/g, ' '), joly[0].text.replace(/\s+/g, ' '), 'the quote is what flashes');
});

test('the voices chart is drawn: bars per speaker, gender and kind segments', async () => {
  const chart = await panel.evaluate(() => {
    const svg = document.querySelector('.lede-voices svg.lede-chart-speakers');
    const bars = [...svg.querySelectorAll('rect.lede-chart-bar')];
    const stacks = [...document.querySelectorAll('.lede-voices svg.lede-chart-stack')].map((s) => [...s.querySelectorAll('rect')].map((r) => ({
      group: r.dataset.group, width: Number(r.getAttribute('width')),
    })));
    return {
      label: svg.getAttribute('aria-label'),
      role: svg.getAttribute('role'),
      bars: bars.map((b) => ({ width: Number(b.getAttribute('width')), fill: b.getAttribute('fill'), title: b.textContent })),
      stacks,
      box: svg.getBoundingClientRect().height,
    };
  });
  assert.equal(chart.role, 'img');
  assert.match(chart.label, /Melanie Joly \d+%/);
  assert.ok(chart.bars.length >= 3, `${chart.bars.length} bars`);
  assert.ok(chart.bars.every((b) => b.width >= 0) && chart.bars.some((b) => b.width > 20));
  assert.ok(chart.box > 40, 'the chart has a height');
  const peskovBar = chart.bars.find((b) => b.title.startsWith('Dmitry Peskov'));
  const peskovColour = await panel.locator('.lede-speaker[data-lede-speaker="Dmitry Peskov"]').evaluate((el) => el.style.getPropertyValue('--lede-colour'));
  assert.equal(peskovBar.fill, peskovColour, 'the bar has the speaker label colour');
  const [gender, kind] = chart.stacks;
  assert.deepEqual(gender.map((s) => s.group).filter((g) => g === 'female' || g === 'male').sort(), ['female', 'male']);
  assert.ok(kind.some((s) => s.group === 'person'));
  const total = (segs) => segs.reduce((t, s) => t + s.width, 0);
  assert.ok(Math.abs(total(gender) - 320) < 1 && Math.abs(total(kind) - 320) < 1, 'segments fill the bar');
});

test('the chart and text stay readable in dark mode', async () => {
  const colours = () => panel.evaluate(() => ({
    bg: getComputedStyle(document.querySelector('.lede')).backgroundColor,
    text: getComputedStyle(document.querySelector('.lede-chart-text')).fill,
    track: getComputedStyle(document.querySelector('.lede-chart-track')).fill,
  }));
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const light = await colours();
  await panel.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  await panel.emulateMedia({ colorScheme: 'light' });
  assert.ok(lum(light.bg) > 0.8 && lum(light.text) < 0.3, `light: ${JSON.stringify(light)}`);
  assert.ok(lum(dark.bg) < 0.2 && lum(dark.text) > 0.7, `dark: ${JSON.stringify(dark)}`);
  assert.notEqual(dark.track, light.track);
});

test('entities mentioned: people, organisations and places with counts', async () => {
  const groups = await panel.locator('.lede-entities .lede-chips').evaluateAll((uls) => Object.fromEntries(uls.map((ul) => [
    ul.dataset.kind,
    [...ul.querySelectorAll('.lede-chip')].map((li) => [li.querySelector('.lede-chip-name').textContent, Number(li.querySelector('.lede-chip-n').textContent)]),
  ])));
  const people = new Map(groups.person);
  assert.equal(people.get('Donald Trump'), rec.insights.entities.find((e) => e.name === 'Donald Trump').mentions);
  assert.ok(groups.place?.length >= 1 && groups.organization?.length >= 1, JSON.stringify(Object.keys(groups)));
  const counts = groups.person.map(([, n]) => n);
  assert.deepEqual(counts, counts.slice().sort((a, b) => b - a), 'most mentioned first');
});

test('every control is a real button, reachable with Tab', async () => {
  const r = await panel.evaluate(() => ({
    fake: document.querySelectorAll('.lede [role="button"], .lede [onclick]').length,
    expanders: [...document.querySelectorAll('.lede [aria-expanded]')].every((b) => b.localName === 'button' && b.getAttribute('aria-controls')
      && document.getElementById(b.getAttribute('aria-controls'))),
  }));
  assert.equal(r.fake, 0);
  assert.ok(r.expanders, 'expanders are buttons that name what they control');
  // From the switch at the top, Tab walks sentences, the expander, speakers and their quotes.
  await panel.locator('.lede-switch').focus();
  const seen = [];
  for (let i = 0; i < 9; i++) {
    await panel.keyboard.press('Tab');
    seen.push(await panel.evaluate(() => document.activeElement?.className ?? ''));
  }
  for (const c of ['lede-sentence', 'lede-more', 'lede-speaker-head', 'lede-quote']) {
    assert.ok(seen.includes(c), `tab stops: ${seen.join(' | ')}`);
  }
});

test('export: Markdown is copied, JSON is downloaded as schema 1', async () => {
  await panel.evaluate(() => {
    window.__copied = null;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t) => { window.__copied = t; } } });
  });
  await panel.locator('.lede-copy').click();
  await panel.waitForFunction(() => window.__copied !== null);
  const md = await panel.evaluate(() => window.__copied);
  assert.match(md, /^# Kremlin says Putin sent/);
  assert.match(md, /## Key sentences\n\n1\. /);
  assert.match(md, /\*\*Dmitry Peskov\*\* — Kremlin spokesman \(\d+ quotes\)/);
  assert.match(md, /## Voices/);
  assert.match(await panel.locator('.lede-export-status').textContent(), /Copied/);

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('.lede-download').click()]);
  assert.match(download.suggestedFilename(), /^lede-kremlin-says-putin-sent[a-z0-9-]*\.json$/);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(json.schema, 1);
  assert.deepEqual(json.quotes, rec.insights.quotes);
  assert.deepEqual(json.article, rec.insights.article);
});

test('screenshot of the sidebar for the README', async () => {
  // Two columns of one 380-px panel: the top (header, key sentences, speakers with Dmitry
  // Peskov expanded by the tests above) and, beside it, voices, entities and export.
  const H = 980;
  await panel.setViewportSize({ width: 380, height: 2600 });
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.mouse.move(0, 0); // no hover tint left from the clicks above
  const voicesTop = await panel.locator('.lede-voices').evaluate((el) => el.getBoundingClientRect().top);
  const end = await panel.evaluate(() => document.documentElement.scrollHeight);
  const top = await panel.screenshot({ clip: { x: 0, y: 0, width: 380, height: H } });
  const y2 = Math.max(0, Math.min(voicesTop - 6, end - H));
  const rest = await panel.screenshot({ clip: { x: 0, y: y2, width: 380, height: Math.min(H, end - y2) } });
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize({ width: 761, height: H });
  await canvas.setContent(`<body style="margin:0;display:flex;align-items:flex-start;background:#fff">
    <img style="display:block" src="data:image/png;base64,${top.toString('base64')}">
    <img style="display:block;border-left:1px solid #d4d4d8" src="data:image/png;base64,${rest.toString('base64')}"></body>`);
  await canvas.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(SCREENSHOT, await canvas.screenshot());
  await canvas.close();
  await panel.setViewportSize({ width: 380, height: 900 });
  const kb = statSync(SCREENSHOT).size / 1024;
  assert.ok(kb > 10 && kb < 300, `screenshot is ${kb.toFixed(0)} KB`);
  assert.deepEqual(panelLines.filter((l) => l.startsWith('pageerror')), []);
});
