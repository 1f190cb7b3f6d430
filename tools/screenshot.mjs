#!/usr/bin/env node
// screenshot.mjs — docs/screenshot-statements.png: the seed article with both kinds painted
// (quotes highlighted, reported statements underlined in the speaker's colour, one note opened
// into its hover card) beside the side panel listing a speaker's quotes and reported
// statements. `node tools/screenshot.mjs [OUT.png]`; `--page articles/NAME.html --speaker NAME`
// shoots another page of www/ instead (docs/screenshot-german.png: `node tools/screenshot.mjs
// --page articles/hafen-nordstedt.html --speaker 'Svenja Koch' docs/screenshot-german.png`).
//
// Takes extension/ (pkg/ built: `make wasm`), www/articles/kremlin-ceasefire.html and Debian's
// headless Chromium (tests/e2e/harness.mjs launches it with the unpacked extension). Gives the
// PNG (composed side by side in a blank page of the same browser) and prints its size.

import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_ARTICLE, requirePrereqs, serve, launchWithExtension, waitForLede } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const ARTICLE = option('--page') ?? SEED_ARTICLE;
const SPEAKER = option('--speaker') ?? 'Vladimir Putin'; // the note opened, and the panel card expanded
const out = args[0] ?? join(ROOT, 'docs', 'screenshot-statements.png');

requirePrereqs();
const server = await serve(ROOT);
const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`${server.url}www/${ARTICLE}`);
  const { state } = await waitForLede(page);
  if (state !== 'ready') throw new Error(`${ARTICLE} settled as ${state}`);
  const records = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
  const rec = records.find((r) => typeof r.url === 'string' && r.url.endsWith(ARTICLE));

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
