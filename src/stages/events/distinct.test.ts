// One sentence, one event per act and dyad: a party named twice does not double the event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from './events.js';
import { smallWorld } from '../../../test/support/test-knowledge.js';

function dyadsOf(text: string): string[] {
  const knowledge = smallWorld();
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  return doc.events.map((e) => `${e.cameo} ${e.source.code}→${e.target?.code ?? '-'}`);
}

test('a party named twice as the object of one act is one event: "Turkey denounced Israel and Israel\'s allies"', () => {
  assert.deepEqual(dyadsOf("Turkey denounced Israel and Israel's allies."), ['111 TUR→ISR']);
});
