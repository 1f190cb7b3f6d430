#!/usr/bin/env node
// extension.mjs — `make bench-extension`: time to insight and main-thread cost of the real
// extension, cold, as a reader's first article of a site gets it.
//
// Takes: the unpacked extension (extension/, with pkg/ from `make build`), Mozilla's 130
// Readability test pages (../shared/corpora/readability-test-pages) and Debian's Chromium
// (/usr/bin/chromium or $LEDE_CHROMIUM). Options: --limit N (the first N pages), --pages
// SUBSTRING, --verbose (one line per page), --json FILE (the per-page rows), --extension DIR
// (another unpacked build instead of extension/), --vs DIR (paired A/B: a second build in a
// second browser, each page opened in both one after the other, the order alternating; then
// per metric both medians, the median per-page difference and on how many pages this build
// was lower — a shared machine's load moves both alike).
// Gives, on stdout: first the reference line of ../shared/tools/time_to_ready.mjs, computed the
// same way from the same kind of run (load event → data-lede-state settled, p50/p95 over the
// ready pages; long tasks > 50 ms from the load event on); then what that line cannot say:
// every long task from navigation start on, each put in the Lede phase it falls in (content.js
// emits a `lede:<phase>` performance measure per phase and `lede:busy:<phase>` per stretch of
// its own main-thread work: init, import, hello, snapshot, send, prepare, analysis, wasm, paint, report), the
// phases' p50/p95, and Lede's main-thread time per page (the sum of its busy stretches up to
// the first settle: the JS it runs, its scripts' evaluation included; the parsing of its two
// scripts before they run, the reply's deserialisation, GC, and the style/layout its paint
// causes later are not in it); long tasks made long by Lede (≤ 50 ms without its share); and
// CPU time from Linux's /proc (the page's renderer main thread, page work included, and the
// extension's worker thread), which waiting for a core does not inflate.
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
let VS = null; // --vs DIR: a second unpacked build, each page opened in both (paired A/B)
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
    else if (a === '--vs') VS = resolve(argv[++i] ?? '');
    else {
      console.error(`extension.mjs: unknown argument ${a}\nusage: node tests/bench/extension.mjs [--limit N] [--pages SUBSTRING] [--verbose] [--json FILE] [--extension DIR] [--vs DIR]`);
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

/** A persistent Chromium context with the unpacked extension at `dir` (every request but ours aborted). */
async function launch(chromium, dir, profile) {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--host-resolver-rules=MAP *.test 127.0.0.1', '--site-per-process'],
  });
  const local = (u) => /^http:\/\/p\d+\.test:\d+\//.test(u);
  await ctx.route((u) => !local(u.href) && !u.href.startsWith('chrome-extension://'), (r) => r.abort());
  await ctx.addInitScript(observePage);
  return ctx;
}

/**
 * CPU time (ms on a CPU, from Linux's /proc/PID/task/TID/schedstat: not moved by waiting for a
 * core on a loaded machine) of the renderers of the browser using `profile`: each one's main
 * thread, and its service-worker threads (the extension's background, where the core runs).
 * Empty where there is no /proc.
 */
function cpuOf(profile) {
  const main = new Map();
  let worker = 0;
  const ns = (pid, tid) => Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((x) => /^\d+$/.test(x));
  } catch {
    return { main, worker };
  }
  for (const pid of pids) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profile)) continue;
      let sw = 0;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('ServiceWorker')) sw += ns(pid, tid);
      }
      worker += sw;
      if (sw === 0) main.set(pid, ns(pid, pid));
    } catch {
      // The process ended meanwhile.
    }
  }
  return { main, worker };
}

/** What a page cost in CPU between two cpuOf() readings: its renderer's main thread, the worker. */
function cpuSpent(before, after) {
  let page = 0;
  for (const [pid, ms] of after.main) page = Math.max(page, ms - (before.main.get(pid) ?? 0));
  return { page, worker: Math.max(0, after.worker - before.worker) };
}

/** Opens page folder `n` in a new tab of `ctx` from site pK.test; gives its row. */
async function visit(ctx, n, k, port, profile) {
  const before = cpuOf(profile);
  const page = await ctx.newPage();
  let row;
  try {
    await page.goto(`http://p${k}.test:${port}/${n}/source.html`, { waitUntil: 'load', timeout: 20000 });
    await page.waitForFunction(() => window.__settled, null, { timeout: 15000 });
    row = { n, ...(await page.evaluate(readPage)), cpu: cpuSpent(before, cpuOf(profile)) };
  } catch (e) {
    row = { n, s: 'timeout', after: NaN, lt: [], measures: [], error: e.message.split('\n')[0] };
  }
  await page.close();
  return row;
}

