// sidebar-export.test.mjs — the shared sidebar outside the extension, and hostile page text.
//
// Takes www/ (built by `make www`: pkg, lib, ui copied in) served on a free port, plain
// Chromium, and the ui/ modules imported straight into Node for the pure parts. Checks:
// escapeMarkdown / toMarkdown make page text inert (`<img src=x onerror=…>` comes out as
// `&lt;img …&gt;`, Markdown specials escaped); the voices shares count unknowns as unknown; a
// hostile article pasted into the playground and a hostile speaker name render as text only
// (no element, no script run) and export as inert Markdown; a short article (≤ 3 sentences)
// is shown whole, in reading order, without "more"; the www demo shows the same sidebar.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { WWW, requirePrereqs, serve, launchPlain, captureConsole, waitForLede } from './harness.mjs';
import { escapeMarkdown, toMarkdown, jsonFileName } from '../../extension/ui/export.js';
import { voiceShares, countWords } from '../../extension/ui/voices.js';
import { isWholeArticle, sentencePieces } from '../../extension/ui/summary.js';

const XSS = '<img src=x onerror=alert(1)>';
const HOSTILE_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council row over &lt;img src=x onerror=alert(1)&gt; budget</title>
<meta name="author" content="&lt;script&gt;alert(2)&lt;/script&gt; Staff"></head>
<body><article><h1>Council row over &lt;img src=x onerror=alert(1)&gt; budget</h1>
<p>The city council approved its budget on Monday night after a debate that ran for more than six hours and ended with a narrow vote of seven to six.</p>
<p>“This budget is a disgrace &lt;img src=x onerror=alert(1)&gt; and the people of this city deserve better,” said councillor Maria Lopez, who voted against it.</p>
<p>Mayor John Reed defended the plan. “We have protected the services that matter most to families,” he told reporters after the vote.</p>
<p>The budget cuts library opening hours by a fifth and raises parking fees in the centre of the city for the first time in a decade.</p>
<p>“We will keep listening to residents,” Reed said. Opponents have promised to bring the issue back to the council in the spring.</p>
</article></body></html>`;

let server;
let browser;
let page;
let lines;
const dialogs = [];

before(async () => {
  requirePrereqs({ pkg: false, www: true });
  server = await serve(WWW);
  browser = await launchPlain();
  page = await browser.page();
  lines = captureConsole(page);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(`${server.url}playground.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ledeCore === 'loaded', null, { timeout: 15000 });
  await page.evaluate(() => {
    window.__copied = null;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t) => { window.__copied = t; } } });
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function analyse(input, kind) {
  await page.evaluate(() => document.documentElement.removeAttribute('data-lede-state'));
  await page.check(`input[name="kind"][value="${kind}"]`);
  await page.fill('#source', input);
  await page.click('#go');
  const { state } = await waitForLede(page, lines);
  assert.equal(state, 'ready', lines.join('\n'));
}

async function copiedMarkdown(scope = 'lede-sidebar') {
  await page.evaluate(() => { window.__copied = null; });
  await page.locator(`${scope} .lede-copy`).click();
  await page.waitForFunction(() => window.__copied !== null);
  return page.evaluate(() => window.__copied);
}

