// Specifications of attribution: who reports an event is not its actor, and the reported event is what is coded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from './events.js';
import { smallWorld, block } from '../../../test/support/test-knowledge.js';

function coded(text: string): Array<[string, string, string | null]> {
  const k = smallWorld();
  k.verbBlocks.push(block('SAY', '010', ['SAY', 'SAID', 'SAYS']));
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), k), k);
  return doc.events.map((e) => [e.cameo, e.source.code, e.target?.code ?? null]);
}

test('", the foreign ministry said" reports the event; the ministry is not its actor', () => {
  assert.deepEqual(coded('Ankara imposed trade restrictions on Israel, the Turkish government said on Monday.'), [['163', 'TURGOV', 'ISR']]);
});

test('"according to the statement" attributes; the meeting is coded between its parties', () => {
  assert.deepEqual(coded('According to the statement, Erdogan met Hamas leaders in Istanbul.'), [['040', 'TURGOV', 'PSEREBHMS']]);
});

test('"Iran said Israel attacked Turkey": the reported attack is coded, the statement is not', () => {
  assert.deepEqual(coded('Iran said Israel attacked Turkey on Friday.'), [['190', 'ISR', 'TUR']]);
});

test('saying something is no statement event (GOLD.md: "X says that Y happened: code Y"): "Iran said Turkey was a partner" codes nothing', () => {
  assert.deepEqual(coded('Iran said on Friday that Turkey was an important partner.').map(([c]) => c), []);
});
