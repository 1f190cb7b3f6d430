// harness.mjs — shared set-up for the end-to-end tests (not a test file itself).
//
// Takes the repo layout (extension/, www/, extension/pkg built by `make wasm`) and Debian's
// Chromium (/usr/bin/chromium, or $LEDE_CHROMIUM). Gives: requirePrereqs() (fails loudly
// when the browser or the built package is missing — `make test` provides both), serve(dir)
// (tools/serve.mjs on a free port), launchWithExtension() (persistent context with the
// unpacked extension, its service worker and id), launchPlain(), waitForLede(page|frame) and
// console capture for failure messages.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { bundle } from '../../tools/bundle.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION = join(ROOT, 'extension');
export const WWW = join(ROOT, 'www');
export const SEED = resolve(ROOT, '../shared/seed');
export const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
export const SEED_ARTICLE = 'articles/kremlin-ceasefire.html';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Throws a clear message when something `make test` should have provided is missing. */
export function requirePrereqs({ pkg = true, www = false } = {}) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (pkg && !existsSync(join(EXTENSION, 'pkg', 'lede.js'))) missing.push('extension/pkg/lede.js (run `make wasm`)');
  if (www) {
    for (const p of ['pkg/lede.js', 'lib/snapshot.js', 'ui/sidebar.js']) {
      if (!existsSync(join(WWW, p))) missing.push(`www/${p} (run \`make www\`: copies extension/pkg, lib, ui)`);
    }
  }
  if (missing.length) throw new Error(`e2e prerequisites missing:\n  ${missing.join('\n  ')}`);
  // The content scripts' copy of lib/ (pkg/content-lib.js), rebuilt so a change to lib/ made
  // after `make build` is what the extension runs.
  if (pkg) bundle();
}

/** Serves `dir` on 127.0.0.1 at a free port: { url, close() }. */
export function serve(dir = WWW) {
  return startServer(dir, 0);
}

/**
 * Chromium with the unpacked extension: { context, worker, id, close() }. `lang` sets the
 * browser's UI language (what chrome.i18n reads: LANGUAGE on Linux, --lang elsewhere).
 */
export async function launchWithExtension({ lang = null } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...BASE_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_DE.UTF-8` } } : {}),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    const id = new URL(worker.url()).host;
    return {
      context,
      worker,
      id,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`the extension did not start (no service worker): ${e.message}`);
  }
}

/** Plain Chromium (no extension): { browser, page(), close() }. */
export async function launchPlain() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BASE_ARGS });
  return {
    browser,
    page: () => browser.newPage({ viewport: { width: 1280, height: 800 } }),
    close: () => browser.close(),
  };
}

/** Collects console lines and page errors of `page`, for failure messages. */
export function captureConsole(page) {
  const lines = [];
  page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  return lines;
}

/**
 * Waits until `target` (a Page or Frame) has settled — `data-lede-state` set on <html> — and
 * returns { state, quotes }. Times out with the console lines so far.
 */
export async function waitForLede(target, consoleLines = [], timeout = 30000) {
  try {
    await target.waitForFunction(
      () => ['ready', 'skipped', 'error'].includes(document.documentElement.getAttribute('data-lede-state')),
      null,
      { timeout },
    );
  } catch (e) {
    throw new Error(`Lede never settled (${e.message.split('\n')[0]})\nconsole:\n${consoleLines.join('\n')}`);
  }
  return target.evaluate(() => ({
    state: document.documentElement.getAttribute('data-lede-state'),
    quotes: Number(document.documentElement.getAttribute('data-lede-quotes') ?? NaN),
  }));
}

/** Speaker names of the `lede-label`s in `target`, each checked to carry its name in an open shadow root. */
export function labelSpeakers(target) {
  return target.evaluate(() => [...document.querySelectorAll('lede-label')].map((el) => ({
    speaker: el.getAttribute('data-lede-speaker'),
    shadowText: el.shadowRoot ? el.shadowRoot.textContent : null,
  })));
}
