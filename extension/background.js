// @ts-check
// background.js — Lede's service worker (Chrome) / background script (Firefox).
//
// Takes messages from the content script (hello, report, and analyze: the content scripts
// send their packed snapshot here, where the WASM core is compiled once, when the worker
// starts, and stays warm across pages) and the side panel (get, toggle, site) — see
// messages.js —, toolbar clicks and changes of the settings (lib/settings.js, in
// storage.local). Gives per-tab state: whether Lede is on for the tab, whether the user asked
// for this page (click mode), the last analysis (state + Insights), kept in storage.session
// so it survives the worker being stopped; the toolbar badge (quote count, or "off"); a
// `switch` to the content scripts whenever the settings change what they should do (a
// `show` when only "Paraphrased statements" changed: no new analysis); and a
// `changed` broadcast so an open side panel redraws. It never touches page content itself
// and makes no network request.
//
// Toolbar button: opens the side panel (Chrome) / sidebar (Firefox). In "only on click" mode
// it also runs Lede on the page. In Firefox, whose MV3 host permissions are opt-in, the click
// asks for access to websites when it is missing, then injects the content script into the
// tab (scripting) so the page needs no reload.

import * as msg from './messages.js';
import { readSettings, writeSettings, decide, withSite, siteOf, siteIsOff, normalise, KEY } from './lib/settings.js';
import { wordsFor } from './lib/i18n.js';
import init, { analyzeSnapshot, analyzeText } from './pkg/lede.js';

/** @typedef {import('./types').TabRecord} TabRecord */

const store = chrome.storage.session;
const key = (tabId) => `tab:${tabId}`;
const HOSTS = ['http://*/*', 'https://*/*'];
const FIREFOX = typeof globalThis.browser?.runtime?.getBrowserInfo === 'function';

/**
 * TabRecord: { tabId, url, enabled, clicked, clickedUrl, state:
 *   'pending'|'ready'|'skipped'|'error'|'off'|'idle', insights: Insights|null,
 *   error: string|null, frameId, frames, runs } (state/insights/error: the frame pick() chose) — url is the page the content script last reported
 * from (no `tabs` permission needed); `idle` = click mode, waiting for a toolbar click; runs =
 * analyses reported by the top frame since the page loaded. get() adds { site, siteEnabled,
 * settings } for the panel.
 */
async function load(tabId) {
  const kept = records.get(tabId);
  if (kept) return kept;
  const got = await store.get(key(tabId));
  if (!records.has(tabId)) {
    records.set(tabId, /** @type {TabRecord} */ ({
      tabId, url: null, enabled: true, clicked: false, clickedUrl: null, state: 'pending',
      insights: null, error: null, frameId: 0, runs: 0, frames: {}, .../** @type {Partial<TabRecord>} */ (got[key(tabId)]),
    }));
  }
  return /** @type {TabRecord} */ (records.get(tabId));
}

// What storage holds, kept in memory too: a page's hello reads its tab record and the
// settings, and each storage read was a round trip to the browser process on the way to the
// page's first paint. Storage stays the truth (a stopped worker starts again with these
// empty); records change only through load() → save() (inside serial()), the settings
// through storage, whose onChanged listener (below) refreshes the copy.
/** @type {Map<number, TabRecord>} */
const records = new Map();
/** @type {Promise<import('./types').Settings> | null} */
let settingsKept = null;
function currentSettings() {
  settingsKept ??= readSettings().catch((e) => {
    settingsKept = null;
    throw e;
  });
  return settingsKept;
}

async function save(rec) {
  records.set(rec.tabId, rec);
  await store.set({ [key(rec.tabId)]: rec });
  await badge(rec);
  // Nobody listening (no side panel open) rejects: that is fine.
  chrome.runtime.sendMessage(msg.changed(rec.tabId)).catch(() => {});
}

async function badge(rec) {
  let text = '';
  if (rec.state === 'off') text = 'off';
  else if (rec.state === 'ready') text = String(rec.insights?.quotes?.length ?? 0);
  else if (rec.state === 'error') text = '!';
  try {
    await chrome.action.setBadgeText({ tabId: rec.tabId, text });
    await chrome.action.setBadgeBackgroundColor({ tabId: rec.tabId, color: rec.state === 'off' ? '#71717a' : '#1d4ed8' });
  } catch {
    // The tab may have closed meanwhile.
  }
}

