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

import { h, button, formatDate, readingTime } from './dom.js';
import { summarySection } from './summary.js';
import { speakersSection, entitiesSection } from './speakers.js';
import { voicesSection } from './voices.js';
import { exportSection } from './export.js';
import { t, count } from '../lib/i18n.js';

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').SidebarView} SidebarView */
/** @typedef {import('../types').SidebarHandlers} SidebarHandlers */

const STATUS = {
  pending: () => t('status_pending'),
  off: () => t('status_off'),
  skipped: () => t('status_skipped'),
  error: () => t('status_error'),
  idle: () => t('status_idle'),
  empty: () => t('status_empty'),
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
      siteEnabled ? t('site_on', site) : t('site_off', site),
      onSite));
  }
  if (onToggle) {
    const on = state !== 'off';
    head.append(switchButton(doc, 'lede-switch', on, on ? t('switch_on') : t('switch_off'),
      on ? t('tab_turn_off') : t('tab_turn_on'), onToggle));
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
  const section = h(doc, 'section', 'lede-article', null, h(doc, 'h1', 'lede-title', a.title || t('untitled')));
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
    const status = h(doc, 'p', 'lede-status', (STATUS[state] ?? STATUS.empty)());
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
  box.append(h(doc, 'footer', 'lede-stats', `${count(words, 'words')} · ${count(n, 'quotes')}${r ? ` · ${count(r, 'reported_statements')}` : ''}${insights.stats?.truncated ? ` · ${t('long_page')}` : ''}`));
  root.replaceChildren(box);
}
