// @ts-check
// sidebar.js — the Lede sidebar, rendered from one Insights object. Shared, unchanged, by the
// extension's side panel (sidepanel.js), the www demo page and the playground.
//
// Takes a container element, a view { state, insights, error, url, site, siteEnabled,
// reported } and handlers { onSeek(start, end), onToggle(enabled), onSite(enabled),
// onReported(enabled) }. Optional: onToggle (no tab switch without it), url (the page's
// address, for the Markdown export), site + onSite (a per-site switch), reported + onReported
// (the "Paraphrased statements" switch; off, reported statements are neither listed nor
// counted, on by default). States: pending | ready | skipped | error | off | idle | empty. Gives DOM, top to bottom: the
// header (title; site · byline · date; reading time), key sentences (summary.js), speakers
// (speakers.js), voices chart (voices.js), entities mentioned (speakers.js), export
// (export.js) and a stats footer. Clicks on sentences and quotes call onSeek with UTF-16
// offsets into article.text. Expanded/collapsed choices survive redraws of the same root.
// Page content only ever lands in textContent / attributes, never in innerHTML.
// Styles: sidebar.css (class names prefixed `lede-`).

import { h, button, formatDate, readingTime, plural } from './dom.js';
import { summarySection } from './summary.js';
import { speakersSection, entitiesSection } from './speakers.js';
import { voicesSection } from './voices.js';
import { exportSection } from './export.js';

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').SidebarView} SidebarView */
/** @typedef {import('../types').SidebarHandlers} SidebarHandlers */

const STATUS = {
  pending: 'Reading the article…',
  off: 'Lede is off on this tab.',
  skipped: 'This page does not look like an article.',
  error: 'Lede could not analyse this page.',
  idle: 'Lede runs on this page when you click its toolbar button.',
  empty: 'Nothing analysed yet.',
};

// root element → { summaryMore, expanded, speakersMore, entitiesMore, quotesOnly, title }: what the reader opened.
const uiStates = new WeakMap();

function uiState(root, insights) {
  const title = insights?.article?.title ?? null;
  let ui = uiStates.get(root);
  // A different article starts fresh; a redraw of the same one keeps the reader's choices.
  if (!ui || ui.title !== title) {
    ui = { title, summaryMore: false, expanded: new Set(), speakersMore: false, entitiesMore: new Set(), quotesOnly: false };
    uiStates.set(root, ui);
  }
  return ui;
}

/** A switch (button role="switch") with its label text. */
function switchButton(doc, className, on, text, title, onChange) {
  const sw = button(doc, className, text, () => onChange(!on));
  sw.setAttribute('role', 'switch');
  sw.setAttribute('aria-checked', String(on));
  sw.title = title;
  return sw;
}

function brandBar(doc, view, handlers) {
  const { state, site = null, siteEnabled = true } = view;
  const { onToggle, onSite } = handlers;
  const head = h(doc, 'header', 'lede-head', null, h(doc, 'span', 'lede-brand', 'Lede'));
  if (site && onSite) {
    head.append(switchButton(doc, 'lede-site', siteEnabled, site,
      siteEnabled ? `Lede runs on ${site}: click to turn it off for this site` : `Lede is off for ${site}: click to turn it on`,
      onSite));
  }
  if (onToggle) {
    const on = state !== 'off';
    head.append(switchButton(doc, 'lede-switch', on, on ? 'On' : 'Off',
      on ? 'Turn Lede off on this tab' : 'Turn Lede on on this tab', onToggle));
  }
  return head;
}

/**
 * Title, then "site · byline · date", then the reading time.
 * @param {Document} doc
 * @param {Insights} insights
 * @returns {HTMLElement}
 */
function articleHeader(doc, insights) {
  const a = insights.article;
  const section = h(doc, 'section', 'lede-article', null, h(doc, 'h1', 'lede-title', a.title || 'Untitled'));
  const meta = h(doc, 'p', 'lede-meta');
  const add = (el) => {
    if (meta.childNodes.length) meta.append(doc.createTextNode(' · '));
    meta.append(el);
  };
  if (a.site) add(h(doc, 'span', 'lede-site', a.site));
  if (a.byline) add(h(doc, 'span', 'lede-byline', a.byline));
  const date = formatDate(a.published);
  if (date) {
    const t = h(doc, 'time', 'lede-date', date);
    t.setAttribute('datetime', String(a.published));
    add(t);
  }
  if (meta.childNodes.length) section.append(meta);
  const time = readingTime(insights.stats);
  if (time) section.append(h(doc, 'p', 'lede-reading', time));
  return section;
}

/**
 * Replaces the contents of `root` with the sidebar for `view`.
 * @param {HTMLElement} root
 * @param {SidebarView | null | undefined} view
 * @param {SidebarHandlers} [handlers]
 */
export function renderSidebar(root, view, handlers = {}) {
  const doc = root.ownerDocument;
  const { state = 'empty', insights = null, error = null, url = null } = view ?? {};
  const box = h(doc, 'div', 'lede');
  box.dataset.state = state;
  box.append(brandBar(doc, { ...view, state }, handlers));

  if (state !== 'ready' || !insights) {
    const status = h(doc, 'p', 'lede-status', STATUS[state] ?? STATUS.empty);
    status.setAttribute('role', 'status');
    box.append(status);
    if (state === 'error' && error) box.append(h(doc, 'p', 'lede-error', error));
    root.replaceChildren(box);
    return;
  }

  const ui = uiState(root, insights);
  const onSeek = handlers.onSeek;
  const reported = view?.reported !== false;
  box.append(articleHeader(doc, insights));
  for (const section of [
    summarySection(doc, insights, ui, onSeek),
    speakersSection(doc, insights, ui, onSeek, { reported, onReported: handlers.onReported }),
    voicesSection(doc, insights, ui, { reported }),
    entitiesSection(doc, insights, ui),
    exportSection(doc, insights, { url }),
  ]) {
    if (section) box.append(section);
  }
  const n = insights.quotes?.length ?? 0;
  const r = reported && Array.isArray(insights.reported) ? insights.reported.length : 0;
  const words = insights.stats?.words ?? 0;
  box.append(h(doc, 'footer', 'lede-stats', `${words.toLocaleString()} words · ${plural(n, 'quote')}${r ? ` · ${plural(r, 'reported statement')}` : ''}${insights.stats?.truncated ? ' · long page: analysed in part' : ''}`));
  root.replaceChildren(box);
}
