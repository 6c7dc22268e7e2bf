// Specifications of modality: which coded actions are facts, and which are denied, conditional, obliged or planned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc, spanText } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from './events.js';
import { smallWorld } from '../../../test/support/test-knowledge.js';

function modalities(text: string): Array<[string, string, string]> {
  const k = smallWorld();
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), k), k);
  return doc.events.map((e) => [spanText(doc, e.trigger), e.cameo, e.modality]);
}

test('a plain report is asserted: "Israel attacked Iran on Friday."', () => {
  assert.deepEqual(modalities('Israel attacked Iran on Friday.'), [['attacked', '190', 'asserted']]);
});

test('negation: "Israel did not attack Iran" is negated', () => {
  assert.deepEqual(modalities('Israel did not attack Iran, officials said.'), [['attack', '190', 'negated']]);
});

test('denial: "Israel denied attacking Iran" codes the attack as negated', () => {
  assert.ok(modalities('Israel denied attacking Iran last week.').some(([t, c, m]) => t === 'attacking' && c === '190' && m === 'negated'));
});

test('failure: "Turkey failed to meet Israel" is negated', () => {
  assert.ok(modalities('Turkey failed to meet Israel in Doha.').some(([t, , m]) => t === 'meet' && m === 'negated'));
});

test('obligation: "Israel should not attack Iran" is hypothetical, as is any "should"', () => {
  assert.deepEqual(modalities('Erdogan stressed that Israel should not attack Iran.').map(([, , m]) => m), ['hypothetical']);
});

test('condition: "if Israel attacks Iran" is hypothetical', () => {
  assert.ok(modalities('Turkey will act if Israel attacks Iran.').some(([t, , m]) => t === 'attacks' && m === 'hypothetical'));
});

test('plan: "Turkey plans to denounce Israel" is planned, not a fact', () => {
  assert.ok(modalities('Turkey plans to denounce Israel at the summit.').some(([t, , m]) => t.endsWith('denounce') && m === 'planned'));
});

test('a threat is itself an act: "Iran threatened to attack Israel" is an asserted 138', () => {
  assert.deepEqual(modalities('Iran threatened to attack Israel.').map(([, c, m]) => [c, m]), [['138', 'asserted']]);
});

test('a frame reaches through "help": "Turkey is willing to send troops to help meet Israel" frames the meeting, 036', () => {
  assert.deepEqual(modalities('Turkey is willing to send troops to help meet Israel.').map(([, code, modality]) => [code, modality]), [['036', 'asserted']]);
});

test('other purpose infinitives keep their frame: "Turkey agreed to host a summit to meet Israel" does not frame the meeting as agreed', () => {
  assert.ok(!modalities('Turkey agreed to host a summit to meet Israel.').some(([, code]) => code === '036'));
});

test('a question asserts nothing: "Has Israel attacked Iran?" is hypothetical', () => {
  assert.deepEqual(modalities('Has Israel attacked Iran?'), [['attacked', '190', 'hypothetical']]);
});
