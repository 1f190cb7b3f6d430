// settings.test.mjs — lib/settings.js without a browser: normalise, site names, the per-site
// switch, decide() and the storage round trip (an in-memory stand-in for chrome.storage.local).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULTS, KEY, normalise, siteOf, cleanSite, siteIsOff, withSite, decide, readSettings, writeSettings,
} from '../../extension/lib/settings.js';

/** A chrome.storage.local stand-in: get(key) → { key: value }, set(object). */
function memoryStorage(initial = {}) {
  const data = { ...initial };
  return {
    data,
    async get(key) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
    async set(items) { Object.assign(data, structuredClone(items)); },
  };
}

test('normalise keeps good values and replaces bad ones by the defaults', () => {
  assert.deepEqual(normalise(undefined), { ...DEFAULTS, disabledSites: [] });
  assert.deepEqual(normalise('nonsense'), { ...DEFAULTS, disabledSites: [] });
  assert.deepEqual(
    normalise({ enabled: false, mode: 'click', disabledSites: ['WWW.Example.org', 'example.org', 'not a site', null], extra: 1 }),
    { enabled: false, mode: 'click', disabledSites: ['example.org'], reported: true },
  );
  assert.deepEqual(normalise({ enabled: 'yes', mode: 'sometimes', reported: 'no' }), { ...DEFAULTS, disabledSites: [] });
  assert.equal(DEFAULTS.reported, true, 'paraphrased statements are shown by default');
  assert.equal(normalise({ reported: false }).reported, false);
  const many = Array.from({ length: 1500 }, (_, i) => `site${i}.test`);
  assert.equal(normalise({ disabledSites: many }).disabledSites.length, 1000);
});

test('siteOf names the host without www, and only for web pages', () => {
  assert.equal(siteOf('https://www.harbour-news.test/story/1?x=2'), 'harbour-news.test');
  assert.equal(siteOf('http://News.Example.ORG:8080/'), 'news.example.org');
  assert.equal(siteOf('file:///tmp/a.html'), null);
  assert.equal(siteOf('chrome-extension://abc/sidepanel.html'), null);
  assert.equal(siteOf('not a url'), null);
});

test('cleanSite accepts what a user types and refuses the rest', () => {
  assert.equal(cleanSite('  https://www.Harbour-News.test/a/b '), 'harbour-news.test');
  assert.equal(cleanSite('example.org'), 'example.org');
  assert.equal(cleanSite(''), null);
  assert.equal(cleanSite(null), null);
  assert.equal(cleanSite('exa mple.org'), null);
  assert.equal(cleanSite('ftp://example.org'), null);
});

test('the per-site switch covers subdomains and can be turned back on', () => {
  let s = normalise({});
  s = withSite(s, 'https://www.example.org/news', false);
  assert.deepEqual(s.disabledSites, ['example.org']);
  assert.equal(siteIsOff(s, 'https://sport.example.org/a'), true);
  assert.equal(siteIsOff(s, 'https://example.org.evil.test/'), false);
  assert.equal(siteIsOff(s, 'https://notexample.org/'), false);
  // Turning a subdomain back on lifts the parent's switch that covered it.
  s = withSite(s, 'https://sport.example.org/a', true);
  assert.deepEqual(s.disabledSites, []);
  assert.equal(withSite(s, 'about:blank', false), s, 'no site, no change');
});

test('decide: global switch, then site, then tab, then click mode', () => {
  const auto = normalise({});
  const click = normalise({ mode: 'click' });
  const off = normalise({ enabled: false });
  const siteOff = normalise({ disabledSites: ['example.org'] });
  const url = 'https://example.org/story';
  assert.deepEqual(decide(auto), { run: true, force: false, why: null });
  assert.deepEqual(decide(off, { enabled: true, clicked: true }, url), { run: false, force: false, why: 'off' });
  assert.deepEqual(decide(siteOff, { enabled: true }, url), { run: false, force: false, why: 'site' });
  assert.deepEqual(decide(siteOff, { enabled: true }, 'https://other.test/'), { run: true, force: false, why: null });
  assert.deepEqual(decide(auto, { enabled: false }, url), { run: false, force: false, why: 'tab' });
  assert.deepEqual(decide(click, { enabled: true, clicked: false }, url), { run: false, force: false, why: 'click' });
  assert.deepEqual(decide(click, { enabled: true, clicked: true }, url), { run: true, force: true, why: null });
});

test('readSettings / writeSettings round trip through storage, normalised', async () => {
  const storage = memoryStorage({ [KEY]: { enabled: 'broken', mode: 'click' } });
  assert.deepEqual(await readSettings(storage), { enabled: true, mode: 'click', disabledSites: [], reported: true });
  const next = await writeSettings({ disabledSites: ['www.example.org'], reported: false }, storage);
  assert.deepEqual(next, { enabled: true, mode: 'click', disabledSites: ['example.org'], reported: false });
  assert.deepEqual(storage.data[KEY], next);
  assert.deepEqual(await readSettings(memoryStorage()), { ...DEFAULTS, disabledSites: [] });
});
