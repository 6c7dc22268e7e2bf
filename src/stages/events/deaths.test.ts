// Deaths in fighting are killings of whoever died, with the other side named in the clause as their doer; contests won without arms are no force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWithBuiltIns, dyads } from '../../../test/support/code-text.js';

test('a death in an attack by a named group is that group\'s killing: "Three Turkish soldiers died in an attack by PKK militants"', () => {
  assert.deepEqual(dyads('Three Turkish soldiers died in an attack by PKK militants in Hakkari province.', '2019-06-10'), ['190 TURREB→TURMIL']);
});

test('a death in a gunfight names the other side after "with": "Two Indian soldiers died in a gunfight with militants in Kashmir"', () => {
  const [e] = codeWithBuiltIns('Two Indian soldiers died in a gunfight with militants in Kashmir.', '2019-06-10');
  assert.deepEqual([e?.cameo, e?.sourceText, e?.target], ['190', 'militants in Kashmir', 'INDMIL']);
});

test('a death from wounds received in a war is a killing by a party the text does not name', () => {
  const [e] = codeWithBuiltIns('A British Army soldier died of injuries he received in the war in Afghanistan.', '2010-09-10');
  assert.deepEqual([e?.cameo, e?.source, e?.target], ['190', '', 'GBRMIL']);
});

test('a death with no fighting named is no event: "The former prime minister died of cancer in Paris"', () => {
  assert.deepEqual(dyads('The former prime minister died of cancer in Paris.'), []);
});

test('a death in an accident is no event, soldiers or not: "Six Nigerian soldiers died in a car crash near Abuja"', () => {
  assert.deepEqual(dyads('Six Nigerian soldiers died in a car crash near Abuja.'), []);
});

test('the other side of clashes did the killing: "Eleven people were killed in clashes with Hamas in Gaza"', () => {
  const [e] = codeWithBuiltIns('Eleven people were killed in clashes with Hamas in Gaza.', '2019-06-10');
  assert.deepEqual([e?.cameo.slice(0, 2), e?.sourceText, e?.target], ['19', 'Hamas', 'PSEPPL']);
});

test('the by-phrase of an attack noun names the doer even after its object: "an attack on a market by suspected Boko Haram fighters"', () => {
  assert.deepEqual(dyads('At least 20 villagers were killed in an attack on a market by suspected Boko Haram fighters in Borno state.', '2019-06-10'), ['190 NGAREB→NGACVL']);
});

test('an election won is no force: "Volodymyr Zelensky defeated incumbent President Petro Poroshenko in the runoff" codes nothing', () => {
  assert.deepEqual(dyads('Volodymyr Zelensky defeated incumbent President Petro Poroshenko in the runoff.', '2019-04-22'), []);
});

test('a runoff won against a sitting president is no force either: "Lula defeated President Jair Bolsonaro"', () => {
  assert.deepEqual(dyads('Lula defeated President Jair Bolsonaro in the runoff on Sunday.', '2022-10-31'), []);
});

test('a defeat between armed parties stays force: "The Iraqi army defeated Islamic State fighters in Mosul"', () => {
  assert.deepEqual(dyads('The Iraqi army defeated Islamic State fighters in Mosul.', '2017-07-10').map((d) => d.slice(0, 3)), ['190']);
});
