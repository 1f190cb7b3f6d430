// @ts-check
// label.js — one speaker label: a `lede-label` element (a quote's) or a `lede-note` (a
// reported statement's), with its own open shadow root.
//
// Takes a Document, the speaker facts ({ name, role, cue, confidence, rule, quoteId, reportedId }),
// its colour slot and whether the text around it is dark. Gives the element, ready to insert,
// with `data-lede-speaker` (a page hook, docs/insights.md), a chip showing the name and a
// hover/focus card, built when it first opens (name, role, cue, why — the rule that chose the
// speaker —, confidence, "uncertain" below 0.6). A
// reported statement's note is a small dot in the speaker's colour that opens into the name
// and the card on hover and focus, so a page full of paraphrase is not crowded with names.
// Keyboard: Tab reaches it, Enter/Space toggles the card, Escape closes it. Words: lib/i18n.js.
//
// NOTE: every style is set through CSSOM (`style.setProperty(…, 'important')`), never with a
// <style> element or a style attribute in markup: a page's Content-Security-Policy cannot
// block CSSOM, and inline `!important` beats any page rule (`lede-label { display: none
// !important }`, `:not(:defined) { display: none }`). Page text only lands in textContent and
// attributes, so names like `<img onerror=…>` stay inert text.

import { colours, UNKNOWN } from './palette.js';
import { t } from './i18n.js';

