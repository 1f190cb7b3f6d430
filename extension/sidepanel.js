// @ts-check
// sidepanel.js — drives the side panel page (sidepanel.html).
//
// Takes the tab to show: `?tab=<id>` when given (tests, a pinned panel), else the active tab
// of this window, followed as it changes. Gives the shared sidebar (ui/sidebar.js) for that
// tab's record from the background (messages.js `get`), redrawn on `changed`; clicks on a
// summary sentence or quote send `seek` to the content script of the frame that painted the
// analysis (TabRecord.frameId; a failed seek is shown on the button); the switches send
// `toggle` (this tab) and `site` (every page of the tab's site, when the background names it);
// "Paraphrased statements" is written to the settings (lib/settings.js): the background tells
// every page to show or hide its reported statements and this panel redraws on `changed`.

import * as msg from './messages.js';
import { renderSidebar } from './ui/sidebar.js';
import { writeSettings } from './lib/settings.js';

const root = document.getElementById('lede-root');
const pinned = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
let tabId = Number.isInteger(pinned) ? pinned : null;
let windowId = null;
let frameId = null; // TabRecord.frameId: which frame painted what the panel shows

/** Asks the tab's content script to scroll to [start, end) and flash it; false when it could not. */
async function seek(start, end) {
  if (tabId == null) return false;
  try {
    // The frame whose analysis the panel shows (an article in an iframe); top frame otherwise.
    const opts = Number.isInteger(frameId) ? { frameId } : undefined;
    const answer = await chrome.tabs.sendMessage(tabId, msg.seek(start, end), opts);
    return answer?.ok !== false;
  } catch {
    // The page has gone (navigated, closed): the next `changed` redraws.
    return false;
  }
}

async function toggle(enabled) {
  if (tabId == null) return;
  await chrome.runtime.sendMessage(msg.toggle(tabId, enabled));
}

/** The per-site switch (background: `site`), offered when the background names the site. */
async function site(enabled) {
  if (tabId == null || typeof msg.site !== 'function') return;
  await chrome.runtime.sendMessage(msg.site(tabId, enabled));
  draw();
}

/** The "Paraphrased statements" switch: a setting, so every tab follows (background). */
async function reported(enabled) {
  await writeSettings({ reported: enabled });
}

async function draw() {
  if (tabId == null) {
    renderSidebar(root, { state: 'empty' });
    return;
  }
  /** @type {import('./types').TabRecord | null} */
  const rec = await chrome.runtime.sendMessage(msg.get(tabId)).catch(() => null);
  frameId = Number.isInteger(rec?.frameId) ? rec.frameId : null;
  /** @type {import('./types').SidebarView} */
  const view = rec
    ? {
      state: rec.enabled ? rec.state : 'off', insights: rec.insights, error: rec.error, url: rec.url,
      site: typeof rec.site === 'string' ? rec.site : null, siteEnabled: rec.siteEnabled !== false,
      reported: rec.settings?.reported !== false,
    }
    : { state: 'empty' };
  renderSidebar(root, view, {
    onSeek: seek,
    onToggle: rec ? toggle : undefined,
    onSite: rec?.site && typeof msg.site === 'function' ? site : undefined,
    onReported: rec ? reported : undefined,
  });
  root.dataset.tab = String(tabId);
}

chrome.runtime.onMessage.addListener((m, sender) => {
  if (!msg.fromThisExtension(sender, chrome.runtime) || !msg.isMessage(m, 'lede:changed')) return false;
  if (m.tabId === tabId) draw();
  return false;
});

async function follow() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  windowId = tab?.windowId ?? null;
  tabId = tab?.id ?? null;
  await draw();
  chrome.tabs.onActivated.addListener((info) => {
    if (info.windowId !== windowId) return;
    tabId = info.tabId;
    draw();
  });
}

if (tabId != null) draw();
else follow();
