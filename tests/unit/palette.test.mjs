// palette.test.mjs — lib/palette.js: the most-quoted speakers get the first colours, ties go to
// whoever is quoted first, colours cycle past the palette, unknown speakers share one grey.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COLOURS, SLOTS, UNKNOWN, UNKNOWN_COLOURS, colours, speakerSlots, quoteSlot, entityIndex,
} from '../../extension/lib/palette.js';

const q = (speaker, start) => ({ speaker, start });

test('slots go to the most quoted first, ties to the first quoted', () => {
  // e2 is quoted three times, e1 and e3 once each; e3's quote comes first in the text.
  const insights = { quotes: [q('e1', 90), q('e2', 40), q(null, 5), q('e2', 60), q('e3', 10), q('e2', 70)] };
  const slots = speakerSlots(insights);
  assert.deepEqual([...slots.entries()], [['e2', 0], ['e3', 1], ['e1', 2]]);
  assert.equal(quoteSlot(slots, q('e3', 0)), 1);
  assert.equal(quoteSlot(slots, q(null, 0)), UNKNOWN);
  assert.equal(quoteSlot(slots, q('e9', 0)), UNKNOWN, 'a speaker without quotes has no slot');
});

test('speakers reported only come after every quoted speaker, whose colours do not move', () => {
  const quotes = [q('e1', 90), q('e2', 40), q('e2', 60)];
  const without = [...speakerSlots({ quotes }).entries()];
  // e4 has two reported statements (more than e1's one quote) and e1 one as well: e4 still
  // comes after e1, and e2 / e1 keep their slots.
  const reported = [q('e4', 10), q('e4', 20), q('e1', 30), q(null, 50)];
  const slots = speakerSlots({ quotes, reported });
  assert.deepEqual([...slots.entries()], [...without, ['e4', 2]]);
  assert.equal(quoteSlot(slots, q('e4', 0)), 2, 'a reported statement takes its speaker\'s slot');
});

test('colours cycle past the palette; the unknown slot is grey', () => {
  const quotes = Array.from({ length: SLOTS + 2 }, (_, i) => q(`e${i + 1}`, i));
  const slots = speakerSlots({ quotes });
  assert.equal(slots.get(`e${SLOTS + 1}`), 0);
  assert.equal(slots.get(`e${SLOTS + 2}`), 1);
  assert.deepEqual(colours(0), COLOURS[0]);
  assert.deepEqual(colours(SLOTS + 1), COLOURS[1]);
  assert.deepEqual(colours(UNKNOWN), UNKNOWN_COLOURS);
  for (const [strong, tint] of [...COLOURS, UNKNOWN_COLOURS]) {
    assert.match(strong, /^#[0-9a-f]{6}$/);
    assert.match(tint, /^rgba\(/);
  }
});

test('no quotes, no slots; entities are indexed by id', () => {
  assert.equal(speakerSlots({ quotes: [] }).size, 0);
  assert.equal(speakerSlots(null).size, 0);
  const index = entityIndex({ entities: [{ id: 'e1', name: 'Ana Ferreira' }, { id: 'e2', name: 'Port Authority' }] });
  assert.equal(index.get('e2').name, 'Port Authority');
  assert.equal(entityIndex(undefined).size, 0);
});
