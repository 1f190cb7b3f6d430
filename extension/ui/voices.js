// @ts-check
// voices.js — who gets the words: shares of the words attributed to each speaker, and the
// chart that shows them.
//
// Takes the Insights object. Gives statementUnits(insights) (pure: every statement once —
// each reported statement, and each quote that lies inside none, as the all-statement metric
// counts them), voiceShares(insights, { quotesOnly }) (pure, no DOM: words per speaker over
// those statements, or over the quotes alone; per gender where the text gives evidence, per
// kind — people vs organisations) and voicesSection(doc, insights, ui) (an SVG chart built
// with DOM APIs plus an HTML legend, and a "Quotes only" switch when there are reported
// statements; colours from lib/palette.js so a speaker's bar matches their labels in the page).
// Unknown speakers and genders are counted and shown as unknown, never guessed. Used by
// ui/sidebar.js and ui/export.js.

import { speakerSlots, quoteSlot, colours } from '../lib/palette.js';
import { h, svg, button } from './dom.js';
import { t } from '../lib/i18n.js';

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').Entity} Entity */

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const MAX_ROWS = 6; // speakers drawn one per row; the rest are summed as "Others"

/**
 * Words in a string (letters/digits runs; "don't" and "long-term" are one word).
 * @param {unknown} text
 * @returns {number}
 */
export function countWords(text) {
  return String(text ?? '').match(WORD)?.length ?? 0;
}

/** Gender groups. `colour` null = drawn in the theme's "unknown" grey (CSS). */
export const GENDERS = [
  { key: 'female', get label() { return t('gender_female'); }, colour: '#0f766e' },
  { key: 'male', get label() { return t('gender_male'); }, colour: '#c2410c' },
  { key: 'organisation', get label() { return t('gender_organisation'); }, colour: '#7c3aed' },
  { key: 'unknown', get label() { return t('unknown'); }, colour: null },
];

/** Kind groups; places that speak ("Russia said") count as organisations (institutions). */
export const KINDS = [
  { key: 'person', get label() { return t('kind_people'); }, colour: '#2563eb' },
  { key: 'organisation', get label() { return t('kind_organisations'); }, colour: '#7c3aed' },
  { key: 'unknown', get label() { return t('unknown'); }, colour: null },
];

function kindOf(entity) {
  if (!entity) return 'unknown';
  if (entity.kind === 'person') return 'person';
  if (entity.kind === 'organization' || entity.kind === 'place') return 'organisation';
  return 'unknown';
}

function genderOf(entity) {
  const kind = kindOf(entity);
  if (kind === 'organisation') return 'organisation';
  if (kind === 'person' && (entity.gender === 'female' || entity.gender === 'male')) return entity.gender;
  return 'unknown';
}

/**
 * Every statement once, in reading order: the reported statements, and the quotes that lie
 * inside none of them (a mixed statement's quoted words are counted with it).
 * @param {Insights | null | undefined} insights
 * @returns {{ text: string, speaker: string | null, start: number, end: number }[]}
 */
export function statementUnits(insights) {
  const reported = Array.isArray(insights?.reported) ? insights.reported : [];
  const inside = (q) => reported.some((r) => q.start >= r.start && q.end <= r.end);
  return [...reported, ...(insights?.quotes ?? []).filter((q) => !inside(q))].sort((a, b) => a.start - b.start);
}

/**
 * { total, quotesOnly, speakers: [{ id, name, slot, quotes, words, share }] (most words
 *   first; `quotes` counts their statements), unattributed: { quotes, words, share },
 *   gender: [{ key, label, colour, words, share }], kind: [...] } — shares are 0…1 of `total`
 *   words, over every statement (statementUnits) or, with `quotesOnly`, over the quotes.
 * @param {Insights} insights
 * @param {{ quotesOnly?: boolean }} [opts]
 */
