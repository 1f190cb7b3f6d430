#!/usr/bin/env node
// core.mjs — the WASM core's analysis time without a browser: several packages paired, page by page.
//
// Takes: `record [--corpus DIR] [--out DIR] [--pages SUBSTRING]` — a corpus of NAME/source.html
// folders (default: Mozilla's Readability test pages in ../shared/corpora), Debian's Chromium and
// extension/lib/snapshot.js; `run --pkg DIR [--pkg DIR …] [--runs N] [--snapshots DIR]` — two or
// more wasm-bindgen --target web packages (extension/pkg, /tmp/pkg-pre, …) and the recorded
// snapshots (default target/core-snapshots).
// Gives: `record` writes one JSON file per page, the snapshot collectSnapshot(document) makes in
// the page (its typed arrays as arrays; `elements` left out: the core never reads it). `run`
// loads every package into one node process and times analyzeSnapshot on each page, the
// packages in turn on the same page (their order rotated each run), N runs (default 7) after one
// warm-up pass; prints, per package, the p50 and p95 over pages of the per-page median, the sum,
// and the ratio to the first package (of p50s, of sums, and the geometric mean of per-page
// ratios), and a digest of its output on every page (≠ marks one that differs from the first
// package's: a speed change that changed the analysis).
// In Chromium (the default; `--node` runs node's older V8 instead) `--profile N` also samples
// the loop with DevTools' profiler and prints the N functions whose self time differs most
// between the packages (packages built without wasm-opt keep their function names).
// Why: bench-inpage needs a browser and two minutes per package, and its p50 moves ±10% with the
// machine's load; this pairs the packages within each page, so a change of a few percent shows
// in a few seconds, also while other builds run. The engine is node's V8, not Chromium's, and
// no page is around: bench-inpage stays the measure of record.
// Skips (exit 0, one line saying why) when the corpus, Chromium or the snapshots are missing.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../tools/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

function skip(why) {
  console.log(`bench-core: skipped — ${why}`);
  process.exit(0);
}

function options(argv) {
  const o = {
    cmd: argv[0], pkgs: [], runs: 7, pages: '',
    corpus: resolve(ROOT, '../shared/corpora/readability-test-pages'),
    snapshots: join(ROOT, 'target', 'core-snapshots'),
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pkg') o.pkgs.push(resolve(argv[++i] ?? ''));
    else if (a === '--runs') o.runs = Number.parseInt(argv[++i], 10);
    else if (a === '--pages') o.pages = argv[++i] ?? '';
    else if (a === '--node') o.node = true;
    else if (a === '--profile') o.profile = Number.parseInt(argv[++i], 10);
    else if (a === '--corpus') o.corpus = resolve(argv[++i] ?? '');
    else if (a === '--out' || a === '--snapshots') o.snapshots = resolve(argv[++i] ?? '');
    else o.bad = a;
  }
  if (o.bad || !['record', 'run'].includes(o.cmd) || (o.cmd === 'run' && !o.pkgs.length) || !(o.runs >= 1)) {
    console.error('usage: node tests/bench/core.mjs record [--corpus DIR] [--out DIR] [--pages S]\n'
      + '       node tests/bench/core.mjs run --pkg DIR [--pkg DIR …] [--runs N] [--snapshots DIR] [--pages S] [--node]');
    process.exit(2);
  }
  return o;
}

