// @ts-check
// speakers.js — the Speakers and Entities sections of the sidebar.
//
// Takes the Insights object, a UI state { expanded: Set of entity ids (or "unattributed"),
// speakersMore, entitiesMore: Set of kinds } that survives redraws, onSeek(start, end) and
// whether reported statements are shown (the "Paraphrased statements" switch). Gives:
// speakerGroups() (pure) and speakersSection() — one card per speaker (most quotes first, then
// most reported statements; unattributed last) with name, role, counts and their label colour
// (lib/palette.js, same as in the page); the card lists two groups, "Quoted" (their quotes)
// and "Reported" (what they said without quotation marks); its head is a button
// (aria-expanded) that lists everything, collapsed it shows the first item; every quote and
// statement is a button that seeks to it in the page. entitiesSection() — people,
// organisations and places mentioned, with mention counts.

import { speakerSlots, quoteSlot, colours, UNKNOWN } from '../lib/palette.js';
import { h, button, seekButton, disclosure } from './dom.js';
import { t, count } from '../lib/i18n.js';

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').Quote} Quote */
/** @typedef {import('../types').Entity} Entity */
/** @typedef {import('../types').EntityKind} EntityKind */
/** @typedef {import('../types').Reported} Reported */
/** @typedef {{ entity: Entity | null, slot: number, quotes: Quote[], reported: Reported[] }} SpeakerGroup */

const LOW_CONFIDENCE = 0.6; // as the hover card (lib/label.js UNCERTAIN)
const ENTITY_PREVIEW = 8;
const SPEAKER_PREVIEW = 8; // cards shown before "more speakers" (only when > 10)

const byStart = (a, b) => a.start - b.start;

/**
 * Speakers with their quotes and reported statements, each in reading order:
 * [{ entity|null, slot, quotes, reported }]. `reported: false` leaves the statements out.
 * @param {Insights} insights
 * @param {{ reported?: boolean }} [opts]
 * @returns {SpeakerGroup[]}
 */
