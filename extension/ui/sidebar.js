// sidebar.js — the Lede sidebar, rendered from one Insights object. Shared, unchanged, by the
// extension's side panel (sidepanel.js), the www demo page and the playground.
//
// Takes a container element, a view { state, insights, error } and handlers
// { onSeek(start, end), onToggle(enabled) } (onToggle optional: no switch without it).
// Gives DOM: title, site · byline · date · reading time, the summary (each sentence a button
// → onSeek), speakers with their quotes (each a button → onSeek), unattributed quotes, stats.
// Page content only ever lands in textContent / attributes, never in innerHTML.
// Styles: sidebar.css (class names prefixed `lede-`).

import { speakerSlots, quoteSlot, colours, UNKNOWN } from '../lib/palette.js';

const STATUS = {
  pending: 'Reading the article…',
  off: 'Lede is off on this tab.',
  skipped: 'This page does not look like an article.',
  error: 'Lede could not analyse this page.',
  empty: 'Nothing analysed yet.',
};

/** document.createElement with a class and text; children appended. */
function h(doc, tag, className, text, ...children) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  for (const c of children) if (c) el.append(c);
  return el;
}

function formatDate(value) {
  if (!value) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function metaLine(insights) {
  const a = insights.article ?? {};
  const parts = [a.site, a.byline, formatDate(a.published)];
  const minutes = insights.stats?.reading_minutes;
  if (typeof minutes === 'number') parts.push(`${Math.max(1, Math.round(minutes))} min read`);
  return parts.filter((p) => p != null && String(p).trim() !== '').join(' · ');
}

function seekButton(doc, className, text, span, onSeek) {
  const b = h(doc, 'button', className, text);
  b.type = 'button';
  b.dataset.start = String(span.start);
  b.dataset.end = String(span.end);
  b.addEventListener('click', () => onSeek?.(span.start, span.end));
  return b;
}

function quoteItem(doc, quote, onSeek) {
  const li = h(doc, 'li', 'lede-quote-item');
  const b = seekButton(doc, 'lede-quote', `“${quote.text}”`, quote, onSeek);
  b.dataset.quote = quote.id;
  if (quote.kind) b.dataset.kind = quote.kind;
  li.append(b);
  return li;
}

function summarySection(doc, insights, onSeek) {
  const sentences = insights.summary ?? [];
  if (sentences.length === 0) return null;
  const ol = h(doc, 'ol', 'lede-summary-list');
  for (const s of sentences) ol.append(h(doc, 'li', null, null, seekButton(doc, 'lede-sentence', s.text, s, onSeek)));
  return h(doc, 'section', 'lede-summary', null, h(doc, 'h2', null, 'Summary'), ol);
}

function speakersSection(doc, insights, onSeek) {
  const quotes = (insights.quotes ?? []).slice().sort((a, b) => a.start - b.start);
  if (quotes.length === 0) return h(doc, 'section', 'lede-speakers', null, h(doc, 'p', 'lede-none', 'No quotes found.'));
  const slots = speakerSlots(insights);
  const byId = new Map((insights.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map(); // entity id (or null) → quotes
  for (const q of quotes) {
    const id = q.speaker != null && byId.has(q.speaker) ? q.speaker : null;
    if (!groups.has(id)) groups.set(id, []);
    groups.get(id).push(q);
  }
  const speakers = [...groups.keys()].filter((id) => id !== null)
    .sort((a, b) => groups.get(b).length - groups.get(a).length); // stable: ties keep first-quote order
  const section = h(doc, 'section', 'lede-speakers', null,
    h(doc, 'h2', null, `Speakers (${speakers.length})`));
  const card = (name, role, slot, qs, speakerAttr) => {
    const [strong, tint] = colours(slot);
    const el = h(doc, 'article', 'lede-speaker');
    el.style.setProperty('--lede-colour', strong);
    el.style.setProperty('--lede-tint', tint);
    if (speakerAttr != null) el.dataset.ledeSpeaker = speakerAttr;
    const head = h(doc, 'header', 'lede-speaker-head', null,
      h(doc, 'span', 'lede-swatch'),
      h(doc, 'span', 'lede-name', name),
      h(doc, 'span', 'lede-count', qs.length === 1 ? '1 quote' : `${qs.length} quotes`));
    el.append(head);
    if (role) el.append(h(doc, 'p', 'lede-role', role));
    const ul = h(doc, 'ul', 'lede-quotes');
    for (const q of qs) ul.append(quoteItem(doc, q, onSeek));
    el.append(ul);
    return el;
  };
  for (const id of speakers) {
    const e = byId.get(id);
    const qs = groups.get(id);
    section.append(card(e.name, e.role, quoteSlot(slots, qs[0]), qs, e.name));
  }
  if (groups.has(null)) section.append(card('Unattributed', null, UNKNOWN, groups.get(null), null));
  return section;
}

/** Replaces the contents of `root` with the sidebar for `view`. */
export function renderSidebar(root, view, handlers = {}) {
  const doc = root.ownerDocument;
  const { state = 'empty', insights = null, error = null } = view ?? {};
  const box = h(doc, 'div', 'lede');
  box.dataset.state = state;

  const head = h(doc, 'header', 'lede-head', null, h(doc, 'span', 'lede-brand', 'Lede'));
  if (handlers.onToggle) {
    const on = state !== 'off';
    const sw = h(doc, 'button', 'lede-switch', on ? 'On' : 'Off');
    sw.type = 'button';
    sw.setAttribute('role', 'switch');
    sw.setAttribute('aria-checked', String(on));
    sw.title = on ? 'Turn Lede off on this tab' : 'Turn Lede on on this tab';
    sw.addEventListener('click', () => handlers.onToggle(!on));
    head.append(sw);
  }
  box.append(head);

  if (state !== 'ready' || !insights) {
    box.append(h(doc, 'p', 'lede-status', STATUS[state] ?? STATUS.empty));
    if (state === 'error' && error) box.append(h(doc, 'p', 'lede-error', error));
    root.replaceChildren(box);
    return;
  }

  const a = insights.article ?? {};
  box.append(h(doc, 'section', 'lede-article', null,
    h(doc, 'h1', 'lede-title', a.title || 'Untitled'),
    metaLine(insights) ? h(doc, 'p', 'lede-meta', metaLine(insights)) : null));
  const summary = summarySection(doc, insights, handlers.onSeek);
  if (summary) box.append(summary);
  box.append(speakersSection(doc, insights, handlers.onSeek));
  const words = insights.stats?.words ?? 0;
  const n = insights.quotes?.length ?? 0;
  box.append(h(doc, 'footer', 'lede-stats', `${words.toLocaleString()} words · ${n} ${n === 1 ? 'quote' : 'quotes'}`));
  root.replaceChildren(box);
}