test('escapeMarkdown makes page text inert', () => {
  assert.equal(escapeMarkdown(XSS), '&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(escapeMarkdown('# Not a heading'), '\\# Not a heading');
  assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  assert.equal(escapeMarkdown('- nor this'), '\\- nor this');
  assert.equal(escapeMarkdown('*bold* _it_ [link](javascript:x) `code` a|b ~~s~~ \\'),
    '\\*bold\\* \\_it\\_ \\[link\\](javascript:x) \\`code\\` a\\|b \\~\\~s\\~\\~ \\\\');
  assert.equal(escapeMarkdown('AT&T <b>\n\nnew line'), 'AT&amp;T &lt;b&gt; new line');
  assert.equal(escapeMarkdown(null), '');
});

test('toMarkdown escapes every page-derived field', () => {
  const insights = {
    schema: 1,
    article: { title: `# ${XSS}`, site: '[site](javascript:alert(1))', byline: '<b>x</b>', published: 'soon', text: 'abc' },
    quotes: [{ id: 'q1', text: `${XSS}\n> quoted`, start: 0, end: 3, kind: 'direct', speaker: 'e1', confidence: 0.9 }],
    entities: [{ id: 'e1', name: XSS, kind: 'person', role: '**boss**', gender: null, mentions: 2, quotes: 1 }],
    summary: [{ text: `${XSS} said`, start: 0, end: 3 }],
    stats: { words: 3, reading_minutes: 0.1 },
  };
  const md = toMarkdown(insights, { url: 'https://example.com/<x>' });
  assert.ok(!/<[a-z/]/i.test(md), `raw tag in:\n${md}`);
  assert.match(md, /^# \\# &lt;img src=x onerror=alert\(1\)&gt;$/m);
  assert.match(md, /^\*\*&lt;img src=x onerror=alert\(1\)&gt;\*\* — \\\*\\\*boss\\\*\\\* \(1 quote\)$/m);
  assert.match(md, /^- “&lt;img src=x onerror=alert\(1\)&gt; &gt; quoted”$/m);
  assert.match(md, /\\\[site\\\]\(javascript:alert\(1\)\)/);
  assert.match(md, /^Source: https:\/\/example\.com\/&lt;x&gt;$/m);
  assert.equal(toMarkdown(insights, { url: 'javascript:alert(1)' }).includes('Source:'), false);
  assert.equal(jsonFileName(insights), 'lede-img-src-x-onerror-alert-1.json');
});

test('voice shares: words per speaker, unknown gender and speakers stay unknown', () => {
  assert.equal(countWords("It's a long-term plan, 30 days."), 6);
  const shares = voiceShares({
    quotes: [
      { id: 'q1', text: 'one two three four', speaker: 'e1', start: 0, end: 1 },
      { id: 'q2', text: 'five six', speaker: 'e2', start: 2, end: 3 },
      { id: 'q3', text: 'seven eight', speaker: null, start: 4, end: 5 },
      { id: 'q4', text: 'nine ten', speaker: 'e3', start: 6, end: 7 },
    ],
    entities: [
      { id: 'e1', name: 'Ann', kind: 'person', gender: 'female' },
      { id: 'e2', name: 'Bob', kind: 'person', gender: null },
      { id: 'e3', name: 'Acme', kind: 'organization', gender: null },
    ],
  });
  assert.equal(shares.total, 10);
  assert.deepEqual(shares.speakers.map((s) => [s.name, s.share]), [['Ann', 0.4], ['Bob', 0.2], ['Acme', 0.2]]);
  assert.equal(shares.unattributed.share, 0.2);
  const g = Object.fromEntries(shares.gender.map((x) => [x.key, x.share]));
  assert.deepEqual(g, { female: 0.4, male: 0, organisation: 0.2, unknown: 0.4 });
  const k = Object.fromEntries(shares.kind.map((x) => [x.key, x.share]));
  assert.deepEqual(k, { person: 0.6, organisation: 0.2, unknown: 0.2 });
});

test('summary pieces split out quoted words; a short article is whole', () => {
  const s = { text: '“Yes,” she said.', start: 10, end: 26 };
  const pieces = sentencePieces(s, [{ id: 'q1', start: 11, end: 15, speaker: null }], new Map());
  assert.deepEqual(pieces.map((p) => p.text), ['“', 'Yes,', '” she said.']);
  assert.equal(pieces[1].quote.id, 'q1');
  const text = 'One. Two. Three.';
  assert.equal(isWholeArticle({ article: { text }, summary: [{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 10, end: 16 }] }), true);
  assert.equal(isWholeArticle({ article: { text }, summary: [{ start: 0, end: 4 }, { start: 10, end: 16 }] }), false);
});

test('a hostile article in the playground renders and exports as text only', async () => {
  await analyse(HOSTILE_HTML, 'html');
  const view = await page.evaluate(() => {
    const side = document.querySelector('lede-sidebar');
    return {
      title: side.querySelector('.lede-title')?.textContent,
      elements: side.querySelectorAll('img, script, iframe, object, embed, [onerror], [onclick]').length,
      quotes: [...side.querySelectorAll('.lede-quote')].map((b) => b.textContent),
    };
  });
  assert.match(view.title, /<img src=x onerror=alert\(1\)>/, 'shown as the text it is');
  assert.equal(view.elements, 0, 'no element made from page text');
  assert.ok(view.quotes.some((q) => q.includes(XSS)), `quotes: ${JSON.stringify(view.quotes)}`);
  const md = await copiedMarkdown();
  assert.ok(md.includes('&lt;img src=x onerror=alert(1)&gt;'), md);
  assert.ok(!md.includes('<img') && !md.includes('<script'), md);
  assert.deepEqual(dialogs, [], 'no script ran');
});

test('a hostile speaker name is shown as text and exported inert', async () => {
  const result = await page.evaluate(async (xss) => {
    const { renderSidebar } = await import('./ui/sidebar.js');
    const host = document.createElement('lede-sidebar');
    host.id = 'hostile';
    document.body.append(host);
    const text = '“We are ready,” she said.';
    const insights = {
      schema: 1,
      article: { title: 'Test', site: null, byline: xss, published: '2025-03-14', text },
      quotes: [{ id: 'q1', text: 'We are ready,', start: 1, end: 14, kind: 'direct', speaker: 'e1', confidence: 0.9 }],
      entities: [{ id: 'e1', name: xss, kind: 'person', role: xss, gender: 'female', mentions: 1, quotes: 1 }],
      summary: [{ text, start: 0, end: text.length }],
      stats: { words: 5, reading_minutes: 0.1 },
    };
    renderSidebar(host, { state: 'ready', insights }, { onSeek: () => {} });
    return {
      elements: host.querySelectorAll('img, script, [onerror]').length,
      name: host.querySelector('.lede-name').textContent,
      attr: host.querySelector('.lede-speaker').dataset.ledeSpeaker,
      chart: host.querySelector('.lede-chart-speakers').getAttribute('aria-label'),
      date: host.querySelector('.lede-date')?.getAttribute('datetime'),
    };
  }, XSS);
  assert.equal(result.elements, 0);
  assert.equal(result.name, XSS);
  assert.equal(result.attr, XSS);
  assert.ok(result.chart.includes(XSS), 'the chart names the speaker as text');
  assert.equal(result.date, '2025-03-14');
  const md = await copiedMarkdown('#hostile');
  assert.match(md, /\*\*&lt;img src=x onerror=alert\(1\)&gt;\*\* — &lt;img src=x onerror=alert\(1\)&gt; \(1 quote\)/);
  assert.ok(!md.includes('<img'), md);
  await page.evaluate(() => document.getElementById('hostile').remove());
  assert.deepEqual(dialogs, []);
});

test('a seek the page cannot follow is shown on the button', async () => {
  const missed = await page.evaluate(async () => {
    const { renderSidebar } = await import('./ui/sidebar.js');
    const host = document.createElement('div');
    document.body.append(host);
    const text = 'A sentence that is on no page.';
    renderSidebar(host, {
      state: 'ready',
      insights: { article: { title: 'T', text }, quotes: [], entities: [], summary: [{ text, start: 0, end: text.length }], stats: {} },
    }, { onSeek: async () => false });
    const b = host.querySelector('.lede-sentence');
    b.click();
    await new Promise((r) => setTimeout(r, 50));
    const out = { missed: b.hasAttribute('data-missed'), title: b.title };
    host.remove();
    return out;
  });
  assert.equal(missed.missed, true);
  assert.match(missed.title, /Not found/);
});

test('a long story: many speakers and entities wait behind "more", rendering stays quick', async () => {
  const r = await page.evaluate(async () => {
    const { renderSidebar } = await import('./ui/sidebar.js');
    const host = document.createElement('div');
    document.body.append(host);
    const para = 'Officials said the talks would continue next week in the capital. ';
    const text = para.repeat(600); // ~6,000 words
    const entities = [];
    const quotes = [];
    for (let i = 0; i < 40; i++) entities.push({ id: `e${i}`, name: `Speaker ${i}`, kind: i % 3 ? 'person' : 'organization', gender: i % 2 ? 'male' : null, mentions: 40 - i, quotes: 1 });
    for (let i = 0; i < 200; i++) entities.push({ id: `p${i}`, name: `Place ${i}`, kind: 'place', mentions: 1, quotes: 0 });
    for (let i = 0; i < 120; i++) {
      const start = i * para.length;
      quotes.push({ id: `q${i}`, text: text.slice(start, start + 40), start, end: start + 40, kind: 'direct', speaker: `e${i % 40}`, confidence: 0.9 });
    }
    const summary = [0, 50, 100, 150, 200].map((k) => ({ text: text.slice(k * para.length, (k + 1) * para.length - 1), start: k * para.length, end: (k + 1) * para.length - 1 }));
    const t0 = performance.now();
    renderSidebar(host, { state: 'ready', insights: { article: { title: 'Long', text }, quotes, entities, summary, stats: { words: 6000, reading_minutes: 27 } } }, { onSeek: () => {} });
    const ms = performance.now() - t0;
    const shown = (sel) => [...host.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
    const out = {
      ms,
      cards: host.querySelectorAll('.lede-speaker').length,
      shownCards: shown('.lede-speaker'),
      more: host.querySelector('.lede-speakers > .lede-more')?.textContent,
      places: shown('.lede-chips[data-kind="place"] .lede-chip'),
      sentences: shown('.lede-sentence'),
    };
    host.querySelector('.lede-speakers > .lede-more').click();
    out.afterMore = shown('.lede-speaker');
    host.remove();
    return out;
  });
  assert.equal(r.cards, 40);
  assert.equal(r.shownCards, 8);
  assert.equal(r.more, '32 more speakers');
  assert.equal(r.afterMore, 40);
  assert.equal(r.places, 8);
  assert.equal(r.sentences, 3);
  assert.ok(r.ms < 300, `rendered in ${r.ms.toFixed(0)} ms`);
});

test('a short article is shown whole, in reading order, without "more"', async () => {
  await analyse('The council approved the new budget on Monday after a long debate. “This is a good day for the city,” said Mayor Anna Berg. Critics said the plan cuts too deeply into libraries.', 'text');
  const view = await page.evaluate(() => ({
    whole: document.querySelector('lede-sidebar .lede-summary')?.dataset.whole,
    more: document.querySelectorAll('lede-sidebar .lede-summary .lede-more').length,
    starts: [...document.querySelectorAll('lede-sidebar .lede-sentence')].map((b) => Number(b.dataset.start)),
    inquote: document.querySelector('lede-sidebar .lede-inquote')?.textContent,
  }));
  assert.equal(view.whole, 'true');
  assert.equal(view.more, 0);
  assert.equal(view.starts.length, 3);
  assert.deepEqual(view.starts, view.starts.slice().sort((a, b) => a - b));
  assert.equal(view.inquote, 'This is a good day for the city,');
});

test('the www demo shows the same sidebar', async () => {
  const demo = await browser.page();
  const demoLines = captureConsole(demo);
  await demo.goto(`${server.url}demo.html`);
  await waitForLede(demo, demoLines);
  await demo.waitForSelector('lede-sidebar .lede-voices svg.lede-chart-speakers', { timeout: 10000 });
  const view = await demo.evaluate(() => ({
    sections: [...document.querySelectorAll('lede-sidebar .lede > section')].map((s) => s.className),
    bars: document.querySelectorAll('lede-sidebar .lede-chart-bar').length,
    peskov: document.querySelectorAll('lede-sidebar .lede-speaker[data-lede-speaker="Dmitry Peskov"] .lede-quote').length,
  }));
  assert.deepEqual(view.sections, ['lede-article', 'lede-summary', 'lede-speakers', 'lede-voices', 'lede-entities', 'lede-export']);
  assert.ok(view.bars >= 3);
  assert.ok(view.peskov >= 4, `Peskov quotes: ${view.peskov}`);
  // A key sentence click scrolls the article frame.
  const frame = demo.frames().find((f) => f.url().includes('/articles/'));
  await demo.setViewportSize({ width: 1280, height: 420 });
  const last = demo.locator('lede-sidebar .lede-sentence').nth(1);
  await last.click();
  await frame.waitForFunction(() => window.scrollY > 100 && CSS.highlights.has('lede-focus'), null, { timeout: 5000 });
  await demo.close();
});
