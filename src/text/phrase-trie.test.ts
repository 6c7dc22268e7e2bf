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

test('a phrase added as written waits for its first word: "PRIME MINISTER" is found once a text holds "PRIME"', () => {
  const trie = new PhraseTrie<string>();
  trie.addPhrase(['PRIME', 'MINISTER_'], false, 'GOV');
  trie.addPhrase(['MINIST'], false, 'GOV?');
  assert.equal(trie.size, 2);
  assert.deepEqual(trie.longestAt(['THE', 'PRIME', 'MINISTER'], 1)?.values, ['GOV']);
  assert.equal(trie.longestAt(['PRIME', 'MINISTERS'], 0), null, 'the trailing "_" makes MINISTER exact');
  assert.deepEqual(trie.longestAt(['MINISTERS'], 0)?.values, ['GOV?'], 'a one-word stem is in the trie from the start');
});

test('every name of the built-in actor dictionaries is found the same added as written or split in words', async () => {
  const { loadKnowledge } = await import('../dictionaries/knowledge.js');
  const { actors } = loadKnowledge();
  const asWords = new PhraseTrie<number>();
  const asWritten = new PhraseTrie<number>();
  const queries: string[][] = [];
  let previous: string[] = [];
  actors.forEach((entry, k) => {
    for (const phrase of entry.phrases) {
      const { words, exact } = phraseWords(phrase.join(' '));
      asWords.add(words, exact, k);
      asWritten.addPhrase(phrase, false, k);
      if (words.length === 0) continue;
      // The name alone, its last word as a longer word (a stem's match), and the name run into the previous one.
      queries.push(words, [...words.slice(0, -1), `${words[words.length - 1]}S`], [...words, ...previous]);
      previous = words;
    }
  });
  assert.equal(asWritten.size, asWords.size);
  for (const query of queries) assert.deepEqual(asWritten.longestAt(query, 0), asWords.longestAt(query, 0), query.join(' '));
});
