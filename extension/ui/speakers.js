// @ts-check
// speakers.js — the Speakers and Entities sections of the sidebar.
//
// Takes the Insights object, a UI state { expanded: Set of entity ids (or "unattributed"),
// speakersMore, entitiesMore: Set of kinds } that survives redraws, and onSeek(start, end). Gives:
// speakersSection() — one card per speaker (most quotes first; unattributed quotes last) with
// name, role, quote count and their label colour (lib/palette.js, same as in the page); the
// card's head is a button (aria-expanded) that lists all their quotes, collapsed it shows the
// first one; every quote is a button that seeks to it in the page. entitiesSection() — people,
// organisations and places mentioned, with mention counts.

import { speakerSlots, quoteSlot, colours, UNKNOWN } from '../lib/palette.js';
import { h, button, seekButton, disclosure, plural } from './dom.js';

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').Quote} Quote */
/** @typedef {import('../types').Entity} Entity */
/** @typedef {import('../types').EntityKind} EntityKind */
/** @typedef {{ entity: Entity | null, slot: number, quotes: Quote[] }} SpeakerGroup */

const LOW_CONFIDENCE = 0.6; // as the hover card (lib/label.js UNCERTAIN)
const ENTITY_PREVIEW = 8;
const SPEAKER_PREVIEW = 8; // cards shown before "more speakers" (only when > 10)

/**
 * Speakers with their quotes in reading order: [{ entity|null, slot, quotes }].
 * @param {Insights} insights
 * @returns {SpeakerGroup[]}
 */
export function speakerGroups(insights) {
  const quotes = (insights.quotes ?? []).slice().sort((a, b) => a.start - b.start);
  const slots = speakerSlots(insights);
  const byId = new Map((insights.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map(); // entity id (or null) → group
  for (const q of quotes) {
    const id = q.speaker != null && byId.has(q.speaker) ? q.speaker : null;
    if (!groups.has(id)) groups.set(id, { entity: id == null ? null : byId.get(id), slot: id == null ? UNKNOWN : quoteSlot(slots, q), quotes: [] });
    groups.get(id).quotes.push(q);
  }
  const named = [...groups.entries()].filter(([id]) => id !== null).map(([, g]) => g)
    .sort((a, b) => b.quotes.length - a.quotes.length); // stable: ties keep first-quote order
  return groups.has(null) ? [...named, groups.get(null)] : named;
}

function quoteItem(doc, quote, onSeek) {
  const b = seekButton(doc, 'lede-quote', `“${quote.text}”`, quote, onSeek);
  b.dataset.quote = quote.id;
  if (quote.kind) b.dataset.kind = quote.kind;
  const li = h(doc, 'li', 'lede-quote-item', null, b);
  if (quote.speaker != null && typeof quote.confidence === 'number' && quote.confidence < LOW_CONFIDENCE) {
    li.append(h(doc, 'span', 'lede-unsure', 'attribution uncertain'));
  }
  return li;
}

function speakerCard(doc, group, ui, onSeek) {
  const { entity, slot, quotes } = group;
  const key = entity?.id ?? 'unattributed';
  const [strong, tint] = colours(slot);
  const card = h(doc, 'article', 'lede-speaker');
  card.style.setProperty('--lede-colour', strong);
  card.style.setProperty('--lede-tint', tint);
  if (entity) card.dataset.ledeSpeaker = entity.name;

  const head = button(doc, 'lede-speaker-head', null);
  head.append(
    h(doc, 'span', 'lede-swatch'),
    h(doc, 'span', 'lede-name', entity ? entity.name : 'Unattributed'),
    h(doc, 'span', 'lede-count', plural(quotes.length, 'quote')),
  );
  if (entity?.role) head.append(h(doc, 'span', 'lede-role', entity.role));
  card.append(head);

  const list = h(doc, 'ul', 'lede-quotes');
  const items = quotes.map((q) => quoteItem(doc, q, onSeek));
  list.append(...items);
  card.append(list);
  // Collapsed, a card previews its first quote; expanded, it lists them all in full.
  disclosure(head, list, ui.expanded.has(key), (open) => {
    list.dataset.collapsed = String(!open);
    items.forEach((li, i) => { li.hidden = !open && i > 0; });
    head.title = open ? 'Show fewer' : `Show all ${plural(quotes.length, 'quote')}`;
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
 * @returns {HTMLElement}
 */
export function speakersSection(doc, insights, ui, onSeek) {
  const groups = speakerGroups(insights);
  const named = groups.filter((g) => g.entity).length;
  const section = h(doc, 'section', 'lede-speakers', null, h(doc, 'h2', null, `Speakers (${named})`));
  if (insights.stats?.attributed === false) {
    section.append(h(doc, 'p', 'lede-none lede-no-lexicon', `Who said what is not available in ${languageName(insights.article.lang)} yet: quotes are listed without speakers.`));
  } else if (groups.length === 0) section.append(h(doc, 'p', 'lede-none', 'No quotes found.'));
  const cards = groups.map((g) => speakerCard(doc, g, ui, onSeek));
  const list = h(doc, 'div', 'lede-speaker-list', null, ...cards);
  section.append(list);
  // A long story's many one-quote voices wait behind a button; the chart below still counts them.
  if (cards.length > SPEAKER_PREVIEW + 2) {
    const more = button(doc, 'lede-more', null);
    disclosure(more, list, ui.speakersMore, (open) => {
      cards.forEach((c, i) => { c.hidden = !open && i >= SPEAKER_PREVIEW; });
      more.textContent = open ? 'Fewer speakers' : `${cards.length - SPEAKER_PREVIEW} more speakers`;
      ui.speakersMore = open;
    });
    section.append(more);
  }
  return section;
}

/** @type {{ key: EntityKind, label: string }[]} */
const ENTITY_KINDS = [
  { key: 'person', label: 'People' },
  { key: 'organization', label: 'Organisations' },
  { key: 'place', label: 'Places' },
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
  const section = h(doc, 'section', 'lede-entities', null, h(doc, 'h2', null, 'Mentioned'));
  let any = false;
  for (const { key, label } of ENTITY_KINDS) {
    const list = entitiesOfKind(insights, key);
    if (list.length === 0) continue;
    any = true;
    const ul = h(doc, 'ul', 'lede-chips');
    ul.dataset.kind = key;
    const items = list.map((e) => {
      const li = h(doc, 'li', 'lede-chip', null, h(doc, 'span', 'lede-chip-name', e.name), h(doc, 'span', 'lede-chip-n', String(e.mentions ?? 0)));
      li.title = `${e.name}${e.role ? `, ${e.role}` : ''}: ${plural(e.mentions ?? 0, 'mention')}${e.quotes ? `, ${plural(e.quotes, 'quote')}` : ''}`;
      return li;
    });
    ul.append(...items);
    const group = h(doc, 'div', 'lede-entity-group', null, h(doc, 'h3', null, `${label} (${list.length})`), ul);
    if (items.length > ENTITY_PREVIEW) {
      const more = button(doc, 'lede-more', null);
      disclosure(more, ul, ui.entitiesMore.has(key), (open) => {
        items.forEach((li, i) => { li.hidden = !open && i >= ENTITY_PREVIEW; });
        more.textContent = open ? 'Fewer' : `${items.length - ENTITY_PREVIEW} more`;
        if (open) ui.entitiesMore.add(key);
        else ui.entitiesMore.delete(key);
      });
      group.append(more);
    }
    section.append(group);
  }
  return any ? section : null;
}
