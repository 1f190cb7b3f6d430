#!/usr/bin/env node
// sweep.mjs — the extension on every page of Mozilla's Readability test set, in headless
// Chromium (`make sweep`).
//
// Takes ../shared/corpora/readability-test-pages/<page>/source.html (skips with a message when
// absent), extension/ (pkg built) and Debian's Chromium (tests/e2e/harness.mjs). Serves the
// pages from 127.0.0.1 with the pages' own scripts on and every request elsewhere blocked;
// loads each page with the extension, waits for `data-lede-state`, then switches Lede off
// through the background and compares the page with its state at DOMContentLoaded (before
// the content script ran). Gives one line per page and the totals:
//   state (ready/skipped/error/timeout), quotes, labels (document + open shadow roots),
//   lede errors (state error/timeout, `[lede]` console lines, labels ≠ quotes, notes ≠
//   reported statements shown),
//   page errors (the page's own script errors, mostly blocked third-party code: informational),
//   text changed (body textContent after off ≠ before), DOM changed (body innerHTML ≠ before).
//
//   node tools/sweep.mjs [--limit N] [--only NAME] [--tsv FILE]
// Exit status 1 when any page has a Lede error or a text change.

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, requirePrereqs, serve, launchWithExtension } from '../tests/e2e/harness.mjs';

const CORPUS = resolve(ROOT, '../shared/corpora/readability-test-pages');
const SETTLE_MS = 20000;

function args() {
  const a = process.argv.slice(2);
  const get = (k) => { const i = a.indexOf(k); return i >= 0 ? a[i + 1] : null; };
  return { limit: Number(get('--limit') ?? Infinity), only: get('--only'), tsv: get('--tsv') };
}

async function tabIdOf(ext, url) {
  for (let i = 0; i < 30; i++) {
    const all = Object.values(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
    const rec = all.find((r) => r.url === url);
    if (rec) return rec.tabId;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function sweepPage(ext, server, name) {
  const row = { page: name, state: '', quotes: 0, labels: 0, reported: 0, notes: 0, ledeErrors: [], pageErrors: 0, textChanged: false, domChanged: false, ms: 0 };
  const page = await ext.context.newPage();
  const consoleLines = [];
  page.on('console', (m) => { if (m.text().includes('[lede]')) consoleLines.push(m.text()); });
  page.on('pageerror', () => { row.pageErrors += 1; });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__ledeBefore = { text: document.body?.textContent ?? null, html: document.body?.innerHTML ?? null };
    });
  });
  const t0 = Date.now();
  const url = `${server.url}${encodeURIComponent(name)}/source.html`;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: SETTLE_MS });
    try {
      await page.waitForFunction(() => ['ready', 'skipped', 'error'].includes(document.documentElement.getAttribute('data-lede-state')), null, { timeout: SETTLE_MS });
    } catch {
      row.state = 'timeout';
    }
    row.ms = Date.now() - t0;
    const now = await page.evaluate(() => {
      let labels = 0;
      let notes = 0;
      const walk = (root) => {
        labels += root.querySelectorAll('lede-label').length;
        notes += root.querySelectorAll('lede-note').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot && el.localName !== 'lede-label' && el.localName !== 'lede-note') walk(el.shadowRoot);
      };
      walk(document);
      return {
        state: document.documentElement.getAttribute('data-lede-state'),
        quotes: Number(document.documentElement.getAttribute('data-lede-quotes') ?? 0),
        labels,
        reported: Number(document.documentElement.getAttribute('data-lede-reported') ?? 0),
        notes,
      };
    });
    row.state ||= now.state;
    row.quotes = now.quotes;
    row.labels = now.labels;
    row.reported = now.reported;
    row.notes = now.notes;
    if (row.state === 'error' || row.state === 'timeout') row.ledeErrors.push(`state ${row.state}`);
    if (row.state === 'ready' && row.labels !== row.quotes) row.ledeErrors.push(`${row.labels} labels for ${row.quotes} quotes`);
    if (row.state === 'ready' && row.notes !== row.reported) row.ledeErrors.push(`${row.notes} notes for ${row.reported} reported statements`);
    // Switch off through the background, as the panel's switch does.
    const tabId = await tabIdOf(ext, url);
    if (tabId == null) row.ledeErrors.push('no tab record in the background');
    else {
      await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'lede:switch', enabled: false }), tabId);
      const after = await page.evaluate(() => ({
        state: document.documentElement.getAttribute('data-lede-state'),
        traces: document.querySelectorAll('lede-label, lede-mark, lede-note').length + CSS.highlights.size,
        text: document.body?.textContent ?? null,
        html: document.body?.innerHTML ?? null,
        before: window.__ledeBefore ?? null,
      }));
      if (after.state !== 'skipped') row.ledeErrors.push(`state ${after.state} after off`);
      if (after.traces) row.ledeErrors.push(`${after.traces} traces after off`);
      if (!after.before) row.ledeErrors.push('no DOMContentLoaded capture');
      else {
        row.textChanged = after.text !== after.before.text;
        row.domChanged = after.html !== after.before.html;
      }
    }
  } catch (e) {
    row.state ||= 'failed';
    row.ledeErrors.push(`sweep: ${e.message.split('\n')[0]}`);
  }
  row.ledeErrors.push(...consoleLines);
  await page.close().catch(() => {});
  return row;
}

