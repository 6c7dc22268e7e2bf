// How the words of an actor phrase hold together: modifiers, possessors and coordination inside one noun phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc, spanText } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from './actors.js';
import { smallWorld } from '../../../test/support/test-knowledge.js';

function actorsOf(text: string): Array<{ text: string; code: string }> {
  const doc = findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), smallWorld());
  return doc.actors.map((a) => ({ text: spanText(doc, a.tokens), code: a.code }));
}

test('adjectives joined by "and" stay inside the phrase: "Turkey\'s young and ambitious president" → TURGOV', () => {
  assert.deepEqual(actorsOf("Turkey's young and ambitious president denounced Israel.")[0], { text: "Turkey's young and ambitious president", code: 'TURGOV' });
});

test('a bare role joined by "and" to a placed role shares its places: "Troops and government in Turkey and Iran" → TURMIL/IRNMIL', () => {
  assert.deepEqual(actorsOf('Troops and government in Turkey and Iran denounced Israel.').map((a) => a.code), ['TURMIL/IRNMIL', 'TURGOV', 'IRNGOV', 'ISR']);
});
