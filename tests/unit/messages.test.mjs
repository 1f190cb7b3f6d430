// messages.test.mjs — messages.js without a browser: every constructor builds a message its own
// guard accepts, the guard refuses wrong types and wrong fields, and fromThisExtension() tells
// this extension's senders from others.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as msg from '../../extension/messages.js';

const snapshot = {
  title: 'Ferry strike', lang: 'en', head: '', nodes: 'html body p', text: 'Ferries stop.',
  parents: Uint32Array.from([0, 0, 1]), blocks: Uint32Array.from([2, 0, 13]), elements: [{}],
};

test('every constructor builds a message the guard accepts', () => {
  const built = [
    msg.hello(),
    msg.report('ready', { schema: 1 }, null),
    msg.report('error', null, 'boom'),
    msg.analyze(snapshot),
    msg.get(3),
    msg.toggle(3, false),
    msg.site(3, true),
    msg.changed(3),
    msg.switchTo(true),
    msg.switchTo(false, true),
    msg.show(false),
    msg.seek(10, 24),
  ];
  for (const m of built) assert.ok(msg.isMessage(m), JSON.stringify(m));
  assert.ok(msg.isMessage(msg.seek(5, 5)), 'an empty span is a span');
});

test('analyze sends the packed fields only, as plain arrays', () => {
  const m = msg.analyze(snapshot);
  assert.deepEqual(Object.keys(m.snapshot).sort(), ['blocks', 'head', 'lang', 'nodes', 'parents', 'text', 'title']);
  assert.ok(Array.isArray(m.snapshot.parents) && Array.isArray(m.snapshot.blocks));
  assert.deepEqual(m.snapshot.blocks, [2, 0, 13]);
  assert.deepEqual(JSON.parse(JSON.stringify(m)), m, 'survives structured messaging as JSON');
});

test('the guard refuses unknown types, wrong fields and other shapes', () => {
  const refused = [
    null, undefined, 'lede:hello', 42, [], {},
    { type: 'lede:unknown' },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'lede:report', state: 'done', insights: null, error: null },
    { type: 'lede:report', state: 'ready', insights: [], error: null },
    { type: 'lede:report', state: 'ready', insights: null, error: 7 },
    { type: 'lede:get', tabId: -1 },
    { type: 'lede:get', tabId: 1.5 },
    { type: 'lede:get', tabId: '3' },
    { type: 'lede:toggle', tabId: 3, enabled: 'yes' },
    { type: 'lede:switch', enabled: true, force: 1 },
    { type: 'lede:show', reported: 'yes' },
    { type: 'lede:show' },
    { type: 'lede:seek', start: 9, end: 3 },
    { type: 'lede:seek', start: -1, end: 3 },
    { type: 'lede:analyze', snapshot: { ...msg.analyze(snapshot).snapshot, parents: [-1] } },
    { type: 'lede:analyze', snapshot: { ...msg.analyze(snapshot).snapshot, text: null } },
  ];
  for (const m of refused) assert.equal(msg.isMessage(m), false, JSON.stringify(m) ?? String(m));
});

test('the guard can ask for particular types', () => {
  assert.ok(msg.isMessage(msg.seek(1, 2), 'lede:switch', 'lede:seek'));
  assert.equal(msg.isMessage(msg.hello(), 'lede:switch', 'lede:seek'), false);
});

test('content-script types are the page-side ones', () => {
  assert.deepEqual([...msg.FROM_CONTENT].sort(), ['lede:analyze', 'lede:hello', 'lede:report']);
});

test('fromThisExtension: our id, and for pages our own URL', () => {
  const runtime = { id: 'ours', getURL: (p) => `chrome-extension://ours/${p}` };
  assert.ok(msg.fromThisExtension({ id: 'ours', tab: { id: 1 }, url: 'https://news.test/' }, runtime));
  assert.ok(msg.fromThisExtension({ id: 'ours', url: 'chrome-extension://ours/sidepanel.html' }, runtime));
  assert.equal(msg.fromThisExtension({ id: 'ours', url: 'chrome-extension://other/x.html' }, runtime), false);
  assert.equal(msg.fromThisExtension({ id: 'other', tab: { id: 1 } }, runtime), false);
  assert.equal(msg.fromThisExtension({ id: 'ours' }, runtime), false);
  assert.equal(msg.fromThisExtension(null, runtime), false);
});
