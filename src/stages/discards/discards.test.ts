import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../doc/doc.js';
import { segment } from '../segment/segment.js';
import { findDiscards } from './discards.js';
import { emptyKnowledge } from '../../dictionaries/model.js';

function discards(text: string) {
  const k = emptyKnowledge();
  k.discards.push(
    { phrase: ['WORLD', 'CUP'], scope: 'story', source: { file: 't', line: 1 } },
    { phrase: ['BASEBALL'], scope: 'sentence', source: { file: 't', line: 2 } },
  );
  return findDiscards(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), k).discards;
}

test('a sentence-level discard phrase leaves that sentence uncoded, and only that one', () => {
  const d = discards('Cuba beat the United States at baseball on Sunday. Cuba denounced the United States on Monday.');
  assert.deepEqual([...d.sentences.keys()], [0]);
  assert.equal(d.story, null);
});

test('a story-level discard phrase leaves the whole story uncoded', () => {
  assert.equal(discards('Brazil defeated Argentina in the World Cup final. Brazil celebrated.').story, 'WORLD CUP');
});
