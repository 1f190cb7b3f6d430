// pacing.test.mjs — lib/pacing.js without a browser: which page changes count, and when a
// changing page is read again (debounce, spacing that widens on a busy page, calm resets it).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relevant, Pacer, QUIET_MS, MAX_WAIT_MS, MIN_GAP_MS, MAX_GAP_MS, CALM_MS } from '../../extension/lib/pacing.js';

const text = (data) => ({ nodeType: 3, data });
const el = (localName, textContent = '') => ({ nodeType: 1, localName, textContent });
const rec = (type, added = [], removed = []) => ({ type, addedNodes: added, removedNodes: removed });

test('text edits, added or removed text and removed labels count; scripts, blanks and Lede\'s own marks do not', () => {
  assert.equal(relevant(rec('characterData')), true);
  assert.equal(relevant(rec('childList', [text('A new paragraph.')])), true);
  assert.equal(relevant(rec('childList', [el('p', 'More of the story')])), true);
  assert.equal(relevant(rec('childList', [], [el('div', 'gone')])), true);
  assert.equal(relevant(rec('childList', [], [el('lede-label')])), true, 'the page removed a label: paint again');
  assert.equal(relevant(rec('childList', [text('   \n')])), false);
  assert.equal(relevant(rec('childList', [el('script', 'var x = 1;')])), false);
  assert.equal(relevant(rec('childList', [el('style', 'p { color: red }')])), false);
  assert.equal(relevant(rec('childList', [el('lede-mark', 'quoted words')])), false, 'Lede\'s own paint');
  assert.equal(relevant(rec('attributes')), false);
});

test('a change waits for the page to be quiet, but not longer than the cap after the first change', () => {
  const p = new Pacer();
  p.ran(0);
  p.changed(10_000);
  assert.equal(p.delay(10_000), QUIET_MS);
  p.changed(10_000 + MAX_WAIT_MS - 100); // still changing near the cap
  assert.equal(p.delay(10_000 + MAX_WAIT_MS - 100), 100);
  assert.equal(p.delay(10_000 + MAX_WAIT_MS + 50), 0, 'past the cap: run now');
});

test('runs are spaced at least the gap apart, the gap doubles on a busy page up to its cap', () => {
  const p = new Pacer();
  p.ran(0);
  p.changed(100);
  assert.equal(p.delay(100), MIN_GAP_MS - 100, 'the spacing after the first run wins over the debounce');
  let now = MIN_GAP_MS;
  const gaps = [];
  for (let i = 0; i < 6; i += 1) {
    assert.equal(p.rerunAt(now), true);
    gaps.push(p.gap);
    // The page changes every second until the next run is due (a live ticker).
    const due = now + p.gap;
    for (let t = now + 1000; t <= due; t += 1000) p.changed(t);
    assert.ok(p.delay(due) <= QUIET_MS, "due: at most the debounce left");
    now = due;
  }
  assert.deepEqual(gaps, [2 * MIN_GAP_MS, 4 * MIN_GAP_MS, MAX_GAP_MS, MAX_GAP_MS, MAX_GAP_MS, MAX_GAP_MS]);
});

test('nothing pending: no re-analysis; a calm spell gives the short gap back; reset forgets changes', () => {
  const p = new Pacer();
  assert.equal(p.rerunAt(5_000), false);
  p.ran(0);
  p.changed(500);
  p.rerunAt(1_000);
  assert.equal(p.gap, 2 * MIN_GAP_MS);
  p.changed(1_000 + CALM_MS + 1);
  assert.equal(p.gap, MIN_GAP_MS, 'a new burst after calm');
  p.reset();
  assert.equal(p.rerunAt(20_000), false);
});
