// @ts-check
// export.js — the insights as Markdown (copied) or as the schema-1 JSON (downloaded).
//
// Takes the Insights object (and optionally the page URL). Gives escapeMarkdown() (page text
// made inert: HTML specials become entities, Markdown specials are backslash-escaped, line
// breaks fold to spaces), toMarkdown() (pure: header, key sentences, speakers with their
// quotes and then their reported statements, voices over every statement, entities; all page
// text escaped alike), jsonFileName(), and exportSection() — two buttons, "Copy
// Markdown" (Clipboard API, falling back to a selected read-only textarea) and "Download
// JSON" (a Blob link, the object exactly as the core returned it, like `lede analyze --json`).

import { h, button, formatDate, readingTime } from './dom.js';
import { speakerGroups, groupCount, entitiesOfKind } from './speakers.js';
import { voiceShares, percent, what } from './voices.js';
import { SHOWN } from './summary.js';
import { t, count } from '../lib/i18n.js';

/** @typedef {import('../types').Insights} Insights */

const MD_INLINE = /[\\`*_[\]~|]/g;
// Markers that start a block when they open a line (after a list bullet too).
const MD_BLOCK_START = /^(#{1,6}(?=\s|$)|[>+\-=]|\d+(?=[.)]))/;

/**
 * Page-derived text → one inert line of Markdown.
 * @param {unknown} value
 * @returns {string}
 */
export function escapeMarkdown(value) {
  const s = String(value ?? '').replace(/\s+/g, ' ').trim()
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(MD_INLINE, '\\$&');
  return s.replace(MD_BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * Header line parts: site · byline · date · reading time (page text escaped).
 * @param {Insights} insights
 * @returns {string[]}
 */
function metaParts(insights) {
  const a = insights.article;
  return [a.site, a.byline, formatDate(a.published)]
    .filter((p) => p != null && String(p).trim() !== '')
    .map(escapeMarkdown)
    .concat(readingTime(insights.stats) ?? []);
}

/**
 * The whole export as a Markdown document. `url` is the page's address, when known.
 * @param {Insights} insights
 * @param {{ url?: string | null }} [opts]
 * @returns {string}
 */
export function toMarkdown(insights, { url = null } = {}) {
  const a = insights.article;
  const out = [`# ${escapeMarkdown(a.title || t('untitled'))}`, ''];
  const meta = metaParts(insights);
  if (meta.length) out.push(meta.join(' · '), '');
  if (url && /^https?:\/\//i.test(url)) out.push(t('source', escapeMarkdown(url)), '');

  const summary = (insights.summary ?? []).slice(0, SHOWN);
  if (summary.length) {
    out.push(`## ${t('key_sentences')}`, '');
    summary.forEach((s, i) => out.push(`${i + 1}. ${escapeMarkdown(s.text)}`));
    out.push('');
  }

  const groups = speakerGroups(insights);
  if (groups.length) {
    out.push(`## ${t('speakers')}`, '');
    for (const g of groups) {
      const name = `**${g.entity ? escapeMarkdown(g.entity.name) : t('unattributed')}**`;
      const role = g.entity?.role ? ` — ${escapeMarkdown(g.entity.role)}` : '';
      out.push(`${name}${role} (${groupCount(g)})`, '');
      for (const q of g.quotes) out.push(`- “${escapeMarkdown(q.text)}”`);
      if (g.quotes.length) out.push('');
      if (g.reported.length) {
        out.push(t('reported_colon'), '');
        for (const r of g.reported) out.push(`- ${escapeMarkdown(r.text)}`);
        out.push('');
      }
    }
  }

  const shares = voiceShares(insights);
  if (shares.total > 0) {
    out.push(`## ${t('voices')}`, '', t('share_of_colon', shares.total, what(shares)), '');
    for (const s of shares.speakers) out.push(`- ${escapeMarkdown(s.name)}: ${percent(s.share)}`);
    if (shares.unattributed.words) out.push(`- ${t('unattributed')}: ${percent(shares.unattributed.share)}`);
    const line = (groups2) => groups2.filter((g) => g.words > 0).map((g) => `${g.label} ${percent(g.share)}`).join(', ');
    out.push(`- ${t('by_gender')}: ${line(shares.gender)}`);
    out.push(`- ${t('by_kind')}: ${line(shares.kind)}`, '');
  }

  /** @type {[import('../types').EntityKind, string][]} */
  const kinds = [['person', t('kind_people')], ['organization', t('kind_organisations')], ['place', t('kind_places')]];
  const mentioned = kinds.map(([k, label]) => /** @type {const} */ ([label, entitiesOfKind(insights, k)])).filter(([, l]) => l.length);
  if (mentioned.length) {
    out.push(`## ${t('mentioned')}`, '');
    for (const [label, list] of mentioned) {
      out.push(`- ${label}: ${list.map((e) => `${escapeMarkdown(e.name)} (${e.mentions ?? 0})`).join(', ')}`);
    }
    out.push('');
  }
  const words = insights.stats?.words;
  const reported = Array.isArray(insights.reported) && insights.reported.length ? ` · ${count(insights.reported.length, 'reported_statements')}` : '';
  out.push('---', '', `Lede · ${typeof words === 'number' ? `${count(words, 'words')} · ` : ''}${count(insights.quotes?.length ?? 0, 'quotes')}${reported}`, '');
  return out.join('\n');
}

/**
 * "lede-kremlin-says-putin-sent.json" (ASCII letters and digits of the title, ≤ 48).
 * @param {Insights} insights
 * @returns {string}
 */
export function jsonFileName(insights) {
  // NFKD splits "é" into "e" + a combining accent; the accents go, the letters stay.
  const slug = String(insights.article?.title ?? '').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return `lede-${slug || 'insights'}.json`;
}

async function copy(doc, text) {
  const clip = doc.defaultView?.navigator?.clipboard;
  if (clip?.writeText) {
    try {
      await clip.writeText(text);
      return true;
    } catch {
      // Not allowed here (no focus, no permission): fall through.
    }
  }
  return false;
}

/**
 * The Export section: Copy Markdown, Download JSON, and a polite status line.
 * @param {Document} doc
 * @param {Insights} insights
 * @param {{ url?: string | null }} [opts]
 * @returns {HTMLElement}
 */
export function exportSection(doc, insights, { url = null } = {}) {
  const status = h(doc, 'p', 'lede-export-status');
  status.setAttribute('role', 'status');
  const fallback = h(doc, 'textarea', 'lede-export-text');
  fallback.readOnly = true;
  fallback.hidden = true;
  fallback.setAttribute('aria-label', t('markdown_label'));

  const copyBtn = button(doc, 'lede-action lede-copy', t('copy_markdown'), async () => {
    const md = toMarkdown(insights, { url });
    if (await copy(doc, md)) {
      fallback.hidden = true;
      status.textContent = t('copied');
      return;
    }
    fallback.value = md;
    fallback.hidden = false;
    fallback.focus();
    fallback.select();
    status.textContent = t('copy_refused');
  });
  const saveBtn = button(doc, 'lede-action lede-download', t('download_json'), () => {
    const blob = new (doc.defaultView.Blob)([`${JSON.stringify(insights, null, 2)}\n`], { type: 'application/json' });
    const href = doc.defaultView.URL.createObjectURL(blob);
    const a = h(doc, 'a');
    a.href = href;
    a.download = jsonFileName(insights);
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    doc.defaultView.setTimeout(() => doc.defaultView.URL.revokeObjectURL(href), 10000);
    status.textContent = t('saved', a.download);
  });
  return h(doc, 'section', 'lede-export', null, h(doc, 'h2', null, t('export_title')),
    h(doc, 'div', 'lede-actions', null, copyBtn, saveBtn), status, fallback);
}
