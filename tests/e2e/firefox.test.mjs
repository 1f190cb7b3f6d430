// firefox.test.mjs — the Firefox package (tools/package.mjs) in Firefox ESR.
//
// Takes extension/ (packaged here as `make package` does, installed as a temporary add-on),
// /usr/bin/firefox-esr and geckodriver ($GECKODRIVER, else on PATH or ~/.cargo/bin); npm
// selenium-webdriver drives it. Checks that the content script settles "ready" on
// the seed page with ≥10 quotes and Peskov/Joly labels, and paints a strict-CSP page too.
// Skips, saying why, when Firefox or geckodriver is not installed (`tools/deps.sh browser`
// installs both: Debian firefox-esr, `cargo install geckodriver`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, delimiter } from 'node:path';
import { ROOT, SEED_ARTICLE, requirePrereqs, serve } from './harness.mjs';
import { buildPackages } from '../../tools/package.mjs';

const FIREFOX = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = [process.env.GECKODRIVER, ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'geckodriver')),
  join(homedir(), '.cargo', 'bin', 'geckodriver')].find((p) => p && existsSync(p));
const missing = !existsSync(FIREFOX) ? `no Firefox at ${FIREFOX}` : !GECKODRIVER ? 'no geckodriver (cargo install geckodriver)' : null;
// CI installs both (tools/deps.sh browser): there a missing Firefox is a failure, not a skip.
if (missing && process.env.CI === 'true') throw new Error(`Firefox e2e cannot run: ${missing}`);
const why = missing;

let server;
let driver;
let tmp;

before(async () => {
  if (why) return;
  requirePrereqs();
  const { Builder } = await import('selenium-webdriver');
  const firefox = await import('selenium-webdriver/firefox.js');
  tmp = mkdtempSync(join(tmpdir(), 'lede-ff-'));
  const xpi = buildPackages(tmp).firefox; // the very package `make package` ships
  server = await serve(ROOT);
  const options = new firefox.Options().addArguments('-headless').setBinary(FIREFOX);
  driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER)).build();
  await driver.installAddon(xpi, true);
});

after(async () => {
  await driver?.quit();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function settle(path) {
  await driver.get(server.url + path);
  await driver.wait(() => driver.executeScript(
    "return ['ready', 'skipped', 'error'].includes(document.documentElement.getAttribute('data-lede-state'))"), 30000);
  return driver.executeScript(`return {
    state: document.documentElement.getAttribute('data-lede-state'),
    quotes: Number(document.documentElement.getAttribute('data-lede-quotes')),
    labels: [...document.querySelectorAll('lede-label')].map((l) => [l.getAttribute('data-lede-speaker'), l.shadowRoot && l.shadowRoot.textContent]),
  }`);
}

test('Firefox: the content script paints the seed page', { skip: why ?? false }, async () => {
  const r = await settle(`www/${SEED_ARTICLE}`);
  assert.equal(r.state, 'ready');
  assert.ok(r.quotes >= 10, `quotes: ${r.quotes}`);
  assert.equal(r.labels.length, r.quotes);
  const names = r.labels.map(([name]) => name);
  assert.ok(names.includes('Dmitry Peskov') && names.includes('Melanie Joly'), `labels: ${names}`);
  for (const [name, shadow] of r.labels) if (name) assert.equal(shadow, name);
});

test('Firefox: a strict-CSP page is painted too', { skip: why ?? false }, async () => {
  const r = await settle('tests/e2e/fixtures/strict-csp.html');
  assert.equal(r.state, 'ready');
  assert.ok(r.quotes >= 2, `quotes: ${r.quotes}`);
});

test('Firefox: "load more" paragraphs get labels too', { skip: why ?? false }, async () => {
  const first = await settle('tests/e2e/fixtures/dynamic.html');
  assert.equal(first.state, 'ready');
  await driver.executeScript('window.loadMore(2)');
  await driver.wait(() => driver.executeScript(
    `return Number(document.documentElement.getAttribute('data-lede-quotes')) >= ${first.quotes + 2}
      && document.querySelectorAll('lede-label').length === Number(document.documentElement.getAttribute('data-lede-quotes'))`), 15000);
  const names = await driver.executeScript("return [...document.querySelectorAll('lede-label')].map((l) => l.getAttribute('data-lede-speaker'))");
  assert.ok(names.includes('Rosa Delgado'), `labels: ${names}`);
});
