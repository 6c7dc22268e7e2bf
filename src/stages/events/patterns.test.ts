// Verb-pattern semantics as PETRARCH defines them, each shown on one sentence with the small hand-made world.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from './events.js';
import { block, smallWorld, word } from '../../../test/support/test-knowledge.js';
import type { Knowledge } from '../../dictionaries/model.js';

function dyadsOf(text: string, knowledge: Knowledge): string[] {
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  return doc.events.map((e) => `${e.cameo} ${e.source.code}→${e.target?.code ?? '-'}`);
}

test('"^" skips a noun phrase: "* IFTAR IN ^ +" finds its target after the place, not in it', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('CELEBRATE', '181', ['CELEBRATE', 'CELEBRATED'], [
    { after: [word('IFTAR'), word('IN'), { kind: 'skip' }, { kind: 'target' }], code: '045' },
  ]));
  assert.deepEqual(dyadsOf('Turkey celebrated Iftar in Israel with the leaders of Iran.', knowledge), ['045 TUR→IRN']);
});

test('a pattern coded with no digits ("[+++]", a placeholder) is no pattern: "restored full diplomatic ties" keeps the verb\'s 064', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('RESTORE', '064', ['RESTORE', 'RESTORED'], [
    { after: [word('FULL'), word('DIPLOMATIC')], code: '+++' },
  ]));
  assert.deepEqual(dyadsOf('Turkey restored full diplomatic ties with Israel.', knowledge), ['064 TUR→ISR']);
});

test('a pattern naming the infinitive\'s verb reaches into it: "Turkey vowed to resist Israel" is VOW\'s "* RESIST" (112), not VOW (170)', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('VOW', '170', ['VOW', 'VOWED'], [{ after: [word('RESIST')], code: '112' }]));
  assert.deepEqual(dyadsOf('Turkey vowed to resist Israel.', knowledge), ['112 TUR→ISR']);
});

test('an infinitive after a common noun is the noun\'s: "Turkey signed with Israel a deal to export gas" is no "SIGN * EXPORT"', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('SIGN', null, ['SIGN', 'SIGNED'], [{ after: [word('DEAL')], code: '057' }, { after: [word('EXPORT'), word('GAS')], code: '061' }]));
  assert.deepEqual(dyadsOf('Turkey signed with Israel a deal to export gas.', knowledge), ['057 TUR→ISR']);
});