/** Longest name shown in the card; the chip clips itself with an ellipsis. */
const CARD_NAME_MAX = 200;
const Z_TOP = '2147483647';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Sets each declaration as `!important` (CSSOM: not subject to the page's CSP). */
export function important(el, styles) {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Below this confidence the card says the speaker is uncertain (as the sidebar does). */
export const UNCERTAIN = 0.6;

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` string; null when transparent/unknown. */
export function luminance(css) {
  const m = /rgba?\(([^)]+)\)/.exec(css ?? '');
  if (!m) return null;
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!(a > 0.5)) return null;
  const lin = (c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** True when the first opaque background behind `el` (or the page's) is dark. */
export function darkBehind(el, cache = new Map()) {
  const win = el.ownerDocument.defaultView;
  const seen = [];
  let dark = null;
  for (let n = el; n && n.nodeType === 1; n = n.parentElement ?? n.getRootNode()?.host ?? null) {
    if (cache.has(n)) { dark = cache.get(n); break; }
    seen.push(n);
    const l = luminance(win.getComputedStyle(n).backgroundColor);
    if (l != null) { dark = l < 0.2; break; }
  }
  if (dark == null) dark = win.matchMedia?.('(prefers-color-scheme: dark)').matches === true
    && win.getComputedStyle(el.ownerDocument.documentElement).colorScheme?.includes('dark');
  for (const n of seen) cache.set(n, dark);
  return dark;
}

function line(doc, text, styles = {}) {
  const el = doc.createElement('div');
  el.textContent = text;
  important(el, { display: 'block', margin: '0', padding: '0', 'overflow-wrap': 'anywhere', 'unicode-bidi': 'isolate', ...styles });
  return el;
}

/**
 * The card: name, role, cue and confidence, each inert text, in a shadow root of its own (so
 * the label's shadow root holds the name as its only text).
 */
function card(doc, facts, strong, dark) {
  const box = doc.createElement('div');
  const inner = box.attachShadow({ mode: 'open' });
  box.setAttribute('part', 'card');
  box.setAttribute('role', 'tooltip');
  important(box, {
    all: 'initial', display: 'none', position: 'fixed', 'z-index': Z_TOP, 'box-sizing': 'border-box',
    'max-width': '22rem', 'min-width': '10rem', padding: '8px 10px', 'border-radius': '8px',
    'border-left': `4px solid ${strong}`, background: dark ? '#18181b' : '#ffffff', color: dark ? '#f4f4f5' : '#18181b',
    'box-shadow': '0 4px 16px rgba(0,0,0,.28)', font: `400 13px/1.4 ${FONT}`, 'text-align': 'left',
    'white-space': 'normal', direction: 'ltr', 'pointer-events': 'none',
  });
  const muted = dark ? '#a1a1aa' : '#52525b';
  inner.append(line(doc, facts.name ? clip(facts.name, CARD_NAME_MAX) : t('speaker_unknown'), { 'font-weight': '600' }));
  if (facts.reportedId != null) inner.append(line(doc, t('card_reported'), { color: muted, 'font-style': 'italic' }));
  if (facts.role) inner.append(line(doc, clip(facts.role, CARD_NAME_MAX), { color: muted }));
  if (facts.cue) inner.append(line(doc, t('card_cue', clip(facts.cue, 60)), { color: muted }));
  // The core's rule ids are kebab-case words: `cue-after-quote` reads "cue after quote".
  if (typeof facts.rule === 'string' && facts.rule !== 'none') {
    const cue = facts.cue ? ` — ${clip(facts.cue, 60)}` : '';
    inner.append(line(doc, t('card_why', `${clip(facts.rule, 40).replace(/-/g, ' ')}${cue}`), { color: muted }));
  }
  if (typeof facts.confidence === 'number') {
    const unsure = facts.name && facts.confidence < UNCERTAIN ? t('uncertain') : '';
    inner.append(line(doc, `${t('card_confidence', Math.round(Math.max(0, Math.min(1, facts.confidence)) * 100))}${unsure}`, { color: muted }));
  }
  return box;
}

/** A reported statement's note, closed: a dot; open (hover, focus): the name chip. */
const NOTE_CLOSED = { padding: '0', width: '0.62em', height: '0.62em', 'vertical-align': '0.05em', 'max-width': '0.62em' };
const NOTE_OPEN = { padding: '0 0.45em', width: 'auto', height: 'auto', 'vertical-align': '0.12em', 'max-width': '16em' };

/**
 * A label element for one quote (`lede-label`), or for one reported statement (`lede-note`,
 * when `facts.reportedId` is set).
 */
export function makeLabel(doc, facts, slot, dark) {
  const [strong] = colours(slot);
  const note = facts.reportedId != null;
  const label = doc.createElement(note ? 'lede-note' : 'lede-label');
  label.setAttribute('data-lede-speaker', facts.name ?? '');
  label.setAttribute('data-lede-slot', String(slot === UNKNOWN ? UNKNOWN : slot));
  if (facts.quoteId != null) label.setAttribute('data-lede-quote', String(facts.quoteId));
  if (note) label.setAttribute('data-lede-reported', String(facts.reportedId));
  label.setAttribute('tabindex', '0');
  label.setAttribute('role', 'button');
  label.setAttribute('aria-expanded', 'false');
  label.setAttribute('aria-label', facts.name
    ? t(note ? 'aria_reported_by' : 'aria_quote_by', `${clip(facts.name, CARD_NAME_MAX)}${facts.role ? `, ${clip(facts.role, CARD_NAME_MAX)}` : ''}`)
    : t(note ? 'aria_reported_unknown' : 'aria_quote_unknown'));
  important(label, {
    all: 'initial', display: 'inline-block', position: 'relative', 'box-sizing': 'border-box',
    margin: '0 0.3em 0 0', padding: '0 0.45em', 'border-radius': '0.7em', 'max-width': '16em',
    overflow: 'hidden', 'text-overflow': 'ellipsis', 'white-space': 'nowrap', 'vertical-align': '0.12em',
    font: `600 0.72em/1.45 ${FONT}`, color: '#ffffff', background: strong, cursor: 'default',
    'user-select': 'none', 'unicode-bidi': 'isolate', direction: 'ltr', visibility: 'visible', opacity: '1',
    'box-shadow': dark ? '0 0 0 1px rgba(255,255,255,.6)' : 'none', 'outline-offset': '2px',
    ...(note ? NOTE_CLOSED : {}),
  });
  const shadow = label.attachShadow({ mode: 'open' });
  // The shadow root's text is the name alone (tests read it); the card is an element.
  const chip = doc.createElement('span');
  chip.textContent = facts.name || '?';
  important(chip, { 'unicode-bidi': 'isolate', ...(note ? { display: 'none' } : {}) });
  shadow.append(chip);
  // The card is built when it first shows: most labels are never hovered, and building every
  // card (a shadow root, up to six lines, ~60 style properties) was most of a label's cost.
  let box = null;
  const cardBox = () => {
    if (!box) {
      box = card(doc, facts, strong, dark);
      shadow.append(box);
    }
    return box;
  };
  // A note opens into its name chip while its card shows.
  const open = (on) => {
    if (!note) return;
    important(label, on ? NOTE_OPEN : NOTE_CLOSED);
    important(chip, { display: on ? 'inline' : 'none' });
  };

  const win = doc.defaultView;
  const show = () => {
    open(true);
    const r = label.getBoundingClientRect();
    const box = cardBox();
    important(box, { display: 'block', visibility: 'hidden', left: '0px', top: '0px' });
    const w = box.offsetWidth;
    const h = box.offsetHeight;
    const left = Math.max(4, Math.min(r.left, win.innerWidth - w - 4));
    const top = r.bottom + 4 + h > win.innerHeight ? Math.max(4, r.top - h - 4) : r.bottom + 4;
    important(box, { left: `${left}px`, top: `${top}px`, visibility: 'visible' });
    label.setAttribute('aria-expanded', 'true');
  };
  const hide = () => {
    open(false);
    if (box) important(box, { display: 'none' });
    label.setAttribute('aria-expanded', 'false');
  };
  label.addEventListener('mouseenter', show);
  label.addEventListener('mouseleave', () => { if (doc.activeElement !== label) hide(); });
  label.addEventListener('focus', () => {
    important(label, { outline: `2px solid ${strong}` });
    show();
  });
  label.addEventListener('blur', () => {
    label.style.removeProperty('outline');
    hide();
  });
  label.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
    else if (e.key === 'Enter' || e.key === ' ') {
      if (label.getAttribute('aria-expanded') === 'true') hide(); else show();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  return label;
}
