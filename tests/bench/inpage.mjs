#!/usr/bin/env node
// inpage.mjs — the in-page speed benchmark: Lede vs Readability.js vs a bare text walk.
//
// Takes: ../shared/corpora/readability-test-pages/*/source.html (Mozilla's 130 test pages),
// the built WASM package in extension/pkg (`make build`), extension/lib (snapshot, ranges,
// overlay), npm @mozilla/readability and Debian's Chromium (/usr/bin/chromium or
// $LEDE_CHROMIUM). Options: --runs N (default 5), --pages SUBSTRING (only matching page
// folders), --verbose (one line per page), --json FILE (per-page medians, for later analysis),
// --profile (CPU-profile the Lede runs through DevTools and print the --top N (default 25) functions with the most
// self time — JS and WASM alike — to find where the time goes; timings are then inflated),
// --pkg DIR (another wasm-bindgen --target web package instead of extension/pkg, e.g. one made
// without wasm-opt so the profile names WASM functions), --ext DIR (another copy of extension/
// whose lib/ is measured, to try a change to snapshot or painting before making it).
// --trace-deopt (run Chromium with V8's --trace-deopt and print, per function of extension/lib,
// how often V8 threw its optimised code away: ARCHITECTURE.md wants none in snapshot.js).
// --fresh (each page in a new tab from its own site, pN.localhost: a fresh renderer process, as
// a reader's first article of a site gets; without it one tab and one origin serve every page,
// so V8 keeps the WASM module compiled — and its hot functions optimised — from page to page).
// --one-task (first, before any other Lede call in the page: analyzeDocument(document) six
// times back to back in one task, the first call apart and the median of the other five).
//
// What the numbers stand for. Without --fresh the analysis is the core warm, its
// code compiled and tiered up by the pages before: what the extension's background worker
// gives, where the core now runs for every page. The snapshot and the paint run in the page,
// where a reader's page runs them once, cold: see "snapshot, first run" and `make
// bench-extension`. A page that compiled the module itself paid ~60 ms on its first call and
// stayed at Liftoff speed within that task (--fresh --one-task), which bench-inpage never
// showed.
//
// Gives, on stdout: for one headless Chromium run over every page, the per-page median of N
// runs of (a) Lede = collectSnapshot(document) + analyzeSnapshot(snap), snapshot and analysis
// also apart, (b) painting the overlay as content.js does (locator + Overlay), (c) Readability.js
// `new Readability(document.cloneNode(true)).parse()`, (d) a TreeWalker pass collecting all text;
// then p50/p95 over pages, the ratios against Readability, the style recalculations the Lede
// span forces (Blink's RecalcStyleCount: a count, so machine noise cannot move it), the targets
// (Lede p50 ≤ 0.5 × Readability p50, Lede p95 ≤ 25 ms, no task over 50 ms), pages whose longest
// single Lede main-thread task (any run incl. the cold first one) exceeds 50 ms, the WASM size (raw, gzip -9) and the WASM memory after analysing the largest page.
// Skips (exit 0, one line saying why) when the corpus, the package or Chromium is missing.
//
// How: a temp dir of symlinks (pages/, ext/ → extension/, pkg/, bench/ → tests/bench/inpage/,
// readability.js) served by tools/serve.mjs on 127.0.0.1, cross-origin isolated (5 µs timers); every other request is aborted so no
// page waits on the network. tests/bench/inpage/probe.js is imported into each page and each
// measured unit is its own page.evaluate (its own main-thread task); runs are interleaved
// (walk, Lede, Readability, walk, …) so machine noise hits all three alike. A Lede run is
// split into tasks as content.js splits it: the walk in ~8 ms slices, the analysis (in the
// page here; content.js sends it to the background), then the paint in overlay.js batches
// that yield every ~8 ms. Phase times are busy time (the waits between tasks excluded;
// snapshot and paint = the sum of their slices) and the long-task check takes the longest
// single task of a run — a walk slice, the analysis or a paint slice — so a phase that is
// itself over 50 ms on some page is still reported, naming the phase. The style-recalc count
// spans the whole run, rendering updates between its tasks included.

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../tools/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let PAGES = resolve(ROOT, '../shared/corpora/readability-test-pages');
const EXTENSION = join(ROOT, 'extension');
const READABILITY = join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js');
const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
const TARGET_RATIO = 0.5;
const TARGET_P95_MS = 25;
const LONG_TASK_MS = 50;
/** Set when some page was not cross-origin isolated (its timer then ticks in 0.1 ms steps). */
let timerCoarse = false;
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

