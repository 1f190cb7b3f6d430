// @ts-check
// i18n.js — Lede's own words (side panel, labels, hover card, settings) in the browser's language.
//
// Takes a message key and its substitutions ($1…$9); gives the text of the extension's
// _locales/<lang>/messages.json (en, de, fr, es) through chrome.i18n.getMessage where the
// extension APIs exist (its pages and content scripts), else — www/ without the extension, the
// node tests — the English of EN below, which is _locales/en/messages.json word for word
// (tests/unit/i18n.test.mjs checks that, and that every locale has every key with the same
// substitutions). count(n, noun) picks `noun_one` / `noun_other`; localise(root) fills an
// extension page's `data-i18n` elements. Page text is never a key: it only comes in as a
// substitution, and callers put the result in textContent or attributes.
// wordsFor()/useWords() hand the messages from the background to a content script (with the
// hello answer), whose own first chrome.i18n call would block the page on the browser process.

/** The English messages (the fallback), key → text with $1… substitutions. */
export const EN = Object.freeze({
  status_pending: "Reading the article…",
  status_off: "Lede is off on this tab.",
  status_skipped: "This page does not look like an article.",
  status_error: "Lede could not analyse this page.",
  status_idle: "Lede runs on this page when you click its toolbar button.",
  status_empty: "Nothing analysed yet.",
  site_on: "Lede runs on $1: click to turn it off for this site",
  site_off: "Lede is off for $1: click to turn it on",
  switch_on: "On",
  switch_off: "Off",
  tab_turn_off: "Turn Lede off on this tab",
  tab_turn_on: "Turn Lede on on this tab",
  untitled: "Untitled",
  words_one: "1 word",
  words_other: "$1 words",
  quotes_one: "1 quote",
  quotes_other: "$1 quotes",
  reported_statements_one: "1 reported statement",
  reported_statements_other: "$1 reported statements",
  mentions_one: "1 mention",
  mentions_other: "$1 mentions",
  n_reported: "$1 reported",
  long_page: "long page: analysed in part",
  key_sentences: "Key sentences",
  article_in_full: "The article in full",
  quote_by: "Quote: $1",
  quote_unknown: "Quote: speaker unknown",
  fewer: "Fewer",
  n_more: "$1 more",
  speakers_title: "Speakers ($1)",
  unattributed: "Unattributed",
  attribution_uncertain: "attribution uncertain",
  group_quoted: "Quoted",
  group_reported: "Reported",
  reported_title: "Reported ($1)",
  show_fewer: "Show fewer",
  show_all: "Show all: $1",
  paraphrased: "Paraphrased statements",
  paraphrased_on: "Showing what was said without quotation marks too: click for quotes only",
  paraphrased_off: "Quotes only: click to show what was said without quotation marks too",
  no_lexicon: "Who said what is not available in $1 yet: quotes are listed without speakers.",
  no_statements: "No quotes or reported statements found.",
  no_quotes: "No quotes found.",
  fewer_speakers: "Fewer speakers",
  more_speakers: "$1 more speakers",
  kind_people: "People",
  kind_organisations: "Organisations",
  kind_places: "Places",
  mentioned: "Mentioned",
  gender_female: "Women",
  gender_male: "Men",
  gender_organisation: "Not a person",
  unknown: "Unknown",
  n_others: "$1 others",
  voices: "Voices",
  share_of: "Share of $1 $2",
  share_of_list: "Share of $1: $2",
  share_bar: "$1: $2 of $3",
  quoted_words: "quoted words",
  words_said: "words said (quoted or reported)",
  quotes_only: "Quotes only",
  no_quoted_words: "No quoted words.",
  by_gender: "By gender (where the text says)",
  by_kind: "By kind",
  export_title: "Export",
  copy_markdown: "Copy Markdown",
  download_json: "Download JSON",
  copied: "Copied as Markdown.",
  copy_refused: "Copying is not allowed here: the Markdown is selected below.",
  saved: "Saved $1.",
  markdown_label: "Insights as Markdown",
  speaker_unknown: "Speaker unknown",
  card_reported: "Reported statement (no quotation marks)",
  card_cue: "Cue: “$1”",
  card_why: "why: $1",
  card_confidence: "Confidence: $1%",
  uncertain: " (uncertain)",
  aria_quote_by: "Quote by $1",
  aria_quote_unknown: "Quote by an unknown speaker",
  aria_reported_by: "Reported statement by $1",
  aria_reported_unknown: "Reported statement by an unknown speaker",
  options_title: "Lede settings",
  options_note: "Lede reads articles on your device. It sends nothing anywhere.",
  options_enabled: "Lede is on",
  options_reported_note: "— also show what people said without quotation marks (underlined)",
  options_when: "When Lede runs",
  options_auto: "Automatically, on pages that look like articles",
  options_click: "Only when I click the Lede button",
  options_sites: "Sites where Lede is off",
  options_none: "None.",
  options_site_label: "Site where Lede is off",
  options_turn_off_site: "Turn off on this site",
  options_turn_back_on: "Turn back on",
  options_saved: "Saved.",
  options_back_on: "Lede is back on for $1.",
  options_off_on: "Lede is off on $1.",
  options_bad_site: "That does not look like a site name (e.g. example.com).",
  speakers: "Speakers",
  source: "Source: $1",
  reported_colon: "Reported:",
  share_of_colon: "Share of $1 $2:",
});

