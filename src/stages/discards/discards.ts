// The discards stage: sentences (or whole stories) naming sports, weather and other non-political matters are left uncoded.
import type { Doc, Sentence } from '../../document/types.js';
import type { Knowledge } from '../../dictionaries/model.js';
import { actorIndex } from '../actors/actor-index.js';
import { findTimeExpressions, mayLieInTimeExpression, type TimeExpression } from '../dates/time-expressions.js';

export function findDiscards(doc: Doc, knowledge: Knowledge): Doc {
  const trie = actorIndex(knowledge).discards;
  if (trie.size === 0) return doc;
  const words = doc.tokens.map((t) => t.key);
  const sentences = new Map<number, string>();
  let story: string | null = null;
  for (const sentence of doc.sentences) {
    // Read once for the sentence, when a first discard phrase asks: a sentence may hold several.
    let sentenceDates: TimeExpression[] | undefined;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const hit = trie.longestAt(words, i, sentence.endToken);
      if (!hit) continue;
      const entry = hit.values[hit.values.length - 1]!;
      // PETRARCH discards "in 1999" and "18 years ago" because it cannot date an event; dyad can ("Hamas took
      // control of Gaza in 2007" is an event of 2007), so a discard phrase that is part of a date is no reason to skip.
      // A bare year ("the 2012 election") is no subject matter either: it names when, which the dates stage reads.
      const year = hit.end - i === 1 && /^(?:19|20)\d{2}$/.test(words[i]!);
      if (entry.scope === 'sentence' && (year || partOfDate(doc, sentence, () => (sentenceDates ??= datesOf(doc, sentence.start, sentence.end)), doc.tokens[i]!.start, doc.tokens[hit.end - 1]!.end))) {
        i = hit.end - 1;
        continue;
      }
      const phrase = entry.phrase.join(' ');
      if (entry.scope === 'story') story ??= phrase;
      else sentences.set(sentence.index, phrase);
      break;
    }
  }
  return { ...doc, discards: { sentences, story } };
}

function datesOf(doc: Doc, sentenceStart: number, sentenceEnd: number): TimeExpression[] {
  // Only the spans matter here, so undated text is read against any fixed day.
  return findTimeExpressions(doc.text.slice(sentenceStart, sentenceEnd), doc.article.date ?? '2000-01-01');
}

/** Whether the phrase at characters [start, end) of the text is part of a time expression of its sentence. */
function partOfDate(doc: Doc, sentence: Sentence, dates: () => readonly TimeExpression[], start: number, end: number): boolean {
  // Most discard phrases stand nowhere near a date word: chrono, the costly part, is then spared.
  if (!mayLieInTimeExpression(doc.text.slice(sentence.start, sentence.end), start - sentence.start, end - sentence.start)) return false;
  return dates().some((d) => sentence.start + d.start <= start && end <= sentence.start + d.end);
}
