// Tests of the CAMEO ontology: what data/ontology/cameo.json holds and what describeCameo makes of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../test/support/shared-paths.js';
import { describeCameo, isCameoCode, loadCameoOntology, quadClassOfRoot } from './cameo.js';

const codesCsv = join(sharedDir, 'ontology', 'cameo-codes.csv');

test('all 312 codes of the ICEWS table are loaded, plus the six CAMEO 1.1b3 codes it lacks', () => {
  const entries = [...loadCameoOntology().values()];
  assert.equal(entries.filter((e) => e.origin === 'icews').length, 312);
  assert.deepEqual(
    entries.filter((e) => e.origin === 'cameo-1.1b3').map((e) => e.code),
    ['1214', '155', '176', '1834', '1951', '1952'],
  );
});

test('the ICEWS entries are exactly the codes of ../shared/ontology/cameo-codes.csv', { skip: !existsSync(codesCsv) }, () => {
  const csvCodes = readFileSync(codesCsv, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]).filter((c) => c && /^\d+$/.test(c));
  const loaded = [...loadCameoOntology().values()].filter((e) => e.origin === 'icews').map((e) => e.code);
  assert.deepEqual(loaded.sort(), csvCodes.sort());
});

test('the ontology is read once: later calls return the same table', () => {
  assert.equal(loadCameoOntology(), loadCameoOntology());
});

test('"040" is Consult, QuadClass 1, PLOVER CONSULT', () => {
  const info = describeCameo('040');
  assert.equal(info?.label, 'Consult');
  assert.equal(info?.quadClass, 1);
  assert.equal(info?.plover, 'CONSULT');
});

test('"163" is under root 16, material conflict, with the Goldstein score of the CSV (-8)', () => {
  const info = describeCameo('163');
  assert.equal(info?.root, '16');
  assert.equal(info?.quadClass, 4);
  assert.equal(info?.goldstein, -8);
});

test('"112" Accuse maps to PLOVER ACCUSE, mode disapprove', () => {
  const info = describeCameo('112');
  assert.equal(info?.plover, 'ACCUSE');
  assert.equal(info?.ploverMode, 'disapprove');
});

test('QuadClass follows the root: 05 → 1, 06 → 2, 08 → 2, 09 → 3, 13 → 3, 14 → 4, 20 → 4', () => {
  assert.deepEqual(['05', '06', '08', '09', '13', '14', '20'].map(quadClassOfRoot), [1, 2, 2, 3, 3, 4, 4]);
  for (const e of loadCameoOntology().values()) assert.equal(e.quad_class, quadClassOfRoot(e.root), e.code);
});

test('"010" Make statement has no PLOVER type: NONE, with the reason recorded', () => {
  assert.equal(describeCameo('010')?.plover, 'NONE');
  assert.match(loadCameoOntology().get('010')?.plover_note ?? '', /PLOVER drops CAMEO 01/);
});

test('"015" and "016" take the exceptions the PLOVER manual names: AGREE and REJECT', () => {
  assert.equal(describeCameo('015')?.plover, 'AGREE');
  assert.equal(describeCameo('016')?.plover, 'REJECT');
});

test('"020" Make an appeal is REQUEST; "0253" takes the mode and context of its twin 1053', () => {
  assert.equal(describeCameo('020')?.plover, 'REQUEST');
  assert.equal(describeCameo('020')?.quadClass, 1);
  const appeal = describeCameo('0253');
  const demand = describeCameo('1053');
  assert.equal(appeal?.plover, 'REQUEST');
  assert.equal(appeal?.ploverMode, demand?.ploverMode);
  assert.deepEqual(appeal?.ploverContext, demand?.ploverContext);
});

test('"155" cyber-forces is MOBILIZE with mode weapons and context cyber, Goldstein of root 15', () => {
  const info = describeCameo('155');
  assert.equal(info?.label, 'Mobilize or increase cyber-forces');
  assert.equal(info?.plover, 'MOBILIZE');
  assert.equal(info?.ploverMode, 'weapons');
  assert.deepEqual(info?.ploverContext, ['cyber']);
  assert.equal(info?.goldstein, -7.2);
});

test('"176" Attack cybernetically is COERCE with context cyber, QuadClass 4', () => {
  const info = describeCameo('176');
  assert.equal(info?.plover, 'COERCE');
  assert.deepEqual(info?.ploverContext, ['cyber']);
  assert.equal(info?.quadClass, 4);
});

test('PLOVER fields differ from the table, with a note, only for 01x, 02x, root 08 and the supplements it lacks', () => {
  const noted = [...loadCameoOntology().values()].filter((e) => e.plover_note !== null).map((e) => e.code);
  const expected = [...loadCameoOntology().keys()].filter(
    (c) => c.startsWith('01') || c.startsWith('02') || ['08', '155', '176', '1834', '1951', '1952'].includes(c),
  );
  assert.deepEqual(noted, expected);
});

test('an unlisted 4-digit code with a listed parent gets the parent\'s facts and keeps its code', () => {
  const info = describeCameo('1717');
  assert.equal(info?.code, '1717');
  assert.equal(info?.entry, '171');
  assert.equal(info?.label, describeCameo('171')?.label);
  assert.equal(isCameoCode('1717'), false);
});

test('unknown codes such as PETRARCH\'s validation codes "902" and "174L" are null', () => {
  assert.equal(describeCameo('902'), null);
  assert.equal(describeCameo('174L'), null);
  assert.equal(describeCameo(''), null);
  assert.equal(isCameoCode('902'), false);
  assert.equal(isCameoCode('040'), true);
});
