import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../document/doc.js';
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

function discardsWithDates(text: string) {
  const k = emptyKnowledge();
  k.discards.push(
    { phrase: ['2007'], scope: 'sentence', source: { file: 't', line: 1 } },
    { phrase: ['YEARS', 'AGO'], scope: 'sentence', source: { file: 't', line: 2 } },
  );
  return findDiscards(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), k).discards;
}

test('a discard phrase that is part of a date does not discard: "took control of Gaza in 2007" is dated, not dropped', () => {
  assert.equal(discardsWithDates('Hamas took control of Gaza in 2007.').sentences.size, 0);
  assert.equal(discardsWithDates('Amin expelled them 18 years ago.').sentences.size, 0);
});

test('the same phrase outside a date still discards: "many years ago" names no day to date the event', () => {
  assert.equal(discardsWithDates('Amin expelled them many years ago.').sentences.size, 1);
});

test('a bare year is never a reason to discard: "Obama, who won the 2012 election, met Putin" is coded', () => {
  assert.equal(discardsWithDates('Obama, who won the 2007 election, met Putin on Monday.').sentences.size, 0);
});