function options(argv) {
  const o = { runs: 5, pages: '', verbose: false, json: null, profile: false, traceDeopt: false, pkg: join(EXTENSION, 'pkg'), ext: EXTENSION };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number.parseInt(argv[++i], 10);
    else if (a === '--pages') o.pages = argv[++i] ?? '';
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--profile') o.profile = true;
    else if (a === '--trace-deopt') o.traceDeopt = true;
    else if (a === '--pkg') o.pkg = resolve(argv[++i] ?? '');
    else if (a === '--ext') o.ext = resolve(argv[++i] ?? '');
    else if (a === '--top') o.top = Number.parseInt(argv[++i], 10);
    else if (a === '--fresh') o.fresh = true;
    else if (a === '--one-task') o.oneTask = true;
    else if (a === '--corpus') PAGES = resolve(argv[++i] ?? '');
    else if (a === '--hot-out') { o.hotOut = resolve(argv[++i] ?? ''); o.profile = true; }
    else {
      console.error(`inpage.mjs: unknown argument ${a}\nusage: node tests/bench/inpage.mjs [--fresh] [--one-task] [--runs N] [--pages SUBSTRING] [--verbose] [--json FILE] [--profile] [--trace-deopt] [--pkg DIR] [--ext DIR] [--corpus DIR] [--hot-out FILE]`);
      process.exit(2);
    }
  }
  if (!(o.runs >= 1)) { console.error('inpage.mjs: --runs wants a positive number'); process.exit(2); }
  return o;
}

function skip(why) {
  console.log(`bench-inpage: skipped — ${why}`);
  process.exit(0);
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile over the non-null values. */
const pct = (xs, p) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};
const ms = (x) => (x == null ? '     –' : x.toFixed(2).padStart(6));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes) => `${(bytes / 1048576).toFixed(2)} MiB`;

/** Serves pages, extension, probe and Readability.js from one origin (module imports need it). */
function stageSite(ext, pkg) {
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-inpage-'));
  symlinkSync(PAGES, join(dir, 'pages'));
  symlinkSync(ext, join(dir, 'ext'));
  symlinkSync(pkg, join(dir, 'pkg'));
  symlinkSync(join(ROOT, 'tests', 'bench', 'inpage'), join(dir, 'bench'));
  symlinkSync(READABILITY, join(dir, 'readability.js'));
  return dir;
}

/** Loads one test page with the probe ready; gives the WASM memory size before analysis. */
async function openPage(page, base, name) {
  await page.goto(`${base}pages/${name}/source.html`, { waitUntil: 'load', timeout: 20000 });
  await page.addStyleTag({ url: `${base}ext/lib/overlay.css` });
  await page.addScriptTag({ url: `${base}readability.js` });
  const [memory, isolated] = await page.evaluate(async (url) => {
    window.__probe = await import(url);
    return [await window.__probe.setup(), window.crossOriginIsolated];
  }, `${base}bench/probe.js`);
  if (!isolated) timerCoarse = true;
  return memory;
}

/**
 * Self time per function from DevTools CPU profiles (--profile): a Map of
 * "function  file:line" → ms, summed over every profile given to add().
 */
