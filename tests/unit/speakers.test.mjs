// speakers.test.mjs — ui/speakers.js's pure parts: a language tag named as the reader's browser
// names it (for "Who said what is not available in French yet"), never a throw on a bad tag.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageName } from '../../extension/ui/speakers.js';

test('a language tag is named in the reader\'s locale', () => {
  const fr = languageName('fr');
  assert.notEqual(fr, 'fr', 'Intl.DisplayNames names the language');
  assert.equal(fr, new Intl.DisplayNames(undefined, { type: 'language' }).of('fr'));
});

test('a missing or malformed tag never throws', () => {
  assert.equal(languageName(null), 'this language');
  assert.equal(languageName(''), 'this language');
  assert.equal(languageName('not a tag!'), 'not a tag!');
});
