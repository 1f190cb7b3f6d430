// @ts-check
// pacing.js — when a changing page is read again: which page changes count, and how long to wait.
//
// Takes MutationRecords and the clock (ms, as Date.now() gives it); gives `relevant(record)`
// (can this change alter what Lede reads or shows?) and a `Pacer` that debounces re-analysis
// (quiet 300 ms, at most 1.5 s after the first change) and spaces runs at least 1 s apart, the
// spacing doubling up to 8 s while the page keeps changing and back to 1 s after 5 s of calm.
// No DOM writes and no timers: content.js owns the MutationObserver and the timer. Pure, so
// tests/unit/pacing.test.mjs runs it without a browser.

export const QUIET_MS = 300;
export const MAX_WAIT_MS = 1500;
export const MIN_GAP_MS = 1000;
export const MAX_GAP_MS = 8000;
/** A page quiet this long gets the short spacing back. */
export const CALM_MS = 5000;

const TEXT_NODE = 3; // Node.TEXT_NODE, spelled out so the module runs outside a page
const ELEMENT_NODE = 1;
const OWN = /^lede-(label|mark|note)$/;
const SILENT = /^(script|style|link|meta|noscript|template)$/;

/** A node whose arrival or removal changes the text: text of its own, not Lede's or a script's. */
function hasText(n) {
  if (n.nodeType === TEXT_NODE) return n.data.trim() !== '';
  return n.nodeType === ELEMENT_NODE && !OWN.test(n.localName) && !SILENT.test(n.localName)
    && (n.textContent ?? '').trim() !== '';
}

/**
 * True when a mutation record can change what Lede reads or shows: edited text, text added or
 * removed, or one of Lede's labels removed by the page.
 * @param {{ type: string, addedNodes: Iterable<any>, removedNodes: Iterable<any> }} r
 */
export function relevant(r) {
  if (r.type === 'characterData') return true;
  for (const n of r.removedNodes) if (n.localName === 'lede-label' || n.localName === 'lede-note' || hasText(n)) return true;
  for (const n of r.addedNodes) if (hasText(n)) return true;
  return false;
}

/** The re-analysis clock of one frame. */
export class Pacer {
  constructor() {
    this.dirtySince = 0; // time of the first unhandled page change, 0 when none
    this.lastChange = 0; // time of the last relevant page change
    this.lastRun = 0;
    this.gap = MIN_GAP_MS;
  }

  /** A relevant page change at `now`. */
  changed(now) {
    if (!this.dirtySince) {
      if (now - this.lastChange > CALM_MS) this.gap = MIN_GAP_MS; // a new burst after a calm spell
      this.dirtySince = now;
    }
    this.lastChange = now;
  }

  /** Milliseconds from `now` to the re-analysis the pending changes call for. */
  delay(now) {
    const debounce = Math.min(QUIET_MS, Math.max(0, this.dirtySince + MAX_WAIT_MS - now));
    return Math.max(debounce, this.lastRun + this.gap - now);
  }

  /**
   * A re-analysis is due at `now`: false when no change is pending. A run that comes as soon as
   * the spacing allows means a busy page, so the next is spaced wider.
   */
  rerunAt(now) {
    if (!this.dirtySince) return false;
    if (now - this.lastRun <= this.gap * 1.5) this.gap = Math.min(this.gap * 2, MAX_GAP_MS);
    this.lastRun = now;
    this.dirtySince = 0;
    return true;
  }

  /** An analysis ran at `now` (the first one, or after a switch on). */
  ran(now) {
    this.lastRun = now;
  }

  /** Switched off: pending changes are forgotten. */
  reset() {
    this.dirtySince = 0;
  }
}
