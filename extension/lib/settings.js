// @ts-check
// settings.js — Lede's user settings, kept in extension storage (chrome.storage.local).
//
// Takes the stored value (anything: it is checked) and page URLs; gives the defaults,
// normalise() (a well-formed settings object from whatever is stored), readSettings() /
// writeSettings() (storage round trip), siteOf(url) (the host a per-site switch names,
// without "www.") and decide(), the one rule for whether Lede paints a tab. Shared by
// background.js, options.js and the side panel.
//
//   { enabled: boolean,            the global on/off switch
//     mode: 'auto' | 'click',      auto: every page the core calls an article (readerable);
//                                  click: only after a toolbar click, on that page
//     disabledSites: string[],     hosts where Lede never runs (subdomains included)
//     reported: boolean }          "Paraphrased statements": paint reported statements
//                                  (said without quotation marks) besides the quotes

/** @typedef {import('../types').Settings} Settings */
/** @typedef {import('../types').Decision} Decision */
/** @typedef {import('../types').Mode} Mode */

export const KEY = 'settings';
export const MODES = ['auto', 'click'];
export const DEFAULTS = Object.freeze({ enabled: true, mode: 'auto', disabledSites: Object.freeze([]), reported: true });
const MAX_SITES = 1000;

/**
 * The host a per-site switch is about: lower case, without a leading "www."; null for non-web URLs.
 * @param {string | null | undefined} url
 * @returns {string | null}
 */
export function siteOf(url) {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * A clean site name typed by a user ("https://www.x.com/a" → "x.com"), or null.
 * @param {unknown} input
 * @returns {string | null}
 */
export function cleanSite(input) {
  const s = String(input ?? '').trim().toLowerCase();
  if (!s) return null;
  const site = siteOf(/^[a-z]+:\/\//.test(s) ? s : `https://${s}`);
  return site && /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(site) ? site : null;
}

/**
 * Settings from whatever storage held: unknown keys dropped, bad values replaced by defaults.
 * @param {unknown} raw
 * @returns {Settings}
 */
export function normalise(raw) {
  const r = /** @type {Record<string, any>} */ (raw !== null && typeof raw === 'object' ? raw : {});
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites.map(cleanSite).filter(Boolean) : [];
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULTS.enabled,
    mode: MODES.includes(r.mode) ? r.mode : DEFAULTS.mode,
    disabledSites: [...new Set(sites)].slice(0, MAX_SITES),
    reported: typeof r.reported === 'boolean' ? r.reported : DEFAULTS.reported,
  };
}

/**
 * @param {Pick<chrome.storage.StorageArea, "get">} [storage]
 * @returns {Promise<Settings>}
 */
export async function readSettings(storage = chrome.storage.local) {
  const got = await storage.get(KEY);
  return normalise(got?.[KEY]);
}

/**
 * Merges `patch` into the stored settings; gives the result.
 * @param {Partial<Settings>} patch
 * @param {Pick<chrome.storage.StorageArea, "get" | "set">} [storage]
 * @returns {Promise<Settings>}
 */
export async function writeSettings(patch, storage = chrome.storage.local) {
  const next = normalise({ ...(await readSettings(storage)), ...patch });
  await storage.set({ [KEY]: next });
  return next;
}

/**
 * True when the per-site switch is off for `url` (its host or a parent domain listed).
 * @param {Settings} settings
 * @param {string | null | undefined} url
 * @returns {boolean}
 */
export function siteIsOff(settings, url) {
  const host = siteOf(url);
  if (!host) return false;
  return settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`));
}

/**
 * Sets the per-site switch for the site of `url`; gives the new settings.
 * @param {Settings} settings
 * @param {string | null | undefined} url
 * @param {boolean} enabled
 * @returns {Settings}
 */
export function withSite(settings, url, enabled) {
  const site = siteOf(url);
  if (!site) return settings;
  const others = settings.disabledSites.filter((s) => s !== site && !(site.endsWith(`.${s}`) && enabled));
  return normalise({ ...settings, disabledSites: enabled ? others : [...others, site] });
}

/**
 * Whether Lede paints a page: { run, force, why } where why is 'off' (global switch),
 * 'site' (per-site switch), 'tab' (switched off on this tab), 'click' (click mode, not
 * clicked yet) or null. `force`: the user asked for this page, paint it even when the core
 * does not call it an article.
 * @param {Settings} settings
 * @param {{ enabled?: boolean, clicked?: boolean }} [tab]
 * @param {string | null} [url]
 * @returns {Decision}
 */
export function decide(settings, { enabled = true, clicked = false } = {}, url = null) {
  if (!settings.enabled) return { run: false, force: false, why: 'off' };
  if (url && siteIsOff(settings, url)) return { run: false, force: false, why: 'site' };
  if (!enabled) return { run: false, force: false, why: 'tab' };
  if (settings.mode === 'click' && !clicked) return { run: false, force: false, why: 'click' };
  return { run: true, force: settings.mode === 'click', why: null };
}
