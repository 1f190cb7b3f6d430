// @ts-check
// dom.js — small DOM-building helpers for the sidebar modules (ui/*.js).
//
// Takes a Document; gives h() (HTML element with class, text and children), svg() (SVG element
// with attributes), disclosure() (a button with aria-expanded that shows/hides what it controls),
// seekButton() (a button carrying a UTF-16 span that calls onSeek), formatDate() and plural().
// Every piece of page-derived text goes through textContent or setAttribute: nothing here
// parses markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** document.createElement with a class and text; children appended (null/false skipped). */
export function h(doc, tag, className, text, ...children) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  for (const c of children) if (c) el.append(c);
  return el;
}

/** An SVG element with attributes (values stringified; null/undefined skipped). */
export function svg(doc, tag, attrs = {}, ...children) {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of children) if (c) el.append(c);
  return el;
}

/** A plain `<button type="button">`. */
export function button(doc, className, text, onClick) {
  const b = h(doc, 'button', className, text);
  b.type = 'button';
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

/**
 * A button that seeks to `span` (UTF-16 offsets into article.text) when clicked. `content` is
 * a string (textContent) or a DOM node built by the caller. When onSeek answers false the
 * button says so for a moment (`data-missed`).
 */
export function seekButton(doc, className, content, span, onSeek) {
  const b = button(doc, className, typeof content === 'string' ? content : null, () => {
    // onSeek may answer (now or later) false: the passage is not on the page any more.
    Promise.resolve(onSeek?.(span.start, span.end)).then((ok) => {
      if (ok !== false) return;
      b.dataset.missed = '';
      b.title = 'Not found on the page (it may have changed)';
      doc.defaultView?.setTimeout(() => delete b.dataset.missed, 2500);
    }, () => {});
  });
  if (typeof content !== 'string' && content) b.append(content);
  b.dataset.start = String(span.start);
  b.dataset.end = String(span.end);
  return b;
}

let nextId = 0;
/** A document-unique id for aria-controls. */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * Wires `btn` as a disclosure for `controlled` (aria-controls, aria-expanded): apply(open) runs
 * now with `open` and again after each click with the flipped state. apply decides what shows
 * (a region's `hidden`, or items beyond a preview).
 */
export function disclosure(btn, controlled, open, apply) {
  if (!controlled.id) controlled.id = uid('lede-region');
  btn.setAttribute('aria-controls', controlled.id);
  const set = (state) => {
    btn.setAttribute('aria-expanded', String(state));
    apply(state);
  };
  set(Boolean(open));
  btn.addEventListener('click', () => set(btn.getAttribute('aria-expanded') !== 'true'));
}

/**
 * "12 Mar 2025" (reader's locale); the raw value when it is no date; null when absent.
 * @param {string | number | null | undefined} value
 * @returns {string | null}
 */
export function formatDate(value) {
  if (value == null || String(value).trim() === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  // A bare date ("2025-03-14") parses as UTC midnight: show it as that day everywhere.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(String(value).trim());
  return d.toLocaleDateString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}),
  });
}

/**
 * "1 quote", "3 quotes".
 * @param {number} n
 * @param {string} one
 * @param {string} [many]
 * @returns {string}
 */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Whole-minute reading time, at least 1.
 * @param {import('../types').Stats | null | undefined} stats
 * @returns {string | null}
 */
export function readingTime(stats) {
  const m = stats?.reading_minutes;
  return typeof m === 'number' && Number.isFinite(m) ? `${Math.max(1, Math.round(m))} min read` : null;
}
