// reported.test.mjs — the pure parts of the reported-statement UI, without a browser, on the
// invented fixture (tests/unit/fixture.mjs reportedFixture): speakerGroups() puts quotes and
// reported statements in two groups per speaker (and leaves the statements out when the
// "Paraphrased statements" switch is off), groupCount() says both, statementUnits() counts a
// mixed statement's quote once, voiceShares() counts every statement or the quotes only, and
// toMarkdown() exports the statements escaped like quotes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerGroups, groupCount } from '../../extension/ui/speakers.js';
import { statementUnits, voiceShares, countWords } from '../../extension/ui/voices.js';
import { toMarkdown } from '../../extension/ui/export.js';
import { speakerSlots } from '../../extension/lib/palette.js';
import { reportedFixture, validateInsights } from './fixture.mjs';

test('the fixture with reported statements is valid and its spans cut article.text', () => {
  const ins = reportedFixture();
  assert.deepEqual(validateInsights(ins), []);
  for (const r of ins.reported) {
    for (const s of [r, r.mention, r.cue]) assert.equal(ins.article.text.slice(s.start, s.end), s.text);
  }
});

test('speakerGroups: per speaker, quotes and reported statements in reading order', () => {
  const ins = reportedFixture();
  const groups = speakerGroups(ins);
  assert.deepEqual(groups.map((g) => [g.entity?.name, g.quotes.map((q) => q.id), g.reported.map((r) => r.id)]), [
    ['Ana Ferreira', ['q1'], ['r1']],
    ['Tomás Vidal', ['q2'], ['r2']],
  ]);
  assert.equal(groupCount(groups[0]), '1 quote · 1 reported');
  const off = speakerGroups(ins, { reported: false });
  assert.deepEqual(off.map((g) => g.reported.length), [0, 0], 'switched off: no statements');
  assert.equal(groupCount(off[0]), '1 quote');
});

test('speakerGroups: a speaker only reported has a card after the quoted ones, in their own colour', () => {
  const ins = reportedFixture();
  // The Port Authority's words, reported (invented): "…stop on Monday, the Port Authority said."
  const { text } = ins.article;
  const words = 'Ferries to Kelp Island stop on Monday';
  ins.reported.push({
    id: 'r3', text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length, speaker: 'e1',
    mention: null, cue: null, confidence: 0.7, rule: 'cue-after-clause', quotes: [],
  });
  ins.reported.push({ ...ins.reported[0], id: 'r4', speaker: null });
  const groups = speakerGroups(ins);
  assert.deepEqual(groups.map((g) => g.entity?.name ?? null), ['Ana Ferreira', 'Tomás Vidal', 'Port Authority', null]);
  assert.equal(groupCount(groups[2]), '1 reported');
  assert.equal(groups[2].slot, speakerSlots(ins).get('e1'));
  assert.equal(groups[2].slot, 2, 'the next colour after the two quoted speakers');
});

test('statementUnits: a mixed statement counts its quoted words once', () => {
  const ins = reportedFixture();
  assert.deepEqual(statementUnits(ins).map((u) => u.id), ['q1', 'r1', 'r2'], 'q2 lies inside r2');
  assert.deepEqual(statementUnits({ quotes: ins.quotes }).map((u) => u.id), ['q1', 'q2'], 'no reported: the quotes');
});

test('voiceShares: every statement by default, the quotes alone with quotesOnly', () => {
  const ins = reportedFixture();
  const all = voiceShares(ins);
  const words = (s) => countWords(s);
  assert.equal(all.quotesOnly, false);
  assert.equal(all.total, words('We cannot run boats without crews,') + words('talks would resume') + words('the offer “an insult”'));
  assert.deepEqual(all.speakers.map((s) => [s.name, s.quotes, s.words]), [['Ana Ferreira', 2, 9], ['Tomás Vidal', 1, 4]]);
  const quotes = voiceShares(ins, { quotesOnly: true });
  assert.equal(quotes.quotesOnly, true);
  assert.equal(quotes.total, 8);
  assert.deepEqual(quotes.speakers.map((s) => [s.name, s.words]), [['Ana Ferreira', 6], ['Tomás Vidal', 2]]);
});

test('toMarkdown: reported statements follow each speaker\'s quotes, escaped as quotes are', () => {
  const ins = reportedFixture();
  ins.reported[0].text = '*talks* would <b>resume</b> [soon](javascript:x)';
  const lines = toMarkdown(ins).split('\n');
  const at = (l) => {
    const i = lines.indexOf(l);
    assert.ok(i >= 0, `missing line ${JSON.stringify(l)} in:\n${lines.join('\n')}`);
    return i;
  };
  const head = at('**Ana Ferreira** — harbour master (1 quote · 1 reported)');
  const quote = at('- “We cannot run boats without crews,”');
  const said = at('- \\*talks\\* would &lt;b&gt;resume&lt;/b&gt; \\[soon\\](javascript:x)');
  assert.ok(head < quote && quote < lines.indexOf('Reported:', head) && lines.indexOf('Reported:', head) < said, 'quotes, then the reported group');
  at('- the offer “an insult”');
  assert.ok(lines.some((l) => /^Share of \d+ words said \(quoted or reported\):$/.test(l)), 'voices over every statement');
  assert.ok(lines.at(-2).endsWith('2 quotes · 2 reported statements'), lines.at(-2));
  assert.ok(!lines.join('\n').includes('<b>'));
});
