// @ts-check
// summary.js — the Summary section of the sidebar.
//
// Takes the Insights object (summary spans best first, quotes, article.text), a UI state
// { summaryMore } that survives redraws, and onSeek(start, end). Gives a section whose key
// sentences are buttons that seek to the sentence in the page (UTF-16 offsets into
// article.text): the best 3 by default, a "more" expander for up to 5. Quoted words inside a
// sentence keep their speaker's highlight colour (lib/palette.js). A short article whose
// summary is the whole text is shown in reading order, without ranking or expander.

import { speakerSlots, quoteSlot, colours } from '../lib/palette.js';
import { h, button, seekButton, disclosure } from './dom.js';
import { t } from '../lib/i18n.js';

/** @typedef {import('../types').Insights} Insights */
/** @typedef {import('../types').Quote} Quote */
/** @typedef {import('../types').Span} Span */

export const SHOWN = 3;
export const MAX = 5;

/**
 * True when the summary spans cover every non-blank character of article.text.
 * @param {Insights} insights
 * @returns {boolean}
 */
export function isWholeArticle(insights) {
  const text = insights.article?.text ?? '';
  const spans = insights.summary ?? [];
  if (spans.length === 0 || spans.length > SHOWN) return false;
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  for (let i = 0; i < text.length; i++) if (!covered[i] && text[i].trim() !== '') return false;
  return true;
}

/**
 * Pieces of sentence `s`: [{ text, quote? , slot? }] with quoted stretches split out, offsets
 * clipped to the sentence. Falls back to one plain piece when the span and text disagree.
 * @param {Span} s
 * @param {Quote[]} quotes
 * @param {Map<string, number>} slots
 * @returns {{ text: string, quote?: Quote, slot?: number }[]}
 */
export function sentencePieces(s, quotes, slots) {
  const text = s.text ?? '';
  if (text.length !== s.end - s.start) return [{ text }];
  const inside = quotes
    .filter((q) => q.end > s.start && q.start < s.end)
    .sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const q of inside) {
    const from = Math.max(at, q.start - s.start);
    const to = Math.min(text.length, q.end - s.start);
    if (to <= from) continue;
    if (from > at) pieces.push({ text: text.slice(at, from) });
    pieces.push({ text: text.slice(from, to), quote: q, slot: quoteSlot(slots, q) });
    at = to;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

function sentenceContent(doc, s, quotes, slots, names) {
  const frag = doc.createDocumentFragment();
  for (const p of sentencePieces(s, quotes, slots)) {
    if (!p.quote) {
      frag.append(doc.createTextNode(p.text));
      continue;
    }
    const [strong, tint] = colours(p.slot);
    const mark = h(doc, 'span', 'lede-inquote', p.text);
    mark.style.setProperty('--lede-colour', strong);
    mark.style.setProperty('--lede-tint', tint);
    mark.dataset.quote = p.quote.id;
    const who = p.quote.speaker != null ? names.get(p.quote.speaker)?.name : null;
    mark.title = who ? t('quote_by', who) : t('quote_unknown');
    frag.append(mark);
  }
  return frag;
}

/**
 * The Summary section, or null when the core gave no summary.
 * @param {Document} doc
 * @param {Insights} insights
 * @param {{ summaryMore: boolean }} ui
 * @param {((start: number, end: number) => unknown) | undefined} onSeek
 * @returns {HTMLElement | null}
 */
export function summarySection(doc, insights, ui, onSeek) {
  const all = (insights.summary ?? []).slice(0, MAX);
  if (all.length === 0) return null;
  const whole = isWholeArticle(insights);
  const sentences = whole ? all.slice().sort((a, b) => a.start - b.start) : all;
  const quotes = insights.quotes ?? [];
  const slots = speakerSlots(insights);
  const names = new Map((insights.entities ?? []).map((e) => [e.id, e]));

  const list = h(doc, whole ? 'ul' : 'ol', 'lede-summary-list');
  const extra = [];
  sentences.forEach((s, i) => {
    const li = h(doc, 'li', null, null,
      seekButton(doc, 'lede-sentence', sentenceContent(doc, s, quotes, slots, names), s, onSeek));
    if (!whole && i >= SHOWN) extra.push(li);
    list.append(li);
  });
  const section = h(doc, 'section', 'lede-summary', null,
    h(doc, 'h2', null, whole ? t('article_in_full') : t('key_sentences')), list);
  section.dataset.whole = String(whole);
  if (extra.length) {
    // The extra sentences stay in the same list (numbering continues); the button shows them.
    const more = button(doc, 'lede-more', null);
    disclosure(more, list, ui.summaryMore, (open) => {
      for (const li of extra) li.hidden = !open;
      more.textContent = open ? t('fewer') : t('n_more', extra.length);
      ui.summaryMore = open;
    });
    section.append(more);
  }
  return section;
}