export function voiceShares(insights, { quotesOnly = false } = {}) {
  const entities = new Map((insights?.entities ?? []).map((e) => [e.id, e]));
  const slots = speakerSlots(insights);
  const bySpeaker = new Map();
  const unattributed = { quotes: 0, words: 0, share: 0 };
  const gender = new Map(GENDERS.map((g) => [g.key, { ...g, words: 0, share: 0 }]));
  const kind = new Map(KINDS.map((k) => [k.key, { ...k, words: 0, share: 0 }]));
  let total = 0;
  for (const q of quotesOnly ? insights?.quotes ?? [] : statementUnits(insights)) {
    const words = countWords(q.text);
    total += words;
    const e = q.speaker != null ? entities.get(q.speaker) : undefined;
    gender.get(genderOf(e)).words += words;
    kind.get(kindOf(e)).words += words;
    if (!e) {
      unattributed.quotes += 1;
      unattributed.words += words;
      continue;
    }
    if (!bySpeaker.has(e.id)) {
      bySpeaker.set(e.id, { id: e.id, name: e.name, slot: quoteSlot(slots, q), quotes: 0, words: 0, share: 0 });
    }
    const s = bySpeaker.get(e.id);
    s.quotes += 1;
    s.words += words;
  }
  const share = (w) => (total > 0 ? w / total : 0);
  const speakers = [...bySpeaker.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes);
  for (const s of speakers) s.share = share(s.words);
  unattributed.share = share(unattributed.words);
  for (const g of gender.values()) g.share = share(g.words);
  for (const k of kind.values()) k.share = share(k.words);
  return { total, quotesOnly, speakers, unattributed, gender: [...gender.values()], kind: [...kind.values()] };
}

/**
 * "45%", "<1%" for a sliver, "0%".
 * @param {number} share
 * @returns {string}
 */
