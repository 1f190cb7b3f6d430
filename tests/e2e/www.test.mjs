// www.test.mjs — the static demo site in plain Chromium (no extension installed).
//
// Takes www/ as `make www` leaves it (pkg/, lib/, ui/ copied from extension/), served by
// tools/serve.mjs on a free port. Checks: the index links to sample articles that exist; the
// demo page analyses the seed article in its frame with the extension's own overlay and
// sidebar modules (≥10 quotes, Peskov and Joly labelled, summary listed, click scrolls);
// its switch restores the article DOM exactly, with the Highlight API and with the
// `lede-mark` fallback; reported statements in the fallback hold their quotes' marks, labels
// and notes sit where they belong, the "Paraphrased statements" switch hides them; the second
// sample article is analysed too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { WWW, SEED_ARTICLE, requirePrereqs, serve, launchPlain, captureConsole, waitForLede, labelSpeakers } from './harness.mjs';

let server;
let browser;
let plainBody; // body.innerHTML of the seed article as served, no Lede

before(async () => {
  requirePrereqs({ pkg: false, www: true });
  server = await serve(WWW);
  browser = await launchPlain();
  const page = await browser.page();
  await page.goto(server.url + SEED_ARTICLE);
  plainBody = await page.evaluate(() => document.body.innerHTML);
  await page.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens demo.html with `query`; returns { page, frame, lines } once Lede has settled. */
async function openDemo(query) {
  const page = await browser.page();
  const lines = captureConsole(page);
  await page.goto(`${server.url}demo.html?${query}`);
  const top = await waitForLede(page, lines);
  assert.equal(top.state, 'ready', `demo state ${top.state}\nconsole:\n${lines.join('\n')}`);
  const frame = page.frames().find((f) => f.url().includes('/articles/'));
  assert.ok(frame, 'article frame');
  return { page, frame, lines, quotes: top.quotes };
}

test('the index lists sample articles that exist', async () => {
  const page = await browser.page();
  await page.goto(server.url);
  const links = await page.evaluate(() => [...document.querySelectorAll('.cards a')].map((a) => a.href));
  assert.ok(links.length >= 4, `links: ${links}`);
  for (const href of [...links, new URL('playground.html', server.url).href]) {
    const res = await fetch(href);
    assert.equal(res.status, 200, href);
  }
  await page.close();
});

test('the demo page paints the seed article without the extension', async () => {
  const { page, frame, quotes } = await openDemo('article=kremlin-ceasefire');
  assert.ok(quotes >= 10, `quotes: ${quotes}`);
  const inFrame = await waitForLede(frame);
  assert.deepEqual(inFrame, { state: 'ready', quotes });
  const names = (await labelSpeakers(frame)).map((l) => l.speaker);
  assert.ok(names.includes('Dmitry Peskov') && names.includes('Melanie Joly'), `labels: ${names}`);
  assert.ok(await frame.evaluate(() => CSS.highlights.size) >= 1, 'highlights in the article');
  const side = await page.evaluate(() => ({
    summary: document.querySelectorAll('lede-sidebar .lede-summary .lede-sentence').length,
    speakers: [...document.querySelectorAll('lede-sidebar .lede-speaker[data-lede-speaker]')].map((s) => s.dataset.ledeSpeaker),
  }));
  assert.ok(side.summary >= 1, 'summary listed');
  assert.ok(side.speakers.includes('Melanie Joly'), `speakers: ${side.speakers}`);
  // Clicking Joly's first quote scrolls the article frame to it.
  await page.setViewportSize({ width: 1000, height: 400 });
  await page.locator('.lede-speaker[data-lede-speaker="Melanie Joly"] .lede-quote').first().click();
  await frame.waitForFunction(() => window.scrollY > 200 && CSS.highlights.has('lede-focus'), null, { timeout: 5000 });
  await page.close();
});

for (const marks of [false, true]) {
  test(`the demo's switch restores the article exactly (${marks ? 'lede-mark fallback' : 'Highlight API'})`, async () => {
    const { page, frame } = await openDemo(`article=kremlin-ceasefire${marks ? '&marks' : ''}`);
    const during = await frame.evaluate(() => ({
      marks: document.querySelectorAll('lede-mark').length,
      highlights: CSS.highlights.size,
    }));
    if (marks) assert.ok(during.marks >= 10 && during.highlights === 0, JSON.stringify(during));
    else assert.ok(during.marks === 0 && during.highlights >= 1, JSON.stringify(during));
    // A sidebar click flashes the quote either way.
    await page.locator('.lede-speaker[data-lede-speaker="Dmitry Peskov"] .lede-quote').first().click();
    await frame.waitForFunction((m) => (m ? document.querySelector('lede-mark[data-lede-focus]') !== null
      : CSS.highlights.has('lede-focus')), marks, { timeout: 3000 });
    await page.locator('.lede-switch').click();
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'skipped');
    const after = await frame.evaluate(() => ({
      body: document.body.innerHTML,
      lede: document.querySelectorAll('lede-label, lede-mark').length,
      highlights: CSS.highlights.size,
    }));
    assert.equal(after.lede, 0);
    assert.equal(after.highlights, 0);
    assert.equal(after.body, plainBody, 'article DOM differs from the page as served');
    assert.equal(await page.locator('.lede[data-state="off"]').count(), 1, 'sidebar shows off');
    await page.locator('.lede-switch').click();
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'ready');
    await page.close();
  });
}