/**
 * How much of a long task [start, start + d) was Lede's own work (its busy stretches inside);
 * a task is "made long by Lede" when it would be ≤ 50 ms without that share (a page's parsing
 * task of 90 ms that holds Lede's 1 ms set-up overlaps Lede's work, but Lede did not make it long).
 */
function ledeShare([start, d], measures) {
  let share = 0;
  for (const [name, s, dur] of measures) {
    if (name.startsWith('busy:')) share += Math.max(0, Math.min(start + d, s + dur) - Math.max(start, s));
  }
  return share;
}
const madeLong = (t, measures) => {
  const share = ledeShare(t, measures);
  return share > 0 && t[1] - share <= LONG_MS;
};

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(PAGES)) skip(`${PAGES} is absent (the corpora live in ../shared)`);
  for (const dir of [EXTENSION, VS].filter(Boolean)) {
    if (!existsSync(join(dir, 'pkg', 'lede_bg.wasm'))) skip(`${dir}/pkg is missing the WASM package (run \`make build\`)`);
  }
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
  const profiles = [EXTENSION, VS].filter(Boolean).map(() => mkdtempSync(join(tmpdir(), 'lede-bench-ext-')));
  const load0 = loadavg()[0];
  const ctxs = [];
  const started = Date.now();
  const rows = [];
  const vsRows = [];
  let k = 0;
  try {
    ctxs.push(await launch(chromium, EXTENSION, profiles[0]));
    if (VS) ctxs.push(await launch(chromium, VS, profiles[1]));
    for (const n of names) {
      // Paired (--vs): each page in both builds, one after the other, the order alternating.
      const order = VS && k % 2 ? [1, 0] : [0, 1].slice(0, ctxs.length);
      const got = [];
      for (const i of order) got[i] = await visit(ctxs[i], n, ++k, port, profiles[i]);
      rows.push(got[0]);
      if (VS) vsRows.push(got[1]);
    }
  } finally {
    for (const ctx of ctxs) await ctx.close();
    srv.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
  const run = { seconds: (Date.now() - started) / 1000, load0, load1: loadavg()[0] };
  report(rows, opts, run, EXTENSION);
  if (VS) {
    console.log('\n=====================================================================\n');
    report(vsRows, { ...opts, json: opts.json && `${opts.json}.vs`, verbose: false }, run, VS);
    paired(rows, vsRows);
  }
}

