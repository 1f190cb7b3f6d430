// export.test.mjs — ui/export.js without a browser: escapeMarkdown makes page text one inert
// line, toMarkdown escapes every page-derived field, jsonFileName keeps to ASCII.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, toMarkdown, jsonFileName } from '../../extension/ui/export.js';
import { insightsFixture } from './fixture.mjs';

test('escapeMarkdown: HTML specials become entities', () => {
  assert.equal(escapeMarkdown('<script>alert("x")</script> & co'), '&lt;script&gt;alert("x")&lt;/script&gt; &amp; co');
  assert.equal(escapeMarkdown('&amp;'), '&amp;amp;', 'an entity in the page stays text');
});

test('escapeMarkdown: inline Markdown specials are backslash-escaped', () => {
  assert.equal(escapeMarkdown('a*b*c _d_ `e` [f](g) h|i ~j~ \\k'), 'a\\*b\\*c \\_d\\_ \\`e\\` \\[f\\](g) h\\|i \\~j\\~ \\\\k');
});

test('escapeMarkdown: a line cannot open a block', () => {
  assert.equal(escapeMarkdown('## Heading'), '\\## Heading');
  assert.equal(escapeMarkdown('#hashtag'), '#hashtag', 'no space after #: not a heading');
  assert.equal(escapeMarkdown('> quoted'), '&gt; quoted');
  assert.equal(escapeMarkdown('+ item'), '\\+ item');
  assert.equal(escapeMarkdown('= underline'), '\\= underline');
  assert.equal(escapeMarkdown('2024) year'), '2024\\) year');
  assert.equal(escapeMarkdown('3. three'), '3\\. three');
  assert.equal(escapeMarkdown('3 boats'), '3 boats');
});

test('escapeMarkdown: whitespace folds to one line; null is empty', () => {
  assert.equal(escapeMarkdown('  one\n\n# two\tthree  '), 'one # two three');
  assert.equal(escapeMarkdown(undefined), '');
  assert.equal(escapeMarkdown(42), '42');
});

test('toMarkdown: header, sentences, speakers, voices and entities, all escaped', () => {
  const insights = insightsFixture();
  insights.article.title = 'Strike *over*? <b>No</b>';
  insights.entities[1].name = 'Ana [Ferreira](javascript:x)';
  const md = toMarkdown(insights, { url: 'https://harbour-news.test/ferries?a=1&b=2' });
  const lines = md.split('\n');
  assert.equal(lines[0], '# Strike \\*over\\*? &lt;b&gt;No&lt;/b&gt;');
  assert.ok(lines.includes('Source: https://harbour-news.test/ferries?a=1&amp;b=2'), md);
  assert.ok(lines.includes('## Key sentences'));
  assert.ok(lines.includes('1. Ferries to Kelp Island stop on Monday, the Port Authority said.'));
  assert.ok(lines.includes('**Ana \\[Ferreira\\](javascript:x)** — harbour master (1 quote)'), md);
  assert.ok(lines.includes('- “We cannot run boats without crews,”'));
  assert.ok(lines.some((l) => l.startsWith('- Places: Kelp Island (1)')));
  assert.ok(!md.includes('<b>') && !/(?<!\\)\]\(/.test(md), 'no tag and no unescaped link survives');
  assert.ok(lines.at(-2).endsWith('2 quotes'), lines.at(-2));
});

test('toMarkdown: a page address that is not http(s) is left out', () => {
  const md = toMarkdown(insightsFixture(), { url: 'javascript:alert(1)' });
  assert.ok(!md.includes('Source:'));
});

test('jsonFileName: ASCII slug of the title, at most 48 characters', () => {
  const insights = insightsFixture();
  assert.equal(jsonFileName(insights), 'lede-ferries-stop-as-strike-goes-on.json');
  insights.article.title = 'Ça déménage : «grève» à São Tomé ' + 'x'.repeat(80);
  const name = jsonFileName(insights);
  assert.match(name, /^lede-ca-demenage-greve-a-sao-tome-x+\.json$/);
  assert.ok(name.length <= 'lede-.json'.length + 48);
  insights.article.title = '!!!';
  assert.equal(jsonFileName(insights), 'lede-insights.json');
});
