// Specification of the conventions shared by the PETRARCH readers: comments, words, plurals and verb forms.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionaryLines, nounPlural, parseEventCode, phraseFromText, regularVerbForms, titleCase } from './syntax.js';

describe('dictionaryLines', () => {
  test('drops comments and blank lines and keeps 1-based line numbers', () => {
    const lines = dictionaryLines('# header\n\nISRAEL [ISR]  # note\n<!-- one -->\nJORDAN [JOR]');
    assert.deepEqual(lines.map((l) => [l.line, l.text]), [[3, 'ISRAEL [ISR]'], [5, 'JORDAN [JOR]']]);
  });

  test('"#" inside a closed "[...]" is part of the code', () => {
    assert.equal(dictionaryLines('- * DIPLXMATIC  [###]  # -PAS 95.12.18')[0]!.text, '- * DIPLXMATIC  [###]');
  });

  test('";" ends a line only when asked', () => {
    const line = 'RIP {RIPPING RIPS RIPPED};shan   7/11/93';
    assert.equal(dictionaryLines(line)[0]!.text, line);
    assert.equal(dictionaryLines(line, { semicolonComments: true })[0]!.text, 'RIP {RIPPING RIPS RIPPED}');
  });

  test('an XML comment may close on a later line, and text after it counts', () => {
    assert.deepEqual(dictionaryLines('<!-- start\nstill comment\n--> AFTER').map((l) => l.text), ['AFTER']);
  });
});

describe('words and inflection', () => {
  test('phraseFromText splits at spaces and "_" and upper-cases', () => {
    assert.deepEqual(phraseFromText(' Sar-e_Pol '), ['SAR-E', 'POL']);
    assert.deepEqual(phraseFromText('FOR_ YOUTH_'), ['FOR', 'YOUTH_']);
  });

  test('nounPlural follows the regular English rules', () => {
    assert.deepEqual(['PARTY', 'ENVOY', 'CHURCH', 'BOSS', 'TAX', 'MINISTER', 'U.S.'].map(nounPlural), ['PARTIES', 'ENVOYS', 'CHURCHES', 'BOSSES', 'TAXES', 'MINISTERS', null]);
  });

  test('regularVerbForms turns -IE into -YING', () => {
    assert.deepEqual(regularVerbForms('DIE'), ['DIE', 'DIES', 'DIED', 'DYING']);
  });

  test('regularVerbForms keeps a vowel+Y', () => {
    assert.deepEqual(regularVerbForms('CONVEY'), ['CONVEY', 'CONVEYS', 'CONVEYED', 'CONVEYING']);
  });

  test('regularVerbForms leaves non-words alone', () => {
    assert.deepEqual(regularVerbForms('F-16'), ['F-16']);
  });

  test('parseEventCode reads the codes of "CODE:CODE", ":CODE" and "---"', () => {
    assert.deepEqual(parseEventCode('032:033'), { code: '032', reverseCode: '033' });
    assert.deepEqual(parseEventCode(':173'), { code: null, reverseCode: '173' });
    assert.deepEqual(parseEventCode('---'), { code: null, reverseCode: null });
    assert.deepEqual(parseEventCode('025?'), { code: '025?', reverseCode: null });
  });

  test('titleCase keeps short function words low', () => {
    assert.equal(titleCase(['ISLAMIC', 'REPUBLIC', 'OF', 'AFGHANISTAN']), 'Islamic Republic of Afghanistan');
    assert.equal(titleCase(['ERDOĞAN']), 'Erdoğan');
  });
});
