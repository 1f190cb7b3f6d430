// firefox.test.mjs — the same unpacked extension (one manifest) in Firefox ESR.
//
// Takes extension/ (zipped here into a temporary .xpi, installed as a temporary add-on),
// /usr/bin/firefox-esr and geckodriver ($GECKODRIVER, else on PATH or ~/.cargo/bin); npm
// selenium-webdriver drives it (GUIDE §6). Checks that the content script settles "ready" on
// the seed page with ≥10 quotes and Peskov/Joly labels, and paints a strict-CSP page too.
// Skips, saying why, when Firefox or geckodriver is not installed (`make deps` does not
// install them: `apt-get install firefox-esr`, `cargo install geckodriver`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { tmpdir, homedir } from 'node:os';
import { join, relative, delimiter } from 'node:path';
import { ROOT, EXTENSION, SEED_ARTICLE, requirePrereqs, serve } from './harness.mjs';

const FIREFOX = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = [process.env.GECKODRIVER, ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'geckodriver')),
  join(homedir(), '.cargo', 'bin', 'geckodriver')].find((p) => p && existsSync(p));
const why = !existsSync(FIREFOX) ? `no Firefox at ${FIREFOX}` : !GECKODRIVER ? 'no geckodriver (cargo install geckodriver)' : null;

/** A stored (uncompressed) zip of `dir`: enough for Firefox to install an add-on. */
function zipDir(dir, out) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const dirBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...locals, dirBytes, end]));
}

let server;
let driver;
let tmp;

before(async () => {
  if (why) return;
  requirePrereqs();
  const { Builder } = await import('selenium-webdriver');
  const firefox = await import('selenium-webdriver/firefox.js');
  tmp = mkdtempSync(join(tmpdir(), 'lede-ff-'));
  const xpi = join(tmp, 'lede.xpi');
  zipDir(EXTENSION, xpi);
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