for (const marks of [false, true]) {
  test(`labels and notes sit at their quote and statement; nesting unwraps exactly (${marks ? 'lede-mark fallback' : 'Highlight API'})`, async () => {
    const { page, frame } = await openDemo(`article=kremlin-ceasefire${marks ? '&marks' : ''}`);
    const statements = Object.fromEntries(await page.locator('.lede-statement').evaluateAll((els) => els.map((b) => [b.dataset.reported, b.textContent])));
    assert.ok(Object.keys(statements).length >= 3, `statements listed: ${JSON.stringify(statements)}`);
    const seen = await frame.evaluate(() => {
      /** The page text right after `el` (Lede's own elements carry no page text). */
      const after = (el) => {
        const r = document.createRange();
        r.setStartAfter(el);
        r.setEnd(document.body, document.body.childNodes.length);
        return r.toString().slice(0, 40);
      };
      const nested = [...document.querySelectorAll('lede-mark[data-lede-reported] lede-mark[data-lede-quote]')];
      const first = document.querySelector('lede-mark[data-lede-reported]');
      return {
        labels: [...document.querySelectorAll('lede-label')].map(after),
        notes: [...document.querySelectorAll('lede-note')].map((n) => [n.getAttribute('data-lede-reported'), after(n)]),
        nested: nested.length,
        underline: first ? getComputedStyle(first).textDecorationLine : null,
        hook: document.documentElement.getAttribute('data-lede-reported'),
      };
    });
    for (const l of seen.labels) assert.match(l, /^[“"‘«]/, `a quote label sits at its opening mark: ${JSON.stringify(l)}`);
    assert.equal(seen.notes.length, Object.keys(statements).length, 'a note per statement');
    for (const [id, next] of seen.notes) {
      assert.ok(statements[id].replace(/\s+/g, ' ').startsWith(next.slice(0, 20).replace(/\s+/g, ' ')), `note ${id} sits at its statement: ${JSON.stringify(next)}`);
    }
    assert.equal(Number(seen.hook), seen.notes.length);
    if (marks) {
      assert.ok(seen.nested >= 3, `quote marks inside statement marks: ${seen.nested}`);
      assert.equal(seen.underline, 'underline');
    }
    // "Paraphrased statements" off: no underline, no note; Lede off: the article as served.
    await page.locator('.lede-reported-switch').click();
    const off = await frame.evaluate(() => ({
      underline: [...document.querySelectorAll('lede-mark[data-lede-reported]')].map((m) => getComputedStyle(m).textDecorationLine),
      notes: [...document.querySelectorAll('lede-note')].filter((n) => n.checkVisibility()).length,
      highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-r')).length,
      hook: document.documentElement.getAttribute('data-lede-reported'),
    }));
    assert.ok(off.underline.every((u) => u === 'none'), JSON.stringify(off));
    assert.deepEqual([off.notes, off.highlights, off.hook], [0, 0, '0']);
    assert.equal(await page.locator('.lede-statement').count(), 0, 'the sidebar lists none');
    await page.locator('.lede-switch').click();
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-lede-state') === 'skipped');
    const body = await frame.evaluate(() => document.body.innerHTML);
    assert.equal(body, plainBody, 'article DOM differs from the page as served');
    await page.close();
  });
}

test('the second sample article is analysed too', async () => {
  const { page, frame, quotes } = await openDemo('article=harbour-bridge');
  assert.ok(quotes >= 3, `quotes: ${quotes}`);
  assert.equal((await labelSpeakers(frame)).length, quotes);
  await page.close();
});

test('an unknown article name fails cleanly', async () => {
  const page = await browser.page();
  const lines = captureConsole(page);
  await page.goto(`${server.url}demo.html?article=../../etc/passwd`);
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'error');
  assert.equal(lines.filter((l) => l.includes('[lede]')).length, 1, `one console line: ${lines.join('\n')}`);
  await page.close();
});
