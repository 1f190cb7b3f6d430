#!/usr/bin/env node
// extension.mjs — `make bench-extension`: time to insight and main-thread cost of the real
// extension, cold, as a reader's first article of a site gets it.
//
// Takes: the unpacked extension (extension/, with pkg/ from `make build`), Mozilla's 130
// Readability test pages (../shared/corpora/readability-test-pages) and Debian's Chromium
// (/usr/bin/chromium or $LEDE_CHROMIUM). Options: --limit N (the first N pages), --pages
// SUBSTRING, --verbose (one line per page), --json FILE (the per-page rows), --extension DIR
// (another unpacked build, e.g. a copy of extension/ before a change, for paired A/B runs).
// Gives, on stdout: first the reference line of ../shared/tools/time_to_ready.mjs, computed the
// same way from the same kind of run (load event → data-lede-state settled, p50/p95 over the
// ready pages; long tasks > 50 ms from the load event on); then what that line cannot say:
// every long task from navigation start on, each put in the Lede phase it falls in (content.js
// emits a `lede:<phase>` performance measure per phase and `lede:busy:<phase>` per stretch of
// its own main-thread work: init, import, hello, snapshot, send, analysis, wasm, paint, report), the
// phases' p50/p95, and Lede's main-thread time per page (the sum of its busy stretches up to
// the first settle: the JS it runs, its scripts' evaluation included; the parsing of its two
// scripts before they run, the reply's deserialisation, GC, and the style/layout its paint
// causes later are not in it).
// Skips (exit 0, one line) when the corpus, the package or Chromium is missing.
//
// How, as the reference script: each page in a new tab from its own site (pN.test mapped to
// 127.0.0.1 with --site-per-process: a fresh renderer, nothing compiled for an earlier page),
// every other request aborted, an init script observing `longtask` entries and the state.
import http from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../tools/bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = resolve(ROOT, '../shared/corpora/readability-test-pages');
let EXTENSION = join(ROOT, 'extension');
const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
const LONG_MS = 50;
const BUDGET = { p50: 50, p95: 100 };

function skip(why) {
  console.log(`bench-extension: skipped — ${why}`);
  process.exit(0);
}

function options(argv) {
  const o = { limit: Infinity, pages: '', verbose: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') o.limit = Number.parseInt(argv[++i], 10);
    else if (a === '--pages') o.pages = argv[++i] ?? '';
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--extension') EXTENSION = resolve(argv[++i] ?? '');
    else {
      console.error(`extension.mjs: unknown argument ${a}\nusage: node tests/bench/extension.mjs [--limit N] [--pages SUBSTRING] [--verbose] [--json FILE] [--extension DIR]`);
      process.exit(2);
    }
  }
  return o;
}

