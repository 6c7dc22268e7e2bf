// Reads a PETRARCH discard list (*.discards.txt): phrases that make a sentence, or with a leading "+" the whole story, uncodable.
import type { DiscardEntry, UnsupportedConstruct } from '../model.js';
import { dictionaryLines, phraseFromText } from './syntax.js';

export interface PetrarchDiscards {
  discards: DiscardEntry[];
  unsupported: UnsupportedConstruct[];
}

/**
 * One phrase per line, case-insensitive; "+PHRASE" (or "+ PHRASE") discards the story, a bare phrase the sentence.
 * A trailing "_" ("GROUP A_") marks the last word as exact and is kept on it, as in actor phrases.
 */
export function readPetrarchDiscards(text: string, file: string): PetrarchDiscards {
  const discards: DiscardEntry[] = [];
  const unsupported: UnsupportedConstruct[] = [];
  for (const line of dictionaryLines(text, { semicolonComments: true })) {
    const story = line.text.startsWith('+');
    const phrase = phraseFromText(story ? line.text.slice(1) : line.text);
    if (phrase.length === 0) {
      unsupported.push({ source: { file, line: line.line }, text: line.text, reason: 'discard without a phrase' });
      continue;
    }
    discards.push({ phrase, scope: story ? 'story' : 'sentence', source: { file, line: line.line } });
  }
  return { discards, unsupported };
}
