// parity.test.mjs — one extraction algorithm, two DOM sources, on real pages.
//
// Takes the Readability test pages (../shared/corpora/readability-test-pages; skipped with a
// message when absent), the built WASM package and the native CLI (target/release/lede, from
// `make build`). Loads each page in headless Chromium from a local server (outside requests
// blocked), runs analyzeDocument(document) on the live DOM, and compares the article text with
// `lede extract --jsonl` on the same HTML (html5ever). Passes when at least 20 pages agree;
// prints the pages that differ (mostly pages whose scripts or encoding change the DOM).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../../tools/serve.mjs';
import { ROOT, launchPlain, requirePrereqs } from './harness.mjs';

const PAGES = resolve(ROOT, '../shared/corpora/readability-test-pages');
const CLI = join(ROOT, 'target/release/lede');
const NEEDED = 20;

test('live DOM and html5ever give the same article text on Readability test pages', async (t) => {
  if (!existsSync(PAGES)) {
    t.skip(`corpus absent: ${PAGES}`);
    return;
  }
  requirePrereqs();
  assert.ok(existsSync(CLI), 'target/release/lede missing (run `make build`)');
  const names = readdirSync(PAGES).filter((n) => existsSync(join(PAGES, n, 'source.html'))).sort();
  const native = new Map();
  const out = execFileSync(CLI, ['extract', '--jsonl', '--html', ...names.map((n) => join(PAGES, n, 'source.html'))], {
    maxBuffer: 256 * 1024 * 1024,
  });
  for (const line of out.toString().split('\n').filter(Boolean)) {
    const v = JSON.parse(line);
    native.set(v.file, v.text ?? null);
  }

  // Serve the folder that holds both the corpus and this checkout.
  const top = resolve(ROOT, '..');
  const server = await startServer(top, 0);
  const pkg = `${server.url}${ROOT.slice(top.length + 1)}/extension/pkg/lede.js`;
  const browser = await launchPlain();
  const same = [];
  const differ = [];
  try {
    const page = await browser.page();
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
    for (const name of names) {
      const file = join(PAGES, name, 'source.html');
      const url = `${server.url}${file.slice(top.length + 1)}`;
      let live = null;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 15000 });
        live = await page.evaluate(async (src) => {
          const m = await import(src);
          await m.default();
          try {
            return m.analyzeDocument(document).article.text;
          } catch {
            return null; // an empty page is an error for both sources
          }
        }, pkg);
      } catch (e) {
        live = `navigation failed: ${e.message.split('\n')[0]}`;
      }
      (live === native.get(file) ? same : differ).push(name);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`parity: ${same.length}/${names.length} pages give the same article text`);
  console.log(`parity: differing pages: ${differ.join(', ') || 'none'}`);
  assert.ok(same.length >= NEEDED, `only ${same.length} pages agree; differing: ${differ.join(', ')}`);
});
