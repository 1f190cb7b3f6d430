// bundle.test.mjs — tools/bundle.mjs, the content scripts' one-file copy of lib/ + messages.js.
//
// Takes tools/bundle.mjs and the modules it bundles (no browser). Checks that the bundle,
// evaluated as the classic script the manifest injects, exposes every export of snapshot.js,
// ranges.js, overlay.js, messages.js, corelink.js, i18n.js and pacing.js under globalThis.__ledeLib; that the manifest injects
// it before content.js; and that module syntax the bundler does not translate stops it with
// the line named, instead of slipping through.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { join } from 'node:path';
import { bundleText, wrapModule } from '../../tools/bundle.mjs';
import { readManifest } from '../../tools/package.mjs';
import { EXTENSION } from './harness.mjs';

test('the bundle exposes every export of the modules content.js uses', async () => {
  const sandbox = { performance };
  vm.createContext(sandbox);
  vm.runInContext(bundleText(), sandbox);
  const lib = sandbox.__ledeLib;
  assert.ok(lib, 'globalThis.__ledeLib is set');
  for (const [name, file] of [['snapshot', 'lib/snapshot.js'], ['ranges', 'lib/ranges.js'], ['overlay', 'lib/overlay.js'], ['messages', 'messages.js'], ['corelink', 'lib/corelink.js'], ['i18n', 'lib/i18n.js'], ['pacing', 'lib/pacing.js']]) {
    const mod = await import(join(EXTENSION, file));
    assert.deepEqual(Object.keys(lib[name]).sort(), Object.keys(mod).sort(), `${file}: same exports`);
    for (const k of Object.keys(mod)) assert.equal(typeof lib[name][k], typeof mod[k], `${file}: ${k}`);
  }
  assert.equal(lib.messages.hello().type, 'lede:hello');
  assert.equal(lib.overlay.BATCH, (await import(join(EXTENSION, 'lib/overlay.js'))).BATCH);
});

test('the manifest injects the bundle before content.js', () => {
  const [cs] = readManifest().content_scripts;
  assert.deepEqual(cs.js, ['pkg/content-lib.js', 'content.js']);
});

test('module syntax the bundler does not translate is refused, naming the line', () => {
  const known = new Set(['palette']);
  assert.throws(() => wrapModule('x', 'const a = 1;\nexport default a;\n', known), /x\.js:2: module syntax/);
  assert.throws(() => wrapModule('x', "import colours from './palette.js';\n", known), /x\.js:1: module syntax/);
  assert.throws(() => wrapModule('x', "import { a } from './later.js';\n", known), /not bundled before it/);
  assert.throws(() => wrapModule('x', 'const u = import.meta.url;\n', known), /x\.js:1/);
  const ok = wrapModule('x', "import { colours as c } from './palette.js';\nexport function f() { return c; }\n", known);
  assert.match(ok, /const \{ colours: c \} = __lede_palette\(\);/);
  assert.match(ok, /return \{ f \};/);
});