/** Loads each page in Chromium and writes the snapshot the content script would take. */
async function record(o) {
  if (!existsSync(o.corpus)) skip(`no corpus at ${o.corpus}`);
  if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const names = readdirSync(o.corpus).filter((n) => n.includes(o.pages) && existsSync(join(o.corpus, n, 'source.html'))).sort();
  const site = mkdtempSync(join(tmpdir(), 'lede-bench-core-'));
  symlinkSync(o.corpus, join(site, 'pages'));
  symlinkSync(join(ROOT, 'extension'), join(site, 'ext'));
  const server = await startServer(site, 0);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  mkdirSync(o.snapshots, { recursive: true });
  let written = 0;
  try {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const local = new URL(server.url).host;
    await context.route('**/*', (route) => (new URL(route.request().url()).host === local ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    for (const name of names) {
      try {
        await page.goto(`${server.url}pages/${name}/source.html`, { waitUntil: 'load', timeout: 20000 });
        const json = await page.evaluate(async (url) => {
          const { collectSnapshot } = await import(url);
          const s = collectSnapshot(document);
          return JSON.stringify({ title: s.title, lang: s.lang, head: s.head, nodes: s.nodes, text: s.text, parents: Array.from(s.parents), blocks: Array.from(s.blocks) });
        }, `${server.url}ext/lib/snapshot.js`);
        writeFileSync(join(o.snapshots, `${name}.json`), json);
        written++;
      } catch (e) {
        console.log(`  ${name}: ${e.message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
  console.log(`bench-core: ${written} of ${names.length} snapshots → ${o.snapshots}`);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

/**
 * The paired loop, self-contained so it runs in node and in a page alike: `pkgs` are
 * { url, wasm } (wasm: bytes or a URL), `snaps` the snapshots. Gives per package the times
 * (ms, [page][run]) and a digest (FNV-1a of the JSON of every output of the warm-up pass).
 */
async function pairedLoop(pkgs, snaps, runs) {
  const loaded = [];
  for (let k = 0; k < pkgs.length; k++) {
    const mod = await import(pkgs[k].url);
    await mod.default({ module_or_path: pkgs[k].wasm });
    loaded.push({ analyze: mod.analyzeSnapshot, times: snaps.map(() => []), h: 0x811c9dc5 });
  }
  for (let r = -1; r < runs; r++) {
    for (let i = 0; i < snaps.length; i++) {
      for (let k = 0; k < loaded.length; k++) {
        const p = loaded[(k + r + 1) % loaded.length];
        const t0 = performance.now();
        const out = p.analyze(snaps[i]);
        const dt = performance.now() - t0;
        if (r >= 0) p.times[i].push(dt);
        else {
          const j = JSON.stringify(out);
          for (let c = 0; c < j.length; c++) p.h = Math.imul(p.h ^ j.charCodeAt(c), 16777619) >>> 0;
        }
      }
    }
  }
  return loaded.map((p) => ({ times: p.times, digest: p.h.toString(16).padStart(8, '0') }));
}

const revive = (j) => ({ ...j, parents: Uint32Array.from(j.parents), blocks: Uint32Array.from(j.blocks) });

/** Times analyzeSnapshot of every package on every recorded page, the packages paired per page. */
async function run(o) {
  if (!existsSync(o.snapshots)) skip(`no snapshots at ${o.snapshots} (node tests/bench/core.mjs record)`);
  const files = readdirSync(o.snapshots).filter((f) => f.endsWith('.json') && f.includes(o.pages)).sort();
  if (!files.length) skip(`no snapshots in ${o.snapshots}`);
  for (const dir of o.pkgs) if (!existsSync(join(dir, 'lede.js'))) skip(`no package at ${dir}`);
  const started = Date.now();
  let results, engine, profiled = null;
  if (o.node) {
    const pkgs = o.pkgs.map((dir, k) => ({ url: pathToFileURL(join(dir, 'lede.js')).href + `?${k}`, wasm: readFileSync(join(dir, 'lede_bg.wasm')) }));
    const snaps = files.map((f) => revive(JSON.parse(readFileSync(join(o.snapshots, f), 'utf8'))));
    results = await pairedLoop(pkgs, snaps, o.runs);
    engine = `node ${process.version} (V8 ${process.versions.v8})`;
  } else {
    if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM} (apt-get install chromium; or --node)`);
    const site = mkdtempSync(join(tmpdir(), 'lede-bench-core-'));
    o.pkgs.forEach((dir, k) => symlinkSync(dir, join(site, `pkg${k}`)));
    symlinkSync(o.snapshots, join(site, 'snapshots'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench-core</title>');
    // Cross-origin isolated, so performance.now() ticks in 5 µs steps, not 100 µs.
    const server = await startServer(site, 0, { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}index.html`);
      const cdp = o.profile ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      results = await page.evaluate(async ({ n, files, runs, loop, reviveSrc }) => {
        const revive = eval(reviveSrc);
        const snaps = [];
        for (const f of files) snaps.push(revive(await (await fetch(`snapshots/${f}`)).json()));
        const pkgs = Array.from({ length: n }, (_, k) => ({ url: new URL(`pkg${k}/lede.js`, location.href).href, wasm: new URL(`pkg${k}/lede_bg.wasm`, location.href) }));
        return eval(`(${loop})`)(pkgs, snaps, runs);
      }, { n: o.pkgs.length, files, runs: o.runs, loop: pairedLoop.toString(), reviveSrc: revive.toString() });
      engine = `Chromium ${browser.version()}`;
      if (cdp) profiled = selfTimes((await cdp.send('Profiler.stop')).profile, o.pkgs.length);
    } finally {
      await browser.close();
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  }
  console.log(`bench-core: ${engine}, ${files.length} pages, ${o.runs} runs after a warm-up pass, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const base = results[0].times.map(median);
  const baseSum = base.reduce((a, b) => a + b, 0);
  console.log('        p50      p95       sum   ×p50   ×sum  ×pages  output     package');
  results.forEach((p, k) => {
    const med = p.times.map(median);
    const sum = med.reduce((a, b) => a + b, 0);
    const geo = Math.exp(med.reduce((a, m, i) => a + Math.log(m / base[i]), 0) / med.length);
    const f = (x) => x.toFixed(3).padStart(8);
    const same = p.digest === results[0].digest ? ' ' : '≠';
    console.log(`${f(median(med))} ${f(pct(med, 95))} ${(sum.toFixed(1)).padStart(9)} ${(median(med) / median(base)).toFixed(3).padStart(6)} ${(sum / baseSum).toFixed(3).padStart(6)} ${geo.toFixed(3).padStart(7)}  ${p.digest}${same} ${o.pkgs[k]}`);
  });
  if (profiled) {
    // Functions by self time, the largest differences between the packages first.
    const names = [...new Set(profiled.flatMap((m) => [...m.keys()]))];
    // (one package: its busiest functions)
    const spread = (n) => Math.max(...profiled.map((m) => m.get(n) ?? 0)) - (profiled.length > 1 ? Math.min(...profiled.map((m) => m.get(n) ?? 0)) : 0);
    names.sort((a, b) => spread(b) - spread(a));
    console.log(`\nprofile: self ms per package (${profiled.map((m, k) => `pkg${k} ${[...m.values()].reduce((a, b) => a + b, 0).toFixed(0)}`).join(', ')}), the ${o.profile} largest differences`);
    for (const n of names.slice(0, o.profile)) {
      console.log(`${profiled.map((m) => (m.get(n) ?? 0).toFixed(1).padStart(8)).join('')}  ${n.slice(0, 110)}`);
    }
  }
}

/** Self ms per function name, one map per package (frames from pkgK/ count for package K). */
function selfTimes(profile, n) {
  const maps = Array.from({ length: n }, () => new Map());
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const k = /\/pkg(\d+)\//.exec(f?.url ?? '')?.[1];
    if (k == null) {
      // Built-ins (JSON.parse, TextDecoder, GC) belong to no package: summed apart.
      const b = `(outside) ${f?.functionName || '(anonymous)'}`;
      maps[0].set(b, (maps[0].get(b) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      return;
    }
    const name = (process.env.CORE_KEEP_HASH ? f.functionName : f.functionName.replace(/::h[0-9a-f]{16}$/, '')) || '(anonymous)';
    maps[k].set(name, (maps[k].get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return maps;
}

const o = options(process.argv.slice(2));
await (o.cmd === 'record' ? record(o) : run(o));
