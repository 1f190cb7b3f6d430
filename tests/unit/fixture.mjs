// fixture.mjs — a small invented article and its insights, for the unit tests, plus the schema
// validator they share.
//
// Takes nothing; gives insightsFixture() (a fresh schema-1 object whose every span is cut from
// its own article.text, so offsets are right by construction), reportedFixture() (the same
// with its reported statements: one plain, one mixed holding a quote) and validateInsights(value)
// (ajv on docs/schema/insights.schema.json: [] when valid, else readable error lines).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCHEMA = JSON.parse(readFileSync(`${ROOT}docs/schema/insights.schema.json`, 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(SCHEMA);

/** Schema errors of `value` as "path: message" lines; [] when it is valid insights. */
export function validateInsights(value) {
  return validate(value) ? [] : validate.errors.map((e) => `${e.instancePath || '/'}: ${e.message}`);
}

const PARAGRAPHS = [
  'Ferries to Kelp Island stop on Monday, the Port Authority said.',
  '“We cannot run boats without crews,” said Ana Ferreira, the harbour master. She added that talks would resume.',
  'Union leader Tomás Vidal called the offer “an insult” and said the strike 🚢 would go on.',
];

/** UTF-16 span of the `n`-th occurrence of `part` in `text`. */
function span(text, part, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(part, at + 1);
  if (at < 0) throw new Error(`fixture: ${part} not in text`);
  return { text: part, start: at, end: at + part.length };
}

/** A fresh Insights object for an invented three-paragraph story. */
export function insightsFixture() {
  const text = PARAGRAPHS.join('\n\n');
  const blocks = [];
  let at = 0;
  PARAGRAPHS.forEach((p, i) => {
    blocks.push({ node: 10 + i, start: at, end: at + p.length });
    at += p.length + 2;
  });
  const quote = (id, words, kind, speaker, mention, cue, confidence) => ({
    id, ...span(text, words), kind, speaker,
    mention: mention ? span(text, mention) : null, cue: cue ? span(text, cue) : null, confidence,
  });
  return {
    schema: 1,
    article: {
      title: 'Ferries stop as strike goes on', byline: 'By Lin Okafor', published: '2031-04-07',
      site: 'Harbour News', lang: 'en', excerpt: PARAGRAPHS[0], text, readerable: true,
    },
    quotes: [
      quote('q1', 'We cannot run boats without crews,', 'direct', 'e2', 'Ana Ferreira', 'said', 0.9),
      quote('q2', 'an insult', 'partial', 'e3', 'Tomás Vidal', 'called', 0.4),
    ],
    entities: [
      { id: 'e1', name: 'Port Authority', kind: 'organization', role: null, gender: null, mentions: 1, quotes: 0 },
      { id: 'e2', name: 'Ana Ferreira', kind: 'person', role: 'harbour master', gender: 'female', mentions: 2, quotes: 1 },
      { id: 'e3', name: 'Tomás Vidal', kind: 'person', role: 'Union leader', gender: null, mentions: 1, quotes: 1 },
      { id: 'e4', name: 'Kelp Island', kind: 'place', role: null, gender: null, mentions: 1, quotes: 0 },
    ],
    summary: [span(text, PARAGRAPHS[0]), span(text, PARAGRAPHS[2])],
    stats: { words: 45, reading_minutes: 0.2, truncated: false },
    blocks,
  };
}

/** insightsFixture() with `reported[]`: Ana Ferreira's plain report and Tomás Vidal's mixed one. */
export function reportedFixture() {
  const insights = insightsFixture();
  const { text } = insights.article;
  const statement = (id, words, speaker, mention, cue, rule, quotes) => ({
    id, ...span(text, words), speaker, mention: mention ? span(text, mention) : null,
    cue: span(text, cue), confidence: 0.8, rule, quotes,
  });
  insights.reported = [
    statement('r1', 'talks would resume', 'e2', 'She', 'added', 'cue-before-that-clause', []),
    statement('r2', 'the offer “an insult”', 'e3', 'Tomás Vidal', 'called', 'judgment-object', ['q2']),
  ];
  return insights;
}
