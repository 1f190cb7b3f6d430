// @ts-check
// palette.js — one colour per speaker, shared by the page overlay and the sidebar.
//
// Takes the Insights object; gives speakerSlots(insights): Map entity id → slot number
// (0…SLOTS-1, most-quoted speakers first, then those only reported, cycling), and the colours
// per slot. Unknown speakers
// use the `UNKNOWN` slot. Both painters read the same table, so a speaker has the same colour
// in the page and in the sidebar.

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').Quote} Quote */
/** @typedef {import('../types').Entity} Entity */

/** [label colour, highlight tint] per slot; readable on white with white/black text. */
export const COLOURS = [
  ['#1d4ed8', 'rgba(59, 130, 246, 0.22)'], // blue
  ['#b45309', 'rgba(245, 158, 11, 0.26)'], // amber
  ['#047857', 'rgba(16, 185, 129, 0.22)'], // green
  ['#be185d', 'rgba(236, 72, 153, 0.20)'], // pink
  ['#6d28d9', 'rgba(139, 92, 246, 0.22)'], // violet
  ['#0e7490', 'rgba(6, 182, 212, 0.22)'], // cyan
  ['#b91c1c', 'rgba(239, 68, 68, 0.20)'], // red
  ['#4d7c0f', 'rgba(132, 204, 22, 0.24)'], // lime
];
export const SLOTS = COLOURS.length;
/** Slot for quotes whose speaker is unknown. */
export const UNKNOWN = SLOTS;
export const UNKNOWN_COLOURS = ['#52525b', 'rgba(161, 161, 170, 0.25)'];

/**
 * Colour pair of a slot.
 * @param {number} slot
 * @returns {string[]} [label colour, highlight tint]
 */
export function colours(slot) {
  return slot === UNKNOWN ? UNKNOWN_COLOURS : COLOURS[slot % SLOTS];
}

/** Speaker ids of `items` ranked by how many items they have (ties: the first in the text). */
function ranked(items) {
  const first = new Map();
  const count = new Map();
  for (const q of items.slice().sort((a, b) => a.start - b.start)) {
    if (q.speaker == null) continue;
    if (!first.has(q.speaker)) first.set(q.speaker, first.size);
    count.set(q.speaker, (count.get(q.speaker) ?? 0) + 1);
  }
  return [...first.keys()].sort((a, b) => count.get(b) - count.get(a) || first.get(a) - first.get(b));
}

/**
 * Entity id → slot. The speakers with the most quotes get the first slots (ties: whoever is
 * quoted first), so the main voices never share a colour; speakers with reported statements
 * only come next (so adding them never changes a quoted speaker's colour); past SLOTS
 * speakers, colours cycle.
 * @param {Insights | null | undefined} insights
 * @returns {Map<string, number>}
 */
export function speakerSlots(insights) {
  const quoted = ranked(insights?.quotes ?? []);
  const seen = new Set(quoted);
  const reportedOnly = ranked(Array.isArray(insights?.reported) ? insights.reported : []).filter((id) => !seen.has(id));
  return new Map([...quoted, ...reportedOnly].map((id, i) => [id, i % SLOTS]));
}

/**
 * Slot of one quote or reported statement.
 * @param {Map<string, number>} slots
 * @param {{ speaker: string | null }} quote
 * @returns {number}
 */
export function quoteSlot(slots, quote) {
  return quote.speaker != null && slots.has(quote.speaker) ? slots.get(quote.speaker) : UNKNOWN;
}

/**
 * Entity id → entity, for naming speakers.
 * @param {Insights | null | undefined} insights
 * @returns {Map<string, Entity>}
 */
export function entityIndex(insights) {
  return new Map((insights?.entities ?? []).map((e) => [e.id, e]));
}
