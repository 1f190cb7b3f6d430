// schema.test.mjs — docs/schema/insights.schema.json accepts what Lede gives and refuses what it
// must not: the invented fixture, an empty analysis and the optional `reported` / `rule` are
// valid; a renamed, missing, extra or mistyped field is not.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insightsFixture, validateInsights } from './fixture.mjs';

test('the fixture is valid insights, and its spans cut article.text', () => {
  const ins = insightsFixture();
  assert.deepEqual(validateInsights(ins), []);
  for (const s of [...ins.quotes, ...ins.summary, ...ins.quotes.flatMap((q) => [q.mention, q.cue])]) {
    assert.equal(ins.article.text.slice(s.start, s.end), s.text);
  }
});

test('an empty analysis (a page without an article) is valid', () => {
  const empty = {
    schema: 1,
    article: { title: 'Sign in', byline: null, published: null, site: null, lang: 'en', excerpt: '', text: '', readerable: false },
    quotes: [], entities: [], summary: [], blocks: [],
    stats: { words: 0, reading_minutes: 0, truncated: false },
  };
  assert.deepEqual(validateInsights(empty), []);
});

test('reported statements and quote rules are valid where given', () => {
  const ins = insightsFixture();
  ins.quotes[0].rule = 'cue-after-quote';
  const said = ins.article.text.indexOf('talks would resume');
  ins.reported = [{
    id: 'r1', text: 'talks would resume', start: said, end: said + 18, speaker: 'e2',
    mention: { text: 'She', start: said - 15, end: said - 12 }, cue: { text: 'added', start: said - 11, end: said - 6 },
    confidence: 0.8, rule: 'cue-before-that-clause', quotes: [],
  }];
  assert.deepEqual(validateInsights(ins), []);
});

/** [what, change] pairs, each making the fixture invalid. */
const BROKEN = [
  ['schema 2', (i) => { i.schema = 2; }],
  ['a renamed field', (i) => { i.stats.readingMinutes = i.stats.reading_minutes; delete i.stats.reading_minutes; }],
  ['stats.truncated missing', (i) => { delete i.stats.truncated; }],
  ['blocks missing', (i) => { delete i.blocks; }],
  ['an extra top-level key', (i) => { i.file = 'a.html'; }],
  ['an extra quote key', (i) => { i.quotes[0].who = 'Ana'; }],
  ['an unknown quote kind', (i) => { i.quotes[0].kind = 'indirect'; }],
  ['a negative offset', (i) => { i.quotes[0].start = -1; }],
  ['a fractional offset', (i) => { i.summary[0].end = 3.5; }],
  ['a speaker that is no entity id', (i) => { i.quotes[0].speaker = 'Ana Ferreira'; }],
  ['confidence over 1', (i) => { i.quotes[0].confidence = 1.2; }],
  ['a rule not in kebab-case', (i) => { i.quotes[0].rule = 'CueAfterQuote'; }],
  ['an unknown entity kind', (i) => { i.entities[0].kind = 'company'; }],
  ['gender as free text', (i) => { i.entities[1].gender = 'f'; }],
  ['readerable missing', (i) => { delete i.article.readerable; }],
  ['a null title', (i) => { i.article.title = null; }],
  ['a block node past u32', (i) => { i.blocks[0].node = 2 ** 32; }],
  ['a reported item without its quotes list', (i) => {
    i.reported = [{ id: 'r1', text: 'x', start: 0, end: 1, speaker: null, mention: null, cue: null, confidence: 0.5, rule: 'according-to' }];
  }],
];

for (const [what, change] of BROKEN) {
  test(`the schema refuses ${what}`, () => {
    const ins = insightsFixture();
    change(ins);
    assert.notDeepEqual(validateInsights(ins), [], `${what} passed validation`);
  });
}