/** The rule of lib/settings.js for a tab record (click mode: clicked on this very page). */
function verdict(settings, rec, url = rec.url) {
  const clicked = rec.clicked && (rec.clickedUrl == null || rec.clickedUrl === url);
  return decide(settings, { enabled: rec.enabled, clicked }, url);
}

/**
 * Sets the record's visible result from its frames' reports (`frames`: frameId → { state,
 * insights, error }): the top frame's when it is ready, else a ready subframe's (an embedded
 * article), else the top frame's, else `fallback` with nothing.
 */
function pick(rec, fallback) {
  const top = rec.frames['0'];
  const sub = Object.entries(rec.frames).find(([id, f]) => id !== '0' && f.state === 'ready');
  const [frameId, f] = top?.state === 'ready' ? ['0', top] : sub ?? (top ? ['0', top] : [null, null]);
  Object.assign(rec, f
    ? { state: f.state, insights: f.insights, error: f.error, frameId: Number(frameId) }
    : { state: fallback, insights: null, error: null, frameId: 0 });
}

const stateFor = (v) => (v.run ? 'pending' : v.why === 'click' ? 'idle' : 'off');

/** Resets a tab's record to what the settings now say; gives the verdict. */
async function apply(rec, settings) {
  const v = verdict(settings, rec);
  rec.frames = {};
  pick(rec, stateFor(v));
  await save(rec);
  return v;
}

/**
 * Tells a tab's content scripts the verdict; false when none answered. Runs outside serial():
 * the content script reports back while it handles the switch, and that report must not wait
 * behind this call.
 */
async function notify(tabId, v) {
  try {
    await chrome.tabs.sendMessage(tabId, msg.switchTo(v.run, v.force));
    return true;
  } catch {
    // No content script there (browser pages, the web store, a tab opened before Lede was
    // installed or allowed on websites): the setting applies when a page here says hello.
    if (v.run) {
      await serial(async () => {
        const rec = await load(tabId);
        rec.state = 'skipped';
        await save(rec);
      });
    }
    return false;
  }
}

/** Turns Lede on or off for one tab (the panel's switch). */
async function setEnabled(tabId, enabled) {
  const rec = await load(tabId);
  rec.enabled = enabled;
  if (enabled) Object.assign(rec, { clicked: true, clickedUrl: rec.url });
  const v = await apply(rec, await currentSettings());
  notify(tabId, v); // not awaited: see notify()
  return { enabled };
}

/** The per-site switch for the tab's site. */
async function setSite(tabId, enabled) {
  const rec = await load(tabId);
  const site = siteOf(rec.url);
  if (!site) return { site: null, enabled: true };
  const settings = await currentSettings();
  await writeSettings(withSite(settings, rec.url, enabled)); // storage.onChanged re-applies
  return { site, enabled };
}

// Record updates (load → change → save) run one at a time: reports from several frames of
// one tab arrive together and would otherwise overwrite each other.
let chain = Promise.resolve();
function serial(fn) {
  const p = chain.then(fn);
  chain = p.catch(() => {});
  return p;
}

let core = null; // the WASM core's init promise
/** @type {Record<string, string> | null} */
let words = null; // lib/i18n.js wordsFor(), made at the first hello

// An invented news paragraph the core analyses once when the worker starts: V8 compiles a
// WebAssembly function the first time it runs, so this moves that work (tens of ms for the
// quote, name and summary code) off the first page's wait.
const WARM_UP = 'Lede Daily\n\nThe harbour reopens on Monday, city officials said. "We are ready for the '
  + 'boats," said Mara Quill, the harbour master. Quill added that the repairs cost less than planned. '
  + '"It was a long winter," she said. According to the mayor, Tom Bexley, the market stays closed.';

/**
 * The WASM core, compiled once per worker: started when the worker starts (below), so the
 * first page's snapshot finds it ready, and kept for every page after. Content scripts send
 * their snapshot here instead of compiling the module in each page's renderer.
 */
function coreReady() {
  core ??= init({ module_or_path: chrome.runtime.getURL('pkg/lede_bg.wasm') }).then(() => {
    try {
      analyzeText(WARM_UP);
    } catch {
      // Only a warm-up.
    }
  }, (e) => {
    core = null; // try again on the next analysis
    throw e;
  });
  return core;
}
coreReady().catch((e) => console.warn('[lede] background: cannot load the core:', e));