/** The reference script's quantile: s[min(n-1, floor(p n))] over the finite values. */
const q = (a, p) => {
  const s = a.filter(Number.isFinite).sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

/** In the page, before any of its scripts: long tasks and the moment the state settles. */
function observePage() {
  window.__lt = [];
  window.__settled = null;
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: none are reported.
  }
  new MutationObserver(() => {
    const s = document.documentElement?.dataset.ledeState;
    if (!window.__settled && (s === 'ready' || s === 'skipped' || s === 'error')) window.__settled = [s, performance.now()];
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-lede-state'] });
}

/** What one page gives: state, load and settle times, long tasks, Lede's measures. */
function readPage() {
  const nav = performance.getEntriesByType('navigation')[0];
  const load = nav.loadEventEnd;
  const [s, t] = window.__settled;
  const measures = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('lede:'))
    .map((e) => [e.name.slice(5), e.startTime, e.duration]);
  return { s, load, dcl: nav.domContentLoadedEventEnd, settled: t, after: t - load, lt: window.__lt, measures };
}

/**
 * The phase a long task [start, start + d) belongs to: a busy stretch of Lede's it overlaps
 * ("lede:<phase>", Lede's own work), else the Lede phase whose span holds its start ("during
 * <phase>": the browser's part of that phase, e.g. compiling an imported module, or the
 * page's own task that ran meanwhile), else "page".
 */
function phaseOf([start, d], measures) {
  const end = start + d;
  let best = null;
  for (const [name, s, dur] of measures) {
    if (!name.startsWith('busy:')) continue;
    const overlap = Math.min(end, s + dur) - Math.max(start, s);
    if (overlap > 0 && (!best || overlap > best[1])) best = [name.slice(5), overlap];
  }
  if (best) return `lede:${best[0]}`;
  const inside = measures.filter(([name, s, dur]) => !name.startsWith('busy:') && !['run', 'start', 'core'].includes(name) && start >= s && start < s + dur);
  if (inside.length) return `during ${inside.sort((a, b) => a[2] - b[2])[0][0]}`;
  const run = measures.find(([name]) => name === 'start');
  if (run && start >= run[1] && start < run[1] + run[2]) return 'during start';
  return 'page';
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(PAGES)) skip(`${PAGES} is absent (the corpora live in ../shared)`);
  if (!existsSync(join(EXTENSION, 'pkg', 'lede_bg.wasm'))) skip('extension/pkg is missing the WASM package (run `make build`)');
  if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  if (EXTENSION === join(ROOT, 'extension')) bundle(); // pkg/content-lib.js from lib/ as it is now (make build does it too)
  const names = readdirSync(PAGES)
    .filter((n) => n.includes(opts.pages) && existsSync(join(PAGES, n, 'source.html')))
    .sort().slice(0, opts.limit);
  if (!names.length) skip(`no page folder matches ${JSON.stringify(opts.pages)}`);

  // The reference script's server: every file as text/html, nothing else.
  const srv = http.createServer((req, res) => {
    const p = join(PAGES, decodeURIComponent(req.url.split('?')[0]));
    if (p.startsWith(PAGES) && existsSync(p) && statSync(p).isFile()) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(p));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => { srv.listen(0, '127.0.0.1', r); });
  const { port } = srv.address();
  const profile = mkdtempSync(join(tmpdir(), 'lede-bench-ext-'));
  const load0 = loadavg()[0];
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--host-resolver-rules=MAP *.test 127.0.0.1', '--site-per-process'],
  });
  const local = (u) => /^http:\/\/p\d+\.test:\d+\//.test(u);
  await ctx.route((u) => !local(u.href) && !u.href.startsWith('chrome-extension://'), (r) => r.abort());
  await ctx.addInitScript(observePage);
  const started = Date.now();
  const rows = [];
  let k = 0;
  try {
    for (const n of names) {
      const page = await ctx.newPage();
      k++;
      try {
        await page.goto(`http://p${k}.test:${port}/${n}/source.html`, { waitUntil: 'load', timeout: 20000 });
        await page.waitForFunction(() => window.__settled, null, { timeout: 15000 });
        rows.push({ n, ...(await page.evaluate(readPage)) });
      } catch (e) {
        rows.push({ n, s: 'timeout', after: NaN, lt: [], measures: [], error: e.message.split('\n')[0] });
      }
      await page.close();
    }
  } finally {
    await ctx.close();
    srv.close();
    rmSync(profile, { recursive: true, force: true });
  }
  report(rows, opts, { seconds: (Date.now() - started) / 1000, load0, load1: loadavg()[0] });
}

