// The state the events stage keeps for one sentence: its words, actors and where each word stands.
import type { ActorMention, Doc, Sentence } from '../../document/types.js';
import type { Knowledge } from '../../dictionaries/model.js';
import type { VerbIndex } from './verb-index.js';

export interface SentenceContext {
  doc: Doc;
  sentence: Sentence;
  words: string[];
  lemmas: string[];
  /** Actor mentions of the sentence, by first token. */
  actorAt: Map<number, ActorMention>;
  actors: ActorMention[];
  index: VerbIndex;
  knowledge: Knowledge;
  /** Where each word and lemma of the sentence stands (token indices, ascending). */
  readonly positions: Map<string, number[]>;
  /** First tokens of the sentence's actor mentions, ascending. */
  actorStarts: number[];
  /** Where members of each synset may start in the sentence, computed on first use. */
  synsetStarts: Map<string, readonly number[]>;
  /** Subjects found so far, by the head token of their verb group. */
  subjectByHead: Map<number, ActorMention[]>;
}

export function wordPositions(ctx: SentenceContext, from: number, to: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (w: string, k: number) => {
    const list = map.get(w);
    if (!list) map.set(w, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  for (let k = from; k < to; k++) {
    add(ctx.words[k]!, k);
    add(ctx.lemmas[k]!, k);
  }
  return map;
}