function report(rows, opts, run, dir) {
  const ready = rows.filter((r) => r.s === 'ready');
  // 1. The reference line (../shared/tools/time_to_ready.mjs), same formulas.
  const ltAfter = rows.map((r) => r.lt.filter(([st]) => st >= r.load - 1));
  const lt = ltAfter.flat().map((x) => x[1]);
  const p50 = q(ready.map((r) => r.after), 0.5);
  const p95 = q(ready.map((r) => r.after), 0.95);
  console.log(`time_to_ready pages=${rows.length} ready=${ready.length} skipped=${rows.filter((r) => r.s === 'skipped').length} other=${rows.filter((r) => !['ready', 'skipped'].includes(r.s)).length} `
    + `after_load_p50=${p50.toFixed(1)}ms p95=${p95.toFixed(1)}ms `
    + `long_tasks=${lt.length} longest=${Math.max(0, ...lt).toFixed(0)}ms pages_with_long_task=${ltAfter.filter((l) => l.length).length}`);
  console.log(`bench-extension: ${dir}, ${rows.length} pages in ${run.seconds.toFixed(0)} s; load average ${run.load0.toFixed(2)} at the start, ${run.load1.toFixed(2)} at the end (a shared machine: timings move with it)`);

  // 2. Every long task from navigation start, by phase.
  const all = rows.flatMap((r) => r.lt.map((t) => ({ n: r.n, start: t[0], d: t[1], afterLoad: t[0] >= r.load - 1, phase: phaseOf(t, r.measures) })));
  const byPhase = new Map();
  for (const t of all) byPhase.set(t.phase, [...(byPhase.get(t.phase) ?? []), t]);
  const ledes = all.filter((t) => t.phase.startsWith('lede:'));
  const made = rows.flatMap((r) => r.lt.filter((t) => madeLong(t, r.measures)));
  console.log(`\nlong tasks (> ${LONG_MS} ms) from navigation start: ${all.length} on ${new Set(all.map((t) => t.n)).size} pages; ${ledes.length} overlap Lede's own work, ${made.length} of them made long by it (≤ ${LONG_MS} ms without Lede's share)`);
  for (const [phase, ts] of [...byPhase].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${phase.padEnd(22)} ${String(ts.length).padStart(3)}  longest ${Math.max(...ts.map((t) => t.d)).toFixed(0)} ms  (${ts.filter((t) => t.afterLoad).length} after load)  e.g. ${ts.slice(0, 3).map((t) => `${t.n} ${t.d.toFixed(0)}`).join(', ')}`);
  }

  // 3. Phases and Lede's main-thread time.
  const phaseNames = ['start', 'wait', 'import', 'hello', 'snapshot', 'analysis', 'core', 'wasm', 'analysis-here', 'paint', 'run'];
  const busyNames = ['init', 'snapshot', 'send', 'prepare', 'analysis', 'paint', 'report', 'recheck'];
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
  // CPU time, not wall time (Linux /proc): the page's own parsing and layout included, so a
  // figure to compare two builds by (--vs), not Lede's share alone.
  const cpu = settled.filter((r) => r.cpu?.page > 0);
  if (cpu.length) {
    line('CPU: page main thread (all)', cpu.map((r) => r.cpu.page));
    line('CPU: extension worker', cpu.map((r) => r.cpu.worker));
  }
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
  console.log(`  ${ok(made.length === 0)} no long task made long by Lede        (${made.length})`);
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

/**
 * --vs: the two builds page by page (pages settled in both): medians of each, the median of
 * the per-page difference (this build minus the other) and on how many pages this one was lower.
 */
function paired(a, b) {
  const busy = (r, name) => r.measures.filter(([m]) => (name ? m === `busy:${name}` : m.startsWith('busy:'))).reduce((x, [, , d]) => x + d, 0);
  const span = (r, name) => r.measures.filter(([m]) => m === name).reduce((x, [, , d]) => x + d, 0);
  const longest = (r) => Math.max(0, ...r.measures.filter(([m]) => m.startsWith('busy:')).map(([, , d]) => d));
  const ledeLong = (r) => r.lt.filter((t) => phaseOf(t, r.measures).startsWith('lede:')).length;
  const metrics = [
    ['load event → settled', (r) => r.after],
    ['DOMContentLoaded → settled', (r) => r.settled - r.dcl],
    ['span hello', (r) => span(r, 'hello')],
    ['span snapshot', (r) => span(r, 'snapshot')],
    ['span analysis', (r) => span(r, 'analysis')],
    ['span core', (r) => span(r, 'core')],
    ['span paint', (r) => span(r, 'paint')],
    ['busy snapshot', (r) => busy(r, 'snapshot')],
    ['busy send', (r) => busy(r, 'send')],
    ['busy paint', (r) => busy(r, 'paint')],
    ['busy report', (r) => busy(r, 'report')],
    ['Lede main-thread time', (r) => busy(r)],
    ['longest busy stretch', longest],
    ['busy stretches', (r) => r.measures.filter(([m]) => m.startsWith('busy:')).length],
    ['long tasks overlapping Lede', ledeLong],
    ['long tasks made long by Lede', (r) => r.lt.filter((t) => madeLong(t, r.measures)).length],
    ['CPU: page main thread (all)', (r) => r.cpu?.page ?? NaN],
    ['CPU: extension worker', (r) => r.cpu?.worker ?? NaN],
  ];
  const both = a.map((r, i) => [r, b[i]]).filter(([x, y]) => x.s === y.s && x.measures.length && y.measures.length && x.s === 'ready');
  console.log(`\npaired: ${both.length} pages ready in both builds; this = ${EXTENSION}, other = ${VS}`);
  console.log(`  ${''.padEnd(28)}  this p50  other p50  this p95  other p95  median(this−other)  this lower`);
  for (const [label, f] of metrics) {
    const xs = both.map(([x]) => f(x));
    const ys = both.map(([, y]) => f(y));
    const d = both.map((_, i) => xs[i] - ys[i]);
    const lower = d.filter((v) => v < 0).length;
    const higher = d.filter((v) => v > 0).length;
    console.log(`  ${label.padEnd(28)} ${f1(q(xs, 0.5)).padStart(8)} ${f1(q(ys, 0.5)).padStart(10)} ${f1(q(xs, 0.95)).padStart(9)} ${f1(q(ys, 0.95)).padStart(10)} ${f1(q(d, 0.5)).padStart(19)}  ${lower}/${lower + higher}`);
  }
  const sumOf = (rows) => rows.reduce((x, r) => x + ledeLong(r), 0);
  console.log(`  long tasks overlapping Lede in all: this ${sumOf(a)}, other ${sumOf(b)}`);
}

await main();