function report(rows, opts, run) {
  const ready = rows.filter((r) => r.s === 'ready');
  // 1. The reference line (../shared/tools/time_to_ready.mjs), same formulas.
  const ltAfter = rows.map((r) => r.lt.filter(([st]) => st >= r.load - 1));
  const lt = ltAfter.flat().map((x) => x[1]);
  const p50 = q(ready.map((r) => r.after), 0.5);
  const p95 = q(ready.map((r) => r.after), 0.95);
  console.log(`time_to_ready pages=${rows.length} ready=${ready.length} skipped=${rows.filter((r) => r.s === 'skipped').length} other=${rows.filter((r) => !['ready', 'skipped'].includes(r.s)).length} `
    + `after_load_p50=${p50.toFixed(1)}ms p95=${p95.toFixed(1)}ms `
    + `long_tasks=${lt.length} longest=${Math.max(0, ...lt).toFixed(0)}ms pages_with_long_task=${ltAfter.filter((l) => l.length).length}`);
  console.log(`bench-extension: ${EXTENSION}, ${rows.length} pages in ${run.seconds.toFixed(0)} s; load average ${run.load0.toFixed(2)} at the start, ${run.load1.toFixed(2)} at the end (a shared machine: timings move with it)`);

  // 2. Every long task from navigation start, by phase.
  const all = rows.flatMap((r) => r.lt.map((t) => ({ n: r.n, start: t[0], d: t[1], afterLoad: t[0] >= r.load - 1, phase: phaseOf(t, r.measures) })));
  const byPhase = new Map();
  for (const t of all) byPhase.set(t.phase, [...(byPhase.get(t.phase) ?? []), t]);
  const ledes = all.filter((t) => t.phase.startsWith('lede:'));
  console.log(`\nlong tasks (> ${LONG_MS} ms) from navigation start: ${all.length} on ${new Set(all.map((t) => t.n)).size} pages; ${ledes.length} overlap Lede's own work`);
  for (const [phase, ts] of [...byPhase].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${phase.padEnd(22)} ${String(ts.length).padStart(3)}  longest ${Math.max(...ts.map((t) => t.d)).toFixed(0)} ms  (${ts.filter((t) => t.afterLoad).length} after load)  e.g. ${ts.slice(0, 3).map((t) => `${t.n} ${t.d.toFixed(0)}`).join(', ')}`);
  }

  // 3. Phases and Lede's main-thread time.
  const phaseNames = ['start', 'wait', 'import', 'hello', 'snapshot', 'analysis', 'core', 'wasm', 'analysis-here', 'paint', 'run'];
  const busyNames = ['init', 'snapshot', 'send', 'analysis', 'paint', 'report', 'recheck'];
  const sum = (r, name) => r.measures.filter(([m]) => m === name).reduce((a, [, , d]) => a + d, 0);
  const has = (r, name) => r.measures.some(([m]) => m === name);
  console.log(`\nphases over the settled pages (ms; spans include waits, busy = Lede's own main-thread work)`);
  console.log(`  ${''.padEnd(30)}  pages    p50    p95    max`);
  const line = (label, xs) => console.log(`  ${label.padEnd(30)} ${String(xs.length).padStart(6)} ${f1(q(xs, 0.5)).padStart(6)} ${f1(q(xs, 0.95)).padStart(6)} ${f1(Math.max(...xs)).padStart(6)}`);
  const settled = rows.filter((r) => r.measures.length);
  line('load event → settled (ready)', ready.map((r) => r.after));
  // Not moved by when the load event comes: from the start of navigation, and from the end of
  // DOMContentLoaded (a settle before the load event gives a negative time above).
  line('navigation start → settled', ready.map((r) => r.settled));
  line('DOMContentLoaded → settled', ready.map((r) => r.settled - r.dcl));
  line('DOMContentLoaded → load event', ready.map((r) => r.load - r.dcl));
  line('content.js start → settled', settled.filter((r) => has(r, 'start')).map((r) => r.settled - r.measures.find(([m]) => m === 'start')[1]));
  for (const p of phaseNames) {
    const xs = settled.filter((r) => has(r, p)).map((r) => sum(r, p));
    if (xs.length) line(`span ${p}`, xs);
  }
  for (const p of busyNames) {
    const xs = settled.filter((r) => has(r, `busy:${p}`)).map((r) => sum(r, `busy:${p}`));
    if (xs.length) line(`busy ${p}`, xs);
  }
  const total = settled.map((r) => r.measures.filter(([m]) => m.startsWith('busy:')).reduce((a, [, , d]) => a + d, 0));
  line('Lede main-thread time per page', total);
  const maxBusy = settled.map((r) => Math.max(0, ...r.measures.filter(([m]) => m.startsWith('busy:')).map(([, , d]) => d)));
  line('longest busy stretch per page', maxBusy);
  // Not moved by the load: how many tasks (busy stretches) Lede's run is cut into; each
  // yield between them waits behind whatever else the machine runs.
  line('Lede busy stretches per page', settled.map((r) => r.measures.filter(([m]) => m.startsWith('busy:')).length));

  console.log('\ntargets');
  const ok = (b) => (b ? 'MET   ' : 'MISSED');
  console.log(`  ${ok(p50 <= BUDGET.p50)} time to insight p50 ≤ ${BUDGET.p50} ms   (${p50.toFixed(1)})`);
  console.log(`  ${ok(p95 <= BUDGET.p95)} time to insight p95 ≤ ${BUDGET.p95} ms  (${p95.toFixed(1)})`);
  console.log(`  ${ok(ledes.length === 0)} no long task overlapping Lede's work   (${ledes.length}; longest busy stretch ${f1(Math.max(...maxBusy))} ms)`);
  console.log(`  ${ok(rows.every((r) => r.s !== 'timeout' && r.s !== 'error'))} every page settled                  (${rows.filter((r) => r.s === 'timeout' || r.s === 'error').length} did not)`);
  for (const r of rows.filter((x) => x.error)) console.log(`  ${r.n}: ${r.error}`);

  if (opts.verbose) {
    console.log('\nper page: state, load → settled, Lede busy, long tasks (ms @ phase)');
    for (const r of rows) {
      console.log(`  ${r.n.padEnd(36)} ${r.s.padEnd(8)} ${f1(r.after).padStart(7)} ${f1(total[settled.indexOf(r)]).padStart(6)}  ${r.lt.map((t) => `${t[1].toFixed(0)}@${phaseOf(t, r.measures)}`).join(' ')}`);
    }
  }
  if (opts.json) writeFileSync(opts.json, JSON.stringify(rows));
}

await main();
