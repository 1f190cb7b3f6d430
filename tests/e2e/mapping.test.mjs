// mapping.test.mjs — the offsets → DOM layer, in a real Chromium, without the WASM core.
//
// Takes tests/e2e/fixtures/mapping.html (awkward whitespace, <br>, inline markup, a block's own
// text split around a child, skipped/hidden elements, emoji). Checks that snapshot.js's
// blockTexts + ranges.js map every character of every block back to the same character in the
// page, and that overlay.js paints quotes (Highlight API and `lede-mark` fallback) without
// changing the page's text and removes them leaving the DOM exactly as it was.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, requirePrereqs, serve, launchPlain, captureConsole } from './harness.mjs';

let server;
let browser;
let page;
let consoleLines;

before(async () => {
  requirePrereqs({ pkg: false });
  server = await serve(ROOT);
  browser = await launchPlain();
  page = await browser.page();
  consoleLines = captureConsole(page);
  await page.goto(`${server.url}tests/e2e/fixtures/mapping.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: snapshot + fake Insights whose article is every block, joined like the core does. */
const SETUP = `
  const { collectSnapshot } = await import('/extension/lib/snapshot.js');
  const { locatorFor } = await import('/extension/lib/ranges.js');
  const snap = collectSnapshot(document);
  let text = '';
  const blocks = [];
  snap.blockTexts.forEach((b, i) => {
    if (i) text += '\\n\\n';
    blocks.push({ node: snap.blocks[3 * i], start: text.length, end: text.length + b.text.length });
    text += b.text;
  });
  const quotes = [];
  for (const m of text.matchAll(/“([^”]*)”/g)) {
    const start = m.index + 1;
    quotes.push({ id: 'q' + (quotes.length + 1), text: m[1], start, end: start + m[1].length,
                  speaker: quotes.length === 0 ? 'e1' : null, kind: 'direct' });
  }
  const insights = { article: { text }, blocks, quotes, summary: [],
                     entities: [{ id: 'e1', name: 'Ada Lovelace', kind: 'person' }] };
  const locator = locatorFor(snap, insights);
`;

test('blockTexts agree with the packed text', async () => {
  const r = await page.evaluate(`(async () => { ${SETUP}
    return { joined: snap.blockTexts.map((b) => b.text).join(''), text: snap.text,
             blocks: snap.blockTexts.length, triples: snap.blocks.length / 3 }; })()`);
  assert.equal(r.joined, r.text);
  assert.equal(r.blocks, r.triples);
  assert.ok(r.blocks >= 10, `expected the fixture's blocks, got ${r.blocks}`);
});

test('every character of every block maps back to the same character in the page', async () => {
  const bad = await page.evaluate(`(async () => { ${SETUP}
    const bad = [];
    let checked = 0;
    for (const b of blocks) {
      for (let i = b.start; i < b.end; i++) {
        const c = text[i];
        const code = text.charCodeAt(i);
        if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a pair: checked with the first
        const len = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        const got = locator.ranges(i, i + len).map((r) => r.toString()).join('');
        const want = text.slice(i, i + len);
        const ok = /\\s/.test(c) ? got.trim() === '' : got === want;
        checked++;
        if (!ok && bad.length < 10) bad.push({ at: i, want, got, context: text.slice(Math.max(0, i - 12), i + 12) });
      }
    }
    return { bad, checked };
  })()`);
  assert.ok(bad.checked > 300, `checked only ${bad.checked} characters`);
  assert.deepEqual(bad.bad, [], 'characters mapped to the wrong place');
});

test('a span across inline markup and a <br> gives one Range per block, exactly the span', async () => {
  const r = await page.evaluate(`(async () => { ${SETUP}
    const a = text.indexOf('Every');
    const b = text.indexOf('lace,') + 4;
    const first = locator.ranges(a, b);
    const q = text.indexOf('a quote that');
    const e = text.indexOf('break”') + 5;
    const second = locator.ranges(q, e);
    const squash = (s) => s.replace(/\\s+/g, ' ');
    return { n1: first.length, s1: squash(first[0].toString()), n2: second.length,
             s2: squash(second[0].toString()), nothing: locator.ranges(text.length + 5, text.length + 9).length };
  })()`);
  assert.equal(r.n1, 1);
  assert.equal(r.s1, 'Every word counts,” said Ada Lovelace');
  assert.equal(r.n2, 1);
  assert.equal(r.s2, 'a quote that crosses a line break');
  assert.equal(r.nothing, 0);
});

for (const marks of [false, true]) {
  const how = marks ? 'lede-mark fallback' : 'CSS Highlight API';
  test(`overlay (${how}) keeps the page text and removes every trace`, async () => {
    await page.reload();
    const r = await page.evaluate(`(async () => { ${SETUP}
      const { Overlay } = await import('/extension/lib/overlay.js');
      const textNodes = () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                                let n = 0; while (w.nextNode()) n++; return n; };
      const before = { html: document.body.innerHTML, text: document.body.textContent, nodes: textNodes() };
      const overlay = new Overlay(document, insights, locator, { marks: ${marks} });
      const squash = (s) => s.replace(/\\s+/g, '');
      const painted = quotes.map((q) => ({
        want: squash(q.text),
        range: squash(overlay.spans.get(q.start + ':' + q.end).map((x) => x.toString()).join('')),
        marks: squash([...document.querySelectorAll('lede-mark[data-lede-quote="' + q.id + '"]')].map((m) => m.textContent).join('')),
      }));
      const during = {
        text: document.body.textContent === before.text,
        labels: [...document.querySelectorAll('lede-label')].map((l) => [l.getAttribute('data-lede-speaker'), l.shadowRoot?.textContent]),
        highlights: CSS.highlights.size,
        marks: document.querySelectorAll('lede-mark').length,
      };
      overlay.remove();
      const afterwards = { html: document.body.innerHTML === before.html, text: document.body.textContent === before.text,
        nodes: textNodes() === before.nodes, highlights: CSS.highlights.size,
        lede: document.querySelectorAll('lede-label, lede-mark').length };
      return { quotes: quotes.length, painted, during, afterwards };
    })()`);
    assert.ok(r.quotes >= 6, `fixture quotes found: ${r.quotes}`);
    assert.equal(r.during.text, true, 'painting changed the page text');
    assert.equal(r.during.labels.length, r.quotes, 'one label per quote');
    assert.deepEqual(r.during.labels[0], ['Ada Lovelace', 'Ada Lovelace']);
    for (const p of r.painted) {
      if (marks) assert.equal(p.marks, p.want, 'marked text differs from the quote');
      else assert.equal(p.range, p.want, 'highlighted range differs from the quote');
    }
    if (marks) {
      assert.ok(r.during.marks >= r.quotes);
      assert.equal(r.during.highlights, 0);
    } else {
      assert.ok(r.during.highlights >= 1);
      assert.equal(r.during.marks, 0);
    }
    assert.deepEqual(r.afterwards, { html: true, text: true, nodes: true, highlights: 0, lede: 0 },
      `overlay left traces\nconsole:\n${consoleLines.join('\n')}`);
  });
}

// The content script walks in slices (collectSnapshotInSlices); a slice of 0 ms stops after
// every 64 nodes, so these pages are walked in many pieces. The pieces must add up to the
// one-task walk exactly: every packed field and the element list.
for (const fixture of ['mapping.html', 'shadow.html', 'iframe.html']) {
  test(`the walk in slices gives the one-task snapshot exactly (${fixture})`, async () => {
    const p = await browser.page();
    try {
      await p.goto(`${server.url}tests/e2e/fixtures/${fixture}`);
      // Enough elements that 64-node slices split the walk many times over.
      await p.evaluate(() => {
        const box = document.createElement('div');
        for (let i = 0; i < 300; i++) {
          const para = document.createElement('p');
          para.innerHTML = `Paragraph ${i}, with <b>bold</b> and <a href="#">a link</a>, “a quote ${i}”.`;
          box.appendChild(para);
        }
        document.body.appendChild(box);
      });
      const r = await p.evaluate(async () => {
        const { collectSnapshot, collectSnapshotInSlices } = await import('/extension/lib/snapshot.js');
        const whole = collectSnapshot(document);
        let pauses = 0;
        const sliced = await collectSnapshotInSlices(document, async () => { pauses++; return true; }, 0);
        const packed = (s) => JSON.stringify([s.title, s.lang, s.head, s.nodes, s.text, [...s.parents], [...s.blocks],
          s.blockTexts.map((b) => b.text)]);
        const stopped = await collectSnapshotInSlices(document, async () => false, 0);
        return {
          same: packed(whole) === packed(sliced),
          sameElements: whole.elements.length === sliced.elements.length && whole.elements.every((e, i) => e === sliced.elements[i]),
          pauses,
          stopped,
        };
      });
      assert.ok(r.pauses > 5, `walked in pieces (${r.pauses} pauses)`);
      assert.ok(r.same, 'same packed fields');
      assert.ok(r.sameElements, 'same elements');
      assert.equal(r.stopped, null, 'a pause that says stop gives null');
    } finally {
      await p.close();
    }
  });
}
