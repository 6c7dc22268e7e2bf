// The discards stage: sentences (or whole stories) naming sports, weather and other non-political matters are left uncoded.
import type { Doc } from '../../doc/types.js';
import type { Knowledge } from '../../dictionaries/model.js';
import { actorIndex } from '../actors/actor-index.js';

export function findDiscards(doc: Doc, knowledge: Knowledge): Doc {
  const trie = actorIndex(knowledge).discards;
  if (trie.size === 0) return doc;
  const words = doc.tokens.map((t) => t.key);
  const sentences = new Map<number, string>();
  let story: string | null = null;
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const hit = trie.longestAt(words, i, sentence.endToken);
      if (!hit) continue;
      const entry = hit.values[hit.values.length - 1]!;
      const phrase = entry.phrase.join(' ');
      if (entry.scope === 'story') story ??= phrase;
      else sentences.set(sentence.index, phrase);
      break;
    }
  }
  return { ...doc, discards: { sentences, story } };
}
