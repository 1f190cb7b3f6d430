// ranges.test.mjs — lib/ranges.js's offset mapping without a browser: Text nodes are stood in
// for by { data } objects, so rawIndex, runsFromSnapshot and TextLocator (segments, point) are
// checked on invented blocks with collapsed whitespace, a block split over two Text nodes, a
// block the core trimmed, two blocks of one element, and characters outside the BMP.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rawIndex, rawIndexTable, runsFromSnapshot, TextLocator } from '../../extension/lib/ranges.js';

const textNode = (data) => ({ data, isConnected: true });

test('rawIndex walks collapsed whitespace back to raw offsets', () => {
  const data = 'Ferries  \n stop\t\ttoday';
  // Collapsed: "Ferries stop today" — index 8 is "s", 12 is the space before "today".
  assert.equal(rawIndex(data, 0), 0);
  assert.equal(rawIndex(data, 7), 7, 'the whitespace run starts where the collapsed space is');
  assert.equal(rawIndex(data, 8), 11);
  assert.equal(rawIndex(data, 13), 17);
  assert.equal(rawIndex(data, 18), data.length, 'the end maps to the end');
  assert.equal(rawIndex('', 0), 0);
});

test('rawIndexTable gives rawIndex for every collapsed index in one pass', () => {
  assert.equal(rawIndexTable('Ferries stop\ttoday, she said.'), null, 'no whitespace run: offsets unchanged');
  // Invented strings of letters and every kind of collapsible whitespace, runs of 1-3.
  let seed = 7;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  const units = ['a', 'b', 'é', ' ', '\t', '\n', '\r', '\f', '\u{1F600}'];
  for (let round = 0; round < 300; round++) {
    let data = '';
    for (let n = next() % 40; n > 0; n--) data += units[next() % units.length];
    const table = rawIndexTable(data);
    for (let k = 0; k <= data.length + 1; k++) {
      const got = table === null ? Math.min(k, data.length) : table[Math.min(k, table.length - 1)];
      assert.equal(got, rawIndex(data, k), `${JSON.stringify(data)} at ${k}`);
    }
  }
});

/**
 * Two blocks: element 4 holds "Ferries stop." from one Text node with raw extra spaces,
 * element 7 holds "“No crews,” she said 🚢." from two Text nodes (a <b> in between).
 */
function page() {
  const t1 = textNode('Ferries   stop.');
  const t2 = textNode('“No crews,” ');
  const t3 = textNode('she said 🚢.');
  const snapshot = {
    blocks: [4, 0, 0, 7, 0, 0],
    blockTexts: [
      { text: 'Ferries stop.', runs: [{ node: t1, start: 0, end: 13, at: 0 }] },
      {
        text: '“No crews,” she said 🚢.',
        runs: [{ node: t2, start: 0, end: 12, at: 0 }, { node: t3, start: 12, end: 24, at: 0 }],
      },
    ],
  };
  const text = 'Ferries stop.\n\n“No crews,” she said 🚢.';
  const insights = { article: { text }, blocks: [{ node: 4, start: 0, end: 13 }, { node: 7, start: 15, end: 39 }] };
  return { t1, t2, t3, snapshot, insights, text };
}

test('runsFromSnapshot lines article blocks up with the snapshot blocks', () => {
  const { t1, t2, t3, snapshot, insights } = page();
  const runs = runsFromSnapshot(snapshot, insights);
  assert.deepEqual(runs.map((r) => [r.block, r.node, r.start, r.end, r.at]), [
    [0, t1, 0, 13, 0],
    [1, t2, 15, 27, 0],
    [1, t3, 27, 39, 0],
  ]);
  assert.ok(runs.every((r) => r.collapsed));
});

test('segments map a span across Text nodes to raw offsets', () => {
  const { t1, t2, t3, snapshot, insights, text } = page();
  const loc = new TextLocator(runsFromSnapshot(snapshot, insights));
  const stop = text.indexOf('stop');
  assert.deepEqual(loc.segments(stop, stop + 4), [{ node: t1, start: 10, end: 14 }], 'after the raw spaces');
  const crews = text.indexOf('No crews');
  const said = text.indexOf('said') + 4;
  assert.deepEqual(loc.segments(crews, said), [
    { node: t2, start: 1, end: 12 },
    { node: t3, start: 0, end: 8 },
  ]);
  // 🚢 is two UTF-16 code units: the offsets after it count both.
  const ship = text.indexOf('🚢');
  assert.deepEqual(loc.segments(ship, ship + 2), [{ node: t3, start: 9, end: 11 }]);
  assert.equal(t3.data.slice(9, 11), '🚢');
  assert.deepEqual(loc.segments(13, 15), [], 'the join between blocks maps to nothing');
});

test('point finds the Text node of one offset, and block ends too', () => {
  const { t1, t3, snapshot, insights, text } = page();
  const loc = new TextLocator(runsFromSnapshot(snapshot, insights));
  assert.deepEqual(loc.point(text.indexOf('she')), { node: t3, offset: 0 });
  assert.deepEqual(loc.point(13), { node: t1, offset: 15 }, 'the end of a block');
  assert.equal(loc.point(14), null, 'inside the join');
  assert.equal(loc.point(500), null);
});

test('a block the core trimmed is found inside its snapshot block', () => {
  const t = textNode('Updated: Ferries stop.');
  const snapshot = { blocks: [2, 0, 0], blockTexts: [{ text: 'Updated: Ferries stop.', runs: [{ node: t, start: 0, end: 22, at: 0 }] }] };
  const insights = { article: { text: 'Ferries stop.' }, blocks: [{ node: 2, start: 0, end: 13 }] };
  const runs = runsFromSnapshot(snapshot, insights);
  assert.deepEqual(runs.map((r) => [r.start, r.end, r.at]), [[0, 13, 9]]);
  assert.deepEqual(new TextLocator(runs).segments(0, 7), [{ node: t, start: 9, end: 16 }]);
});

test('two blocks of one element are told apart by their text', () => {
  const a = textNode('First line');
  const b = textNode('Second line');
  const snapshot = {
    blocks: [3, 0, 0, 3, 0, 0],
    blockTexts: [
      { text: 'First line', runs: [{ node: a, start: 0, end: 10, at: 0 }] },
      { text: 'Second line', runs: [{ node: b, start: 0, end: 11, at: 0 }] },
    ],
  };
  const insights = {
    article: { text: 'Second line' }, // the core kept only the second
    blocks: [{ node: 3, start: 0, end: 11 }],
  };
  const runs = runsFromSnapshot(snapshot, insights);
  assert.equal(runs.length, 1);
  assert.equal(runs[0].node, b);
});

test('blocks the snapshot does not know are skipped, not guessed', () => {
  const { snapshot } = page();
  const insights = { article: { text: 'Nothing like it' }, blocks: [{ node: 99, start: 0, end: 15 }] };
  assert.deepEqual(runsFromSnapshot(snapshot, insights), []);
  assert.deepEqual(runsFromSnapshot(snapshot, { article: { text: '' } }), [], 'no blocks at all');
});