/** @typedef {keyof typeof EN} MessageKey */

/** Messages handed over by wordsFor() in another context (useWords), key → text with $1…. */
let given = null;
const fill = (text, subs) => text.replace(/\$([1-9])/g, (_, i) => String(subs[Number(i) - 1] ?? ''));

/**
 * Every message in the browser's language with its $1… left in place, for another context
 * (the background gives them to content scripts with the hello answer). In a content script
 * the first chrome.i18n.getMessage call fetches the extension's messages from the browser
 * process synchronously, blocking the page's main thread inside Lede's paint.
 * @returns {Record<string, string>}
 */
export function wordsFor() {
  /** @type {Record<string, string>} */
  const out = {};
  for (const key of /** @type {MessageKey[]} */ (Object.keys(EN))) out[key] = t(key, '$1', '$2', '$3', '$4');
  return out;
}

/**
 * Takes wordsFor()'s messages: t() reads them first (keys it does not know, or values that
 * are not strings, are ignored; null forgets them).
 * @param {unknown} words
 */
export function useWords(words) {
  given = null;
  if (words === null || typeof words !== 'object') return;
  const table = new Map();
  for (const key of Object.keys(EN)) {
    const v = /** @type {Record<string, unknown>} */ (words)[key];
    if (typeof v === 'string') table.set(key, v);
  }
  given = table;
}

/**
 * The message `key` with `subs` in place of $1, $2…; English without the extension APIs.
 * @param {MessageKey} key
 * @param {...(string | number)} subs
 * @returns {string}
 */
export function t(key, ...subs) {
  const known = given?.get(key);
  if (known !== undefined) return fill(known, subs);
  const api = globalThis.chrome?.i18n;
  if (typeof api?.getMessage === 'function') {
    try {
      const m = api.getMessage(key, subs.map(String));
      if (m) return m;
    } catch {
      // No messages in this context: English below.
    }
  }
  return fill(EN[key] ?? key, subs);
}

/**
 * "1 quote", "3 quotes" in the reader's language (the number as their locale writes it).
 * @param {number} n
 * @param {'words' | 'quotes' | 'reported_statements' | 'mentions'} noun
 * @returns {string}
 */
export function count(n, noun) {
  const key = /** @type {MessageKey} */ (`${noun}_${n === 1 ? 'one' : 'other'}`);
  return t(key, n.toLocaleString());
}

/**
 * Fills the elements of an extension page that carry `data-i18n="key"` (their text) or
 * `data-i18n-<attribute>="key"` (placeholder, aria-label, title).
 * @param {ParentNode} root
 */
export function localise(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(/** @type {MessageKey} */ (el.getAttribute('data-i18n')));
  for (const attr of ['placeholder', 'aria-label', 'title']) {
    for (const el of root.querySelectorAll(`[data-i18n-${attr}]`)) {
      el.setAttribute(attr, t(/** @type {MessageKey} */ (el.getAttribute(`data-i18n-${attr}`))));
    }
  }
}