/** Runs the core here on a content script's packed snapshot. */
async function analyzeHere(snapshot) {
  try {
    await coreReady();
    const t = performance.now();
    const packed = { ...snapshot, parents: Uint32Array.from(snapshot.parents), blocks: Uint32Array.from(snapshot.blocks) };
    const insights = analyzeSnapshot(packed);
    return { insights, error: null, ms: performance.now() - t };
  } catch (e) {
    return { insights: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * `reply` answers the sender as soon as the answer is known; the record is saved after it
 * (still inside serial(), so the next message of the tab sees it saved): a page's hello is on
 * the way to its first paint and need not wait for storage and the badge.
 * @param {any} m
 * @param {chrome.runtime.MessageSender} sender
 * @param {(answer?: unknown) => void} [reply]
 */
async function onMessage(m, sender, reply = () => {}) {
  switch (m.type) {
    case 'lede:hello': {
      const [rec, settings] = await Promise.all([load(sender.tab.id), currentSettings()]);
      const top = (sender.frameId ?? 0) === 0;
      const url = top ? sender.url ?? null : rec.url ?? sender.url ?? null;
      const v = verdict(settings, rec, url);
      // `words`: Lede's messages in the browser's language, so the page's labels need no
      // chrome.i18n call there (its first one is a synchronous fetch from the browser process).
      words ??= wordsFor();
      const answer = { enabled: rec.enabled, run: v.run, force: v.force, reported: settings.reported, words };
      reply(answer);
      if (top) {
        if (rec.clicked && rec.clickedUrl == null) rec.clickedUrl = url; // clicked before this page said hello
        // Subframes of this page may have reported before the top frame said hello: keep
        // those whose tab showed this address (sender.tab.url, known with host access).
        const frames = Object.fromEntries(Object.entries(rec.frames)
          .filter(([id, f]) => id !== '0' && (f.top === url || (f.top == null && rec.url === url))));
        Object.assign(rec, { url, frames, runs: 0 });
        pick(rec, stateFor(v));
        await save(rec);
      }
      return answer;
    }
    case 'lede:report': {
      const rec = await load(sender.tab.id);
      const frameId = sender.frameId ?? 0;
      if (frameId === 0) rec.runs += 1;
      rec.frames[frameId] = { state: m.state, insights: m.insights, error: m.error, top: sender.tab.url ?? null };
      pick(rec, rec.state);
      await save(rec);
      return { ok: true };
    }
    case 'lede:analyze':
      return analyzeHere(m.snapshot);
    case 'lede:get': {
      const rec = await load(m.tabId);
      const settings = await currentSettings();
      return { ...rec, site: siteOf(rec.url), siteEnabled: !siteIsOff(settings, rec.url ?? ''), settings };
    }
    case 'lede:toggle':
      return setEnabled(m.tabId, m.enabled);
    case 'lede:site':
      return setSite(m.tabId, m.enabled);
    default:
      return null;
  }
}

// Content scripts send their analyses over a port they open at start (content.js viaPort);
// answers go back in the order the snapshots came.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'lede:analyze' || !msg.fromThisExtension(port.sender, chrome.runtime) || port.sender?.tab?.id == null) {
    port.disconnect();
    return;
  }
  let order = Promise.resolve();
  port.onMessage.addListener((m) => {
    const answer = msg.isMessage(m, 'lede:analyze') ? analyzeHere(m.snapshot) : Promise.resolve({ insights: null, error: 'not an analyze message' });
    order = order.then(() => answer).then((a) => {
      try {
        port.postMessage(a);
      } catch {
        // The page went away.
      }
    });
  });
});

chrome.runtime.onMessage.addListener((m, sender, sendResponse) => {
  if (!msg.fromThisExtension(sender, chrome.runtime)) return false;
  if (!msg.isMessage(m, 'lede:hello', 'lede:report', 'lede:analyze', 'lede:get', 'lede:toggle', 'lede:site')) return false;
  // Content-script messages come from a web page in a tab, panel messages from our own pages.
  const ours = typeof sender.url === 'string' && sender.url.startsWith(chrome.runtime.getURL(''));
  if (msg.FROM_CONTENT.has(m.type) ? ours || sender.tab?.id == null : !ours) return false;
  let answered = false;
  const reply = (answer) => {
    if (!answered) sendResponse(answer);
    answered = true;
  };
  const run = m.type === 'lede:analyze' || m.type === 'lede:get' ? onMessage(m, sender, reply) : serial(() => onMessage(m, sender, reply));
  run.then(reply, (e) => {
    console.warn('[lede] background:', e);
    reply(null);
  });
  return true; // answers asynchronously
});