export function speakerGroups(insights, { reported = true } = {}) {
  const slots = speakerSlots(insights);
  const byId = new Map((insights.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map(); // entity id (or null) → group
  const add = (item, list) => {
    const id = item.speaker != null && byId.has(item.speaker) ? item.speaker : null;
    if (!groups.has(id)) {
      groups.set(id, { entity: id == null ? null : byId.get(id), slot: id == null ? UNKNOWN : quoteSlot(slots, item), quotes: [], reported: [] });
    }
    groups.get(id)[list].push(item);
  };
  for (const q of (insights.quotes ?? []).slice().sort(byStart)) add(q, 'quotes');
  const statements = reported && Array.isArray(insights.reported) ? insights.reported : [];
  for (const r of statements.slice().sort(byStart)) add(r, 'reported');
  // Stable: ties keep the order of the first quote, then of the first statement.
  const named = [...groups.entries()].filter(([id]) => id !== null).map(([, g]) => g)
    .sort((a, b) => b.quotes.length - a.quotes.length || b.reported.length - a.reported.length);
  return groups.has(null) ? [...named, groups.get(null)] : named;
}

/**
 * "3 quotes", "3 quotes · 2 reported", "1 reported".
 * @param {SpeakerGroup} group
 * @returns {string}
 */
export function groupCount({ quotes, reported }) {
  if (reported.length === 0) return count(quotes.length, 'quotes');
  const said = t('n_reported', reported.length);
  return quotes.length ? `${count(quotes.length, 'quotes')} · ${said}` : said;
}

function quoteItem(doc, quote, onSeek) {
  const b = seekButton(doc, 'lede-quote', `“${quote.text}”`, quote, onSeek);
  b.dataset.quote = quote.id;
  if (quote.kind) b.dataset.kind = quote.kind;
  const li = h(doc, 'li', 'lede-quote-item', null, b);
  if (quote.speaker != null && typeof quote.confidence === 'number' && quote.confidence < LOW_CONFIDENCE) {
    li.append(h(doc, 'span', 'lede-unsure', t('attribution_uncertain')));
  }
  return li;
}

/** One reported statement: a button that seeks to it (its quoted words stay as written). */
function statementItem(doc, r, onSeek) {
  const b = seekButton(doc, 'lede-statement', r.text, r, onSeek);
  b.dataset.reported = r.id;
  if (typeof r.rule === 'string') b.title = t('reported_title', `${r.cue?.text ? `“${r.cue.text}”, ` : ''}${r.rule.replace(/-/g, ' ')}`);
  const li = h(doc, 'li', 'lede-statement-item', null, b);
  if (r.speaker != null && typeof r.confidence === 'number' && r.confidence < LOW_CONFIDENCE) {
    li.append(h(doc, 'span', 'lede-unsure', t('attribution_uncertain')));
  }
  return li;
}

function speakerCard(doc, group, ui, onSeek) {
  const { entity, slot, quotes, reported } = group;
  const key = entity?.id ?? 'unattributed';
  const [strong, tint] = colours(slot);
  const card = h(doc, 'article', 'lede-speaker');
  card.style.setProperty('--lede-colour', strong);
  card.style.setProperty('--lede-tint', tint);
  if (entity) card.dataset.ledeSpeaker = entity.name;

  const head = button(doc, 'lede-speaker-head', null);
  head.append(
    h(doc, 'span', 'lede-swatch'),
    h(doc, 'span', 'lede-name', entity ? entity.name : t('unattributed')),
    h(doc, 'span', 'lede-count', groupCount(group)),
  );
  if (entity?.role) head.append(h(doc, 'span', 'lede-role', entity.role));
  card.append(head);

  // Two groups: quotes, then reported statements (a title each when there are both kinds).
  const body = h(doc, 'div', 'lede-groups');
  const list = h(doc, 'ul', 'lede-quotes');
  const items = quotes.map((q) => quoteItem(doc, q, onSeek));
  list.append(...items);
  const said = h(doc, 'ul', 'lede-quotes lede-reported');
  const statements = reported.map((r) => statementItem(doc, r, onSeek));
  said.append(...statements);
  const both = items.length > 0 && statements.length > 0;
  const quotedTitle = both ? h(doc, 'h3', 'lede-group', t('group_quoted')) : null;
  const reportedTitle = statements.length ? h(doc, 'h3', 'lede-group', t('group_reported')) : null;
  if (items.length) body.append(...[quotedTitle, list].filter(Boolean));
  if (statements.length) body.append(reportedTitle, said);
  card.append(body);
  // Collapsed, a card previews its first item; expanded, it lists them all in full.
  const all = [...items, ...statements];
  disclosure(head, body, ui.expanded.has(key), (open) => {
    list.dataset.collapsed = String(!open);
    said.dataset.collapsed = String(!open);
    all.forEach((li, i) => { li.hidden = !open && i > 0; });
    // Collapsed, only the group of the first item shows (its title too).
    if (quotedTitle) quotedTitle.hidden = !open;
    if (reportedTitle) reportedTitle.hidden = !open && items.length > 0;
    said.hidden = !open && items.length > 0;
    head.title = open ? t('show_fewer') : t('show_all', groupCount(group));
    if (open) ui.expanded.add(key);
    else ui.expanded.delete(key);
  });
  return card;
}

/**
 * A language tag as the reader's browser names it ("fr" → "French"), or the tag itself.
 * @param {string | null | undefined} tag
 * @returns {string}
 */
export function languageName(tag) {
  if (!tag) return 'this language';
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The Speakers section (says so when there are no quotes, or no speakers in this language).
 * @param {Document} doc
 * @param {Insights} insights
 * @param {{ expanded: Set<string>, speakersMore: boolean }} ui
 * @param {((start: number, end: number) => unknown) | undefined} onSeek
 * @param {{ reported?: boolean, onReported?: (enabled: boolean) => unknown }} [opts] the
 *   "Paraphrased statements" switch: its state, and its handler (no switch without one)
 * @returns {HTMLElement}
 */
export function speakersSection(doc, insights, ui, onSeek, { reported = true, onReported } = {}) {
  const groups = speakerGroups(insights, { reported });
  const named = groups.filter((g) => g.entity).length;
  const section = h(doc, 'section', 'lede-speakers', null, h(doc, 'h2', null, t('speakers_title', named)));
  if (onReported) {
    const sw = button(doc, 'lede-toggle lede-reported-switch', t('paraphrased'), () => onReported(!reported));
    sw.setAttribute('role', 'switch');
    sw.setAttribute('aria-checked', String(reported));
    sw.title = reported ? t('paraphrased_on') : t('paraphrased_off');
    section.append(sw);
  }
  if (insights.stats?.attributed === false) {
    section.append(h(doc, 'p', 'lede-none lede-no-lexicon', t('no_lexicon', languageName(insights.article.lang))));
  } else if (groups.length === 0) section.append(h(doc, 'p', 'lede-none', reported ? t('no_statements') : t('no_quotes')));
  const cards = groups.map((g) => speakerCard(doc, g, ui, onSeek));
  const list = h(doc, 'div', 'lede-speaker-list', null, ...cards);
  section.append(list);
  // A long story's many one-quote voices wait behind a button; the chart below still counts them.
  if (cards.length > SPEAKER_PREVIEW + 2) {
    const more = button(doc, 'lede-more', null);
    disclosure(more, list, ui.speakersMore, (open) => {
      cards.forEach((c, i) => { c.hidden = !open && i >= SPEAKER_PREVIEW; });
      more.textContent = open ? t('fewer_speakers') : t('more_speakers', cards.length - SPEAKER_PREVIEW);
      ui.speakersMore = open;
    });
    section.append(more);
  }
  return section;
}

/** @type {{ key: EntityKind, label: () => string }[]} */
const ENTITY_KINDS = [
  { key: 'person', label: () => t('kind_people') },
  { key: 'organization', label: () => t('kind_organisations') },
  { key: 'place', label: () => t('kind_places') },
];

/**
 * Entities of one kind, most mentioned first: [{ id, name, role, mentions, quotes }].
 * @param {Insights} insights
 * @param {EntityKind} kind
 * @returns {Entity[]}
 */
export function entitiesOfKind(insights, kind) {
  return (insights.entities ?? [])
    .filter((e) => e.kind === kind)
    .sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.name.localeCompare(b.name));
}

/**
 * The Entities section, or null when nothing was recognised.
 * @param {Document} doc
 * @param {Insights} insights
 * @param {{ entitiesMore: Set<string> }} ui
 * @returns {HTMLElement | null}
 */
export function entitiesSection(doc, insights, ui) {
  const section = h(doc, 'section', 'lede-entities', null, h(doc, 'h2', null, t('mentioned')));
  let any = false;
  for (const { key, label } of ENTITY_KINDS) {
    const list = entitiesOfKind(insights, key);
    if (list.length === 0) continue;
    any = true;
    const ul = h(doc, 'ul', 'lede-chips');
    ul.dataset.kind = key;
    const items = list.map((e) => {
      const li = h(doc, 'li', 'lede-chip', null, h(doc, 'span', 'lede-chip-name', e.name), h(doc, 'span', 'lede-chip-n', String(e.mentions ?? 0)));
      li.title = `${e.name}${e.role ? `, ${e.role}` : ''}: ${count(e.mentions ?? 0, 'mentions')}${e.quotes ? `, ${count(e.quotes, 'quotes')}` : ''}`;
      return li;
    });
    ul.append(...items);
    const group = h(doc, 'div', 'lede-entity-group', null, h(doc, 'h3', null, `${label()} (${list.length})`), ul);
    if (items.length > ENTITY_PREVIEW) {
      const more = button(doc, 'lede-more', null);
      disclosure(more, ul, ui.entitiesMore.has(key), (open) => {
        items.forEach((li, i) => { li.hidden = !open && i >= ENTITY_PREVIEW; });
        more.textContent = open ? t('fewer') : t('n_more', items.length - ENTITY_PREVIEW);
        if (open) ui.entitiesMore.add(key);
        else ui.entitiesMore.delete(key);
      });
      group.append(more);
    }
    section.append(group);
  }
  return any ? section : null;
}
