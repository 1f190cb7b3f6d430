#!/usr/bin/env node
// screenshot.mjs — docs/screenshot-statements.png: the seed article with both kinds painted
// (quotes highlighted, reported statements underlined in the speaker's colour, one note opened
// into its hover card) beside the side panel listing a speaker's quotes and reported
// statements. `node tools/screenshot.mjs [OUT.png]`.
//
// Takes extension/ (pkg/ built: `make wasm`), www/articles/kremlin-ceasefire.html and Debian's
// headless Chromium (tests/e2e/harness.mjs launches it with the unpacked extension). Gives the
// PNG (composed side by side in a blank page of the same browser) and prints its size.

import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_ARTICLE, requirePrereqs, serve, launchWithExtension, waitForLede } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? join(ROOT, 'docs', 'screenshot-statements.png');
const SPEAKER = 'Vladimir Putin'; // the note opened, and the panel card expanded

requirePrereqs();
const server = await serve(ROOT);
const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`${server.url}www/${SEED_ARTICLE}`);
  const { state } = await waitForLede(page);
  if (state !== 'ready') throw new Error(`the seed page settled as ${state}`);
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  const rec = records.find((r) => typeof r.url === 'string' && r.url.endsWith(SEED_ARTICLE));

  // The article around the first note of SPEAKER, that note opened (hover).
  const note = page.locator(`lede-note[data-lede-speaker="${SPEAKER}"]`).first();
  await note.scrollIntoViewIfNeeded();
  const top = await note.evaluate((n) => Math.max(0, n.getBoundingClientRect().top + window.scrollY - 170));
  await page.evaluate((y) => window.scrollTo(0, y), top);
  await note.hover();
  await page.waitForTimeout(100);
  const article = await page.screenshot({ clip: { x: 0, y: 0, width: 900, height: 560 } });

  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 340, height: 560 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${rec.tabId}`);
  await panel.waitForSelector('.lede[data-state="ready"] .lede-speakers');
  const card = panel.locator(`.lede-speaker[data-lede-speaker="${SPEAKER}"]`);
  await card.locator('.lede-speaker-head').click();
  await card.evaluate((c) => window.scrollTo(0, c.getBoundingClientRect().top + window.scrollY - 60));
  await panel.mouse.move(0, 0);
  const side = await panel.screenshot();

  const canvas = await ext.context.newPage();
  await canvas.setViewportSize({ width: 1241, height: 560 });
  await canvas.setContent(`<body style="margin:0;display:flex;background:#fff">
    <img style="display:block" src="data:image/png;base64,${article.toString('base64')}">
    <img style="display:block;border-left:1px solid #d4d4d8" src="data:image/png;base64,${side.toString('base64')}"></body>`);
  await canvas.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  writeFileSync(out, await canvas.screenshot());
  console.log(`screenshot: ${out} (${Math.round(statSync(out).size / 1024)} KB)`);
} finally {
  await ext.close();
  await server.close();
}
