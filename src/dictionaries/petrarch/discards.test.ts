// Specification of the PETRARCH discard list reader, one behaviour per test, on lines taken from Phoenix.discards.txt.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPetrarchDiscards } from './discards.js';

function read(...lines: string[]) {
  return readPetrarchDiscards(lines.join('\n'), 'test.discards.txt');
}

describe('discards', () => {
  test('a bare phrase discards the sentence', () => {
    const { discards } = read('AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005');
    assert.deepEqual(discards, [{ phrase: ['AFRICAN', 'NATIONS', 'CUP'], scope: 'sentence', source: { file: 'test.discards.txt', line: 1 } }]);
  });

  test('"+" discards the story, with or without a space after it', () => {
    const { discards } = read('+Manchester United   # pas 26-Feb-2014', '+ World Golf Championships   # pas 26-Feb-2014');
    assert.deepEqual(discards.map((d) => [d.scope, d.phrase.join(' ')]), [
      ['story', 'MANCHESTER UNITED'],
      ['story', 'WORLD GOLF CHAMPIONSHIPS'],
    ]);
  });

  test('a trailing "_" stays on the last word as the exact-word mark', () => {
    assert.deepEqual(read('GROUP A_').discards[0]!.phrase, ['GROUP', 'A_']);
  });

  test('"#" lines and blank lines are skipped', () => {
    assert.deepEqual(read('#2000 ', '', '1914').discards.map((d) => [d.phrase, d.source.line]), [[['1914'], 3]]);
  });
});