class SelfTimes {
  constructor() { this.ms = new Map(); }
  add(profile) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const file = f.url ? f.url.split('/').pop() : '';
      const key = `${f.functionName || '(anonymous)'}  ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
      this.ms.set(key, (this.ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  print(top = 25) {
    // (program) is mostly the profiler's own start-up and the wait for the next evaluate.
    const rows = [...this.ms].filter(([k]) => !/^\((program|idle|root)\)/.test(k));
    const total = rows.reduce((a, [, v]) => a + v, 0);
    console.log(`\nprofile of the Lede runs: self time, ${total.toFixed(0)} ms sampled outside (program)/(idle); WASM functions are named when the .wasm keeps its name section`);
    for (const [k, v] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k.slice(0, 150)}`);
    }
    const byFile = new Map();
    for (const [k, v] of rows) {
      const file = k.split('  ')[1]?.replace(/:\d+$/, '') || '(browser built-ins, GC)';
      byFile.set(file, (byFile.get(file) ?? 0) + v);
    }
    console.log('  by file:', [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8)
      .map(([f, v]) => `${f} ${((100 * v) / total).toFixed(0)}%`).join(', '));
  }
  /** Every sampled WASM function (as the module's name section names it) with its self ms. */
  wasm() {
    return [...this.ms].filter(([k]) => k.endsWith('  lede_bg.wasm:1'))
      .map(([k, v]) => [k.slice(0, -'  lede_bg.wasm:1'.length), v]).sort((x, y) => y[1] - x[1]);
  }
}

/**
 * --trace-deopt: V8 prints each bailout on the browser's stdout, which Playwright passes to its
 * `pw:browser` debug log (stderr) when DEBUG asks for it. Set before playwright-core is loaded;
 * gives print(), the bailouts counted by function and reason for the files of extension/lib.
 */
