// playground.test.mjs — www/playground.html in plain Chromium.
//
// Takes the seed article as plain text (tests/e2e/fixtures/kremlin-ceasefire.txt) and as HTML
// (www/articles/kremlin-ceasefire.html), typed into the playground. Checks: analyzeText and
// analyzeHtml both give ≥10 quotes with Peskov and Joly labelled in the rendered text and the
// shared sidebar listing the summary; text input is shown exactly as given; a sidebar click
// flashes the quote; analysing again replaces the overlay; empty input is "skipped".

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW, SEED_ARTICLE, requirePrereqs, serve, launchPlain, captureConsole, waitForLede, labelSpeakers } from './harness.mjs';

const TEXT = readFileSync(new URL('./fixtures/kremlin-ceasefire.txt', import.meta.url), 'utf8');
let HTML;
let server;
let browser;
let page;
let lines;

before(async () => {
  requirePrereqs({ pkg: false, www: true });
  HTML = readFileSync(join(WWW, SEED_ARTICLE), 'utf8');
  server = await serve(WWW);
  browser = await launchPlain();
  page = await browser.page();
  lines = captureConsole(page);
  await page.goto(`${server.url}playground.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ledeCore === 'loaded', null, { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Types `input` as `kind`, presses Analyse, waits for the new result. */
async function analyse(input, kind) {
  await page.evaluate(() => document.documentElement.removeAttribute('data-lede-state'));
  await page.check(`input[name="kind"][value="${kind}"]`);
  await page.fill('#source', input);
  await page.click('#go');
  return waitForLede(page, lines);
}

async function sidebar() {
  return page.evaluate(() => ({
    summary: document.querySelectorAll('lede-sidebar .lede-summary .lede-sentence').length,
    speakers: [...document.querySelectorAll('lede-sidebar .lede-speaker[data-lede-speaker]')].map((s) => s.dataset.ledeSpeaker),
  }));
}

for (const kind of ['text', 'html']) {
  test(`pasted ${kind} is analysed and shown with the shared sidebar`, async () => {
    const { state, quotes } = await analyse(kind === 'text' ? TEXT : HTML, kind);
    assert.equal(state, 'ready', `state ${state}\nconsole:\n${lines.join('\n')}`);
    assert.ok(quotes >= 10, `quotes: ${quotes}`);
    const names = (await labelSpeakers(page)).map((l) => l.speaker);
    assert.equal(names.length, quotes, 'one label per quote');
    assert.ok(names.includes('Dmitry Peskov') && names.includes('Melanie Joly'), `labels: ${names}`);
    const side = await sidebar();
    assert.ok(side.summary >= 1, 'summary listed');
    assert.ok(side.speakers.includes('Dmitry Peskov'), `speakers: ${side.speakers}`);
    if (kind === 'text') {
      // article.text is the input exactly; the output shows it paragraph by paragraph.
      const shown = await page.evaluate(() => [...document.querySelectorAll('#output p')].map((p) => p.textContent));
      assert.equal(shown.join(''), TEXT.split(/\n\s*\n/).join(''));
    }
  });
}

test('a sidebar click flashes the quote in the text', async () => {
  await page.locator('lede-sidebar .lede-quote').first().click();
  await page.waitForFunction(() => CSS.highlights.has('lede-focus'), null, { timeout: 3000 });
});

test('analysing again replaces the overlay instead of adding to it', async () => {
  const first = await analyse(TEXT, 'text');
  const again = await analyse(TEXT, 'auto');
  assert.equal(again.quotes, first.quotes);
  assert.equal((await labelSpeakers(page)).length, again.quotes);
});

test('empty input is skipped', async () => {
  const { state } = await analyse('   ', 'auto');
  assert.equal(state, 'skipped');
  assert.equal(await page.locator('lede-label').count(), 0);
  assert.equal(await page.locator('#output p').count(), 0);
});
