// i18n.test.mjs — lib/i18n.js and extension/_locales without a browser: the English fallback
// is _locales/en word for word, every locale (en, de, fr, es) has every key, each with the same
// substitutions ($1…) as the English and no empty message; t() substitutes, count() picks one
// or other, without the extension APIs (www/, node) t() gives English, and the messages handed
// over by wordsFor() are what t() reads after useWords().

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EN, t, count, wordsFor, useWords } from '../../extension/lib/i18n.js';

const LOCALES = fileURLToPath(new URL('../../extension/_locales', import.meta.url));
const read = (lang) => JSON.parse(readFileSync(`${LOCALES}/${lang}/messages.json`, 'utf8'));
const subs = (s) => [...s.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',');

test('the English fallback is _locales/en/messages.json', () => {
  const en = read('en');
  assert.deepEqual(Object.keys(en).sort(), Object.keys(EN).sort());
  for (const [k, v] of Object.entries(EN)) assert.equal(en[k].message, v, k);
});

test('every locale has every key, with the same substitutions', () => {
  const langs = readdirSync(LOCALES).sort();
  assert.deepEqual(langs, ['de', 'en', 'es', 'fr']);
  for (const lang of langs) {
    const m = read(lang);
    assert.deepEqual(Object.keys(m).sort(), Object.keys(EN).sort(), `${lang}: keys`);
    for (const [k, v] of Object.entries(EN)) {
      assert.ok(m[k].message.trim() !== '' || v.trim() === '', `${lang}.${k} is empty`);
      assert.equal(subs(m[k].message), subs(v), `${lang}.${k}: substitutions`);
      assert.ok(!/\$[A-Za-z_]/.test(m[k].message), `${lang}.${k}: a named placeholder without its definition`);
    }
  }
  // Translated, not copied: most messages differ from the English.
  for (const lang of ['de', 'fr', 'es']) {
    const m = read(lang);
    const same = Object.entries(EN).filter(([k, v]) => m[k].message === v).length;
    assert.ok(same < Object.keys(EN).length / 10, `${lang}: ${same} messages left in English`);
  }
});

test('t() substitutes in order and leaves page text as it is; count() picks one or other', () => {
  assert.equal(t('site_on', 'x.test'), 'Lede runs on x.test: click to turn it off for this site');
  assert.equal(t('share_bar', 'Ana', '40%', t('quoted_words')), 'Ana: 40% of quoted words');
  assert.equal(t('aria_quote_by', '$1 <b>'), 'Quote by $1 <b>', 'a substitution is not read as a message');
  assert.equal(count(1, 'quotes'), '1 quote');
  assert.equal(count(3, 'quotes'), '3 quotes');
  assert.equal(count(0, 'reported_statements'), '0 reported statements');
});

test('with the extension API, t() asks it and falls back to English when it has nothing', () => {
  const asked = [];
  globalThis.chrome = { i18n: { getMessage: (k, s) => { asked.push([k, s]); return k === 'quotes_other' ? `${s[0]} Zitate` : ''; } } };
  try {
    assert.equal(count(4, 'quotes'), '4 Zitate');
    assert.equal(t('voices'), 'Voices', 'an empty answer: English');
    assert.deepEqual(asked, [['quotes_other', ['4']], ['voices', []]]);
  } finally {
    delete globalThis.chrome;
  }
});

test('wordsFor() hands the messages to another context; useWords() makes t() read them there', () => {
  globalThis.chrome = { i18n: { getMessage: (k, s) => (k === 'aria_quote_by' ? `Zitat von ${s[0]}` : '') } };
  let words;
  try {
    words = wordsFor();
  } finally {
    delete globalThis.chrome;
  }
  assert.equal(words.aria_quote_by, 'Zitat von $1', 'the substitution left in place');
  assert.equal(words.voices, 'Voices');
  assert.deepEqual(Object.keys(words).sort(), Object.keys(EN).sort());
  const asked = [];
  globalThis.chrome = { i18n: { getMessage: (k) => { asked.push(k); return ''; } } };
  try {
    useWords({ ...words, bogus: 'x', voices: 7 });
    assert.equal(t('aria_quote_by', 'Mara $2 Quill'), 'Zitat von Mara $2 Quill');
    assert.equal(t('voices'), 'Voices', 'a value that is no string: asked as before');
    assert.deepEqual(asked, ['voices'], 'the API is asked only for what was not handed over');
  } finally {
    useWords(null);
    delete globalThis.chrome;
  }
});
