import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie, phraseWords } from './phrase-trie.js';

test('dictionary phrases split the way the tokeniser splits text: "AL-QAEDA_IN_IRAQ" → AL - QAEDA IN IRAQ', () => {
  assert.deepEqual(phraseWords('AL-QAEDA_IN_IRAQ'), { words: ['AL', '-', 'QAEDA', 'IN', 'IRAQ'], exact: false });
  assert.equal(phraseWords('TURKEY_').exact, true);
});

test('the longest phrase wins: "UNITED NATIONS SECURITY COUNCIL" over "UNITED NATIONS"', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['UNITED', 'NATIONS'], true, 'IGOUNO');
  trie.add(['UNITED', 'NATIONS', 'SECURITY', 'COUNCIL'], true, 'IGOUNOSEC');
  const m = trie.longestAt(['THE', 'UNITED', 'NATIONS', 'SECURITY', 'COUNCIL', 'MET'], 1);
  assert.deepEqual([m?.end, m?.values], [5, ['IGOUNOSEC']]);
});

test('a phrase without a final "_" matches longer words as a stem: ARGENTIN → ARGENTINIANS', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['ARGENTIN'], false, 'ARG');
  assert.equal(trie.longestAt(['ARGENTINIANS'], 0)?.viaStem, true);
  trie.add(['IRAQ'], true, 'IRQ');
  assert.equal(trie.longestAt(['IRAQI'], 0), null);
});
