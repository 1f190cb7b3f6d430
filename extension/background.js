// background.js — Lede's service worker (Chrome) / background script (Firefox).
//
// Takes messages from the content script (hello, report, and analyze when the page's CSP
// keeps WebAssembly out of the content script) and the side panel (get, toggle) — see
// messages.js — and toolbar clicks. Gives per-tab state: whether Lede is on for the tab,
// the last analysis (state + Insights), kept in storage.session so it survives the worker
// being stopped; the toolbar badge (quote count, or "off"); and a `changed` broadcast so an
// open side panel redraws. It never touches page content itself.

import * as msg from './messages.js';
import init, { analyzeSnapshot } from './pkg/lede.js';

const store = chrome.storage.session;
const key = (tabId) => `tab:${tabId}`;

/**
 * TabRecord: { tabId, url, enabled, state: 'pending'|'ready'|'skipped'|'error'|'off',
 *              insights: Insights|null, error: string|null } — url is the page the content
 * script last reported from (no `tabs` permission needed).
 */
async function load(tabId) {
  const got = await store.get(key(tabId));
  return got[key(tabId)] ?? { tabId, url: null, enabled: true, state: 'pending', insights: null, error: null };
}

async function save(rec) {
  await store.set({ [key(rec.tabId)]: rec });
  await badge(rec);
  // Nobody listening (no side panel open) rejects: that is fine.
  chrome.runtime.sendMessage(msg.changed(rec.tabId)).catch(() => {});
}

async function badge(rec) {
  let text = '';
  if (!rec.enabled) text = 'off';
  else if (rec.state === 'ready') text = String(rec.insights?.quotes?.length ?? 0);
  else if (rec.state === 'error') text = '!';
  try {
    await chrome.action.setBadgeText({ tabId: rec.tabId, text });
    await chrome.action.setBadgeBackgroundColor({ tabId: rec.tabId, color: rec.enabled ? '#1d4ed8' : '#71717a' });
  } catch {
    // The tab may have closed meanwhile.
  }
}

/** Turns Lede on or off for one tab and tells its content script. */
async function setEnabled(tabId, enabled) {
  const rec = await load(tabId);
  rec.enabled = enabled;
  rec.state = enabled ? 'pending' : 'off';
  rec.insights = null;
  rec.error = null;
  await save(rec);
  try {
    await chrome.tabs.sendMessage(tabId, msg.switchTo(enabled));
  } catch {
    // No content script there (browser pages, the web store, a tab still loading): the
    // setting applies when the next page in this tab says hello.
    if (enabled) {
      rec.state = 'skipped';
      await save(rec);
    }
  }
  return { enabled };
}

let core = null; // the WASM core, loaded on the first `analyze`

/** Runs the core here for a content script whose page forbids WebAssembly. */
async function analyzeHere(snapshot) {
  try {
    core ??= init({ module_or_path: chrome.runtime.getURL('pkg/lede_bg.wasm') });
    await core;
    const packed = { ...snapshot, parents: Uint32Array.from(snapshot.parents), blocks: Uint32Array.from(snapshot.blocks) };
    return { insights: analyzeSnapshot(packed), error: null };
  } catch (e) {
    return { insights: null, error: e instanceof Error ? e.message : String(e) };
  }
}

async function onMessage(m, sender) {
  switch (m.type) {
    case 'lede:hello': {
      if (!sender.tab) return null;
      const rec = await load(sender.tab.id);
      Object.assign(rec, { url: sender.url ?? null, state: rec.enabled ? 'pending' : 'off', insights: null, error: null });
      await save(rec);
      return { enabled: rec.enabled };
    }
    case 'lede:report': {
      if (!sender.tab) return null;
      const rec = await load(sender.tab.id);
      Object.assign(rec, { state: m.state, insights: m.insights, error: m.error });
      await save(rec);
      return { ok: true };
    }
    case 'lede:analyze':
      return analyzeHere(m.snapshot);
    case 'lede:get':
      return load(m.tabId);
    case 'lede:toggle':
      return setEnabled(m.tabId, m.enabled);
    default:
      return null;
  }
}

chrome.runtime.onMessage.addListener((m, sender, sendResponse) => {
  if (!msg.fromThisExtension(sender, chrome.runtime)) return false;
  if (!msg.isMessage(m, 'lede:hello', 'lede:report', 'lede:analyze', 'lede:get', 'lede:toggle')) return false;
  onMessage(m, sender).then(sendResponse, (e) => {
    console.warn('[lede] background:', e);
    sendResponse(null);
  });
  return true; // answers asynchronously
});

// Toolbar button: show the side panel (Chrome) or sidebar (Firefox) and switch Lede on/off
// for this tab. Opening must happen synchronously inside the click to count as a user gesture.
chrome.action.onClicked.addListener((tab) => {
  if (tab.id == null) return;
  if (chrome.sidePanel?.open) {
    chrome.sidePanel.open({ tabId: tab.id }).catch(() => {});
  } else if (globalThis.browser?.sidebarAction?.open) {
    globalThis.browser.sidebarAction.open().catch(() => {});
  }
  load(tab.id)
    .then((rec) => setEnabled(tab.id, !rec.enabled))
    .catch((e) => console.warn('[lede] toggle failed:', e));
});

chrome.tabs.onRemoved.addListener((tabId) => {
  store.remove(key(tabId)).catch(() => {});
});

// The Chrome side panel is one page for every tab: it follows the active tab itself.
if (chrome.sidePanel?.setPanelBehavior) {
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
}