/** Injects the content script into a tab that has none (opened before install / permission). */
async function inject(tabId) {
  if (!chrome.scripting) return;
  try {
    await chrome.scripting.insertCSS({ target: { tabId }, files: ['lib/overlay.css'] });
    await chrome.scripting.executeScript({ target: { tabId }, files: ['pkg/content-lib.js', 'content.js'] });
  } catch (e) {
    console.warn(`[lede] cannot run on this tab: ${e instanceof Error ? e.message : e}`);
  }
}

async function clicked(tab) {
  const settings = await currentSettings();
  const rec = await load(tab.id);
  if (settings.mode === 'click') {
    // Asked for this page: run now (and again on a reload of the same address).
    Object.assign(rec, { enabled: true, clicked: true, clickedUrl: tab.url ?? rec.url ?? null });
  }
  return apply(rec, settings);
}

// Opening the panel must happen synchronously inside the click to count as a user gesture;
// so must Firefox's permission request.
function onToolbar(tab) {
  if (tab.id == null) return;
  if (chrome.sidePanel?.open) {
    chrome.sidePanel.open({ tabId: tab.id }).catch(() => {});
  } else if (globalThis.browser?.sidebarAction?.open) {
    globalThis.browser.sidebarAction.open().catch(() => {});
  }
  const granted = FIREFOX
    ? globalThis.browser.permissions.request({ origins: HOSTS }).catch(() => false)
    : Promise.resolve(true);
  granted
    .then(async (ok) => {
      const v = await serial(() => clicked(tab));
      if (!(await notify(tab.id, v)) && ok) await inject(tab.id);
    })
    .catch((e) => console.warn('[lede] toolbar click failed:', e));
}
chrome.action.onClicked.addListener(onToolbar);
// Tests cannot click the toolbar of a headless browser; they call this through the worker
// (only this extension can reach its service worker's globals).
globalThis.__ledeToolbar = onToolbar;

/** Tells every frame of the tab to show or hide its reported statements; the panel redraws. */
async function showReported(tabId, reported) {
  try {
    await chrome.tabs.sendMessage(tabId, msg.show(reported));
  } catch {
    // No content script there: its hello will carry the setting.
  }
  chrome.runtime.sendMessage(msg.changed(tabId)).catch(() => {});
}

/** True when the settings differ in more than the "Paraphrased statements" switch. */
function beyondReported(before, after) {
  const a = normalise(before);
  const b = normalise(after);
  return a.enabled !== b.enabled || a.mode !== b.mode || a.disabledSites.join(' ') !== b.disabledSites.join(' ');
}

// Settings changed (options page or panel): every tab we know of follows. The "Paraphrased
// statements" switch alone repaints nothing: the pages show or hide what they painted.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(KEY in changes)) return;
  const { oldValue, newValue } = changes[KEY];
  settingsKept = Promise.resolve(normalise(newValue));
  const reported = normalise(newValue).reported;
  const shown = normalise(oldValue).reported !== reported;
  const rest = beyondReported(oldValue, newValue);
  serial(async () => {
    const all = /** @type {Record<string, TabRecord>} */ (await store.get(null));
    const tabs = Object.entries(all).filter(([k, rec]) => k.startsWith('tab:') && rec && Number.isInteger(rec.tabId)).map(([, rec]) => rec.tabId);
    if (shown) for (const tabId of tabs) showReported(tabId, reported); // not awaited: see notify()
    if (!rest) return;
    const settings = await currentSettings();
    for (const tabId of tabs) {
      const v = await apply(await load(tabId), settings);
      notify(tabId, v); // not awaited: see notify()
    }
  }).catch((e) => console.warn('[lede] settings change:', e));
});

chrome.tabs.onRemoved.addListener((tabId) => {
  records.delete(tabId);
  store.remove(key(tabId)).catch(() => {});
});

// The Chrome side panel is one page for every tab: it follows the active tab itself.
if (chrome.sidePanel?.setPanelBehavior) {
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
}
