// The built-in frames (data/dictionaries/dyad/frames.yaml) on real sentences: what an act about an action codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWithBuiltIns } from '../../../test/support/code-text.js';

test('an action demanded of someone is no fact, whatever its code: "demanded that the United States match the EU\'s support" is a demand on the US', () => {
  const events = codeWithBuiltIns("Palestinian officials demanded Friday that the United States match the European Union's support for statehood.");
  assert.deepEqual(events.map((e) => [e.cameo.slice(0, 2), e.source, e.target, e.modality]), [['10', 'PSEGOV', 'USA', 'asserted']]);
});

test('an action urged on someone is no fact either: "urged Turkey to fight Israel" is an appeal to Turkey', () => {
  const events = codeWithBuiltIns('Iran urged Turkey to fight Israel.');
  assert.ok(events.every((e) => e.cameo.startsWith('02') || e.modality !== 'asserted'), JSON.stringify(events));
  assert.ok(events.some((e) => e.cameo.startsWith('02') && e.target === 'TUR'));
});

test('an action proposed in a noun is no fact: "the hostage-takers repeated their demands to release prisoners" asserts no release', () => {
  const events = codeWithBuiltIns('The hostage-takers repeated their demands to release prisoners in Iraq.');
  assert.ok(!events.some((e) => e.cameo.startsWith('08') && e.modality === 'asserted'), JSON.stringify(events));
});

test('a frame verb before the proposing noun still codes the whole: "Arafat rejected a US offer to host a summit" is a rejection (12)', () => {
  const events = codeWithBuiltIns('Palestinian leader Yasser Arafat rejected a US offer to host a summit in July.');
  assert.ok(events.some((e) => e.cameo.startsWith('12') && e.target === 'USA' && e.modality === 'asserted'), JSON.stringify(events));
});

test('declining to comment is declining comment (011): "The Kremlin declined to comment on reports that Russian units moved"', () => {
  const events = codeWithBuiltIns('The Kremlin declined on Monday to comment on reports that Russian armoured units had moved.');
  assert.ok(events.some((e) => e.cameo === '011' && e.source === 'RUSGOV'), JSON.stringify(events));
});