function watchDeopts() {
  process.env.DEBUG = 'pw:browser';
  const counts = new Map();
  const write = process.stderr.write.bind(process.stderr);
  let lines = 0;
  process.stderr.write = (chunk, ...rest) => {
    const text = String(chunk);
    if (!text.includes('pw:browser')) return write(chunk, ...rest);
    for (const line of text.split('\n')) {
      const m = /\[bailout \(kind: [^,]*, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*)/.exec(line);
      if (m) { lines++; const key = `${m[2] || '(anonymous)'}: ${m[1]}`; counts.set(key, (counts.get(key) ?? 0) + 1); }
    }
    return true;
  };
  // Names of the functions in extension/lib, to tell ours from the page's and Readability's.
  return {
    print() {
      const ours = new Set();
      for (const f of readdirSync(join(EXTENSION, 'lib')).filter((f) => f.endsWith('.js'))) {
        const src = readFileSync(join(EXTENSION, 'lib', f), 'utf8');
        for (const m of src.matchAll(/^\s*(?:export\s+)?(?:async\s+)?(?:function\s+)?([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{/gm)) ours.add(m[1]);
      }
      const rows = [...counts].filter(([k]) => ours.has(k.split(':')[0])).sort((a, b) => b[1] - a[1]);
      console.log(`\nV8 bailouts (--trace-deopt): ${lines} in all, ${rows.reduce((a, [, n]) => a + n, 0)} in functions of extension/lib`);
      for (const [k, n] of rows) console.log(`  ${String(n).padStart(5)}  ${k}`);
    },
  };
}

/** Blink's counters (Performance domain): RecalcStyleCount, LayoutCount, … */
async function metrics(cdp) {
  return Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
}

async function measurePage(page, cdp, base, name, runs, profiler, oneTask) {
  const memoryBefore = await openPage(page, base, name);
  // --one-task: before anything else of Lede's runs in the page, analyzeDocument(document) six
  // times back to back in one task (the first call apart, the median of the other five).
  const six = oneTask ? await page.evaluate(() => window.__probe.six()) : null;
  const rec = { walk: [], lede: [], readability: [] };
  for (let i = 0; i < runs; i++) {
    rec.walk.push(await page.evaluate(() => window.__probe.walk()));
    if (profiler) await profiler.cdp.send('Profiler.start');
    const before = await metrics(cdp);
    const run = await page.evaluate(() => window.__probe.lede());
    const after = await metrics(cdp);
    run.recalcs = after.RecalcStyleCount - before.RecalcStyleCount;
    rec.lede.push(run);
    if (profiler) profiler.times.add((await profiler.cdp.send('Profiler.stop')).profile);
    rec.readability.push(await page.evaluate(() => window.__probe.readability()));
  }
  const L = rec.lede;
  const worst = L.reduce((a, b) => (b.task > a.task ? b : a));
  return {
    name,
    bytes: statSync(join(PAGES, name, 'source.html')).size,
    walk: median(rec.walk.map((r) => r.total)),
    snapshot: median(L.map((r) => r.snapshot)),
    analysis: median(L.map((r) => r.analysis)),
    lede: median(L.map((r) => r.snapshot + r.analysis)),
    paint: median(L.map((r) => r.paint)),
    cold: L[0].snapshot + L[0].analysis,
    coldSnapshot: L[0].snapshot,
    longest: worst.task,
    longestRun: L.indexOf(worst) + 1,
    longestParts: [worst.snapshot, worst.analysis, worst.paint, worst.batches, worst.batchMax],
    longestSpan: Math.max(...L.map((r) => r.span)),
    runs: L.map(({ snapshot, analysis, paint, span, task, batches, batchMax, recalcs }) => ({ snapshot, analysis, paint, span, task, batches, batchMax, recalcs })),
    readability: median(rec.readability.map((r) => r.total)),
    readabilityParse: median(rec.readability.map((r) => r.parse)),
    clone: median(rec.readability.map((r) => r.clone)),
    recalcs: median(L.map((r) => r.recalcs)),
    sixFirst: six?.first ?? null,
    sixWarm: six?.warm ?? null,
    quotes: L[0].quotes,
    ledeChars: L[0].textLength,
    readabilityChars: rec.readability[0].textLength,
    memoryBefore,
    memoryAfter: Math.max(...L.map((r) => r.memory)),
  };
}

function report(rows, failures, opts) {
  const col = (k) => rows.map((r) => r[k]);
  const line = (label, k, note = '') => console.log(
    `  ${label.padEnd(34)} ${ms(pct(col(k), 50))} ${ms(pct(col(k), 95))} ${ms(Math.max(...col(k).filter((x) => x != null)))}${note}`,
  );
  console.log(`\nper-page medians of ${opts.runs} runs over ${rows.length} pages (ms)${failures.length ? `, ${failures.length} pages failed` : ''}`);
  console.log(`  ${''.padEnd(34)}    p50    p95    max`);
  line('Lede (snapshot + analysis)', 'lede');
  line('  snapshot (collectSnapshot, JS)', 'snapshot');
  line('  analysis (analyzeSnapshot, WASM)', 'analysis');
  line('  Lede, cold first run', 'cold');
  line('  snapshot, first run', 'coldSnapshot');
  line('paint (locator + Overlay)', 'paint', `   (${rows.filter((r) => r.paint != null).length} pages painted)`);
  line('Readability.js (clone + parse)', 'readability');
  line('  parse() alone', 'readabilityParse');
  line('  document.cloneNode(true)', 'clone');
  line('TreeWalker text pass (floor)', 'walk');
  if (opts.oneTask) {
    line('analyzeDocument ×6, one task: 1st', 'sixFirst');
    line('  median of the other five', 'sixWarm', `   (${(pct(col('sixWarm'), 50) / pct(col('readability'), 50)).toFixed(2)} × Readability p50)`);
  }

  const p = (k, q) => pct(col(k), q);
  const r50 = p('lede', 50) / p('readability', 50);
  const r95 = p('lede', 95) / p('readability', 95);
  console.log(`\nratios  Lede/Readability p50 ${r50.toFixed(2)}, p95 ${r95.toFixed(2)}; vs parse() alone p50 ${(p('lede', 50) / p('readabilityParse', 50)).toFixed(2)}; Lede/floor p50 ${(p('lede', 50) / p('walk', 50)).toFixed(1)}×`);
  const recalcs = col('recalcs');
  console.log(`        style recalculations forced inside the Lede span (Blink RecalcStyleCount, noise-free): p50 ${pct(recalcs, 50)}, p95 ${pct(recalcs, 95)}, max ${Math.max(...recalcs)} (${rows.find((r) => r.recalcs === Math.max(...recalcs)).name})`);
  const withPaint = rows.map((r) => r.lede + (r.paint ?? 0));
  console.log(`        Lede + paint p50 ${ms(pct(withPaint, 50)).trim()} ms, p95 ${ms(pct(withPaint, 95)).trim()} ms`);

  const long = rows.filter((r) => r.longest > LONG_TASK_MS).sort((a, b) => b.longest - a.longest);
  const ok = (b) => (b ? 'MET ' : 'MISSED');
  console.log('\ntargets');
  console.log(`  ${ok(r50 <= TARGET_RATIO)} Lede p50 ≤ ${TARGET_RATIO} × Readability p50   (${r50.toFixed(2)})`);
  console.log(`  ${ok(p('lede', 95) <= TARGET_P95_MS)} Lede p95 ≤ ${TARGET_P95_MS} ms                  (${p('lede', 95).toFixed(2)} ms)`);
  console.log(`  ${ok(long.length === 0)} no Lede task > ${LONG_TASK_MS} ms              (${long.length} pages; longest single task = phase or paint batch)`);
  const spans = rows.filter((r) => r.longestSpan > LONG_TASK_MS).length;
  console.log(`         (for reference: ${spans} pages where snapshot + analysis + paint together exceed ${LONG_TASK_MS} ms in some run)`);
  for (const r of long) {
    const [s, a, pt, n, b] = r.longestParts;
    const which = r.longest === a ? 'analysis' : r.longest === b ? 'a paint batch' : 'a walk slice';
    console.log(`    ${r.name.padEnd(34)} ${r.longest.toFixed(1)} ms (${which}) in run ${r.longestRun} (snapshot ${s.toFixed(1)}, analysis ${a.toFixed(1)}, paint ${ms(pt).trim()} in ${n} batches, longest ${ms(b).trim()}; medians ${r.snapshot.toFixed(1)}/${r.analysis.toFixed(1)}/${ms(r.paint).trim()}; ${kb(r.bytes)} HTML)`);
  }

  console.log('\nslowest pages for Lede (median ms)');
  for (const r of [...rows].sort((a, b) => b.lede - a.lede).slice(0, 5)) {
    console.log(`  ${r.name.padEnd(34)} Lede ${ms(r.lede)} = snapshot ${ms(r.snapshot)} + analysis ${ms(r.analysis)}; paint ${ms(r.paint)}; Readability ${ms(r.readability)}; ${kb(r.bytes)} HTML, ${r.ledeChars} chars`);
  }

  const wasm = readFileSync(join(opts.pkg, 'lede_bg.wasm'));
  console.log(`\nwasm    ${relative(ROOT, opts.pkg)}/lede_bg.wasm ${wasm.length} bytes (${kb(wasm.length)}), ${gzipSync(wasm, { level: 9 }).length} gzipped (${kb(gzipSync(wasm, { level: 9 }).length)}); target ≤ 250 KB gzipped`);
  const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const most = rows.reduce((a, b) => (b.memoryAfter > a.memoryAfter ? b : a));
  console.log(`memory  largest page ${largest.name} (${kb(largest.bytes)} HTML): WASM memory ${mib(largest.memoryAfter)} after analysis (${mib(largest.memoryBefore)} after init)`);
  console.log(`        most on any page: ${mib(most.memoryAfter)} (${most.name})`);
  for (const f of failures) console.log(`failed  ${f.name}: ${f.error}`);
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(PAGES)) skip(`${PAGES} is absent (the corpora live in ../shared)`);
  if (!existsSync(join(opts.pkg, 'lede_bg.wasm')) || !existsSync(join(opts.pkg, 'lede.js'))) skip(`${opts.pkg} is missing the WASM package (run \`make build\`)`);
  if (!existsSync(READABILITY)) skip('node_modules/@mozilla/readability is missing (run `npm ci`)');
  if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const deopts = opts.traceDeopt ? watchDeopts() : null;
  const { chromium } = await import('playwright-core');

  const names = readdirSync(PAGES)
    .filter((n) => n.includes(opts.pages) && existsSync(join(PAGES, n, 'source.html')))
    .sort();
  if (!names.length) skip(`no page folder matches ${JSON.stringify(opts.pages)}`);

  const site = stageSite(opts.ext, opts.pkg);
  // Cross-origin isolation (every other origin is aborted anyway): performance.now() then
  // ticks in 5 µs steps instead of 100 µs, which matters for phases of a millisecond or two.
  const server = await startServer(site, 0, { headers: ISOLATION });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-dev-shm-usage', ...(deopts ? ['--js-flags=--trace-deopt'] : []),
      ...(opts.fresh ? ['--site-per-process'] : [])],
  });
  const version = browser.version();
  const started = Date.now();
  const rows = [];
  const failures = [];
  let profiler = null;
  try {
    // bypassCSP: a few pages carry a CSP <meta> that would refuse our module and WASM.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const local = new URL(server.url).host;
    const port = new URL(server.url).port;
    const ours = (host) => host === local || (opts.fresh && new RegExp(`^p\\d+\\.localhost:${port}$`).test(host));
    await context.route('**/*', (route) => (ours(new URL(route.request().url()).host) ? route.continue() : route.abort()));
    /** A tab with its CDP session (Blink's counters, the profiler). */
    const open = async () => {
      const page = await context.newPage();
      page.on('dialog', (d) => d.dismiss().catch(() => {}));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      return { page, cdp };
    };
    let tab = await open();
    if (opts.profile) {
      profiler = { cdp: tab.cdp, times: new SelfTimes() };
      await profiler.cdp.send('Profiler.enable');
      await profiler.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    let k = 0;
    for (const name of names) {
      try {
        // --fresh: each page in a new tab from its own site (a new renderer process), as a
        // reader's first article of a site; else one tab and one origin for every page.
        if (opts.fresh) {
          await tab.page.close();
          tab = await open();
        }
        // pN.localhost: Chromium sends it to the loopback itself, and it is a secure context,
        // so the page is cross-origin isolated (5 µs timers) as on 127.0.0.1.
        const base = opts.fresh ? `http://p${++k}.localhost:${port}/` : server.url;
        const row = await measurePage(tab.page, tab.cdp, base, name, opts.runs, opts.fresh ? null : profiler, opts.oneTask);
        rows.push(row);
        if (opts.verbose) {
          console.log(`${name.padEnd(36)} Lede ${ms(row.lede)} (snap ${ms(row.snapshot)} + wasm ${ms(row.analysis)}) paint ${ms(row.paint)} Readability ${ms(row.readability)} walk ${ms(row.walk)} longest ${ms(row.longest)}`);
        }
      } catch (e) {
        failures.push({ name, error: e.message.split('\n')[0] });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
  if (!rows.length) {
    console.error(`bench-inpage: every page failed, e.g. ${failures[0]?.name}: ${failures[0]?.error}`);
    process.exit(1);
  }
  console.log(`bench-inpage: Chromium ${version}, ${opts.fresh ? 'each page in a fresh renderer (own site, new tab)' : 'one tab and renderer for every page'}, ${rows.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s, timer ${timerCoarse ? '0.1 ms steps on some pages (not cross-origin isolated)' : '5 µs steps (cross-origin isolated)'}`);
  report(rows, failures, opts);
  profiler?.times.print(opts.top || 25);
  if (opts.hotOut && profiler) {
    // Self ms and name, busiest first: what `tools/wasm-hot.mjs select` reads.
    const rows = profiler.times.wasm();
    writeFileSync(opts.hotOut, rows.map(([k, v]) => `${v.toFixed(2)} ${k}`).join('\n') + '\n');
    console.log(`hot profile: ${rows.length} WASM functions → ${opts.hotOut}`);
  }
  deopts?.print();
  if (opts.json) writeFileSync(opts.json, JSON.stringify(rows, null, 1));
}

await main();