export function percent(share) {
  if (share <= 0) return '0%';
  if (share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

function shorten(name, max = 18) {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** One row per speaker: name, bar in their label colour, percentage. */
function speakerChart(doc, shares) {
  const rows = shares.speakers.slice(0, MAX_ROWS).map((s) => ({
    name: s.name, share: s.share, colour: colours(s.slot)[0], unknown: false,
  }));
  const rest = shares.speakers.slice(MAX_ROWS);
  if (rest.length) {
    rows.push({ name: t('n_others', rest.length), share: rest.reduce((t, s) => t + s.share, 0), colour: null, unknown: true });
  }
  if (shares.unattributed.words > 0) rows.push({ name: t('unattributed'), share: shares.unattributed.share, colour: null, unknown: true });
  const W = 320;
  const ROW = 22;
  const LABEL = 118;
  const BAR = W - LABEL - 40;
  const chart = svg(doc, 'svg', {
    class: 'lede-chart lede-chart-speakers', viewBox: `0 0 ${W} ${rows.length * ROW}`, width: '100%',
    role: 'img', 'aria-label': t('share_of_list', what(shares), rows.map((r) => `${r.name} ${percent(r.share)}`).join(', ')),
  });
  rows.forEach((r, i) => {
    const y = i * ROW;
    const name = svg(doc, 'text', { class: 'lede-chart-text', x: 0, y: y + 15 });
    name.textContent = shorten(r.name);
    const track = svg(doc, 'rect', { class: 'lede-chart-track', x: LABEL, y: y + 5, width: BAR, height: 12, rx: 3 });
    const bar = svg(doc, 'rect', {
      class: `lede-chart-bar${r.unknown ? ' lede-chart-unknown' : ''}`, x: LABEL, y: y + 5,
      width: Math.max(r.share > 0 ? 2 : 0, r.share * BAR).toFixed(1), height: 12, rx: 3, fill: r.colour,
    }, svg(doc, 'title'));
    bar.firstChild.textContent = t('share_bar', r.name, percent(r.share), what(shares));
    const pct = svg(doc, 'text', { class: 'lede-chart-text lede-chart-pct', x: W, y: y + 15, 'text-anchor': 'end' });
    pct.textContent = percent(r.share);
    chart.append(name, track, bar, pct);
  });
  return chart;
}

/** A single stacked bar of `groups` (those with words) and its legend. */
function stackedBar(doc, title, groups) {
  const shown = groups.filter((g) => g.words > 0);
  const W = 320;
  const chart = svg(doc, 'svg', {
    class: 'lede-chart lede-chart-stack', viewBox: `0 0 ${W} 14`, width: '100%', preserveAspectRatio: 'none',
    role: 'img', 'aria-label': `${title}: ${shown.map((g) => `${g.label} ${percent(g.share)}`).join(', ')}`,
  });
  let x = 0;
  for (const g of shown) {
    const w = g.share * W;
    const seg = svg(doc, 'rect', {
      class: `lede-chart-seg${g.colour ? '' : ' lede-chart-unknown'}`, x: x.toFixed(2), y: 0,
      width: w.toFixed(2), height: 14, fill: g.colour,
    }, svg(doc, 'title'));
    seg.dataset.group = g.key;
    seg.firstChild.textContent = `${g.label}: ${percent(g.share)}`;
    chart.append(seg);
    x += w;
  }
  const legend = h(doc, 'ul', 'lede-legend');
  for (const g of shown) {
    const sw = h(doc, 'span', `lede-legend-swatch${g.colour ? '' : ' lede-chart-unknown-bg'}`);
    if (g.colour) sw.style.background = g.colour;
    legend.append(h(doc, 'li', null, null, sw, h(doc, 'span', null, `${g.label} ${percent(g.share)}`)));
  }
  return h(doc, 'figure', 'lede-stack', null, h(doc, 'figcaption', null, title), chart, legend);
}

/**
 * What the shares are of: "quoted words", or "words said" (quotes and reported statements).
 * @param {{ quotesOnly: boolean }} shares
 */
export const what = (shares) => (shares.quotesOnly ? t('quoted_words') : t('words_said'));

/**
 * The Voices section, or null when nothing was said. With reported statements (and
 * `opts.reported`, the "Paraphrased statements" switch, on) it counts every statement and
 * offers a "Quotes only" switch, kept in `ui.quotesOnly` across redraws.
 * @param {Document} doc
 * @param {Insights} insights
 * @param {{ quotesOnly?: boolean }} [ui]
 * @param {{ reported?: boolean }} [opts]
 * @returns {HTMLElement | null}
 */
export function voicesSection(doc, insights, ui = {}, { reported = true } = {}) {
  const any = reported && Array.isArray(insights.reported) && insights.reported.length > 0;
  if (voiceShares(insights, { quotesOnly: !any }).total === 0) return null;
  const section = h(doc, 'section', 'lede-voices', null, h(doc, 'h2', null, t('voices')));
  const fill = () => {
    const shares = voiceShares(insights, { quotesOnly: !any || ui.quotesOnly === true });
    const parts = [h(doc, 'p', 'lede-note', t('share_of', shares.total.toLocaleString(), what(shares)))];
    if (any) {
      const sw = button(doc, 'lede-toggle lede-quotes-only', t('quotes_only'), () => {
        ui.quotesOnly = !shares.quotesOnly;
        fill();
        section.querySelector('.lede-quotes-only')?.focus();
      });
      sw.setAttribute('role', 'switch');
      sw.setAttribute('aria-checked', String(shares.quotesOnly));
      parts.push(sw);
    }
    if (shares.total === 0) parts.push(h(doc, 'p', 'lede-none', t('no_quoted_words')));
    else {
      parts.push(speakerChart(doc, shares), stackedBar(doc, t('by_gender'), shares.gender),
        stackedBar(doc, t('by_kind'), shares.kind));
    }
    section.replaceChildren(section.firstChild, ...parts);
  };
  fill();
  return section;
}

