#!/usr/bin/env node
// package.mjs — builds the store packages of the extension: one zip for Chrome, one for Firefox.
//
// Takes extension/ (with pkg/ built by `make wasm`; pkg/content-lib.js is rebuilt first,
// tools/bundle.mjs) and its one commented manifest.json.
// Gives dist/lede-chrome-<version>.zip and dist/lede-firefox-<version>.zip (an .xpi is the
// same zip), each with a plain-JSON manifest holding only the keys that browser reads:
// Chrome keeps side_panel + background.service_worker; Firefox keeps sidebar_action +
// background.scripts + browser_specific_settings. Type declarations (pkg/*.d.ts) stay out.
// The zips are reproducible (sorted entries, fixed timestamps). Dependency-free (node:zlib).
//
//   node tools/package.mjs [OUT_DIR]     prints one line per package: path and size
//   import { buildPackages } from './tools/package.mjs'   (tests/e2e/firefox.test.mjs)

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION = join(ROOT, 'extension');
const SKIP = [/(^|\/)\./, /\.d\.ts$/, /\.map$/];

/** The manifest as JSON, `//` comment lines dropped. */
export function readManifest(dir = EXTENSION) {
  const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
  return JSON.parse(text.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n'));
}

/** The manifest one browser reads: `target` is 'chrome' or 'firefox'. */
export function manifestFor(manifest, target) {
  const m = structuredClone(manifest);
  if (target === 'chrome') {
    delete m.sidebar_action;
    delete m.browser_specific_settings;
    m.background = { service_worker: m.background.service_worker, type: m.background.type };
  } else if (target === 'firefox') {
    delete m.side_panel;
    delete m.minimum_chrome_version;
    m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
    m.background = { scripts: m.background.scripts, type: m.background.type };
  } else {
    throw new Error(`unknown target ${target}`);
  }
  return m;
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p).split('\\').join('/');
      if (SKIP.some((re) => re.test(rel))) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/** A zip (deflate) of `entries` [{ name, data: Buffer }], reproducible: fixed 1980-01-01 times. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const stored = packed.length >= data.length;
    const body = stored ? data : packed;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Writes both packages into `out`; gives { chrome, firefox } paths. */
export function buildPackages(out = join(ROOT, 'dist'), dir = EXTENSION) {
  if (!existsSync(join(dir, 'pkg', 'lede.js')) || !existsSync(join(dir, 'pkg', 'lede_bg.wasm'))) {
    throw new Error(`${dir}/pkg is not built (run \`make wasm\`)`);
  }
  if (dir === EXTENSION) bundle(); // pkg/content-lib.js from lib/ as it is now
  const manifest = readManifest(dir);
  const files = listFiles(dir).filter((f) => f !== 'manifest.json');
  mkdirSync(out, { recursive: true });
  const paths = {};
  for (const target of ['chrome', 'firefox']) {
    const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifestFor(manifest, target), null, 2)}\n`) }];
    for (const f of files) entries.push({ name: f, data: readFileSync(join(dir, f)) });
    const path = join(out, `lede-${target}-${manifest.version}.zip`);
    writeFileSync(path, zip(entries));
    paths[target] = path;
  }
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const paths = buildPackages(resolve(process.argv[2] ?? join(ROOT, 'dist')));
    for (const p of Object.values(paths)) console.log(`${relative(process.cwd(), p)}  ${(statSync(p).size / 1024).toFixed(0)} KB`);
  } catch (e) {
    console.error(`package.mjs: ${e.message}`);
    process.exit(2);
  }
}