async function main() {
  if (!existsSync(CORPUS)) {
    console.log(`sweep: skipped — ${CORPUS} is absent (the corpora live in ../shared)`);
    return 0;
  }
  requirePrereqs();
  const opts = args();
  let names = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, 'source.html'))).map((d) => d.name).sort();
  if (opts.only) names = names.filter((n) => n === opts.only);
  names = names.slice(0, opts.limit);
  const server = await serve(CORPUS);
  const ext = await launchWithExtension();
  const origin = new URL(server.url).origin;
  let blocked = 0;
  await ext.context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('chrome-extension:') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    blocked += 1;
    return route.abort('blockedbyclient');
  });
  const rows = [];
  const t0 = Date.now();
  try {
    for (const name of names) {
      const r = await sweepPage(ext, server, name);
      rows.push(r);
      const flags = [r.ledeErrors.length ? `LEDE ERROR: ${r.ledeErrors.join('; ')}` : '', r.textChanged ? 'TEXT CHANGED' : '', r.domChanged ? 'dom changed' : ''].filter(Boolean).join(' · ');
      console.log(`${r.page.padEnd(34)} ${r.state.padEnd(8)} q=${String(r.quotes).padStart(3)} labels=${String(r.labels).padStart(3)} page-errors=${r.pageErrors} ${String(r.ms).padStart(5)} ms ${flags}`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const count = (f) => rows.filter(f).length;
  const totals = {
    pages: rows.length,
    ready: count((r) => r.state === 'ready'),
    skipped: count((r) => r.state === 'skipped'),
    error: count((r) => r.state === 'error'),
    timeout: count((r) => r.state === 'timeout' || r.state === 'failed'),
    quotes: rows.reduce((s, r) => s + r.quotes, 0),
    labels: rows.reduce((s, r) => s + r.labels, 0),
    reported: rows.reduce((s, r) => s + r.reported, 0),
    notes: rows.reduce((s, r) => s + r.notes, 0),
    ledeErrors: count((r) => r.ledeErrors.length > 0),
    pageErrors: rows.reduce((s, r) => s + r.pageErrors, 0),
    textChanged: count((r) => r.textChanged),
    domChanged: count((r) => r.domChanged),
    blockedRequests: blocked,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  if (opts.tsv) {
    const head = 'page\tstate\tquotes\tlabels\tlede_errors\tpage_errors\ttext_changed\tdom_changed\tms';
    writeFileSync(opts.tsv, `${[head, ...rows.map((r) => [r.page, r.state, r.quotes, r.labels, r.ledeErrors.join('; '), r.pageErrors, r.textChanged, r.domChanged, r.ms].join('\t'))].join('\n')}\n`);
  }
  console.log(`\nsweep: ${totals.pages} pages — ${totals.ready} ready, ${totals.skipped} skipped, ${totals.error} error, ${totals.timeout} timeout; `
    + `${totals.quotes} quotes, ${totals.labels} labels, ${totals.reported} reported statements, ${totals.notes} notes; pages with Lede errors: ${totals.ledeErrors}; text changed after off: ${totals.textChanged}; `
    + `DOM changed after off: ${totals.domChanged}; page's own script errors: ${totals.pageErrors}; outside requests blocked: ${totals.blockedRequests}; ${totals.seconds} s`);
  return totals.ledeErrors > 0 || totals.textChanged > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`sweep: ${e.stack ?? e}`);
  process.exit(2);
});
