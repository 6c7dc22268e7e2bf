// The character helpers the stages share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NON_ASCII, capitalised, lineAt } from './characters.js';

test('a name starts with a capital or a digit, in any script that has case', () => {
  for (const word of ['Ankara', 'US', '9/11', 'Érdogan', 'Öcalan']) assert.ok(capitalised(word), word);
  for (const word of ['us', 'al', 'éte', '-', '']) assert.ok(!capitalised(word), word);
});

test('the line of an offset counts the newlines before it, from 1', () => {
  assert.equal(lineAt('a\nb\nc', 0), 1);
  assert.equal(lineAt('a\nb\nc', 4), 3);
  assert.equal(lineAt('a\nb', 99), 2);
});

test('non-ASCII is any character above 0x7f', () => {
  assert.ok(NON_ASCII.test('Erdoğan'));
  assert.ok(!NON_ASCII.test('Erdogan'));
});
