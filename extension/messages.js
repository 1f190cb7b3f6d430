// @ts-check
// messages.js — every message Lede's parts send each other, and the guards that check them.
//
// Takes nothing; gives the message constructors (a discriminated union on `type`), isMessage()
// (a type guard: right `type`, right field types) and fromThisExtension() (the sender check).
// Every listener drops what fails either check, so a page or another extension cannot drive
// Lede. Shared by background.js, content.js (dynamic import) and sidepanel.js.
//
//   content  → background  hello   {}                        reply: { enabled, run, force, reported, words }
//            (`enabled` = not switched off on this tab; `run` = paint now, per the settings;
//             `force` = the user asked for this page: paint even a non-article; `words` =
//             lib/i18n.js wordsFor(), Lede's messages for the page's labels)
//   content  → background  report  { state, insights, error } reply: { ok }
//   content  → background  analyze { snapshot }              reply: { insights, error, ms }
//            (the core runs in the background, compiled once for every page; sent over the
//             port `lede:analyze`, answers in order, or by sendMessage without one; `snapshot`
//             is collectSnapshot's packed fields with the typed arrays as plain arrays; `ms`
//             the core's time there)
//   panel    → background  get     { tabId }                 reply: TabRecord (see background)
//   panel    → background  toggle  { tabId, enabled }        reply: { enabled }  (this tab)
//   panel    → background  site    { tabId, enabled }        reply: { site, enabled } (the
//            per-site switch for the tab's host; the global switch and the mode are written to
//            storage directly with lib/settings.js, the background follows storage changes)
//   background → panel     changed { tabId }                 (broadcast, no reply)
//   background → content   switch  { enabled, force? }       reply: { state }
//   background → content   show    { reported }              reply: { reported } (the
//            "Paraphrased statements" setting changed: reported statements shown or hidden
//            at once, without a new analysis; the hello reply carries it too)
//   panel    → content     seek    { start, end }            reply: { ok }  (UTF-16 offsets)

/** @typedef {import('./types').Insights} Insights */
/** @typedef {import('./types').Message} Message */
/** @typedef {import('./types').MessageType} MessageType */
/** @typedef {import('./types').ReportState} ReportState */
/** @typedef {import('./types').PackedSnapshot} PackedSnapshot */

const isInt = (v) => Number.isInteger(v) && v >= 0;
const isBool = (v) => typeof v === 'boolean';
const STATES = new Set(['ready', 'skipped', 'error', 'off']);

const isStr = (v) => typeof v === 'string';
const isIntArray = (v) => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff);
const isPacked = (s) => s !== null && typeof s === 'object'
  && isStr(s.title) && isStr(s.lang) && isStr(s.head) && isStr(s.nodes) && isStr(s.text)
  && isIntArray(s.parents) && isIntArray(s.blocks);

/** Field checks per message type. */
const SHAPES = {
  'lede:hello': () => true,
  'lede:report': (m) => STATES.has(m.state)
    && (m.insights === null || (typeof m.insights === 'object' && !Array.isArray(m.insights)))
    && (m.error === null || typeof m.error === 'string'),
  'lede:analyze': (m) => isPacked(m.snapshot),
  'lede:get': (m) => isInt(m.tabId),
  'lede:toggle': (m) => isInt(m.tabId) && isBool(m.enabled),
  'lede:site': (m) => isInt(m.tabId) && isBool(m.enabled),
  'lede:changed': (m) => isInt(m.tabId),
  'lede:switch': (m) => isBool(m.enabled) && (m.force === undefined || isBool(m.force)),
  'lede:show': (m) => isBool(m.reported),
  'lede:seek': (m) => isInt(m.start) && isInt(m.end) && m.end >= m.start,
};

/** @returns {import('./types').HelloMessage} */
export const hello = () => ({ type: 'lede:hello' });
/**
 * @param {ReportState} state
 * @param {Insights | null} [insights]
 * @param {string | null} [error]
 * @returns {import('./types').ReportMessage}
 */
export const report = (state, insights = null, error = null) => ({ type: 'lede:report', state, insights, error });
/** @param {number} tabId @returns {import('./types').GetMessage} */
export const get = (tabId) => ({ type: 'lede:get', tabId });
/**
 * The packed part of a collectSnapshot() result, made JSON-safe for messaging.
 * @param {PackedSnapshot} snap
 * @returns {import('./types').AnalyzeMessage}
 */
export const analyze = (snap) => ({
  type: 'lede:analyze',
  snapshot: {
    title: snap.title, lang: snap.lang, head: snap.head, nodes: snap.nodes, text: snap.text,
    parents: Array.from(snap.parents), blocks: Array.from(snap.blocks),
  },
});
/** @param {number} tabId @param {boolean} enabled @returns {import('./types').ToggleMessage} */
export const toggle = (tabId, enabled) => ({ type: 'lede:toggle', tabId, enabled });
/** @param {number} tabId @param {boolean} enabled @returns {import('./types').SiteMessage} */
export const site = (tabId, enabled) => ({ type: 'lede:site', tabId, enabled });
/** @param {number} tabId @returns {import('./types').ChangedMessage} */
export const changed = (tabId) => ({ type: 'lede:changed', tabId });
/** @param {boolean} enabled @param {boolean} [force] @returns {import('./types').SwitchMessage} */
export const switchTo = (enabled, force = false) => ({ type: 'lede:switch', enabled, force });
/** @param {boolean} reported @returns {import('./types').ShowMessage} */
export const show = (reported) => ({ type: 'lede:show', reported });
/** @param {number} start @param {number} end UTF-16 offsets into article.text @returns {import('./types').SeekMessage} */
export const seek = (start, end) => ({ type: 'lede:seek', start, end });

/**
 * Type guard: `m` is a well-formed Lede message (optionally of one of `types`).
 * @template {MessageType} T
 * @param {any} m anything a listener received
 * @param {...T} types
 * @returns {m is Extract<Message, { type: T }>}
 */
export function isMessage(m, ...types) {
  if (m === null || typeof m !== 'object' || typeof m.type !== 'string') return false;
  const shape = Object.hasOwn(SHAPES, m.type) ? SHAPES[m.type] : null;
  if (!shape || (types.length > 0 && !types.includes(m.type))) return false;
  return shape(m);
}

/**
 * Types only a content script (a sender with a tab) may send; the rest only extension pages.
 * @type {Set<string>}
 */
export const FROM_CONTENT = new Set(['lede:hello', 'lede:report', 'lede:analyze']);

/**
 * True when `sender` is part of this extension: its id matches and, for extension pages, its
 * URL is ours. Content scripts carry the id too (sender.tab set, URL = the page's).
 * @param {chrome.runtime.MessageSender | null | undefined} sender
 * @param {Pick<typeof chrome.runtime, 'id' | 'getURL'>} runtime
 * @returns {boolean}
 */
export function fromThisExtension(sender, runtime) {
  if (!sender || sender.id !== runtime.id) return false;
  if (sender.tab) return true; // our content script in a tab
  const base = runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}
